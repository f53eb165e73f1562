// An amount, what is taken off it and what is left, in one sentence:
//   `全年分得统筹款246亿元；扣除基本人事费150亿元，仅剩96亿元`
// 246 = 150 + 96. Read only when the three stand side by side (no other figure of their unit between them),
// the amount taken off named by a deduction word at the head of its clause (cues/flows.ts) and the rest by a
// word of what is left right after it.

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { eachSentence, definedPartition } from './bySentence';
import { isPoint } from './precision';
import { bracketDepths } from '../cues/breakdowns';
import { DEDUCTED, LEFT_AFTER } from '../cues/flows';

/** The deduction word, cheap test before any figure is looked at. */
const DEDUCTION_WORD = /扣除|[减減]去|扣[减減]/;

export function deductionPartitions(model: Model): Partition[] {
  const out: Partition[] = [];
  eachSentence(model, (text, items, claims, si) => {
    if (items.length < 3 || !DEDUCTION_WORD.test(text)) return;
    const depth = bracketDepths(text);
    for (let k = 1; k + 1 < items.length; k++) {
      const taken = items[k];
      const left = items[k + 1];
      if (!taken || !left) continue;
      // The amount taken off is the last one of its unit before the deduction (rates between are its changes).
      const before = items.slice(0, k).reverse().find((p) => p.q.unit === taken.q.unit);
      if (!before) continue;
      const kind = claims.get(before.index)?.kind;
      if ((kind !== 'level' && kind !== 'count') || claims.get(taken.index)?.kind !== kind) continue;
      if (!DEDUCTED.test(text.slice(Math.max(0, taken.start - 20), taken.start))) continue;
      if (!LEFT_AFTER.test(text.slice(taken.end, left.start).replace(/[\s\u3000]+/g, ''))) continue;
      const three = [before, taken, left];
      // (`基金收入A（扣除…B，…净额C）`: the deduction and the rest may stand in a bracket right after the amount.)
      const bracketed = (depth[before.start] ?? 0) === 0 && depth[taken.start] === 1 && depth[left.start] === 1 && /^[（(]/.test(text.slice(before.end));
      if (three.some((p) => !isPoint(p.q) || p.q.unit !== taken.q.unit || (!bracketed && (depth[p.start] ?? 0) !== 0))) continue;
      out.push(definedPartition(before, [taken, left], claims, '扣除…剩余', si));
    }
  });
  return out;
}
