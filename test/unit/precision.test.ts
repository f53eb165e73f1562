import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { tolerance } from '../../server/src/analysis/relations/precision';
import { replaceNumber, shown, unitLabel } from '../../server/src/analysis/relations/display';
import { dec, toPlain } from '../../server/src/analysis/decimal';

function quantity(text: string) {
  const q = analyze(text).quantities[0];
  assert.ok(q, text);
  return q;
}

test('a figure written in groups is as precise as its last group', () => {
  const cases: [string, string][] = [
    ['岁出原列1,300亿5,000万元', '5000'], // to the 万: half of 10,000 元
    ['总额3万4000元', '0.5'],
    ['执行数2,076万7千元', '500'], // to the thousand
    ['编列95亿2,401万2千元', '500'],
    ['支出231.7亿元', '5000000'], // a plain figure: half its last digit, as before
    ['登记174万6,378家', '0'], // a count written in full is exact
  ];
  for (const [text, want] of cases) assert.equal(toPlain(tolerance(quantity(text))), want, text);
});

test('a figure written in groups is shown in its first multiplier in messages and fixes', () => {
  const q = quantity('岁出原列1,300亿5,000万元');
  assert.equal(unitLabel(q), '亿元');
  assert.equal(shown(q.value, q), '1300.5');
  assert.equal(replaceNumber(q, dec(130150000000n)), '1301.5亿元');
});
