// Stage cues: what stage of the year's plan a figure belongs to. A target (目标/预期/力争/计划/
// 确保), the budget passed at the start of the year (年初预算), the adjusted budget (调整预算), an
// estimate made before the books close (预计), or the outcome (执行/完成/实际).

import { memoOfText } from '../memo';

export type Stage = 'target' | 'budget' | 'adjusted' | 'estimate' | 'actual';

/** phrase → stage. The last cue of the clause before a figure holds. */
export const STAGE_ROWS: readonly [string, Stage][] = [
  ['年初预算', 'budget'],
  ['预算数', 'budget'],
  // `年初，县人大审议通过的…支出77538万元`: the budget as passed.
  ['审议通过的', 'budget'],
  ['人大批准的', 'budget'],
  // `县人大第四次会议批准年初一般公共预算收入81.75亿元`
  ['批准年初', 'budget'],
  ['批准的年初', 'budget'],
  ['调整预算', 'adjusted'],
  ['调整后预算', 'adjusted'],
  // `人大常委会批准预算调整方案，…收支为79.62亿元`
  ['预算调整方案', 'adjusted'],
  // `一般公共预算收入预算调整为537471万元`: the budget as adjusted.
  ['预算调整为', 'adjusted'],
  ['预算调整后为', 'adjusted'],
  ['变动预算', 'adjusted'],
  ['预计', 'estimate'],
  ['执行数', 'actual'],
  ['决算数', 'actual'],
  ['实际完成', 'actual'],
  ['实际', 'actual'],
];

/** Target cues of a sentence, for the period's status (`预期`, `力争`, `将实现`, `计划新增`). */
/** Right after a target cue, the colon that announces a list of targets (`目标是：`): it runs to the sentence's end. */
export const TARGET_LIST_AFTER = /^[：:]/;

export const TARGET_CUE =
  /(预期|预计|力争|确保|目标[是为]|计划(实施|完成|投资|新增|建设|开工|新建|引进|培育|发放|争取|安排)|将(实现|达到|完成|增长|新增|建成|突破)|拟)/g;

/**
 * A second, higher target of the same item right after the first (`总产值9.5亿元，争取达10.5亿元`,
 * `工业产值3亿元，力争3.5亿元`): the figure is an alternative value of the one before, not a new item.
 * Tested on the text before the figure.
 */
export const STRETCH_BEFORE = /[，,、]\s*(?:争取|力争|力爭|爭取)(?:达到?|達到?|到|实现|實現|突破)?\s*$/;

/** True when the figure whose preceding text is `before` is a stretch target of the figure before it. */
export function isStretchTarget(before: string): boolean {
  return STRETCH_BEFORE.test(before);
}

/** Budget-stage phrases, longest first so `调整后预算` wins over its pieces. */
const BUDGET_ROWS = [...STAGE_ROWS].filter(([, s]) => s === 'budget' || s === 'adjusted').sort((a, b) => b[0].length - a[0].length);

/**
 * The budget stage named in `clause` (the text of the clause before a figure): 年初预算 or 调整预算,
 * the last one written. `完成调整预算的117%` names the plan a completion rate is measured
 * against, not the figure's own stage: the caller passes only the text before such a `的`.
 */
export function budgetStage(clause: string): 'budget' | 'adjusted' | undefined {
  // Every budget phrase holds one of these words: most clauses are passed over at once.
  if (!clause.includes('预算') && !clause.includes('审议') && !clause.includes('批准')) return undefined;
  let best: { at: number; stage: 'budget' | 'adjusted' } | undefined;
  for (const [phrase, stage] of BUDGET_ROWS) {
    const at = clause.lastIndexOf(phrase);
    if (at >= 0 && (!best || at > best.at)) best = { at, stage: stage as 'budget' | 'adjusted' };
  }
  return best?.stage;
}

/** The outcome rows' phrases, picked out once (asked for every sentence with figures). */
const OUTCOME_PHRASES = STAGE_ROWS.filter(([, stage]) => stage === 'actual').map(([phrase]) => phrase);

/** True when `clause` states an outcome (`执行数`, `实际完成`): it overrides a budget cue before it. */
export function statesOutcome(clause: string): boolean {
  return OUTCOME_PHRASES.some((phrase) => clause.includes(phrase));
}

