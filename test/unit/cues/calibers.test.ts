// Case table for cues/calibers.ts: the words that name the definition a level is counted on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caliberBefore, constantPriceAsideAfter, isCaliberNote, priceBasisOf } from '../../../server/src/analysis/cues/calibers';

const ROWS: [string, string | undefined][] = [
  ['财政体制改革前一般公共预算收入完成', '改革前'],
  ['财政体制改革后一般公共预算收入完成', '改革后'],
  ['财政总收入省口径', '省口径'],
  ['财政总收入省口径62.92亿元（市口径', '市口径'],
  ['全口径财政收入', '全口径'],
  // like-for-like words qualify a growth, not a level
  ['一般公共预算收入同口径增长4.1%，税收收入', undefined],
  ['一般公共预算收入（自然口径）', undefined],
  ['一般公共预算收入完成', undefined],
  // a part of the territory left out: another quantity than the whole
  ['不含临港片区计算，年末常住人口', '不含临港片区'],
  ['固定资产投资（不含农户）', '不含农户'],
  ['不含税价格', undefined],
  // a zone counted in, or taken out
  ['含经开区计算，全年一般公共预算收入', '含经开区'],
  ['剔除某经济区收入2.47亿元，全州一般公共预算收入为', '剔除某经济区'],
  // (the price factor taken out is a growth's basis: cues/bases.ts)
  ['剔除价格因素后增长', undefined],
  // (a 剔除 that a like-for-like change follows qualifies that change only)
  ['剔除留抵退税因素后，可比下降10.1%，其中，税收收入', undefined],
  ['剔除留抵退税因素后，同口径增长3.2%，非税收入', undefined],
  ['包含养老保险在内，参保人数', undefined],
  ['其中含税收入', undefined],
];

test('calibers: the last one named before a figure', () => {
  for (const [text, caliber] of ROWS) assert.equal(caliberBefore(text, text.length), caliber, text);
});

test('calibers: the price basis of a level (现价 / 可比价), the last one named', () => {
  const rows: [string, string | undefined][] = [
    ['地区生产总值（现价）完成', '现价'],
    ['按当年价计算，地区生产总值', '现价'],
    ['地區生產總值(可比價)完成', '可比价'],
    ['按不变价计算', '可比价'],
    ['第一产业增加值（现价）为186820万元，可比价增速', '可比价'],
    ['第一产业增加值', undefined],
  ];
  for (const [label, basis] of rows) assert.equal(priceBasisOf(label), basis, label);
});

test('calibers: a note in brackets on what a figure counts, commas and all', () => {
  const rows: [string, boolean][] = [
    ['（不包括关税、契税，未扣减出口退税）', true],
    ['(不含农户,含跨区项目)', true],
    ['（按可比口径计算）', true],
    ['（剔除一次性因素，下同）', true],
    ['（其中税收收入8.2亿元，增长3%）', false],
    ['（同比增长5.1%）', false],
    ['（不含农户。下同）', false],
  ];
  for (const [aside, note] of rows) assert.equal(isCaliberNote(aside), note, aside);
});

test('constantPriceAsideAfter: an aside giving the growth on constant prices marks the growth before it as nominal (s50)', () => {
  const rows: [string, boolean][] = [
    ['（按可比价计算，同比增长14.1%）', true],
    ['(按可比价格计算,增长9.2%)', true],
    ['（不变价，增长6%）', true],
    ['（扣除价格因素，实际增长5%）', false],
    ['，按可比价计算增长14.1%', false],
    ['（现价）', false],
  ];
  for (const [after, want] of rows) assert.equal(constantPriceAsideAfter(after), want, after);
});
