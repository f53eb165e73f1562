// The CLI honours `.reportlens.json`: silenced findings leave the text output and the exit
// status, json lists them apart, sarif marks them suppressed; `checks` sets severities.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { analyze, fingerprintOf } from '../../server/src/analysis';
import { fixturePath, REPO_ROOT } from './lspClient';
import { at } from '../at';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const text001 = readFileSync(fixturePath('001_d0fe4f7f7cc8ad9c.txt'), 'utf8');
const CODE = 'duplicate-sentence';

const scratch = mkdtempSync(path.join(tmpdir(), 'report-lens-cli-suppress-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C', ...env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The fingerprint of 001's duplicate-sentence finding, as the editor's ignore action records it. */
function duplicateEntry(file: string, note?: string): Record<string, string> {
  const finding = analyze(text001).findings.find((f) => f.code === CODE);
  assert.ok(finding);
  return { file, ...fingerprintOf(finding, text001), ...(note ? { note } : {}) };
}

/** root/.reportlens.json (when given) and root/reports/2022/001.txt with `text`. */
function project(name: string, projectFile: unknown, text = text001): { root: string; report: string } {
  const root = path.join(scratch, name);
  const dir = path.join(root, 'reports', '2022');
  mkdirSync(dir, { recursive: true });
  const report = path.join(dir, '001.txt');
  writeFileSync(report, text);
  if (projectFile !== undefined) writeFileSync(path.join(root, '.reportlens.json'), typeof projectFile === 'string' ? projectFile : JSON.stringify(projectFile, null, 2));
  return { root, report };
}

function textCodes(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => / {2}(?:error|warning|info|hint) {2}([a-z-]+) {2}/.exec(line)?.[1])
    .filter((code): code is string => code !== undefined);
}

describe('CLI and .reportlens.json', () => {
  test('a suppressed finding leaves the text output, found by walking up from the file; --no-suppressions brings it back', () => {
    const { root, report } = project('walk', { version: 1, suppressions: [duplicateEntry('reports/2022/001.txt', 'pasted on purpose')] });
    const plain = run(['check', report], scratch);
    assert.ok(!textCodes(plain.stdout).includes(CODE), plain.stdout);
    assert.match(plain.stdout, /\(1 suppressed\)$/m);
    assert.equal(plain.stderr, '');
    // Relative paths from another working directory find the same project file.
    const relative = run(['check', path.join('reports', '2022', '001.txt')], root);
    assert.ok(!textCodes(relative.stdout).includes(CODE));
    const audit = run(['check', '--no-suppressions', report], scratch);
    assert.ok(textCodes(audit.stdout).includes(CODE), 'reported again');
    assert.doesNotMatch(audit.stdout, /suppressed/);
  });

  test('the entry applies to its file only and survives edits elsewhere in it', () => {
    const entry = duplicateEntry('reports/2022/001.txt');
    const edited = `前言：修订稿。\n${text001}`.replace('疫情防控精准高效', '疫情防控精准有效');
    const { root, report } = project('edited', { version: 1, suppressions: [entry] }, edited);
    assert.ok(!textCodes(run(['check', report], root).stdout).includes(CODE), 'still suppressed after edits elsewhere');
    const other = path.join(root, 'reports', '2022', '001-copy.txt');
    writeFileSync(other, text001);
    assert.ok(textCodes(run(['check', other], root).stdout).includes(CODE), 'another file keeps its finding');
  });

  test('json lists suppressed findings apart; sarif marks them with an external suppression', () => {
    const { root, report } = project('formats', { version: 1, suppressions: [duplicateEntry('reports/2022/001.txt', 'pasted on purpose')] });
    const json = JSON.parse(run(['check', '--format', 'json', report], root).stdout) as {
      files: { findings: { code: string }[]; suppressed: { code: string; span: { line: number }; suppression: { kind: string; note?: string } }[] }[];
      summary: { suppressed: number };
    };
    const file = at(json.files, 0);
    assert.ok(!file.findings.some((f) => f.code === CODE));
    assert.equal(file.suppressed.length, 1);
    assert.equal(at(file.suppressed, 0).code, CODE);
    assert.equal(at(file.suppressed, 0).span.line, 40);
    assert.deepEqual(at(file.suppressed, 0).suppression, { kind: 'external', note: 'pasted on purpose' });
    assert.equal(json.summary.suppressed, 1);

    const sarif = JSON.parse(run(['check', '--format', 'sarif', report], root).stdout) as {
      runs: { results: { ruleId: string; suppressions?: { kind: string; status: string; justification?: string }[] }[] }[];
    };
    const results = at(sarif.runs, 0).results;
    const silenced = results.filter((r) => r.suppressions);
    assert.equal(silenced.length, 1);
    assert.equal(at(silenced, 0).ruleId, CODE);
    assert.deepEqual(at(silenced, 0).suppressions, [{ kind: 'external', status: 'accepted', justification: 'pasted on purpose' }]);
    assert.ok(results.length > 1, 'the other findings are results without suppressions');
  });

  test('checks: severities from the file, off removes a check, and the exit status follows', () => {
    const asError = project('error', { version: 1, checks: { [CODE]: 'error' } });
    const result = run(['check', asError.report], asError.root);
    assert.match(result.stdout, / {2}error {2}duplicate-sentence {2}/);
    assert.equal(result.status, 1);
    const off = project('off', { checks: { [CODE]: 'off' } });
    assert.ok(!textCodes(run(['check', off.report], off.root).stdout).includes(CODE));
  });

  test('a suppressed error does not fail the run', () => {
    const { root, report } = project('exit', { version: 1, checks: { [CODE]: 'error' }, suppressions: [duplicateEntry('reports/2022/001.txt')] });
    const result = run(['check', report], root);
    assert.equal(result.status, / {2}error {2}/.test(result.stdout) ? 1 : 0, 'only unsuppressed errors count');
    assert.doesNotMatch(result.stdout, / {2}error {2}duplicate-sentence/);
  });

  test('a broken project file: one stderr line per file, then it is ignored', () => {
    const { root, report } = project('broken', '{ "version": 1, "suppressions": [');
    const other = path.join(root, 'reports', '2022', 'other.txt');
    writeFileSync(other, text001);
    const result = run(['check', report, other], root);
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(at(lines, 0), /^report-lens: .*\.reportlens\.json: is not valid JSON \(.+\); the whole file is ignored\.$/);
    assert.equal(textCodes(result.stdout).filter((c) => c === CODE).length, 2, 'both files fully reported');
    assert.ok(result.status === 0 || result.status === 1);

    const zh = run(['check', report], root, { LANG: 'zh_CN.UTF-8' });
    assert.match(zh.stderr, /不是有效的 JSON/);

    const invalidEntries = project('entries', { version: 1, checks: { [CODE]: 'loud' }, suppressions: [{ code: CODE }] });
    const partial = run(['check', invalidEntries.report], invalidEntries.root);
    assert.match(partial.stderr, /ignores invalid checks\.duplicate-sentence, suppressions\[0\]/);
    assert.ok(textCodes(partial.stdout).includes(CODE));
  });
});
