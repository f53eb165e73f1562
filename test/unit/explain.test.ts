// The engine's explanation of a figure (analysis/explain.ts): the arithmetic the hover and the
// CLI's JSON show — exact forms, signed growth, the implied previous level, the share of a total.

import assert from 'node:assert/strict';
import test from 'node:test';
import { analyze } from '../../server/src/analysis/index';
import { claimLookup, explainQuantity, type Explanation } from '../../server/src/analysis/explain';

function explain(text: string, figure: string): Explanation | undefined {
  const analysis = analyze(text);
  const qi = analysis.quantities.findIndex((q) => q.text === figure);
  assert.ok(qi >= 0, `${figure} is a quantity`);
  return explainQuantity(analysis, claimLookup(analysis), qi);
}

const GDP = '一、2022年执行情况\n实现地区生产总值231.7亿元，同比增长2.3%，其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、155亿元。\n';

test('a level with a growth rate: grouped and scientific forms, the previous level 231.7 ÷ 1.023', () => {
  const e = explain(GDP, '231.7亿元');
  assert.equal(e?.grouped, '23,170,000,000');
  assert.equal(e?.scientific, '2.317 × 10¹⁰');
  assert.equal(e?.impliedPrevious?.value, '226.5');
  assert.equal(e?.impliedPrevious?.unitText, '亿元');
  assert.equal(e?.impliedPrevious?.rate, '2.3');
  assert.equal(e?.impliedPrevious?.qualified, false);
  assert.equal(e?.shareOfTotal, undefined, 'the total is no part of anything');
});

test('a decline is a negative rate and raises the implied previous level', () => {
  const e = explain('一、2022年执行情况\n全市一般公共预算收入50亿元，同比下降20%。\n', '20%');
  assert.equal(e?.signedGrowth, '-20');
  assert.equal(e?.impliedPrevious?.value, '62.5');
});

test('a part of a complete partition: its share of the total, one decimal', () => {
  const e = explain(GDP, '42.9亿元');
  assert.equal(e?.shareOfTotal?.percent, '18.5');
  assert.equal(e?.shareOfTotal?.complete, true);
});

test('a small figure without a claim: grouped value only, no scientific form, no arithmetic', () => {
  const e = explain('这是一段普通文字，共有3个。\n', '3个');
  assert.ok(e);
  assert.equal(e.grouped, '3');
  assert.equal(e.scientific, undefined);
  assert.equal(e.impliedPrevious, undefined);
});
