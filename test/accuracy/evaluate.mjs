#!/usr/bin/env node
// Precision on real text: runs the built engine over the excerpts of one split and writes every
// error / warning / info finding with its context, to be judged by hand. Verdicts are kept in a
// JSON file beside the excerpts ({ "<key>": "true" | "false" | "unsure" }); a finding's key is
// id + code + the figure text + a little context, so verdicts survive re-runs and line shifts.
//
//   node test/accuracy/evaluate.mjs --dir /path/to/excerpts --split tune [--engine dist/engine.js]
//        [--verdicts verdicts.json] [--out findings.md]
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import { loadExcerpts, argsOf, lineCol } from './corpus.mjs';

const args = argsOf(process.argv.slice(2), { dir: '', split: 'tune', engine: 'dist/engine.js', verdicts: '', out: '' });
if (!args.dir) {
  console.error('usage: evaluate.mjs --dir DIR --split tune|holdout|all [--engine dist/engine.js] [--verdicts F] [--out F]');
  process.exit(2);
}
const { analyze } = createRequire(import.meta.url)(resolve(args.engine));
const verdicts = args.verdicts && existsSync(args.verdicts) ? JSON.parse(readFileSync(args.verdicts, 'utf8')) : {};

const JUDGED = new Set(['error', 'warning', 'info']);
const excerpts = loadExcerpts(args.dir, args.split);
const out = [];
const perCode = {};
const perGenre = {};
let total = 0;
let judged = { true: 0, false: 0, unsure: 0, open: 0 };
/** Error and warning findings, and the true ones among them: precision = true ÷ all (unsure and open count against). */
const alarms = { all: 0, true: 0 };
const keys = {};
for (const ex of excerpts) {
  perGenre[ex.genre] = (perGenre[ex.genre] ?? 0) + 1;
  let a;
  try {
    a = analyze(ex.text);
  } catch (error) {
    out.push(`\n## ${ex.id} (${ex.genre}) ENGINE THREW: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const findings = a.findings.filter((f) => JUDGED.has(f.severity));
  if (findings.length === 0) continue;
  out.push(`\n## ${ex.id} (${ex.genre}) ${ex.url}`);
  for (const f of findings) {
    total++;
    const figure = ex.text.slice(f.span.start, f.span.end);
    const before = ex.text.slice(Math.max(0, f.span.start - 12), f.span.start).replace(/\s+/g, ' ');
    const key = `${ex.id}|${f.code}|${figure}|${before}`;
    keys[key] = true;
    const verdict = verdicts[key] ?? 'open';
    judged[verdict] = (judged[verdict] ?? 0) + 1;
    if (f.severity === 'error' || f.severity === 'warning') {
      alarms.all++;
      if (verdict === 'true') alarms.true++;
    }
    perCode[f.code] ??= { true: 0, false: 0, unsure: 0, open: 0 };
    perCode[f.code][verdict]++;
    const { line, col } = lineCol(ex.text, f.span.start);
    const ctx = ex.text.slice(Math.max(0, f.span.start - 80), Math.min(ex.text.length, f.span.end + 80)).replace(/\n/g, '⏎');
    out.push(`- [${verdict}] ${line}:${col} ${f.severity} ${f.code}: ${f.message.en}`);
    out.push(`  key: ${JSON.stringify(key)}`);
    out.push(`  context: …${ctx}…`);
    for (const r of f.related) {
      const rl = lineCol(ex.text, r.span.start);
      out.push(`  related ${rl.line}:${rl.col} «${ex.text.slice(r.span.start, r.span.end)}» ${r.message.en}`);
    }
  }
}
const summary = [
  `# ${args.split}: ${excerpts.length} excerpts (${Object.entries(perGenre).map(([g, n]) => `${g} ${n}`).join(', ')})`,
  `findings (error/warning/info): ${total}; verdicts: true ${judged.true}, false ${judged.false}, unsure ${judged.unsure}, open ${judged.open}`,
  `error/warning precision: ${alarms.true} / ${alarms.all}${alarms.all > 0 ? ` = ${(alarms.true / alarms.all).toFixed(2)}` : ''}`,
  ...Object.entries(perCode).map(([c, v]) => `  ${c}: true ${v.true}, false ${v.false}, unsure ${v.unsure}, open ${v.open}`),
];
const text = [...summary, ...out].join('\n') + '\n';
if (args.out) writeFileSync(args.out, text);
console.log(args.out ? summary.join('\n') : text);
