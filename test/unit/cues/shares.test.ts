// Case table for cues/shares.ts: which words make a percentage a completion rate (actual ÷ plan,
// may exceed 100 %) and which plan it names. Adding a phrasing is one row here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completionCue, doneBase, namesActual, sameStage, stageOf, withoutStage, SHARE_ASIDE, SHARE_CLAUSE, PLAN_REFERENCE, PLAN_AFTER, planInShareClause, namesShare, shareHeader, namesStructure, shareWholeAt, withoutRatePhrases, boundedRate, unboundedRate, NON_ADDITIVE_LABEL, AVERAGE_NAMED_BEFORE, measuredAgainst, completionAfter, projectProgress, wholeNamedAfter, bareShareAfter, ownShareAfter, qualifiedPartOf, respectiveSharesCue, STRUCTURE_OF_OTHER_MEASURE, genericWhole, pastWholeInShareClause, SHARE_WHOLE_WORDS, lastShareVerb, startsWithShareVerb, perHeadFund, takesShareOfNamedWhole, PLAN_AFTER_FIGURE, PLAN_VERB_BEFORE, TARGET_WORD, BUDGET_OR_PLAN_WORD, pairRateName, BARE_RATIO_CLAUSE, sharesNamedWholeAfter, negatesBase, namesShareWhole, shareWholeCore, projectLifePlan, yearPlanWords, gapToPlan, namesTwoOfThreeSectors, FIGURE_SHARE_THEN_BRACKET, countingVerb, objectThenCountingVerb, inWholeShareClause } from '../../../server/src/analysis/cues/shares';

const COMPLETIONS: [string, string | undefined][] = [
  ['占预算调整数的', 'adjustedBudget'], // the adjusted budget named the other way round
  ['为预算调整数的', 'adjustedBudget'],
  // text before the figure → the plan stage it names (undefined: a completion rate naming no plan)
  ['一般公共预算收入完成12.3亿元，完成调整预算的', 'adjustedBudget'],
  ['固定资产投资增长8%，占年计划的', 'plan'],
  ['现已完成投资3600万元，占计划总投资的', 'plan'], // the plan named with its measure, 总 and all
  ['非税收入2.1亿元，为年初预算的', 'initialBudget'],
  ['地区生产总值完成年度目标的', 'plan'],
  ['税收完成539万元，占全年任务', 'plan'],
  ['为调整后预算的', 'adjustedBudget'],
  ['达到计划的', 'plan'],
  ['完成预算的', 'budget'],
  ['预算完成率为', 'budget'],
  ['完成率', undefined],
  ['当年完成投资9.6亿元，完成投资比例', undefined],
  ['投资完成比例为', undefined],
  ['完成进度', undefined],
  ['完成投资3.1亿元，占市年度目标任务的', 'plan'], // the body that set the plan before it
  ['累计完成投资58.4亿元，占全年投资计划的', 'plan'], // the measure before the plan word
  ['完成区下达收入预算目标的', 'budget'],
  ['預算數達成率為37.2%，占累計分配預算數則為', 'budget'], // the budget allotted so far, 则 before the copula
  ['全國種植面積累計106,836公頃，占計畫種植面積之', 'plan'], // Taiwan's 計畫 and 之; a planned area
];

const NOT_COMPLETIONS = [
  '民生支出40亿元，占一般公共预算支出的', // a share of a budget *item*
  '税收收入占一般公共预算收入的比重为',
  '占比',
  '占全县生产总值的',
  '同比增长',
  '一般公共预算收入',
  '完成投资', // the actual amount's verb, not a rate
  '占一般公共预算支出总额的', // still a share of a budget item
  '占累计分配资金则为', // a share of money allotted, no plan
];

test('completion cues name their plan', () => {
  for (const [before, stage] of COMPLETIONS) {
    const cue = completionCue(before);
    assert.ok(cue, before);
    assert.equal(cue.stage, stage, before);
  }
});

test('shares and plain words are no completion cues', () => {
  for (const before of NOT_COMPLETIONS) assert.equal(completionCue(before), undefined, before);
});

