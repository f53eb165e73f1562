// The reading view (server/src/analysis/script/): traditional script and web-page punctuation
// are read as their simplified / full-width forms by every stage, while spans and quotes stay on
// the source text. Every text here is invented.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../server/src/analysis';
import { readingView } from '../../server/src/analysis/script/readingView';
import { SIMPLIFIED, TRADITIONAL } from '../../server/src/analysis/script/traditionalMap';
import { at } from '../at';

// ---------------------------------------------------------------- the view itself

const VIEW_CASES: ReadonlyArray<[string, string]> = [
  // traditional script: units, cue words, indicator nouns
  ['262.96億元', '262.96亿元'],
  ['3.5萬人', '3.5万人'],
  ['比上年增長5.2%', '比上年增长5.2%'],
  ['提高1.2個百分點', '提高1.2个百分点'],
  ['第三產業增加值', '第三产业增加值'],
  ['地區生產總值', '地区生产总值'],
  ['規模以上工業', '规模以上工业'],
  ['稅收收入佔一般公共預算收入的', '税收收入占一般公共预算收入的'],
  ['分別為', '分别为'],
  ['出生人數爲53200人', '出生人数为53200人'], // 爲, the older form of 為
  // web punctuation: list commas, semicolons, colons and brackets become full-width
  ['增长5.2%,6.3%', '增长5.2%，6.3%'],
  ['收入12亿元;支出10亿元', '收入12亿元；支出10亿元'],
  ['其中:第一产业', '其中：第一产业'],
  ['(一)农业', '（一）农业'],
  ['分别为1,2个', '分别为1，2个'],
  ['2021,2022年', '2021，2022年'],
  ['增长5.2,6.3个百分点', '增长5.2，6.3个百分点'],
  // …but a comma inside a figure and a colon between digits stay
  ['30,161万元', '30,161万元'],
  ['1,100.9亿元', '1,100.9亿元'],
  ['12,345,678元', '12,345,678元'],
  ['3,0000万元', '3,0000万元'],
  ['上午10:30召开', '上午10:30召开'],
  ['9.3:41.0:49.7', '9.3:41.0:49.7'],
  // after a Latin letter the mark is Latin text or markup
  ['[bookmark: _GoBack]抓好', '[bookmark: _GoBack]抓好'],
  ['见http://example.org', '见http://example.org'],
  // the ratio signs between digits read as a colon ratio; elsewhere they are left alone
  ['2.5∶27.5∶70.0', '2.5:27.5:70.0'],
  ['16.5︰26.2︰57.3', '16.5:26.2:57.3'],
  ['比例∶如下', '比例∶如下'],
  // small form variants of mirror sites read as the full-width marks
  ['增速第一﹔進口319.5億元', '增速第一；进口319.5亿元'],
  ['出口﹐进口﹑加工﹕', '出口，进口、加工：'],
  ['汽車保險業務﹙包括第三者責任﹚', '汽车保险业务（包括第三者责任）'], // small parentheses
  // simplified text and full-width punctuation are left as they are
  ['全县实现地区生产总值231.7亿元，同比增长2.3%。', '全县实现地区生产总值231.7亿元，同比增长2.3%。'],
  // characters that are also ordinary simplified characters are never mapped
  ['显著提高，乾隆', '显著提高，乾隆'],
];

for (const [input, want] of VIEW_CASES) {
  test(`view: ${input} → ${want}`, () => {
    const got = readingView(input);
    assert.equal(got, want);
    assert.equal(got.length, input.length, 'the view keeps every offset');
  });
}

test('view: simplified text without web punctuation is returned as is (no copy)', () => {
  const t = '全县实现地区生产总值231.7亿元，同比增长2.3%。';
  assert.equal(readingView(t), t);
});

test('the traditional map is one character for one, in the BMP, and never maps to another source', () => {
  const sources = new Set<string>();
  TRADITIONAL.forEach((row, r) => {
    assert.equal(row.length, at(SIMPLIFIED, r).length, `row ${r} aligned`);
    for (const ch of row) {
      assert.ok(ch.charCodeAt(0) >= 0x3400 && ch.charCodeAt(0) <= 0x9fff, ch);
      assert.ok(!sources.has(ch), `${ch} listed twice`);
      sources.add(ch);
    }
  });
  for (const row of SIMPLIFIED) for (const ch of row) assert.ok(!sources.has(ch), `${ch} is both a source and a target`);
  assert.ok(sources.size >= 300, `${sources.size} characters`);
});

