// The claim frame (GUIDE §5, claims/frame.ts): qualifiers that make different quantities
// (issue 10 group 2), attribution (group 4) and periods without a year (group 5). Each row is
// invented text; flag rows and must-not-flag rows side by side.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import type { Analysis, Claim } from '../../server/src/analysis/types';
import { comparable, frameOf } from '../../server/src/analysis/claims/frame';

const ACTUAL = '一、2022年国民经济和社会发展计划执行情况\n';

/** Error and warning codes of a text, sorted. */
function alarms(text: string): string[] {
  return analyze(text)
    .findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => f.code)
    .sort();
}

function claimOf(a: Analysis, figure: string, nth = 0): Claim | undefined {
  const matches = a.quantities.map((q, i) => ({ q, i })).filter(({ q }) => q.text === figure);
  const hit = matches[nth];
  return hit ? a.claims.find((c) => c.quantity === hit.i) : undefined;
}

/** [why, text, expected error/warning codes]. */
const QUALIFIERS: [string, string, string[]][] = [
  ['同口径 vs 自然口径: two quantities', `${ACTUAL}一般公共预算收入12.4亿元，同口径增长8.2%。\n全年一般公共预算收入自然口径增长5.1%。\n`, []],
  ['同口径 twice, different: flagged', `${ACTUAL}一般公共预算收入12.4亿元，同口径增长8.2%。\n全年一般公共预算收入同口径增长8.7%。\n`, ['growth-mismatch']],
  ['同比 vs 环比 in one sentence', `${ACTUAL}二季度规上工业增加值同比增长6.1%，环比增长1.2%。\n`, []],
  ['同比 twice, different: flagged', `${ACTUAL}规上工业增加值同比增长6.1%。\n全年规上工业增加值增长7.1%。\n`, ['growth-mismatch']],
  [
    'a whole-市 comparison value is another subject',
    `${ACTUAL}全县城镇居民人均可支配收入32100元，增长5.2%，全市为30500元，增长4.8%。\n全县城镇居民人均可支配收入增长5.2%。\n`,
    [],
  ],
  ['a province figure quoted in a county report', `${ACTUAL}全县地区生产总值增长5.1%。\n全省地区生产总值增长4.5%，全县高于全省平均水平。\n`, []],
  ['a park’s growth vs the county’s', `${ACTUAL}全县规上工业增加值增长8.1%。\n青石工业园区加快发展，规上工业增加值增长12.5%。\n`, []],
  ['a town’s revenue vs the county’s', `${ACTUAL}全县税收收入8.8亿元。\n南岭镇招商成效明显，税收收入1.2亿元。\n`, []],
  ['the county stated twice, different: flagged', `${ACTUAL}全县规上工业增加值增长8.1%。\n全县规上工业增加值增长8.5%。\n`, ['growth-mismatch']],
  [
    '年初预算, 调整预算 and 执行数 are three quantities',
    `${ACTUAL}一般公共预算收入年初预算18亿元，调整预算20亿元，执行数21亿元。\n全年一般公共预算收入21亿元。\n`,
    [],
  ],
  [
    '户籍 and 常住 parts of the population',
    `${ACTUAL}年末常住人口94.9万人，其中城镇人口41.4万人，乡村人口53.5万人。年末户籍总人口134.9万人，其中城镇人口25.0万人，乡村人口109.9万人。\n`,
    [],
  ],
  ['常住 parts stated twice, different: flagged', `${ACTUAL}年末常住人口94.9万人，其中城镇人口41.4万人。\n年末城镇人口45.4万人。\n`, ['value-mismatch']],
  [
    'the budget as passed, the adjusted budget, the outcome and the grand total are four figures',
    `${ACTUAL}年初，县人大审议通过的一般公共预算支出70000万元，调整预算为90000万元。一般公共预算支出85000万元，完成调整预算的94.4%。\n一般公共预算支出85000万元，加上上解支出3000万元，一般公共预算支出总计88000万元。\n`,
    [],
  ],
  ['户籍 vs 常住 urbanization', `${ACTUAL}常住人口城镇化率提高1.2个百分点。\n户籍人口城镇化率提高0.6个百分点。\n`, []],
];

test('frame: qualifiers make different quantities (issue 10 group 2)', () => {
  for (const [why, text, expected] of QUALIFIERS) assert.deepEqual(alarms(text), expected, why);
});

test('frame: budget stages are read from the phrase', () => {
  const a = analyze(`${ACTUAL}一般公共预算收入年初预算18亿元，调整预算20亿元，执行数21亿元。\n`);
  assert.equal(claimOf(a, '18亿元')?.stage, 'budget');
  assert.equal(claimOf(a, '18亿元')?.indicator, '一般公共预算收入');
  assert.equal(claimOf(a, '20亿元')?.stage, 'adjusted');
  assert.equal(claimOf(a, '20亿元')?.indicator, '一般公共预算收入');
  assert.equal(claimOf(a, '21亿元')?.indicator, '一般公共预算收入');
  const executed = claimOf(a, '21亿元');
  assert.ok(executed);
  assert.equal(frameOf(executed).stage, 'actual');
});

