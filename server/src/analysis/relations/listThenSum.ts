// A balance's items listed in one sentence and their sum opening the next:
//   `…收入总计35.9亿元；完成一般公共预算支出32.8亿元，上解支出0.4亿元，债务还本支出2.0亿元，
//    结转下年支出0.7亿元。支出合计35.9亿元，收支平衡。`
// The sum word names the side (收入/支出 合计/总计), the list is the last clause group of the sentence
// before (after its last `；` or `：`), it opens with the side's own amount (named with the side's
// word, not a transfer) and holds at least one item only a balance lists (上解, 债务还本, 结转下年 …:
// cues/breakdowns BALANCE_ITEM). A narrative may leave an item out, so the items are held only to
// not exceeding the sum (boundedPartition), as in the same-sentence form (balances.ts).

import type { Model } from '../checks/check';
import type { Claim } from '../types';
import { type Placed, boundedPartition, claimsByQuantity, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { BALANCE_ITEM, bracketDepths, changeBefore, comparisonBase, namesSubset } from '../cues/breakdowns';
import type { Partition } from './partitions';

/** `支出合计`, `收入总计为` opening a sentence: the sum of the list before it. */
const SUM_OPENS = /^[\s\u3000]*(?:全年|全县|全区|全市)?(收入|支出)(?:合计|总计)(?:为|达)?[\s\u3000]*$/;
/** What opens the clause group a list stands in. */
const GROUP_OPENS = '；;：:';

function isItem(p: Placed, text: string, claims: ReadonlyMap<number, Claim>): boolean {
  if (p.q.dimension !== 'money' || !isPoint(p.q)) return false;
  const kind = claims.get(p.index)?.kind;
  if (kind !== undefined && kind !== 'level') return false;
  const before = text.slice(Math.max(0, p.start - 20), p.start);
  return !changeBefore(before) && !comparisonBase(before) && text[p.end] !== '的';
}

export function listThenSumPartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    const total = placed[si]?.[0];
    if (total === undefined || si === 0) return;
    const opening = SUM_OPENS.exec(sentence.text.slice(0, total.start));
    if (!opening || !isItem(total, sentence.text, claims)) return;
    const side = opening[1] ?? '';
    const prev = model.sentences[si - 1];
    const prevItems = placed[si - 1];
    if (!prev || !prevItems || prev.paragraph !== sentence.paragraph) return;
    const text = prev.text;
    let groupStart = text.length;
    while (groupStart > 0 && !GROUP_OPENS.includes(text[groupStart - 1]!)) groupStart--;
    const depth = bracketDepths(text);
    const inside = prevItems.filter((p) => p.start >= groupStart && depth[p.start] === 0 && p.q.dimension === 'money');
    if (inside.length < 2 || inside.some((p) => !isItem(p, text, claims) || p.q.unit !== total.q.unit)) return;
    const labels = inside.map((p, i) => text.slice(inside[i - 1]?.end ?? groupStart, p.start));
    if (labels.some((l) => namesSubset(l) || comparisonBase(l.slice(-20)))) return;
    const first = labels[0] ?? '';
    if (!first.includes(side) || BALANCE_ITEM.test(first) || !labels.slice(1).some((l) => BALANCE_ITEM.test(l))) return;
    out.push(boundedPartition(total, inside, claims, '所列收支各项…合计', si));
  });
  return out;
}
