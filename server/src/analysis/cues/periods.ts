// Period cues: years, last year, and sub-year scopes (`上半年`, `1-9月`, `年末`, `累计`).
// Each row maps a written phrase to the scope it names; `scopeOf` turns any written scope into
// its canonical name, so `前三季度` and `1-9月` meet as one period and `一季度` never meets `上半年`.

import { asciiDigits } from '../digits';
import { chineseOrdinal } from '../chineseOrdinal';

/**
 * An explicit year; after 比/较/与 it names the base of a comparison (`比2021年`), after 继 a milestone
 * passed before (`这是继2021年突破100亿元之后`), not the period.
 */
export const YEAR = /(?<![比较与和继繼—-])(20\d\d)\s*年(?![—-])/g;
/** Last year as a period; after 比/较/同 it is the base of a comparison instead. */
export const LAST_YEAR = /(?<![比较与和同])(去年|上年)(?!同期)/g;
/**
 * Every written sub-year scope; `scopeOf` gives its meaning. After 较/比/与 it is a basis (`较一季度`, `比1-4月`);
 * never read from inside a written range (`1-4月` is not `4月`).
 */
export const SCOPE =
  /(?<![较較比与與\d０-９\-—～~])(全年累计|全年|累计|近?[一二三四五六七八九十两]年来|“?十[三四五]五”?(?:以来|期间)|上半年|下半年|[一二三四]季度末?|前三季度|首季(?![度节節])|第[一二三四1-4１-４]季(?![度节節])|年末|年底|当月|[1-9１-９]\s*[-—～~至]\s*[\d０-９]{1,2}\s*月|(?:前|首)(?:[\d０-９]{1,2}|[一二两三四五六七八九十]{1,3})\s*[个個]月|\d{1,2}\s*月份?(?!\d*日))/g;

/**
 * `其中2021年…`, `其中201x年…`: a 其中 that picks one year out of the span the sentence covers. Not the part
 * of a stock that arose in a year (`问题A，其中2005年新发生的B`): that is a subset of the stock, whatever years it spans.
 */
export const PICKS_A_YEAR = /^[\s\u3000：:，,]*(?:(?:19|20)[\dxX]{2}|[一二][〇零一二三四五六七八九]{3})\s*年(?!度?(?:内|當年|当年)?(?:新发生|新發生|新出现|新出現|新查出))/;
/**
 * `日均旅客发送量A，…。其中，8月18日，…发送量达B`: a 其中 that picks one day out of the period (its record day), no part
 * of a total over the period or of its daily average. Tested with the dates of the region: one date alone picks a
 * day; dates in turn (`其中：1月1日A，1月2日B…`) list the days of the period.
 */
