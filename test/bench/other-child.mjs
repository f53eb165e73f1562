// One AutoCorrect lint of a synthetic report in a fresh process: `node other-child.mjs BYTES`.
// AutoCorrect 2.x keeps parser state between calls and gives up ("call limit reached") on
// multi-MB input once it has linted anything before, so its large-text figure is taken from
// a first call in a process of its own. Prints {ms, error} as JSON.
import { createRequire } from 'node:module';
import { loadCorpus, synthetic } from './corpus.mjs';

const text = synthetic(loadCorpus(), Number(process.argv[2]));
const { lintFor } = createRequire(import.meta.url)('autocorrect-node');
const t0 = performance.now();
const r = lintFor(text, 'report.txt');
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, error: r.error ? r.error.trim().split('\n').pop().replace(/^=\s*/, '').trim() : undefined }) + '\n');
