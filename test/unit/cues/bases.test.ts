import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GAP_WORD_BEFORE, namesGapOfTwo, SURVEY_PER_HEAD, basisClass, fromMonthEnd, lastBasis, namesBaseLevel, namedComparison, namedOutrun, COMPARABLE_BASE_SURVEY, restatesChangeOnly } from '../../../server/src/analysis/cues/bases';

/** text before a rate → its basis class. */
const CASES: [string, string][] = [
  ['地区生产总值增长', 'yoy'],
  ['同比增长', 'yoy'],
  ['比上年增长', 'yoy'],
  ['按可比价格计算，增长', 'yoy'],
  ['比上年同期增长', 'ytd'],
  ['较上年同期下降', 'ytd'],
  ['环比增长', 'mom'],
  ['同口径增长', 'comparable'],
  ['可比口径增长', 'comparable'],
  ['自然口径增长', 'natural'],
  ['按现价计算增长', 'current'],
  ['年均增长', 'average'],
  ['扣除价格因素实际增长', 'real'],
  ['较2019年增长', 'vs2019'],
  ['比2020年提高', 'vs2020'],
  ['较一季度回升', 'vsQuarter'],
  ['比上半年提高', 'vsQuarter'],
  ['比年初增加', 'yearStart'],
  ['降幅比1-2月收窄', 'vsQuarter'],
  ['增速比5月份提高', 'vsQuarter'],
  ['比上年增长6.8%，同口径增长', 'comparable'],
];

test('cues/bases: each basis phrasing has its class; the last one written holds', () => {
  for (const [text, expected] of CASES) assert.equal(basisClass(lastBasis(text)), expected, text);
});

test('cues/bases: classes that must never meet', () => {
  const pairs: [string, string][] = [
    ['同比', '环比'],
    ['同口径', '自然口径'],
    ['同比', '年均'],
    ['同比', '较2019年'],
    ['同比', '较一季度'],
  ];
  for (const [a, b] of pairs) assert.notEqual(basisClass(a), basisClass(b), `${a} vs ${b}`);
  assert.equal(basisClass('同比'), basisClass(undefined), 'an unmarked rate is year on year');
  assert.equal(basisClass('比上年'), basisClass('同比'));
});

test('per-head incomes and spending of the household survey', () => {
  for (const k of ['农民人均纯收入', '城镇居民人均可支配收入', '农村居民人均生活消费支出']) assert.ok(SURVEY_PER_HEAD.test(k), k);
  for (const k of ['一般公共预算收入', '人均生产总值', '民生支出']) assert.equal(SURVEY_PER_HEAD.test(k), false, k);
});

/** words right before a level → is the level last year's (the base of its growth)? */
const BASE_LEVEL_CASES: [string, boolean][] = [
  ['，较上年决算', true],
  ['，上年同期为', true],
  ['比去年同期的', true],
  ['，较2月末的', true], // an earlier month's balance (s50)
  ['，较上月末', true],
  ['，2月末', false],
  ['上年实际完成', true],
  ['，与2018年的', true],
  ['，比2020年同期的', true],
  // A clause that opens with 去年 and names the indicator dates the level: it is that year's amount.
  ['局长介绍，去年全市财政支出', false],
  ['去年全市财政支出', false],
  ['。上年全县税收收入', false],
  ['全年财政支出', false],
];

test('namesBaseLevel: last year as the base vs last year as the period of the sentence', () => {
  for (const [before, want] of BASE_LEVEL_CASES) assert.equal(namesBaseLevel(before), want, before);
});

