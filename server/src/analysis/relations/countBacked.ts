// A 其中 list whose items each count their members, when the counts add up to the total's count:
//   `开复工项目35个，完成投资12.6亿元，其中新开工项目28个、完成投资8.1亿元，复工项目7个、完成投资3.9亿元`
// 28 + 7 = 35: the items are all the projects, so their amounts make up the total's amount as well
// (12.0 ≠ 12.6). Read only when the total and every item give one count right before an amount of the same
// measure (the same words between count and amount: `完成投资` under `完成投资`, never `总投资` under `完成投资`),
// all counts in one unit, in the total's sentence (or the items in the sentence right after it).

import type { Model } from '../checks/check';
import type { Partition } from './partition';
import { type Placed, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { toPlain } from '../decimal';

/** The words between a count and its amount, without separators and verbs of being (`，完成投资`, `、投资`). */
function measureBetween(text: string, count: Placed, amount: Placed): string | undefined {
  const between = text.slice(count.end, amount.start);
  if (/[；;。]/.test(between)) return undefined;
  const words = between.replace(/[\s\u3000，,、：:]/g, '').replace(/(?:[为為]|[达達]到?)$/, '');
  // (A count followed straight by its amount, `28个8.1亿元`, names no measure: too loose to compare.)
  return words.length >= 2 && words.length <= 8 && !/[0-9０-９]/.test(words) ? words : undefined;
}

/**
 * A project list's funding named several ways: `项目总投资`, `总资金`, `投资`, `资金规模` are one amount (what the
 * projects cost), never what was done of it (`完成投资` keeps its own name).
 */
function measureClass(measure: string): string {
  const bare = measure.replace(/^(?:项目|項目)+/, '').replace(/[总總]/g, '');
  return /^(?:投资|投資|资金|資金)(?:规模|規模)?$/.test(bare) ? '投资' : measure;
}

/** Counts of projects in 个 and in 项 count one thing. */
function countUnit(unit: string): string {
  return /^(?:个|個|项|項)$/.test(unit) ? '个' : unit;
}

/** The count right before an amount in its clause run (no other amount between them). */
function countBefore(items: readonly Placed[], amount: Placed): Placed | undefined {
  const k = items.indexOf(amount);
  const prev = k > 0 ? items[k - 1] : undefined;
  return prev !== undefined && prev.q.dimension === 'count' && isPoint(prev.q) ? prev : undefined;
}

export function countBacked(model: Model, p: Partition): Partition | undefined {
  if (p.complete || !p.subset || p.parts.length < 2) return undefined;
  const placed = quantitiesBySentence(model);
  const items = placed[p.sentence];
  const sentence = model.sentences[p.sentence];
  if (items === undefined || sentence === undefined) return undefined;
  const text = sentence.text;
  // (`…共审批项目15个，总投资2188亿元。包括交通项目8个，总投资1877亿元，…`: the total may close the sentence before, in
  // the same paragraph.)
  const before = model.sentences[p.sentence - 1];
  const inBefore = !items.includes(p.total) && before !== undefined && before.paragraph === sentence.paragraph && (placed[p.sentence - 1] ?? []).includes(p.total);
  if (!items.includes(p.total) && !inBefore) return undefined;
  const totalItems = inBefore ? (placed[p.sentence - 1] ?? []) : items;
  const totalText = inBefore && before !== undefined ? before.text : text;
  const totalCount = countBefore(totalItems, p.total);
  if (totalCount === undefined) return undefined;
  const written = measureBetween(totalText, totalCount, p.total);
  if (written === undefined) return undefined;
  const measure = measureClass(written);
  let sum = 0n;
  for (const part of p.parts) {
    const c = countBefore(items, part);
    if (c === undefined || countUnit(c.q.unit) !== countUnit(totalCount.q.unit) || (!inBefore && c.start < totalCount.end)) return undefined;
    const own = measureBetween(text, c, part);
    if (own === undefined || measureClass(own) !== measure) return undefined;
    const v = integerOf(c);
    if (v === undefined) return undefined;
    sum += v;
  }
  const total = integerOf(totalCount);
  return total !== undefined && sum === total ? { ...p, complete: true, reason: `${measure}（各项个数之和等于总数）` } : undefined;
}

/** A count's whole value, or undefined when it has a fraction. */
function integerOf(c: Placed): bigint | undefined {
  const s = toPlain(c.q.value);
  return /^-?[0-9]+$/.test(s) ? BigInt(s) : undefined;
}
