#!/usr/bin/env node
// Prints the Markdown table of the evaluation set for docs/accuracy.md: id, genre, split,
// address and the verdict counts of its findings — never a word of the excerpts themselves.
//
//   node test/accuracy/addresses.mjs --dir /path/to/excerpts [--verdicts tune.json,holdout.json]
import { readFileSync, existsSync } from 'node:fs';
import { loadExcerpts, argsOf } from './corpus.mjs';

const args = argsOf(process.argv.slice(2), { dir: '', verdicts: '' });
const verdicts = {};
for (const f of args.verdicts.split(',').filter((x) => x && existsSync(x))) Object.assign(verdicts, JSON.parse(readFileSync(f, 'utf8')));
const byId = {};
for (const [key, v] of Object.entries(verdicts)) {
  const id = key.split('|')[0];
  (byId[id] ??= { true: 0, false: 0, unsure: 0 })[v] = ((byId[id] ??= {})[v] ?? 0) + 1;
}
console.log('| id | genre | split | findings judged (true / false / unsure) | address |');
console.log('|---|---|---|---|---|');
for (const ex of loadExcerpts(args.dir, 'all')) {
  const v = byId[ex.id];
  const judged = v ? `${v.true ?? 0} / ${v.false ?? 0} / ${v.unsure ?? 0}` : '—';
  console.log(`| ${ex.id} | ${ex.genre} | ${ex.split} | ${judged} | ${ex.url && ex.url !== '-' ? `<${ex.url}>` : '(no address given)'} |`);
}
