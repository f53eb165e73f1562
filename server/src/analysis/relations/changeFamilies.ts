// A change broken down by the members of a known complete family, every member moving the way the whole does:
//   `总计人口数减少6529人，以男性减少5882人最多，女性减少647人`            6529 = 5882 + 647
//   `外汇基金总资产…较1月底减少1029亿元，其中港元资产减少760亿元，外币资产减少269亿元`
// Read in one sentence: the whole's change, then two or more changes of its unit, each named by a member right
// before its verb; the names make up one complete family (cues/breakdowns familyOf) that fits the words before the
// whole. A member moving the other way (`港元资产则增加37亿元`) makes the sum a signed one, read apart
// (signedChangeFamilies) and held to the whole's signed change by sum-mismatch.

import type { Model } from '../checks/check';
import type { Partition } from './partition';
import { type Placed, definedPartition, eachSentence } from './bySentence';
import { isPoint } from './precision';
import { perModel } from './perModel';
import { ADDITIVE_DIMENSIONS } from './dimensions';
import { familyFitsTotal, familyNotUnder, familyOf, withoutSubsetLead } from '../cues/breakdowns';
import { MEMBER_CHANGE_LEAD, directionAtEnd } from '../cues/changes';
import type { Direction } from '../types';

/** How many characters before a figure its verb (and a 了, 约) may take. */
const VERB_REACH = 6;

/** The direction of the change verb right before a figure (`减少`, `增加了`), if any. */
function verbBefore(text: string, p: Placed): Direction | undefined {
  const words = text.slice(Math.max(0, p.start - VERB_REACH), p.start).replace(/[\s\u3000]+$/, '').replace(/(?:了|约|約)$/, '');
  return directionAtEnd(words);
}

/** The member's name before a part's verb, back to the clause mark (`，以男性`, `，其中港元资产`, `，外币资产则`). */
function memberName(text: string, from: number, p: Placed): string | undefined {
  const clause = text.slice(from, p.start);
  const cut = Math.max(clause.lastIndexOf('，'), clause.lastIndexOf(','), clause.lastIndexOf('；'), clause.lastIndexOf(';'), clause.lastIndexOf('、'));
  const m = MEMBER_CHANGE_LEAD.exec(withoutSubsetLead(clause.slice(cut + 1).trim()));
  return m?.[1];
}

/** A whole's change and its complete family of member changes, as read from one sentence. */
interface FamilyChange {
  partition: Partition;
  /** The whole's direction, and each member's, as the verbs say. */
  direction: Direction;
  directions: Direction[];
}

const familyChanges: (model: Model) => FamilyChange[] = perModel((model) => {
  const out: FamilyChange[] = [];
  eachSentence(model, (text, items, claims, si) => {
    // A whole and two parts at least; most sentences hold fewer changes.
    if (items.length < 3) return;
    for (let i = 0; i + 2 < items.length; i++) {
      const total = items[i]!;
      if (!ADDITIVE_DIMENSIONS.has(total.q.dimension) || !isPoint(total.q)) continue;
      const direction = verbBefore(text, total);
      if (direction === undefined) continue;
      const parts: Placed[] = [];
      const names: string[] = [];
      const directions: Direction[] = [];
      let from = total.end;
      for (let j = i + 1; j < items.length; j++) {
        const p = items[j]!;
        // Rates and shares between the changes (`增加131宗（22.4%）`) are read past.
        if (!ADDITIVE_DIMENSIONS.has(p.q.dimension)) continue;
        if (p.q.unit !== total.q.unit || !isPoint(p.q) || /[。；;]/.test(text.slice(from, p.start))) break;
        const name = memberName(text, from, p);
        const dir = verbBefore(text, p);
        if (name === undefined || dir === undefined) break;
        parts.push(p);
        names.push(name);
        directions.push(dir);
        from = p.end;
      }
      if (parts.length < 2) continue;
      const family = familyOf(names);
      const before = text.slice(0, total.start);
      if (family === undefined || !familyFitsTotal(family, before, names) || familyNotUnder(family, before, names)) continue;
      out.push({ partition: definedPartition(total, parts, claims, family, si), direction, directions });
      return;
    }
  });
  return out;
});

export const changeFamilyPartitions = (model: Model): Partition[] =>
  familyChanges(model)
    .filter((c) => c.directions.every((d) => d === c.direction))
    .map((c) => c.partition);

/** A complete family's changes with their signs (a rise up, a fall down), held to the whole's signed change. */
export interface SignedChangeFamily {
  partition: Partition;
  /** +1 for a rise, −1 for a fall: the whole's, then each member's. */
  totalSign: 1 | -1;
  signs: (1 | -1)[];
}

/**
 * `用水总量减少A，其中，生活用水量增加B，工业用水量增加C，农业用水量减少D，生态补水量增加E`: members moving
 * both ways make a signed sum, −A = B + C − D + E. Kept apart from the plain partitions, which every other
 * reader sums as they stand. Only rises and falls (增加/减少 and the like), never a flat member.
 */
export const signedChangeFamilies = (model: Model): SignedChangeFamily[] =>
  familyChanges(model).flatMap((c) => {
    if (c.directions.every((d) => d === c.direction)) return [];
    const sign = (d: Direction): 1 | -1 | undefined => (d === 'up' ? 1 : d === 'down' ? -1 : undefined);
    const totalSign = sign(c.direction);
    const signs = c.directions.map(sign);
    if (totalSign === undefined || signs.some((x) => x === undefined)) return [];
    return [{ partition: c.partition, totalSign, signs: signs as (1 | -1)[] }];
  });