test('stages of plan labels: budget names (一般公共预算) are no stage', () => {
  assert.equal(stageOf('一般公共预算收入年初预算'), 'initialBudget');
  assert.equal(stageOf('调整预算'), 'adjustedBudget');
  assert.equal(stageOf('年度计划投资'), 'plan');
  assert.equal(stageOf('一般公共预算收入'), undefined);
  assert.equal(stageOf('政府性基金预算支出'), undefined);
  // The older name of 一般公共预算 names an account too.
  assert.equal(stageOf('地方一般预算收入'), undefined);
  assert.equal(stageOf('一般预算收入年初预算'), 'initialBudget');
  assert.equal(stageOf('经人大常委会批准，调整为'), 'adjustedBudget');
  assert.equal(stageOf('高标准农田考核指标'), 'plan');
  assert.equal(stageOf('省下达指标'), 'plan');
  assert.equal(stageOf('主要指标'), undefined);
  assert.equal(stageOf('三次产业结构调整为'.slice(0, 6)), undefined);
});

test('年初预算 and 调整预算 are different plans; bare 预算 fits either', () => {
  assert.equal(sameStage('initialBudget', 'adjustedBudget'), false);
  assert.equal(sameStage('budget', 'adjustedBudget'), true);
  assert.equal(sameStage('plan', 'initialBudget'), false);
});

test('stage words come off an indicator key at either end only', () => {
  assert.equal(withoutStage('年初预算安排财政总收入'), '财政总收入');
  assert.equal(withoutStage('一般公共预算收入年初预算'), '一般公共预算收入');
  assert.equal(withoutStage('一般公共预算收入'), '一般公共预算收入');
  assert.equal(withoutStage('年度计划投资'), '投资');
});

test('inline plan references and share clauses', () => {
  for (const s of ['为年初预算', '占年度预算', '完成年计划', '为调整后预算']) assert.ok(PLAN_REFERENCE.test(s), s);
  assert.equal(PLAN_REFERENCE.test('一般公共预算'), false);
  // a plan named further from its verb, or in brackets
  for (const s of ['为县人代会批准的全年预算', '完成年任务(', '为市下三季度目标', '完成调整预算收入计划']) assert.ok(PLAN_REFERENCE.test(s), s);
  for (const s of ['占全县一般公共预算收入', '为上年决算数', '占全市比重']) assert.equal(PLAN_REFERENCE.test(s), false, s);
  assert.equal(SHARE_CLAUSE.exec('占一般公共预算支出的')?.[2], '一般公共预算支出');
  assert.equal(SHARE_CLAUSE.exec('占比')?.[1], '比');
  assert.equal(SHARE_CLAUSE.exec('占到了技能人才总量的')?.[2], '技能人才总量');
  assert.equal(SHARE_CLAUSE.exec('占到')?.[2], undefined);
  assert.equal(SHARE_CLAUSE.exec('占总人口比为')?.[2], '总人口');
});

test('traditional script forms of the completion words', () => {
  assert.equal(completionCue('占年初預算的')?.stage, 'initialBudget');
  assert.equal(completionCue('完成調整預算的')?.stage, 'adjustedBudget');
  assert.equal(completionCue('為年度計劃的')?.stage, 'plan');
  assert.equal(completionCue('占规划总量的')?.words, '规划总量');
  assert.ok(PLAN_REFERENCE.test('占年初預算'));
  assert.equal(stageOf('一般公共預算收入'), undefined);
});

test('a bracketed name of the ratio inside a share clause is an aside', () => {
  const rows: [string, string][] = [
    ['占总人口比重（户籍人口城镇化率）为', '占总人口比重为'],
    ['占消费支出的比重(恩格尔系数)', '占消费支出的比重'],
    ['占全县比重为', '占全县比重为'],
    // a bracket holding a clause (a comma) is no aside
    ['占总量（含开发区，下同）的', '占总量（含开发区，下同）的'],
  ];
  for (const [clause, read] of rows) assert.equal(clause.replace(SHARE_ASIDE, ''), read, clause);
});

test('a plan figure written before its plan words (`完成下达X亿元收入预算目标的`) is known by what follows it', () => {
  assert.equal(PLAN_AFTER.test('亿元收入预算目标的103.4%'), true);
  assert.equal(PLAN_AFTER.test('万元计划的98%'), true);
  assert.equal(PLAN_AFTER.test('亿元，同比增长9.3%'), false);
  assert.equal(PLAN_AFTER.test('亿元，占一般公共预算收入的'), false);
  assert.equal(PLAN_AFTER.test('亿元完成预算的51.4%'), false); // an actual glued to its own completion rate
  assert.equal(PLAN_AFTER.test('完成预算的51.4%'), false);
});

