// Text quantities grouped by sentence, with sentence-local offsets, and claims by quantity:
// the two indexes the relation stages walk. One linear pass each (both lists are in
// document order).

import type { Model } from '../checks/check';
import type { Claim } from '../types';
import { placeInSentences, type Placed } from '../placement';
import type { Partition } from './partition';
import { perModel } from './perModel';

export type { Placed };

/** Memoized per model: several relation stages walk the same index. */
export const quantitiesBySentence: (model: Model) => Placed[][] = perModel((model) => placeInSentences(model.sentences, model.quantities));

/** The first claim of each figure, by the figure's index. Memoized per model; read-only. */
export const claimsByQuantity: (model: Model) => ReadonlyMap<number, Claim> = perModel((model) => {
  const out = new Map<number, Claim>();
  for (const c of model.claims) if (!out.has(c.quantity)) out.set(c.quantity, c);
  return out;
});

/**
 * Calls `visit` for every sentence with its text, its placed figures and the claims by quantity:
 * the loop the sentence-level relations (balances, differences) share.
 */
export function eachSentence(model: Model, visit: (text: string, items: Placed[], claims: ReadonlyMap<number, Claim>, sentence: number) => void): void {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  model.sentences.forEach((sentence, si) => visit(sentence.text, placed[si] ?? [], claims, si));
}

/** A partition complete by definition (a budget balance, this year = last year + change). */
export function definedPartition(total: Placed, parts: Placed[], claims: ReadonlyMap<number, Claim>, reason: string, sentence: number): Partition {
  return {
    total,
    parts,
    labels: parts.map((p) => claims.get(p.index)?.indicator ?? ''),
    keys: parts.map((p) => claims.get(p.index)?.key),
    complete: true,
    reason,
    subset: false,
    sentence,
  };
}

/**
 * A list of items of a total that a narrative may leave incomplete (a balance told in prose omits
 * small items): the items may fall short of the total, never exceed it.
 */
export function boundedPartition(total: Placed, parts: Placed[], claims: ReadonlyMap<number, Claim>, reason: string, sentence: number): Partition {
  return { ...definedPartition(total, parts, claims, reason, sentence), complete: false, subset: true };
}
