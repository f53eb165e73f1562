import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MEMBER_CHANGE_LEAD, PER_HEAD_CHANGE, RISE_AFTER_LEVEL, SHORT_ASIDE, SIGNED_MEASURE, partsMayExceedTotal, nameBeforeChange, namesOtherSubject, directionAtEnd, measuredChangeAtEnd, formerValue, startsAChange } from '../../../server/src/analysis/cues/changes';

/** text before a figure → direction ('' = no change verb). */
const CASES: [string, string][] = [
  ['增长', 'up'],
  ['比上年提高', 'up'],
  ['上升', 'up'],
  ['较一季度回升', 'up'],
  ['增加', 'up'],
  ['增收', 'up'],
  ['下降', 'down'],
  ['减少', 'down'],
  ['比上年减低', 'down'],
  ['回落', 'down'],
  ['下滑', 'down'],
  ['降低', 'down'],
  ['收窄', 'down'],
  ['比上年减支', 'down'],
  ['固定资产投资负增长', 'down'],
  ['同比增長', 'up'],
  ['同比減少', 'down'],
  ['比去年同期32.4亿元多完成', 'up'], // more done than the base (s49)
  ['比上年少完成', 'down'],
  ['多', ''], // a bare 多 names no change
  ['实现', ''],
  ['达到', ''],
  ['占比', ''],
];

test('cues/changes: change verbs and their direction', () => {
  for (const [text, expected] of CASES) assert.equal(directionAtEnd(text) ?? '', expected, text);
});

test('the level a change started from: 由/从 before the figure, a change to another level after it', () => {
  const cases: [string, string, boolean][] = [
    ['一般公共预算收入从', '提高到81.9亿元', true],
    ['人均收入由', '增至2004元', true],
    ['从2015年的', '下降到', true],
    ['其中業務收入由103年度之', ',增加至107年度之', true],
    ['其中業務收入由103度之', ',增加至107年度之', true],
    ['業務成本由', ',減少至8.11億元', true],
    ['一般公共预算收入', '，增长8%', false],
    ['从', '，占全市的', false],
    ['税收收入', '提高到', false],
  ];
  for (const [before, after, want] of cases) assert.equal(startsAChange(before, after), want, `${before}|${after}`);
});

test('the former value of a change (`由A调整为B`)', () => {
  const cases: [string, string, boolean][] = [
    ['收入由', '调整为1993224万元', true],
    ['由 ', '调减至85人', true],
    ['由', '增加到85人', false],
    ['由', '为', false],
    ['收入', '调整为', false],
    ['由', '，增长5%', false],
  ];
  for (const [before, after, want] of cases) assert.equal(formerValue(before, after), want, `${before}|${after}`);
});

test('PER_HEAD_CHANGE: a change per head or per household', () => {
  const rows: [string, boolean][] = [
    ['，助力人均增收', true],
    ['，户均增收', true],
    ['，每人增加', true],
    ['，人均消费增长了', true],
    ['，人均消费比上年增加', true],
    ['，比上年增收', false],
    ['，同比增加', false],
  ];
  for (const [words, perHead] of rows) assert.equal(PER_HEAD_CHANGE.test(words), perHead, words);
});

test('namesOtherSubject: words between an increment and a growth that name another subject', () => {
  const rows: [string, boolean][] = [
    ['，降低', false],
    ['，增加', false],
    ['，销售额增长', false],
    ['，增长', false],
    ['，同比增长', false],
    ['，比上年增长', false],
    ['，较年初增长', false], // the start of the year is a base, no subject
    ['，较去年同期下降', false],
    ['，增幅为', false],
    ['，同比名义增长', false],
    ['，分别增长', false],
    ['、增长了', false],
    ['，全行业上交税金同比增长', true],
    ['；其中非税收入增长', true],
    ['，人均收入增长', true],
  ];
  for (const [words, other] of rows) assert.equal(namesOtherSubject(words, '葡萄酒销售额'), other, words);
});

