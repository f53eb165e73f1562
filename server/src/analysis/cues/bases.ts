// Bases of a change: what a growth rate or a point change is measured against. Two rates of
// different classes (同比 vs 环比, 同口径 vs 自然口径, 年均, 较2019年, 较一季度) may differ
// without contradiction; the unmarked rate of a report is the year-on-year one.

import { memoOfText } from '../memo';

export type BasisClass =
  | 'yoy' // 同比, 比上年, or unmarked
  | 'ytd' // 比上年同期: the same months last year
  | 'mom' // 环比: the previous month or quarter
  | 'comparable' // 同口径, 可比口径
  | 'natural' // 自然口径
  | 'current' // 现价, 名义
  | 'real' // 扣除价格因素, 实际
  | 'average' // 年均
  | 'yearStart' // 比年初
  | `vs${number}` // 较2019年
  | 'vsQuarter'; // 较一季度, 比上半年, 比1-2月: an earlier part of the same year

/** Every written basis, in the order they may appear before a figure; the last one holds. */
const BASIS =
  /(同比|环比|比上年同期|较上年同期|比去年同期|比上年|较上年|比去年|较去年|同口径|可比口径|自然口径|按可比价格?|按不变价格?|按现价|现价|年均|[两三]年平均|名义|扣除价格因素后?实际|实际|比年初|较年初|(?:较|比)(?:19|20)\d\d年|(?:较|比)(?:[一二三]季度|上半年|前三季度|\d{1,2}\s*[-—至]\s*\d{1,2}\s*月|\d{1,2}\s*月)(?:末|份)?)/g;

/** phrase → class; phrases not listed are read by `basisClass` (years, quarters). */
export const BASIS_ROWS: readonly [string, BasisClass][] = [
  ['同比', 'yoy'],
  ['比上年', 'yoy'],
  ['较上年', 'yoy'],
  ['比去年', 'yoy'],
  ['较去年', 'yoy'],
  ['按可比价', 'yoy'],
  ['按可比价格', 'yoy'],
  ['按不变价', 'yoy'],
  ['按不变价格', 'yoy'],
  ['比上年同期', 'ytd'],
  ['较上年同期', 'ytd'],
  ['比去年同期', 'ytd'],
  ['环比', 'mom'],
  ['同口径', 'comparable'],
  ['可比口径', 'comparable'],
  ['自然口径', 'natural'],
  ['按现价', 'current'],
  ['现价', 'current'],
  ['名义', 'current'],
  ['实际', 'real'],
  ['年均', 'average'],
  ['两年平均', 'average'],
  ['三年平均', 'average'],
  ['比年初', 'yearStart'],
  ['较年初', 'yearStart'],
];

const ROWS = new Map(BASIS_ROWS);

/** The class of a written basis; undefined (no basis written) is the year-on-year one. */
export function basisClass(basis: string | undefined): BasisClass {
  if (!basis) return 'yoy';
  const row = ROWS.get(basis);
  if (row) return row;
  if (/^扣除价格因素/.test(basis)) return 'real';
  const year = /(19|20)\d\d/.exec(basis);
  if (year) return `vs${Number(year[0])}`;
  if (/季度|半年|月/.test(basis)) return 'vsQuarter';
  return 'yoy';
}

/** The last basis written in `text` (`比上年增长6.8%，同口径增长9.2%` → 同口径 for the second). */
export const lastBasis = memoOfText(readLastBasis);

function readLastBasis(text: string): string | undefined {
  let last: string | undefined;
  for (const m of text.matchAll(BASIS)) last = m[1];
  return last;
}

/**
 * Per-head incomes and spending of the household survey (`农民人均纯收入`, `城镇居民人均可支配收入`):
 * offices compute their growth on a comparable sample, so the increment ÷ last year's published
 * level may differ from it by a few tenths of a point without any error.
 */
export const SURVEY_PER_HEAD = /人均[^，,；;。]{0,10}?(?:收入|支出)/;

