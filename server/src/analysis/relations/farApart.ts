// How far a stated rate lies from the one its figures give. A slip moves it a little, or as a
// typing slip does (`4%` typed `14%`), or by orders of magnitude (a 万/亿 slip in a figure); a
// rate more than half again off, or under two thirds, and neither of those, is far more often
// computed from other figures than the ones the engine paired it with (a completion rate over
// another plan, a growth on a 同口径 base, a share of another whole): on real reports every such
// share or growth was. share-mismatch shows those as information.

import { type Decimal, abs, add, cmp, dec, div, isZero, mul, round, sub, sum } from '../decimal';
import { typingSlip } from './typos';

const FAR = dec(15, 1);
/** A thousandfold gap and more is a slip of magnitude in one of the figures, not another pairing. */
const SLIP_OF_MAGNITUDE = dec(1000);

/**
 * True when `stated` (written to `decimals` places) and `computed` differ by a factor over 1.5
 * and under 1000, and the computed value, rounded as the stated one is written, is no typing slip
 * away from it.
 */
export function farApart(stated: Decimal, computed: Decimal, decimals: number): boolean {
  if (isZero(stated) || isZero(computed) || (stated.units < 0n) !== (computed.units < 0n)) return false;
  if (typingSlip(stated, round(computed, decimals))) return false;
  const a = abs(stated);
  const b = abs(computed);
  const r = cmp(a, b) >= 0 ? div(a, b, 6) : div(b, a, 6);
  return r !== undefined && cmp(r, FAR) > 0 && cmp(r, SLIP_OF_MAGNITUDE) < 0;
}

/** Significant digits a slip needs on both sides: `5` / `15` is one edit apart by chance. */
const SLIP_DIGITS = 3;

/** A typing slip between two figures of at least SLIP_DIGITS significant digits each. */
function longSlip(a: Decimal, b: Decimal): boolean {
  const digits = (d: Decimal): number => abs(d).units.toString().replace(/0+$/, '').length;
  return digits(a) >= SLIP_DIGITS && digits(b) >= SLIP_DIGITS && typingSlip(a, b);
}

/** True when a and b (both positive) are within a factor of `within` of each other. */
function near(a: Decimal, b: Decimal, within: Decimal = FAR): boolean {
  if (a.units <= 0n || b.units <= 0n) return false;
  const r = cmp(a, b) >= 0 ? div(a, b, 6) : div(b, a, 6);
  return r !== undefined && cmp(r, within) <= 0;
}

/**
 * How far a list's sum may lie from its total before the pairing itself is in doubt. A slip in one
 * figure of a list moves the sum by a part of that figure; on real reports every sum more than a
 * quarter off its total (and no slip of magnitude or of the total's digits) came from parts of
 * another figure paired with it (a sibling clause, another cut, a total that lost a digit to a
 * garbled glyph), while the real slips found lay within a sixth of it.
 */
const SUM_FAR = dec(125, 2);

/** A slip explains a gap only when, undone, it leaves the sum within 10 % of the total. */
const CLOSE = dec(11, 1);

const TEN_THOUSAND = dec(10000);
const HUNDRED_MILLION = dec(100000000);

/**
 * True when a list's sum and its total are more than a quarter apart, and no single figure read
 * with 万/亿 the other way (×/÷ 10⁴ or 10⁸: a slip) brings them within 10 % of each other: the list was paired
 * with the wrong total, or mixes figures of other units (per-head 元 with a county's 亿元).
 */
export function sumFarFromTotal(parts: readonly Decimal[], total: Decimal): boolean {
  const s = sum(parts);
  if (near(s, total, SUM_FAR)) return false;
  // `转贷收入4558万元（新增债券11488万元，再融资债券33670万元）`: a digit dropped from the total (or
  // from one part) is a typing slip of these very figures, however far it moves them apart.
  if (longSlip(total, round(s, total.scale))) return false;
  for (const x of parts) {
    const meant = sub(total, sub(s, x));
    if (meant.units > 0n && longSlip(x, round(meant, x.scale))) return false;
  }
  for (const k of [TEN_THOUSAND, HUNDRED_MILLION]) {
    const up = mul(total, k);
    const down = div(total, k, 12);
    if (near(s, up, CLOSE) || (down !== undefined && near(s, down, CLOSE))) return false;
    for (const x of parts) {
      const grown = add(sub(s, x), mul(x, k));
      const shrunk = div(x, k, 12);
      // Only a figure that its slip made absurd: a part larger than the whole total (written in 亿 for
      // 万), or one under a thousandth of it (万 for 亿). Dropping an ordinary part that brings the others
      // near the total (`15718 + 11910 + 15230` against 27140) shows a wrong pairing, not a slip.
      const tooBig = cmp(x, total) > 0;
      const tooSmall = cmp(mul(x, dec(1000)), total) < 0;
      if ((tooSmall && near(grown, total, CLOSE)) || (tooBig && shrunk !== undefined && near(add(sub(s, x), shrunk), total, CLOSE))) return false;
    }
  }
  return true;
}

/** A lone part this many times its total is a sibling taken for a part, not a slip of a digit. */
const PART_FAR = SUM_FAR;

/**
 * True when one part is more than a quarter above its total (`公共汽车298辆，其中…出租车3540辆`), less than a
 * thousand times (a 万/亿 slip), and no typing slip of the total's digits: another figure paired with it.
 */
export function partFarAboveTotal(part: Decimal, total: Decimal): boolean {
  if (part.units <= 0n || total.units <= 0n) return false;
  const r = div(part, total, 6);
  return r !== undefined && cmp(r, PART_FAR) > 0 && cmp(r, SLIP_OF_MAGNITUDE) < 0 && !longSlip(total, round(part, total.scale));
}
