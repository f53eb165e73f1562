// The second and third sectors together, then each on its own in the next sentence (economic census
// bulletins): `全县第二产业和第三产业法人单位从业人员A人，…。第二产业从业人员B人，…；第三产业从业人员C人，…`.
// By definition A = B + C. Read only when the sentence right after the total (or the one after that,
// past a `其中` sentence) opens with the second sector (after a `其中` or not) and names the third, each clause headed by its
// sector and measuring what the total measures (or nothing more), in the total's unit.

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { namesSubset, namesThirdSector, oneSectorHead, secondAndThirdTotal, withoutSubsetLead } from '../cues/breakdowns';

const CLAUSE_BREAK = /[，,；;：:]/;

/** The words from the start of a figure's clause to the figure. */
function headOf(text: string, p: Placed): string {
  let a = p.start;
  while (a > 0 && !CLAUSE_BREAK.test(text[a - 1] ?? '')) a--;
  return text.slice(a, p.start);
}

/** `，其中，` / `，其中：`: nothing but a 其中 between the total and the list. */
function subsetRightAfter(between: string): boolean {
  const rest = between.replace(/^[\s\u3000，,；;]+/, '');
  return namesSubset(rest) && /^[\s\u3000，,：:]*$/.test(withoutSubsetLead(rest));
}

/** Sentences looked at after the total's: the next one, and one more past a breakdown of another cut. */
const LOOK_AHEAD = 2;

export function sectorPairPartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    // Most sentences name no third sector at all: skip them before reading any figure's words.
    if (!namesThirdSector(sentence.text)) return;
    for (const total of placed[si] ?? []) {
      if (!isPoint(total.q)) continue;
      const measure = secondAndThirdTotal(headOf(sentence.text, total));
      if (measure === undefined) continue;
      for (let sj = si; sj <= si + LOOK_AHEAD; sj++) {
        const next = model.sentences[sj];
        if (next === undefined || next.paragraph !== sentence.paragraph) break;
        const firsts = new Map<2 | 3, Placed>();
        let clash = false;
        for (const p of placed[sj] ?? []) {
          if (sj === si && p.start <= total.end) continue;
          const head = oneSectorHead(headOf(next.text, p));
          if (head === undefined) continue;
          // Each part measures what the total does (`从业人员` of `法人单位从业人员`), or names nothing more.
          if (p.q.unit !== total.q.unit || !isPoint(p.q) || !measure.endsWith(head.measure)) {
            clash = true;
            continue;
          }
          if (firsts.has(head.sector)) clash = true;
          firsts.set(head.sector, p);
        }
        const second = firsts.get(2);
        const third = firsts.get(3);
        // A sentence naming no sector (`其中女性…`) is passed over; one naming them otherwise ends the search.
        if (firsts.size === 0 && !clash) continue;
        // Only a sentence that opens with the second sector, and names each sector once.
        // In the total's own sentence, only under a 其中 right after it (`…3120个，其中，第二产业…；第三产业…`).
        const opens =
          sj === si
            ? second !== undefined && subsetRightAfter(next.text.slice(total.end, second.start - headOf(next.text, second).length))
            : /^第?二/.test(withoutSubsetLead(next.text).replace(/^[\s\u3000，,：:]+/, ''));
        if (second !== undefined && third !== undefined && !clash && second.start < third.start && opens) {
          out.push(definedPartition(total, [second, third], claims, '第二/第三产业', sj));
        }
        break;
      }
    }
  });
  return out;
}