/**
 * Phrases that name nothing but a plan or a stage (`年计划`, `调整预算`, `执行数`): a figure after
 * one restates the previous subject at that stage (`第一产业增加值18亿元，完成年计划18亿元的100%`).
 */
const PLAN_ROWS: readonly [string, Stage][] = [
  ['预算', 'budget'],
  ['年度预算', 'budget'],
  ['年初预算', 'budget'],
  ['预算数', 'budget'],
  ['年初预算数', 'budget'],
  ['全年预算', 'budget'],
  ['调整预算', 'adjusted'],
  ['调整预算数', 'adjusted'],
  ['调整后预算', 'adjusted'],
  // `人大常委会批准预算调整方案，…收支为79.62亿元`
  ['预算调整方案', 'adjusted'],
  ['变动预算', 'adjusted'],
  ['计划', 'target'],
  ['年计划', 'target'],
  ['年度计划', 'target'],
  ['全年计划', 'target'],
  ['计划数', 'target'],
  ['目标', 'target'],
  ['年度目标', 'target'],
  ['任务', 'target'],
  ['全年任务', 'target'],
  ['年度任务', 'target'],
  ['全年目标', 'target'],
  ['执行数', 'actual'],
  ['决算数', 'actual'],
];

const PLANS = new Map(PLAN_ROWS);

/**
 * The stage a phrase names when it names nothing else (`完成年计划` → target), else undefined.
 * Memoized: asked for the indicator phrase of every single figure, again on every re-analysis.
 */
export const stageOnly: (phrase: string) => Stage | undefined = memoOfText((phrase) => PLANS.get(phrase.replace(/^(完成|为|占|达到|超过)/, '').replace(/的$/, '')));

/** `超收26660万元`, `短收…`, `超支…`, `节支…`: an amount over or under a plan. */
const OVER_PLAN = /(超收|短收|超支|节支|超额|欠收)[^，,；;。\d]{0,2}$/;

/** True when the words right before a figure make it an amount over or under a plan: a difference, never a level. */
export function overThePlan(before: string): boolean {
  return OVER_PLAN.test(before);
}

/** A total named as a plan or task (`计划造林`, `目标任务`, `年度任务`). */
const PLANNED_TOTAL = /计划|計劃|任务|任務|目标|目標/;
/** A part named as the outcome (`实际完成造林`, `实际完成`). */
const OUTCOME_PART = /^[\s\u3000，,；;：:、]*(?:实际|實際)(?:完成|实现|實現)?/;

/**
 * `计划造林8520亩，其中三北工程…，公益林…，实际完成造林8871亩`: the outcome after a planned total's parts is the
 * total's own actual, not one more part of it.
 */
export function actualOfPlanned(partLabel: string, totalName: string): boolean {
  return OUTCOME_PART.test(partLabel) && PLANNED_TOTAL.test(totalName);
}

/** A plan's target right after the comparison words (`比“十五”计划目标`, `较年初预算`). */
// (Also a completion rate's plan, `为年度预算B的100.58%，超收C`, `完成预算B的…`: the rate after it is read past.)
// (`較原建議的A多出B`: a proposal the amount was set against counts as its plan.)
export const TARGET_BASE = /(?:比|较|[为為]|完成)[^，,；;。\d]{0,10}?(?:计划|計劃|规划|規劃|预算|預算|目标|目標|任务|任務|建议|建議)(?:目标|目標|数|數)?的?[为是]?$/;
/** The words that name a plan, one of which any target comparison holds. */
export const PLAN_WORD = /计划|計劃|规划|規劃|预算|預算|目标|目標|任务|任務|建议|建議/;
/** A plan named after comparison words somewhere in a sentence (`比计划`, `较年初预算`, `較原建議`). */
export const COMPARED_TO_PLAN = /(?:[比较]|[为為]|完成)[^，,；;。\d]{0,10}?(?:计划|計劃|规划|規劃|预算|預算|目标|目標|任务|任務|建议|建議)/;
/** The size of an excess over a target (`超过`, `超额`, `超出`): after a target, no bound. */
export const EXCESS_WORD = /^(?:超过|超過|超额|超額|超出|超)(?:了)?$/;
