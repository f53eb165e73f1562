// Shares of one whole that is never stated, each after its part:
//   `沿海地区A亿元，…，占全省海洋生产总值的比重为52.1%；沿江地区B亿元，…，占全省海洋生产总值的比重为47%；…`
//   `货物类、工程类和服务类采购金额分别为a、b、c，占全国政府采购规模的比重分别为x%、y%、z%`
// Each pair gives the whole it was taken of (part ÷ share), within the rounding of both. When three or
// more pairs name the whole in the same words, and all but one imply one whole while the last implies
// another, that last pair contradicts the rest: its share or its part is wrong.
// Read only when the pairs are surely of one whole: their shares make up 100 %, or their parts share a
// measure (a common ending of two characters or more) or form a known family.

import type { Model } from '../checks/check';
import type { Claim } from '../types';
import { type Decimal, add, cmp, dec, div, mul, sub, sum, abs } from '../decimal';
import { type Placed, eachSentence } from './bySentence';
import { ADDITIVE_DIMENSIONS } from './dimensions';
import { isPoint, tolerance } from './precision';
import { perModel } from './perModel';
import { commonSuffix } from './partNames';
import { familyOf } from '../cues/breakdowns';
import { SHARE_WHOLE_WORDS, lastShareVerb } from '../cues/shares';
import { SUBSET_WORD, rankingOpenBefore } from '../cues/breakdowns';
import { startsAChange } from '../cues/changes';

export interface SharePair {
  share: Placed;
  part: Placed;
  /** The whole this pair implies, as an interval [low, high]. */
  whole: [Decimal, Decimal];
}

export interface ImpliedWholeSlip {
  /** The pair that implies another whole than the rest. */
  odd: SharePair;
  /** The pairs that agree, and the whole they share. */
  rest: SharePair[];
  whole: [Decimal, Decimal];
  /** Two shares making 100 %: the whole is the two parts' sum. */
  halves?: true;
  /** The words that name the whole (`占全省海洋生产总值的比重`), for messages. */
  named: string;
}

const HUNDRED = dec(100);
/** No share is held closer than 0.05 point (as share-mismatch). */
const MIN_SLACK = dec(5, 2);

export const findImpliedWholeSlips: (model: Model) => ImpliedWholeSlip[] = perModel(computeSlips);

function computeSlips(model: Model): ImpliedWholeSlip[] {
  const out: ImpliedWholeSlip[] = [];
  eachSentence(model, (text, items, claims) => {
    if (items.length < 4) return;
    const groups = new Map<string, SharePair[]>();
    const add = (named: string, pair: SharePair | undefined): void => {
      if (pair) groups.set(named, [...(groups.get(named) ?? []), pair]);
    };
    // The shares of a 分别 list after the first take its phrase (`占…的比重分别为a、b、c`).
    let listNamed: string | undefined;
    items.forEach((item, i) => {
      const c = claims.get(item.index);
      if (c?.kind !== 'share' || !isPoint(item.q)) return;
      // `比重从上年同期的68.63%上升到71.03%`: a former share is another year's.
      if (startsAChange(text.slice(Math.max(0, item.start - 16), item.start), text.slice(item.end, item.end + 12))) return;
      const listed = c.listIndex !== undefined && c.listIndex > 0;
      const named = listed ? listNamed : wholeWords(text, items, i);
      if (c.listIndex === 0) listNamed = named;
      if (named === undefined) return;
      add(named, pairOf(item, partOf(text, items, i, c, claims)));
    });
    for (const [named, pairs] of groups) {
      const slip = oddOneOut(pairs, claims);
      if (slip) out.push({ ...slip, named });
    }
  });
  return out;
}

/** The words between the last share verb before a share and the share, normalized; undefined when none. */
function wholeWords(text: string, items: Placed[], i: number): string | undefined {
  const item = items[i];
  if (item === undefined) return undefined;
  const from = Math.max(items[i - 1]?.end ?? 0, item.start - 24);
  const before = text.slice(from, item.start);
  const at = lastShareVerb(before);
  if (at < 0) return undefined;
  const words = before.slice(at).replace(/[\s\u3000]+/g, '');
  // Only the share phrase itself: a clause break inside it ends it.
  if (/[，,；;。]/.test(words)) return undefined;
  return words.replace(SHARE_WHOLE_WORDS, '');
}

