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
import { quantitiesBySentence } from './bySentence';
import { tolerance } from './precision';

/** True when another figure of the total's unit, in the parts' sentence or the one before, equals their sum. */
export function sumStatedElsewhere(model: Model, p: Partition, s: Decimal, tol: Decimal): boolean {
  if (p.parts.length < 2) return false;
  const placed = quantitiesBySentence(model);
  const taken = new Set([p.total.index, ...p.parts.map((x) => x.index)]);
  for (const si of [p.sentence - 1, p.sentence]) {
    for (const x of placed[si] ?? []) {
      if (taken.has(x.index) || x.q.unit !== p.total.q.unit) continue;
      if (cmp(abs(sub(x.q.value, s)), add(tol, tolerance(x.q))) <= 0) return true;
    }
  }
  return false;
}
