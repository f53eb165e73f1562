// Test index in the shape @vscode/test-electron (and VS Code's --extensionTestsPath) expects: the
// extension host requires this module and awaits `run()`; a rejection makes the host exit with a
// non-zero code. The same file runs in desktop VS Code and in code-server's remote extension host.
//
// Mocha's own reporter output goes to the extension host's console, which is not always visible to
// whoever started the editor (code-server keeps it in its log). So every result is also written as
// JSON to $REPORT_LENS_E2E_RESULTS when the runner sets it, and printed by the runner.

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  tests: TestResult[];
}

function writeResults(results: SuiteResults): void {
  const file = process.env.REPORT_LENS_E2E_RESULTS;
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    // Each test polls with its own deadline (see util.ts); this is only the last line of defence.
    timeout: 120_000,
    reporter: 'spec',
  });
  const dir = __dirname;
  for (const file of fs.readdirSync(dir).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(dir, file));
  }

  const results: SuiteResults = { passed: 0, failed: 0, tests: [] };
  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        writeResults(results);
        if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
        else resolve();
      });
      runner.on('pass', (test: Mocha.Test) => {
        results.passed += 1;
        results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      });
      runner.on('fail', (test: Mocha.Test, err: Error) => {
        results.failed += 1;
        results.tests.push({
          title: test.fullTitle(),
          state: 'failed',
          durationMs: test.duration ?? 0,
          error: err.stack ?? err.message,
        });
      });
    } catch (err) {
      results.failed += 1;
      results.tests.push({ title: '(suite did not start)', state: 'failed', durationMs: 0, error: String(err) });
      writeResults(results);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
