// Two years' amounts side by side, then the change and its rate:
//   `生产成本：2014年为490.96元/亩，2013年为447.52元/亩，增加43.44元/亩，上升幅度为9.71%`
// The later year's amount = the earlier one's ± the change (a complete partition that sum-mismatch holds),
// and the rate is the change over the earlier year's amount (an increment relation on that base).
// Read only when the three amounts follow each other in one unit, each year is written right before
// its amount, and a change word stands right before the third. Years may be relative
// (`補助去年還有A、今年剩下B，縮水C`), never one written and one relative.

import type { Model } from '../checks/check';
import type { Partition } from './partition';
import type { IncrementRelation } from './increments';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { perModel } from './perModel';
import { RELATIVE_YEARS, YEAR_BEFORE_AMOUNT } from '../cues/periods';

/** A year's words as a number: a written year, or an offset from the year written in. */
function yearOf(words: string): { at: number; relative: boolean } | undefined {
  const offset = RELATIVE_YEARS.get(words);
  if (offset !== undefined) return { at: offset, relative: true };
  const written = /^((?:19|20)[0-9]{2})年$/.exec(words)?.[1];
  return written === undefined ? undefined : { at: Number(written), relative: false };
}

/** What stands between the first amount and the second year (`，`, `、`). */
const BETWEEN_YEARS = /^[，,；;、][\s\u3000]*$/;
/** The change word right before the third amount (`，增加`, `，减少了`, `，上涨`, `，縮水`, `，也掉了`). */
const CHANGE_WORD = /^[，,][\s\u3000]*(?:也|共)?(增加|增长|上升|上涨|上漲|提高|减少|減少|下降|降低|下跌|缩水|縮水|掉|少|多)了?$/;
/** The rate's words right before it (`，上升幅度为`, `，下降幅度为`, `，涨幅为`, `，增长`). */
const RATE_WORDS = /^[，,][\s\u3000]*(?:(?:上升|下降|增长|增長|减少|減少|上涨|上漲|下跌|提高|降低)(?:幅度)?|[涨漲跌降增减減]幅)(?:[为為]|[达達])?$/;
const DOWN = /减少|減少|下降|降低|下跌|缩水|縮水|掉|少/;

interface YearPair {
  later: Placed;
  earlier: Placed;
  change: Placed;
  rate?: Placed;
  down: boolean;
  sentence: number;
}

const findYearPairs: (model: Model) => YearPair[] = perModel((model) => {
  const placed = quantitiesBySentence(model);
  const out: YearPair[] = [];
  model.sentences.forEach((sentence, si) => {
    const items = placed[si] ?? [];
    // Three amounts at least; most sentences hold fewer or name no year twice.
    if (items.length < 3) return;
    const text = sentence.text;
    for (let i = 0; i + 2 < items.length; i++) {
      const [first, second, change] = [items[i], items[i + 1], items[i + 2]];
      if (!first || !second || !change) continue;
      if (![second, change].every((p) => p.q.unit === first.q.unit && p.q.dimension === first.q.dimension) || ![first, second, change].every((p) => isPoint(p.q))) continue;
      if (first.q.dimension === 'percent' || first.q.dimension === 'pp') continue;
      const w1 = YEAR_BEFORE_AMOUNT.exec(text.slice(Math.max(0, first.start - 8), first.start))?.[1];
      const gap = text.slice(first.end, second.start);
      const m2 = YEAR_BEFORE_AMOUNT.exec(gap);
      const w2 = m2?.[1];
      if (w1 === undefined || w2 === undefined || m2 === null) continue;
      const y1 = yearOf(w1);
      const y2 = yearOf(w2);
      // Two years of one kind (both written or both relative), different, the second right after a pause.
      if (y1 === undefined || y2 === undefined || y1.relative !== y2.relative || y1.at === y2.at || !BETWEEN_YEARS.test(gap.slice(0, m2.index))) continue;
      const verb = CHANGE_WORD.exec(text.slice(second.end, change.start))?.[1];
      if (verb === undefined) continue;
      const [later, earlier] = y1.at > y2.at ? [first, second] : [second, first];
      const next = items[i + 3];
      const rate = next !== undefined && next.q.dimension === 'percent' && isPoint(next.q) && RATE_WORDS.test(text.slice(change.end, next.start)) ? next : undefined;
      out.push({ later, earlier, change, ...(rate ? { rate } : {}), down: DOWN.test(verb), sentence: si });
    }
  });
  return out;
});

/** Later = earlier + change (up) or earlier = later + change (down). */
export function yearPairPartitions(model: Model): Partition[] {
  const claims = claimsByQuantity(model);
  return findYearPairs(model).map((y) =>
    y.down
      ? definedPartition(y.earlier, [y.later, y.change], claims, '前一年 = 后一年 + 减少额', y.sentence)
      : definedPartition(y.later, [y.earlier, y.change], claims, '后一年 = 前一年 + 增加额', y.sentence),
  );
}

/** The rate over the earlier year's amount. */
export function yearPairIncrements(model: Model): IncrementRelation[] {
  const claims = claimsByQuantity(model);
  return findYearPairs(model).flatMap((y) =>
    y.rate === undefined
      ? []
      : [{ level: y.earlier.q, growth: y.rate.q, increment: y.change.q, direction: y.down ? ('down' as const) : ('up' as const), name: claims.get(y.later.index)?.indicator ?? '', levelIsBase: true }],
  );
}
