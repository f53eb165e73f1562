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
import { type Placed, boundedPartition, definedPartition, eachSentence, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { cmp, dec, mul, sum } from '../decimal';
import { BALANCE_ITEM, BALANCE_TOTAL, LEFT_OVER, SUBSET_WORD, bracketDepths, changeBefore, comparisonBase, opensSubsetList } from '../cues/breakdowns';
import type { Partition } from './partitions';

/** `收入总计`, `支出合计为`, `收入总量`: a balance's total named as the explicit sum of its items. */
const EXPLICIT_SUM = /(?:收入|支出)(?:总计|合计|总量)[为达]?$/;

/** Fewest items of a balance: its own revenue and the transfers. */
const MIN_ITEMS = 2;

function isItem(p: Placed, text: string, claims: ReadonlyMap<number, Claim>): boolean {
  if (p.q.dimension !== 'money' || !isPoint(p.q)) return false;
  const kind = claims.get(p.index)?.kind;
  if (kind !== undefined && kind !== 'level') return false;
  const before = text.slice(Math.max(0, p.start - 20), p.start);
  // `为调整预算20亿元的102%`: a plan figure named by a completion rate is no item.
  return !changeBefore(before) && !comparisonBase(before) && text[p.end] !== '的';
}

export function balanceListPartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const out: Partition[] = [];
  // Lists read as whole sums (总计 to the end of the sentence), kept apart until the writer's style is known.
  const wholes: { figure: Placed; parts: Placed[]; si: number; claims: ReadonlyMap<number, Claim> }[] = [];
  eachSentence(model, (text, items, claims, si) => {
    // The parts are this sentence's figures: with fewer than MIN_ITEMS there is no list to read.
    if (items.length < MIN_ITEMS) return;
    // Each `其中：` of the sentence: `总收入A，其中：…；总支出B，其中：…` lists two balances.
    for (let at = text.indexOf(SUBSET_WORD); at >= 0; at = text.indexOf(SUBSET_WORD, at + SUBSET_WORD.length)) {
      if (!opensSubsetList(text.slice(at, at + 3))) continue;
      const total = totalBefore(model, placed, si, at);
      if (!total) continue;
      const { figure, text: totalText } = total;
      // The list runs to the next total of a balance (or the end of the sentence).
      const next = items.find((p) => p.start > at && BALANCE_TOTAL.test(nameBefore(text, p)));
      const end = next ? next.start : text.length;
      const listText = text.slice(at, end);
      if (!BALANCE_ITEM.test(listText) || listText.indexOf(SUBSET_WORD, SUBSET_WORD.length) >= 0) continue;
      const depth = bracketDepths(text);
      const listed = items.filter((p) => p.start > at && p.end <= end && (next === undefined || p !== next) && depth[p.start] === 0 && p.q.dimension === 'money');
      // The next total's own figure closes the list; a total named before it is no item either.
      // What is left over (`年末结余`) may or may not be among the uses: left out (cues/breakdowns LEFT_OVER).
      const inList = listed.filter((p) => !BALANCE_TOTAL.test(nameBefore(text, p)) && !LEFT_OVER.test(nameBefore(text, p)));
      const parts = inList.filter((p) => isItem(p, text, claims));
      // Any other amount at the list's level (a change, a base) leaves the list unclear: silence.
      if (parts.length < MIN_ITEMS || parts.length !== inList.length || parts.some((p) => p.q.unit !== figure.q.unit)) continue;
      if (!isItem(figure, totalText, claims)) continue;
      // `收入总计T。其中：本级收入A，上级补助收入B，动用预算稳定调节基金C。`: a total named as the explicit sum
      // (总计, 合计, 总量) whose list runs to the end of its sentence with every item priced is that sum.
      // (The sentence must be closed: a text cut off mid-list, `…上解1782万元，为调整预算的`, lists part of it.)
      const explicitSum = EXPLICIT_SUM.test(nameBefore(totalText, figure)) && next === undefined && /[。！？!?][\s\u3000]*$/.test(text) && !/等[\s\u3000]*[。；;]?$/.test(listText) && !/等[^0-9０-９]{0,4}$/.test(listText);
      // `总收入T，其中：当年收入A，…；转移支付收入B，调入资金、动用预算稳定调节基金及上年结转收入等C。`: a list closed by
      // an item that lumps the remaining sources together (two or more named, then 等) leaves nothing out.
      const last = parts[parts.length - 1];
      const lumpedRest = next === undefined && last !== undefined && /[。！？!?][\s\u3000]*$/.test(text) && LUMPED_REST.test(clauseBefore(text, last)) && /^[^0-9０-９]*$/.test(text.slice(last.end));
      if (explicitSum && !lumpedRest) wholes.push({ figure, parts, si, claims });
      else out.push((lumpedRest ? definedPartition : boundedPartition)(figure, parts, claims, '其中：所列收支各项', si));
    }
  });
  // `…支出总计2179亿元，其中：…支出1140亿元，结转下年支出52亿元。`: when one such list of the document falls far
  // short of its 总计, the writer lists only the main items under 其中, and none of the lists is read as whole.
  const partial = wholes.some((w) => farShort(w.figure, w.parts));
  for (const w of wholes) out.push((partial ? boundedPartition : definedPartition)(w.figure, w.parts, w.claims, '其中：所列收支各项', w.si));
  return out;
}

