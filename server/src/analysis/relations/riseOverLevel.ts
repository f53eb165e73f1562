// A 万/亿 slip shown by a rise larger than its own level:
//   `全国财政收入4157.86万元，比去年同期增加829.58亿元`
// A level that rose over last year by more than itself started below zero: possible for a profit or a
// balance, never by a thousandfold for a revenue or an output. A rise a thousand to ten thousand times
// its level, the two written with different multipliers (万 and 亿), fits under the level once either
// multiplier is read the other way. The pair cannot tell which figure slipped: both readings are offered.
// (With a growth rate the triple tells more: relations/incrementSlips.ts reads that case.)

import type { Model } from '../checks/check';
import type { Quantity } from '../types';
import { cmp, dec, mul } from '../decimal';
import { claimsByQuantity, quantitiesBySentence } from './bySentence';
import { findIncrements } from './increments';
import { isPoint } from './precision';
import { perModel } from './perModel';
import { rewritten } from './sumSlips';
import { RISE_AFTER_LEVEL, SHORT_ASIDE, SIGNED_MEASURE } from '../cues/changes';

export interface RiseOverLevel {
  level: Quantity;
  rise: Quantity;
  /** The level's indicator, for messages. */
  name: string;
  /** Each figure that, read with the other multiplier, puts the rise under the level, and how it would be written. */
  readings: { figure: Quantity; corrected: string }[];
}

const THOUSAND = dec(1000);

/** Memoized per model: read by magnitude-suspect. */
export const findRisesOverLevels: (model: Model) => RiseOverLevel[] = perModel((model) => {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  // A level already read with its growth rate is incrementSlips' to judge.
  const withGrowth = new Set(findIncrements(model).map((r) => r.level));
  const out: RiseOverLevel[] = [];
  model.sentences.forEach((sentence, si) => {
    const items = placed[si] ?? [];
    for (let i = 0; i + 1 < items.length; i++) {
      const level = items[i];
      if (level === undefined) continue;
      const claim = claims.get(level.index);
      if (claim?.kind !== 'level' || SIGNED_MEASURE.test(claim.indicator) || withGrowth.has(level.q)) continue;
      if (level.q.dimension !== 'money' || !isPoint(level.q) || level.q.value.units <= 0n) continue;
      // The rises right after the level, one after another (`比预算增加A，比上年增加B`): three at most.
      let prev = level;
      for (let j = i + 1; j < Math.min(items.length, i + 4); j++) {
        const rise = items[j];
        // (The words between are a few dozen characters at most: a long gap is no such chain.)
        if (rise === undefined || rise.start - prev.end > 60 || !RISE_AFTER_LEVEL.test(sentence.text.slice(prev.end, rise.start).replace(SHORT_ASIDE, '').replace(/[\s\u3000]+/g, ''))) break;
        prev = rise;
        const found = riseOver(level.q, rise.q, claim.indicator);
        if (found) {
          out.push(found);
          break;
        }
      }
    }
  });
  return out;
});

function riseOver(level: Quantity, rise: Quantity, name: string): RiseOverLevel | undefined {
  if (rise.unit !== level.unit || !isPoint(rise) || cmp(rise.value, mul(level.value, THOUSAND)) < 0) return undefined;
  const readings: RiseOverLevel['readings'] = [];
  for (const figure of [level, rise]) {
    const fixed = rewritten(figure);
    if (!fixed) continue;
    const lv = figure === level ? fixed.value : level.value;
    const rv = figure === rise ? fixed.value : rise.value;
    if (cmp(rv, lv) <= 0) readings.push({ figure, corrected: fixed.text });
  }
  return readings.length > 0 ? { level, rise, name, readings } : undefined;
}
