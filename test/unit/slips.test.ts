// Case tables for relations/typos.ts and relations/farApart.ts: how far two statements of a figure, or a stated and a computed figure, lie apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typingSlip } from '../../server/src/analysis/relations/typos';
import { farApart } from '../../server/src/analysis/relations/farApart';
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
  ['5', '8'], // two one-digit values: any two are one edit apart, which says nothing
  ['43.6', '36.89'],
];

test('one digit replaced, added or dropped, neighbours swapped, a point or a sign: a typing slip', () => {
  for (const [a, b] of SLIPS) assert.equal(typingSlip(d(a), d(b)), true, `${a} / ${b}`);
});

test('values that differ in more than one place are not one figure mistyped', () => {
  for (const [a, b] of APART) assert.equal(typingSlip(d(a), d(b)), false, `${a} / ${b}`);
});

/** [stated, computed, decimals written]. */
const FAR: [string, string, number][] = [
  ['74.02', '42.9474', 2],
  ['107.1', '2.432', 1], // a completion rate over another plan
  ['8.38', '55.8807', 2],
  ['31.5', '171.417', 1],
];

const NEAR: [string, string, number][] = [
  ['60', '50.3', 0],
  ['12', '11.49', 0],
  ['108', '96.4', 0],
  ['14', '4.2', 0], // 4 typed 14: a typing slip
  ['2.87', '1.871', 2],
  ['86.3', '0.00863', 1], // 10⁴ apart: a 万/亿 slip in a figure
];

test('a stated rate more than half again off what its figures give is far apart, unless a slip explains it', () => {
  for (const [s, c, k] of FAR) assert.equal(farApart(d(s), d(c), k), true, `${s} / ${c}`);
  for (const [s, c, k] of NEAR) assert.equal(farApart(d(s), d(c), k), false, `${s} / ${c}`);
});
