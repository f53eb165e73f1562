// The rounding tolerance of a published figure: half a unit of its last written digit, in the
// quantity's base unit. `231.7亿元` is 23,170,000,000 元 ± 5,000,000 元; `155亿元` ± 50,000,000 元;
// `86.5%` ± 0.05 %. Whole counts (`230个`, `两个`) are exact; `1.5万个` is ± 500 个.

import type { Quantity } from '../types';
import { type Decimal, ZERO, dec, div, eq, halfUlp, isZero, mul, parseDecimal } from '../decimal';
import { foldWidth } from '../headingMarkers';

/** The leading number as written (`231.7` of `231.7亿元`, `1,100.9` of `1,100.9万元`). */
export function writtenNumber(q: Quantity): Decimal | undefined {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(foldWidth(q.text));
  return m ? parseDecimal(m[0]) : undefined;
}

/** Dimensions counted in whole items. */
const COUNTED = new Set(['count', 'people', 'visits']);

/** Half a unit of the last written digit, in base units (never negative); 0 for exact counts. */
export function tolerance(q: Quantity): Decimal {
  const folded = foldWidth(q.text);
  const m = /\d[\d,]*(?:\.(\d+))?/.exec(folded);
  const counted = COUNTED.has(q.dimension);
  // Counts written in full (`230个`, `两个`) are exact: nobody rounds 152 projects.
  if (!m) return counted ? ZERO : dec(5, 1);
  const decimals = m[1]?.length ?? 0;
  const written = parseDecimal(m[0]);
  if (!written || isZero(written)) return halfUlp(decimals);
  // The multiplier of the written unit (万, 亿, ‰ → %): value / written, exact for powers of ten.
  const multiplier = div(q.value, written, 12) ?? dec(1);
  if (counted && decimals === 0 && eq(multiplier, dec(1))) return ZERO;
  return mul(halfUlp(decimals), multiplier);
}

/** Number of decimals written (`86.5%` → 1); 0 for integers and Chinese numerals. */
export function writtenDecimals(q: Quantity): number {
  const m = /\d[\d,]*(?:\.(\d+))?/.exec(foldWidth(q.text));
  return m?.[1]?.length ?? 0;
}

/** A plain point figure: no qualifier (以上, 约, 余 …) and no range. */
export function isPoint(q: Quantity): boolean {
  return q.qualifier === undefined && q.hi === undefined;
}
