// A 万/亿 slip pinned by a sum: the parts of a total add up to it exactly once one figure, a part
// or the total, is read with the other multiplier:
//   `总收入164.47亿元。其中：一般公共预算收入31.52亿元，转移性收入132.95万元`  (132.95亿元 makes 164.47)
//   `支出总计51068万元。其中：…支出45051亿元，…`                               (45051万元 makes 51068)
// An exact sum after a 10⁴ change is no coincidence, so this speaks even under a `其中` that need
// not be complete, where sum-mismatch stays silent for a sum that falls short.
//
// Precision: exactly one figure of the partition may explain the sum; a part read smaller must
// still weigh more than the rounding of the sum, and the others alone must miss the total (else
// dropping it is all the "fix" does, and a part that breaks down another part would pass for a slip).

import type { Model } from '../checks/check';
import type { Quantity } from '../types';
import { type Decimal, abs, add, cmp, dec, div, eq as eqDecimal, mul, sub, sum } from '../decimal';
import type { Partition } from './partitions';
import { findSums } from './sums';
import { roundingOf, tolerance } from './precision';
import { perModel } from './perModel';

export interface SumSlip {
  partition: Partition;
  /** The figure whose 万/亿 is wrong. */
  figure: Quantity;
  /** The figure as it should be written (`132.95亿元`). */
  corrected: string;
  /** The sum and the total once corrected (equal within rounding), for the message. */
  sum: Decimal;
  /**
   * Read from a list that may be incomplete (`其中`): the parts exceed the total as written and no longer do
   * once the figure is corrected (they need not add up to it).
   */
  bound?: true;
}

const TEN_THOUSAND = dec(10000);

/** Memoized per model: magnitude-suspect reports the slips, sum-mismatch leaves their partitions alone. */
export const findSumSlips: (model: Model) => SumSlip[] = perModel((model) =>
  findSums(model).flatMap((p) => {
    const slip = slipOf(p);
    return slip ? [slip] : [];
  }),
);

function slipOf(p: Partition): SumSlip | undefined {
  // (Amounts of money only, for a list that need not be complete. Any other measure written with 万 and 亿,
  // `新增装机1.09万千瓦，其中水电206万千瓦，…光伏7842万千瓦`, only when the parts then make its total exactly.)
  if (p.total.q.dimension !== 'money') return p.parts.length >= 3 ? exactSlipOf(p, true) : undefined;
  if (!p.complete) {
    const bound = boundSlipOf(p);
    if (bound) return bound;
  }
  if (p.parts.length < 2) return undefined;
  // (A complete list whose sum no one figure makes exact may still be brought within its total by one.)
  return exactSlipOf(p) ?? (p.complete ? boundSlipOf(p) : undefined);
}