/**
 * The part a share is taken of: for the k-th share of a 分别 list, the k-th amount of the list of the
 * same length before it; otherwise the last level amount before it in its `；` clause, with no other
 * share between them.
 */
function partOf(text: string, items: Placed[], i: number, c: Claim, claims: ReadonlyMap<number, Claim>): Placed | undefined {
  if (c.listIndex !== undefined && c.listSize !== undefined) {
    const size = c.listSize;
    const index = c.listIndex;
    return items.slice(0, i).reverse().find((p) => {
      const pc = claims.get(p.index);
      return pc?.kind === 'level' && pc.listSize === size && pc.listIndex === index;
    });
  }
  const share = items[i];
  if (share === undefined) return undefined;
  // The nearest amount before the share is its part (rates between are the part's growth); an amount the
  // claim layer could not name, or another amount between it and the previous share, leaves it unsure:
  // `工业用水A，其中火核电冷却水B，占用水总量的16.4%` may give A's share or B's.
  const amounts = (from: number, to: number): Placed[] => items.slice(from, to).filter((p) => ADDITIVE_DIMENSIONS.has(p.q.dimension));
  let previousShare = -1;
  for (let k = i - 1; k >= 0; k--) if (claims.get(items[k]?.index ?? -1)?.kind === 'share') { previousShare = k; break; }
  const before = amounts(previousShare + 1, i);
  const part = before[before.length - 1];
  if (part === undefined || claims.get(part.index)?.kind !== 'level' || /[；;]/.test(text.slice(part.end, share.start))) return undefined;
  // A 其中 between them: the amount is the total the list breaks down, not the share's part.
  // (A ranking opened by 以 after the total, `计A，以甲B（占x%）最多`, parts it as 其中 does.)
  const qi = Math.max(text.lastIndexOf(SUBSET_WORD, share.start), rankingOpenBefore(text, share.start));
  if (qi > part.end) return undefined;
  // With no share before it, the list's total may stand before the part: only from the last 其中 on.
  const from = previousShare >= 0 ? previousShare + 1 : items.findIndex((p) => p.start > qi);
  return amounts(Math.max(0, from), i).length === 1 ? part : undefined;
}

function pairOf(share: Placed, part: Placed | undefined): SharePair | undefined {
  if (part === undefined || !ADDITIVE_DIMENSIONS.has(part.q.dimension) || !isPoint(part.q)) return undefined;
  const ts = max(add(tolerance(share.q), tolerance(share.q)), MIN_SLACK);
  const lowShare = sub(share.q.value, ts);
  if (lowShare.units <= 0n) return undefined;
  const lo = div(mul(sub(part.q.value, tolerance(part.q)), HUNDRED), add(share.q.value, ts), 10);
  const hi = div(mul(add(part.q.value, tolerance(part.q)), HUNDRED), lowShare, 10);
  return lo && hi ? { share, part, whole: [lo, hi] } : undefined;
}