/** How far (percentage points) a survey per-head growth may stand from increment ÷ last year. */
export const SURVEY_GROWTH_SLACK_POINTS = 0.5;

/**
 * Words right before a level that make it last year's: the base of its growth, not this year's amount
 * (`较上年决算5520万元`, `上年同期为A`). A clause that opens with 去年/上年 and goes on to name the
 * indicator (`去年中央财政支出A，增加B，增长g%`: a report on last year) dates the level instead.
 */
export function namesBaseLevel(before: string): boolean {
  const m = BASE_LEVEL.exec(before);
  if (!m) return false;
  const opensClause = m.index === 0 ? before.length < BASE_WINDOW : CLAUSE_OPEN.test(before.slice(0, m.index));
  return !(opensClause && /^(?:上年|去年)(?!同期|同月|决算|实际|完成|水平)/.test(m[0]));
}

// (`与2018年的57307元相比`: an earlier year's level named as the comparison, by its year.)
// (`较2月末的3100.95亿元减少A`: an earlier month's balance named as the comparison.)
const BASE_LEVEL = /(?:上年|去年|上期|同期|基期)[^，,；;。]{0,6}$|[与與比较較](?:19|20)\d\d年(?:同期)?的?$|[比较較](?:上月|上个月|上個月|(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})月)[末底]的?$/;

/**
 * `较上月末减少A，环比下降g%`, `较2月末的B减少A，环比下降g%`: an increment counted from a month's end (tested on the
 * words right before it, spaces dropped); a growth after it with 环比 or no base word is on the same base.
 */
const FROM_MONTH_END = /(?:比|较|較)(?:上月|上个月|上個月|(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})月)[末底]?(?:的[0-9０-９.．,，]+[万萬亿億]?元)?(?:增加|增长|增長|减少|減少|下降|多|少)了?$/;

export function fromMonthEnd(wordsBefore: string): boolean {
  return FROM_MONTH_END.test(wordsBefore);
}
/** How many characters before a level namesBaseLevel is given (a shorter string starts the text). */
export const BASE_WINDOW = 12;
/** The end of a clause break (or of a cue that opens a report: `谢某介绍，`). */
const CLAUSE_OPEN = /[，,；;。：:\n]\s*$/;

/**
 * Indicators of the statistics bureau's enterprise and project surveys (`房地产开发投资`, `商品房销售面积`,
 * `规模以上工业营业收入`, `固定资产投资`): their growth rates are computed on a comparable base (the same
 * units a year before, after checks and re-surveys), so last year's published level plus the stated
 * increment need not give the stated rate (`投资额1013.21亿元，较上年同期减少108.95亿元，同比下降10.6%`).
 * A tax the industry paid (`房地产业所得税`, `房地产营业税`) is the tax office's own count, no survey.
 */
export const COMPARABLE_BASE_SURVEY = /房地[产產](?![^，,；;。\d]{0,4}?[税稅])|商品房|住宅|(?:施工|竣工|新开工|新開工|[销銷]售|待售)面[积積]|固定[资資][产產]投[资資]|(?:项目|項目|工业|工業|民间|民間|基础设施|基礎設施|制造业|製造業)投[资資]|投[资資][额額]|规模以上|規模以上|规上|規上|限额以上|限額以上/;


/**
 * One named amount compared with another named amount, then the size of the gap (`本地居民生产总值较本地生产总值多`,
 * `城镇居民人均可支配收入比农村居民人均可支配收入高出`): the words right before the gap's figure, in its clause.
 * `subject` and `base` are the two names as written (a date or 的-phrase before them included); `up` when the
 * subject is the larger. Last year, a plan or a period is no named amount (`比上年多`, `较预算少`): undefined then.
 */
export interface NamedComparison {
  subject: string;
  base: string;
  up: boolean;
}

