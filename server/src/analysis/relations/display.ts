// Figures in messages, in the unit a reader wrote: a base value shown in another quantity's
// written unit (`4,290,000,000 元` shown as `42.9` in 亿元), and the text that replaces a figure
// while keeping its unit and qualifier words (`231.7亿元` → `232.1亿元`).

import type { Quantity } from '../types';
import { type Decimal, div, dec, round, toPlain } from '../decimal';
import { groupedPlace, writtenDigits, writtenNumber } from './precision';

/** value / (q.value / written(q)): a base value in q's written unit. */
function inUnitOf(value: Decimal, q: Quantity): Decimal {
  // (`1,300亿5,000万元`: a figure written in groups is shown in its first multiplier, `1300.5` 亿元.)
  const grouped = groupedPlace(q);
  if (grouped) return div(value, grouped.place, 8) ?? value;
  const w = writtenNumber(q);
  if (!w || w.units === 0n) return value;
  const multiplier = div(q.value, w, 12) ?? dec(1);
  return div(value, multiplier, 8) ?? value;
}

/** The unit as written after the number, for messages (`亿元`, `个`, `%`). */
export function unitLabel(q: Quantity): string {
  const grouped = groupedPlace(q);
  return grouped ? grouped.word + (q.unitText || q.unit) : q.unitText || q.unit;
}

export function shown(value: Decimal, q: Quantity): string {
  return toPlain(inUnitOf(value, q));
}

/**
 * q's text with its number replaced by `value` (given in base units), keeping the written unit:
 * `230个` with 197 → `197个`. Undefined when q's text has no Arabic number to replace.
 */
export function replaceNumber(q: Quantity, value: Decimal): string | undefined {
  // (A figure written in groups is rewritten whole, in its first multiplier: `1,300亿5,000万元` → `1301.5亿元`.)
  const grouped = groupedPlace(q);
  if (grouped) return `${toPlain(inUnitOf(value, q))}${grouped.word}${q.unitText || q.unit}`;
  const m = writtenDigits(q.text);
  if (!m) return undefined;
  return q.text.slice(0, m.index) + toPlain(inUnitOf(value, q)) + q.text.slice(m.index + m.written.length);
}


/** A base value in q's written unit, rounded to as many decimals as q is written with (`20.90175` → `20.9`). */
export function shownAsWritten(value: Decimal, q: Quantity): string {
  return toPlain(round(inUnitOf(value, q), writtenDigits(q.text)?.decimals ?? 0));
}
