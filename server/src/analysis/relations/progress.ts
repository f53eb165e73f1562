// A whole, what of it is done and what is left, in one run of clauses (cues/progress.ts):
//   `计划投资556.4亿元，累计完成投资370亿元，剩余可用投资186.4亿元`   whole = done + left
// Read as a complete partition so that sum-mismatch holds the three together. Only three figures in a
// row, of one unit, with a comma and nothing else of their unit between them.

import type { Model } from '../checks/check';
import type { Partition } from './partition';
import { definedPartition, eachSentence } from './bySentence';
import { isPoint } from './precision';
import { progressRole } from '../cues/progress';

/** Any word of a progress run's left-over clause: most sentences hold none and are passed over at once. */
const LEFT_WORD = /剩余|剩餘|其余|其餘|尚余|尚餘|还剩|還剩|尚需|仍需|未完成/;

export function progressPartitions(model: Model): Partition[] {
  const out: Partition[] = [];
  eachSentence(model, (text, items, claims, si) => {
    if (items.length < 3 || !LEFT_WORD.test(text)) return;
    for (let i = 0; i + 2 < items.length; i++) {
      const [whole, done, left] = [items[i], items[i + 1], items[i + 2]];
      if (!whole || !done || !left) continue;
      if (![done, left].every((p) => p.q.unit === whole.q.unit && p.q.dimension === whole.q.dimension) || ![whole, done, left].every((p) => isPoint(p.q))) continue;
      if (whole.q.dimension === 'percent' || whole.q.dimension === 'pp') continue;
      const wholeWords = text.slice(Math.max(items[i - 1]?.end ?? 0, whole.start - 14), whole.start);
      if (progressRole(wholeWords.slice(Math.max(0, wholeWords.search(/[^，,；;。]*$/)))) !== 'whole') continue;
      if (progressRole(text.slice(whole.end, done.start)) !== 'done' || progressRole(text.slice(done.end, left.start)) !== 'left') continue;
      out.push(definedPartition(whole, [done, left], claims, '总数 = 已完成 + 剩余', si));
    }
  });
  return out;
}
