// A figure and its conversion into another unit written in brackets right after it
// (`耕地13934.5公顷（20.9万亩）`, `总面积251平方公里（37.65万亩）`): the two state one quantity, so the
// bracketed value must be the first times the fixed factor between the units, within the rounding
// of both. Only exact statutory factors: 1 公顷 = 15 亩, 1 平方公里 = 100 公顷 = 1500 亩.

import type { Model } from '../checks/check';
import type { Quantity } from '../types';
import { type Decimal, abs, add, cmp, dec, div, mul, round, sub } from '../decimal';
import { typingSlip } from './typos';
import { isPoint, tolerance } from './precision';
import { perModel } from './perModel';

/** Factors from the first unit to the second. */
const FACTORS: Record<string, Record<string, number>> = {
  公顷: { 亩: 15 },
  亩: {},
  平方公里: { 公顷: 100, 亩: 1500 },
};

export interface Conversion {
  /** The figure written first. */
  stated: Quantity;
  /** Its conversion in brackets. */
  converted: Quantity;
  /** The first figure times the factor, in the bracketed figure's unit. */
  expected: Decimal;
}

/** The inverse of the relative gap below which a conversion is taken as written (a thousandth). */
const RELATIVE_SLACK = dec(1000);

/** Only an opening bracket (and spaces) between the two figures, and a closing one right after the second. */
const OPEN = /^[\s\u3000]*[（(](?:[\s\u3000]*(?:约|合|折合|折))?[\s\u3000]*$/;

/**
 * True when the words between a figure and the next one open a bracket that restates it in another unit
 * (`1049平方公里（折157.42万亩）`): the bracketed figure is the same quantity, not an aside about it.
 */
export function opensConversion(between: string): boolean {
  return OPEN.test(between);
}
const CLOSE = /^[\s\u3000]*[）)]/;

function computeConversions(model: Model): Conversion[] {
  const out: Conversion[] = [];
  const qs = model.quantities;
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    if (a === undefined || b === undefined || a.dimension !== 'area' || b.dimension !== 'area') continue;
    if (!isPoint(a) || !isPoint(b) || a.qualifier !== undefined || b.qualifier !== undefined) continue;
    const factor = FACTORS[a.unit]?.[b.unit] ?? (FACTORS[b.unit]?.[a.unit] !== undefined ? -1 : undefined);
    if (factor === undefined) continue;
    if (!OPEN.test(model.text.slice(a.span.end, b.span.start)) || !CLOSE.test(model.text.slice(b.span.end, b.span.end + 3))) continue;
    // In the bracketed figure's unit: the first times the factor, or divided by it (`500亩（33.3公顷）`).
    const f = dec(Math.abs(factor === -1 ? (FACTORS[b.unit]?.[a.unit] ?? 1) : factor));
    const scale = (d: Decimal): Decimal | undefined => (factor > 0 ? mul(d, f) : div(d, f, 12));
    const expected = scale(a.value);
    const aSlack = scale(tolerance(a));
    if (expected === undefined || aSlack === undefined) continue;
    // The bracketed figure may be cut rather than rounded (`70.006万亩` written `70.00万亩`): a whole unit of
    // its last digit, not half of one, is no mismatch.
    if (cmp(abs(sub(expected, b.value)), add(add(tolerance(b), tolerance(b)), aSlack)) <= 0) continue;
    // A gap under a thousandth of the figure (`4660.42公顷（6.989万亩）` for 6.991) is a bulletin's
    // adjustment to make its classes add up, not a slip a reviewer would raise; unless the written
    // figure is the right one with one digit mistyped (`1225211亩` for 1225221).
    const typo = typingSlip(b.value, round(expected, b.value.scale));
    if (!typo && cmp(mul(abs(sub(expected, b.value)), RELATIVE_SLACK), abs(expected)) <= 0) continue;
    out.push({ stated: a, converted: b, expected });
  }
  return out;
}

/** Bracketed conversions that do not match their figure, once per model. */
export const findConversionMismatches: (model: Model) => Conversion[] = perModel(computeConversions);
