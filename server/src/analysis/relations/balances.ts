// Budget balance sentences: a base amount, `加上` the other sources or uses, then their total.
//   `本级收入23.9亿元，增长4%，加上：上级补助收入31.8亿元、调入资金9.8亿元，收入总计65.5亿元`
//   `本级支出62.3亿元，加上上解支出3.3亿元、年终结余0.5亿元（其中：本级0.1亿元），支出总计66.1亿元`
// By definition the 总计 is the base plus every listed item, so the set is complete. Figures in
// brackets break an item down (they are not further items), and changes or percentages are no
// items. Only a base in the same sentence is read (precision first).

import type { Model } from '../checks/check';
import type { Claim } from '../types';
import { type Placed, boundedPartition, claimsByQuantity, definedPartition, eachSentence, quantitiesBySentence } from './bySentence';
import { isPoint, tolerance } from './precision';
import { add, abs, cmp, sub, type Decimal } from '../decimal';
import { BALANCE_ITEM, BALANCE_TOTAL, LEFT_OVER, SUBSET_WORD, bracketDepths, changeBefore, comparisonBase, namesSubset, opensSubset } from '../cues/breakdowns';
import type { Partition } from './partitions';
import { namesFundPartOnly, withoutSharedFundPart } from '../cues/flows';

/** `加上：`, `加上`: the other items follow. A bare 加 opening a clause (`支出70.8亿元，加债务还本支出3亿元，…`)
 * too, never a verb that starts with it (`加大`, `加快`, `加强`). */
// (Global: a sentence may settle two balances, `收入A，加上…后，总收入T；支出B，加上…后，总支出U`; read with matchAll.)
const PLUS_WORD = /加上[：:]?|(?<=[，,；;])[\s\u3000]*加(?![上大快强紧速工班入重剧深码盟油倍])[：:]?/g;

/** Words that take an item away inside a 加上 list (`减去`, `扣除`, `减：`). */
const MINUS_ITEM = /减去|扣除|[，,、；;]减[：:]?(?=[^，,；;。\d]{2,})/;

/** The most balances one sentence is read for. */
const MAX_BALANCES = 4;
/** A piece of a balance's list named as an item of its own (`调入资金`, `上年结转`). */
const ITEM_NAME = /收入|支出|资金|结[转余]|基金|补助|债|款|返还/;
/** `收入总计`, `支出总计为`, `合计`, `收入总量为`, `可用财力为`: the total follows. */
// (`加上上级补助收入B、…后，全市一般公共预算总收入T`: after a 加上 list the total named 总收入 or 总支出 is its sum too.)
const SUM_WORD = /(?:(?:收入|支出)?(?:总计|合计)|(?:收入|支出)总量|可用(?:财力|资金)|总(?:收入|支出))(?:为|达)?/;

function item(p: Placed, text: string, claims: ReadonlyMap<number, Claim>): boolean {
  if (p.q.dimension !== 'money' || !isPoint(p.q)) return false;
  const kind = claims.get(p.index)?.kind;
  if (kind !== undefined && kind !== 'level') return false;
  return !changeBefore(text.slice(Math.max(0, p.start - 6), p.start));
}

/**
 * True when a listed item between `from` and `to` (split at 、，；和及 outside brackets; the last piece, which
 * holds the sum's own name, aside) names no amount
 * (`调入资金和上年结转等`), or the list closes with 等: the items written do not make the sum.
 */
function unpricedItem(text: string, from: number, to: number, depth: readonly number[]): boolean {
  let start = from;
  // The clause that holds the sum word names the sum (`，全市国有资本经营收入总计…`): no item.
  for (let i = from; i < to; i++) {
    const c = text[i] ?? '';
    if ((depth[i] ?? 0) > 0 || !/[、，,；;和及]/.test(c)) continue;
    const piece = text.slice(start, i).replace(/^[\s\u3000：:]+|[\s\u3000]+$/g, '');
    // (`中央及市级转移支付A`: a 和 or 及 inside one item's name; only a piece named as an item is one.)
    if (piece !== '' && !/[0-9０-９]/.test(piece) && (!/[和及]/.test(c) || ITEM_NAME.test(piece)) && !groupedWithNext(text, i, to, c)) return true;
    start = i + 1;
  }
  return /等[\s\u3000，,]*$/.test(text.slice(from, to));
}

/** Names joined under one amount by 等 (`上年结转收入、调入资金、动用预算稳定调节基金等A`), up to the next clause (`返还性收入、一般性转移支付等各项转移性收入A`: the group named after 等). */
const GROUPED_AMOUNT = /^[^0-9０-９，,；;]*等[^0-9０-９，,；;、]{0,10}[0-9０-９]/;

/** A name joined by 和 or 及 to the one before it, the two under one amount (`税收返还和补助收入A`). */
const JOINED_AMOUNT = /^[^0-9０-９，,；;、]*[0-9０-９]/;

/**
 * True when the name before `at` shares the amount of its clause with the names after it: `A、B等X`
 * (names joined under 等), `A和B收入X` (one item named by two words). No unpriced item then.
 */
