// One-paragraph-per-line text from web pages whose inline elements landed on lines of their own
// (paragraphs.ts, continuesFragment): a figure split from its words and its unit is read whole,
// and ordinary paragraphs and headings are never joined. Invented text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { at } from '../at';

test('a figure on a line of its own joins the words before it and its unit after it', () => {
  const text = ['一、农业生产', '全年花生种植面积达', '7860', '亩,增长', '10.2%', ',粮食总产量稳定在', '3.2', '万吨。', '二、工业生产', '规模以上工业增加值增长5.1%。'].join('\n');
  const a = analyze(text);
  // Quoted as written: the line breaks are between pieces, not inside the quote.
  assert.deepEqual(a.quantities.map((q) => q.text), ['7860亩', '10.2%', '3.2万吨', '5.1%']);
  assert.deepEqual(a.paragraphs.map((p) => p.text), ['一、农业生产', '全年花生种植面积达7860亩，增长10.2%，粮食总产量稳定在3.2万吨。', '二、工业生产', '规模以上工业增加值增长5.1%。']);
  assert.deepEqual(
    a.claims.map((c) => [at(a.quantities, c.quantity).value.units.toString(), at(a.quantities, c.quantity).unit]),
    [
      ['7860', '亩'],
      ['102', '%'],
      ['32000', '吨'],
      ['51', '%'],
    ],
  );
  assert.deepEqual(a.outline.map((h) => h.title), ['一、农业生产', '二、工业生产']);
});

test('ordinary paragraphs, headings, item numbers and titles are not joined', () => {
  const lines = [
    '某县2023年政府工作报告',
    '各位代表：',
    '一、2023年工作回顾',
    '（一）经济运行稳中有升',
    '全年实现地区生产总值231.7亿元，增长5.2%。',
    '1.工业经济',
    '规模以上工业增加值增长5.1%。',
    '专栏1',
    '重点项目建设情况',
    '2.农业农村',
    '粮食总产量3.2万吨',
    '2023年，全县粮食播种面积稳定。',
  ];
  const a = analyze(lines.join('\n'));
  assert.equal(a.paragraphs.length, lines.length);
});

test('a line opening on the words that carry a figure on (`调整为…`, `比上年…`) continues the line before', () => {
  const text = ['（三）产业结构持续优化。三次产业比由2019年的12.4:45.1:42.5', '调整为2023年的10.8:43.7:45.5。', '全年粮食产量12.6万吨。'].join('\n');
  const a = analyze(text);
  assert.deepEqual(a.paragraphs.map((p) => p.text), ['（三）产业结构持续优化。三次产业比由2019年的12.4:45.1:42.5调整为2023年的10.8:43.7:45.5。', '全年粮食产量12.6万吨。']);
  // A line that names something new after a figure is still a paragraph of its own.
  const plain = analyze(['全年粮食产量12.6万吨，增长2.3', '全县常住人口35.2万人。'].join('\n'));
  assert.equal(plain.paragraphs.length, 2);
});

test('pinyin glosses of mirror sites are left out of the reading; spans keep pointing at the source', () => {
  const text = '全县地區(qū)生產(chǎn)總值86.4億(yì)元，增長(zhǎng)5.2%。其中，第一產(chǎn)業(yè)增加值9.3億元，第二產(chǎn)業(yè)增加值31.6億元，第三產(chǎn)業(yè)增加值47.5億元。三次產(chǎn)業(yè)結(jié)構(gòu)為10.8:36.6:54.1。';
  const a = analyze(text);
  assert.equal(a.paragraphs[0]?.text.includes('（chǎn）'), false);
  const gdp = a.quantities[0];
  assert.ok(gdp);
  assert.equal(text.slice(gdp.span.start, gdp.span.end), '86.4億(yì)元');
  assert.equal(gdp.unit, '元');
  // The growth reads as a growth, the sectors as parts of the GDP, the structure as a ratio.
  const codes = a.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);
  assert.deepEqual(codes, ['sum-mismatch 86.4億(yì)元', 'ratio-sum 10.8:36.6:54.1']);
});

test('Latin words in brackets that are no gloss stay in the text', () => {
  const a = analyze('地区生产总值(GDP)86.4亿元，排放浓度(ppm)下降。');
  assert.ok(a.paragraphs[0]?.text.includes('GDP'));
  assert.ok(a.paragraphs[0]?.text.includes('ppm'));
  assert.equal(analyze('的(de)确增长了(le)5%。').paragraphs[0]?.text, '的确增长了5%。');
});