/** [why, text, figure, expected `key kind direction` or '' for no claim]. */
const ATTRIBUTION: [string, string, string, string][] = [
  ['分别 list of values', '三次产业增加值分别为10.2亿元、20.5亿元和30.1亿元。', '20.5亿元', '第二产业增加值 level'],
  ['分别 list of growths', '三次产业增加值分别为10.2亿元、20.5亿元和30.1亿元，分别增长3.1%、4.2%和5.3%。', '5.3%', '第三产业增加值 growth up'],
  ['a growth in brackets', '规上工业增加值12.3亿元（增长5.1%）。', '5.1%', '规模以上工业增加值 growth up'],
  ['a growth right after a share is not attributed', '民生支出40.1亿元，占比达62.3%，同比下降4.1%。', '4.1%', ''],
  ['a growth right after a share of the budget is the subject’s', '财政总收入10.6亿元，占年初预算的106.1%，比上年增长12%。', '12%', '财政总收入 growth up'],
  ['a growth after a share of the year’s task is the subject’s', '1-4月地方财政收入完成4126万元，占年度任务的34.8%，同比增长17.3%。', '17.3%', '地方财政收入 growth up'],
  ['the budget figure inside a completion phrase restates the subject', '政府性基金预算收入完成2236万元，完成年初预算数25200万元的8.9%，增长19.6%。', '19.6%', '政府性基金预算收入 growth up'],
  ['a contribution rate is an indicator of its own', '第二产业对经济增长的贡献率为75.2%。', '75.2%', '第二产业对经济增长的贡献率 rate'],
  ['a point change right after a share is the share’s', '民生支出40.1亿元，占一般公共预算支出的62.3%，比上年提高1.1个百分点。', '1.1个百分点', '民生支出占一般公共预算支出 ppChange up'],
  ['a run-in head glued to a sentence', '国民经济全年实现地区生产总值231.7亿元，增长5.2%。', '231.7亿元', '地区生产总值 level'],
  ['a run-in head before 。', '农业。全年粮食产量20.1万吨，增长2.1%。', '20.1万吨', '粮食产量 level'],
  ['减低 is a fall', '单位生产总值能耗比上年减低1.5%。', '1.5%', '单位生产总值能耗 growth down'],
  ['traditional script (read through the reading view): 增長 is a change verb, not part of the indicator', '全縣固定資產投資同比增長8.1%。', '8.1%', '固定资产投资 growth up'],
  ['a comparison base run onto the indicator', '一般公共预算支出较上年决算增长3.2%。', '3.2%', '一般公共预算支出 growth up'],
  ['a numbered heading run into the sentence', '二、农业 全年农业总产值45.1亿元。', '45.1亿元', '农业总产值 level'],
  ['回升 is a rise', '上半年规上工业增加值增长6.3%，较一季度回升2.1个百分点。', '2.1个百分点', '规模以上工业增加值 ppChange up'],
];

test('frame: attribution of figures (issue 10 group 4)', () => {
  for (const [why, sentence, figure, expected] of ATTRIBUTION) {
    const c = claimOf(analyze(ACTUAL + sentence + '\n'), figure);
    const got = c ? `${c.key} ${c.kind}${c.direction ? ' ' + c.direction : ''}` : '';
    assert.equal(got, expected, `${why}: ${sentence}`);
  }
});

test('frame: 较一季度 is its own basis class', () => {
  const a = analyze(`${ACTUAL}上半年规上工业增加值增长6.3%，较一季度回升2.1个百分点。\n上半年规上工业增加值增速比上年同期提高0.8个百分点。\n`);
  const quarter = claimOf(a, '2.1个百分点');
  const year = claimOf(a, '0.8个百分点');
  assert.ok(quarter && year);
  assert.equal(frameOf(quarter).basis, 'vsQuarter');
  assert.equal(comparable(frameOf(quarter), frameOf(year)), false);
  assert.deepEqual(alarms(a.quantities.length ? `${ACTUAL}上半年规上工业增加值增长6.3%，较一季度回升2.1个百分点。\n上半年规上工业增加值增速比上年同期提高0.8个百分点。\n` : ''), []);
});

