// A report's county and years from its title block (GUIDE §5a).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, countyKey, groupKey, reportIdentity } from '../../../server/src/analysis';
import { readFixture } from '../fixtures';

function identity(text: string): ReturnType<typeof reportIdentity> {
  const a = analyze(text);
  return reportIdentity(a.text, a.outline);
}

test('the corpus 计划执行 report 000 gives 2022 actuals and 2023 targets of its county', () => {
  assert.deepEqual(identity(readFixture('000_4030585dcbde8695.txt')), { kind: 'plan', county: '酉阳土家族苗族自治县', year: 2022, targetYear: 2023 });
});

test('the corpus 政府工作报告 003, delivered in 2023, reviews 2022 of the same county', () => {
  const id = identity(readFixture('003_7e2e0f9dafc359a0.txt'));
  assert.deepEqual(id, { kind: 'workReport', county: '酉阳土家族苗族自治县', year: 2022, targetYear: 2023 });
  assert.equal(groupKey(id), groupKey(identity(readFixture('000_4030585dcbde8695.txt'))));
});

test('the corpus report 001 is another county', () => {
  assert.notEqual(groupKey(identity(readFixture('001_d0fe4f7f7cc8ad9c.txt'))), groupKey(identity(readFixture('000_4030585dcbde8695.txt'))));
});

test('a 统计公报 titled 2022 gives 2022 actuals, whatever its release date', () => {
  assert.deepEqual(identity('南坪区2022年国民经济和社会发展统计公报\n南坪区统计局  2023年3月20日\n一、综合\n全年地区生产总值80.5亿元。\n'), {
    kind: 'bulletin',
    county: '南坪区',
    year: 2022,
  });
});

test('a 预算执行 report on 2022 gives 2022 actuals and 2023 budgets', () => {
  assert.deepEqual(identity('关于东河县2022年预算执行情况和2023年预算草案的报告\n各位代表：\n一、2022年预算执行情况\n'), {
    kind: 'budget',
    county: '东河县',
    year: 2022,
    targetYear: 2023,
  });
});

test('a work report without a review part is dated by its delivery date', () => {
  assert.deepEqual(identity('西岭县人民政府工作报告\n2024年1月10日在县人民代表大会上\n各位代表：\n过去一年成绩来之不易。\n'), {
    kind: 'workReport',
    county: '西岭县',
    year: 2023,
    targetYear: 2024,
  });
});

test('an autonomous county written in full and in short is one county; unknown county, no group', () => {
  assert.equal(countyKey('酉阳土家族苗族自治县'), countyKey('酉阳县'));
  assert.notEqual(countyKey('酉阳县'), countyKey('秀山县'));
  assert.equal(groupKey(identity('政府工作报告\n各位代表：\n一、2022年工作回顾\n')), undefined);
});