function exactSlipOf(p: Partition, totalOnly = false): SumSlip | undefined {
  const parts = p.parts.map((x) => x.q);
  const total = p.total.q;
  const tol = add(sum(parts.map(roundingOf)), tolerance(total));
  const s = sum(parts.map((q) => q.value));
  if (cmp(abs(sub(s, total.value)), tol) <= 0) return undefined;
  const found: SumSlip[] = [];
  for (const q of totalOnly ? [total] : [...parts, total]) {
    // A zero (`定向捐款0万元`) reads the same in any unit: no slip of its unit changes a sum.
    if (q.value.units === 0n) continue;
    const fixed = rewritten(q);
    if (!fixed) continue;
    // The figure's own rounding moves with its multiplier.
    const t = add(sub(tol, tolerance(q)), fixed.up ? mul(tolerance(q), TEN_THOUSAND) : (div(tolerance(q), TEN_THOUSAND, 12) ?? tolerance(q)));
    const newSum = q === total ? s : add(sub(s, q.value), fixed.value);
    const newTotal = q === total ? fixed.value : total.value;
    if (cmp(abs(sub(newSum, newTotal)), t) > 0) continue;
    // A part read smaller must still count: more than twice the rounding of the sum, and the sum without
    // it must miss the total (`村级经费245万元，县级经费15亿元` under 260万元: 15万元 is what closes the gap).
    if (q !== total && !fixed.up && (cmp(fixed.value, mul(t, dec(2))) <= 0 || cmp(abs(sub(sub(s, q.value), total.value)), t) <= 0)) continue;
    found.push({ partition: p, figure: q, corrected: fixed.text, sum: newSum });
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * `资金共计1838247万元，其中省级资金248000亿元、中央资金597784万元`: under a 其中 that need not be complete the
 * parts may fall short of the total, never exceed it. When they do, and exactly one figure written with the
 * other multiplier than the rest (a part in 亿 among 万, or a total in 万 over parts in 亿) brings them within it
 * once corrected, that figure slipped. A list whose figures share one multiplier says nothing here.
 */
function boundSlipOf(p: Partition): SumSlip | undefined {
  // (Two parts at least: a lone part beside a figure equal to the total is a restatement, not a list.)
  if (p.parts.length < 2) return undefined;
  const parts = p.parts.map((x) => x.q);
  const total = p.total.q;
  const tol = add(sum(parts.map(roundingOf)), tolerance(total));
  const s = sum(parts.map((q) => q.value));
  if (cmp(s, add(total.value, tol)) <= 0) return undefined;
  const multiplier = (q: Quantity): string => (/[亿億]/.test(q.text) ? '亿' : /[万萬]/.test(q.text) ? '万' : '');
  const found: SumSlip[] = [];
  for (const q of [...parts, total]) {
    if (q.value.units === 0n) continue;
    const fixed = rewritten(q);
    if (!fixed) continue;
    // The figure must stand apart in its multiplier: every other figure of the list is written with the other one.
    const mine = multiplier(q);
    if ([...parts, total].some((o) => o !== q && multiplier(o) === mine)) continue;
    // The figure's own rounding moves with its multiplier (a part in 亿 rounds to 0.5亿, in 万 to 0.5万).
    const t = add(sub(tol, tolerance(q)), fixed.up ? mul(tolerance(q), TEN_THOUSAND) : (div(tolerance(q), TEN_THOUSAND, 12) ?? tolerance(q)));
    if (q === total) {
      if (fixed.up && cmp(s, add(fixed.value, t)) <= 0) found.push({ partition: p, figure: q, corrected: fixed.text, sum: s, bound: true });
    } else if (!fixed.up) {
      const newSum = add(sub(s, q.value), fixed.value);
      if (cmp(newSum, add(total.value, t)) <= 0) found.push({ partition: p, figure: q, corrected: fixed.text, sum: newSum, bound: true });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The figure with 万 read as 亿 or 亿 as 万 (one such multiplier written), else undefined. */
export function rewritten(q: Quantity): { text: string; value: Decimal; up: boolean } | undefined {
  // (`7兆3,258亿元`: a 兆 figure's 亿 names its tail, no multiplier to slip.)
  if (q.text.includes('兆')) return undefined;
  const wan = (q.text.match(/[万萬]/g) ?? []).length;
  const yi = (q.text.match(/[亿億]/g) ?? []).length;
  if (wan + yi !== 1) return undefined;
  if (wan === 1) return { text: q.text.replace(/[万萬]/, '亿'), value: mul(q.value, TEN_THOUSAND), up: true };
  const value = div(q.value, TEN_THOUSAND, 12);
  return value ? { text: q.text.replace(/[亿億]/, '万'), value, up: false } : undefined;
}

/**
 * `转移性补助收入9.42亿元，其中：一般转移支付补助收入9.42万元`: a part written with the very digits of
 * its total (three significant digits or more) but 万 for 亿 is the total's figure with a slipped
 * multiplier; no list of real parts puts one at exactly a ten-thousandth of its total.
 */
export interface MirroredPart {
  partition: Partition;
  figure: Quantity;
  corrected: string;
}

export const findMirroredParts: (model: Model) => MirroredPart[] = perModel((model) =>
  findSums(model).flatMap((p) => {
    const total = p.total.q;
    if (total.dimension !== 'money') return [];
    return p.parts.flatMap(({ q }) => {
      const fixed = rewritten(q);
      const digits = (q.text.match(/[0-9０-９]/g) ?? []).length;
      if (!fixed || !fixed.up || digits < 3 || !eqDecimal(fixed.value, total.value)) return [];
      return [{ partition: p, figure: q, corrected: fixed.text }];
    });
  }),
);