const PLAN_CLAUSES: [string, boolean][] = [
  ['完成投资4.1亿元，占省下达年度考核指标的', true],
  ['完成投资4.1亿元，占市年度目标任务的', true],
  ['为年初预算的', true],
  ['实际完成总投资1495万元，占下达投资的', true], // allocated from above: the plan
  ['民生支出31.2亿元，占一般公共预算支出的', false], // a budget's name, not a plan
  ['基金支出8亿元，占政府性基金预算支出的', false],
  ['占全县生产总值的', false],
  ['计划投资10亿元，完成投资12亿元，占比', false], // the plan stands in an earlier clause
  ['再就业完成年度目标的比例依次为：甲县', true], // the list's 为 comes after the plan
  ['完成投资12亿元，占全市投资的比例依次为：甲县', false],
];

test('a plan named anywhere in a share clause makes it a completion rate; a budget’s name does not', () => {
  for (const [before, plan] of PLAN_CLAUSES) assert.equal(planInShareClause(before), plan, before);
});

test('share words: a share named before a figure, the 占 of its whole, share columns, structures, bounded rates', () => {
  const cases: [string, { share: boolean; header: boolean; structure: boolean }][] = [
    ['占全县生产总值的比重为', { share: true, header: true, structure: true }],
    ['佔比達', { share: true, header: true, structure: true }],
    ['三次产业比例为', { share: true, header: false, structure: true }],
    ['三次产业增加值之比从', { share: false, header: false, structure: true }],
    ['三产比由上年的', { share: false, header: false, structure: true }],
    ['所占份额', { share: true, header: false, structure: false }],
    ['同比增长', { share: false, header: false, structure: false }],
  ];
  for (const [text, want] of cases) {
    assert.deepEqual({ share: namesShare(text), header: shareHeader(text), structure: namesStructure(text) }, want, text);
  }
  assert.equal(shareWholeAt('第二产业增加值占全省生产总值的比重'), 7);
  assert.equal(shareWholeAt('地区生产总值'), -1);
  assert.equal(withoutRatePhrases('完成年度计划的，为调整预算的，占支出的'), '，，');
  for (const key of ['森林覆盖率', '城镇化率', '高新技术产业增加值占比']) assert.ok(boundedRate(key), key);
  for (const key of ['一般公共预算收入完成率', '贷存比', '贡献率', '初中毕业生升学率', '初中毕业生升高中段的比例', '商业银行拨备覆盖率', '支出占当年筹资额', '赔款占同期保费收入', '财产险赔付率', '水库库容占正常库容', '产量占设计能力', '固定宽带家庭普及率', '移动电话普及率', '互联网用户普及率', '问题处理率', '投诉办结率', '利润占食品工业', '男女人口占比', '人口性别比', '初中阶段毛入学率', '學前教育毛入園率', '采购总数量占约定采购总量', '防治面积占发生面积', '工业生产当中占比最高的制造业指数', '製造業指數為', '內科病房昨日佔用率', '内科病床平均占用率', '病床使用率', '酒店入住率', '电网负荷率', '內科住院病床於午夜時的住用率', '债务占岁入比率', '債務占歲入比例', '地方政府债务率']) assert.ok(unboundedRate(key), key);
  assert.ok(boundedRate('污水处理率') && !unboundedRate('污水处理率'), 'sewage treated over sewage produced stays bounded');
  // A household service's 普及率 (gas, tap water) stays bounded.
  assert.ok(boundedRate('城市燃气普及率') && !unboundedRate('城市燃气普及率'));
  assert.equal(boundedRate('毛入学率'), false, 'measured against another population: may exceed 100 %');
  assert.equal(boundedRate('九年义务教育巩固率'), false, 'graduates over the entrants of nine years before: may exceed 100 %');
});

test('labels of figures that never add up (averages, per-head ratios)', () => {
  for (const t of ['人均生产总值', '每千人拥有病床', '每万人口', '亩均产值', '城镇化率', '人口密度每平方公里', '每平方千米', '每10万人中拥有大学文化程度的由', '夏粮单产', '小麦單產', '每月入息中位數', '收入中位数']) assert.ok(NON_ADDITIVE_LABEL.test(t), t);
  for (const t of ['县人民医院有床位', '税收收入', '每年']) assert.equal(NON_ADDITIVE_LABEL.test(t), false, t);
  // An average or a median named before a whole list of amounts.
  for (const t of ['经常性薪资平均数低于整体平均者，包括', '薪资中位数较低的行业有', '平均工资较高的行业中', '报告显示，农民工月均收入']) assert.ok(AVERAGE_NAMED_BEFORE.test(t), t);
  for (const t of ['全年工资性收入', '平均每天']) assert.equal(AVERAGE_NAMED_BEFORE.test(t), false, t);
});

