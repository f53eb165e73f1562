// Share and completion cues: the words that say a percentage is a part of a whole (占, 占比, 比重)
// or an actual measured against its plan (完成年度目标的103%, 为年初预算的96%, 占年计划的108%).
// The difference matters: a share cannot exceed 100 %, a completion rate may (`完成调整预算的117.3%`),
// and it is checked as actual ÷ the plan it names, never as part ÷ whole.
//
// Each family is a table of rows; adding a phrasing is one row plus one case in
// test/unit/cues/shares.test.ts.

import { memoOfText } from '../memo';

/** The plan a completion rate measures against; reports keep the budget stages apart. */
export type PlanStage = 'initialBudget' | 'adjustedBudget' | 'budget' | 'plan';

/** Stage words, most specific first: the first row whose pattern matches names the stage. */
const STAGE_ROWS: { stage: PlanStage; words: RegExp }[] = [
  // `一般公共预算收入为101930万元，经批准，调整为104500万元`: the figure a budget was adjusted to.
  // `预算调整数` (the budget as adjusted) names the same stage the other way round.
  { stage: 'adjustedBudget', words: /[调調]整(?:后的?|後的?)?[预預]算|[变變][动動][预預]算|[调調]整[为為]$|[预預]算[调調]整(?:[数數]|方案|后|後)/ },
  { stage: 'initialBudget', words: /年初[预預]算|[预預]算安排|代[编編][预預]算/ },
  { stage: 'budget', words: /[预預]算/ },
  // 计划, 目标, 任务 are used interchangeably for a year's plan (`年度计划投资`, `完成年度目标的`).
  // `考核指标23.1万亩，完成28.69万亩`: an assigned 指标 is a plan (not `主要指标`, `约束性指标`).
  // (Taiwan writes 計畫.)
  { stage: 'plan', words: /[计計][划劃畫画]|目[标標]|任[务務]|(?:考核|下[达達])指[标標]/ },
];

/** Names of budgets (the four 本 of a budget report): 预算 there names an account, not a stage. (`一般预算收入`:
 * the older name of 一般公共预算.) */
const BUDGET_NAMES = /一般(?:公共)?[预預]算|公共[财財]政[预預]算|政府性基金[预預]算|[国國]有[资資]本[经經][营營][预預]算|社[会會][保][险險]基金[预預]算|[预預]算[内內]/g;

/**
 * The stage a label names (`年初预算安排`, `调整预算`, `年度计划投资`), if any. Memoized: asked for
 * every level's indicator (the plan index, magnitude-suspect), again on every re-analysis.
 */
export const stageOf: (label: string) => PlanStage | undefined = memoOfText((label) => {
  const t = label.replace(BUDGET_NAMES, '');
  return STAGE_ROWS.find((r) => r.words.test(t))?.stage;
});

/** Stage words at either end of an indicator key: `年初预算安排财政总收入` → 财政总收入. */
const STAGE_AFFIX = /^(?:全年|年度|年初|调整后?的?)?(?:预算|计划|目标|任务)(?:安排|数|为)?|(?:年初|调整后?的?)?(?:预算|计划|目标|任务)(?:数|为)?$/g;

/** An indicator key without its stage words, so a plan and its actual share one key. */
export function withoutStage(key: string): string {
  return key.replace(STAGE_AFFIX, '');
}

/**
 * Two stages name the same plan: equal, or one of them is the unqualified `预算` (a report that
 * says only 预算 has one budget figure in view).
 */
export function sameStage(a: PlanStage, b: PlanStage): boolean {
  if (a === b) return true;
  const budgets: PlanStage[] = ['initialBudget', 'adjustedBudget', 'budget'];
  return (a === 'budget' && budgets.includes(b)) || (b === 'budget' && budgets.includes(a));
}

/**
 * The words right before a completion rate: a verb of comparison, the plan it names, then 的.
 *   `完成调整预算的` `占年计划的` `为年初预算的` `完成年度目标的` `占全年任务` `达到计划的`
 *   `为年初预算18.2亿元的` (the plan figure inline: matched with the figure removed, see below)
 * The plan word must be the last noun before the figure, so `占一般公共预算支出的` (a share of a
 * budget *item*) is not a completion rate; only the measure the plan counts may follow it
 * (`占年度计划投资154%`) or stand before it (`占全年投资计划的107%`), after the body that set it
 * (`占市年度目标任务的`, `完成新区下达收入预算目标的`). A plan may be a 规划 too: `建设周转宿舍3801套，占规划总量的133%`.
 * The budget allotted so far is a plan too (`占累计分配预算数则为110.1%`, Taiwan's tax reports), 则 before the copula.
 * Taiwan writes the plan 計畫 and the possessive 之, and plans an area or an output too (`占計畫種植面積之103.72%`).
 */
const COMPLETION_CUE =
  /(?:完成|[为為]|[占佔]|[达達]到?|相[当當]于|[实實][现現])(?:了)?(?:全[县縣]|全市|[市省州县縣区區]|上[级級]|新[区區])?(?:下[达達]的?)?(?:全年|年度|本年|[当當]年|年)?(?:累[计計])?(?:分配|分月)?(?:投[资資]|收入|支出|建[设設]|生[产產])?([预預]算[调調]整[数數]|(?:年初|[调調]整(?:后的?|後的?)?|[变變][动動])?(?:[预預]算|[计計][划劃畫画]|[规規][划劃畫画]|目[标標]|任[务務])(?:[数數]|目[标標]|任[务務]|[总總]量)?|批[复複](?:总?投[资資]|概算)|概算)(?:[总總]?投[资資]|收入|支出|[总總][额額]|(?:种植|種植|播种|播種)?面[积積]|[产產]量)?[的之]?(?:比例|[进進]度)?(?:[则則])?(?:[为為]|[达達])?$/;
