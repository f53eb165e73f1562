// Case table for relations/typos.ts: which two values of one figure differ as a typing slip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typingSlip } from '../../server/src/analysis/relations/typos';
import { parseDecimal, type Decimal } from '../../server/src/analysis/decimal';

const d = (s: string): Decimal => {
  const v = parseDecimal(s);
  if (v === undefined) throw new Error(s);
  return v;
};

const SLIPS: [string, string][] = [
  ['23170000000', '23870000000'], // 231.7亿 / 238.7亿: one digit
  ['11.6', '12.6'],
  ['2.3', '2.5'],
  ['29.4', '29.3'],
  ['5.2', '2.5'], // neighbours swapped across the point
  ['41.3', '43.1'], // neighbours swapped
  ['2.5', '25'], // a dropped point
  ['7.5', '-7.5'], // the sign only (增长 for 下降)
  ['1200', '12000'], // a digit added
];

const APART: [string, string][] = [
  ['5.42', '5.88'],
  ['-56.2', '-50.48'],
  ['0.8', '4.1'],
  ['12', '11.2'],
  ['14.6', '10.85'],
  ['321394', '322215'],
  ['7.5', '-7.4'],
  ['43.6', '36.89'],
];

test('one digit replaced, added or dropped, neighbours swapped, a point or a sign: a typing slip', () => {
  for (const [a, b] of SLIPS) assert.equal(typingSlip(d(a), d(b)), true, `${a} / ${b}`);
});

test('values that differ in more than one place are not one figure mistyped', () => {
  for (const [a, b] of APART) assert.equal(typingSlip(d(a), d(b)), false, `${a} / ${b}`);
});
