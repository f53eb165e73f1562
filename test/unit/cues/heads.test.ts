import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutRunInHead } from '../../../server/src/analysis/cues/heads';

/** phrase → phrase without its glued run-in head. */
const CASES: [string, string][] = [
  ['国民经济全年地区生产总值', '全年地区生产总值'],
  ['人口年末常住人口', '年末常住人口'],
  ['粮食全年农作物播种面积', '全年农作物播种面积'],
  ['畜牧全年出栏生猪', '全年出栏生猪'],
  ['财政全县一般公共预算收入', '全县一般公共预算收入'],
  ['二、农业 全年农业总产值', '全年农业总产值'],
  // Must not strip: the head is part of the indicator, or nothing follows the time word.
  ['工业增加值', '工业增加值'],
  ['固定资产投资全年', '固定资产投资全年'],
  ['城镇全年新增就业', '城镇全年新增就业'],
  ['农业产值', '农业产值'],
  ['金融机构年末存款余额', '金融机构年末存款余额'],
];

test('cues/heads: a run-in head glued to the sentence is dropped', () => {
  for (const [phrase, expected] of CASES) assert.equal(withoutRunInHead(phrase), expected, phrase);
});