/** name of a level → is it a survey indicator whose growth the bureau takes on a comparable base? */
const COMPARABLE_CASES: [string, boolean][] = [
  ['房地产开发投资', true],
  ['住宅投资额', true],
  ['商品房销售面积', true],
  ['固定资产投资', true],
  ['规模以上工业营业收入', true],
  ['限额以上单位消费品零售额', true],
  ['民间投资', true],
  // Fiscal accounts are summed from the books: the increment and the rate must agree.
  ['一般公共预算收入', false],
  ['税收收入', false],
  ['民生支出', false],
  ['住房公积金缴存额', false],
  // A tax an industry paid is the tax office's count (s50).
  ['房地产业所得税', false],
  ['房地产营业税', false],
  ['房地产业增加值', true],
];

test('COMPARABLE_BASE_SURVEY: survey indicators vs accounts', () => {
  for (const [name, want] of COMPARABLE_CASES) assert.equal(COMPARABLE_BASE_SURVEY.test(name), want, name);
});

test('cues/bases: one named amount compared with another, and which is the larger', () => {
  const cases: [string, string][] = [
    ['二零零八年第四季的本地居民生产总值较本地生产总值多', '二零零八年第四季的本地居民生产总值 > 本地生产总值'],
    ['城镇居民人均可支配收入比农村居民人均可支配收入高出', '城镇居民人均可支配收入 > 农村居民人均可支配收入'],
    ['出口额比进口额少', '出口额 < 进口额'],
    ['一般公共预算收入比上年多', ''], // last year is no named amount of the text
    ['实际完成比年初预算少', ''],
    ['全县人均收入比全省平均高', ''],
  ];
  for (const [clause, want] of cases) {
    const found = namedComparison(clause);
    assert.equal(found === undefined ? '' : `${found.subject} ${found.up ? '>' : '<'} ${found.base}`, want, clause);
  }
});

test('cues/bases: the word of a gap right before its figure', () => {
  for (const [words, want] of [['较本地生产总值多', true], ['比农村高出', true], ['比进口少了', true], ['增长', false], ['达到', false], ['二者差距拉大至', true], ['差距为', true], ['增加至', false]] as const) assert.equal(GAP_WORD_BEFORE.test(words), want, words);
});

test('bases: a clause that only restates a change on a like-for-like basis', () => {
  for (const t of ['剔除留抵退税因素后，可比下降10.1%，', '按同口径计算，增长4.2%，', '剔除一次性因素後，同口徑增長6%，']) assert.equal(restatesChangeOnly(t), true, t);
  for (const t of ['剔除留抵退税因素后，可比下降10.1%，税收收入8亿元，', '全年增长4.2%，', '']) assert.equal(restatesChangeOnly(t), false, t);
});

test('the gap between the two amounts just named (namesGapOfTwo)', () => {
  for (const w of ['，两者仅相差', '兩者相差', '二者之差为', '两者之间差距为', '二者差距拉大至', '兩者差距縮小到']) assert.equal(namesGapOfTwo(w), true, w);
  for (const w of ['，比上年相差', '相差', '两者合计']) assert.equal(namesGapOfTwo(w), false, w);
});

test('namedOutrun: one named amount above or below another, no 比 or 较', () => {
  const rows: [string, [string, string, boolean] | undefined][] = [
    ['甲县高出乙县', ['甲县', '乙县', true]],
    ['锡林郭勒盟低于包头', ['锡林郭勒盟', '包头', false]],
    ['高出全国平均水平', undefined],
    ['比上年高出', undefined],
    ['城镇居民收入高出上年', undefined],
  ];
  for (const [clause, want] of rows) {
    const found = namedOutrun(clause);
    assert.deepEqual(found === undefined ? undefined : [found.subject, found.base, found.up], want, clause);
  }
});

test('fromMonthEnd: an increment counted from a month\'s end (s50)', () => {
  const rows: [string, boolean][] = [
    ['，较上月末减少', true],
    ['，较2月末的3100.95亿元减少', true],
    ['，比上月增加', true],
    ['，比三月末增长', true],
    ['，比上年末增加', false],
    ['，较年初增加', false],
    ['，同比减少', false],
  ];
  for (const [before, want] of rows) assert.equal(fromMonthEnd(before), want, before);
});
