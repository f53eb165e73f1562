import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actualOfPlanned, budgetStage, isStretchTarget, overThePlan, stageOnly, statesOutcome, EXCESS_WORD, PLAN_WORD, TARGET_BASE, TARGET_CUE, TARGET_LIST_AFTER } from '../../../server/src/analysis/cues/stages';

/** clause before a figure → budget stage ('' = none). */
const BUDGET: [string, string][] = [
  ['一般公共预算收入年初预算', 'budget'],
  ['，预算数为', 'budget'],
  ['，调整预算', 'adjusted'],
  ['调整后预算为', 'adjusted'],
  ['年初预算12亿元，调整预算', 'adjusted'],
  ['2021年初，县人大审议通过的全县一般公共预算支出', 'budget'],
  ['区人大第四次会议批准年初一般公共预算收入', 'budget'],
  ['人代会批准的年初预算', 'budget'],
  ['县人大常委会批准预算调整方案，一般公共预算收支为', 'adjusted'],
  ['经批准，一般公共预算收入预算调整为', 'adjusted'],
  ['，完成', ''],
  ['一般公共预算收入', ''],
];

test('cues/stages: 年初预算 and 调整预算 are two stages; the last one written holds', () => {
  for (const [clause, expected] of BUDGET) assert.equal(budgetStage(clause) ?? '', expected, clause);
});

test('cues/stages: 执行数 and 实际完成 state the outcome', () => {
  assert.equal(statesOutcome('，执行数'), true);
  assert.equal(statesOutcome('，实际完成'), true);
  assert.equal(statesOutcome('，调整预算'), false);
});

/** sentence → whether it carries a target cue. */
const TARGETS: [string, boolean][] = [
  ['预期地区生产总值增长6%', true],
  ['力争固定资产投资增长10%', true],
  ['确保粮食产量稳定在50万吨', true],
  ['目标是城镇新增就业3000人', true],
  ['计划新增规上企业12家', true],
  ['预计全年增长5%', true],
  ['地区生产总值增长6%', false],
  ['完成固定资产投资30亿元', false],
];

test('cues/stages: target cues (目标/预期/力争/计划/确保/预计)', () => {
  for (const [text, expected] of TARGETS) assert.equal([...text.matchAll(TARGET_CUE)].length > 0, expected, text);
});

/** phrase → the stage it names when it names nothing else ('' = a real indicator). */
const PLANS: [string, string][] = [
  ['完成年初预算数', 'budget'],
  ['占年度任务的', 'target'],
  ['完成年计划', 'target'],
  ['调整预算', 'adjusted'],
  ['执行数', 'actual'],
  ['一般公共预算收入', ''],
  ['预算内投资', ''],
];

test('cues/stages: plan words alone restate the subject at a stage', () => {
  for (const [phrase, expected] of PLANS) assert.equal(stageOnly(phrase) ?? '', expected, phrase);
});

test('cues/stages: a stretch target right after a first target is an alternative value (争取达, 力争)', () => {
  const rows: [string, boolean][] = [
    ['农业产值4.2亿元，争取达', true],
    ['工业产值2亿元，力争达到', true],
    ['工业产值2亿元，力争', true],
    ['粮食产量18万吨、爭取達', true],
    // a sentence opening with 力争 states a target, not an alternative value
    ['力争', false],
    ['全年力争实现', false],
    ['争取上级资金', false],
  ];
  for (const [before, stretch] of rows) assert.equal(isStretchTarget(before), stretch, before);
});

test('an amount over or under a plan: the words right before it', () => {
  const cases: [string, boolean][] = [
    ['，超收', true],
    ['短收了', true],
    ['，超支', true],
    ['节支', true],
    ['预计可完成', false],
    ['，增收', false],
  ];
  for (const [before, want] of cases) assert.equal(overThePlan(before), want, before);
});

test('the outcome written after a planned total\'s parts is that total\'s actual', () => {
  const cases: [string, string, boolean][] = [
    ['，实际完成造林', '国有林场计划造林', true],
    ['，实际完成', '年度目标任务', true],
    ['，实际完成造林', '全县造林', false],
    ['，公益林补植造林', '国有林场计划造林', false],
  ];
  for (const [label, total, want] of cases) assert.equal(actualOfPlanned(label, total), want, `${label} / ${total}`);
});

test('cues/stages: a colon right after a target cue announces a list of targets', () => {
  const cases: [string, boolean][] = [
    ['主要调控目标是：国内生产总值增长12%', true],
    ['预期目标为:财政收入增长8%', true],
    ['目标是全年增长8%', false], // one target, in its own clause
  ];
  for (const [text, want] of cases) {
    const m = [...text.matchAll(TARGET_CUE)].at(-1);
    assert.ok(m !== undefined, text);
    assert.equal(TARGET_LIST_AFTER.test(text.slice((m.index ?? 0) + m[0].length)), want, text);
  }
});

test('cues/stages: a plan named as the base of a comparison, and the excess over it', () => {
  const bases: [string, boolean][] = [
    ['，比“十五”计划目标', true],
    ['，为年度预算', true],
    ['，完成年初预算', true],
    ['，较原建议的', true], // a proposal set against (s48)
    ['，比上年', false], // last year, no plan
    ['，占', false],
  ];
  for (const [words, want] of bases) assert.equal(TARGET_BASE.test(words), want, words);
  for (const [text, want] of [['比年初预算增收', true], ['比上年增长', false]] as const) assert.equal(PLAN_WORD.test(text), want, text);
  for (const [words, want] of [['超过', true], ['超额', true], ['超出了', true], ['增加', false]] as const) assert.equal(EXCESS_WORD.test(words), want, words);
});
