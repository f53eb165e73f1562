// Suppressions: a silenced finding stays silenced while the rest of the document is edited, and
// comes back when the text it covers is edited.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, fingerprintOf, partitionFindings, type Suppression } from '../../server/src/analysis';
import type { Finding } from '../../server/src/analysis/types';
import { readFixture } from './fixtures';
import { at } from '../at';

const CODE = 'duplicate-sentence';
const A = '全县新建改建农村公路一百二十公里，完成危桥改造十座，改善群众出行条件。';
const B = '全年新增城镇就业一万一千余人，城镇调查失业率控制在百分之五点五以内。';
const TEXT = `一、总体情况\n${A}其他工作稳步推进。${A}\n二、民生保障\n${B}社会大局和谐稳定。${B}\n`;

function duplicates(text: string, suppressions: readonly Suppression[] = []): Finding[] {
  return analyze(text, { suppressions }).findings.filter((f) => f.code === CODE);
}

function coveredText(text: string, f: Finding): string {
  return text.slice(f.span.start, f.span.end);
}

/** The suppression for the finding that covers `sentence` in `text`. */
function silence(text: string, sentence: string): Suppression {
  const finding = duplicates(text).find((f) => coveredText(text, f) === sentence);
  assert.ok(finding, `a finding on ${sentence}`);
  return { ...fingerprintOf(finding, text), note: 'reviewed' };
}

test('the fingerprint has no offsets: code, covered text and same-line context', () => {
  const first = at(duplicates(TEXT), 0);
  const fingerprint = fingerprintOf(first, TEXT);
  assert.deepEqual(Object.keys(fingerprint).sort(), ['code', 'context', 'text']);
  assert.equal(fingerprint.code, CODE);
  assert.equal(fingerprint.text, A);
  assert.equal(fingerprint.context, `。其他工作稳步推进。${A}`, 'ten characters before, none after (line end)');
});

test('a suppressed finding disappears; other findings of the same code stay', () => {
  assert.equal(duplicates(TEXT).length, 2);
  const remaining = duplicates(TEXT, [silence(TEXT, A)]);
  assert.equal(remaining.length, 1);
  assert.equal(coveredText(TEXT, at(remaining, 0)), B);
});

test('still suppressed after inserting text before and after it, and after CRLF line breaks and a BOM', () => {
  const suppression = silence(TEXT, A);
  const edits = [
    `前言\n新增一段说明文字，包括数字12.5亿元。\n${TEXT}`,
    `${TEXT}三、附录\n补充说明。\n`,
    TEXT.replace('二、民生保障', '二、民生保障与社会事业'),
    `\ufeff${TEXT.replace(/\n/g, '\r\n')}`,
  ];
  for (const text of edits) {
    const remaining = duplicates(text, [suppression]);
    assert.deepEqual(
      remaining.map((f) => coveredText(text, f)),
      [B],
      `only B is left in ${JSON.stringify(text.slice(0, 20))}`,
    );
  }
});

test('editing the suppressed text itself brings the finding back', () => {
  const suppression = silence(TEXT, A);
  const changed = A.replace('十座', '十二座');
  const text = TEXT.replace(`。${A}\n`, `。${changed}\n`).replace(`${A}其他`, `${changed}其他`);
  assert.equal(duplicates(text, [suppression]).length, 2, 'the changed sentence is a new finding');
});

test('two identical sentences are told apart by their context', () => {
  // The same repeated sentence twice: the finding on the third copy differs from the second by context.
  const text = `${A}第一段。\n${A}第二段。\n${A}第三段。\n`;
  const found = duplicates(text);
  assert.equal(found.length, 2);
  const [second, third] = found.map((f) => fingerprintOf(f, text));
  assert.ok(second !== undefined && third !== undefined);
  assert.equal(second.text, third.text);
  assert.notEqual(second.context, third.context);
  const remaining = duplicates(text, [second]);
  assert.equal(remaining.length, 1);
  assert.equal(fingerprintOf(at(remaining, 0), text).context, third.context);
});

test('hand-written entries may contain whitespace; other codes with the same text are not silenced', () => {
  const suppression = silence(TEXT, A);
  const spaced = { ...suppression, text: ` ${suppression.text.slice(0, 5)}\n${suppression.text.slice(5)} ` };
  assert.equal(duplicates(TEXT, [spaced]).length, 1);
  assert.equal(duplicates(TEXT, [{ ...suppression, code: 'growth-mismatch' }]).length, 2);
});

test('partitionFindings reports which entry silenced a finding; the real 001 duplicate too', () => {
  const text = readFixture('001_d0fe4f7f7cc8ad9c.txt');
  const all = analyze(text).findings;
  const duplicate = all.find((f) => f.code === CODE);
  assert.ok(duplicate);
  const suppression: Suppression = { ...fingerprintOf(duplicate, text), note: 'intended' };
  const { kept, suppressed } = partitionFindings(all, text, [suppression]);
  assert.equal(kept.length, all.length - 1);
  assert.deepEqual(suppressed, [{ finding: duplicate, suppression }]);
  assert.ok(!analyze(text, { suppressions: [suppression] }).findings.some((f) => f.code === CODE));
});

test('fingerprints stay small and cheap on pathological input', () => {
  const text = `${' '.repeat(100_000)}${'很长的句子'.repeat(100)}`;
  const fingerprint = fingerprintOf({ code: CODE, span: { start: 50_000, end: text.length } }, text);
  assert.ok(fingerprint.text.length <= 201);
  assert.ok(fingerprint.context.length <= 221);
  const outOfRange = fingerprintOf({ code: CODE, span: { start: 5, end: 2 } }, 'abc');
  assert.deepEqual(outOfRange, { code: CODE, text: '', context: 'abc' });
});
