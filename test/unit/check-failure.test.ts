// A check that throws: the other checks' findings still arrive, and the user is told once, in
// their language, which check failed (window/showMessage through the server's Notices).

import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { MessageType } from 'vscode-languageserver/node';
import { analyze, CHECKS } from '../../server/src/analysis';
import type { Check } from '../../server/src/analysis/checks/check';
import { CachedAnalysis } from '../../server/src/lsp/cache';
import { documentNotices, Notices } from '../../server/src/lsp/notices';
import { LineIndex } from '../../server/src/shared/lineIndex';
import type { Lang } from '../../server/src/shared/locale';
import { readFixture } from './fixtures';
import { at } from '../at';

const BROKEN = 'ratio-sum';
let check: Check;
let originalRun: Check['run'];

beforeEach(() => {
  check = CHECKS.find((c) => c.code === BROKEN) as Check;
  originalRun = check.run;
  check.run = () => {
    throw new Error('a bug in the check');
  };
});
afterEach(() => {
  check.run = originalRun;
});

test('the engine keeps every other finding and records a notice naming the failed check', () => {
  const text = readFixture('001_d0fe4f7f7cc8ad9c.txt');
  const analysis = analyze(text);
  assert.ok(analysis.findings.some((f) => f.code === 'duplicate-sentence'), 'the other checks still report');
  assert.equal(analysis.findings.filter((f) => f.code === BROKEN).length, 0);
  assert.deepEqual(
    analysis.notices.map((n) => n.message.en),
    [`The ${BROKEN} check failed internally; its findings are missing this time.`],
  );
});

test('the server shows that notice once per document, in the display language', () => {
  const text = readFixture('001_d0fe4f7f7cc8ad9c.txt');
  const uri = 'file:///r/001.txt';
  const entry = new CachedAnalysis(uri, 1, 0, 'analyzed', analyze(text), new LineIndex(text));
  const sent: { type: MessageType; text: string }[] = [];
  const logged: string[] = [];
  let lang: Lang = 'zh';
  const notices = new Notices({ error: (m) => logged.push(m), info: (m) => logged.push(m) }, (type, t) => sent.push({ type, text: t }), () => lang);
  for (const notice of documentNotices(uri, entry)) notices.showOnce(notice);
  // A second publication of the same document (e.g. after an edit) does not repeat it.
  lang = 'en';
  for (const notice of documentNotices(uri, entry)) notices.showOnce(notice);
  assert.deepEqual(sent, [{ type: MessageType.Info, text: `检查“${BROKEN}”内部出错，本次未给出其结果。` }]);
  assert.deepEqual(logged, [at(sent, 0).text]);
});

test('a handler that throws is logged and answered with its fallback', () => {
  const logged: string[] = [];
  const notices = new Notices({ error: (m) => logged.push(m), info: () => undefined }, () => undefined, () => 'en');
  const answer = notices.guarded('hover', null, () => {
    throw new Error('boom');
  });
  assert.equal(answer, null);
  assert.match(logged[0] ?? '', /^hover failed: Error: boom/);
});