/** [why, text without any year or title, expected error/warning codes]. */
const NO_YEAR: [string, string, string[]][] = [
  ['全体 above 城镇 and 农村 in one sentence', '城镇居民人均可支配收入增长1.6%，农村居民人均可支配收入增长7%，全体居民人均可支配收入增长10.5%。\n', ['bound-violation']],
  ['全体 between 城镇 and 农村', '城镇居民人均可支配收入增长1.6%，农村居民人均可支配收入增长7%，全体居民人均可支配收入增长4.5%。\n', []],
  ['GDP vs its sectors in one sentence', '地区生产总值100亿元，其中第一产业增加值10亿元，第二产业增加值30亿元，第三产业增加值50亿元。\n', ['sum-mismatch']],
  ['GDP equal to its sectors', '地区生产总值90亿元，其中第一产业增加值10亿元，第二产业增加值30亿元，第三产业增加值50亿元。\n', []],
  ['two sentences, no year: not the same period for sure', '地区生产总值增长5.1%。\n地区生产总值增长6.2%。\n', []],
  ['一季度 vs 上半年 never compare', `${ACTUAL}一季度地区生产总值增长4.5%。\n上半年地区生产总值增长5.1%。\n`, []],
  ['1-9月 and 前三季度 are one period', `${ACTUAL}1-9月地区生产总值增长4.5%。\n前三季度地区生产总值增长5.5%。\n`, ['growth-mismatch']],
  ['当月 vs 累计 never compare', `${ACTUAL}3月当月规上工业增加值增长9.5%。\n一季度累计规上工业增加值增长6.1%。\n`, []],
  ['1-2月 vs 一季度 never compare', `${ACTUAL}1-2月规上工业增加值增长4.5%。\n一季度规上工业增加值增长5.1%。\n`, []],
];

test('frame: no year needed inside a sentence; sub-year scopes are periods (issue 10 group 5)', () => {
  for (const [why, text, expected] of NO_YEAR) assert.deepEqual(alarms(text), expected, why);
});

test('frame: a field known on one side only makes two claims incomparable', () => {
  const a = analyze('地区生产总值增长5.1%。\n一、2022年国民经济和社会发展计划执行情况\n地区生产总值增长5.1%。\n');
  const [c1, c2] = a.claims.filter((c) => c.key === '地区生产总值');
  assert.ok(c1 && c2);
  assert.equal(c1.period.year, undefined);
  assert.equal(c2.period.year, 2022);
  assert.equal(comparable(frameOf(c1), frameOf(c2)), false);
  assert.equal(comparable(frameOf(c2), frameOf(c2)), true);
});

test('frame: an untitled excerpt that opens with `2022年，` reviews 2022', () => {
  const text = '2022年，全县经济稳中向好。\n一、综合\n全县地区生产总值254.5亿元，增长5.2%。\n二、主要目标\n地区生产总值增长6%左右。\n';
  const a = analyze(text);
  assert.equal(claimOf(a, '254.5亿元')?.period.year, 2022);
  const target = claimOf(a, '6%左右');
  assert.equal(target?.period.status, 'target');
  assert.equal(target?.period.year, undefined, 'a plan part is not dated by the review year');
  // Not an opening: a year later in the text dates nothing beyond its sentence.
  assert.equal(claimOf(analyze('全县经济稳中向好。\n2022年，地区生产总值增长5%。\n粮食产量20万吨。\n'), '20万吨')?.period.year, undefined);
});

/** Lessons from real tune text, rewritten with invented figures: [why, text, expected codes]. */
const TUNE_LESSONS: [string, string[], string[]][] = [
  [
    'a growth after a completion rate is the revenue’s, not the plan’s',
    [`${ACTUAL}地方一般公共预算收入4.2亿元，完成预算的106.2%，增长21.3%。`, '上级转移性收入30.5亿元，完成预算的112.4%，增长9.8%。'],
    [],
  ],
  [
    'a plan figure inside a sector list restates the sector at the target stage',
    [`${ACTUAL}第一产业增加值16亿元，完成年计划16亿元的100%，增长3.1%；第二产业增加值300亿元，完成年计划340亿元的88.2%，下降1.5%。`, '第二产业增加值增长1.5%。'],
    ['growth-mismatch'],
  ],
  [
    'a gap to the province, with the province’s rate in brackets',
    [`${ACTUAL}一般公共预算收入完成40.2亿元，增长18.7%，高于全省平均增幅（10%）8.7个百分点，高于全市平均增幅（13.2%）5.5个百分点。`],
    [],
  ],
  [
    'contributions and gaps in a 分别 list are no growth of the subject',
    [`${ACTUAL}地区生产总值增长6.1%，分别高于全国、全省2.1、1.3个百分点，第一产业增加值增长5.2%，拉动经济增长1.1个百分点。`, '第一产业增加值比上年提高0.4个百分点。'],
    [],
  ],
  ['a verb phrase read as a subject is never compared', [`${ACTUAL}推进项目建设增长5%。`, '推进项目建设增长8%。'], []],
  ['an indicator stated twice, differently: flagged', [`${ACTUAL}工业用电量增长5.2%。`, '工业用电量增长8.2%。'], ['growth-mismatch']],
  ['两年平均 is an average basis', [`${ACTUAL}社会消费品零售总额增长11.4%，两年平均增长8.2%。`, '全年社会消费品零售总额增长11.4%。'], []],
  ['a share of the budget over 100 % is a completion rate', [`${ACTUAL}财政总收入12.7亿元，占年初预算的104.3%。`], []],
  ['a share of the task over 100 % is a completion rate', [`${ACTUAL}税收收入9.1亿元，占全年任务的101.2%。`], []],
  ['a real share over 100 % still warns', [`${ACTUAL}民生支出占一般公共预算支出的104.3%。`], ['magnitude-suspect']],
];

