// A budget balance listed under its total with `其中：`:
//   `一般公共预算总收入63.7亿元，其中：本级收入17.0亿元；转移性收入39.0亿元，调入资金5.8亿元，
//    动用预算稳定调节基金0.1亿元；上年结转1.8亿元。`
// A total named as the balance's whole (`总收入`, `收入总计`, `总支出`, cues/breakdowns BALANCE_TOTAL)
// with a list holding at least one item only a balance has (transfers, carried-over funds, the
// stabilisation fund: BALANCE_ITEM) lists the balance: the items may not exceed the total (a
// narrative may leave a small item out, so falling short is not flagged). Only
// the sentence of the total is read, and only figures outside brackets (a bracket breaks one item
// down); a second 其中 inside the list makes it two levels, and it is left alone (precision first).

import type { Model } from '../checks/check';
import type { Claim } from '../types';
import { type Placed, boundedPartition, eachSentence } from './bySentence';
import { isPoint } from './precision';
import { BALANCE_ITEM, BALANCE_TOTAL, SUBSET_WORD, bracketDepths, changeBefore, comparisonBase } from '../cues/breakdowns';
import type { Partition } from './partitions';

/** `其中：` with its colon: an explicit list. */
const LISTED = /^其中[：:]/;
/** Fewest items of a balance: a base and two more. */
const MIN_ITEMS = 3;

function isItem(p: Placed, text: string, claims: ReadonlyMap<number, Claim>): boolean {
  if (p.q.dimension !== 'money' || !isPoint(p.q)) return false;
  const kind = claims.get(p.index)?.kind;
  if (kind !== undefined && kind !== 'level') return false;
  const before = text.slice(Math.max(0, p.start - 12), p.start);
  // `为调整预算20亿元的102%`: a plan figure named by a completion rate is no item.
  return !changeBefore(before) && !comparisonBase(before) && text[p.end] !== '的';
}

export function balanceListPartitions(model: Model): Partition[] {
  const out: Partition[] = [];
  eachSentence(model, (text, items, claims, si) => {
    const at = text.indexOf(SUBSET_WORD);
    if (at < 0 || !LISTED.test(text.slice(at, at + 3))) return;
    if (text.indexOf(SUBSET_WORD, at + SUBSET_WORD.length) >= 0) return;
    const total = [...items].reverse().find((p) => p.end <= at);
    if (!total || !isItem(total, text, claims)) return;
    // The total's name ends right before its figure (`一般公共预算总收入63.69亿元`).
    const name = text.slice(Math.max(0, total.start - 12), total.start).replace(/[\s\u3000]+$/, '');
    if (!BALANCE_TOTAL.test(name)) return;
    // Only the comma, the colon and 其中 stand between the total and its list.
    if (!/^[\s\u3000，,]*$/.test(text.slice(total.end, at))) return;
    const listText = text.slice(at);
    if (!BALANCE_ITEM.test(listText)) return;
    const depth = bracketDepths(text);
    const listed = items.filter((p) => p.start > at && depth[p.start] === 0 && p.q.dimension === 'money');
    const parts = listed.filter((p) => isItem(p, text, claims));
    // Any other amount at the list's level (a change, a base) leaves the list unclear: silence.
    if (parts.length < MIN_ITEMS || parts.length !== listed.length || parts.some((p) => p.q.unit !== total.q.unit)) return;
    out.push(boundedPartition(total, parts, claims, '其中：所列收支各项', si));
  });
  return out;
}