function groupedWithNext(text: string, at: number, to: number, mark: string): boolean {
  const rest = text.slice(at + 1, to);
  return mark === '、' ? GROUPED_AMOUNT.test(rest) : JOINED_AMOUNT.test(rest);
}

/** `收入总计`, `支出总量为`: the explicit sum of a balance (合计 may close any list). */
const EXPLICIT_SUM = /(?:收入|支出)(?:总计|总量|合计)(?:为|达)?/;
/** Marks that open the clause group a listed balance stands in. */
/** What opens a clause group, tested one UTF-16 unit at a time as the group's start is walked back to. */
const GROUP_OPENS = '；;：:。';

/**
 * `收入：国有资本经营预算收入完成A，上级补助收入B，上年结余C，收入总计T`: a balance listed without
 * 加上, held to not exceeding its sum (a narrative may leave an item out) when its sum word names the balance (收入总计, 支出总量) and at least one item
 * is one only a balance lists (上级补助, 上年结余 …, cues/breakdowns.ts), while the first is not.
 */
function listedBalance(text: string, items: Placed[], claims: ReadonlyMap<number, Claim>, si: number): Partition | undefined {
  const sumAt = EXPLICIT_SUM.exec(text);
  if (!sumAt) return undefined;
  const sumStart = sumAt.index;
  const sumEnd = sumStart + sumAt[0].length;
  const total = items.find((p) => p.start >= sumEnd && p.start <= sumEnd + 2);
  if (!total || !item(total, text, claims)) return undefined;
  let groupStart = sumStart;
  while (groupStart > 0 && !GROUP_OPENS.includes(text[groupStart - 1]!)) groupStart--;
  const depth = bracketDepths(text);
  // Rates and growths between the amounts (`为预算的110.5%，增长3.1%`) are no items.
  const inside = items.filter((p) => p.start >= groupStart && p.end <= sumStart && depth[p.start] === 0 && p.q.dimension === 'money');
  if (inside.length < 2 || inside.some((p) => !item(p, text, claims) || p.q.unit !== total.q.unit)) return undefined;
  // `支出5.0亿元，完成预算4.6亿元的108.7%，…`: a plan amount in the list is no item of the outcome.
  const stage = claims.get(total.index)?.stage;
  if (inside.some((p) => claims.get(p.index)?.stage !== stage)) return undefined;
  const labels = inside.map((p, i) => text.slice(inside[i - 1]?.end ?? groupStart, p.start));
  if (labels.some((l) => namesSubset(l) || comparisonBase(l.slice(-20))) || !labels.some((l) => BALANCE_ITEM.test(l))) return undefined;
  // The base (the own revenue or spending) opens the list; a list that opens with a transfer or a
  // debt item goes on from a base elsewhere (`…支出402.2亿元。债务还本支出…，支出总计…`).
  if (BALANCE_ITEM.test(labels[0] ?? '')) return undefined;
  return boundedPartition(total, afterSubtotal(inside), claims, '所列收支各项…总计', si);
}

export function balancePartitions(model: Model): Partition[] {
  const out: Partition[] = [];
  eachSentence(model, (text, items, claims, si) => {
    // Either form needs a total and two more amounts (base and item, or two items): most sentences
    // hold fewer, and are passed over before any pattern is run.
    if (items.length < 3) return;
    const pluses = [...text.matchAll(PLUS_WORD)].slice(0, MAX_BALANCES);
    if (pluses.length === 0) {
      const listed = listedBalance(text, items, claims, si);
      if (listed) out.push(listed);
      return;
    }
    for (const [k, plus] of pluses.entries()) {
      // (A 其中 before an earlier 加上 breaks down that balance's items, not this one's base.)
      const read = plusBalance(text, items, claims, si, plus.index, plus.index + plus[0].length, k > 0 ? (pluses[k - 1]?.index ?? 0) : 0);
      if (read !== undefined && !out.some((p) => p.total.index === read.total.index)) out.push(read);
    }
  });
  return out;
}