// ---------------------------------------------------------------- the whole pipeline

const HEAD = '一、2022年国民经济和社会发展计划执行情况\n';
const SIMPLIFIED_REPORT =
  HEAD +
  '实现地区生产总值231.7亿元，同比增长2.3%，其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、165亿元。' +
  '年度计划投资255.2亿元，其中：政府性投资151.4亿元，占比61.3%，社会性投资103.8亿元，占比38.7%。' +
  '城镇新增就业3.5万人，比上年增长1.2个百分点。\n';
const TRADITIONAL_REPORT =
  HEAD +
  '實現地區生產總值231.7億元，同比增長2.3%，其中，一、二、三產業增加值分別實現42.9億元、33.8億元、165億元。' +
  '年度計劃投資255.2億元，其中：政府性投資151.4億元，佔比61.3%，社會性投資103.8億元，佔比38.7%。' +
  '城鎮新增就業3.5萬人，比上年增長1.2個百分點。\n';
const WEB_REPORT =
  HEAD +
  '实现地区生产总值231.7亿元,同比增长2.3%,其中,一、二、三产业增加值分别实现42.9亿元、33.8亿元、165亿元。' +
  '年度计划投资255.2亿元,其中:政府性投资151.4亿元,占比61.3%,社会性投资103.8亿元,占比38.7%。' +
  '城镇新增就业3.5万人,比上年增长1.2个百分点。\n';

function shape(a: Analysis): unknown {
  return {
    quantities: a.quantities.map((q) => [q.span.start, q.span.end, q.value.units.toString(), q.value.scale, q.unit]),
    claims: a.claims.map((c) => [c.quantity, c.indicator, c.kind, c.period.year]),
    findings: a.findings.map((f) => [f.code, f.span.start, f.span.end]),
    outline: a.outline.map((h) => [h.kind, h.number]),
  };
}

test('a traditional-script report gives the same quantities, claims and findings as its simplified twin', () => {
  const simplified = analyze(SIMPLIFIED_REPORT);
  const traditional = analyze(TRADITIONAL_REPORT);
  assert.equal(TRADITIONAL_REPORT.length, SIMPLIFIED_REPORT.length);
  assert.ok(simplified.findings.some((f) => f.code === 'sum-mismatch'), 'the twin has a sum finding to compare');
  assert.ok(simplified.findings.some((f) => f.code === 'share-mismatch'), 'and a share finding');
  assert.deepEqual(shape(traditional), shape(simplified));
});

test('traditional script: figures and findings quote the text as written', () => {
  const a = analyze(TRADITIONAL_REPORT);
  const texts = a.quantities.map((q) => q.text);
  assert.ok(texts.includes('231.7億元'), texts.join(' '));
  assert.ok(texts.includes('3.5萬人'), texts.join(' '));
  assert.ok(texts.includes('1.2個百分點'), texts.join(' '));
  for (const q of a.quantities) assert.equal(TRADITIONAL_REPORT.slice(q.span.start, q.span.end), q.text);
  const sum = a.findings.find((f) => f.code === 'sum-mismatch');
  assert.ok(sum && sum.related.some((r) => r.message.zh.includes('億元')), JSON.stringify(sum?.related));
});

test('web punctuation: a report with ASCII , ; : gives the same claims and findings as with ，；：', () => {
  assert.deepEqual(shape(analyze(WEB_REPORT)), shape(analyze(SIMPLIFIED_REPORT)));
});

test('web punctuation: ASCII ( ) around a heading number reads as the full-width heading', () => {
  const a = analyze('(一)农业生产\n全年粮食产量12.3万吨。\n(二)工业生产\n规模以上工业增加值增长5.1%。\n');
  assert.deepEqual(
    a.outline.map((h) => [h.kind, h.number]),
    [
      ['chapter', 1],
      ['chapter', 2],
    ],
  );
});