test('a plan named right after a rate makes it a completion', () => {
  for (const t of ['，超额完成任务', ',完成年度目标任务', '，圆满完成全年计划', '%，超额完成了市下达的任务']) assert.ok(completionAfter(t), t);
  for (const t of ['，其中税收收入', '，比上年提高2个百分点', '，完成投资5亿元']) assert.equal(completionAfter(t), false, t);
});

const PROJECT_PROGRESS_CASES: [string, boolean][] = [
  ['民生工程基本建设类项目完成投资3.1亿元，占总投资', true],
  ['重点项目累计完成投资42亿元，占计划总投资的', true],
  ['全年完成工业投资50亿元，占总投资的', false], // no projects: a share of all investment
  ['总投资8620万元，已完成投资8990万元，占总投资的', true], // done so far against the total
  ['累计完成投资3.2亿元，占总投资', true],
  ['重点项目完成投资42亿元，占全社会固定资产投资的', false], // a share of the region's investment
  ['项目完成投资42亿元，增长8%，占总投资的', false], // another clause between: unclear
];

test('projects’ investment done over their total investment is progress, not a share', () => {
  for (const [before, yes] of PROJECT_PROGRESS_CASES) assert.equal(projectProgress(before), yes, before);
});

test('the whole a share right after a figure names', () => {
  assert.equal(wholeNamedAfter('，占肉类总产量的76.9%'), '肉类总产量');
  assert.equal(wholeNamedAfter('，占总就业人数的约9.3%'), '总就业人数');
  assert.equal(wholeNamedAfter('，占比为11.22%'), undefined);
  assert.equal(wholeNamedAfter('，占比重为11.22%'), undefined);
  assert.equal(wholeNamedAfter('，占全县生产总值的比重为12.5%'), '生产总值');
  assert.equal(wholeNamedAfter('，增长4.8%'), undefined);
  assert.equal(wholeNamedAfter('，占76.9%'), undefined); // a bare 占: no whole named
});

// A share right after a figure that names no whole: the figure's share of its list's total.
const BARE_SHARE_CASES: [string, boolean][] = [
  ['，占41.6%；', true],
  ['，占比7.25%', true],
  ['，占 12%', true],
  ['，佔為3.1%', true],
  ['，占全县的41.6%', false], // a whole named
  ['，占总收入41.6%', false],
  ['，增长41.6%', false],
  ['，比上年增长', false],
];

test('a share right after a figure that names no whole', () => {
  for (const [after, yes] of BARE_SHARE_CASES) assert.equal(bareShareAfter(after), yes, after);
});

test('a `分别占` list of shares and the whole it names', () => {
  assert.equal(respectiveSharesCue('非税收入3.53亿元，分别占'), '');
  assert.equal(respectiveSharesCue('，分别占生产总值的'), '生产总值');
  assert.equal(respectiveSharesCue('，其比重分别为'), '');
  assert.equal(respectiveSharesCue('，占比分别是'), '');
  assert.equal(respectiveSharesCue('比重分别为'), '');
  assert.equal(respectiveSharesCue('，增速分别为'), undefined);
  assert.equal(respectiveSharesCue('，分别占全市的'), '全市'); // a wider whole: not the total before
  assert.equal(respectiveSharesCue('，分别增长'), undefined);
});

test('a three-sector structure of another measure than value added', () => {
  for (const t of ['其中一、二、三产业投资占比分别为', '三次产业就业人员之比为', '三次产业税收比重为']) assert.ok(STRUCTURE_OF_OTHER_MEASURE.test(t), t);
  for (const t of ['三次产业结构调整为', '三次产业增加值比例为']) assert.equal(STRUCTURE_OF_OTHER_MEASURE.test(t), false, t);
});

