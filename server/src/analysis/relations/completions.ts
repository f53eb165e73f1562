// Completion rates: an actual measured against the plan it names, never a share.
//   `年度计划投资120亿元，实际完成投资126.5亿元，完成年度计划的105.4%`  plan and actual in one sentence
//   `完成18.62亿元，为年初预算18.2亿元的102.3%`                      the plan inline
//   `…年初预算1.1亿元，调整预算1.15亿元，完成1.2亿元，为调整预算的104.3%`  the plan of the named stage
//   `财政总收入完成10.6亿元，占年初预算的106.1%` + `年初预算安排财政总收入10亿元` elsewhere
//   `地区生产总值231.7亿元，完成年度目标的96.5%` + a target of 地区生产总值 (table or text)
// The plan must be the one the rate names: 年初预算, 调整预算 and 年计划 are different figures
// (cues/shares.ts tells them apart). When no such plan is stated, the rate is not checked; it is
// never taken for a share, so it may exceed 100 %.

import type { Model } from '../checks/check';
import type { Claim, Quantity } from '../types';
import { eq } from '../decimal';
import { type Placed } from './bySentence';
import { canonicalKey } from './aggregates';
import { specificKey } from './levels';
import { isPoint } from './precision';
import { perModel } from './perModel';
import { type LevelIndex, type ShareRelation, labelText, levelBefore } from './shareParts';
import { ACTUAL_WORD, BUDGET_OR_PLAN_WORD, namesActual, PLAN_AFTER_FIGURE, PLAN_REFERENCE, PLAN_VERB_BEFORE, TARGET_WORD, type CompletionCue, type PlanStage, completionCue, sameStage, stageOf, withoutStage, projectLifePlan, yearPlanWords, gapToPlan } from '../cues/shares';
import { namesSubset } from '../cues/breakdowns';
import { respectivelyInClause } from '../cues/lists';

/** A percentage in its sentence: the figures of the sentence and the rate's position among them. */
export interface RateAt {
  text: string;
  items: Placed[];
  i: number;
  /** The sentence before, in the same paragraph (a whole a share names may close it). */
  previous?: { text: string; items: Placed[] };
  /** Up to three sentences before, in the same paragraph, nearest first (previous is the first). */
  earlier?: { text: string; items: Placed[] }[];
}

