// Births, deaths and the natural increase of a population, by definition:
//   `全年出生人口4292人，出生率8.78‰；死亡人口2515人，死亡率5.14‰；自然增长人口1777人`
// births = deaths + natural increase. Read only when the three counts stand in one sentence, each
// named right before its figure (`出生人口`, `死亡人数`, `自然增长人口`; a `自然减少` is not read).

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';

// (`以出生人数的84700人减去死亡人数的41200人计算`: the count named with 的 before it.)
const BIRTHS = /出生(?:人口|人数)?(?:为|达|的)?$/;
const DEATHS = /死亡(?:人口|人数)?(?:为|达|的)?$/;
const NATURAL = /自然增长(?:人口|人数)?(?:为|达)?$/;

/** The words right before a figure, spaces removed (PDF text splits `人 口`). */
function nameBefore(text: string, p: Placed): string {
  return text.slice(Math.max(0, p.start - 12), p.start).replace(/[\s\u3000]+/g, '');
}

export function vitalPartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    const people = (placed[si] ?? []).filter((p) => p.q.unit === '人' && isPoint(p.q));
    if (people.length === 0) return;
    const pick = (re: RegExp): Placed | undefined => {
      const found = people.filter((p) => re.test(nameBefore(sentence.text, p)));
      return found.length === 1 ? found[0] : undefined;
    };
    const births = pick(BIRTHS);
    const deaths = pick(DEATHS);
    const natural = pick(NATURAL);
    if (births && deaths && natural) out.push(definedPartition(births, [deaths, natural], claims, '出生 = 死亡 + 自然增长', si));
  });
  return out;
}
