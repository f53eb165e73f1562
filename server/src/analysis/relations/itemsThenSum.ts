// Items listed clause by clause and their sum closing the list in the same sentence:
//   `建厂房及配套设施12.08万元；购买变压器一套18.8万元；购置电锅炉一台6.75万元；增设发酵池3.2万元；
//    共计40.83万元，…`
// Every `；` clause of the list, from the sentence's start (or its last colon) to the sum word,
// states exactly one amount of the sum's unit, none of them a change, a plan or a 其中 part: the sum
// word (共计, 合计, 总计) then adds up just these, so the list is complete (definedPartition).

import type { Model } from '../checks/check';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { perModel } from './perModel';
import { bracketDepths, changeBefore, comparisonBase, namesSubset } from '../cues/breakdowns';
import { LIST_SUM } from '../cues/lists';
import type { Partition } from './partitions';
import { ADDITIVE_DIMENSIONS } from './dimensions';

export const itemsThenSumPartitions: (model: Model) => Partition[] = perModel(computeItemsThenSum);

function computeItemsThenSum(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    const items = placed[si];
    const text = sentence.text;
    if (items === undefined || items.length < 3) return;
    items.forEach((total, t) => {
      if (t < 2 || !ADDITIVE_DIMENSIONS.has(total.q.dimension) || !isPoint(total.q)) return;
      const sumWords = LIST_SUM.exec(text.slice(Math.max(0, total.start - 14), total.start));
      if (!sumWords) return;
      const listEnd = total.start - sumWords[0].length;
      // The list starts at the sentence's start or its last colon before the sum.
      const colon = Math.max(text.lastIndexOf('：', listEnd), text.lastIndexOf(':', listEnd));
      const listStart = colon + 1;
      // (A list with no `；` is told with `，`: `支出A，上解B，…，安排合计T`, every clause then one amount, after any
      // lead-in clauses that hold no figure at all.)
      const bySemicolon = splitClauses(text, listStart, listEnd);
      const clauses = bySemicolon.length >= 2 ? bySemicolon : withoutLeadIns(items, splitClauses(text, listStart, listEnd, '，,'));
      if (clauses.length < 2) return;
      const depth = bracketDepths(text);
      const parts: Placed[] = [];
      for (const [from, to] of clauses) {
        const inClause = items.filter((p) => p.start >= from && p.end <= to && depth[p.start] === 0);
        const same = inClause.filter((p) => p.q.unit === total.q.unit);
        // One amount of the sum's unit per clause, and no other amount of its dimension.
        if (same.length !== 1 || inClause.some((p) => p !== same[0] && p.q.dimension === total.q.dimension)) return;
        const p = same[0]!;
        const before = text.slice(Math.max(from, p.start - 20), p.start);
        if (!isPoint(p.q) || changeBefore(before) || comparisonBase(before) || namesSubset(text.slice(from, p.start)) || text[p.end] === '的') return;
        parts.push(p);
      }
      out.push(definedPartition(total, parts, claims, '所列各项…共计', si));
    });
  });
  return out;
}

/** The clauses of [from, to) cut at `separators` (`；` by default: a list is told with semicolons, one item per clause). */
function splitClauses(text: string, from: number, to: number, separators = '；;'): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    // (`30,161万元`: a comma between digit groups is part of the figure.)
    if (text[i] === ',' && /[0-9]/.test(text[i - 1] ?? '') && /^[0-9]{3}(?![0-9])/.test(text.slice(i + 1, i + 5))) continue;
    if (separators.includes(text[i] ?? '')) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  if (to > start && text.slice(start, to).trim() !== '') out.push([start, to]);
  return out;
}

/** The clauses from the first that holds a figure: lead-ins (`2023年，`, `经批准，`) name no item. */
function withoutLeadIns(items: readonly Placed[], clauses: [number, number][]): [number, number][] {
  const first = clauses.findIndex(([from, to]) => items.some((p) => p.start >= from && p.end <= to));
  return first < 0 ? [] : clauses.slice(first);
}
