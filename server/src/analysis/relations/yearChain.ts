// A year-by-year run, each year's amount with its change from the year before:
//   `2013年支出合计70.15亿元，较上一年减少4.1亿元；2014年支出合计58.8亿元，较上一年减少11.35亿元`
// 70.15 = 58.8 + 11.35. Read when a clause opens with a year and states an amount, its change from the previous
// year follows right after it, and an earlier clause of the sentence opens with the year before and states the
// same measure (the same words between the year and the figure) in the same unit.

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { YEAR_CLAUSE, CHANGE_FROM_YEAR_BEFORE, WRITTEN_YEAR } from '../cues/periods';

/** The year a clause opens with and the words between it and the figure at `at`, or undefined. */
function yearAndMeasure(text: string, at: number): { year: number; measure: string } | undefined {
  const before = text.slice(Math.max(0, at - 30), at);
  const clause = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('。')) + 1);
  const m = YEAR_CLAUSE.exec(clause);
  if (m === null || m[1] === undefined || m[2] === undefined) return undefined;
  const measure = m[2].replace(/[\s\u3000]+/g, '');
  return measure.length >= 2 ? { year: Number(m[1]), measure } : undefined;
}

export function yearChainPartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    const text = sentence.text;
    // Most sentences hold no such run: one cheap test first.
    // (Two years written in the sentence, and a change from the year before: a plain search for each first.)
    const firstYear = text.search(WRITTEN_YEAR);
    if (firstYear < 0 || text.slice(firstYear + 5).search(WRITTEN_YEAR) < 0 || !/[较比較](?:上一?年|前一年)/.test(text)) return;
    const items = placed[si] ?? [];
    const opened = new Map<Placed, { year: number; measure: string }>();
    for (const p of items) {
      const ym = yearAndMeasure(text, p.start);
      if (ym !== undefined) opened.set(p, ym);
    }
    items.forEach((now, i) => {
      const ym = opened.get(now);
      const change = items[i + 1];
      if (ym === undefined || change === undefined || !isPoint(now.q) || !isPoint(change.q) || change.q.unit !== now.q.unit) return;
      const word = CHANGE_FROM_YEAR_BEFORE.exec(text.slice(now.end, change.start))?.[1];
      if (word === undefined) return;
      const earlier = items.slice(0, i).filter((p) => opened.get(p)?.year === ym.year - 1 && opened.get(p)?.measure === ym.measure && p.q.unit === now.q.unit && isPoint(p.q));
      const before = earlier.length === 1 ? earlier[0] : undefined;
      if (before === undefined) return;
      const down = /减|減|降|少/.test(word);
      const [total, parts] = down ? [before, [now, change]] : [now, [before, change]];
      out.push(definedPartition(total, parts, claims, down ? '上年 = 本年 + 减少额' : '本年 = 上年 + 增加额', si));
    });
  });
  return out;
}
