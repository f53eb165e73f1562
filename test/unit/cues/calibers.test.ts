// Case table for cues/calibers.ts: the words that name the definition a level is counted on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caliberBefore } from '../../../server/src/analysis/cues/calibers';

const ROWS: [string, string | undefined][] = [
  ['财政体制改革前一般公共预算收入完成', '改革前'],
  ['财政体制改革后一般公共预算收入完成', '改革后'],
  ['财政总收入省口径', '省口径'],
  ['财政总收入省口径62.92亿元（市口径', '市口径'],
  ['全口径财政收入', '全口径'],
  // like-for-like words qualify a growth, not a level
  ['一般公共预算收入同口径增长4.1%，税收收入', undefined],
  ['一般公共预算收入（自然口径）', undefined],
  ['一般公共预算收入完成', undefined],
];

test('calibers: the last one named before a figure', () => {
  for (const [text, caliber] of ROWS) assert.equal(caliberBefore(text, text.length), caliber, text);
});
