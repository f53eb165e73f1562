// This year's amount, last year's and the change, all three written in one clause:
//   `公共安全支出5379万元，比上年同期4917万元增支462万元，增长9.4%`   5379 = 4917 + 462
//   `卫生健康支出14078万元，比上年同期24465万元减支10387万元`       24465 = 14078 + 10387
// Read as a complete partition (the larger amount = the smaller + the change) so that
// sum-mismatch holds the three together. Only money written to the unit, in one unit.

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { definedPartition, eachSentence } from './bySentence';
import { isPoint } from './precision';
import { changeBefore } from '../cues/breakdowns';

/** Last year's amount right after the comparison words (`比上年同期`, `较上年`, `比去年`). */
const LAST_YEAR = /(?:比|较)(?:上年|去年)(?:同期)?(?:决算数?|执行数)?[为是]?$/;
const DOWN = /(减少|下降|减收|减支|降低|少收)[了约近超达]?$/;

export function differencePartitions(model: Model): Partition[] {
  const out: Partition[] = [];
  eachSentence(model, (text, items, claims, si) => {
    if (!/[比较](?:上年|去年)/.test(text)) return;
    for (let i = 0; i + 2 < items.length; i++) {
      const [now, before, change] = [items[i], items[i + 1], items[i + 2]];
      if (!now || !before || !change) continue;
      const money = [now, before, change].every((p) => p.q.dimension === 'money' && isPoint(p.q) && p.q.unit === now.q.unit);
      if (!money) continue;
      if (!LAST_YEAR.test(text.slice(now.end, before.start).replace(/[\s\u3000]+/g, ''))) continue;
      const between = text.slice(before.end, change.start).replace(/[\s\u3000]+/g, '');
      if (!changeBefore(between) || between.length > 6) continue;
      // The clause must be the amount's own: no other clause between this year's and last year's.
      if (/[；;。，,]/.test(text.slice(now.end, before.start))) {
        if (!/^[，,]?(?:比|较)/.test(text.slice(now.end, before.start).trim())) continue;
      }
      const down = DOWN.test(between);
      const [total, parts] = down ? [before, [now, change]] : [now, [before, change]];
      out.push(definedPartition(total, parts, claims, down ? '上年 = 本年 + 减少额' : '本年 = 上年 + 增加额', si));
    }
  });
  return out;
}
