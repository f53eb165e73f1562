// A 万/亿 slip: two figures of one indicator whose ratio is 10⁴ or 10⁸ (within rounding of the
// written digits, ±1 %), as when `3.5亿元` is typed `3.5万元`.

import { type Decimal, abs, cmp, dec, div, isZero, mul } from '../decimal';
import type { Quantity } from '../types';

/** 4 or 8 when a/b or b/a is 10⁴ or 10⁸ within 1 %, else undefined. */
export function magnitudeSlip(a: Decimal, b: Decimal): 4 | 8 | undefined {
  if (isZero(a) || isZero(b)) return undefined;
  const big = cmp(abs(a), abs(b)) >= 0 ? abs(a) : abs(b);
  const small = big === abs(a) ? abs(b) : abs(a);
  const r = div(big, small, 6);
  if (!r) return undefined;
  for (const k of [4, 8] as const) {
    const p = dec(10n ** BigInt(k));
    // |r − 10^k| ≤ 1 % of 10^k
    const lo = div(dec(99n * 10n ** BigInt(k)), dec(100), 0) ?? p;
    const hi = div(dec(101n * 10n ** BigInt(k)), dec(100), 0) ?? p;
    if (cmp(r, lo) >= 0 && cmp(r, hi) <= 0) return k;
  }
  return undefined;
}

/**
 * 4 or 8 when part ÷ whole is 10⁴ or 10⁸ off the stated percentage (either way), within 5 %
 * (the rounding of three figures): the signature of a 万/亿 slip in the part or the whole.
 */
export function rateSlip(rel: { share: Quantity; part: Quantity; whole: Quantity }): 4 | 8 | undefined {
  if (isZero(rel.whole.value) || isZero(rel.share.value)) return undefined;
  const computed = div(mul(rel.part.value, dec(100)), rel.whole.value, 12);
  if (!computed || isZero(computed)) return undefined;
  const big = cmp(abs(computed), abs(rel.share.value)) >= 0 ? abs(computed) : abs(rel.share.value);
  const small = big === abs(computed) ? abs(rel.share.value) : abs(computed);
  const r = div(big, small, 6);
  if (!r) return undefined;
  for (const k of [4, 8] as const) {
    const p = 10n ** BigInt(k);
    if (cmp(r, dec(95n * p, 2)) >= 0 && cmp(r, dec(105n * p, 2)) <= 0) return k;
  }
  return undefined;
}

/**
 * 4 or 8 when an actual is 10⁴ or 10⁸ away from its plan, give or take a factor of two (an
 * actual is rarely beyond half or double its plan, and never 10⁴ times it): `年初预算1.1亿元` and
 * `完成1.2万元` of one indicator and year.
 */
export function planSlip(actual: Decimal, plan: Decimal): 4 | 8 | undefined {
  if (isZero(actual) || isZero(plan)) return undefined;
  const r = div(abs(actual), abs(plan), 12);
  if (!r) return undefined;
  for (const k of [4, 8] as const) {
    const p = 10n ** BigInt(k);
    const within = (lo: Decimal, hi: Decimal): boolean => cmp(r, lo) >= 0 && cmp(r, hi) <= 0;
    // r in [10^k ÷ 2, 10^k × 2] or in [10^-k ÷ 2, 10^-k × 2].
    if (within(dec(5n * p, 1), dec(2n * p)) || within(dec(5n, k + 1), dec(2n, k))) return k;
  }
  return undefined;
}
