// A 万/亿 slip: two figures of one indicator whose ratio is 10⁴ or 10⁸ (within rounding of the
// written digits, ±1 %), as when `3.5亿元` is typed `3.5万元`.

import { type Decimal, abs, cmp, dec, div, isZero } from '../decimal';

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
