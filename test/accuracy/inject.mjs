#!/usr/bin/env node
// Recall on real text: for every figure that other figures of an excerpt pin arithmetically
// (relations.mjs), change that one figure, re-run the engine, and count whether an error or
// warning lands on it (its span or a related span covers the changed figure).
//
//   node test/accuracy/inject.mjs --dir /path/to/excerpts --split tune [--engine dist/engine.js] [--out misses.md]
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { loadExcerpts, argsOf, lineCol } from './corpus.mjs';
import { pinnedFigures, mutate } from './relations.mjs';

const args = argsOf(process.argv.slice(2), { dir: '', split: 'tune', engine: 'dist/engine.js', out: '' });
if (!args.dir) {
  console.error('usage: inject.mjs --dir DIR --split tune|holdout|all [--engine dist/engine.js] [--out F]');
  process.exit(2);
}
const { analyze } = createRequire(import.meta.url)(resolve(args.engine));
const LOUD = new Set(['error', 'warning']);
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

const stats = {};
const misses = [];
let excerpts = 0;
let crashes = 0;
/** An engine that throws finds nothing (and is counted: the engine promises never to throw). */
const findingsOf = (text) => {
  try {
    return analyze(text).findings.filter((f) => LOUD.has(f.severity));
  } catch {
    crashes++;
    return [];
  }
};
for (const ex of loadExcerpts(args.dir, args.split)) {
  excerpts++;
  const before = findingsOf(ex.text);
  for (const cand of pinnedFigures(ex.text)) {
    const figSpan = { start: cand.figure.start, end: cand.figure.end };
    // Already flagged before the change: not a fair candidate.
    if (before.some((f) => overlaps(f.span, figSpan) || f.related.some((r) => overlaps(r.span, figSpan)))) continue;
    const m = mutate(ex.text, cand);
    const after = findingsOf(m.text);
    const hit = after.find((f) => overlaps(f.span, m.span) || f.related.some((r) => overlaps(r.span, m.span)));
    const s = (stats[cand.kind] ??= { candidates: 0, caught: 0, codes: {} });
    s.candidates++;
    if (hit) {
      s.caught++;
      s.codes[hit.code] = (s.codes[hit.code] ?? 0) + 1;
    } else {
      const { line } = lineCol(ex.text, cand.figure.start);
      const ctx = m.text.slice(Math.max(0, m.span.start - 60), m.span.end + 40).replace(/\n/g, '⏎');
      misses.push(`- ${ex.id} line ${line} ${cand.kind}: «${ex.text.slice(figSpan.start, figSpan.end)}» → «${m.text.slice(m.span.start, m.span.end)}»  …${ctx}…`);
    }
  }
}
let all = 0;
let caught = 0;
const lines = [`# injected single-figure changes, split ${args.split}: ${excerpts} excerpts`];
for (const [kind, s] of Object.entries(stats)) {
  all += s.candidates;
  caught += s.caught;
  lines.push(`  ${kind}: ${s.caught}/${s.candidates} caught (${Object.entries(s.codes).map(([c, n]) => `${c} ${n}`).join(', ')})`);
}
lines.push(`  overall recall: ${caught}/${all} = ${all ? (caught / all).toFixed(3) : 'n/a'}`);
if (crashes > 0) lines.push(`  engine threw on ${crashes} analyses (counted as nothing found)`);
const report = [...lines, '', '## misses', ...misses].join('\n') + '\n';
if (args.out) writeFileSync(args.out, report);
console.log(args.out ? lines.join('\n') : report);