test('a name qualified by a 的 phrase before the whole’s name is a part of that whole', () => {
  const cases: [string, string, boolean][] = [
    ['位于2度以下坡度的耕地', '耕地', true],
    ['25度以上的耕地', '耕地', true],
    ['耕地', '耕地', false],
    ['全县耕地', '耕地', false],
    ['一般公共预算收入', '收入', false],
  ];
  for (const [key, tail, want] of cases) assert.equal(qualifiedPartOf(key, tail), want, `${key} / ${tail}`);
});


// A total's own share of a wider whole, right after its figure.
const OWN_SHARE_CASES: [string, boolean][] = [
  ['，占全市53.8%，其中', true],
  ['、占85.3%，其中', true], // a 、 before the share too
  ['，占全县的比重为41.6%', true],
  ['（占全区的12%）', true],
  // A bare share: a total is never a share of itself, so this is of a wider whole left unnamed.
  ['，占41.6%', true],
  // 占比 after a total names its share of a wider whole as well (a total is no share of itself).
  ['，占比41.6%', true],
  ['，占比为75%，使用范围', true],
  ['，增长8.1%', false],
  ['，其中：城管部门', false],
  // A count whose clause runs on in words before its bare share.
  ['赴国内外高校深造，占80.8%', true],
  ['赴国内外高校深造，增长8.1%', false],
  ['赴国内外高校深造，其中2100人', false],
];

test('a total followed by its own share of a wider whole', () => {
  for (const [after, yes] of OWN_SHARE_CASES) assert.equal(ownShareAfter(after), yes, after);
});

test('a whole named only as the total (总数, 总额, 合计) is the part\'s own total', () => {
  for (const w of ['总数', '總額', '总量', '合计', '全部']) assert.ok(genericWhole(w), w);
  for (const w of ['总人口', '一般公共预算支出', '全县总数', '数']) assert.equal(genericWhole(w), false, w);
});

test('a share clause naming an earlier time\'s level is a ratio of two periods', () => {
  for (const t of ['返岗务工32988人，占去年底务工人数的', '，为上年同期的', '，占上年全年的']) assert.ok(pastWholeInShareClause(t), t);
  for (const t of ['，占全县务工人数的', '，占年计划的', '上年务工人数32988人，占全县的', '占去年底的比重，今年为']) assert.equal(pastWholeInShareClause(t), false, t);
});

test('SHARE_WHOLE_WORDS and lastShareVerb: the words that name the whole of a share', () => {
  const rows: [string, string][] = [
    ['占全省海洋生产总值的比重为', '全省海洋生产总值'],
    ['占全国政府采购规模的比重分别为', '全国政府采购规模'],
    ['占总用水量的', '总用水量'],
    ['占比', ''],
    ['佔全市的比例為', '全市'],
  ];
  for (const [words, whole] of rows) assert.equal(words.replace(SHARE_WHOLE_WORDS, ''), whole, words);
  assert.equal(lastShareVerb('，比上年增长10.6%，占全省'), 12);
  assert.ok(startsWithShareVerb('占全国政府采购规模的比重'));
  assert.ok(!startsWithShareVerb('货物类采购金额'));
  assert.equal(lastShareVerb('，比上年增长10.6%'), -1);
});

test('perHeadFund: a fund named after a per-head standard, in 万 or 亿, is a total', () => {
  assert.ok(perHeadFund('、高中生均经费', '万元'));
  assert.ok(perHeadFund('人均补助资金', '亿元'));
  assert.ok(!perHeadFund('生均经费', '元'));
  assert.ok(!perHeadFund('农村居民人均可支配收入', '万元'));
});

test('a clause taking a share of a whole named before 的', () => {
  for (const c of ['，产量为91.7万吨，分别占橘园总面积和柑橘总产量的49.1%和51.3%', '，占全县的12%']) assert.ok(takesShareOfNamedWhole(c), c);
  for (const c of ['，增长8.1%', '，占12%', '，其中：城镇…']) assert.equal(takesShareOfNamedWhole(c), false, c);
});