/** The balance a 加上 at `plusAt` (its word ending at `afterPlus`) settles: base + items = the total named after them. */
function plusBalance(text: string, items: Placed[], claims: ReadonlyMap<number, Claim>, si: number, plusAt: number, afterPlus: number, previousPlus: number): Partition | undefined {
  const sumAt = SUM_WORD.exec(text.slice(afterPlus));
  if (!sumAt) return undefined;
  const sumStart = afterPlus + sumAt.index;
  const sumEnd = sumStart + sumAt[0].length;
  const total = items.find((p) => p.start >= sumEnd && p.start <= sumEnd + 2);
  // The base is this year's amount, not the comparison figure after it (`…比上年决算数14.94亿元增长3.0%，加上…`).
  // Nor a figure in brackets (`收入245.2亿元（含市拨专款54.5亿元），加上…`): it is named in passing.
  const depth = bracketDepths(text);
  // `收入A，其中：税收B；非税C；加上…`: the base is the figure the 其中 list breaks down, not its last part.
  const subsetAt = text.lastIndexOf(SUBSET_WORD, plusAt);
  // (Not a bracketed 其中, `加上级补助收入B（其中：…）`: it breaks down an item of its own.)
  const baseEnd = subsetAt >= 0 && subsetAt > previousPlus && (depth[subsetAt] ?? 0) === 0 ? subsetAt : plusAt;
  const base = [...items].reverse().find((p) => p.end <= baseEnd && depth[p.start] === 0 && item(p, text, claims) && !comparisonBase(text.slice(Math.max(0, p.start - 20), p.start)));
  if (!total || !base || !item(total, text, claims) || base.q.unit !== total.q.unit) return undefined;
  // The base must stand in the clause group just before 加上 (no 。/； between), or close the `；` clause that
  // 加上 opens the next one after (`地方收入完成A，增长g%，同口径增长h%；加上中央补助B，…，收入合计T`).
  const between = text.slice(base.end, baseEnd);
  // (Only a base whose clause group opens the sentence: after `税收收入A；非税收入B；` the base is neither.)
  if (/[；;]/.test(between) && !(baseEnd === plusAt && /^[^；;]*[；;][\s\u3000]*$/.test(between) && !/[；;]/.test(text.slice(0, base.start)))) return undefined;
  // `长债A，短债B，加计支付C，合计T`: another amount listed beside the base in its clause group makes the
  // base the whole run or the last item alone; which one is not written (when in doubt, silence). (Only before
  // the sentence's first 加上: a later one starts from the subtotal the earlier balance closed with.)
  const groupStart = Math.max(text.lastIndexOf('；', base.start), text.lastIndexOf(';', base.start), 0);
  if (previousPlus === 0 && items.some((p) => p.end <= base.start && p.start >= groupStart && depth[p.start] === 0 && p.q.unit === base.q.unit && item(p, text, claims) && !comparisonBase(text.slice(Math.max(0, p.start - 20), p.start)))) return undefined;
  // `加上…，减去债务还本支出C，总收入T`: an item taken away is no item added (the sum is not read here).
  if (MINUS_ITEM.test(text.slice(afterPlus, sumStart))) return undefined;
  const inside = items.filter((p) => p.start >= afterPlus && p.end <= sumStart);
  if (inside.some((p) => depth[p.start] === 0 && p.q.dimension === 'money' && !item(p, text, claims))) return undefined;
  // `加上级转移支付收入1884万元，其中：一般转移支付收入1478万元…，上年结转结余60万元`: an item after 其中
  // breaks down the item before it and is no further item.
  const listed = inside.filter((p, i) => depth[p.start] === 0 && item(p, text, claims) && !namesSubset(text.slice(inside[i - 1]?.end ?? afterPlus, p.start)));
  if (listed.length === 0 || listed.some((p) => p.q.unit !== total.q.unit)) return undefined;
  // `加上级补助收入A、调入资金和上年结转等，收入总计T`: items named without their amounts leave the sum unknown.
  if (unpricedItem(text, afterPlus, sumStart, depth)) return undefined;
  const parts = afterSubtotal([base, ...listed]);
  // `可用财力` may take in more than the items named (a narrative leaves some out): held to not exceeding.
  return /可用/.test(sumAt[0]) ? boundedPartition(total, parts, claims, '加上…可用财力', si) : definedPartition(total, parts, claims, '加上…总计', si);
}

/**
 * `收入A，加上级补助B，转贷收入C，全县一般预算总收入T1，加上年结余D…，收入总计T2`: a subtotal in
 * the list (T1 = A + B + C) starts the balance again from it; the items before it are in T1.
 */
function afterSubtotal(parts: Placed[]): Placed[] {
  let start = 0;
  let running: Decimal | undefined;
  let tol: Decimal | undefined;
  for (let j = 0; j < parts.length; j++) {
    const p = parts[j];
    if (!p) continue;
    if (running !== undefined && tol !== undefined && j - start >= 2 && cmp(abs(sub(running, p.q.value)), add(tol, tolerance(p.q))) <= 0) {
      start = j;
      running = p.q.value;
      tol = tolerance(p.q);
      continue;
    }
    running = running === undefined ? p.q.value : add(running, p.q.value);
    tol = tol === undefined ? tolerance(p.q) : add(tol, tolerance(p.q));
  }
  return parts.slice(start);
}


/** `收入总计441038万元`, `支出总计为…`: only the explicit sums of a balance (合计 may close any list). */
const BALANCE_SUM = /(?:收入|支出)(?:总计|总量)(?:为|达)?$/;
/** A sentence that opens with 加上 written out (`加上：`, `再加上`). */
const PLUS_OPENS = /^[\s\u3000]*(?:再)?加上[：:]?/;
/** The sum's own words right before its figure, back to the clause mark (`，收入总量为`). */
const BALANCE_SUM_BEFORE = /[^，,；;]*(?:收入|支出)(?:总计|总量)(?:为|达)?[\s\u3000]*$/;
/** A sentence that goes on from the base of the sentence before it. */
const GOES_ON = /^[\s\u3000]*(?:加上|加)/;

