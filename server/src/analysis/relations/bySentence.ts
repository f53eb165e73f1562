// Text quantities grouped by sentence, with sentence-local offsets, and claims by quantity:
// the two indexes the relation stages walk. One linear pass each (both lists are in
// document order).

import type { Model } from '../checks/check';
import type { Claim, Quantity } from '../types';

export interface Placed {
  /** Index into model.quantities. */
  index: number;
  q: Quantity;
  /** Offsets inside the sentence text. */
  start: number;
  end: number;
}

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
  const { sentences, quantities } = model;
  const out: Placed[][] = sentences.map(() => []);
  let s = 0;
  quantities.forEach((q, index) => {
    if (q.paragraph < 0) return;
    while (
      s < sentences.length &&
      (sentences[s].paragraph < q.paragraph || (sentences[s].paragraph === q.paragraph && sentences[s].at + sentences[s].text.length <= q.at))
    ) {
      s++;
    }
    const sentence = sentences[s];
    if (!sentence || sentence.paragraph !== q.paragraph || q.at < sentence.at) return;
    out[s].push({ index, q, start: q.at - sentence.at, end: q.at - sentence.at + q.length });
  });
  return out;
}

export function claimsByQuantity(model: Model): Map<number, Claim> {
  const out = new Map<number, Claim>();
  for (const c of model.claims) if (!out.has(c.quantity)) out.set(c.quantity, c);
  return out;
}