/** The one pair whose whole misses the whole all the others share, when there is exactly one. */
function oddOneOut(pairs: SharePair[], claims: ReadonlyMap<number, Claim>): Omit<ImpliedWholeSlip, 'named'> | undefined {
  if (pairs.length === 2) return halvesMiss(pairs);
  if (pairs.length < 3) return undefined;
  const unit = pairs[0]?.part.q.unit;
  // Five or more pairs of which all but one imply one whole are of that whole too, when the odd one is
  // named like one of the rest (`大专学历的7079人，占46.4%，中专学历的2906人，占29%，…`: 学历的).
  const surely = oneWhole(pairs, claims);
  if (pairs.some((p) => p.part.q.unit !== unit) || (!surely && pairs.length < MANY_PAIRS)) return undefined;
  const found: Omit<ImpliedWholeSlip, 'named'>[] = [];
  pairs.forEach((odd, i) => {
    const rest = pairs.filter((_, k) => k !== i);
    const common = intersection(rest.map((p) => p.whole));
    if (common === undefined) return;
    if (cmp(odd.whole[1], common[0]) < 0 || cmp(odd.whole[0], common[1]) > 0) found.push({ odd, rest, whole: common });
  });
  const only = found.length === 1 ? found[0] : undefined;
  if (only === undefined || surely) return only;
  const name = (p: SharePair): string => claims.get(p.part.index)?.indicator ?? '';
  const oddName = name(only.odd);
  return oddName !== '' && only.rest.some((r) => commonSuffix(name(r), oddName) >= 2) ? only : undefined;
}

/** How many pairs make their agreeing majority evidence of one whole (see oddOneOut). */
const MANY_PAIRS = 5;

/**
 * Two shares that make up 100 % (`跨省流动A，占比38.3%；省内流动B，占比61.7%`) take their parts of the parts'
 * sum: the first share that its part ÷ (A + B) misses is the slip (which figure is wrong is not written).
 */
function halvesMiss(pairs: SharePair[]): Omit<ImpliedWholeSlip, 'named'> | undefined {
  const [a, b] = pairs;
  if (a === undefined || b === undefined || a.part.q.unit !== b.part.q.unit) return undefined;
  const shares = add(a.share.q.value, b.share.q.value);
  if (cmp(abs(sub(shares, HUNDRED)), add(add(tolerance(a.share.q), tolerance(b.share.q)), dec(1, 1))) > 0) return undefined;
  const total = add(a.part.q.value, b.part.q.value);
  const slack = add(tolerance(a.part.q), tolerance(b.part.q));
  const whole: [Decimal, Decimal] = [sub(total, slack), add(total, slack)];
  const misses = (p: SharePair): boolean => cmp(p.whole[1], whole[0]) < 0 || cmp(p.whole[0], whole[1]) > 0;
  if (misses(a)) return { odd: a, rest: [b], whole, halves: true };
  if (misses(b)) return { odd: b, rest: [a], whole, halves: true };
  return undefined;
}

function intersection(intervals: [Decimal, Decimal][]): [Decimal, Decimal] | undefined {
  let lo = intervals[0]?.[0];
  let hi = intervals[0]?.[1];
  for (const [a, b] of intervals) {
    if (lo === undefined || hi === undefined) return undefined;
    lo = max(lo, a);
    hi = min(hi, b);
  }
  return lo !== undefined && hi !== undefined && cmp(lo, hi) <= 0 ? [lo, hi] : undefined;
}

/** The pairs are surely shares of one whole: shares making up 100 %, a common measure, or a known family. */
function oneWhole(pairs: SharePair[], claims: ReadonlyMap<number, Claim>): boolean {
  // One 分别 list of shares under one named whole (`占全国政府采购规模的比重分别为a、b、c`) is of that whole.
  const lists = new Set(pairs.map((p) => claims.get(p.share.index)?.listSize));
  if (!lists.has(undefined) && lists.size === 1 && pairs.length === [...lists][0]) return true;
  const shares = sum(pairs.map((p) => p.share.q.value));
  const slack = add(sum(pairs.map((p) => tolerance(p.share.q))), dec(5, 1));
  if (cmp(abs(sub(shares, HUNDRED)), slack) <= 0) return true;
  const names = pairs.map((p) => claims.get(p.part.index)?.indicator ?? '');
  if (names.some((n) => n === '')) return false;
  const first = names[0] ?? '';
  if (names.every((n) => commonSuffix(n, first) >= 2) && new Set(names).size === names.length) return true;
  return familyOf(names) !== undefined;
}

function max(a: Decimal, b: Decimal): Decimal {
  return cmp(a, b) >= 0 ? a : b;
}

function min(a: Decimal, b: Decimal): Decimal {
  return cmp(a, b) <= 0 ? a : b;
}