/** The completion cue of the rate at `at`, if it is a completion rate (inline plan figure cut out). */
export function completionAt(at: RateAt, claim: Claim | undefined): CompletionCue | undefined {
  const { text, items, i } = at;
  const item = items[i];
  if (item === undefined) return undefined;
  const ref = inlineReference(at);
  const from = Math.max(items[i - 1]?.end ?? 0, item.start - 30);
  // With an inline plan, the rate names the plan written before that figure (`…全年预算206386万元的`).
  const after = ref ? PLAN_AFTER_FIGURE.exec(text.slice(ref.end, item.start).trim()) : null;
  const named = ref ? (after ?? PLAN_NAME.exec(text.slice(Math.max(0, ref.start - 30), ref.start).replace(/[\s\u3000（(]+$/, ''))) : null;
  const before = ref ? `为${(after ? after[1] : named?.[0]) ?? ''}的` : text.slice(from, item.start);
  return completionCue(before) ?? (claim?.kind === 'completion' ? { words: '完成率' } : undefined);
}

/**
 * A target set as a round figure (`目标任务8亿元`, `完成全年900万人目标`, `占目标任务6亿元的`): a target is
 * set, not measured, so a figure of one or two significant digits named 目标 or 任务 is exact, not
 * rounded (its completion rate is held to it). A plan or a budget may be a rounded sum: never exact.
 */
function roundTarget(text: string, plan: Placed | undefined): boolean {
  if (plan === undefined) return false;
  const around = text.slice(Math.max(0, plan.start - 8), plan.start) + '|' + text.slice(plan.end, plan.end + 6);
  if (!TARGET_WORD.test(around) || BUDGET_OR_PLAN_WORD.test(around)) return false;
  return significantDigits(plan.q.text) <= 2;
}

/** Significant digits of a figure as written (`8亿元` 1, `900万人` 1, `180人` 2, `9.7亿元` 2, `1300` 2). */
function significantDigits(written: string): number {
  const m = /[0-9０-９][0-9０-９,，.．]*/.exec(written);
  if (m === null) return Infinity;
  const figure = m[0].replace(/[,，]/g, '');
  const hasPoint = /[.．]/.test(figure);
  let digits = figure.replace(/[.．]/g, '').replace(/^[0０]+/, '');
  if (!hasPoint) digits = digits.replace(/[0０]+$/, '');
  return digits.length;
}

/** A project's approved amount (`批复投资`, `批复概算`): named as written in messages. */
const APPROVED_AMOUNT = /批[复複]|概算/;

/** The plan's name at the end of the words before an inline plan figure (`全年预算`, `调整预算数`, `预算调整数`). */
const PLAN_NAME = /[预預]算[调調]整[数數]?$|批[复複](?:总?投[资資]|概算)$|概算$|(?:年初|[调調]整(?:后的?|後的?)?|年度|全年|本年|年)?(?:[预預]算|[计計][划劃畫画]|目[标標]|任[务務])[数數]?$/;

/**
 * `为年初预算18.2亿元的102.3%`, `完成年任务(40.2亿元)的33.5%`, `为县人代会批准的全年预算206386万元的83.1%`:
 * the plan figure right before the rate, joined by 的.
 */
function inlineReference(at: RateAt): Placed | undefined {
  const { text, items, i } = at;
  const ref = items[i - 1];
  const item = items[i];
  // `完成1300人目标任务的107%`, `完成全年900万人目标的103%`: the plan's words after its figure.
  if (i > 0 && ref !== undefined && item !== undefined && PLAN_AFTER_FIGURE.test(text.slice(ref.end, item.start).trim()) &&
    PLAN_VERB_BEFORE.test(text.slice(Math.max(0, ref.start - 8), ref.start).replace(/[\s\u3000]+/g, ''))) return ref;
  // `完成调整预算166600万元102.7%`: the 的 is sometimes dropped.
  if (i === 0 || ref === undefined || item === undefined || !/^[）)]?的?$/.test(text.slice(ref.end, item.start).trim())) return undefined;
  return PLAN_REFERENCE.test(text.slice(Math.max(0, ref.start - 24), ref.start).replace(/[\s\u3000]+/g, '')) ? ref : undefined;
}

/** The claim layer's stage as a plan stage: 年初预算 (budget), 调整预算 (adjusted), a target. */
function planStageOf(c: Claim): PlanStage | undefined {
  if (c.stage === 'budget') return 'initialBudget';
  if (c.stage === 'adjusted') return 'adjustedBudget';
  return c.stage === 'target' ? 'plan' : undefined;
}

/**
 * The model's plan index, built once: the share relations and magnitude-suspect both read it
 * (it is read-only once built).
 */
export const planIndexOf: (model: Model) => PlanIndex = perModel((model) => new PlanIndex(model));

/** Plans stated anywhere, by the indicator they plan (stage words removed) and their stage. */
export class PlanIndex {
  private readonly plans = new Map<string, { stage: PlanStage; q: Quantity | null }[]>();

  constructor(model: Model) {
    for (const c of model.claims) {
      if (c.kind !== 'level' && c.kind !== 'count') continue;
      // The stage as written in the indicator, or as the claim layer split it off (`年初预算安排
      // 财政总收入8.1亿元` has the indicator 财政总收入 and the stage 年初预算).
      const stage = stageOf(c.indicator) ?? planStageOf(c);
      const q = model.quantities[c.quantity];
      if (!stage || !q || !isPoint(q) || ACTUAL_WORD.test(c.indicator)) continue;
      const key = canonicalKey(withoutStage(c.key));
      if (key.length < 2 || c.period.year === undefined) continue;
      const k = `${key}|${c.period.year}|${q.unit}`;
      const list = this.plans.get(k) ?? [];
      const prev = list.find((p) => p.stage === stage);
      if (!prev) list.push({ stage, q });
      else if (prev.q && !eq(prev.q.value, q.value)) prev.q = null;
      this.plans.set(k, list);
    }
  }

  /** Every consistently stated plan of `key` in `year` and `unit`, whatever its stage. */
  all(key: string, year: number, unit: string): Quantity[] {
    return (this.plans.get(`${canonicalKey(key)}|${year}|${unit}`) ?? []).flatMap((p) => (p.q ? [p.q] : []));
  }

