// One cold call in a fresh process: `node cold-child.mjs TOOL TEXT` with TOOL `ours` or
// `autocorrect` and TEXT a corpus name (`001_…`) or a byte size of a synthetic report. Prints
// {loadMs, firstMs, error} as JSON: the time to load the tool, then its first call on the text
// (what a user waits for when a command-line run or an editor starts on a report).
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, synthetic } from './corpus.mjs';

const [tool, which] = process.argv.slice(2);
const corpus = loadCorpus();
const text = /^\d+$/.test(which) ? synthetic(corpus, Number(which)) : corpus.find((c) => c.name === which)?.text;
if (text === undefined) throw new Error(`no text ${which}`);
const require = createRequire(import.meta.url);
const t0 = performance.now();
const run =
  tool === 'ours'
    ? ((m) => (s) => m.analyze(s))(require(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'engine.js')))
    : ((m) => (s) => m.lintFor(s, 'report.txt'))(require('autocorrect-node'));
const loadMs = performance.now() - t0;
const t1 = performance.now();
const result = run(text);
const firstMs = performance.now() - t1;
const error = result?.error ? String(result.error).trim().split('\n').pop().replace(/^=\s*/, '').trim() : undefined;
process.stdout.write(JSON.stringify({ loadMs, firstMs, ...(error ? { error } : {}) }) + '\n');