/**
 * A balance whose base closes the sentence before it (`…本级收入32044万元，增长6.7%。加上转移性收入…，
 * 债务收入47060万元，收入总计441038万元。`, or the uses side without 加上: `…本级支出397114万元。
 * 债务还本支出16223万元，上解支出10800万元…，支出总计414288万元。`). Precision first: the sentence
 * before holds exactly one amount (the base), this one opens with 加上 or with an item only a
 * balance lists, and a run of items that adds up to the item before it is that item's breakdown
 * (`转移性收入A，其中上级补助B、调入资金C`), not further items. A narrative may leave small items out,
 * so the items are held only to not exceeding the total (boundedPartition).
 */
export function carriedBalancePartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    // No total without a figure: passed over before the sentences around are read.
    if ((placed[si]?.length ?? 0) === 0) return;
    // `…收入完成214304万元。其中：税收…；非税…。加上级补助收入…，收入总计…`: a 其中 sentence between
    // breaks the base down; the base is in the sentence before it.
    const back = baseDistance(model, si);
    const prev = model.sentences[si - back];
    const items = placed[si];
    const prevItems = placed[si - back];
    if (!prev || !items || !prevItems || prev.paragraph !== sentence.paragraph) return;
    const text = sentence.text;
    const total = items.at(-1);
    if (!total || !BALANCE_SUM.test(text.slice(Math.max(0, total.start - 8), total.start)) || !item(total, text, claims)) return;
    if (!GOES_ON.test(text) && !BALANCE_ITEM.test(text.slice(0, items[0]?.start ?? 0))) return;
    // (`加上…；减去调出资金C，…收入总计T`: an item taken away is no item added; the signed sum is not read here.)
    if (MINUS_ITEM.test(text.slice(0, total.start))) return;
    const bases = prevItems.filter((p) => p.q.dimension === 'money' && item(p, prev.text, claims) && !comparisonBase(prev.text.slice(Math.max(0, p.start - 20), p.start)));
    const base = bases[0];
    if (bases.length !== 1 || !base || base.q.unit !== total.q.unit) return;
    const depth = bracketDepths(text);
    const inside = items.filter((p) => p !== total && depth[p.start] === 0 && p.q.dimension === 'money');
    if (inside.length === 0 || inside.some((p) => !item(p, text, claims) || p.q.unit !== total.q.unit)) return;
    // What is left over (`年终结转结余`) may or may not be among the uses: left out.
    const kept = withoutBreakdowns(inside);
    const listedItems = kept.filter((p) => !LEFT_OVER.test(text.slice(Math.max(0, p.start - 12), p.start).replace(/[\s\u3000]+$/, '')));
    // `…收入A。加上B、C、D，收入总量为T`: with 加上 written out and every item priced, the total is by
    // definition the base and the items (as in one sentence, balancePartitions), so falling short shows too.
    const plus = PLUS_OPENS.exec(text);
    const sumStart = total.start - (BALANCE_SUM_BEFORE.exec(text.slice(0, total.start))?.[0].length ?? 0);
    const whole = plus !== null && listedItems.length === kept.length && !unpricedItem(text, plus[0].length, sumStart, depth);
    out.push((whole ? definedPartition : boundedPartition)(total, [base, ...listedItems], claims, '上句本级数与所列各项', si));
  });
  return out;
}

/** How far back a 其中 sentence and what goes on from it may stand between a base and its 加上. */
const SUBSET_REACH = 2;

/**
 * How many sentences back the base of sentence `si` stands: 1, or the sentence before a 其中 sentence
 * that breaks it down (`…收入完成A。其中：税收B。非税C。加上…`), with at most one sentence going on from the
 * 其中 (its other part) between, all in one paragraph. A sentence between that names the other side of the
 * balance (支出 before an income total's 加上) is no part of the breakdown: the base is then right before.
 */
function baseDistance(model: Model, si: number): number {
  const paragraph = model.sentences[si]?.paragraph;
  const side = /支出(?:总计|总量)/.test(model.sentences[si]?.text ?? '') ? '收入' : '支出';
  for (let b = 1; b <= SUBSET_REACH; b++) {
    const s = model.sentences[si - b];
    if (!s || s.paragraph !== paragraph || model.sentences[si - b - 1]?.paragraph !== paragraph) return 1;
    if (opensSubset(s.text)) return b + 1;
    if (s.text.includes(side)) return 1;
  }
  return 1;
}

/** Drops every run of items that adds up to the item right before it: its breakdown. */
function withoutBreakdowns(items: Placed[]): Placed[] {
  const out: Placed[] = [];
  let i = 0;
  while (i < items.length) {
    const head = items[i];
    if (!head) break;
    out.push(head);
    let run: Decimal | undefined;
    let tol = tolerance(head.q);
    let end = -1;
    for (let j = i + 1; j < items.length; j++) {
      const x = items[j];
      if (!x) break;
      run = run === undefined ? x.q.value : add(run, x.q.value);
      tol = add(tol, tolerance(x.q));
      if (j > i + 1 && cmp(abs(sub(run, head.q.value)), tol) <= 0) {
        end = j;
        break;
      }
      if (cmp(run, head.q.value) > 0) break;
    }
    i = end >= 0 ? end + 1 : i + 1;
  }
  return out;
}

