// The CLI over several reports: cross-report findings between files, folders searched for
// reports (with --include/--exclude), worker threads giving the same output, `facts` tables.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { fixturePath, REPO_ROOT } from './lspClient';
import { bulletin, planReport, workReport } from '../unit/crossReport/pairs';
import { at } from '../at';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'report-lens-batch-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: scratch,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C', ...env },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

function crossLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => / cross-report-/.test(l));
}

describe('report-lens CLI over several reports', () => {
  test('check A B: an injected GDP mismatch is reported in both files, pointing into the other', () => {
    const dir = folder('mismatch', { 'plan.txt': planReport(), 'work.txt': workReport({ gdp: '188.4亿元' }) });
    const r = run(['check', path.join(dir, 'plan.txt'), path.join(dir, 'work.txt')]);
    assert.equal(r.status, 1, r.stderr);
    const lines = crossLines(r.stdout);
    assert.equal(lines.length, 2, r.stdout);
    assert.match(at(lines, 0), /plan\.txt:4:\d+ {2}error {2}cross-report-mismatch {2}.*186\.4亿元 here, 188\.4亿元 in the government work report \(work\.txt\), line 5/);
    assert.match(at(lines, 1), /work\.txt:5:\d+ {2}error {2}cross-report-mismatch {2}.*188\.4亿元 here, 186\.4亿元 in the plan implementation report \(plan\.txt\), line 4/);
    const json = JSON.parse(run(['check', '--format', 'json', path.join(dir, 'plan.txt'), path.join(dir, 'work.txt')]).stdout) as {
      files: { file: string; findings: { code: string; related: { file?: string; span: { line: number } }[]; fixes: { edits: { newText: string }[] }[] }[] }[];
    };
    const work = at(json.files, 1).findings.find((f) => f.code === 'cross-report-mismatch');
    assert.equal(work?.related[0]?.file, path.join(dir, 'plan.txt'));
    assert.equal(work?.related[0]?.span.line, 4);
    assert.equal(work?.fixes[0]?.edits[0]?.newText, '186.4亿元');
    const sarif = JSON.parse(run(['check', '--format', 'sarif', path.join(dir, 'plan.txt'), path.join(dir, 'work.txt')]).stdout) as {
      runs: { results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    const cross = at(sarif.runs, 0).results.filter((x) => x.ruleId === 'cross-report-mismatch');
    assert.equal(cross.length, 2);
    assert.match(at(cross, 1).relatedLocations?.[0]?.physicalLocation.artifactLocation.uri ?? '', /plan\.txt$/);
  });

  test('a consistent pair, and the corpus pair 000 + 003, raise no cross-report finding', () => {
    const dir = folder('consistent', { 'plan.txt': planReport(), 'work.txt': workReport(), 'bulletin.txt': bulletin() });
    assert.deepEqual(crossLines(run(['check', dir]).stdout), []);
    const corpus = run(['check', fixturePath('000_4030585dcbde8695.txt'), fixturePath('003_7e2e0f9dafc359a0.txt')]);
    assert.deepEqual(crossLines(corpus.stdout), []);
    assert.match(corpus.stdout, /^2 files checked/m);
  });

  test('an estimate against the bulletin is an info-level revision; a .reportlens.json can turn it off', () => {
    const dir = folder('revision', { 'plan.txt': planReport({}, '预计全年规模以上工业增加值增长8.2%。'), 'bulletin.txt': bulletin() + '全年规模以上工业增加值比上年增长7.9%。\n' });
    const r = run(['check', dir]);
    assert.equal(r.status, 0, 'info is not an error');
    assert.deepEqual(
      crossLines(r.stdout).map((l) => l.split('  ').slice(1, 3).join(' ')),
      ['info cross-report-revision'],
    );
    writeFileSync(path.join(dir, '.reportlens.json'), JSON.stringify({ version: 1, checks: { 'cross-report-revision': 'off' } }));
    assert.deepEqual(crossLines(run(['check', dir]).stdout), []);
  });

  test('check DIR recurses into reports only; --include and --exclude filter; no progress line when stderr is not a terminal', () => {
    const dir = folder('tree', {
      'plan.txt': planReport(),
      'sub/work.md': workReport({ gdp: '188.4亿元' }),
      'notes.txt': 'shopping list: milk, eggs',
      '.hidden/copy.txt': planReport({ gdp: '1.0亿元' }),
      'node_modules/x.txt': planReport({ gdp: '2.0亿元' }),
    });
    const all = run(['check', dir]);
    assert.match(all.stdout, /^2 files checked/m, all.stdout);
    assert.equal(crossLines(all.stdout).length, 2);
    assert.equal(all.stderr, '');
    const excluded = run(['check', dir, '--exclude', 'sub/**']);
    assert.match(excluded.stdout, /^1 file checked/m);
    const included = JSON.parse(run(['check', '--format', 'json', dir, '--include', '*.md']).stdout) as { files: { file: string }[] };
    assert.deepEqual(included.files.map((f) => path.relative(dir, f.file)), [path.join('sub', 'work.md')]);
  });

  test('worker threads give the same output, in the same order, as one thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10; i++) files[`r${i}.txt`] = i % 2 === 0 ? planReport({ gdp: `${180 + i}.4亿元` }) : workReport();
    const dir = folder('many', files);
    const one = run(['check', '--format', 'json', dir], { REPORT_LENS_WORKERS: '0' });
    const three = run(['check', '--format', 'json', dir], { REPORT_LENS_WORKERS: '3' });
    assert.equal(three.status, one.status);
    assert.equal(three.stdout, one.stdout);
    assert.ok(crossLines(run(['check', dir], { REPORT_LENS_WORKERS: '3' }).stdout).length > 0);
  });

  test('facts: the indicator table as CSV with a BOM, JSON and Markdown with links', () => {
    const dir = folder('facts', { 'plan.txt': planReport(), 'work.txt': workReport({ gdp: '188.4亿元' }) });
    const csv = run(['facts', '--format', 'csv', '--lang', 'zh', path.join(dir, 'plan.txt'), path.join(dir, 'work.txt')]);
    assert.equal(csv.status, 0, csv.stderr);
    assert.ok(csv.stdout.startsWith('\ufeff指标,'), JSON.stringify(csv.stdout.slice(0, 20)));
    const rows = csv.stdout.split('\r\n');
    assert.match(at(rows, 0), /plan\.txt 2022年 总量,plan\.txt 2022年 增速/);
    const gdp = rows.find((r) => r.startsWith('地区生产总值,'));
    assert.ok(gdp);
    assert.match(gdp, /186\.4亿元 ≠,4\.1%/);
    assert.match(gdp, /188\.4亿元 ≠/);
    const json = JSON.parse(run(['facts', '--format', 'json', path.join(dir, 'plan.txt'), path.join(dir, 'work.txt')]).stdout) as {
      columns: { file: string; year: number; stage: string }[];
      rows: { indicator: string; cells: ({ level: { text: string; value: string; line: number } | null; disagree: boolean } | null)[] }[];
    };
    assert.deepEqual(json.columns.map((c) => `${path.basename(c.file)} ${c.year} ${c.stage}`), ['plan.txt 2022 actual', 'plan.txt 2023 target', 'work.txt 2022 actual', 'work.txt 2023 target']);
    const row = json.rows.find((r) => r.indicator === '地区生产总值');
    assert.deepEqual(row?.cells[0]?.level, { text: '186.4亿元', value: '18640000000', unit: '元', kind: 'level', line: 4, column: 11 });
    assert.equal(row?.cells[0]?.disagree, true);
    const md = run(['facts', path.join(dir, 'plan.txt'), path.join(dir, 'work.txt')]);
    assert.match(md.stdout, /\| 地区生产总值 \| \[186\.4亿元\]\([^)]*plan\.txt#L4\) \/ \[4\.1%\]\([^)]*#L4\) ⚠ \|/);
  });
});
