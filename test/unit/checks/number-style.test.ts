import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis';
import { applyEdits, findingsOf, marked, spanTexts } from '../markers';
import { readFixture } from '../fixtures';
import { at } from '../../at';

const CODE = 'number-style';

function expectMarked(src: string): void {
  const { text, spans } = marked(src);
  const found = findingsOf(text, CODE);
  assert.deepEqual(spanTexts(text, found.map((f) => f.span)), spanTexts(text, spans), found.map((f) => f.message.zh).join('\n'));
}

function expectFixRemoves(text: string): string {
  const found = findingsOf(text, CODE);
  assert.ok(found.length > 0, 'expected a finding');
  let fixed = text;
  // One finding at a time, as a user would apply them (offsets stay valid: one character for one).
  for (const f of found) fixed = applyEdits(fixed, at(f.fixes, 0).edits);
  assert.deepEqual(findingsOf(fixed, CODE).map((f) => f.message.zh), []);
  return fixed;
}

// ---------------------------------------------------------------- flagged

test('flags an em dash between percentages, message shows the range and the corrected form', () => {
  const src = '城乡居民医保报销比例提高3%⟦—⟧10%。';
  expectMarked(src);
  const f = at(findingsOf(marked(src).text, CODE), 0);
  assert.match(f.message.zh, /“3%—10%”.*一字线.*3%～10%/);
  assert.match(f.message.en, /3%—10%.*3%～10%/);
  assert.equal(f.severity, 'hint');
});

test('flags a hyphen in a count range with the unit on the high end', () => {
  expectMarked('统筹推进200⟦-⟧1000人的居民聚居点建设，争取承接1⟦-⟧2场市级大型活动赛事。');
});

test('flags full-width hyphen, ASCII tilde, ranges with 万, pp and qualifiers', () => {
  expectMarked('新增油茶1.5⟦－⟧2.0万亩，举办1⟦~⟧2场展会，奖励3万⟦-⟧5万元，提高10⟦—⟧15个百分点，增长5%⟦-⟧8%左右。');
});

test('flags an age range', () => {
  expectMarked('重点面向30⟦—⟧40岁的返乡创业人员。');
});

test('corpus: 000 (200-1000人, 1-2场, 1-2家) and 001 (3%—10%)', () => {
  const expect: Record<string, string[]> = {
    '000_4030585dcbde8695.txt': ['200-1000人', '1-2场', '1-2家'],
    '001_d0fe4f7f7cc8ad9c.txt': ['3%—10%'],
    '003_7e2e0f9dafc359a0.txt': [],
  };
  for (const [name, ranges] of Object.entries(expect)) {
    const text = readFixture(name);
    const found = findingsOf(analyze(text), CODE);
    assert.deepEqual(
      found.map((f) => /“([^”]+)”/.exec(f.message.zh)?.[1]),
      ranges,
      name,
    );
  }
});

// ---------------------------------------------------------------- quick fixes

test('fix replaces only the mark, and the finding is gone', () => {
  const text = '城乡居民医保报销比例提高3%—10%，培育1-2家老字号。';
  const fixed = expectFixRemoves(text);
  assert.equal(fixed, '城乡居民医保报销比例提高3%～10%，培育1～2家老字号。');
});

test('fix on the corpus files removes every number-style finding', () => {
  expectFixRemoves(readFixture('000_4030585dcbde8695.txt'));
  expectFixRemoves(readFixture('001_d0fe4f7f7cc8ad9c.txt'));
});

// ---------------------------------------------------------------- not flagged

test('does not flag the wave mark, 至 or 到', () => {
  expectMarked('增长5%～10%，培育1至2家企业，新建1到2个园区，-3%～-1%之间。');
});

test('does not flag year and date ranges', () => {
  expectMarked('2022—2025年，实施三年行动；2月8日-10日举办年货节；1—11月完成投资；8-10月为汛期；2022-2023学年。');
});

test('does not flag codes, phone numbers and times of day', () => {
  expectMarked('改造S305-S306线，热线电话023-75552345，办理时间10：00-12：00，G69银百高速。');
});

test('does not flag dash items and asides', () => {
  expectMarked('——坚持稳中求进，完成投资100亿元——这是底线。\n——新增就业3000人。');
});

test('does not flag page footers or plain subtraction-like text', () => {
  expectMarked('全年完成投资120亿元。\n— 4 —\n第3-5名获得奖励。');
});

test('does not flag a single figure with a minus sign', () => {
  expectMarked('工业增加值增长-3.2%，较上年下降1.5个百分点。');
});