test('a target named after its figure, the verb before it, and targets against plans', () => {
  const after: [string, boolean][] = [['目标任务的', true], ['目标的', true], ['年度目标的', true], ['任务的', true], ['的', false], ['计划的', false], ['目标任务', false]];
  for (const [t, want] of after) assert.equal(PLAN_AFTER_FIGURE.test(t), want, t);
  const verbs: [string, boolean][] = [['完成全年', true], ['完成', true], ['占', true], ['为年度', true], ['实现', false], ['新增', false]];
  for (const [t, want] of verbs) assert.equal(PLAN_VERB_BEFORE.test(t), want, t);
  const words: [string, boolean, boolean][] = [['全年目标任务', true, false], ['年度计划', false, true], ['年初预算', false, true], ['市下达任务', true, false]];
  for (const [t, target, plan] of words) {
    assert.equal(TARGET_WORD.test(t), target, t);
    assert.equal(BUDGET_OR_PLAN_WORD.test(t), plan, t);
  }
});

test('pairRateName: a rate named by what the figure before it counts (X率 after `…X N`)', () => {
  const cases: [string, string | undefined][] = [
    ['，调解成功率', '调解成功'],
    ['，患病率占', '患病'],
    ['，合格率为', '合格'],
    ['，就业率达', '就业'],
    ['，增长率', undefined], // a change over last year's level, not of the figure before
    ['，完成率', undefined], // against a plan the text may not state
    ['，结案率', undefined], // closed over received and carried over
    ['，出栏率', undefined], // sold over the stock at the year's start
    ['，出生率为', undefined], // of the year's mean population
    ['，投资收益率', undefined], // of the capital invested over the year
    ['，占比', undefined],
  ];
  for (const [between, want] of cases) assert.equal(pairRateName(between), want, between);
});

test('a bare 比例 / 比重 after a part says what a bare 占比 says', () => {
  for (const t of ['比例为', '所占比例', '所占比重为', '比重达到']) assert.ok(BARE_RATIO_CLAUSE.test(t), t);
  for (const t of ['公办学校比例', '男女比例为', '占比', '比例']) assert.equal(BARE_RATIO_CLAUSE.test(t) && t !== '比例', false, t);
});

test('sharesNamedWholeAfter: a figure that takes its own share of a whole named like it', () => {
  const rows: [string, string, boolean][] = [
    ['，占全国典当总额的81%。', '典当总额', true],
    ['，占全省粮食产量的12.4%', '粮食产量', true],
    ['，占粮食产量的12.4%', '粮食产量', true],
    // Another whole, a share past the clause, a name too short to tell.
    ['，占全国GDP的81%', '典当总额', false],
    ['，增长3.1%；占全省粮食产量的12.4%', '粮食产量', false],
    ['，占全省的12.4%', '产量', false],
    ['，占1200亿元粮食产量的12.4%', '粮食产量', false],
  ];
  for (const [after, named, yes] of rows) assert.equal(sharesNamedWholeAfter(after, named), yes, after);
});

test('negatesBase: a pair rate that counts the other class', () => {
  assert.ok(negatesBase('不起诉', '对未成年犯罪嫌疑人决定起诉'));
  assert.ok(negatesBase('未参保', '已参保'));
  assert.ok(!negatesBase('调解成功', '受理纠纷'));
  assert.ok(!negatesBase('不合格', '抽检'));
});

test('namesShareWhole: a share clause that names its whole', () => {
  assert.ok(namesShareWhole('，占种植面积的'));
  assert.ok(!namesShareWhole('，新能源电量占比达'));
});

test('projectLifePlan / yearPlanWords: a plan over projects\' lives and a rate of one year\'s plan', () => {
  for (const [w, v] of [['，计划总投资', true], ['，年度计划投资', false], ['概算總投資', true]] as const) assert.equal(projectLifePlan(w), v, w);
  for (const [w, v] of [['完成年度计划的', true], ['完成全年目标的', true], ['占年计划的', true], ['完成计划的', false], ['完成“十四五”计划的', false]] as const) assert.equal(yearPlanWords(w), v, w);
});

test('gapToPlan: an amount over or under a plan is the gap, not the plan', () => {
  const rows: [string, boolean][] = [
    ['，超过预算', true],
    ['，超過預算', true],
    ['，比年初预算增加', true],
    ['，低于计划', true],
    ['，比预算超收', true],
    ['，年初预算', false],
    ['，调整预算为', false],
    ['，年度计划投资', false],
  ];
  for (const [w, v] of rows) assert.equal(gapToPlan(w), v, w);
});

test('shareWholeCore: the whole a share clause names, rate words dropped', () => {
  const rows: [string, string | undefined][] = [
    ['，各镇人员经费占各该镇自有收入比率', '自有收入'],
    ['，人员经费占全镇自有收入1280万元的', undefined], // the whole's own figure ends the clause
    ['，新能源电量占比达', undefined], // no whole named
    ['，其中二产占', undefined],
    ['，服务业增加值占地区生产总值的比重为', '生产总值'],
  ];
  for (const [words, core] of rows) assert.equal(shareWholeCore(words), core, words);
});