  /** The one plan of `key` in `year` and `unit` at a stage compatible with `stage`. */
  get(key: string, year: number, unit: string, stage: PlanStage | undefined): Quantity | undefined {
    const list = this.plans.get(`${canonicalKey(key)}|${year}|${unit}`) ?? [];
    const fit = list.filter((p) => stage === undefined || sameStage(p.stage, stage));
    return fit.length === 1 ? (fit[0]?.q ?? undefined) : undefined;
  }
}

export interface CompletionContext {
  claims: ReadonlyMap<number, Claim>;
  levels: LevelIndex;
  plans: PlanIndex;
}

/** The relation a completion rate states, when its actual and its plan are both stated. */
export function completionOf(ctx: CompletionContext, at: RateAt, cue: CompletionCue): ShareRelation | undefined {
  const { text, items, i } = at;
  const rateItem = items[i];
  if (rateItem === undefined) return undefined;
  const rate = rateItem.q;
  const ref = inlineReference(at);
  const make = (actual: Placed, plan: Quantity): ShareRelation => ({
    ...(roundTarget(text, items.find((p) => p.q === plan)) ? { wholeExact: true as const } : {}),
    share: rate,
    part: actual.q,
    whole: plan,
    partName: ctx.claims.get(actual.index)?.indicator ?? labelText(text, actual).replace(/^(?:全年)?(?:实际)?(?:完成|实现)$/, ''),
    // The plan as the rate names it (调整预算, 年初预算, 年计划); 目标 when it names none.
    wholeName: cue.stage || APPROVED_AMOUNT.test(cue.words) ? cue.words : '目标',
    what: 'completion',
  });
  if (ref) {
    const actual = levelBefore(items, i - 1, text, ctx.claims);
    // `分别完成年度新开工1750户、完成1600户任务的119%和101%`: a figure joined to the plan by `、` is another
    // plan of the list, not the actual (the actuals stand earlier, mapped by 分别).
    if (actual && /^[\s\u3000]*、/.test(text.slice(actual.end, actual.end + 2)) && inRateList(at)) return undefined;
    return actual && actual.q.unit === ref.q.unit && isPoint(ref.q) ? make(actual, ref.q) : undefined;
  }
  // `…2.16亿元，其中…1.26亿元，分别完成年度计划的113.1%和120.4%`: a 分别 list of rates maps item by
  // item onto the figures before it; that is not read here, so such rates are not checked.
  if (inRateList(at)) return undefined;
  const last = levelBefore(items, i, text, ctx.claims);
  if (!last) return undefined;
  // A tally of items (`74项目标，68项全面完成，2项基本完成，4项未达预期，目标完成率94.35%`): the
  // rate weighs categories the counts do not show. Only amounts and physical quantities are checked.
  if (last.q.dimension === 'count' && items.filter((p) => p.q.dimension === 'count').length >= 3) return undefined;
  const at2 = items.indexOf(last);
  // `完成投资126.5亿元，年度计划投资120亿元，完成…的105.4%`: the plan stated after the actual.
  const before = items[at2 - 1];
  // (Not a part after 其中: `实现总收入A，其中，地方收入B，完成预算的…` breaks A down, B is no plan of it.)
  if (at2 > 0 && before !== undefined && isPlanFigure(text, items, at2, cue.stage) && isActualFigure(text, items, at2 - 1) && sameUnit(before, last) && !namesSubset(text.slice(before.end, last.start))) {
    return make(before, last.q);
  }
  const sameSentence = planInSentence(text, items, at2, cue.stage, text.slice(Math.max(items[i - 1]?.end ?? 0, rateItem.start - 10), rateItem.start));
  if (sameSentence) return make(last, sameSentence);
  const claim = ctx.claims.get(last.index);
  if (!claim || claim.period.year === undefined || claim.period.status !== 'actual') return undefined;
  // A target level of the same indicator (a table's 目标 column, or `预期…` in the text).
  const target = cue.stage === undefined || cue.stage === 'plan' ? ctx.levels.get(claim.key, [claim.period.year, 'target', claim.period.scope ?? ''].join('|'), last.q.unit) : undefined;
  // A plan stated elsewhere only for an indicator that names one thing (`财政总收入`, not `投资`).
  const elsewhere = specificKey(claim.key) ? ctx.plans.get(claim.key, claim.period.year, last.q.unit, cue.stage) : undefined;
  const plan = target ?? elsewhere;
  return plan && plan !== last.q ? make(last, plan) : undefined;
}

