import { test } from 'node:test';
import assert from 'node:assert/strict';
import { levelOf, levelsCover, namesFunds, type LevelSpan } from '../../../server/src/analysis/cues/levels';

test('levelOf: the level of government a label opens with', () => {
  const rows: [string, LevelSpan | undefined][] = [
    ['其中，中央资金', [0, 0]],
    ['中央预算内投资', [0, 0]],
    ['，争取中央补助', [0, 0]],
    ['中央及省级资金', [0, 1]],
    ['省级以上专项资金', [0, 1]],
    ['县级以上财政资金', [0, 3]],
    ['，省级资金', [1, 1]],
    ['自治区补助', [1, 1]],
    ['地方配套资金', [1, 4]],
    ['市县投资', [2, 3]],
    ['，市级配套', [2, 2]],
    ['县级配套资金', [3, 3]],
    ['区本级', [3, 3]],
    ['乡镇配套', [4, 4]],
    ['群众自筹资金', [5, 5]],
    ['社会资本', [5, 5]],
    ['、縣配合款', [1, 4]], // Taiwan: the county's share beside the centre's
    ['市府配合款', [1, 4]],
    // Not levels: firms, places, plain words.
    ['中央企业', undefined],
    ['地方国有企业', undefined],
    ['省内', undefined],
    ['市场', undefined],
    ['县城', undefined],
    ['专项资金', undefined],
  ];
  for (const [label, span] of rows) assert.deepEqual(levelOf(label), span, label);
});

test('levelsCover: from the top down to the bottom without a gap', () => {
  const rows: [string[], boolean][] = [
    [['中央资金', '省级资金', '市级配套', '县级配套'], true],
    [['中央资金', '地方配套资金'], true],
    [['省级以上资金', '市级配套', '县级配套'], true],
    [['省级收入', '市县级收入'], true],
    [['县级以上财政资金', '群众自筹'], true],
    [['中央资金', '省级资金', '农户自筹'], true],
    [['中央补助', '省级补助', '市级', '县级', '乡镇'], true],
    [['中央補助款', '縣配合款'], true],
    // Not whole: the lower levels left out, a start below the top, a gap, a stray label.
    [['中央资金', '省级资金'], false],
    [['中央资金', '省级资金', '市级资金'], false],
    [['省级资金', '市级配套', '县级配套'], false],
    [['市级投资', '县级投资'], false],
    [['中央资金', '县级配套'], false],
    [['中央资金', '专项债券', '县级配套'], false],
    [['中央资金'], false],
  ];
  for (const [labels, whole] of rows) assert.equal(levelsCover(labels), whole, labels.join('|'));
});

test('namesFunds: funds the levels give, not an investment, a revenue or a spending', () => {
  const rows: [string, boolean][] = [
    ['全县共投入资金', true],
    ['下达补助资金', true],
    ['专项经费', true],
    ['累计投入', true],
    ['项目总投资', false],
    ['一般公共预算收入', false],
    ['民生支出', false],
    ['新增债券资金', false],
  ];
  for (const [name, funds] of rows) assert.equal(namesFunds(name), funds, name);
});