/**
 * `完成率`, `预算完成率`, `计划完成率为`: the rate named as such; also `完成投资比例`, `投资完成比例`,
 * `完成进度` (the year's plan completed, as project reports write it).
 */
const RATE_NAME = /(?:[预預]算|[计計][划劃畫画]|目[标標]|任[务務])?(?:完成率|完成[^，,；;。的]{0,4}?比例|完成[进進]度)(?:[为為]|[达達]到?|是)?$/;

export interface CompletionCue {
  /** The plan the rate names, when it names one (`完成率` alone names none). */
  stage?: PlanStage;
  /** The plan words as written (`调整预算`, `年计划`). */
  words: string;
}

/**
 * A structure named for two of the three sectors (`第二、三产业增加值比例为62.1:37.4`): the first sector holds the
 * rest, so the two terms need not make 100.
 */
export function namesTwoOfThreeSectors(words: string): boolean {
  return /(?:第?二[、，,和及与]?(?:第?三)|二三)[产產](?:[业業])?/.test(words) && !/一[、，,和及与]?(?:第?二|二)|一二三|三次|三大/.test(words);
}

/** A plan for projects over their whole lives (`计划总投资`, `概算总投资`), not for one year. */
export function projectLifePlan(words: string): boolean {
  return /[总總]投[资資]/.test(words);
}

/** A completion rate's plan words that name one year's plan (`年度计划`, `全年目标`, `年计划`). */
export function yearPlanWords(words: string): boolean {
  return /年度|全年|(?<![0-9一二三四五六七八九十])年/.test(words);
}

/**
 * The completion cue that ends `before` (text right before a percentage), or undefined.
 * `figureFree` is `before` with an inline plan figure cut out (`为年初预算18.2亿元的` →
 * `为年初预算的`); pass `before` itself when there is none.
 */
export function completionCue(before: string): CompletionCue | undefined {
  const t = before.replace(/[\s\u3000]+/g, '');
  const m = COMPLETION_CUE.exec(t);
  const words = m?.[1];
  if (words !== undefined) return { stage: stageOf(words), words };
  if (RATE_NAME.test(t)) {
    const named = /([预預]算|[计計][划劃畫画]|目[标標]|任[务務])?完成(?:率|[^，,；;。的]{0,4}?比例|[进進]度)/.exec(t);
    return { stage: named?.[1] ? stageOf(named[1]) : undefined, words: named?.[0] ?? '完成率' };
  }
  return undefined;
}

/** A target's words between its figure and the rate (`目标任务的`, `年度目标的`); group 1 is the name. */
export const PLAN_AFTER_FIGURE = /^((?:年度|全年|本年)?(?:目[标標]|任[务務]){1,2})的$/;
/** A verb of completing right before such a target's figure (`完成全年`, `占`). */
export const PLAN_VERB_BEFORE = /(?:完成|[占佔]|[为為]|[达達]到)(?:全年|年度|本年)?$/;
/** A target or a task (`目标`, `任务`): set, not measured. */
export const TARGET_WORD = /目[标標]|任[务務]/;
/** A budget or a plan (`预算`, `计划`): may be a rounded sum. */
export const BUDGET_OR_PLAN_WORD = /[预預]算|[计計][划劃畫画]/;

/**
 * Words before the plan figure of an inline reference: `为年初预算`, `完成调整预算`, `为年度计划`; also a
 * project's approved amount (`占批复投资`, `为批复概算`).
 */
