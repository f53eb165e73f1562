import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accountRole, grossUnderNet, auditRole } from '../../../server/src/analysis/cues/accounts';

/** clause words before a figure → its role in the balance sheet ('' = none). */
const CASES: [string, string][] = [
  ['资产总额', 'assets'],
  ['区管国有企业资产合计', 'assets'],
  ['本区行政事业性国有资产总额', 'assets'],
  ['資產總額為', 'assets'],
  ['负债总额', 'liabilities'],
  ['負債合計', 'liabilities'],
  ['所有者权益', 'equity'],
  ['权益总额', 'equity'], // a fund's annual report
  ['股东权益合计', 'equity'],
  ['权益', ''], // bare: a right, an interest, no account total
  ['少数股东权益', ''],
  ['净资产总额', 'equity'],
  ['淨資產', 'equity'],
  ['凈資產', 'equity'], // 凈 is a variant of 淨 some mirror pages use
  ['流动资产', ''], // a part of the assets
  ['非流动负债', ''], // a part of the liabilities
  ['固定资产', ''],
  ['归属于母公司所有者权益', ''], // the parent's share only
  ['国有资本权益', ''],
  ['年初资产总额', ''], // another date
  ['资产总额比上年增加', ''], // a change
  ['平均资产', ''],
  ['财政收入', ''],
  // A long clause of headings run in before the date: the words after its last space name the figure.
  ['財務面: 財務概況-資產負債表 2012年9月產險業資產總額為', 'assets'],
  ['財務面: 財務概況-資產負債表 2012年9月產險業年初資產總額為', ''],
];

test('cues/accounts: the words that name total assets, liabilities and equity', () => {
  for (const [words, role] of CASES) assert.equal(accountRole(words) ?? '', role, words);
});

test('gross-named parts after a net figure break down the gross amount', () => {
  assert.ok(grossUnderNet('净资产', ['行政单位资产', '事业单位资产']));
  assert.ok(!grossUnderNet('资产总额', ['行政单位资产', '事业单位资产']), 'no net total');
  assert.ok(!grossUnderNet('净资产', ['行政单位净资产', '事业单位净资产']), 'net parts of a net total');
  assert.ok(!grossUnderNet('净利润', ['工业企业利润', '商贸企业净利润']));
});

test('the three amounts of a cost audit, by the words before each', () => {
  const cases: [string, string | undefined][] = [
    ['完成审计项目3个，送审计金额', 'submitted'],
    ['，送审金额', 'submitted'],
    ['、审计审定金额', 'approved'],
    ['，审定造价', 'approved'],
    ['，审计核减金额', 'cut'],
    ['，核减工程款', 'cut'],
    ['，审减金额', 'cut'],
    ['，核减', 'cut'],
    ['，合同总造价', undefined],
    ['，审计发现问题金额', undefined],
  ];
  for (const [before, role] of cases) assert.equal(auditRole(before), role, before);
});