/** `收支相抵，年终结余11.94亿元`, `收支相抵后，结转下年…`: what is left of the year's totals. */
// (`全年收支相抵，一般公共预算结余C`: the budget named again before its balance. `预算总收入减去支出，…结余C`:
// the subtraction said in words.)
// (`收支相抵后，结转结余120亿元`: the balance carried over, named both ways.)
const SETTLED = /(?:收支相抵后?|总?收入减去(?:总?支出)?)[，,]?(?:一般公共预算|政府性基金预算|国有资本经营预算)?(?:年终|当年|本年)?(?:滚存)?(?:(?:结转)?结余|结转下年(?:支出|使用)?|结转)[为达]?$/;
const INCOME_TOTAL = /收入/;
const SPENDING_TOTAL = /支出/;

/**
 * `…总收入164.47亿元。…；…总支出153.81亿元，…。收支相抵，年终结余10.66亿元`: income total = spending
 * total + what is left, by definition. The two totals are the last ones named before the balance in
 * its paragraph (named as a balance's whole: cues/breakdowns BALANCE_TOTAL).
 */
/** A fund named in the sentence (a fund's income has no transfers besides). */
const FUND_WORD = /基金|公益金/;
const PLAIN_INCOME = /(?:^|[，,；;：:\s\u3000]|[0-9０-９]年|基金|公益金)收入(?:[为為]|[达達])?$/;
const PLAIN_SPENDING = /(?:^|[，,；;：:\s\u3000]|安排|基金|公益金)支出(?:[为為]|[达達])?$/;

/**
 * The one plain income and the one plain spending before `left` in a fund's sentence, the income the
 * larger (a settlement that leaves something over), else nothing.
 */
function fundFlowsBefore(text: string, items: readonly Placed[], left: Placed): { income?: Placed; spending?: Placed } {
  if (!FUND_WORD.test(text)) return {};
  const before = items.filter((p) => p.end <= left.start && p.q.dimension === 'money' && isPoint(p.q));
  const named = (re: RegExp): Placed[] => before.filter((p) => re.test(text.slice(Math.max(0, p.start - 8), p.start).replace(/[\s\u3000]+$/, '')));
  const incomes = named(PLAIN_INCOME);
  const spendings = named(PLAIN_SPENDING);
  const income = incomes[0];
  const spending = spendings[0];
  if (incomes.length !== 1 || spendings.length !== 1 || income === undefined || spending === undefined) return {};
  return cmp(income.q.value, spending.q.value) > 0 && income.start < spending.start ? { income, spending } : {};
}

/** A budget's plain spending (`一般公共预算支出`, `。支出`): its name right before the figure. */
const PLAIN_BUDGET_SPENDING = /(?:^|[，,；;。\s\u3000]|预算)支出(?:完成)?(?:[为為]|[达達])?$/;

/**
 * `…，一般公共预算总收入A。一般公共预算支出B，下降8.5%。（预算总收入减去支出，|全年收支相抵，）一般公共预算
 * 结余C`: a budget's income total, then its plain spending and nothing else, then the balance. With no
 * other amount between them (a 上解 or 还本 would be spent too) the balance is the total less the spending.
 * Only the balance's sentence and the one before are read.
 */
function plainSpendingBefore(model: Model, placed: readonly (readonly Placed[])[], si: number, left: Placed): { income?: Placed; spending?: Placed } {
  // The amounts before the balance, last first: the spending (changes and rates are passed over), then the income.
  const money: { p: Placed; text: string }[] = [];
  for (let k = si; k >= si - 2 && k >= 0; k--) {
    const s = model.sentences[k];
    if (!s || s.paragraph !== model.sentences[si]?.paragraph) break;
    for (const p of [...(placed[k] ?? [])].reverse()) {
      if (k === si && p.start >= left.start) continue;
      if (p.q.dimension !== 'money' || changeBefore(s.text.slice(Math.max(0, p.start - 6), p.start))) continue;
      money.push({ p, text: s.text });
      if (money.length === 2) break;
    }
    if (money.length === 2) break;
  }
  const [spend, inc] = money;
  if (spend === undefined || inc === undefined || !isPoint(spend.p.q) || !isPoint(inc.p.q)) return {};
  const nameOf = (m: { p: Placed; text: string }): string => m.text.slice(Math.max(0, m.p.start - 10), m.p.start).replace(/[\s\u3000]+$/, '');
  if (!PLAIN_BUDGET_SPENDING.test(nameOf(spend)) || !/总收入(?:[为為]|[达達]|完成)?$/.test(nameOf(inc))) return {};
  // (Spending over the income total leaves a negative balance: the figures disagree, and the check says so.)
  return { income: inc.p, spending: spend.p };
}

/** A use of a budget's resources, by the words of its clause right before its amount (`上解上级支出`, `安排…基金`). */
const USE_ITEM = /^(?:[^，,；;。、\d]{0,16}支出|[^，,；;。、\d]{0,6}安排[^，,；;。、\d]{0,12}基金|[^，,；;。、\d]{0,12}还本(?:支出)?|上解[^，,；;。、\d]{0,10})(?:[为為]|[达達])?$/;