/** How much of a total its listed items may miss before the list is plainly a selection (a tenth). */
const FAR_SHORT_SHARE = dec(9, 1);

/** True when the items add up to less than nine tenths of the total. */
function farShort(total: Placed, parts: readonly Placed[]): boolean {
  return cmp(sum(parts.map((p) => p.q.value)), mul(total.q.value, FAR_SHORT_SHARE)) < 0;
}

/** An item named as several sources lumped together (`调入资金、动用预算稳定调节基金及上年结转收入等`). */
const LUMPED_REST = /[、][^，,；;。：:0-9０-９]*等$/;

/** The words of a figure's clause before it (from the last `，`, `；` or `：`). */
function clauseBefore(text: string, p: Placed): string {
  const head = text.slice(0, p.start);
  const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf('；'), head.lastIndexOf('：'), head.lastIndexOf(';'), head.lastIndexOf(':'));
  return head.slice(cut + 1).replace(/[\s\u3000]+$/, '').replace(/(?:[为為]|[达達])$/, '');
}

/** The words right before a figure (its name). */
function nameBefore(text: string, p: Placed): string {
  return text.slice(Math.max(0, p.start - 12), p.start).replace(/[\s\u3000]+$/, '');
}

/**
 * The total a `其中：` at `at` lists: the figure right before it, with only a comma between, named as a
 * balance's whole (`一般公共预算总收入63.69亿元，其中：`); or, when the 其中 opens its sentence, the figure
 * that closes the sentence before it in the paragraph (`…总收入164.47亿元。其中：…`).
 */
function totalBefore(model: Model, placed: Placed[][], si: number, at: number): { figure: Placed; text: string } | undefined {
  const sentence = model.sentences[si];
  if (!sentence) return undefined;
  let text = sentence.text;
  let figure = [...(placed[si] ?? [])].reverse().find((p) => p.end <= at);
  let gap = figure ? text.slice(figure.end, at) : '';
  if (!figure && /^[\s\u3000]*$/.test(text.slice(0, at))) {
    const prev = model.sentences[si - 1];
    if (!prev || prev.paragraph !== sentence.paragraph) return undefined;
    text = prev.text;
    // (`收入总计T，完成调整预算的109.9%，同比增长26.4%。其中：…`: rates after the total are no figures of the list.)
    const prevItems = placed[si - 1] ?? [];
    figure = prevItems.filter((p) => p.q.dimension === 'money').at(-1);
    const ratesOnly = figure !== undefined && prevItems.every((p) => p.start <= (figure?.start ?? 0) || p.q.dimension === 'percent');
    gap = figure && ratesOnly ? '' : 'x';
  }
  if (!figure || !/^[\s\u3000，,。]*$/.test(gap) || !BALANCE_TOTAL.test(nameBefore(text, figure))) return undefined;
  return { figure, text };
}
