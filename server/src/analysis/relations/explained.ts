// A mismatch that the text itself explains as a misreading of its structure, not as an error in
// it: the parts add up exactly to another figure stated next to them (`总收入13763万元，其中…本级
// 收入6213万元。其中税收收入3880万元，非税收入2333万元`), so they break that figure down, not the
// total the engine paired them with. sum-mismatch asks this before it speaks about a list of two or
// more parts (a lone part above its total is wrong whatever else the sentence states).
//
// Tried and dropped: "the parts exceed the total by exactly one part (a subtotal counted twice)".
// A part mistyped by a 万/亿 slip or a wrong digit produces the same signature, and on real text it
// lost 29 injected slips for no false alarm saved.

import type { Model } from '../checks/check';
import { type Decimal, abs, add, cmp, sub } from '../decimal';
import type { Partition } from './partition';
import { claimsByQuantity, quantitiesBySentence } from './bySentence';
import { tolerance } from './precision';
import { commonSuffix } from './partNames';

/** True when another figure of the total's unit, in the parts' sentence or the one before, equals their sum. */
// (`2023年末常住人口36.32万人，城镇人口…，乡村人口…。2022年末常住人口36.3万人，城镇人口…，乡村人口…`: a figure of the
// sentence before that its own complete list already breaks down is that year's total, not this sum stated
// again; `others` are the partitions found, to tell them.)
export function sumStatedElsewhere(model: Model, p: Partition, s: Decimal, tol: Decimal, others: readonly Partition[] = []): boolean {
  if (p.parts.length < 2) return false;
  const placed = quantitiesBySentence(model);
  const taken = new Set([p.total.index, ...p.parts.map((x) => x.index)]);
  const brokenDownBefore = new Set(others.filter((q) => q !== p && q.complete && q.sentence === p.sentence - 1).map((q) => q.total.index));
  for (const si of [p.sentence - 1, p.sentence]) {
    for (const x of placed[si] ?? []) {
      if (taken.has(x.index) || x.q.unit !== p.total.q.unit || brokenDownBefore.has(x.index)) continue;
      // (`货运量突破4亿吨…。货运量41768万吨，其中…`: a bound the whole crossed states no sum; its wide rounding would
      // take in any slip of the parts.)
      if (x.q.qualifier === 'atLeast' || x.q.qualifier === 'atMost') continue;
      if (cmp(abs(sub(x.q.value, s)), add(tol, tolerance(x.q))) <= 0) return true;
    }
  }
  return false;
}

/** A figure named as a whole (`总人口`, `总户数`, `…合计`, `共…`; the 共 of 公共 is none). */
const WHOLE_NAME = /[总總]|合[计計]|(?<!公)共/;

/**
 * True when the total's sentence states, before the total, another figure of its unit named as a
 * whole that holds every part (`总人口38628人，流动人口12416人，其中非农业人口3098人，少数民族人口
 * 17842人`): the 其中 may break down that wider figure; which one is not written.
 */
export function widerTotalBefore(model: Model, p: Partition): boolean {
  const claims = claimsByQuantity(model);
  const largest = p.parts.reduce<Decimal | undefined>((m, x) => (m === undefined || cmp(x.q.value, m) > 0 ? x.q.value : m), undefined);
  if (largest === undefined) return false;
  const placed = quantitiesBySentence(model);
  for (const si of [p.sentence, p.sentence - 1]) {
    const items = placed[si] ?? [];
    if (!items.some((x) => x.index === p.total.index)) continue;
    const text = model.sentences[si]?.text ?? '';
    const totalName = claims.get(p.total.index)?.indicator ?? '';
    return items.some((x) => {
      if (x.index >= p.total.index || x.q.unit !== p.total.q.unit) return false;
      // In the total's own `；` clause, and named with the same measure (`总人口` / `流动人口`).
      if (/[；;]/.test(text.slice(x.end, Math.max(x.end, p.total.start)))) return false;
      const name = claims.get(x.index)?.indicator ?? '';
      return WHOLE_NAME.test(name) && !WHOLE_NAME.test(totalName) && commonSuffix(name, totalName) >= 2 && cmp(x.q.value, largest) >= 0;
    });
  }
  return false;
}