export const PICKS_A_DAY = /^[\s\u3000：:，,]*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日/;
export const DAY_DATE = /[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日/g;

/** Words that make a figure a total over the years it spans (`五年累计`, `共完成`), not a level reached. */
export const OVER_THE_SPAN = /累计|合计|总计|共计|共完成|共投入|共实施|共争取/;

/**
 * An aside after a figure saying it holds what an earlier period left over (`起诉673人（含上期积存）`,
 * `审结1260件（含旧存86件）`): that figure counts more than the period's own intake, so it is no part
 * of it. Tested on the text right after the figure.
 */
export const CARRIED_OVER = /^\s*[（(](?:含|包括|其中)?(?:上期|上年|往年|以前年度|上一年度?)?(?:结转|積存|积存|旧存|舊存|存案|未结|转入)/;

/**
 * `其中：2018年以前脱贫33户，2019年脱贫64户…`: a yearly breakdown that opens with the years before one
 * (以前, 及以前, 之前) covers the whole span from the start: a sum over years, like 累计.
 */
export const FROM_THE_START = /^[\s\u3000：:，,]*(?:(?:19|20)[\dxX]{2}|[一二][〇零一二三四五六七八九]{3})\s*年(?:及|以|之)?(?:以前|之前|前)/;
/** `2014-2017年实现脱贫…`: a total over a span of years written before it. */
export const YEAR_SPAN = /(?:19|20)\d{2}年?[ \u3000]?[-—～~至到][ \u3000]?(?:(?:19|20)\d{2}|\d{2})年/;

/**
 * Years named relative to the one written in (`去年A、今年B，减少C`): word → offset in years. Only two of the same
 * kind are compared (a relative year never meets a written one: which year 今年 is is not always written).
 */
export const RELATIVE_YEARS: ReadonlyMap<string, number> = new Map([
  ['前年', -2],
  ['去年', -1],
  ['上年', -1],
  ['今年', 0],
  ['本年', 0],
  ['明年', 1],
]);
/**
 * A year, written or relative, right before its amount, with what may join them: `2014年为`, `去年還有`, `今年剩下`,
 * `今年只有`. Group 1 is the year's words.
 */
export const YEAR_BEFORE_AMOUNT = /((?:19|20)[0-9]{2}年|前年|去年|上年|今年|本年|明年)度?(?:[为為是]|[达達]到?|[还還]?有|剩下?|只有|仅有?|僅有?)?$/;

/** What a scope phrase means: the whole year (no sub-year scope), a multi-year total, or a part of the year. */
export type ScopeMeaning = { whole: true } | { cumulative: true } | { part: string };

/** phrase → meaning. One row per phrasing; month ranges are read by `monthRange`. */
const SCOPE_ROWS: readonly [string, ScopeMeaning][] = [
  ['全年', { whole: true }],
  ['年末', { whole: true }],
  ['年底', { whole: true }],
  ['全年累计', { cumulative: true }],
  ['累计', { cumulative: true }],
  ['上半年', { part: '上半年' }],
  ['下半年', { part: '下半年' }],
  ['一季度', { part: '一季度' }],
  ['二季度', { part: '二季度' }],
  ['三季度', { part: '三季度' }],
  ['四季度', { part: '四季度' }],
  ['一季度末', { part: '一季度末' }],
  ['二季度末', { part: '上半年' }],
  ['三季度末', { part: '前三季度' }],
  ['前三季度', { part: '前三季度' }],
  // Hong Kong, Macao and Taiwan write a quarter 第N季 or 首季 (the first).
  ['首季', { part: '一季度' }],
  ['第一季', { part: '一季度' }],
  ['第二季', { part: '二季度' }],
  ['第三季', { part: '三季度' }],
  ['第四季', { part: '四季度' }],
  ['第1季', { part: '一季度' }],
  ['第2季', { part: '二季度' }],
  ['第3季', { part: '三季度' }],
  ['第4季', { part: '四季度' }],
  ['当月', { part: '当月' }],
];

/** Month ranges that name a row above: `1-6月` is 上半年, `1-9月` is 前三季度. */
const RANGE_NAMES: readonly [string, string][] = [
  ['1-3', '一季度'],
  ['1-6', '上半年'],
  ['1-9', '前三季度'],
  ['1-12', ''],
];

const ROWS = new Map(SCOPE_ROWS);

/** `1—9月`, `1至9月` → `1-9`; the first months counted (`前11个月`, `首十一個月`) → `1-11`; undefined when not a month range. */
function monthRange(s: string): string | undefined {
  const m = /^(\d{1,2})[-—～~至](\d{1,2})月$/.exec(asciiDigits(s));
  if (m) return `${Number(m[1])}-${Number(m[2])}`;
  const first = /^[前首](.{1,3})[个個]月$/.exec(asciiDigits(s));
  const n = first?.[1] === undefined ? undefined : /^\d+$/.test(first[1]) ? Number(first[1]) : chineseOrdinal(first[1]);
  return n !== undefined && n >= 1 && n <= 12 ? `1-${n}` : undefined;
}

/**
 * The meaning of a written scope cue (as matched by SCOPE): `1—9月` → 前三季度, `三年来` and
 * `“十四五”以来` → cumulative, `全年` → the whole year, `5月份` → `5月`.
 */
export function scopeOf(written: string): ScopeMeaning {
  const s = written.replace(/[\s“”]/g, '');
  const row = ROWS.get(s) ?? ROWS.get(asciiDigits(s));
  if (row) return row;
  if (/年来$|^十[三四五]五/.test(s)) return { cumulative: true };
  const range = monthRange(s);
  if (range !== undefined) {
    const name = RANGE_NAMES.find(([r]) => r === range)?.[1];
    if (name === '') return { whole: true };
    return { part: name ?? `${range}月` };
  }
  return { part: asciiDigits(s).replace(/月份$/, '月') };
}

/** The canonical sub-year scope of a cue, or undefined for the whole year. */
export function subYearScope(written: string): string | undefined {
  const m = scopeOf(written);
  return 'part' in m ? m.part : 'cumulative' in m ? '累计' : undefined;
}

/**
 * A clause that opens with a year and names a measure before its figure (`2014年支出合计`): the year and the words
 * between it and the figure (tested on the clause up to the figure).
 */
export const YEAR_CLAUSE = /^[\s\u3000]*((?:19|20)\d\d)年(?:度)?[，,]?([^，,；;。\d]{2,12}?)(?:[为為]|[达達]到?)?$/;

/** A change from the year before, right after an amount (`，较上一年减少`, `，比上年增加`): its direction word. */
export const CHANGE_FROM_YEAR_BEFORE = /^[，,]?(?:较|比|較)(?:上一?年|前一年)(?:度)?(增加|减少|減少|增长|下降|多|少)(?:了)?$/;

/** A year written out (`2014年`). */
export const WRITTEN_YEAR = /(?:19|20)\d\d年/;

/** A relative year named as the period of what follows, not as a base (`比去年`, `较上年`, `去年同期`). */
const RELATIVE_YEAR_NAMED = /(?<![比较較与與和同])(前年|去年|上年|今年|本年|明年)(?!同期|的?水平|底|末|初)/g;

/** The offset of the last relative year named in `words` (`去年外销产值…` → −1), if any. */
export function lastRelativeYear(words: string): number | undefined {
  let last: number | undefined;
  for (const m of words.matchAll(RELATIVE_YEAR_NAMED)) last = RELATIVE_YEARS.get(m[1] ?? '');
  return last;
}

/**
 * Where a clause in [from, to) names another relative year than `year` (`去年…A，其中日本去年B，今年前8月也买了C`: C
 * is this year's, no part of last year's total), or undefined.
 */
export function otherRelativeYearAt(text: string, from: number, to: number, year: number): number | undefined {
  for (const m of text.slice(from, to).matchAll(RELATIVE_YEAR_NAMED)) {
    const offset = RELATIVE_YEARS.get(m[1] ?? '');
    if (offset === undefined || offset === year) continue;
    const at = from + m.index;
    const start = Math.max(text.lastIndexOf('，', at), text.lastIndexOf(',', at), text.lastIndexOf('；', at), text.lastIndexOf(';', at), text.lastIndexOf('、', at));
    return start >= from ? start : undefined;
  }
  return undefined;
}

/**
 * A clause's opening that only says over which months (`在前6个月中`, `前10个月`, `近3个月来`): the figure in it is
 * the span's length, no amount of the clause; what the clause is about is named after it.
 */
const MONTHS_LEAD = /^[\s\u3000]*(?:在)?(?:前|近|头|頭|最近)[0-9０-９]{1,2}[\s\u3000]*(?:个|個)月(?:中|里|裡|内|內|来|來|间|間)?[，,]?/;

/** The length of such an opening at the start of `clause` (0 when it has none). */
export function monthsLeadLength(clause: string): number {
  return MONTHS_LEAD.exec(clause)?.[0].length ?? 0;
}
