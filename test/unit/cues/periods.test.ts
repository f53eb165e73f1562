import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CARRIED_OVER, CHANGE_FROM_YEAR_BEFORE, PICKS_A_DAY, WRITTEN_YEAR, FROM_THE_START, OVER_THE_SPAN, PICKS_A_YEAR, RELATIVE_YEARS, YEAR_BEFORE_AMOUNT, YEAR_CLAUSE, YEAR_SPAN, SCOPE, YEAR, scopeOf, subYearScope, lastRelativeYear, otherRelativeYearAt, monthsLeadLength } from '../../../server/src/analysis/cues/periods';

/** written scope → canonical sub-year scope ('' = the whole year). */
const CASES: [string, string][] = [
  ['全年', ''],
  ['年末', ''],
  ['年底', ''],
  ['1-12月', ''],
  ['上半年', '上半年'],
  ['1-6月', '上半年'],
  ['1—6月', '上半年'],
  ['一季度', '一季度'],
  ['1-3月', '一季度'],
  ['前三季度', '前三季度'],
  ['1-9月', '前三季度'],
  ['1至9月', '前三季度'],
  ['１-９月', '前三季度'],
  ['三季度末', '前三季度'],
  ['1-2月', '1-2月'],
  ['1-11月', '1-11月'],
  // The first months counted: Macau and Hong Kong releases (`首十一個月`), and `前N个月`.
  ['首十一個月', '1-11月'],
  ['前11个月', '1-11月'],
  ['前三个月', '一季度'],
  ['前六个月', '上半年'],
  ['5月份', '5月'],
  ['当月', '当月'],
  ['累计', '累计'],
  ['全年累计', '累计'],
  ['三年来', '累计'],
  ['“十四五”以来', '累计'],
];

test('cues/periods: every written scope has its canonical meaning', () => {
  for (const [written, expected] of CASES) assert.equal(subYearScope(written) ?? '', expected, written);
});

test('cues/periods: the scope pattern finds each phrasing in running text', () => {
  for (const [written] of CASES) {
    const found = [...`某县${written}实现增加值12.3亿元`.matchAll(SCOPE)].map((m) => m[1]);
    assert.ok(found.length > 0, `${written} not found`);
  }
});

test('cues/periods: a scope after 比/较/与, or the end of a written range, is a basis, no period of the figure', () => {
  const scopes = (t: string): string[] => [...t.matchAll(SCOPE)].map((m) => m[1] ?? '');
  // `比1-4月提高0.3个百分点` compares with the months before: the figure after it keeps the sentence's 1-5月.
  assert.deepEqual(scopes('1-5月能耗增长11%，比1-4月提高0.3个百分点；重工业能耗增长14%'), ['1-5月']);
  assert.deepEqual(scopes('增速较一季度加快，与上半年持平'), []);
  assert.deepEqual(scopes('1—9月投资增长5%，9月当月增长3%'), ['1—9月', '9月', '当月']);
});

/** words before an amount → the year they name ('' = none). */
const YEAR_BEFORE_CASES: [string, string][] = [
  ['，2013年为', '2013年'],
  ['补助去年還有', '去年'],
  ['、今年剩下', '今年'],
  ['、今年只有', '今年'],
  ['，上年为', '上年'],
  ['本年度达', '本年'],
  ['比上年增加', ''],
  ['去年同期', ''],
];

test('cues/periods: a year, written or relative, right before its amount', () => {
  for (const [words, year] of YEAR_BEFORE_CASES) assert.equal(YEAR_BEFORE_AMOUNT.exec(words)?.[1] ?? '', year, words);
  assert.equal(RELATIVE_YEARS.get('去年'), -1);
  assert.equal(RELATIVE_YEARS.get('今年'), 0);
});

test('cues/periods: sub-year scopes of different lengths never meet', () => {
  const scopes = ['一季度', '上半年', '前三季度', '1-2月', '5月'].map((s) => JSON.stringify(scopeOf(s)));
  assert.equal(new Set(scopes).size, scopes.length);
});

test('a 其中 that picks one year of a span, and totals summed over the span', () => {
  for (const t of ['2021年财政总收入', '，201x年', '：二〇二二年']) assert.equal(PICKS_A_YEAR.test(t), true, t);
  for (const t of ['城镇人口', '2021个项目', '2019年新发生的', '，2020年度新查出']) assert.equal(PICKS_A_YEAR.test(t), false, t);
  assert.equal(OVER_THE_SPAN.test('五年来累计完成固定资产投资120亿元'), true);
  assert.equal(OVER_THE_SPAN.test('财政总收入由2019年的2.66亿元增加到2023年的4.56亿元'), false);
});