/**
 * The income total and the uses listed one by one in the sentence before a settlement (`收支相抵，结转下年E`), when that
 * sentence holds only such uses (two or more, each an amount of the settlement's unit) and the sentence before it
 * closes on an income total (`收入总计T`). The settlement's own sentence holds no other amount before it.
 */
function itemizedUsesBefore(model: Model, placed: readonly (readonly Placed[])[], si: number, left: Placed): { income: Placed; uses: Placed[] } | undefined {
  const paragraph = model.sentences[si]?.paragraph;
  if ((placed[si] ?? []).some((p) => p.start < left.start)) return undefined;
  const usesAt = model.sentences[si - 1];
  const incomeAt = model.sentences[si - 2];
  if (!usesAt || !incomeAt || usesAt.paragraph !== paragraph || incomeAt.paragraph !== paragraph) return undefined;
  // (A breakdown or a bracket among the uses may count one of them twice: not read.)
  if (namesSubset(usesAt.text) || /[（(]/.test(usesAt.text)) return undefined;
  const money = (placed[si - 1] ?? []).filter((p) => p.q.dimension === 'money');
  if (money.length < 2 || money.some((p) => !isPoint(p.q) || p.q.unit !== left.q.unit)) return undefined;
  let from = 0;
  for (const p of money) {
    const clause = usesAt.text.slice(from, p.start);
    const words = clause.slice(Math.max(clause.lastIndexOf('，'), clause.lastIndexOf(','), clause.lastIndexOf('；'), clause.lastIndexOf('、')) + 1).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (!USE_ITEM.test(words)) return undefined;
    from = p.end;
  }
  const income = (placed[si - 2] ?? []).at(-1);
  if (!income || income.q.dimension !== 'money' || !isPoint(income.q) || income.q.unit !== left.q.unit) return undefined;
  if (!INCOME_BEFORE.test(incomeAt.text.slice(Math.max(0, income.start - 16), income.start).replace(/[\s\u3000]+$/, ''))) return undefined;
  return { income, uses: money };
}

export function settledBalancePartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    for (const left of placed[si] ?? []) {
      const before = sentence.text.slice(Math.max(0, left.start - 16), left.start).replace(/[\s\u3000]+$/, '');
      if (!SETTLED.test(before) || left.q.dimension !== 'money' || !isPoint(left.q)) continue;
      let income: Placed | undefined;
      let spending: Placed | undefined;
      // Back through the paragraph: the last income total and the last spending total.
      for (let k = si; k >= 0 && (income === undefined || spending === undefined); k--) {
        const s = model.sentences[k];
        if (!s || s.paragraph !== sentence.paragraph) break;
        for (const p of [...(placed[k] ?? [])].reverse()) {
          if (k === si && p.start >= left.start) continue;
          const name = s.text.slice(Math.max(0, p.start - 12), p.start).replace(/[\s\u3000]+$/, '');
          if (!BALANCE_TOTAL.test(name) || p.q.dimension !== 'money' || !isPoint(p.q)) continue;
          if (spending === undefined && SPENDING_TOTAL.test(name)) spending = p;
          else if (income === undefined && INCOME_TOTAL.test(name)) income = p;
        }
      }
      // `中央专项彩票公益金…收入A，安排支出B，收支相抵，结余C`: a fund's plain income and spending right before the
      // settlement in its own sentence, when no balance total names them.
      if (!income || !spending) ({ income, spending } = fundFlowsBefore(sentence.text, placed[si] ?? [], left));
      if (!income || !spending) ({ income, spending } = plainSpendingBefore(model, placed, si, left));
      if (!income || !spending) {
        // `…收入总计T。当年支出A，上解上级支出B，安排预算稳定调节基金C，债务还本支出D。收支相抵，结转下年E`: the uses
        // listed one by one with no total of their own.
        const itemized = itemizedUsesBefore(model, placed, si, left);
        if (itemized !== undefined) out.push(definedPartition(itemized.income, [...itemized.uses, left], claims, '收支相抵', si));
        continue;
      }
      if (income.q.unit !== left.q.unit || spending.q.unit !== left.q.unit) continue;
      out.push(definedPartition(income, [spending, left], claims, '收支相抵', si));
    }
  });
  return out;
}


/**
 * An income total's words right before its figure (`国有资本经营预算收入总计`, `基金收入合计`): a 总计 or
 * 合计, or a social-insurance fund's income (which has no transfers besides). A county's own revenue
 * (`一般公共预算收入A，支出B，年终结余C`) is no such total: transfers fill the gap.
 */
