// A 万/亿 slip pinned by a growth: a level, its increment and its growth rate agree once one of the
// two amounts is read with the other multiplier:
//   `总收入完成87.83万元，同比增收18.15亿元，增长26.04%`   (87.83亿元 gives 18.15 ÷ 69.68 = 26.05 %)
//   `税收收入3260万元，增长8.5%，增收255亿元`             (255万元 gives 8.5 %)
// A growth matched after a 10⁴ change is no coincidence. The growth depends on the ratio of the two
// amounts only, so it cannot tell which of them slipped: both readings are offered.

import type { Model } from '../checks/check';
import type { Quantity } from '../types';
import { findIncrements, growthAgrees, type IncrementRelation } from './increments';
import { rewritten } from './sumSlips';
import { perModel } from './perModel';

export interface IncrementSlip {
  relation: IncrementRelation;
  /** Each amount that, read with the other multiplier, makes the growth agree, and how it would be written. */
  readings: { figure: Quantity; corrected: string }[];
}

/** Memoized per model: magnitude-suspect reports the slips, share-mismatch leaves their growths alone. */
export const findIncrementSlips: (model: Model) => IncrementSlip[] = perModel((model) =>
  findIncrements(model).flatMap((rel) => {
    const slip = slipOf(rel);
    return slip ? [slip] : [];
  }),
);

function slipOf(rel: IncrementRelation): IncrementSlip | undefined {
  if (growthAgrees(rel) === true) return undefined;
  const readings: IncrementSlip['readings'] = [];
  for (const figure of [rel.level, rel.increment]) {
    const fixed = rewritten(figure);
    if (!fixed) continue;
    const read: Quantity = { ...figure, text: fixed.text, value: fixed.value };
    const relation = figure === rel.level ? { ...rel, level: read } : { ...rel, increment: read };
    if (growthAgrees(relation) === true) readings.push({ figure, corrected: fixed.text });
  }
  return readings.length > 0 ? { relation: rel, readings } : undefined;
}
