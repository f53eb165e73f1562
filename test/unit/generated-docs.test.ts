// One source for each fact: the check settings of package.json, their package.nls*.json strings
// and the README's Checks table are generated from the checks' `docs`, the README's speed figures
// from the bench's results file (tools/gen.ts). This fails, with a diff, when a source changed and
// `npm run gen` was not run.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHECKS } from '../../server/src/analysis';
import type { Check } from '../../server/src/analysis/checks/check';
import { generatedFiles, nlsJson, packageJson, readme, readmeTable } from '../../tools/gen';
import { speedSection, type BenchResults } from '../../tools/speedSection';
import { lineDiff } from './snapshot';

test('package.json, package.nls*.json and the README Checks table are up to date with the checks (npm run gen)', () => {
  for (const file of generatedFiles()) {
    if (file.current !== file.generated) assert.fail(`${file.path} is out of date: run \`npm run gen\` (- file, + generated)\n${lineDiff(file.current, file.generated)}`);
  }
});

test('every registered check carries its docs', () => {
  assert.deepEqual(CHECKS.filter((c) => !c.docs).map((c) => c.code), []);
});

const NEW_CHECK: Check = {
  code: 'made-up-check',
  defaultSeverity: 'info',
  needsClaims: false,
  title: { zh: '示例', en: 'Example' },
  docs: { description: { zh: '一段说明。例：`1+1=3`。', en: 'A description. Example: `1+1=3`.' }, finding: 'a made-up finding', example: '`1+1=3`', quickFix: '—' },
  run: () => [],
};

test('a new check gets its setting, both strings and a README row; a second run changes nothing', () => {
  const files = generatedFiles([...CHECKS, NEW_CHECK]);
  const manifest = files.find((f) => f.path === 'package.json');
  const en = files.find((f) => f.path === 'package.nls.json');
  const zh = files.find((f) => f.path === 'package.nls.zh-cn.json');
  const doc = files.find((f) => f.path === 'README.md');
  assert.ok(manifest && en && zh && doc);
  const setting = (JSON.parse(manifest.generated) as { contributes: { configuration: { properties: Record<string, { default: string; order: number; markdownDescription: string }> } } })
    .contributes.configuration.properties['reportLens.checks.made-up-check'];
  assert.ok(setting, 'the made-up check has a setting');
  assert.equal(setting.default, 'info');
  assert.equal(setting.order, 10 + CHECKS.length);
  assert.equal(setting.markdownDescription, '%config.checks.made-up-check%');
  assert.match(en.generated, /"config\.checks\.made-up-check": "\*\*made-up-check\*\*: A description\. Example: `1\+1=3`\. When this setting is not set/);
  assert.match(zh.generated, /"config\.checks\.made-up-check": "\*\*made-up-check\*\*：一段说明。例：`1\+1=3`。未设置此项时/);
  assert.match(doc.generated, /\n\| `made-up-check` \| a made-up finding \| `1\+1=3` \| info \| — \|\n<!-- checks:end -->/);
  // Idempotent: generating from the generated files gives the same files.
  const all = [...CHECKS, NEW_CHECK];
  assert.equal(packageJson(manifest.generated, all), manifest.generated);
  assert.equal(nlsJson(en.generated, all, 'en'), en.generated);
  assert.equal(nlsJson(zh.generated, all, 'zh'), zh.generated);
  assert.equal(readme(doc.generated, all), doc.generated);
});

test('a check without docs is refused with the file to edit', () => {
  const bare: Check = { ...NEW_CHECK, docs: undefined };
  assert.throws(() => readmeTable([bare]), /made-up-check has no docs: add `docs` to its Check in server\/src\/analysis\/checks\/made-up-check\.ts/);
});

test('the speed block names its run and machine, and prints no AutoCorrect ratio without a warm AutoCorrect figure', () => {
  const bench: BenchResults = {
    date: '2026-01-02T03:04:05.000Z',
    commit: 'abc1234',
    node: 'v20.1.0',
    cpu: 'Some CPU',
    cores: 2,
    quick: false,
    texts: [
      { name: '001_x', kind: 'corpus', bytes: 74_000, ours: { coldMs: 16, medianMs: 7.2, p95Ms: 11, runs: 100 }, others: { autocorrect: { medianMs: 8, ratio: 0.9 } } },
      { name: 'synthetic 1 MB', kind: 'synthetic', bytes: 1e6, ours: { coldMs: 180, medianMs: 135, p95Ms: 171, runs: 9 }, others: { autocorrect: { skipped: 'call limit reached' } } },
    ],
    scaling: { perSize: [{ name: 'synthetic 1 MB', msPerMB: 135 }], ratio10MBvs100KB: 1.19 },
    cold: [{ name: '001_x', ours: { firstMs: 16 }, autocorrect: { firstMs: 20 }, ratio: 0.8 }],
  };
  const section = speedSection(bench);
  assert.match(section, /commit `abc1234` on 2026-01-02: Some CPU \(2 cores\), Node 20\.1\.0/);
  assert.match(section, /\| 001 \| 74\.0 KB \| 16\.0 ms \| 7\.20 ms \| 11\.0 ms \| 8\.00 ms \| 0\.90× \|/);
  assert.match(section, /\| synthetic 1 MB \| 1\.00 MB \| 180 ms \| 135 ms \| 171 ms \| — \| — \|/);
  assert.match(section, /AutoCorrect has no warm figure for synthetic 1 MB/);
  assert.match(section, /\| 001 \| 16\.0 ms \| 20\.0 ms \| 0\.80× \|/);
  assert.match(section, /- \*\*Time per MB\*\*: 135 ms at 1 MB — 10 MB ÷ 100 KB = \*\*1\.19×\*\*/);
  // With the like-for-like figures, those lead and the warm ones follow.
  const withUnseen = speedSection({ ...bench, scaling: { ...bench.scaling, unseen: { perSize: [{ name: 'synthetic 1 MB', msPerMB: 240 }], ratio10MBvs100KB: 0.9 } } });
  const withPairs = speedSection({ ...bench, interleaved001: { text: '001_x', runs: 120, oursMs: 6.1, autocorrectMs: 6.8, ratio: 0.9 } });
  assert.match(withPairs, /001 against AutoCorrect, call by call\*\* \(the two alternate, so that the machine's load falls on both alike\): 6\.10 ms against 6\.80 ms over 120 pairs = \*\*0\.90×\*\*/);
  assert.match(withUnseen, /memos emptied before each run \(like for like\): 240 ms at 1 MB — 10 MB ÷ 100 KB = \*\*0\.90×\*\*\. Re-analysing an unchanged text \(warm\): 135 ms at 1 MB — 1\.19×/);
});