test('frame: lessons from the real tune set (rewritten)', () => {
  for (const [why, lines, expected] of TUNE_LESSONS) assert.deepEqual(alarms(lines.join('\n') + '\n'), expected, why);
});

test('frame: a release title dates its figures and gives their sub-year scope', () => {
  const half = analyze('2022年上半年某区经济运行情况\n一、工业\n规上工业增加值增长5.2%。全年计划增长8%。\n');
  assert.equal(claimOf(half, '5.2%')?.period.year, 2022);
  assert.equal(claimOf(half, '5.2%')?.period.scope, '上半年');
  // A title repeated in the title block names one year.
  const repeated = analyze('2023年某区国民经济和社会发展统计公报 2023年，全区经济稳中有进。\n地区生产总值增长5.5%。\n');
  assert.equal(claimOf(repeated, '5.5%')?.period.year, 2023);
  // `2024年是…之年` opens a review of 2024.
  assert.equal(claimOf(analyze('2024年是关键一年，全市经济平稳运行。\n地区生产总值增长5.5%。\n'), '5.5%')?.period.year, 2024);
  // A half-year release and a whole-year statement never meet.
  assert.deepEqual(alarms('2022年上半年某区经济运行情况\n一、工业\n规上工业增加值增长5.2%。\n二、展望\n全年规上工业增加值增长6.1%。\n'), []);
});

test('frame: the sectors of another total are that total’s, not the county’s', () => {
  const text = `${ACTUAL}地区生产总值400亿元，其中第一产业增加值80亿元，增长6.5%。\n民营经济增加值250亿元，增长4.2%，其中：第一产业增加值40亿元，增长6.8%。\n`;
  assert.deepEqual(alarms(text), []);
  const a = analyze(text);
  assert.deepEqual(claimOf(a, '40亿元')?.subject, { scope: 'part', name: '民营经济增加值' });
  assert.equal(claimOf(a, '80亿元')?.subject, undefined);
  // 其中 opening the next sentence breaks down the same total.
  assert.deepEqual(alarms(`${ACTUAL}地区生产总值400亿元，其中第一产业增加值80亿元，增长6.5%。\n民营经济增加值250亿元，增长4.2%。其中：第一产业增加值40亿元，增长6.8%。\n`), []);
  // The county's own sector stated twice, differently: still flagged.
  assert.deepEqual(alarms(`${ACTUAL}地区生产总值400亿元，其中第一产业增加值80亿元，增长6.5%。\n全年第一产业增加值增长7.5%。\n`), ['growth-mismatch']);
});

test('frame: a change against an earlier month range is its own basis', () => {
  const text = `${ACTUAL}1-3月固定资产投资下降24.1%，降幅比1-2月收窄13.1个百分点。\n1-3月社会消费品零售总额下降14.1%，降幅比1-2月收窄4.4个百分点。\n`;
  assert.deepEqual(alarms(text), []);
});

test('frame: a breakdown in its own sentence shares its total’s period, even without a year', () => {
  // Without any year: GDP in one sentence, its sectors in the next (其中 / 分产业看).
  assert.deepEqual(alarms('今年以来，全县经济平稳。\n上半年，全县地区生产总值150亿元，增长6%。其中：第一产业增加值12.3亿元，第二产业增加值61.9亿元，第三产业增加值74.7亿元。\n'), ['sum-mismatch']);
  assert.deepEqual(alarms('今年以来，全县经济平稳。\n上半年，全县地区生产总值148.9亿元，增长6%。其中：第一产业增加值12.3亿元，第二产业增加值61.9亿元，第三产业增加值74.7亿元。\n'), []);
  assert.deepEqual(alarms('今年以来，全县经济平稳。\n全县地区生产总值总量为52.22亿元，同比增长4%。分产业看：第一产业4.41亿元，第二产业19.31亿元，第三产业29.5亿元。\n'), ['sum-mismatch']);
  const a = analyze('今年以来，全县经济平稳。\n上半年，全县地区生产总值148.9亿元，增长6%。其中：第一产业增加值12.3亿元，增长3%。\n');
  assert.equal(claimOf(a, '12.3亿元')?.period.scope, '上半年');
});