test('shares: words that name what was done, not a plan of doing it', () => {
  const rows: [string, boolean][] = [
    ['累计完成投资', true],
    ['实际完成', true],
    ['全年计划完成投资', false],
    ['年度任务完成', false],
    ['目标实现', false],
    ['计划投资', false],
    ['全年决算', true],
  ];
  for (const [words, actual] of rows) assert.equal(namesActual(words), actual, words);
});

test('shares: a pair rate\'s base named by another finished action is no caseload', () => {
  const rows: [string, string, boolean][] = [
    ['调解成功', '，解答消费咨询', true],
    ['调解成功', '全年答复来信', true],
    ['调解成功', '全年受理各类矛盾纠纷', false],
    ['合格', '全年抽检食品', false],
    ['办结', '共办结', false],
  ];
  for (const [rate, base, done] of rows) assert.equal(doneBase(rate, base), done, base);
});

test('namesTwoOfThreeSectors: a structure of the second and third sectors only', () => {
  const rows: [string, boolean][] = [
    ['；第二、三产业增加值比例为', true],
    ['二三产业比重为', true],
    ['；三次产业结构为', false],
    ['一、二、三产业增加值占比为', false],
    ['第一、二产业之比为', false],
  ];
  for (const [w, v] of rows) assert.equal(namesTwoOfThreeSectors(w), v, w);
});

test('cues/shares: one amount measured against another it is no part of (约当…的比重, 相当于…的比重)', () => {
  for (const t of ['合计为6,520亿美元，约当外汇存底的比重也上涨至', '政府债务余额相当于地区生产总值的比重为', '約當外匯存底的比重為', '支持组合资产与货币基础的比例维持在', '贷款对存款的比率为']) assert.ok(measuredAgainst(t), t);
  // (A share of a whole stays one however it is worded before: 占 inside the phrase.)
  for (const t of ['与上年相比，工业占全县的比例为']) assert.equal(measuredAgainst(t), false, t);
  for (const t of ['水田占耕地面积的比重为', '第三产业增加值占地区生产总值的比重为']) assert.equal(measuredAgainst(t), false, t);
});

test('FIGURE_SHARE_THEN_BRACKET: a figure, its share of a wider whole, then a bracket', () => {
  const rows: [string, boolean][] = [
    ['养殖产量672.6万吨，占全国的13.71%（海水', true],
    ['出口额38亿元，占全省出口的12.5%(机电', true],
    ['养殖产量672.6万吨（海水', false],
    ['水产品总产量833.5万吨，占全国总产量（6445.33万吨）的12.93%', false],
    ['养殖产量672.6万吨，增长3.1%（海水', false],
  ];
  for (const [text, hit] of rows) assert.equal(FIGURE_SHARE_THEN_BRACKET.test(text), hit, text);
});

test('cues/shares: a total named by what its verb did (`销售总量` of `共销售…`), the object before or after the verb (s49)', () => {
  for (const w of ['招聘', '接待', '销售', '銷售']) assert.ok(countingVerb(w), w);
  for (const w of ['完成', '实现', '彩票销售']) assert.equal(countingVerb(w), false, w);
  const cases: [string, [string, string] | undefined][] = [
    ['彩票销售', ['彩票', '销售']],
    ['游客接待', ['游客', '接待']],
    ['销售', undefined], // no object before the verb
    ['彩票销量', undefined], // 销量 names a measure, no verb
  ];
  for (const [name, want] of cases) {
    const got = objectThenCountingVerb(name);
    assert.deepEqual(got === undefined ? undefined : [got.object, got.verb], want, name);
  }
});

test('inWholeShareClause: 在X中占 names X as the whole (s50)', () => {
  const rows: [string, string | undefined][] = [
    ['在电信业务收入中占', '占电信业务收入的'],
    ['在全部贷款中占比', '占全部贷款的'],
    ['在总收入当中所占', '占总收入的'],
    ['占电信业务收入的', undefined],
    ['在全省排名中', undefined],
  ];
  for (const [clause, want] of rows) assert.equal(inWholeShareClause(clause), want, clause);
});
