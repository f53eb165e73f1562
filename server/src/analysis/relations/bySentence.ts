// Text quantities grouped by sentence, with sentence-local offsets, and claims by quantity:
// the two indexes the relation stages walk. One linear pass each (both lists are in
// document order).

import type { Model } from '../checks/check';
import type { Claim } from '../types';
import { placeInSentences, type Placed } from '../placement';

export type { Placed };

const memo = new WeakMap<Model, Placed[][]>();

/** Memoized per model: several relation stages walk the same index. */
export function quantitiesBySentence(model: Model): Placed[][] {
  let out = memo.get(model);
  if (!out) {
    out = group(model);
    memo.set(model, out);
  }
  return out;
}

function group(model: Model): Placed[][] {
  return placeInSentences(model.sentences, model.quantities);
}

export function claimsByQuantity(model: Model): Map<number, Claim> {
  const out = new Map<number, Claim>();
  for (const c of model.claims) if (!out.has(c.quantity)) out.set(c.quantity, c);
  return out;
}
