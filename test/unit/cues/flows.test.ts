import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NET_FLOWS, flowRole } from '../../../server/src/analysis/cues/flows';
import { at } from '../../at';

/** words before a figure → its role in the cash-flow row ('' = none). */
const CASH: [string, string][] = [
  ['金融机构现金收入', 'in'],
  ['各项现金支出', 'out'],
  ['現金收入', 'in'],
  ['货币净回笼', 'netIn'],
  ['净回笼货币', 'netIn'],
  ['全年净投放现金', 'netOut'],
  ['现金净投放', 'netOut'],
  ['财政收入', ''], // no cash flow
  ['现金收入增长', ''], // a change, not the level
  ['各项存款余额', ''],
];

test('cues/flows: the words that name an inflow, an outflow and their net', () => {
  const cash = at(NET_FLOWS, 0);
  for (const [words, role] of CASH) assert.equal(flowRole(cash, words) ?? '', role, words);
});
