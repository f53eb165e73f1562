// The light analysis (documents over reportLens.maxDocumentSize): structure, figures and the text
// checks are exactly those of a full analysis; the checks that need claims are skipped and named.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, CHECKS } from '../../server/src/analysis';
import { CORPUS, readFixture } from './fixtures';
import { at } from '../at';

const CLAIM_CHECKS = CHECKS.filter((c) => c.needsClaims).map((c) => c.code);
const TEXT_CHECKS = new Set(CHECKS.filter((c) => !c.needsClaims).map((c) => c.code));

test('the registry splits the checks: arithmetic ones need claims, text ones do not', () => {
  assert.deepEqual(CLAIM_CHECKS, [
    'growth-mismatch',
    'value-mismatch',
    'sum-mismatch',
    'share-mismatch',
    'ratio-sum',
    'bound-violation',
    'magnitude-suspect',
  ]);
  assert.deepEqual([...TEXT_CHECKS], ['duplicate-sentence', 'count-mismatch', 'heading-sequence', 'dangling-reference', 'number-style', 'malformed-number']);
});

for (const name of CORPUS) {
  test(`${name}: a light analysis keeps outline, figures and every text-check finding`, () => {
    const text = readFixture(name);
    const full = analyze(text);
    const light = analyze(text, { light: true });
    assert.deepEqual(light.outline, full.outline);
    assert.deepEqual(light.quantities, full.quantities);
    assert.deepEqual(light.claims, [], 'no claims are built');
    assert.deepEqual(light.partOf, []);
    assert.deepEqual(light.skippedChecks, CLAIM_CHECKS);
    assert.deepEqual(full.skippedChecks, [], 'a full analysis skips nothing');
    // The text checks never read claims: their findings are the same with or without them.
    assert.deepEqual(light.findings, full.findings.filter((f) => TEXT_CHECKS.has(f.code)));
  });
}

test('a light analysis drops the arithmetic findings the full one has (000: bound and sum)', () => {
  const text = readFixture(at(CORPUS, 0));
  const codes = (light: boolean): string[] => analyze(text, { light }).findings.map((f) => f.code);
  assert.ok(codes(false).includes('bound-violation') && codes(false).includes('sum-mismatch'));
  assert.ok(!codes(true).includes('bound-violation') && !codes(true).includes('sum-mismatch'));
});

test('a check the user switched off is not reported as skipped', () => {
  const light = analyze('一、总体情况\n全年地区生产总值增长5%。\n', { light: true, severities: { 'growth-mismatch': 'off' } });
  assert.ok(!light.skippedChecks.includes('growth-mismatch'));
  assert.ok(light.skippedChecks.includes('sum-mismatch'));
});
