// A total followed by the members of a known complete family, with no breakdown word between:
// `年末常住人口52.3万人，城镇人口21.4万人，乡村人口30.9万人` or `粮食总产量5.1万吨，夏粮1.2万吨，秋粮3.9万吨`.
// The members cover the total by definition, so the list is read as its parts even without 其中.
//
// Read from the text alone (partitions.ts memoizes it per sentence text): the sentence's `；` clauses
// are cut at `，` outside brackets; a clause whose words before its first figure open with a
// comparison or a share (`比上年增加…`, `占…`, `增长…`) goes with the clause before it. A run of
// clauses whose heads are exactly one family's members, right after a clause that holds a figure,
// is the region. Whether that figure is the family's total (named so: `人口`, `粮食`, the members'
// common rest) is decided with the figures (partitionOf); a region that is no complete family under
// a fitting total yields nothing.

import { CLOSE_BRACKET, OPEN_BRACKET, familyOf } from '../cues/breakdowns';
import { continuesItem } from '../cues/lists';
import { monthsLeadLength } from '../cues/periods';

/** A figure and its unit (at most three characters: `万人`, `亿元`, `%`) at the end of a text. */
const FIGURE_END = /[0-9０-９][\s\u3000]*[^\s\u30000-9０-９，,；;、。（）()]{0,3}$/;

/** A figure and its unit closing a bracket at the end of a text (`（33.7亿元）`). */
// (`不过夜旅客( 1,451,703人次 )`: spaces inside the bracket, as Macao's releases write it.)
export const BRACKETED_FIGURE_END = /[（(][ \u3000]?[0-9０-９][0-9０-９.,，]*[^\s\u30000-9０-９.,，；;、。（）()]{0,3}[ \u3000]?[）)]$/;

/** A clause that is only a date lead-in (`到2015年末`, `截至2023年6月底`). */
const DATE_CLAUSE = /^[\s\u3000]*(?:到|截至|截止|至|在)?(?:19|20)\d\d年(?:末|底|初)?(?:[0-9０-９]{1,2}月(?:底|末|[0-9０-９]{1,2}日)?)?[\s\u3000]*$/;

/** Members of a family are 2–4 clauses. */
const MAX_MEMBERS = 4;

interface Clause {
  from: number;
  to: number;
  /** The words before the clause's first figure, trimmed; undefined when it holds no figure. */
  head: string | undefined;
}

function clausesOf(text: string, from: number, to: number, separators = '，,'): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = text[i] ?? '';
    if (i < to && OPEN_BRACKET.test(c)) depth++;
    else if (i < to && CLOSE_BRACKET.test(c) && depth > 0) depth--;
    // `城镇人口21.4万人、乡村人口30.9万人`: a `、` right after a figure and its unit separates items too
    // (a `、` inside a name, `交通运输、仓储和邮政业`, follows no figure).
    // (`购货及佣金支出(502.8亿元)、经营费用(146.4亿元)和员工支出(77.4亿元)`: or right after a bracket holding one.)
    const afterFigure = c === '、' && (FIGURE_END.test(text.slice(Math.max(start, i - 6), i)) || BRACKETED_FIGURE_END.test(text.slice(Math.max(start, i - 20), i)));
    // `再出口（33.7亿元）及本地产品出口（5.0亿元）`: 及, 和 or 与 right after a bracket holding a figure joins two items.
    const afterBracketedFigure = (c === '及' || c === '和' || c === '与' || c === '與') && BRACKETED_FIGURE_END.test(text.slice(Math.max(start, i - 20), i));
    if (i === to || (depth === 0 && (separators.includes(c) || afterFigure || afterBracketedFigure))) {
      // `30,161万元`: a comma between digit groups is part of the figure.
      if (i < to && c === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) continue;
      const body = text.slice(start, i);
      // `到2015年末，男性人口…`: a clause that only says when names no item.
      // (`在前6个月中广东福彩销售A`: the months a clause opens with are no figure of it; its head follows them.)
      const lead = monthsLeadLength(body);
      const found = DATE_CLAUSE.test(body) ? -1 : body.slice(lead).search(/[0-9０-９]/);
      const digit = found < 0 ? -1 : lead + found;
      out.push({ from: start, to: i, head: digit < 0 ? undefined : body.slice(lead, digit).replace(/^[\s\u3000]+/, '').trim() });
      start = i + 1;
    }
  }
  return out;
}