test('cues/periods: a year after 比/较/继 is a base or a milestone, not the period', () => {
  const years = (t: string): string[] => [...t.matchAll(YEAR)].map((m) => m[1] ?? '');
  assert.deepEqual(years('2022年，地区生产总值达到129.66亿元，这是继2021年突破100亿元之后'), ['2022']);
  assert.deepEqual(years('比2021年增长5%，2023年完成'), ['2023']);
});

test('a yearly breakdown from the first years on, and a total over a span of years', () => {
  for (const t of ['：2018年以前脱贫33户', '，2015年及以前', '2016年之前']) assert.equal(FROM_THE_START.test(t), true, t);
  for (const t of ['：2019年脱贫64户', '2021年以来']) assert.equal(FROM_THE_START.test(t), false, t);
  for (const t of ['2014-2017年实现脱贫', '2016年至2020年累计', '2019～2021年']) assert.equal(YEAR_SPAN.test(t), true, t);
  for (const t of ['2021年全县', '1-6月']) assert.equal(YEAR_SPAN.test(t), false, t);
});

test('CARRIED_OVER: an aside that a figure holds what an earlier period left over', () => {
  const rows: [string, boolean][] = [
    ['（含上期积存）', true],
    ['(含上期结转4人)', true],
    ['（含旧存52件）', true],
    ['（含上年未结案件）', true],
    ['（含以前年度结转资金）', true],
    ['（同比增加8件）', false],
    ['（含附条件不起诉）', false],
    ['，含上期积存', false],
  ];
  for (const [text, carried] of rows) assert.equal(CARRIED_OVER.test(text), carried, text);
});

test('cues/periods: a clause opened by a year and its measure; a change from the year before', () => {
  const clauses: [string, string][] = [
    ['2014年支出合计', '2014 支出合计'],
    ['2015年度收入为', '2015 收入'],
    ['全年支出合计', ''], // no year opens it
    ['2014年', ''], // no measure named
  ];
  for (const [clause, want] of clauses) {
    const m = YEAR_CLAUSE.exec(clause);
    assert.equal(m === null ? '' : `${m[1]} ${m[2]}`, want, clause);
  }
  const changes: [string, string][] = [
    ['，较上一年减少', '减少'],
    ['，比上年增加', '增加'],
    ['，较上年同期减少', ''], // the same period of last year: another base
    ['，比预算减少', ''],
  ];
  for (const [words, want] of changes) assert.equal(CHANGE_FROM_YEAR_BEFORE.exec(words)?.[1] ?? '', want, words);
});

test('cues/periods: a year written out', () => {
  for (const [text, want] of [['2014年支出', true], ['上年支出', false], ['14年', false]] as const) assert.equal(WRITTEN_YEAR.test(text), want, text);
});

test('PICKS_A_DAY: a 其中 that opens with one day of the period', () => {
  for (const t of ['，8月18日，全国铁路', '：10月1日当天', ' 2月 3 日']) assert.equal(PICKS_A_DAY.test(t), true, t);
  for (const t of ['，8月份', '2021年', '，国庆期间']) assert.equal(PICKS_A_DAY.test(t), false, t);
});

const OTHER_YEARS: [text: string, year: number, at: string | undefined][] = [
  ['其中日本去年买入2.1万吨，今年前8月也买了1.4万吨', -1, '，今年'],
  ['其中日本去年买入2.1万吨，比去年增长5%', -1, undefined],
  // A base is no period of the part's own (`比去年`, `去年同期`).
  ['其中日本今年买入2.1万吨，较去年同期增加0.3万吨', 0, undefined],
  ['其中甲县今年完成3.2亿元，乙县今年完成1.1亿元', 0, undefined],
];

test('cues/periods: a part of another relative year than its total\'s (去年… 今年前8月…) ends the list', () => {
  assert.equal(lastRelativeYear('去年外销产值为7351万美元，出口量达'), -1);
  assert.equal(lastRelativeYear('比去年增长5%，全年产值'), undefined);
  for (const [text, year, at] of OTHER_YEARS) assert.equal(otherRelativeYearAt(text, 0, text.length, year), at === undefined ? undefined : text.indexOf(at), text);
});


test('cues/periods: a clause opening that only says over which months (在前6个月中) (s49)', () => {
  const cases: [string, string][] = [
    ['在前6个月中广东福彩销售', '在前6个月中'],
    ['前10个月，全市出口', '前10个月，'],
    ['近3个月来增长', '近3个月来'],
    ['6个月期限存款', ''], // a term, not a span of the year
    ['前6月', ''], // 1–6月 is written without 个 (read elsewhere)
  ];
  for (const [text, lead] of cases) assert.equal(monthsLeadLength(text), lead.length, text);
});
