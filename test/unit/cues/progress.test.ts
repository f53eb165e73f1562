// Case table for cues/progress.ts: the words that make a figure the whole, the done part or what is
// left of a task in one run of clauses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progressRole } from '../../../server/src/analysis/cues/progress';

const ROWS: [string, string | undefined][] = [
  ['计划投资', 'whole'],
  ['累计摸排返乡人员共计', 'whole'],
  ['全年造林任务', 'whole'],
  ['，累计完成投资', 'done'],
  ['，已完成', 'done'],
  ['，累计解除隔离', 'done'],
  ['，剩余可用投资', 'left'],
  ['，其余', 'left'],
  ['，尚需投资', 'left'],
  // Not in a clause of its own (no comma before it), or another measure altogether: no role.
  ['剩余', undefined],
  ['，同比增长', undefined],
  ['完成投资', undefined],
];

test('progress: the role of a figure from the words right before it', () => {
  for (const [words, role] of ROWS) assert.equal(progressRole(words), role, words);
});
