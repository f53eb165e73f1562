// Two named amounts and the gap between them, the gap written with both names:
//   `本地居民生产总值…至4536亿元。…本地生产总值为4364亿元。…本地居民生产总值较本地生产总值多172亿元`
// 4536 = 4364 + 172. Read only when each name (its core, after the last 的) ends the indicator of exactly one
// level of the gap's unit stated earlier in the paragraph, the two levels differ, and the gap is a plain
// figure: the larger = the smaller + the gap (definedPartition), held by sum-mismatch.

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { cmp } from '../decimal';
import { GAP_WORD_BEFORE, OUTRUN_WORD, namedComparison, namedOutrun, namesGapOfTwo } from '../cues/bases';

/** How far before a gap the words of `甲高出乙` are looked for (the second name between). */
const OUTRUN_REACH = 16;

/** How many characters of the gap's clause are read for the two names. */
const CLAUSE_WINDOW = 60;

/** The name a comparison gives, without what dates or frames it (`二零零八年第四季的本地居民生产总值` → `本地居民生产总值`). */
function coreOf(name: string): string {
  const cut = name.lastIndexOf('的');
  return (cut >= 0 ? name.slice(cut + 1) : name).replace(/[\s\u3000“”"]/g, '');
}

/** Why two amounts and the gap stated between them make a partition (shown in the finding). */
export const GAP_OF_TWO_REASON = '两者之差：较大者 = 较小者 + 相差的数';

export function namedDifferencePartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    const text = sentence.text;
    // Most sentences compare nothing by name: one cheap test first.
    for (const gap of placed[si] ?? []) {
      // (The gap's word right before it first: most figures have none, and are passed over before any clause is read.)
      const wordBefore = GAP_WORD_BEFORE.test(text.slice(Math.max(0, gap.start - 4), gap.start));
      if ((!wordBefore && !OUTRUN_WORD.test(text.slice(Math.max(0, gap.start - OUTRUN_REACH), gap.start))) || !isPoint(gap.q)) continue;
      const from = Math.max(0, gap.start - CLAUSE_WINDOW);
      const before = text.slice(from, gap.start);
      const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf('。')) + 1);
      // `江苏A，广东B，两者仅相差C`: the two amounts of the gap's unit the sentence names before it, and no others.
      if (wordBefore && namesGapOfTwo(clause)) {
        const two = (placed[si] ?? []).filter((p) => p.end <= gap.start && p.q.unit === gap.q.unit && p.q.dimension === gap.q.dimension);
        const [a, b] = two;
        if (two.length !== 2 || a === undefined || b === undefined || !isPoint(a.q) || !isPoint(b.q)) continue;
        const [larger, smaller] = cmp(a.q.value, b.q.value) >= 0 ? [a, b] : [b, a];
        out.push(definedPartition(larger, [smaller, gap], claims, GAP_OF_TWO_REASON, si));
        continue;
      }
      // (`甲高出乙C`: no 比 or 较, the second name right before the gap.)
      const found = wordBefore ? namedComparison(clause) : namedOutrun(clause);
      if (found === undefined) continue;
      const subject = coreOf(found.subject);
      const base = coreOf(found.base);
      // (Two-character names, `贷款比存款多`, are read too: each must still end exactly one level's name.)
      if (subject.length < 2 || base.length < 2 || subject === base) continue;
      const earlier: Placed[] = [];
      for (let k = si; k >= 0 && model.sentences[k]?.paragraph === sentence.paragraph; k--) {
        for (const p of placed[k] ?? []) if (p.q.span.start < gap.q.span.start && p.q.unit === gap.q.unit && isPoint(p.q) && claims.get(p.index)?.kind === 'level') earlier.push(p);
      }
      const named = (core: string): Placed | undefined => {
        const names = earlier.map((p) => (claims.get(p.index)?.indicator ?? '').replace(/[\s\u3000]+/g, ''));
        const hits = earlier.filter((_, k) => names[k]?.endsWith(core) === true);
        if (hits.length > 0) return hits.length === 1 ? hits[0] : undefined;
        // (`甲县实现财政收入A，乙县…B，甲县比乙县多C`: places name the subject that opens each level's name.)
        const opened = earlier.filter((_, k) => names[k]?.startsWith(core) === true);
        return opened.length === 1 ? opened[0] : undefined;
      };
      const a = named(subject);
      const b = named(base);
      if (a === undefined || b === undefined || a === b || a === gap || b === gap) continue;
      const [total, part] = found.up ? [a, b] : [b, a];
      out.push(definedPartition(total, [part, gap], claims, found.up ? '甲 = 乙 + 甲比乙多的数' : '乙 = 甲 + 甲比乙少的数', si));
    }
  });
  return out;
}
