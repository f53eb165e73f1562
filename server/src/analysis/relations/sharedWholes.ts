// Parts whose shares of one stated whole make 100 %:
//   `电信业务收入A。…固定通信业务收入B，在电信业务收入中占b%；移动通信业务收入C，占电信业务收入的c%。`
// When two or more parts of one sentence each take their share of the same stated whole, the shares add up to
// 100 % within their rounding, and each share is its part's share of the parts' sum, the writer has said the parts
// are all of that whole: they are a complete partition of it (definedPartition), and a whole that differs from their
// sum is wrong as written (a share taken of the parts' sum, not of the whole, is what gave it away).
//
// Not for output and value added (生产总值, 增加值): regions' and sectors' figures are reckoned apart and need not add
// up to the whole's (relations/siblingShares.ts says so for the shares themselves).

import type { Model } from '../checks/check';
import type { Quantity } from '../types';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { findShares } from './ratios';
import type { ShareRelation } from './shareParts';
import { isPoint, tolerance } from './precision';
import { perModel } from './perModel';
import { ADDITIVE_DIMENSIONS } from './dimensions';
import { type Decimal, abs, add, cmp, dec, div, mul, sub, sum } from '../decimal';
import type { Partition } from './partition';

/** Why such a partition is complete (shown in the finding). */
export const SHARED_WHOLE_REASON = '各项占比合计100%';

/** Measures whose parts are reckoned apart from the whole (GDP, value added). */
const RECKONED_APART = /生产总值|生產總值|增加值|GDP|经济总量|經濟總量/;

const HUNDRED = dec(100);

/** Memoized per model. */
export const sharedWholePartitions: (model: Model) => Partition[] = perModel(computeSharedWholes);

function computeSharedWholes(model: Model): Partition[] {
  const byQuantity = placedByQuantity(model);
  const claims = claimsByQuantity(model);
  const groups = new Map<Quantity, ShareRelation[]>();
  for (const rel of findShares(model)) {
    if (rel.what === 'completion' || rel.share.unit !== '%' || !isPoint(rel.share) || !isPoint(rel.part) || !isPoint(rel.whole)) continue;
    const group = groups.get(rel.whole);
    if (group === undefined) groups.set(rel.whole, [rel]);
    else if (!group.some((r) => r.part === rel.part)) group.push(rel);
  }
  const out: Partition[] = [];
  for (const [whole, rels] of groups) {
    if (rels.length < 2 || !ADDITIVE_DIMENSIONS.has(whole.dimension)) continue;
    const total = byQuantity.get(whole);
    const parts = rels.map((r) => byQuantity.get(r.part));
    if (total === undefined || parts.some((p) => p === undefined)) continue;
    const placedParts = (parts as Placed[]).slice().sort((a, b) => a.index - b.index);
    const sentence = placedSentence(model, placedParts[0]);
    if (sentence === undefined || placedParts.some((p) => placedSentence(model, p) !== sentence)) continue;
    // The whole stated before its parts (in their sentence or an earlier one), of their unit.
    if (total.index > (placedParts[0]?.index ?? -1) || rels.some((r) => r.part.unit !== whole.unit)) continue;
    if (RECKONED_APART.test(claims.get(total.index)?.indicator ?? '') || rels.some((r) => RECKONED_APART.test(claims.get(byQuantity.get(r.part)?.index ?? -1)?.indicator ?? ''))) continue;
    if (!sharesMakeWhole(rels)) continue;
    // (`其中以甲县损失A（占72%）、乙市B（占19%）…较严重`: shares rounded to whole per cents cannot tell a list that leaves out
    // 0.7 % of the whole from a whole one; only a gap between whole and sum wider than their rounding is said.)
    if (!gapBeyondShares(whole, rels)) continue;
    out.push({ ...definedPartition(total, placedParts, claims, SHARED_WHOLE_REASON, sentence), subset: false });
  }
  return out;
}

/** The shares add up to 100 % within their rounding, and each is its part's share of the parts' sum. */
function sharesMakeWhole(rels: readonly ShareRelation[]): boolean {
  const slack = add(sum(rels.map((r) => tolerance(r.share))), dec(5, 2));
  if (cmp(abs(sub(sum(rels.map((r) => r.share.value)), HUNDRED)), slack) > 0) return false;
  const partsSum = sum(rels.map((r) => r.part.value));
  if (cmp(partsSum, dec(0)) <= 0) return false;
  return rels.every((r) => {
    const own: Decimal | undefined = div(mul(r.part.value, HUNDRED), partsSum, 12);
    return own !== undefined && cmp(abs(sub(own, r.share.value)), add(tolerance(r.share), dec(5, 2))) <= 0;
  });
}

/** The whole and the parts' sum lie further apart (as a per cent of the whole) than the shares' rounding together. */
function gapBeyondShares(whole: Quantity, rels: readonly ShareRelation[]): boolean {
  if (cmp(whole.value, dec(0)) <= 0) return false;
  const gap = div(mul(abs(sub(whole.value, sum(rels.map((r) => r.part.value)))), HUNDRED), whole.value, 12);
  return gap !== undefined && cmp(gap, sum(rels.map((r) => tolerance(r.share)))) > 0;
}

/** Every placed figure by its quantity. */
function placedByQuantity(model: Model): Map<Quantity, Placed> {
  const out = new Map<Quantity, Placed>();
  for (const items of quantitiesBySentence(model)) for (const p of items) out.set(p.q, p);
  return out;
}

/** The sentence a placed figure lies in. */
function placedSentence(model: Model, p: Placed | undefined): number | undefined {
  if (p === undefined) return undefined;
  const at = p.q.span.start;
  let lo = 0;
  let hi = model.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((model.sentences[mid]?.span.end ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < model.sentences.length ? lo : undefined;
}
