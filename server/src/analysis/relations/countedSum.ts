// A list of figures given with 分别 and summed a sentence or three later by the group's count:
//   `制造业、建筑业、…六个行业…，分别为41.64亿元、38.99亿元、…。…六个行业合计实现地方税收231.89亿元`
// The sum names the same counted group as the list (the count and its noun), and the list holds exactly
// that many figures of the sum's unit after 分别: the sum is theirs (definedPartition).

import type { Model } from '../checks/check';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { perModel } from './perModel';
import { COUNTED_SUM, isListGap } from '../cues/lists';
import { parseCnNumeral } from '../quantities';
import type { Partition } from './partitions';
import { ADDITIVE_DIMENSIONS } from './dimensions';

const SUM_WORDS = /合计|合計|共计|共計|总计|總計/;

export const countedSumPartitions: (model: Model) => Partition[] = perModel(computeCountedSums);

/** A count written in digits or numerals (`六`, `两`, `12`), or undefined. */
export function countOf(s: string): number | undefined {
  if (/^[0-9]+$/.test(s)) return Number(s);
  const n = parseCnNumeral(s.replace('两', '二'));
  return n === undefined ? undefined : Number(n);
}

function computeCountedSums(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    // The sum words first: a plain search, before the count pattern (which backtracks over numerals).
    if (si === 0 || !SUM_WORDS.test(sentence.text)) return;
    const m = COUNTED_SUM.exec(sentence.text);
    if (!m) return;
    const n = countOf(m[1] ?? '');
    if (n === undefined || n < 2) return;
    // The group the sum names must be the one the list was given for (`六个行业` in both sentences), in
    // one of the three sentences before, in the paragraph.
    const group = m[0].slice(0, m[0].length - 2);
    let k = si - 1;
    const names = (at: number): boolean => {
      const t = model.sentences[at]?.text ?? '';
      const r = t.indexOf('分别');
      return r >= 0 && t.slice(0, r).includes(group);
    };
    while (k >= 0 && k >= si - 3 && model.sentences[k]?.paragraph === sentence.paragraph && !names(k)) k--;
    const prev = model.sentences[k];
    if (k < 0 || k < si - 3 || prev === undefined || prev.paragraph !== sentence.paragraph || !names(k)) return;
    const respectively = prev.text.indexOf('分别');
    const sumEnd = (m.index ?? 0) + m[0].length;
    const clauseEnd = sentence.text.slice(sumEnd).search(/[，,；;。]/);
    const total = (placed[si] ?? []).find((p) => p.start >= sumEnd && (clauseEnd < 0 || p.start < sumEnd + clauseEnd));
    if (total === undefined || !ADDITIVE_DIMENSIONS.has(total.q.dimension) || !isPoint(total.q)) return;
    // The figures right after 分别, joined as one list, all of the total's unit.
    const items = (placed[k] ?? []).filter((p) => p.start > respectively);
    const parts: Placed[] = [];
    for (const p of items) {
      const gap = parts.length === 0 ? '' : prev.text.slice(parts[parts.length - 1]!.end, p.start);
      if (parts.length > 0 && !isListGap(gap)) break;
      parts.push(p);
    }
    if (parts.length !== n || parts.some((p) => p.q.unit !== total.q.unit || !isPoint(p.q))) return;
    out.push(definedPartition(total, parts, claims, `${group}合计`, si));
  });
  return out;
}