// (`业务收入A，业务支出B，实现增值收益C`: a housing fund's business income less its spending is its net gain.)
// (`收入总量A，支出B，结转下年使用C`: the budget's whole resources, transfers in, said with 总量.)
const INCOME_BEFORE = /(?:收入(?:总计|合计|总量)|(?:社会保险|社保|医疗保险|医保|养老保险)(?:[^，,；;。\d]{0,8})?(?:基金|个人账户|個人賬戶)(?:预算)?总?收入|基金(?:预算)?总收入|业务收入)(?:为|达|完成)?$/;
/** `总收入`, `总收入合计为`: a grand total of income (read only beside a 总支出, see GRAND_SPENDING). */
const GRAND_INCOME = /总收入(?:合计|总计)?(?:为|达|完成)?$/;
/** The spending named as a grand total too (`，总支出`, `；总支出合计`). */
const GRAND_SPENDING = /^[、，,；;][\s\u3000]*总支出/;
/** A plain spending right after it (`、支出`, `，基金支出`): not a 支出总计, which may count the balance. */
const SPENDING_BETWEEN = /^[、，,；;][\s\u3000]*[^\d、，,；;。]{0,8}?支出(?:为|达|完成)?$/;
/** The year's balance after them (`年终结余`, `本年收支结余`); a 滚存 (carried) balance is not. */
// (`当年收支结余`: the year named before 收支.)
// (`年终结转结余`: a budget's balance carried over, of a 总收入 and 总支出 that count last year's balance in.
// Not a department's `年末结转和结余`, whose 总收入 may leave what was carried in out.)
// (`收支相抵结余`: income less spending, said in words.)
// (`本年盈余`, `实现增值收益`: a unit's surplus, a housing fund's net gain; a bare `盈余` after 总收入 and 总支出.)
// (`基金当年结余`: the fund named again before its balance.)
// (`结转下年使用`: what is carried to next year, the year's balance.)
const LEFT_BETWEEN = /^[、，,；;][\s\u3000]*(?:基金)?(?:(?:(?:年终|当年|本年|当期)(?:收支)?|收支(?:相抵后?)?|年终结转)结[余存]|结转下年(?:使用)?|(?:本年|当年)?盈余|(?:实现)?(?:住房公积金)?增值收益)(?:为|达)?$/;
/** A growth written after an amount (`，比上年增长7.6%`): no item, read past. */
const GROWTH_AFTER = /^[，,][\s\u3000]*(?:比上年|比去年|同比|较上年)?(?:增长|下降|增加|减少)[0-9.]+[%％]/;

/**
 * `国有资本经营预算收入总计7148万元、支出7061万元，年终结余87万元`, `社保基金收入合计A、支出B，本年收支
 * 结余C`: the year's balance is income less spending, by definition, when the three stand together.
 */
export function statedBalancePartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    const text = sentence.text;
    // Amounts in brackets say what one amount holds (`（其中：保费收入909万元）`): no terms of the balance.
    const depth = /[（(]/.test(text) ? bracketDepths(text) : undefined;
    const items = (placed[si] ?? []).filter((p) => p.q.dimension === 'money' && isPoint(p.q) && (depth?.[p.start] ?? 0) === 0);
    // `基金总收入A，增长g%，基金总支出B，增长h%。基金当期结存C`: the year's balance may open the next
    // sentence of the paragraph (a year before it aside).
    const next = model.sentences[si + 1];
    const nextFirst = next !== undefined && next.paragraph === sentence.paragraph ? (placed[si + 1] ?? []).find((p) => p.q.dimension === 'money' && isPoint(p.q)) : undefined;
    const leftOpensNext = nextFirst !== undefined && next !== undefined && LEFT_OPENS.test(withoutYear(next.text.slice(0, nextFirst.start)));
    for (let i = 0; i + 1 < items.length; i++) {
      const [income, spending] = [items[i], items[i + 1]];
      const inSentence = items[i + 2];
      const left = inSentence ?? (i + 2 === items.length && leftOpensNext ? nextFirst : undefined);
      if (!income || !spending || !left || income.q.unit !== spending.q.unit || spending.q.unit !== left.q.unit) continue;
      const between = withoutAsides(text.slice(income.end, spending.start)).replace(GROWTH_AFTER, '');
      // `总收入A，总支出B，年终结转结余C`: a grand total of income beside a grand total of spending counts
      // transfers on both sides, so the balance is their difference too.
      const before = withoutAsides(text.slice(Math.max(0, income.start - 40), income.start)).slice(-16);
      if (!INCOME_BEFORE.test(before) && !(GRAND_INCOME.test(before) && GRAND_SPENDING.test(between))) continue;
      // `收入合计55.6亿元，支出合计49.1亿元，年终结余6.5亿元`: a 支出合计 equal to the income counts the
      // balance among its uses; one that differs from it leaves the balance out, so the three add up.
      const spendingTotal = /总计|合计|总额/.test(between);
      if (!SPENDING_BETWEEN.test(between.replace(/(?:总计|合计|总额)(?=(?:为|达|完成)?$)/, '')) || (spendingTotal && !/(?:总计|合计)(?:为|达|完成)?$/.test(between))) continue;
      if (spendingTotal && equalWithin(income, spending)) continue;
      // (`医保统筹基金收入A；统筹基金支出B；统筹基金当期结存C`: the fund part named again before each term.)
      if (inSentence !== undefined && !LEFT_BETWEEN.test(withoutYear(withoutSharedFundPart(withoutAsides(text.slice(spending.end, left.start)), before).replace(GROWTH_AFTER, '')))) continue;
      // (`基金总收入A，基金总支出B。统筹基金当期结存C`: the pooled fund's balance leaves the personal accounts out.)
      const leftWords = inSentence !== undefined ? text.slice(spending.end, left.start) : next?.text.slice(0, left.start) ?? '';
      if (namesFundPartOnly(leftWords, before)) continue;
      // Only rates may follow the spending (`，分别比上年增长6.7%、13.9%。`): no other amount, no balance of its own.
      if (inSentence === undefined && /[0-9０-９]|结[余存]/.test(withoutAsides(text.slice(spending.end)).replace(/[0-9.]+[%％]/g, ''))) continue;
      out.push(definedPartition(income, [spending, left], claims, '收支结余', si));
    }
  });
  return out;
}

