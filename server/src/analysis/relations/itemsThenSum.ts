// Items listed clause by clause and their sum closing the list in the same sentence:
//   `建厂房及配套设施12.08万元；购买变压器一套18.8万元；购置电锅炉一台6.75万元；增设发酵池3.2万元；
//    共计40.83万元，…`
// Every `；` clause of the list, from the sentence's start (or its last colon) to the sum word,
// states exactly one amount of the sum's unit, none of them a change, a plan or a 其中 part: the sum
// word (共计, 合计, 总计) then adds up just these, so the list is complete (definedPartition).

import type { Model } from '../checks/check';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { perModel } from './perModel';
import { bracketDepths, changeBefore, comparisonBase, namesSubset } from '../cues/breakdowns';
import { ADDED_SUM, JOINED_LIST_SUM, LIST_SUM, addsToClauseBefore, joinsListItems } from '../cues/lists';
import type { Partition } from './partitions';
import { ADDITIVE_DIMENSIONS } from './dimensions';

export const itemsThenSumPartitions: (model: Model) => Partition[] = perModel(computeItemsThenSum);

function computeItemsThenSum(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    const items = placed[si];
    const text = sentence.text;
    if (items === undefined || items.length < 3) return;
    items.forEach((total, t) => {
      if (t < 2 || !ADDITIVE_DIMENSIONS.has(total.q.dimension) || !isPoint(total.q)) return;
      const window = text.slice(Math.max(0, total.start - 14), total.start);
      const listSum = LIST_SUM.exec(window) ?? JOINED_LIST_SUM.exec(window);
      const addedOnly = listSum === null;
      const sumWords = listSum ?? ADDED_SUM.exec(window);
      if (!sumWords) return;
      const joinedOnly = !addedOnly && LIST_SUM.exec(window) === null;
      const listEnd = total.start - sumWords[0].length;
      // The list starts at the sentence's start or its last colon before the sum.
      const colon = Math.max(text.lastIndexOf('：', listEnd), text.lastIndexOf(':', listEnd));
      const listStart = colon + 1;
      // (A list with no `；` is told with `，`: `支出A，上解B，…，安排合计T`, every clause then one amount, after any
      // lead-in clauses that hold no figure at all.)
      const bySemicolon = splitClauses(text, listStart, listEnd);
      const listed = bySemicolon.length >= 2 ? bySemicolon : withoutLeadIns(items, splitClauses(text, listStart, listEnd, '，,'));
      // (`…销售A，收缴B，加上结转C，共计T`: the sum starts at the clause 加上 adds to.)
      let adding = -1;
      listed.forEach(([from, to], k) => {
        if (k > 0 && addsToClauseBefore(text.slice(from, to))) adding = k;
      });
      // (A bare 共 sums only the clause 加上 opened, right before it, and the one it adds to.)
      if (addedOnly && (adding < 1 || adding !== listed.length - 1)) return;
      const clauses = adding > 0 ? listed.slice(adding - 1) : listed;
      const depth = bracketDepths(text);
      // (`追加歲入部份，包含A53.07億元、B20.01億元及C54.66億元，總額127.74億元`: the items joined in one clause.)
      // (Also in the last `；` clause: `追加歲入…，總額A；追加歲出部份，包含B、C及D，總額E`.)
      const lastSemi = bySemicolon[bySemicolon.length - 1];
      const own = lastSemi === undefined ? [] : withoutLeadIns(items, splitClauses(text, lastSemi[0], listEnd, '，,'));
      const lastClause = own[0];
      if (own.length === 1 && lastClause !== undefined) {
        const joined = joinedItems(text, items, lastClause, total, depth);
        if (joined !== undefined) {
          out.push(definedPartition(total, joined, claims, '所列各项…共计', si));
          return;
        }
      }
      if (clauses.length < 2 || joinedOnly) return;
      const parts: Placed[] = [];
      for (const [from, to] of clauses) {
        const inClause = items.filter((p) => p.start >= from && p.end <= to && depth[p.start] === 0);
        const same = inClause.filter((p) => p.q.unit === total.q.unit);
        // One amount of the sum's unit per clause, and no other amount of its dimension.
        if (same.length !== 1 || inClause.some((p) => p !== same[0] && p.q.dimension === total.q.dimension)) return;
        const p = same[0]!;
        const before = text.slice(Math.max(from, p.start - 20), p.start);
        if (!isPoint(p.q) || changeBefore(before) || comparisonBase(before) || namesSubset(text.slice(from, p.start)) || text[p.end] === '的') return;
        parts.push(p);
      }
      out.push(definedPartition(total, parts, claims, '所列各项…共计', si));
    });
  });
  return out;
}

/** The clauses of [from, to) cut at `separators` (`；` by default: a list is told with semicolons, one item per clause). */
function splitClauses(text: string, from: number, to: number, separators = '；;'): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    // (`30,161万元`: a comma between digit groups is part of the figure.)
    if (text[i] === ',' && /[0-9]/.test(text[i - 1] ?? '') && /^[0-9]{3}(?![0-9])/.test(text.slice(i + 1, i + 5))) continue;
    if (separators.includes(text[i] ?? '')) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  if (to > start && text.slice(start, to).trim() !== '') out.push([start, to]);
  return out;
}

/** The clauses from the first that holds a figure: lead-ins (`2023年，`, `经批准，`) name no item. */
function withoutLeadIns(items: readonly Placed[], clauses: [number, number][]): [number, number][] {
  const first = clauses.findIndex(([from, to]) => items.some((p) => p.start >= from && p.end <= to));
  return first < 0 ? [] : clauses.slice(first);
}

/**
 * The amounts of one clause joined as a list (two or more, each after the one before with only a name and one list
 * mark between), none a change or a comparison; undefined when the clause is no such list.
 */
function joinedItems(text: string, items: readonly Placed[], [from, to]: [number, number], total: Placed, depth: readonly number[]): Placed[] | undefined {
  const inClause = items.filter((p) => p.start >= from && p.end <= to && depth[p.start] === 0);
  if (inClause.length < 2 || inClause.some((p) => p.q.unit !== total.q.unit || !isPoint(p.q))) return undefined;
  for (let k = 0; k < inClause.length; k++) {
    const p = inClause[k]!;
    const before = text.slice(Math.max(from, p.start - 20), p.start);
    if (changeBefore(before) || comparisonBase(before) || namesSubset(text.slice(from, p.start)) || text[p.end] === '的') return undefined;
    const prev = inClause[k - 1];
    if (prev !== undefined && !joinsListItems(text.slice(prev.end, p.start))) return undefined;
  }
  // Nothing but the last item's name after the list's last figure before the sum words.
  const last = inClause[inClause.length - 1]!;
  return /^[\s\u3000]*$/.test(text.slice(last.end, to)) ? inClause : undefined;
}