export const PLAN_REFERENCE =
  /(?:[为為]|完成|[达達]到|[占佔])[^，,；;。]{0,16}?(?:(?:年初|[调調]整(?:后的?|後的?)?|年度|全年|本年|年)?(?:[预預]算|[计計][划劃畫画]|目[标標]|任[务務])(?:[调調]整)?[数數]?|批[复複](?:总?投[资資]|概算)|概算)[（(]?$/;

/**
 * The words after a plan figure written inline before its rate: `完成新区下达147.4亿元收入预算目标的
 * 103.4%`, `占全年计划20亿元的`. The figure is the plan, never a total, whole or actual.
 */
// (Not an actual glued to its own rate, `税收收入15.14亿元完成预算的51.4%`: a verb of doing first.)
export const PLAN_AFTER = /^(?![^，,；;。0-9]{0,2}?(?:完成|实现|實現|为|為|占|佔|达|達))[^，,；;。0-9]{0,8}?(?:[预預]算|[计計][划劃畫画]|目[标標]|任[务務])(?:[数數]|目[标標]|任[务務])?的/;

/**
 * A plan named anywhere in a share's clause (`占市下达年度目标任务的`, `为省定指标的`): the rate is a
 * completion and may exceed 100 %. `预算` counts only as a plan, not inside the name of a budget
 * (`一般公共预算支出`, `政府性基金预算收入`).
 */
// `占下达投资的110.5%`: what a higher level allocated (下达) is the plan.
const PLAN_IN_CLAUSE = /[计計][划劃畫画]|任[务務]|目[标標]|指[标標]|下[达達]|(?<!公共|基金|[经經][营營]|政府性|公共财政|公共財政)[预預]算(?!收入|支出)/;

/**
 * Words right after a rate that make it a completion (`占比121.5%，超额完成任务`, `，完成年度目标`): the
 * plan named after the figure instead of before it.
 */
const COMPLETION_AFTER = /^[%％]?[，,、]?(?:超额|圆满|全面)?完成(?:了)?(?:全年|年度|年|市下达的?|上级下达的?)?(?:目标)?(?:任务|目标|计划)/;

export function completionAfter(after: string): boolean {
  return COMPLETION_AFTER.test(after.replace(/[\s\u3000]+/g, ''));
}

/** The words since the last `占` / `为` / `完成` before a rate (at most 30 characters): its clause. */
export function planInShareClause(before: string): boolean {
  const t = before.replace(/[\s\u3000]+/g, '');
  const at = Math.max(t.lastIndexOf('占'), t.lastIndexOf('佔'), t.lastIndexOf('为'), t.lastIndexOf('為'), t.lastIndexOf('完成'));
  if (at < 0) return false;
  const fits = (clause: string): boolean => !/[，,；;。]/.test(clause) && PLAN_IN_CLAUSE.test(clause);
  // `完成年度目标的比例依次为：甲县180%`: the 为 of 依次为 comes after the plan, which 完成 opens.
  const done = t.lastIndexOf('完成');
  return fits(t.slice(at)) || (done >= 0 && done < at && fits(t.slice(done)));
}

/** A whole of an earlier time: last year, its end, the same period of last year. */
const PAST_WHOLE = /^[占佔为為](?:去年|上年|前年|上一年|上年度|上期)(?:底|末|同期|全年)?/;

/**
 * `返岗务工32988人，占去年底务工人数的103%`: a figure over the level of an earlier time is a ratio of two
 * periods, not a share of a whole, and may exceed 100 %.
 */
export function pastWholeInShareClause(before: string): boolean {
  const t = before.replace(/[\s\u3000]+/g, '');
  const at = Math.max(t.lastIndexOf('占'), t.lastIndexOf('佔'), t.lastIndexOf('为'), t.lastIndexOf('為'));
  if (at < 0) return false;
  const clause = t.slice(at);
  return !/[，,；;。]/.test(clause) && PAST_WHOLE.test(clause);
}

/**
 * `…类项目完成投资3.1亿元，占总投资106%`: projects' investment done so far over their total (planned)
 * investment is progress, not a share of a whole, and may exceed 100 % (costs overrun the plan).
 * Only with 项目 before 完成投资 in the clause, or 已 / 累计 (`总投资9386万元，已完成投资9757万元，占总投资的104%`):
 * `全年完成工业投资50亿元，占总投资的40%` is a share.
 */
const PROJECT_PROGRESS = /(?:[项項]目[^，,；;。]{0,12}?|已经?|累[计計]已?)完成投[资資][^，,；;。]{0,14}?[，,](?:[占佔]|[为為])(?:[计計][划劃畫画]|[项項]目|概算)?[总總]投[资資](?:[额額])?的?(?:比例|比重)?(?:[为為]|[达達])?$/;

export function projectProgress(before: string): boolean {
  return PROJECT_PROGRESS.test(before.replace(/[\s\u3000]+/g, ''));
}

/** Words on an actual figure (`实际完成投资`, `实现`), as opposed to a plan figure. */
// 决算 (final accounts) is what was spent or collected: the actual a budget is compared with.
export const ACTUAL_WORD = /完成|[实實][际際]|[实實][现現]|[决決]算/;

/** A plan of doing (`计划完成投资`, `年度任务完成`): 完成 after a plan word names the plan, not what was done. */
const PLANNED_DOING = /(?:[计計][划劃畫画]|任[务務]|目[标標])(?:全年|年度|年内|年內)?(?:要|需|应|應)?(?:完成|[实實][现現])/g;

/** Words that name what was done (完成, 实际, 实现, 决算), not a plan of doing it. */
/** An amount over or under a plan (`超过预算2372亿元`, `比预算超收`, `低于计划`): the gap, not the plan. */
export function gapToPlan(words: string): boolean {
  return /(?:超[过過出]|高于|高於|低于|低於|多于|多於|少于|少於|比|较|較)(?:年初|调整|調整|全年|年度)?(?:[预預]算|[计計][划劃]|目[标標])[^，,；;。\d]{0,3}$|超收|短收|超支|节支|節支/.test(words);
}

export function namesActual(words: string): boolean {
  return ACTUAL_WORD.test(words.replace(PLANNED_DOING, ''));
}

/**
 * The clause right before a share: `占一般公共预算支出的`, `占比`, `占全县…比重为`, or a bare `占` after a
 * part under 其中 (`其中：农业产值11.4亿元，占51.1%`: a share of the 其中's total).
 */
// (`占到了技能人才总量的`: a verb ending after 占 is no part of the whole's name.)
/**
 * `非户籍儿童78.58万人，其中进入公办学校的有36.29万人，比例为46.18%`: a bare 比例 / 比重 after a part says what a
 * bare 占比 says, the part's share of its total.
 */
export const BARE_RATIO_CLAUSE = /^(?:所占)?(?:比例|比重)(?:[为為]|[达達]到?|是)?$/;

/**
 * `在电信业务收入中占31.5%`: the whole named by an 在…中 frame before 占, said as `占电信业务收入的` (the clause
 * rewritten so), or undefined.
 */
const IN_WHOLE_SHARE = /^在([^，,；;。占在]{2,16}?)(?:当|當)?中(?:所)?[占佔](?:比)?(?:[为為]|[达達]到?|是)?$/;

export function inWholeShareClause(clause: string): string | undefined {
  const m = IN_WHOLE_SHARE.exec(clause);
  return m ? `占${m[1] ?? ''}的` : undefined;
}

// (`占总人口比为54.5%`: a bare 比 after the whole says 比重.)
export const SHARE_CLAUSE = /^占(?:到了|到|了)?(比|(.{1,24}?))?(?:的)?(?:比重|比例|比)?(?:为|达到?|是)?$/;
/**
 * The ratio's own name in brackets inside a share clause (`占总人口比重（户籍人口城镇化率）为`,
 * `占生活消费支出的比重(恩格尔系数)`): an aside, removed before the clause is read.
 */
export const SHARE_ASIDE = /[（(][^（）()，,；;。]{1,16}[）)]/g;
/**
 * A whole named only as "the total" (`占总数的87.5%`, `占总额的`, `占合计的`): the total just stated, the
 * part's own, as a bare `占` would say.
 */
// (`占总人次的`, `占总人数的`, `占总金额的`: the total named by what it counts.)
const GENERIC_WHOLE = /^(?:总数|總數|总额|總額|总量|總量|合计|合計|总计|總計|总和|總和|全部|总体|總體|[总總](?:人次|人数|人數|户数|戶數|件数|件數|次数|次數|金额|金額))$/;

export function genericWhole(name: string): boolean {
  return GENERIC_WHOLE.test(name);
}

/**
 * Verbs whose totals a share may name as `…总数` / `…总量` by what the verb did (`招聘总数`, `接待总数`, `销售总量`):
 * the total of a sentence whose name opens with that verb (`共招聘…教师A`, `共销售体育彩票A`).
 */
const COUNTING_VERBS = ['招聘', '招录', '招錄', '招收', '录用', '錄用', '接待', '发送', '發送', '办理', '辦理', '受理', '培训', '培訓', '救助', '资助', '資助', '销售', '銷售'];

export function countingVerb(name: string): boolean {
  return COUNTING_VERBS.includes(name);
}

/** `彩票销售` → 彩票 and 销售: what was counted, written before its counting verb (two to six characters). */
export function objectThenCountingVerb(name: string): { object: string; verb: string } | undefined {
  const verb = COUNTING_VERBS.find((v) => name.endsWith(v));
  const object = verb === undefined ? '' : name.slice(0, -verb.length);
  return verb !== undefined && /^[\u4e00-\u9fff]{2,6}$/.test(object) ? { object, verb } : undefined;
}
/** The same with its own subject: `税收收入占一般公共预算收入的比重为63.7%`. */
export const SUBJECT_SHARE_CLAUSE = /^([^占]{2,16}?)占([^占]{1,24}?)(?:的)?(?:比重|比例|比)?(?:为|达到?|是)?$/;

/** Ratios defined by two indicators: the share's key, the part's key, the whole's key. */
// `sentenceOnly`: both figures must stand in the rate's own sentence, once each, before it (a profit
// margin elsewhere in a report is some other group's: a sector's, the state-owned firms').
export const DEFINED_RATIOS: { share: RegExp; part: RegExp; whole: RegExp; partName: string; wholeName: string; sentenceOnly?: boolean }[] = [
  { share: /^(?:金融机构)?(?:贷存比|存贷比)$/, part: /贷款余额$/, whole: /存款余额$/, partName: '贷款余额', wholeName: '存款余额' },
  // 营业收入利润率 = 利润总额 ÷ 营业收入 (主营业务收入 before 2019; 销售利润率 of 销售收入). Never a net margin
  // (净利润率) nor a margin on costs or assets (成本费用利润率, 资产利润率).
  { share: /^(?:(?:营业|主营业务|销售)收入)?利润率$/, part: /(?:^|[^净淨])利润(?:总额|總額)?$/, whole: /(?:营业|營業|主营业务|主營業務|销售|銷售)收入$/, partName: '利润总额', wholeName: '营业收入', sentenceOnly: true },
  // 常住人口城镇化率 = 城镇常住人口 ÷ 常住人口 (常住 is dropped from keys).
  { share: /^(?:人口)?城镇化率$/, part: /^(?:年末)?城镇人口$/, whole: /^(?:年末)?(?:常住|总)?人口$/, partName: '城镇人口', wholeName: '常住人口' },
  // 能源加工转换效率 = 产出量 ÷ 投入量 (both in tonnes of standard coal), in the sentence that states them.
  { share: /^(?:能源)?(?:加工)?转换(?:效)?率$/, part: /产出量?$/, whole: /投入量?$/, partName: '产出量', wholeName: '投入量', sentenceOnly: true },
];

/** Figures that are averages or rates never add up, nor are they the part of a share. */
// 可支配收入 is per head in these reports even when 人均 is left out (`城乡居民可支配收入分别达到33810元、12403元`).
// A density (`人口密度每平方公里168.8人`) counts per unit of area; a census rate per 100,000 (`每10万人中拥有…`) per head.
// A daily average of a volume (`日均客运量`, `日均成交额`) adds up over its parts as the volume does; any
// other 日均 (`医师日均担负诊疗`) is a workload per head.
// (`住戶每月入息中位數28,300港元，其中中西區…42,300港元`: a median, like an average, adds up to nothing.)
export const NON_ADDITIVE_LABEL = /(人均|生均|日均(?![^，,；;。]*[量额額](?:[为為]|[达達]|约|約)?$)|平均|均价|亩均|单产|單產|户均|村均|每(?:千|万|百|十万|[0-9０-９]+万?)?人|每百户|率|占比|比重|指数|可支配收入|密度|每平方(?:公里|千米)|中位[数數])/;

/**
 * An average or a median named before a list of amounts in plain yuan (`经常性薪资平均数低于整体平均者，包括…制造业A元，
 * 其中…B元`): each amount of the list is that average for its class, and adds up to nothing.
 */
// (`农民工月均收入A元，其中，外出农民工月均收入B元；本地农民工…`: an average per month of a group, no sum of its groups'.)
export const AVERAGE_NAMED_BEFORE = /平均[数值]|中位[数值]|平均(?:工资|薪资|薪酬|月薪|年薪)|月均(?:收入|工资|薪酬|薪资|可支配收入)/;

/**
 * `约当外汇存底的比重达128%`, `相当于地区生产总值的比重为45%`: one amount measured against another it is no part of
 * (a stock against reserves, a debt against output): such a ratio may exceed 100 %.
 */
// (`支持组合资产与货币基础的比例维持在`: the ratio of one amount to another, `A与B的比例`, names no part and its whole.)
const MEASURED_AGAINST = /(?:(?:约当|約當|相当于|相當於)[^，,；;。]{0,16}?的?(?:比重|比率|比例|之比)|[与與对對][^，,；;。占佔]{1,16}?的?(?:比率|比例|之比))[^，,；;。]{0,8}$/;

export function measuredAgainst(wordsBefore: string): boolean {
  return MEASURED_AGAINST.test(wordsBefore);
}

/** The verb of a share (`占全县的`). */
export const SHARE_VERB = '占';

/** The words that make a figure a share (`占`, `占比`, `比重`, `比例`, `份额`). */
const SHARE_WORD = /(占|佔|比重|比例|份额)/;
/** Where a share names its whole (`占全省生产总值的比重`). */
const SHARE_WHOLE_AT = /[占佔]/;
/** A table column of shares (`占比（%）`, `比重`). */
const SHARE_HEADER = /(占比|佔比|比重)/;
/** A structure named in words (`产业结构`, `三次产业比`, `占比`, `增加值之比`): the ratio of sector shares after it. */
// (`三次产业增加值之比`: the ratio of the sectors' value added.)
const STRUCTURE_WORD = /(结构|結構|构成|構成|比例|比重|占比|佔比|[产產][业業]比|三[产產]比|[值產产]之比)/;
/** The phrase of a rate (`完成年度计划的`, `占一般公共预算支出的`): a plan or a whole named inside it. */
const RATE_PHRASE = /(?:完成|为|占|达到?)[^，,；;。]{0,12}?的/g;

/** True when the words (the few before a figure) make it a share. */
export function namesShare(text: string): boolean {
  return SHARE_WORD.test(text);
}

/** The offset of the 占 that opens a share's whole, or -1. */
export function shareWholeAt(text: string): number {
  return text.search(SHARE_WHOLE_AT);
}

/**
 * The whole a share right after a figure names (`猪肉产量5000吨，占肉类总产量的76.9%` → `肉类总产量`),
 * or undefined: the figure is a part of that whole.
 */
// (`占总就业人数的约9.3%`: an approximate share names its whole too.)
// (`，占比为11.22%` names none: 比 is the share's own word.)
const WHOLE_AFTER = /^[，,]?[占佔](?!比)(?:全[县縣区區市州旗省])?([^，,；;。\d的]{2,16}?)的?(?:比重|比例|份额|份額)?(?:[为為]|[达達])?(?:约|近)?[\d０-９]/;

export function wholeNamedAfter(after: string): string | undefined {
  return WHOLE_AFTER.exec(after.replace(/[\s\u3000]+/g, ''))?.[1];
}

/**
 * `地丁银5.55万元，占62.29%`: a share right after a figure that names no whole (`，占p%`, `，占比p%`):
 * the figure's share of the total its list breaks down.
 */
const BARE_SHARE_AFTER = /^[，,]?[占佔](?:比)?(?:[为為]|[达達]到?)?[\d０-９]/;

/**
 * `位于2度以下坡度的耕地`, `25度以上的耕地`: a name that qualifies the whole's name with a 的 phrase before it
 * names a part of that whole, never the whole a share names (`占全区耕地的5.8%`).
 */
export function qualifiedPartOf(key: string, wholeTail: string): boolean {
  return key.length > wholeTail.length && key.endsWith(wholeTail) && /的$/.test(key.slice(0, key.length - wholeTail.length));
}

/**
 * `行政单位资产总额2134亿元，占全市53.8%，其中：城管部门583亿元，占14.7%；…`: a total followed by its own
 * share of a wider whole (全市, 全县, 总…). The bare shares of its parts may then be of that wider whole
 * too; which one is not written.
 */
// A bare share right after the total (`住房消费类提取A，占72.47%，其中：…，占14.65%`) is of a wider whole
// too: a total is never a share of itself.
// (`4.25亿元，占比为75%`: 占比 too.)
const OWN_SHARE_AFTER = /^[，,、（(]?(?:约)?[占佔](?:全[^\d，,；;。]{0,8}?|[^\d，,；;。]{0,10}?的)?(?:比重|比例|比)?(?:[为為]|[达達]到?)?[\d０-９]/;

/**
 * `共有2603人赴国内外高校深造，占80.8%`: a count whose clause runs on in words (what the people do) before
 * its bare share takes that share as well.
 */
const OWN_SHARE_AFTER_PREDICATE = /^[\u4e00-\u9fff（）()]{1,12}[，,][占佔](?:比)?(?:[为為]|[达達]到?)?[\d０-９]/;

export function ownShareAfter(after: string): boolean {
  const bare = after.replace(/[\s\u3000]+/g, '');
  return OWN_SHARE_AFTER.test(bare) || OWN_SHARE_AFTER_PREDICATE.test(bare);
}

export function bareShareAfter(after: string): boolean {
  return BARE_SHARE_AFTER.test(after.replace(/[\s\u3000]+/g, ''));
}

/**
 * `地方税收收入7.56亿元，非税收入3.53亿元，分别占68.2%、31.8%`: shares listed in the order of the parts
 * before them. The words right before the first share; group 1 is the whole when one is named
 * (`分别占一般公共预算收入的`).
 */
// `，其比重分别为72.0%、22.0%和6.0%` after the amounts names no whole: the amounts' total.
const RESPECTIVE_SHARES = /(?:分[别別][占佔]([^，,；;。\d]{2,16}?)?的?(?:比重|比例)?(?:[为為])?|^[，,]?(?:其|所占)?(?:比重|占比|比例)分[别別](?:[为為]|是))$/;
/** What may stand between two shares of one such list. */
export const RESPECTIVE_JOIN = /^(?:[、，,和及与與]|以及)$/;

/** The whole named by a `分别占…` before a list of shares ('' when none), or undefined when there is no such cue. */
export function respectiveSharesCue(before: string): string | undefined {
  const m = RESPECTIVE_SHARES.exec(before.replace(/[\s\u3000]+/g, ''));
  return m ? (m[1] ?? '') : undefined;
}

/**
 * A three-sector structure of another measure than value added (`一、二、三产业投资占比分别为7.4:49.5:43.1`,
 * 就业, 税收, 用电): it is not held to the sectors' value added.
 */
export const STRUCTURE_OF_OTHER_MEASURE = /投[资資]|就[业業]|从业|從業|[税稅]收|用[电電]|[贷貸]款|劳动力|勞動力|人[员員]|企[业業]数/;

/** True when a table header names a column of shares. */
export function shareHeader(text: string): boolean {
  return SHARE_HEADER.test(text);
}

/** True when the words name a structure (of sector shares). */
export function namesStructure(text: string): boolean {
  return STRUCTURE_WORD.test(text);
}

/** The clause without its rate phrases: what is left speaks of the figures themselves. */
export function withoutRatePhrases(clause: string): string {
  return clause.replace(RATE_PHRASE, '');
}

/**
 * Rates that cannot exceed 100 % by definition. Not here: rates measured against another
 * population, which official statistics do publish above 100 % (毛入学率; 参保率 `按常住人口计算`
 * when insured residents registered elsewhere count; 就诊率; 义务教育巩固率, this year's graduates over
 * the pupils who entered nine years before, which pupils moving in lift above 100 %; a service's
 * 覆盖率, people served over a target group estimated in advance: `孕前优生健康检查…覆盖率106.4%`). Only
 * land cover (森林, 植被) is bounded.
 */
const BOUNDED_RATE =
  /((?:森林|植被|林草)覆盖率|普及率|达标率|城镇化率|就业率|办结率|签约率|合格率|优良率|优良天数比例|建档率|治理率|处理率|保有率|电子化率|普惠率|占比|比重|比例|失业率|绿化率|达标比例|留存率|收集率|回收率)$/;
/**
 * Rates that may exceed 100 % (a completion rate, a growth rate, a ratio of two stocks). A rate of
 * going on to the next stage of school (`升学率`, `初中毕业生升高中段的比例`) is the next stage's
 * entrants over this stage's graduates: entrants from elsewhere lift it above 100 %.
 */
// (`赔款占同期保费收入的113%`, `赔付率`: claims paid over premiums, above 100 % in a bad year;
// `拨备覆盖率`: provisions over bad loans, often above 100 % (Taiwan's `备抵呆帐占逾期放款之覆盖率` too); `支出…占当年筹资额的139%`: spending over the
// year's inflow, which carried-over funds lift above 100 %; `库容占正常库容的114%`, `占设计能力的`: a stock
// against a capacity, which a flood or an overload lifts above 100 %; `固定宽带家庭普及率133.4%`,
// `移动电话普及率`, `互联网用户普及率`: subscriptions per hundred households or people, which second lines
// and second phones lift above 100 %; `问题处理率105.02%`: problems handled this period over those reported in it,
// which older ones handled now lift above 100 %; `实现利润9.28亿元，占食品工业的104.2%`: one trade's profit over a
// whole whose other trades lost money.)
// (`防治面积27.80万亩次，占发生面积的113.24%`: area treated over area struck, in 亩次: a field treated twice counts
// twice.)
// (`采购总数量占约定采购总量的比例为136.46%`: volume bought against the volume agreed in a procurement
// contract, which demand beyond the estimate lifts above 100 %.)
// (`内科病床占用率114%`, `床位使用率`, `入住率`, `负荷率`: use of a capacity, which beds added in corridors, rooms
// let twice, an overload lift above 100 %.)
// (`男女人口占比113.78%`, `男女比`: men per hundred women, a sex ratio worded as a share.)
// (`毛入学率`, `毛入园率`: all enrolled at a stage, of any age, over the children of its age: above 100 % where
// pupils are older or come from elsewhere, even when listed with shares.)
// (`製造業指數為123.4%`: an index written with %, no share whatever words of a share stand before it.)
// (`债务占岁入比率达169.89%`, `債務率`: a debt, a stock, over a year's revenue or output, a flow: above 100 % in many places.)
const UNBOUNDED = /((?:债务|債務|负债|負債|欠款|举债|舉債)[^，,；;。]{0,6}[占佔][^，,；;。]{0,10}(?:岁入|歲入|收入|财力|財力|GDP|生产总值|生產總值)|债务率|債務率|[指][数數](?:[为為是]|[达達]到?)?$|毛入[学學园園]率|(?:利润|利潤)[^，,；;。]{0,6}[占佔]|男女|性别比|性別比|(?:宽带|寬帶|移动|移動|电话|電話|手机|手機|互联网|互聯網|用户|用戶)[^，,；;。]{0,8}普及率|(?:问题|問題|案件|投诉|投訴|事项|事項|工单|工單)[^，,；;。]{0,4}(?:处理|處理|处置|處置|办结|辦結)率|完成率|增长率|增速|贡献率|贷存比|存贷比|负债率|产销率|倍|升学|升入|升[高初]中|拨备覆盖率|撥備覆蓋率|(?:呆帐|呆帳|呆账|逾期放款|不良贷款|不良貸款)[^，,；;。]{0,12}(?:覆盖率|覆蓋率)|支出占[^，,；;。]{0,8}(?:筹资|籌資|筹集|籌集|收入)|赔款占[^，,；;。]{0,8}保费|賠款占[^，,；;。]{0,8}保費|赔付率|賠付率|占[^，,；;。]{0,8}(?:约定|約定|协议|協議)[^，,；;。]{0,6}量|防治[^，,；;。]{0,8}[占佔][^，,；;。]{0,8}发生|占[^，,；;。]{0,8}(?:正常|设计|設計|额定|額定|核定|汛限)?(?:库容|庫容|容量|能力)|[占佔]用率|(?:使用|利用|入住|住用|负荷|負荷|满载|滿載|上座)率)/;

/** A share clause that names its whole (`占种植面积的`), not a bare `占比`. */
export function namesShareWhole(words: string): boolean {
  return /[占佔][^，,；;。\d]{1,16}的/.test(words);
}

/**
 * The core of the whole a share clause names: its last four characters once the share verb and the
 * rate words after the whole are dropped (`人事经费占各该县市自有财源比率` → `自有财源`), or undefined when
 * the clause names no whole of three characters or more (`占比达`). Two shares whose clauses hold one
 * core are shares of one kind of whole.
 */
export function shareWholeCore(words: string): string | undefined {
  const at = lastShareVerb(words);
  if (at < 0) return undefined;
  const whole = words.slice(at + 1).replace(/[，,；;。]/g, '').replace(/(?:的)?(?:比率|比重|比例|份额|份額|之?比)?(?:分[别別])?(?:为|為|达到?|達到?|是|逾|超过|超過|约|約)?$/, '');
  return whole.length >= 3 && !/[0-9０-９]/.test(whole.slice(-4)) ? whole.slice(-4) : undefined;
}

/** True when the indicator names a rate that cannot exceed 100 %. */
export function boundedRate(key: string): boolean {
  return BOUNDED_RATE.test(key);
}

/** True when the indicator names a rate that may exceed 100 %. */
export function unboundedRate(key: string): boolean {
  return UNBOUNDED.test(key);
}

/**
 * The words around the whole in a share phrase (`占全省海洋生产总值的比重为` → `全省海洋生产总值`): what is
 * left names the whole, so that shares named alike can be taken of one whole.
 */
export const SHARE_WHOLE_WORDS = /^[占佔](?:比)?|的?(?:比重|比例|份额|份額)?(?:分[别別])?(?:为|為|达到?|達到?|是)?$/g;

/** Where the last share verb (占, 佔) of a text stands, or -1. */
export function lastShareVerb(text: string): number {
  return Math.max(text.lastIndexOf('占'), text.lastIndexOf('佔'));
}

/** True when a phrase opens with a share verb (`占全国…的比重`): it names a whole, not a subject. */
export function startsWithShareVerb(phrase: string): boolean {
  return /^[占佔]/.test(phrase);
}

/**
 * `高中生均经费85万元`, `人均补助资金320万元`: a fund named after a per-head standard, written in 万 or 亿, is
 * the fund's total (the standard times the heads), an amount that adds up like any other.
 */
export function perHeadFund(label: string, unitText: string): boolean {
  return /[万萬亿億]/.test(unitText) && /(?:生均|人均)[^，,；;。\d]{0,4}(?:经费|經費|资金|資金|补助|補助|拨款|撥款)/.test(label);
}

/** A share of a whole named before 的 in a clause (`，分别占橘园总面积和柑橘总产量的49.1%和51.3%`, `占全县的`). */
const SHARE_OF_NAMED_WHOLE = /[占佔][^\d，,；;。]{1,24}的/;

export function takesShareOfNamedWhole(clause: string): boolean {
  return SHARE_OF_NAMED_WHOLE.test(clause);
}

/**
 * True when the words after a figure (up to the end of its clause group) take its share of a whole named
 * `named`, perhaps with a wider scope (`东部地区实现典当总额354.9亿元，占全国典当总额的81%`): the figure is a
 * part of that whole, so a later `占典当总额p%` is not taken of it.
 */
export function sharesNamedWholeAfter(after: string, named: string): boolean {
  if (named.length < 2) return false;
  const end = after.search(/[；;。]/);
  const clause = end < 0 ? after : after.slice(0, end);
  for (let i = clause.search(/[占佔]/); i >= 0; i = nextShareCue(clause, i + 1)) {
    const at = clause.indexOf(named, i + 1);
    if (at > i && at - i <= 8 && !/[\d，,]/.test(clause.slice(i + 1, at))) return true;
  }
  return false;
}

function nextShareCue(clause: string, from: number): number {
  const k = clause.slice(from).search(/[占佔]/);
  return k < 0 ? -1 : from + k;
}

/** `占` and the whole's name (no figure, no clause break) before an inline whole figure (`占省下达控制指标1325公顷的`). */
const INLINE_WHOLE_LEAD = /^占[^0-9０-９，,；;。：:（(]{0,16}[（(]?$/;

/** True when the words before an inline whole figure open a share clause with its name (`占全县行政村`). */
export function inlineWholeLead(words: string): boolean {
  return INLINE_WHOLE_LEAD.test(words.replace(/[\s\u3000]+/g, ''));
}

/** The whole's name of an inline share clause, its figure cut out (`占全市`+`个乡镇的` → `全市个乡镇`). */
export function inlineWholeName(words: string): string {
  return words.replace(/^[\s\u3000]*占|[）)]?的[\s\u3000]*$/g, '');
}

/**
 * `受理纠纷1260件，调解成功1240件，调解成功率98.4%`, `共查33153人次，患病17032人次，患病率51.37%`: a rate named
 * by what the figure before it counts (X率 after `…X N`), of the figure before that. The words between
 * the counted figure and the rate: `，` and the rate's name, with its verb. Group 1 is X.
 */
const PAIR_RATE = /^[，,、][\s\u3000]*(?:全年|全县|全市|全区|全省|总|綜合|综合)?([\u4e00-\u9fff]{1,8}?)率(?:为|為|达到?|達到?|是|占|高达|高達)?$/;

/**
 * Rates that are no such ratio of the two figures before them: changes (增长率: the change over last year's
 * level), completion rates (against a plan the text may not state), livestock sold over stock at the
 * year's start (出栏率), contributions and pulls; 结案率 / 办结率 (cases closed over those received and those
 * carried over: `收到案件2155件，结案2061件，结案率93.3%`); birth and death rates (of the year's mean population);
 * returns on investment (收益率: of the capital invested over the year, not of its level at the end).
 */
const NOT_PAIR_RATE = /增|减|減|长|長|降|升|贡献|貢獻|拉动|拉動|完成|出栏|出欄|存栏|存欄|周转|週轉|利润|利潤|负债|負債|[结結]|出生|死亡|收益|回报|回報/;

/** The X of a pair rate clause (`，调解成功率` → `调解成功`), or undefined. */
export function pairRateName(between: string): string | undefined {
  const m = PAIR_RATE.exec(between.replace(/[\s\u3000]+$/, ''));
  const name = m?.[1];
  return name !== undefined && name.length >= 2 && !NOT_PAIR_RATE.test(name) ? name : undefined;
}

/**
 * `决定起诉6285人，不起诉2362人，不起诉率27.3%`: a pair rate whose name negates the base's (不, 未, 非 before
 * what the base counts) counts the other class, not a part of the base: the rate is over both together.
 */
export function negatesBase(rateName: string, baseLabel: string): boolean {
  const m = /^(?:不|未|非|没有|沒有)([\u4e00-\u9fff]{2,})$/.exec(rateName);
  if (m?.[1] !== undefined && baseLabel.includes(m[1])) return true;
  // (`就业人数A，失业人数B，失业率r`: the unemployed over the labour force, employed and unemployed together.)
  return COMPLEMENT_BASES.some(([rate, base]) => rateName.startsWith(rate) && base.test(baseLabel));
}

/** A rate's class and the complementary class a base may name: the rate is over both together, a figure not written. */
const COMPLEMENT_BASES: readonly (readonly [string, RegExp])[] = [
  ['失业', /就业|就業/],
  ['失業', /就業|就业/],
];

/**
 * `解答消费咨询1270件，调解成功636件，调解成功率50.2%`: a base named by another finished action (解答, 答复,
 * 办结, 发放…) counts work done, not the cases the rate's action was tried on; the rate is over a figure
 * not written. (A base named by the rate's own action, `调解纠纷1260件`, is its caseload.)
 */
const DONE_BASE = /^(?:共|累计|累計|全年|今年|本年|已)?(?:解答|答复|答覆|办结|辦結|结案|結案|发放|發放|完成|处理完毕|處理完畢|回复|回覆)/;

export function doneBase(rateName: string, baseLabel: string): boolean {
  const label = baseLabel.replace(/^[\s\u3000，,；;、]+/, '');
  const m = DONE_BASE.exec(label);
  return m !== null && !rateName.includes(m[0].replace(/^(?:共|累计|累計|全年|今年|本年|已)/, ''));
}

/** `381人占比11.27%`: a bare 占比 written right after the part's figure, with no comma between. */
export function bareShareGlued(between: string): boolean {
  return /^[\s\u3000]*占比(?:为|為|达到?|達到?)?[\s\u3000]*$/.test(between);
}

/**
 * `养殖产量672.6万吨，占全国的13.71%（海水养殖…，淡水养殖…）`: a figure, its share of a wider whole, then a
 * bracketed breakdown of the figure (not of the share). The unit closing the figure starts the match.
 */
export const FIGURE_SHARE_THEN_BRACKET = /(?:[元人吨亩个户家项次辆台件套艘架株头只顷册场处条名位份]|元整)[，,][占佔][^，,；;。（()）]{0,16}?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％][（(]/;