/**
 * The words between two amounts without their bracketed asides (`（其中：保费收入909万元）`, `（为上缴上级…）`):
 * what one amount holds or is for is no word of the balance.
 */
function withoutAsides(words: string): string {
  return words.replace(/[（(][^（()）]*[）)]/g, '');
}

/** Words with a year that opens their clause taken out (`，2024年当年结余` → `，当年结余`). */
function withoutYear(words: string): string {
  return words.replace(/(^|[，,；;])[\s\u3000]*(?:19|20)\d\d年[，,]?/, '$1');
}

/** Two amounts equal within the rounding of both. */
function equalWithin(a: Placed, b: Placed): boolean {
  return cmp(abs(sub(a.q.value, b.q.value)), add(tolerance(a.q), tolerance(b.q))) <= 0;
}

/** A spending that opens its sentence (`全市国有资本经营支出75.7亿元`): no 总计, no other figure before it. */
const SPENDING_OPENS = /^[^\d，,；;。：:]{0,24}支出(?:为|达|完成)?$/;
/** The year's balance that opens its sentence (`全市国有资本经营预算执行当年结余3.3亿元`); a 滚存 balance is not. */
const LEFT_OPENS = /^[^\d，,；;。：:]{0,24}(?:年终|当年|本年(?:收支)?|当期|收支)结[余存](?:为|达)?$/;
/** Uses of an income other than its spending and balance (transfers out, repayments). */
const OTHER_USE = /调出|調出|上解|还本|還本|补助下级|補助下級/;
/** How many sentences after the spending the year's balance may stand (its breakdown may come between). */
const LEFT_WITHIN = 4;

/**
 * `…国有资本经营收入总计79亿元。国有资本经营支出75.7亿元。国有资本经营预算执行当年结余3.3亿元`: the
 * income total closing one sentence, the spending opening the next and the year's balance opening a
 * later one of the paragraph are the three of a balance (statedBalancePartitions) told sentence by
 * sentence. The spending and the balance must name what the income total names (国有资本经营).
 */
export function sequentialBalancePartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  const money = (k: number): Placed[] => (placed[k] ?? []).filter((p) => p.q.dimension === 'money' && isPoint(p.q));
  model.sentences.forEach((sentence, si) => {
    // Most sentences name no income total: one cheap test first.
    if (!sentence.text.includes('收入')) return;
    const income = money(si).at(-1);
    const next = model.sentences[si + 1];
    if (!income || !next || next.paragraph !== sentence.paragraph) return;
    const incomeWords = sentence.text.slice(Math.max(0, income.start - 24), income.start);
    if (!INCOME_BEFORE.test(incomeWords)) return;
    const spending = money(si + 1)[0];
    if (!spending || spending.q.unit !== income.q.unit || !SPENDING_OPENS.test(next.text.slice(0, spending.start))) return;
    const fund = fundName(incomeWords);
    if (fund === undefined || !next.text.slice(0, spending.start).includes(fund)) return;
    // A transfer out besides the spending (`调出资金…`) is another use of the income: no three-term balance.
    if (OTHER_USE.test(next.text)) return;
    for (let k = si + 2; k <= si + 1 + LEFT_WITHIN; k++) {
      const s = model.sentences[k];
      if (!s || s.paragraph !== sentence.paragraph) return;
      if (OTHER_USE.test(s.text.slice(0, money(k)[0]?.start ?? s.text.length))) return;
      const left = money(k)[0];
      const before = left ? s.text.slice(0, left.start).replace(/^[\s\u3000]*(?:19|20)\d\d年[，,]?/, '') : '';
      if (!left || !LEFT_OPENS.test(before)) continue;
      // (`…基金预算支出B，为预算的98.9%。当期结余C`: a bare balance opening the very next sentence is the fund's.)
      const bare = k === si + 2 && /^[\s\u3000]*(?:年终|当年|本年|当期)(?:收支)?结[余存](?:为|达)?$/.test(before);
      if (left.q.unit === income.q.unit && (before.includes(fund) || bare)) out.push(definedPartition(income, [spending, left], claims, '收支结余', k));
      return;
    }
  });
  return out;
}

/**
 * The fund an income total names (`国有资本经营`, `社会保险基金`), the words its siblings must repeat. Not
 * 政府性基金, whose income also pays the debt and the transfers out.
 */
function fundName(words: string): string | undefined {
  return /(国有资本经营|國有資本經營|社会保险基金|社保基金)/.exec(words)?.[1];
}