const NAMED_COMPARISON = /([^，,；;。：:\d]{2,30}?)(?:较|比|較)([^，,；;。：:\d]{2,24}?)(多|少|高出|高|低|减少|減少|增加)(?:了|出)?$/;
/** Bases that are no named amount of the text: last year, a plan, a month, the average of a wider area. */
const NOT_A_NAMED_AMOUNT = /^(?:上年|去年|同期|年初|上月|上季|前年|预算|預算|计划|計劃|目标|目標|全国|全國|全省|全市|平均|(?:19|20)\d\d)/;

export function namedComparison(clauseBefore: string): NamedComparison | undefined {
  const m = NAMED_COMPARISON.exec(clauseBefore);
  if (m === null) return undefined;
  const [, subject = '', base = '', word = ''] = m;
  if (NOT_A_NAMED_AMOUNT.test(base) || /上年|去年|同期|预算|預算|计划|計劃/.test(base)) return undefined;
  return { subject, base, up: !/少|低|减|減/.test(word) };
}

/**
 * `锡林郭勒盟高出包头0.76亿元`: one named amount above or below another, the gap right after the second name
 * (no 比 or 较). Bases that are no named amount of the text (全国, 上年, 平均 …) are not read.
 */
const NAMED_OUTRUN = /([^，,；;。：:\d]{2,30}?)(高出|多出|超出|低于|低於|少于|少於)([^，,；;。：:\d]{2,12})$/;
/** The cheap test before NAMED_OUTRUN: one of its words in the few characters before a figure. */
export const OUTRUN_WORD = /高出|多出|超出|低于|低於|少于|少於/;

export function namedOutrun(clauseBefore: string): NamedComparison | undefined {
  const m = NAMED_OUTRUN.exec(clauseBefore);
  if (m === null) return undefined;
  const [, subject = '', word = '', base = ''] = m;
  if (NOT_A_NAMED_AMOUNT.test(base) || /上年|去年|同期|预算|預算|计划|計劃|平均|水平/.test(base)) return undefined;
  return { subject, base, up: /高|多|超/.test(word) };
}

/** The word of a gap right before its figure (`多`, `少`, `高出`, `减少了`, `相差`). */
// (`二者差距为C`, `二者差距拉大至C`: the gap named, then the word that gives its size.)
export const GAP_WORD_BEFORE = /(?:多|少|高|低|出|加|差|差距[为為]|之差[为為]|(?:拉大|扩大|擴大|缩小|縮小|收窄)(?:至|到))了?$/;

/** The gap between the two amounts just named (`两者仅相差`, `二者之差为`), right before its figure. */
// (`二者差距拉大至1766亿元`, `二者差距缩小到…`: the gap the two amounts now stand apart.)
const TWO_APART = /(?:两者|兩者|二者)(?:之[间間])?(?:仅|僅|只)?(?:相差|之差(?:[为為])?|差距(?:[为為]|(?:拉大|扩大|擴大|缩小|縮小|收窄)(?:至|到))?)(?:了)?$/;

/** True when the words right before a figure make it the gap between the two amounts just named. */
export function namesGapOfTwo(clauseBefore: string): boolean {
  return TWO_APART.test(clauseBefore);
}

/**
 * `剔除留抵退税因素后，可比下降10.1%，其中，税收收入…`: a clause that only restates the change of the figure before it
 * on a like-for-like basis, holding no amount of its own. A 其中 right after it breaks down that earlier figure, as
 * a 其中 opening its sentence does.
 */
const CHANGE_RESTATED = /^[\s\u3000，,]*(?:剔除[^，,。；;\d]{1,16}?[后後][，,]?|按?(?:同口[径徑]|可比口[径徑])(?:计算|計算)?[，,]?)[\s\u3000]*(?:可比|同口[径徑]|同比)?(?:增长|增長|下降|增加|减少|減少|上升|回落)[0-9０-９.．]+[\s\u3000]*[%％][\s\u3000]*[，,][\s\u3000]*$/;

export function restatesChangeOnly(before: string): boolean {
  return CHANGE_RESTATED.test(before);
}