function sameUnit(a: Placed, b: Placed): boolean {
  return a.q.unit === b.q.unit && isPoint(a.q) && isPoint(b.q);
}

/** The words naming items[j]: from the previous figure (at most 16 characters back) to it. */
function wordsBefore(text: string, items: Placed[], j: number): string {
  const item = items[j];
  if (item === undefined) return '';
  return text.slice(Math.max(items[j - 1]?.end ?? 0, item.start - 16), item.start);
}

function isActualFigure(text: string, items: Placed[], j: number): boolean {
  return namesActual(wordsBefore(text, items, j));
}

/** A plan figure of a stage compatible with the rate's (计划/目标/任务/预算 before it, no 完成). */
function isPlanFigure(text: string, items: Placed[], j: number, stage: PlanStage | undefined): boolean {
  const words = wordsBefore(text, items, j);
  const s = stageOf(words);
  return s !== undefined && !namesActual(words) && !gapToPlan(words) && (stage === undefined || sameStage(s, stage));
}

/**
 * The plan before the actual in its sentence: `年度计划投资120亿元，实际完成投资126.5亿元` or
 * `…年初预算1.1亿元，调整预算1.15亿元，完成1.2亿元，为调整预算的…` (the stage the rate names).
 * The actual must be worded as one (完成/实际/实现), so two plain levels are never paired.
 */
function planInSentence(text: string, items: Placed[], actualAt: number, stage: PlanStage | undefined, rateWords: string): Quantity | undefined {
  if (actualAt < 1 || !isActualFigure(text, items, actualAt)) return undefined;
  const actual = items[actualAt];
  if (actual === undefined) return undefined;
  const found: { q: Quantity; exact: boolean; life: boolean }[] = [];
  for (let j = actualAt - 1; j >= Math.max(0, actualAt - 4); j--) {
    const item = items[j];
    const next = items[j + 1];
    if (item === undefined || next === undefined) break;
    const between = text.slice(item.end, next.start);
    // A clause end, or a 其中 opening a part of the earlier total: no plan of this actual before it.
    if (/[；;。]/.test(between) || namesSubset(between)) break;
    // `为调整预算数32125万元的102.46%`: the plan inside another rate's phrase belongs to that rate.
    if (text[item.end] === '的') continue;
    if (sameUnit(item, actual) && isPlanFigure(text, items, j, stage)) found.push({ q: item.q, exact: stage !== undefined && stage !== 'budget' && stageOf(wordsBefore(text, items, j)) === stage, life: projectLifePlan(wordsBefore(text, items, j)) });
  }
  if (found.length === 1) return found[0]?.q;
  // `计划总投资A，年度计划投资B，累计完成投资C，完成年度计划的r%`: a rate of the year's plan is not of the projects'
  // total investment over their lives.
  const ofYear = yearPlanWords(rateWords) ? found.filter((f) => !f.life) : [];
  if (ofYear.length === 1) return ofYear[0]?.q;
  // `预算为A，…，预算调整为B，实际完成C，为调整预算的r%`: of a plain budget and the adjusted one, the rate names the latter.
  // (A rate of the plain `预算` after an adjustment may mean either: silence.)
  const exact = found.filter((f) => f.exact);
  return exact.length === 1 ? exact[0]?.q : undefined;
}

/** A rate in a list of rates (`分别完成…的113.1%和120.4%`, `…的98%、102%`). */
function inRateList(at: RateAt): boolean {
  const { text, items, i } = at;
  const item = items[i];
  if (item === undefined) return false;
  const joined = (a: number, b: number): boolean => {
    const x = items[a];
    const y = items[b];
    if (x === undefined || y === undefined) return false;
    return x.q.dimension === 'percent' && /^[\s、和及与,，]*$/.test(text.slice(x.end, y.start)) && !/[，,]\s*$/.test(text.slice(x.end, y.start));
  };
  if (i > 0 && joined(i - 1, i)) return true;
  if (i + 1 < items.length && joined(i, i + 1)) return true;
  return respectivelyInClause(text.slice(Math.max(0, item.start - 20), item.start));
}
