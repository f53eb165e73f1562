// CLI tests: spawn `node dist/cli.js` as a user would and check output, formats and exit codes.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { fixturePath, REPO_ROOT } from './lspClient';
import { at } from '../at';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const F000 = fixturePath('000_4030585dcbde8695.txt');
const F001 = fixturePath('001_d0fe4f7f7cc8ad9c.txt');
const F003 = fixturePath('003_7e2e0f9dafc359a0.txt');

const scratch = mkdtempSync(path.join(tmpdir(), 'report-lens-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    // A clean locale unless the test sets one: the language must not depend on the machine.
    env: { PATH: process.env.PATH, LANG: 'C', ...env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const FINDING_LINE = /^(.+):(\d+):(\d+) {2}(error|warning|info|hint) {2}([a-z-]+) {2}(.+)$/;

interface JsonOutput {
  tool: { name: string; version: string };
  files: {
    file: string;
    outline: { title: string; kind: string; span: { line: number }; children: unknown[] }[];
    quantities: { text: string; value: string; unit: string; span: { line: number; column: number };
      claim: { indicator: string; kind: string; frame: { subject: { scope: string }; indicator: string; year?: number; stage: string; kind: string } } | null;
      explanation: { scientific?: string; impliedPrevious?: { value: string } } | null;
    }[];
    findings: { code: string; severity: string; message: { zh: string; en: string }; span: { line: number; column: number } }[];
  }[];
  unreadable: { path: string; reason: string }[];
  summary: { files: number; unreadable: number; bySeverity: Record<string, number> };
}

describe('report-lens CLI', () => {
  test('--help and --version', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: report-lens check FILE\|DIR\.\.\. \[--format text\|json\|sarif\] \[--lang zh\|en\]/);
    const helpZh = run(['--help', '--lang', 'zh']);
    assert.match(helpZh.stdout, /^用法/);
    const version = run(['--version']);
    assert.equal(version.status, 0);
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout.trim(), pkg.version);
  });

  test('usage errors exit 2 with one line and no stack trace', () => {
    for (const args of [[], ['lint', F000], ['check'], ['check', F000, '--format', 'xml'], ['check', F000, '--bogus'], ['check', F000, '--lang']]) {
      const result = run(args);
      assert.equal(result.status, 2, `args ${args.join(' ')}`);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^report-lens: /);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  test('text format: file:line:col  severity  code  message, a summary, exit 1 on errors', () => {
    const result = run(['check', F000, F001, F003]);
    const lines = result.stdout.trimEnd().split('\n');
    const summary = lines.pop() ?? '';
    assert.match(summary, /^3 files checked: (\d+) errors?, (\d+) warnings?, (\d+) info, (\d+) hints?$/);
    let errors = 0;
    for (const line of lines) {
      const m = FINDING_LINE.exec(line);
      assert.ok(m, `malformed line: ${line}`);
      assert.ok([F000, F001, F003].includes(m[1] ?? ''));
      assert.ok(Number(m[2]) >= 1 && Number(m[3]) >= 1, '1-based positions');
      if (m[4] === 'error') errors++;
    }
    assert.equal(Number(/(\d+) errors?/.exec(summary)?.[1]), errors);
    assert.equal(result.status, errors > 0 ? 1 : 0);
    assert.equal(result.stderr, '');
  });

  test('reports the repeated sentence of 001 at line 40', () => {
    const result = run(['check', F001]);
    const duplicate = result.stdout.split('\n').map((l) => FINDING_LINE.exec(l)).find((m) => m && m[5] === 'duplicate-sentence');
    assert.ok(duplicate, result.stdout);
    assert.equal(duplicate[2], '40');
    assert.equal(duplicate[4], 'warning');
  });

  test('language from --lang, else from LC_ALL / LANG', () => {
    const zh = run(['check', F001], { LANG: 'zh_CN.UTF-8' });
    assert.match(zh.stdout, /检查了 1 个文件/);
    const forcedEn = run(['check', F001, '--lang', 'en'], { LC_ALL: 'zh_CN.UTF-8' });
    assert.match(forcedEn.stdout, /1 file checked/);
    const lcAll = run(['check', F001], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' });
    assert.match(lcAll.stdout, /检查了/);
    const zhFinding = zh.stdout.split('\n').find((l) => l.includes('duplicate-sentence'));
    const enFinding = forcedEn.stdout.split('\n').find((l) => l.includes('duplicate-sentence'));
    assert.ok(zhFinding && enFinding);
    assert.notEqual(zhFinding, enFinding);
  });

  test('json format: outline, quantities with exact values, findings', () => {
    const result = run(['check', '--format', 'json', F000]);
    const output = JSON.parse(result.stdout) as JsonOutput;
    assert.equal(output.tool.name, 'report-lens');
    assert.equal(output.files.length, 1);
    const file = at(output.files, 0);
    assert.equal(file.file, F000);
    const titles = file.outline.flatMap(function walk(h: { title: string; children: unknown[] }): string[] {
      return [h.title, ...(h.children as { title: string; children: unknown[] }[]).flatMap(walk)];
    });
    assert.ok(titles.includes('一、2022年国民经济和社会发展计划执行情况'), titles.slice(0, 5).join(' | '));
    for (const q of file.quantities) assert.match(q.value, /^-?\d+(\.\d+)?$/, 'exact decimal string');
    assert.equal(result.status, file.findings.some((f) => f.severity === 'error') ? 1 : 0);
  });

  test('json format: 231.7亿元 normalizes to 23170000000 元', () => {
    const output = JSON.parse(run(['check', '--format=json', F000]).stdout) as JsonOutput;
    const figure = at(output.files, 0).quantities.find((q) => q.text === '231.7亿元' && q.span.line === 13);
    assert.ok(figure);
    assert.equal(figure.value, '23170000000');
    assert.equal(figure.unit, '元');
    assert.equal(figure.claim?.indicator, '地区生产总值');
    assert.equal(figure.claim?.kind, 'level');
    // The same arithmetic as the hover (analysis/explain.ts): 231.7 ÷ (1 + 2.3%) ≈ 226.5亿元.
    assert.equal(figure.explanation?.scientific, '2.317 × 10¹⁰');
    assert.equal(figure.explanation?.impliedPrevious?.value, '226.5');
    // The whole claim frame (GUIDE §5) is in the JSON.
    assert.deepEqual(figure.claim?.frame.subject, { scope: 'own' });
    assert.equal(figure.claim?.frame.indicator, '地区生产总值');
    assert.equal(figure.claim?.frame.year, 2022);
    assert.equal(figure.claim?.frame.stage, 'actual');
  });

  test('sarif format: SARIF 2.1.0 with rule ids = codes', () => {
    const result = run(['check', '--format', 'sarif', F001]);
    const sarif = JSON.parse(result.stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const runResult = at(sarif.runs, 0);
    assert.equal(runResult.tool.driver.name, 'report-lens');
    const ruleIds = new Set(runResult.tool.driver.rules.map((r) => r.id));
    for (const r of runResult.results) {
      assert.ok(ruleIds.has(r.ruleId));
      assert.ok(['error', 'warning', 'note'].includes(r.level));
      assert.ok(at(r.locations, 0).physicalLocation.region.startLine >= 1);
    }
  });

  test('missing files and undecodable input: one clear line each, the rest still checked (folders: cli-batch.test.ts)', () => {
    const gbk = path.join(scratch, 'gbk.txt');
    // "各位代表" in GBK: invalid as UTF-8, so it is read as GB18030 (and checked).
    writeFileSync(gbk, Buffer.from([0xb8, 0xf7, 0xce, 0xbb, 0xb4, 0xfa, 0xb1, 0xed, 0x0a]));
    const garbled = path.join(scratch, 'garbled.txt');
    // Valid as neither UTF-8 nor GB18030.
    writeFileSync(garbled, Buffer.from([0x81, 0x20, 0xff, 0xff, 0x0a]));
    const unreadable = path.join(scratch, 'secret.txt');
    writeFileSync(unreadable, '各位代表：');
    chmodSync(unreadable, 0o000);
    const missing = path.join(scratch, 'missing.txt');
    const result = run(['check', missing, gbk, garbled, unreadable, F003]);
    assert.equal(result.status, 2, 'some input could not be read');
    const errors = result.stderr.trimEnd().split('\n');
    assert.ok(errors.some((l) => l === `report-lens: ${missing}: no such file`), result.stderr);
    assert.ok(errors.some((l) => l.startsWith(`report-lens: ${garbled}: is neither UTF-8 nor GB18030/GBK text`)));
    assert.ok(!errors.some((l) => l.includes(gbk)), 'GBK text is read');
    assert.doesNotMatch(result.stderr, /\n\s+at /);
    assert.match(result.stdout, /unreadable/);
    // Running as root can read anything: only then may the mode-000 file count as checked.
    const readable = process.getuid?.() === 0 ? 3 : 2;
    assert.match(result.stdout, new RegExp(`^${readable} files? checked`, 'm'));
  });

  test('empty files, binary-looking UTF-8 and a BOM do not crash', () => {
    const empty = path.join(scratch, 'empty.txt');
    writeFileSync(empty, '');
    const bom = path.join(scratch, 'bom.txt');
    writeFileSync(bom, '\ufeff一、总体情况\r\n实现地区生产总值231.7亿元，同比增长2.3%。\r\n');
    const junk = path.join(scratch, 'junk.txt');
    writeFileSync(junk, '\u0000\u0001\u0002'.repeat(1000) + '１２３％'.repeat(1000));
    const result = run(['check', '--format', 'json', empty, bom, junk]);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    const output = JSON.parse(result.stdout) as JsonOutput;
    assert.equal(output.files.length, 3);
    assert.equal(at(output.files, 1).outline[0]?.span.line, 1, 'line numbers unaffected by the BOM');
  });
});

test('the package bin (dist/cli.js) is executable with a node shebang, as npx runs it directly', () => {
  assert.ok((statSync(CLI).mode & 0o111) !== 0, 'dist/cli.js has no execute bit');
  assert.ok(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node'));
  const run = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
