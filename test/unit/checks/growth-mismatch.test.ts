import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFixture } from '../fixtures';
import { applyFix, covered, findingsOf } from '../markers';

const CODE = 'growth-mismatch';
const ACTUAL = '一、2022年国民经济和社会发展计划执行情况\n';
const TARGET = '二、2023年主要预期目标\n';

test('text vs text: one indicator and year with two growth rates', () => {
  const text = `${ACTUAL}全年固定资产投资增长11.6%。\n（二）投资\n全年完成固定资产投资88.9亿元，同比增长12.6%。\n`;
  const fs = findingsOf(text, CODE);
  assert.equal(fs.length, 1);
  const [f] = fs;
  assert.equal(covered(text, f), '12.6%');
  assert.equal(text.slice(f.related[0].span.start, f.related[0].span.end), '11.6%');
  assert.match(f.message.zh, /12\.6%.*11\.6%/);
  assert.match(f.message.en, /12\.6%.*11\.6%/);
  assert.equal(f.severity, 'error');
});

test('both fix directions are offered and each removes the finding', () => {
  const text = `${ACTUAL}全年固定资产投资增长11.6%。\n全年完成固定资产投资88.9亿元，同比增长12.6%。\n`;
  const [f] = findingsOf(text, CODE);
  assert.equal(f.fixes.length, 2);
  const toFirst = applyFix(text, f.fixes[0]);
  const toSecond = applyFix(text, f.fixes[1]);
  assert.ok(toFirst.includes('同比增长11.6%'));
  assert.ok(toSecond.includes('投资增长12.6%'));
  assert.deepEqual(findingsOf(toFirst, CODE), []);
  assert.deepEqual(findingsOf(toSecond, CODE), []);
});

test('text vs table: the table row disagrees with the text (000 with one cell changed)', () => {
  const original = readFixture('000_4030585dcbde8695.txt');
  assert.deepEqual(findingsOf(original, CODE), [], 'the real 000 agrees with its table');
  // 表1 row 2 (固定资产投资) actual growth 11.6 → 12.6
  const text = original.replace('\t预期性\n\t8\n\t11.6\n', '\t预期性\n\t8\n\t12.6\n');
  assert.notEqual(text, original);
  const fs = findingsOf(text, CODE);
  assert.ok(fs.length >= 1);
  assert.ok(fs.some((f) => covered(text, f) === '12.6' || f.related.some((r) => text.slice(r.span.start, r.span.end) === '12.6')));
  const fix = fs[0].fixes.find((x) => x.edits.some((e) => text.slice(e.span.start, e.span.end) === '12.6'));
  assert.ok(fix, 'a fix rewrites the table cell');
  assert.equal(fix.edits[0].newText, '11.6', 'a table cell gets a bare number');
});

test('a fall and a rise of the same size disagree', () => {
  const text = `${ACTUAL}工业用电量下降3.2%。\n全年工业用电量增长3.2%。\n`;
  assert.equal(findingsOf(text, CODE).length, 1);
});

test('percentage-point changes are compared too', () => {
  const text = `${ACTUAL}城镇化率达到45%，提高1.6个百分点。\n城镇化率提高1.2个百分点。\n`;
  assert.equal(findingsOf(text, CODE).length, 1);
});

test('not flagged: target vs actual, different years, populations, scopes, bounds, bases', () => {
  const cases = [
    `${ACTUAL}地区生产总值增长2.3%。\n${TARGET}地区生产总值增长6.5%左右。\n`, // actual vs target
    `${ACTUAL}地区生产总值增长2.3%。\n2021年地区生产总值增长8.1%。\n`, // another year named
    `${ACTUAL}城镇居民人均可支配收入增长1.6%。\n全体居民人均可支配收入增长10.5%。\n`, // different populations
    `${ACTUAL}工业增加值增长5.1%。\n规模以上工业增加值增长6.2%。\n`, // 工业 vs 规上工业
    `${ACTUAL}地区生产总值增长2.3%。\n上半年地区生产总值增长1.1%。\n`, // sub-year scope
    `${ACTUAL}固定资产投资增长11.6%。\n${TARGET}固定资产投资增长18%以上。\n`, // target bound
    `${ACTUAL}税收收入增长2.1%。\n税收收入增长2%左右。\n`, // approximation
    `${ACTUAL}地区生产总值增长2.3%。\n地区生产总值增长2.3%。\n`, // same value restated
    `${ACTUAL}城镇化率提升至45%。\n城镇化率提升至46%。\n`, // levels, not growth (value-mismatch's job)
    `${ACTUAL}一、二、三产业增加值分别增长3.7%、2.6%、1.9%。\n第一产业增加值增长3.7%。\n`, // list position agrees
  ];
  for (const t of cases) assert.deepEqual(findingsOf(t, CODE).map((f) => f.message.zh), [], t);
});

const TABLE = (rural: string): string =>
  '| 指标 | 单位 | 目标 | 完成 | 增长 |\n| --- | --- | --- | --- | --- |\n' +
  '| 城镇居民人均可支配收入 | 元 | 45000 | 44860 | 4.6% |\n' +
  `| 农村居民人均可支配收入 | 元 | 22000 | 22150 | ${rural} |\n\n`;

test('text vs a Markdown table whose growth column writes % in the cells; the year comes from the part', () => {
  const text = `## ${ACTUAL}\n${TABLE('7.9%')}农村居民人均可支配收入22150元，增长6.9%。\n`;
  const fs = findingsOf(text, CODE);
  assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message.zh)));
  assert.equal(covered(text, fs[0]), '6.9%');
  assert.deepEqual(findingsOf(`## ${ACTUAL}\n${TABLE('6.9%')}农村居民人均可支配收入22150元，增长6.9%。\n`, CODE), []);
  // Both fixes keep each place's own form: `7.9%` in the text, `6.9%` in a cell written with %.
  const [toTable, toText] = fs[0].fixes.map((f) => applyFix(text, f));
  assert.ok(toTable.includes('增长7.9%。') && !toTable.includes('%%'), toTable);
  assert.ok(toText.includes('| 6.9% |'), toText);
  assert.deepEqual(findingsOf(toTable, CODE), []);
  assert.deepEqual(findingsOf(toText, CODE), []);
});

test('not flagged: a growth table in the plan part against the actual in the review part', () => {
  const text = `## ${ACTUAL}\n农村居民人均可支配收入22150元，增长6.9%。\n\n## ${TARGET}\n${TABLE('7.9%')}`;
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('the three corpus reports have no growth contradiction', () => {
  for (const name of ['000_4030585dcbde8695.txt', '001_d0fe4f7f7cc8ad9c.txt', '003_7e2e0f9dafc359a0.txt']) {
    assert.deepEqual(findingsOf(readFixture(name), CODE).map((f) => f.message.zh), [], name);
  }
});