/**
 * The region [from, to) of a family list right after a total's clause, or undefined. Only the first
 * such run of the sentence is read.
 */
export function familyListRegion(text: string): FamilyList | undefined {
  // A sentence that is nothing but the members, clauses cut at `，` and `；` alike.
  const clauses = clausesOf(text, 0, text.length, '，,；;');
  const whole = runIn(text, clauses, true);
  if (whole?.opensSentence) return whole;
  const semicolon = /[；;]/.test(text);
  let clauseStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '；' && text[i] !== ';') continue;
    const found = runIn(text, clausesOf(text, clauseStart, i), false);
    if (found) return found;
    clauseStart = i + 1;
  }
  // `一般公共预算收入A，下降8.5%；税收收入B，下降5.9%；非税收入C，下降12.6%`: the total and each member in
  // a `；` clause of its own (the first member opens its clause; a member beside the total in one clause
  // is no such list).
  const across = semicolon ? runIn(text, clauses, false) : undefined;
  if (across && /[；;]$/.test(text.slice(0, across.from).replace(/[\s\u3000]+$/, ''))) return { ...across, acrossClauses: true };
  return undefined;
}

/**
 * A family list: its offsets, and whether it opens the sentence (`全年粮食播种面积22.1万亩。夏粮播种面积
 * 10.2万亩，…；秋粮播种面积11.9万亩`): then its total is in the sentence before.
 */
export interface FamilyList {
  from: number;
  to: number;
  opensSentence: boolean;
  /** The total stands in an earlier `；` clause of the sentence than the members. */
  acrossClauses?: boolean;
}

function runIn(text: string, clauses: Clause[], first: boolean): FamilyList | undefined {
  // Items: clauses with a figure whose head names something; attached clauses extend the item before.
  const items: { from: number; to: number; head: string }[] = [];
  for (const c of clauses) {
    if (c.head === undefined) {
      // A clause without a figure (`位居全市第一`) ends nothing but names no item either.
      const last = items.at(-1);
      if (last) last.to = c.to;
      continue;
    }
    const last = items.at(-1);
    if (last && continuesItem(c.head)) {
      last.to = c.to;
      continue;
    }
    items.push({ from: c.from, to: c.to, head: c.head });
  }
  for (let start = first ? 0 : 1; start < (first ? 1 : items.length); start++) {
    for (let k = 2; k <= MAX_MEMBERS && start + k <= items.length; k++) {
      const run = items.slice(start, start + k);
      const family = familyOf(run.map((r) => r.head));
      if (family === undefined && !compoundMembers(run.map((r) => r.head))) continue;
      const head = run[0];
      // `海洋捕捞产值A，海水养殖产值B，淡水捕捞产值C…`: an item before the members that is itself a member of their
      // family (捕捞 beside 养殖) is their sibling, not their total.
      const before = items[start - 1];
      if (family !== undefined && before !== undefined && head !== undefined && familyOf([before.head, head.head]) === family) continue;
      const last = run.at(-1);
      if (!head || !last) continue;
      // Opening the sentence: the members are all it lists (no further item after them).
      if (start === 0) {
        if (items.length === k && clauses.length > 0) return { from: head.from, to: last.to, opensSentence: true };
        continue;
      }
      if (/[0-9０-９]/.test(text.slice(items[start - 1]?.from ?? 0, head.from))) return { from: head.from, to: last.to, opensSentence: false };
    }
  }
  return undefined;
}

/**
 * `进境客运量A；出境客运量B` (under `进出境客运量`): heads that differ only in their first character, each
 * one character then a shared one (`进境`, `出境`), may be the members a total's name enumerates
 * (cues/breakdowns.ts membersNamedBy); the figures' stage checks the total's name.
 */
function compoundMembers(heads: readonly string[]): boolean {
  const bare = heads.map((h) => h.replace(/^[\s\u3000，,；;：:、]+/, ''));
  if (bare.length < 2 || bare.some((h) => h.length < 2 || !/^[\u4e00-\u9fff]{2}/.test(h))) return false;
  const second = bare[0]?.[1];
  return bare.every((h) => h[1] === second) && new Set(bare.map((h) => h[0])).size === bare.length;
}
