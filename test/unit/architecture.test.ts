// The boundaries of the code base, enforced: the engine imports nothing outside itself, the CLI
// and the shared modules import nothing from the language server, and the bundled CLI
// (dist/cli.js, esbuild's metafile) contains no LSP code. A new import across a boundary fails
// here with the file and the import named.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import test from 'node:test';

const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'server', 'src');
const ANALYSIS = join(SRC, 'analysis');
const LSP = join(SRC, 'lsp');
const SHARED = join(SRC, 'shared');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourcesUnder(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Module specifiers of `import … from`, `export … from`, `import('…')` and `require('…')`. */
export function importsOf(code: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"\n]+)['"]/gm;
  for (let m = pattern.exec(code); m; m = pattern.exec(code)) specifiers.push(m[1] ?? '');
  return specifiers;
}

/** The file a relative specifier names, or undefined for a package or a Node built-in. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base;
}

const inside = (dir: string, file: string): boolean => file === dir || file.startsWith(dir + sep);
const rel = (file: string): string => relative(ROOT, file).split(sep).join('/');

/** Every local module reachable from `entries`, with the import that first reached it. */
function reachable(entries: string[]): Map<string, string> {
  const seen = new Map<string, string>(entries.map((e) => [e, '(entry)']));
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (!file.endsWith('.ts') || !existsSync(file)) continue;
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolveLocal(file, specifier);
      if (target && !seen.has(target)) {
        seen.set(target, `${rel(file)} imports '${specifier}'`);
        queue.push(target);
      }
    }
  }
  return seen;
}

test('the import scanner sees every import form', () => {
  const code = `import a from './a';\nimport type { B } from "../b";\nexport { c } from './c';\nimport './d';\nconst e = require('fs');\nconst f = import('node:worker_threads');`;
  assert.deepEqual(importsOf(code), ['./a', '../b', './c', './d', 'fs', 'node:worker_threads']);
});

test('server/src/analysis imports nothing outside itself: no packages, no Node built-ins', () => {
  const files = sourcesUnder(ANALYSIS);
  assert.ok(files.length > 20, 'the scan found the engine sources');
  const violations: string[] = [];
  for (const file of files) {
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolveLocal(file, specifier);
      // vscode*, fs, child_process, worker_threads, path … and every package: the engine is pure.
      if (!target) violations.push(`${rel(file)}: '${specifier}' (a package or Node built-in)`);
      else if (!inside(ANALYSIS, target)) violations.push(`${rel(file)}: '${specifier}' (outside server/src/analysis)`);
    }
  }
  assert.deepEqual(violations, []);
});

test('the CLI and the shared modules reach no module of server/src/lsp', () => {
  const entries = [join(SRC, 'cli.ts'), ...sourcesUnder(join(SRC, 'cli')), ...sourcesUnder(SHARED)];
  const reached = reachable(entries);
  const violations = [...reached].filter(([file]) => inside(LSP, file)).map(([file, via]) => `${rel(file)} ← ${via}`);
  assert.deepEqual(violations, []);
});

test('the shared modules import neither the CLI nor vscode*', () => {
  const violations: string[] = [];
  for (const file of sourcesUnder(SHARED)) {
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolveLocal(file, specifier);
      if (/^vscode/.test(specifier) || (target && (inside(join(SRC, 'cli'), target) || target === join(SRC, 'cli.ts')))) {
        violations.push(`${rel(file)}: '${specifier}'`);
      }
    }
  }
  assert.deepEqual(violations, []);
});

test('dist/cli.js bundles no LSP code (esbuild metafile written by esbuild.mjs)', () => {
  const metaPath = join(ROOT, 'dist', 'cli.meta.json');
  assert.ok(existsSync(metaPath), 'dist/cli.meta.json exists: run `npm run build` first');
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { inputs: Record<string, unknown> };
  const inputs = Object.keys(meta.inputs);
  assert.ok(inputs.some((i) => i.startsWith('server/src/analysis/')), 'the metafile lists the engine as bundled');
  const lspInputs = inputs.filter((i) => i.startsWith('server/src/lsp/') || /node_modules\/vscode-languageserver/.test(i));
  assert.deepEqual(lspInputs, []);
});

test('the words 其中 and 占 are read only in server/src/analysis/cues (one home per cue family)', () => {
  // A regex literal naming 其中 or 占 outside cues/ is a drifting copy of a breakdown or share cue; comments and
  // message strings may name it. A regex literal here: `/…/` after an operator, a bracket or return.
  const REGEX_LITERAL = /(?:^|[=(,:!&|?;{}]|\breturn)\s*\/(?![*/])((?:\\.|\[[^\]\n]*\]|[^/\\\n[])+)\/[dgimsuy]*/g;
  const violations: string[] = [];
  for (const file of sourcesUnder(ANALYSIS)) {
    if (inside(join(ANALYSIS, 'cues'), file)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(\/\/|\/\*|\*)/.test(line)) return;
        for (const m of line.matchAll(REGEX_LITERAL)) if (/其中|[占佔]/.test(m[1] ?? '')) violations.push(`${rel(file)}:${i + 1}: ${line.trim()}`);
      });
  }
  assert.deepEqual(violations, []);
});