test('nameBeforeChange: the name of a level written after its own change', () => {
  const rows: [string, string | undefined][] = [
    ['涉及农户236户，总投资比去年增长21.1%，达到', '总投资'],
    ['全年营业收入同比增长8%，达', '全年营业收入'],
    ['全县财政收入较上年下降3.2%，为', '全县财政收入'],
    ['总投资5880.9万元，比去年增长21.1%，', undefined],
    ['总投资达到', undefined],
  ];
  for (const [words, name] of rows) assert.equal(nameBeforeChange(words), name, words);
});

test('measuredChangeAtEnd: a change against a basis with its measure between verb and figure', () => {
  const cases: [string, string][] = [
    ['全省装机容量9244.92万千瓦，同比增加装机', 'up'],
    ['比上年减少贷款', 'down'],
    ['较上年同期增加用电', 'up'],
    ['比去年净增运力', 'up'], // s50
    ['较上年净减人口', 'down'],
    ['同比增加到', ''],
    ['增加装机', ''], // no basis: 新增 capacity may be a level
    ['同比增加新能源装机容量', ''], // more than four characters: another phrase
  ];
  for (const [text, expected] of cases) assert.equal(measuredChangeAtEnd(text) ?? '', expected, text);
});

test('RISE_AFTER_LEVEL: only comparison and rise words between a level and its rise', () => {
  const rows: [string, boolean][] = [
    ['，比去年同期增加', true],
    ['，同比增收', true],
    ['，比上年净增', true],
    ['，比预算增加', true],
    ['，较年初预算增收', true],
    ['，比上年增加了', true],
    [' ， 同比 增加 ', true],
    ['，比上年减少', false], // a fall may be any size
    ['，其中税收收入比上年增加', false], // another figure's rise
    ['，比年初增加', false], // a balance since January: another base
    ['，增长', false], // a growth rate, no rise in money
  ];
  for (const [words, rise] of rows) assert.equal(RISE_AFTER_LEVEL.test(words.replace(SHORT_ASIDE, '').replace(/[\s\u3000]+/g, '')), rise, words);
  assert.equal(RISE_AFTER_LEVEL.test('（不含债务收入），比去年同期增加'.replace(SHORT_ASIDE, '')), true);
});

test('SIGNED_MEASURE: measures that may stand below zero', () => {
  const rows: [string, boolean][] = [
    ['利润总额', true],
    ['财政收支结余', true],
    ['货物贸易顺差', true],
    ['净利润', true],
    ['一般公共预算收入', false],
    ['社会消费品零售总额', false],
  ];
  for (const [name, signed] of rows) assert.equal(SIGNED_MEASURE.test(name), signed, name);
});

test('partsMayExceedTotal: a balance by time, a surplus by partner', () => {
  const rows: [string, string[], boolean][] = [
    ['年末滚存结余', ['上年结余'], true],
    ['累计结余', ['年初结转结余', '当年结余'], true],
    ['货物贸易顺差', ['对东盟顺差'], true],
    ['贸易出超', ['对美国出超'], true],
    ['人口自然减少', ['出生人数', '死亡人数'], true],
    ['居民净移入', ['持单程证移入人士'], true],
    ['累计滚存结余', ['区本级滚存结余', '镇滚存结余'], false],
    ['税前盈余', ['寿险', '产险业'], false],
    ['利润总额', ['国有控股企业利润'], false],
    ['各项存款余额', ['住户存款'], false],
  ];
  for (const [total, labels, may] of rows) assert.equal(partsMayExceedTotal(total, labels), may, `${total}: ${labels.join('/')}`);
});

test('MEMBER_CHANGE_LEAD: the member named before its change in a breakdown of a whole\'s change', () => {
  const rows: [string, string][] = [
    ['以男性减少', '男性'],
    ['女性減少', '女性'],
    ['港元资产则增加', '港元资产'],
    ['外幣資產減少', '外幣資產'],
    ['其中工业企业利润同比大幅增加', ''],
    ['比上年增加', '比上年'],
  ];
  for (const [words, name] of rows) assert.equal(MEMBER_CHANGE_LEAD.exec(words)?.[1] ?? '', name, words);
});
