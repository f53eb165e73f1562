// Text quantities placed in their sentences, with sentence-local offsets: the index that the
// claims stage and the relation stages walk. One linear pass (both lists are in document
// order); table quantities (paragraph -1) belong to no sentence.

import type { Quantity, Sentence } from './types';

export interface Placed {
  /** Index into the quantities list. */
  index: number;
  q: Quantity;
  /** Offsets inside the sentence text. */
  start: number;
  end: number;
}

export function placeInSentences(sentences: readonly Sentence[], quantities: readonly Quantity[]): Placed[][] {
  const out: Placed[][] = sentences.map(() => []);
  let s = 0;
  quantities.forEach((q, index) => {
    if (q.paragraph < 0) return;
    while (s < sentences.length && endsBefore(sentences[s], q)) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.paragraph !== q.paragraph || q.at < sentence.at) return;
    out[s]?.push({ index, q, start: q.at - sentence.at, end: q.at - sentence.at + q.length });
  });
  return out;
}

/** Whether the sentence ends at or before the quantity (an earlier paragraph, or earlier in its own). */
function endsBefore(sentence: Sentence | undefined, q: Quantity): boolean {
  return sentence !== undefined && (sentence.paragraph < q.paragraph || (sentence.paragraph === q.paragraph && sentence.at + sentence.text.length <= q.at));
}
