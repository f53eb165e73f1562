import { test } from 'node:test';
import assert from 'node:assert/strict';
import { savingRole, type SavingRole } from '../../../server/src/analysis/cues/savings';

test('savingRole: the words before a figure name the budget, what was paid, the saving or its rate', () => {
  const rows: [string, SavingRole | undefined][] = [
    ['本年度共采购项目50个，采购计划金额共计', 'budget'],
    ['全市政府采购预算执行', 'budget'],
    ['完成采购预算', 'budget'],
    ['工程最高限价共为', 'budget'],
    ['，工程预算价', 'budget'],
    ['全州政府采购预算达到', 'budget'],
    ['，实际完成采购金额', 'paid'],
    ['，中标价', 'paid'],
    ['，实际采购金额共计', 'paid'],
    ['实际采购规模', 'paid'],
    ['中标总造价为', 'paid'],
    ['，中标金额', 'paid'],
    ['，共节约资金', 'saving'],
    ['共节约财政资金', 'saving'],
    ['，节资', 'saving'],
    ['，节约金额', 'saving'],
    ['，節約資金', 'saving'],
    ['，节约率为', 'rate'],
    ['资金节约率达', 'rate'],
    ['综合节支率为', 'rate'],
    ['，节资率', 'rate'],
    // Neither: a growth, a count, a plain procurement scale (paid or budget, unwritten).
    ['，比上年同期增长', undefined],
    ['实施政府采购项目', undefined],
    ['全市政府采购规模为', undefined],
    ['，占实际采购金额的', undefined],
    ['，占全年政府采购预算', undefined],
    ['共完成政府采购', 'paid'],
    ['实现政府采购额', 'paid'],
    ['完成政府采购预算', 'budget'],
  ];
  for (const [words, role] of rows) assert.equal(savingRole(words), role, words);
});
