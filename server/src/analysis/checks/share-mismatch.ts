// share-mismatch: a stated share (占比, 占…的, 贷存比) or completion rate (完成年度目标的…%) that differs from part ÷ whole computed
// from levels stated in the document. Relations come from relations/ratios.ts.
// Interval arithmetic on the rounded inputs: the part lies in [a − ½ulp, a + ½ulp], the whole
// in [w − ½ulp, w + ½ulp], so the true ratio lies in [(a−)/(w+), (a+)/(w−)]; the stated share
// (± its own half-ulp) must meet that interval. `86.5%` vs 289.5/334.8 = 86.47 % is fine.

import type { Check, Draft, Model } from './check';
import type { Quantity } from '../types';
import { type Decimal, abs, add, cmp, dec, div, eq, mul, round, sub, sum, toPlain } from '../decimal';
import { findShares, type ShareRelation } from '../relations/ratios';
import { tolerance, writtenDecimals, writtenNumber } from '../relations/precision';
import { replaceNumber } from '../relations/display';
import { rateSlip } from '../relations/magnitude';
import { findIncrements, growthAgrees, type IncrementRelation } from '../relations/increments';
import { SURVEY_GROWTH_SLACK_POINTS, SURVEY_PER_HEAD } from '../cues/bases';
import { findIncrementSlips } from '../relations/incrementSlips';
import { bracketSiblings, sharedOverSiblings } from '../relations/siblingShares';
import { figuresBeforeRate, figuresOfParagraph, listedUnitSums } from '../relations/rateReadings';
import { claimsByQuantity } from '../relations/bySentence';
import { opensSubset } from '../cues/breakdowns';
import { findImpliedWholeSlips, type ImpliedWholeSlip } from '../relations/impliedWholes';
import { shownAsWritten } from '../relations/display';
import { doubtIfFar, lineNumber } from './format';

const HUNDRED = dec(100);
/** No rate or growth is held closer than 0.05 point: one written to two decimals comes from unrounded amounts. */
const MIN_RATE_SLACK = dec(5, 2);
/** Slack for the division's own rounding (10 decimals). */
const EPS = dec(1, 8);

function pct(a: Decimal, b: Decimal): Decimal | undefined {
  const r = div(mul(a, HUNDRED), b, 10);
  return r;
}

function bounds(part: Quantity, whole: Quantity, wholeExact = false): [Decimal, Decimal] | undefined {
  const slack = wholeExact ? dec(0) : tolerance(whole);
  const lo = pct(sub(part.value, tolerance(part)), add(whole.value, slack));
  const wl = sub(whole.value, slack);
  if (wl.units <= 0n) return undefined;
  const hi = pct(add(part.value, tolerance(part)), wl);
  return lo && hi ? [sub(lo, EPS), add(hi, EPS)] : undefined;
}

/** The survey slack in percentage points, as a decimal (tenths). */
const SURVEY_SLACK = dec(Math.round(SURVEY_GROWTH_SLACK_POINTS * 10), 1);

const HUNDRED_PERCENT = dec(100);

export const shareMismatch: Check = {
  code: 'share-mismatch',
  defaultSeverity: 'warning',
  needsClaims: true,
  title: { zh: '占比、贷存比等与文中数值算出的比例不符', en: 'A stated share or ratio differs from part ÷ whole of the stated levels' },
  docs: {
    description: {
      zh: '给出的占比、完成率等与文中数值算出的「部分 ÷ 整体」不符。例：「税收收入7.6亿元，占一般公共预算收入15.1亿元的60%」（7.6 ÷ 15.1 ≈ 50.3%）。',
      en: 'A stated share, 占比, 完成率 or similar ratio differs from part ÷ whole computed from the stated levels. Example: `税收收入7.6亿元，占一般公共预算收入15.1亿元的60%` (7.6 ÷ 15.1 ≈ 50.3 %).',
    },
    finding: 'a stated share / 占比 / 贷存比 ≠ part ÷ whole from stated levels (incl. the implicit whole of `其中X亿元、占比Y%`, a whole written inline, `占控制指标1325公顷的`, and a rate named by what the figure before it counts, `受理1260件，调解成功1240件，调解成功率98.4%`), a 完成率 (`完成年度目标的96.5%`, `为调整预算的104.3%`, `占年初预算X的N%`) ≠ actual ÷ the plan it names, or a growth ≠ increment ÷ last year (`X万元，增长g%，增收Y万元`), or a saving rate ≠ saving ÷ budget (`节约率`, or ÷ the amount paid when that is what the writer took), beyond rounding; also one of three or more like-named shares of a whole the text never states whose part ÷ share implies another whole than the rest, or one of two shares making 100 % that its part ÷ the sum of the two parts does not give; information only when the stated rate is more than half again off (or under two thirds of) what the figures give and no typing slip or 万/亿 slip explains the gap',
    example: '`贷款余额289.5亿元 … 存款余额334.8亿元 … 贷存比88.5%` (= 86.47%)',
    quickFix: 'the computed share',
  },
  run(model: Model): Draft[] {
    const drafts: Draft[] = [];
    // Bare shares (`、占比26.5%`) of one total, and those of them that miss: when two or more miss and
    // none holds, the total is not the whole the writer took them of (a misread pairing, not two typos).
    // (Unless the parts make up the total or their shares make up 100 %: then the whole is certain.)
    const bare = new Map<Quantity, ShareRelation[]>();
    const missed = new Map<Quantity, { count: number; drafts: Draft[] }>();
    for (const rel of findShares(model)) if (rel.wholeName === '合计') bare.set(rel.whole, [...(bare.get(rel.whole) ?? []), rel]);
    for (const rel of findShares(model)) {
      // A 10⁴ or 10⁸ gap is a 万/亿 slip: magnitude-suspect says so, once.
      if (rateSlip(rel) !== undefined) continue;
      // `完成进出口总值229.1亿美元，占全省进出口总值的60.4%` with the zone's 229.1 stated again elsewhere:
      // a whole equal to its part is the part found twice, not the whole the share names.
      if (rel.what !== 'completion' && eq(rel.part.value, rel.whole.value) && rel.part.unit === rel.whole.unit) continue;
      const b = bounds(rel.part, rel.whole, rel.wholeExact === true);
      if (!b) continue;
      const s = rel.share.value;
      // Published shares of one whole are often forced to sum to 100 (4.1 + 68.3 + 27.6), which
      // moves one of them by a unit of its last digit: a share gets one unit, a 完成率 half a unit.
      // A 完成率 written to the whole percent (`占年度计划投资130%` for 130.52 %) is often cut, not
      // rounded: it gets the one unit too.
      const loose = rel.what === 'completion' && !/[.．]/.test(rel.share.text);
      // A rate written to two decimals (`完成年度计划14.54%` for 6.50 ÷ 44.62 = 14.57 %) is computed from
      // unrounded amounts: gaps under 0.05 point are the amounts' rounding, never worth a warning.
      const ts = maxOf(rel.what === 'completion' && !loose ? tolerance(rel.share) : add(tolerance(rel.share), tolerance(rel.share)), MIN_RATE_SLACK);
      // A 完成率 with decimals is cut, not rounded, often enough too (`完成目标任务6300亿元的48.8%` for 48.88 %): a
      // rate up to one unit of its last digit below the ratio is written as cut.
      const cut = rel.what === 'completion' ? maxOf(add(tolerance(rel.share), tolerance(rel.share)), MIN_RATE_SLACK) : ts;
      if (!(cmp(add(s, cut), b[0]) < 0 || cmp(sub(s, ts), b[1]) > 0)) continue;
      // `任务量5000米，已完成5200米，完成率100%`: a task done beyond its amount is often written as done
      // (100 %), not as the ratio. Below its amount, 100 % stays wrong.
      if (rel.what === 'completion' && eq(s, HUNDRED_PERCENT) && cmp(rel.part.value, rel.whole.value) > 0) continue;
      // Shares of the parts' own sum (sub-regions of a city that do not add up to it): not this check's to flag.
      if (rel.what !== 'completion' && sharedOverSiblings(model, rel)) continue;
      // Another figure just before the rate gives it exactly (the total before a 其中 part, another
      // whole): the report agrees with itself and the pairing was a guess.
      if (rel.defined !== true && anotherReadingFits(model, rel, (part, whole) => {
        const c = bounds(part, whole);
        return c !== undefined && !(cmp(add(s, ts), c[0]) < 0 || cmp(sub(s, ts), c[1]) > 0);
      })) continue;
      // `新签约项目180个…；新开工项目250个…。其中来自省外的新签约项目45个、占比25.0%`: part ÷ share lands
      // on another figure of the paragraph (180), so that is the whole the writer meant.
      // `税收返还和转移支付A（包括一般性转移支付B，占转移支付比重达82%；专项转移支付C）`: the share is of the listed
      // parts' sum (B + C), a whole the writer names but never states.
      if (rel.what !== 'completion' && rel.defined !== true && ofListedSum(model, rel, s, ts)) continue;
      // `累计到位资金A，核拨资金B、核拨率r。其中：甲市到位资金a1，核拨资金b1…`: a rate over the listed units' own
      // sums (B the sum of the b's, r = B ÷ Σa), the total holding funds no unit got.
      if (rel.what !== 'completion' && ofListedUnits(model, rel, s, ts)) continue;
      // `收到申请534件，…完成答复502件，其中同意公开368件，占73%；部分公开22件，占4%；不予公开112件，占22%`: bare
      // shares that make up 100 % among themselves are of the parts' own sum (502), not of a total they miss.
      if (rel.wholeName === '合计' && ofSharesOwnSum(model, bare.get(rel.whole) ?? [], rel, ts)) continue;
      // (A share to the whole percent fits too many figures within its point of rounding to be read so.)
      if (rel.what !== 'completion' && rel.defined !== true && writtenDecimals(rel.share) > 0 && anotherFigureOfParagraphFits(model, rel, ts)) continue;
      // `民生类支出中，教育A，占比为14.1%，…，农林水C，占比为13%，…`: a whole percent among sibling shares of one
      // paired whole, two or more of which (written to decimals) fit another figure of the paragraph, is read
      // as they are: the writer's whole is that other figure.
      if (rel.what !== 'completion' && rel.defined !== true && writtenDecimals(rel.share) === 0 && anotherFigureOfParagraphFits(model, rel, ts) &&
        (bare.get(rel.whole) ?? []).filter((o) => o !== rel && writtenDecimals(o.share) > 0 && anotherFigureOfParagraphFits(model, o, maxOf(add(tolerance(o.share), tolerance(o.share)), MIN_RATE_SLACK))).length >= 2) continue;
      const d = doubtIfFar(draft(model, rel), rel.share.value, pct(rel.part.value, rel.whole.value), writtenDecimals(rel.share));
      drafts.push(d);
      if (rel.wholeName === '合计') {
        const m = missed.get(rel.whole) ?? { count: 0, drafts: [] };
        m.count++;
        m.drafts.push(d);
        missed.set(rel.whole, m);
      }
    }
    for (const [whole, m] of missed) {
      const rels = bare.get(whole) ?? [];
      if (m.count < 2 || m.count !== rels.length || wholeIsCertain(rels)) continue;
      for (const d of m.drafts) drafts.splice(drafts.indexOf(d), 1);
    }
    // Shares of one unstated whole, one of which implies another whole than the rest (relations/impliedWholes.ts).
    // A share paired with a stated whole is judged above.
    const paired = new Set(findShares(model).map((r) => r.share));
    for (const slip of findImpliedWholeSlips(model)) {
      if (paired.has(slip.odd.share.q) || false) continue;
      drafts.push(impliedWholeDraft(model, slip));
    }
    // A 万/亿 slip that makes the growth agree is magnitude-suspect's finding, with the better fix.
    const slipped = new Set(findIncrementSlips(model).map((s) => s.relation));
    for (const rel of findIncrements(model)) {
      if (slipped.has(rel) || growthAgrees(rel) !== false) continue;
      // `农民人均纯收入3019元，比上年增加171元，增长6.2%` (6.0 %): a survey growth on a comparable sample.
      if (SURVEY_PER_HEAD.test(rel.name) && growthAgrees(rel, SURVEY_SLACK) !== false) continue;
      const base = rel.levelIsBase ? rel.level.value : rel.direction === 'up' ? sub(rel.level.value, rel.increment.value) : add(rel.level.value, rel.increment.value);
      drafts.push(doubtIfFar(incrementDraft(model, rel), rel.growth.value, pct(rel.increment.value, base), writtenDecimals(rel.growth)));
    }
    return drafts;
  },
};

/**
 * True when another part (same whole) or, for a share, another whole (same part) before the rate
 * fits it. A 完成率 names its plan (`为调整预算的112.9%`): computed on another plan it is wrong, unless
 * the plan was found far from the rate.
 */
function anotherReadingFits(model: Model, rel: ShareRelation, fits: (part: Quantity, whole: Quantity) => boolean): boolean {
  const except = [rel.part, rel.whole];
  if (figuresBeforeRate(model, rel.share, rel.part.unit, except).some((p) => fits(p, rel.whole))) return true;
  const wholes = figuresBeforeRate(model, rel.share, rel.whole.unit, except);
  // A plan found further back than the rate's sentence and the one before it (`预算为A。…预算调整为B。
  // 执行结果：…为调整预算的r`) is a guess at which plan the rate names: a plan stated right before it
  // that gives the rate is the one meant.
  const planFromAfar = rel.what === 'completion' && !figuresBeforeRate(model, rel.share, rel.whole.unit, [rel.part]).includes(rel.whole);
  return (rel.what !== 'completion' || planFromAfar) && wholes.some((w) => fits(rel.part, w));
}

/**
 * True when another figure of the share's paragraph, as its whole (same part) or as its part (same
 * whole), gives the stated share within rounding.
 */
function anotherFigureOfParagraphFits(model: Model, rel: ShareRelation, ts: Decimal): boolean {
  const s = rel.share.value;
  const fits = (part: Quantity, whole: Quantity): boolean => {
    const c = bounds(part, whole);
    return c !== undefined && !(cmp(add(s, ts), c[0]) < 0 || cmp(sub(s, ts), c[1]) > 0);
  };
  const except = [rel.part, rel.whole];
  // Wholes reach one paragraph back: a share written to decimals that the paragraph before's grand
  // total gives (`…来访旅客1069万人次。` ¶ `其他地区718万人次，其中日本190万人次(占17.7%)`: 190 ÷ 1069) is of that total.
  return figuresOfParagraph(model, rel.share, rel.whole.unit, except, true).some((w) => fits(rel.part, w)) ||
    figuresOfParagraph(model, rel.share, rel.part.unit, except).some((p) => fits(p, rel.whole));
}

/**
 * True when the part stands in a bracket with other amounts of its unit whose sum, taken as the whole,
 * gives the share: `A（包括一般性转移支付B，占转移支付比重达82%；专项转移支付C）` takes 82 % of B + C.
 */
function ofListedSum(model: Model, rel: ShareRelation, s: Decimal, ts: Decimal): boolean {
  const listed = bracketSiblings(model, rel.part);
  if (listed === undefined) return false;
  const total = sum(listed.map((q) => q.value));
  const slack = sum(listed.map((q) => tolerance(q)));
  const lo = pct(sub(rel.part.value, tolerance(rel.part)), add(total, slack));
  const hi = pct(add(rel.part.value, tolerance(rel.part)), sub(total, slack));
  return lo !== undefined && hi !== undefined && cmp(add(s, ts), lo) >= 0 && cmp(sub(s, ts), hi) <= 0;
}

/** The words of a clause up to a figure, after its last mark (`（三）…。累计到位资金` → `累计到位资金`). */
function clauseWords(before: string): string | undefined {
  const words = before.slice(before.search(/[^，,；;。：:、）)\s\u3000]*$/)).replace(/(?:[为為]|[达達])$/, '');
  return words.length >= 2 && !/[0-9０-９]/.test(words) ? words : undefined;
}

/** True when the units listed after the rate's sentence sum to the part and give the share over their own whole. */
function ofListedUnits(model: Model, rel: ShareRelation, s: Decimal, ts: Decimal): boolean {
  const claims = claimsByQuantity(model);
  // (A figure the claim layer left unnamed, `累计到位资金17.87亿元` after a run-in head, is named by its clause's words.)
  const keyOf = (q: Quantity): string | undefined => claims.get(model.quantities.indexOf(q))?.key ?? clauseWords(model.text.slice(Math.max(0, q.span.start - 12), q.span.start));
  const partKey = keyOf(rel.part);
  const wholeKey = keyOf(rel.whole);
  if (partKey === undefined || wholeKey === undefined) return false;
  const listed = listedUnitSums(model, rel.part, rel.whole, partKey, wholeKey, opensSubset, (i) => claims.get(i)?.key);
  if (listed === undefined) return false;
  const partSum = sum(listed.part.map((q) => q.value));
  const partSlack = add(sum(listed.part.map((q) => tolerance(q))), tolerance(rel.part));
  if (cmp(abs(sub(partSum, rel.part.value)), partSlack) > 0) return false;
  const total = sum(listed.whole.map((q) => q.value));
  const slack = sum(listed.whole.map((q) => tolerance(q)));
  const lo = pct(sub(rel.part.value, tolerance(rel.part)), add(total, slack));
  const hi = pct(add(rel.part.value, tolerance(rel.part)), sub(total, slack));
  return lo !== undefined && hi !== undefined && cmp(add(s, ts), lo) >= 0 && cmp(sub(s, ts), hi) <= 0;
}

function maxOf(a: Decimal, b: Decimal): Decimal {
  return cmp(a, b) >= 0 ? a : b;
}

function incrementDraft(model: Model, rel: IncrementRelation): Draft {
  const base = rel.levelIsBase ? rel.level.value : rel.direction === 'up' ? sub(rel.level.value, rel.increment.value) : add(rel.level.value, rel.increment.value);
  const baseText = rel.levelIsBase ? rel.level.text : `${rel.level.text} ${rel.direction === 'up' ? '−' : '+'} ${rel.increment.text}`;
  const exact = pct(rel.increment.value, base) ?? dec(0);
  const digits = writtenDecimals(rel.growth);
  const computed = toPlain(round(exact, digits + 2));
  const replacement = replaceNumber(rel.growth, round(exact, digits));
  const verb = rel.direction === 'up' ? { zh: '增长', en: 'growth' } : { zh: '下降', en: 'decline' };
  const line = lineNumber(model, rel.level.span.start);
  return {
    span: rel.growth.span,
    message: {
      zh: `${rel.name}${verb.zh} ${rel.growth.text} 与 ${rel.increment.text} ÷ ${rel.fromYearStart ? '年初' : rel.fromMonthEnd ? '上月末' : rel.levelIsBase ? '基数' : '上年'}（${baseText}）= ${computed}% 不符（数额见第 ${line} 行）`,
      // (A level that is the comparison's base has no name of its own: the sentence opens with the verb.)
      en: `${rel.name === '' ? verb.en.charAt(0).toUpperCase() + verb.en.slice(1) : `${rel.name} ${verb.en}`} ${rel.growth.text} differs from ${rel.increment.text} ÷ ${rel.fromYearStart ? 'the start of the year' : rel.fromMonthEnd ? 'the month-end before' : rel.levelIsBase ? 'the base' : 'last year'} (${baseText}) = ${computed}% (line ${line})`,
    },
    related: [
      rel.levelIsBase
        ? { span: rel.level.span, message: { zh: `上年数额：${rel.level.text}`, en: `Last year: ${rel.level.text}` } }
        : { span: rel.level.span, message: { zh: `本年数额：${rel.level.text}`, en: `This year: ${rel.level.text}` } },
      { span: rel.increment.span, message: { zh: `增减额：${rel.increment.text}`, en: `Change: ${rel.increment.text}` } },
    ],
    fixes: replacement
      ? [{ title: { zh: `改为计算值 ${replacement}`, en: `Change to the computed ${replacement}` }, edits: [{ span: rel.growth.span, newText: replacement }] }]
      : [],
  };
}

/** A share that implies another whole than the other shares named alike around it. */
function impliedWholeDraft(model: Model, slip: ImpliedWholeSlip): Draft {
  const { odd, rest } = slip;
  const mid = div(add(slip.whole[0], slip.whole[1]), dec(2), 10) ?? slip.whole[0];
  const whole = shownAsWritten(mid, odd.part.q);
  const unit = odd.part.q.unitText;
  const exact = pct(odd.part.q.value, mid) ?? dec(0);
  const computed = toPlain(round(exact, writtenDecimals(odd.share.q) + 1));
  const line = lineNumber(model, odd.share.q.span.start);
  return {
    span: odd.share.q.span,
    message: slip.halves === true ? {
      zh: `占比 ${odd.share.q.text} 与两项之和不符：两项占比合计 100%，而 ${odd.part.q.text} ÷（两项之和 ${whole}${unit}）≈ ${computed}%；占比或 ${odd.part.q.text} 有误（第 ${line} 行）`,
      en: `Share ${odd.share.q.text} does not fit the two parts' sum: the two shares make 100 %, but ${odd.part.q.text} ÷ (the sum, ${whole}${unit}) ≈ ${computed}%; the share or ${odd.part.q.text} is wrong (line ${line})`,
    } : {
      zh: `占比 ${odd.share.q.text} 与同句其余 ${rest.length} 项占比推出的整体（约 ${whole}${unit}）不符：${odd.part.q.text} ÷ ${whole}${unit} ≈ ${computed}%；占比或 ${odd.part.q.text} 有误（第 ${line} 行）`,
      en: `Share ${odd.share.q.text} does not fit the whole the other ${rest.length} shares of this sentence imply (about ${whole}${unit}): ${odd.part.q.text} ÷ ${whole}${unit} ≈ ${computed}%; the share or ${odd.part.q.text} is wrong (line ${line})`,
    },
    related: [
      { span: odd.part.q.span, message: { zh: `分子：${odd.part.q.text}`, en: `Part: ${odd.part.q.text}` } },
      ...rest.map((r) => ({ span: r.share.q.span, message: { zh: `${r.part.q.text} 占 ${r.share.q.text}`, en: `${r.part.q.text} at ${r.share.q.text}` } })),
      // (Two halves: the other part is in the sum the share is checked against, and may be the figure that is wrong.)
      ...(slip.halves === true ? rest.map((r) => ({ span: r.part.q.span, message: { zh: `另一项：${r.part.q.text}（计入两项之和）`, en: `The other part: ${r.part.q.text} (in the sum)` } })) : []),
    ],
    fixes: [],
  };
}

/** A figure with its unit: table cells are written bare (`290` in a 亿元 row). */
function withUnit(q: Quantity): string {
  return q.paragraph < 0 && !q.text.endsWith(q.unitText) ? `${q.text}${q.unitText}` : q.text;
}

function draft(model: Model, rel: ShareRelation): Draft {
  const exact = pct(rel.part.value, rel.whole.value) ?? dec(0);
  const digits = writtenDecimals(rel.share);
  const computed = toPlain(round(exact, digits + 2));
  const rounded = round(exact, digits);
  const line = lineNumber(model, rel.whole.span.start);
  const replacement = replaceNumber(rel.share, rounded);
  return {
    span: rel.share.span,
    message: rel.what === 'completion'
      ? {
          zh: `${rel.partName}完成率 ${rel.share.text} 与 ${rel.part.text} ÷ ${rel.wholeName} ${withUnit(rel.whole)} = ${computed}% 不符（${rel.wholeName}见第 ${line} 行）`,
          en: `Completion ${rel.share.text}${rel.partName ? ` of ${rel.partName}` : ''} differs from ${rel.part.text} ÷ plan (${rel.wholeName}) ${withUnit(rel.whole)} = ${computed}% (plan on line ${line})`,
        }
      : {
          zh: `${rel.partName}占比 ${rel.share.text} 与 ${rel.part.text} ÷ ${withUnit(rel.whole)} = ${computed}% 不符（${rel.wholeName}见第 ${line} 行）`,
          en: `Share ${rel.share.text} differs from ${rel.part.text} ÷ ${withUnit(rel.whole)} = ${computed}% (${rel.wholeName} on line ${line})`,
        },
    related: [
      { span: rel.part.span, message: { zh: `分子：${rel.part.text}`, en: `Part: ${rel.part.text}` } },
      { span: rel.whole.span, message: { zh: `分母（${rel.wholeName}）：${rel.whole.text}`, en: `Whole: ${rel.whole.text}` } },
    ],
    fixes: replacement
      ? [{ title: { zh: `改为计算值 ${replacement}`, en: `Change to the computed ${replacement}` }, edits: [{ span: rel.share.span, newText: replacement }] }]
      : [],
  };
}

/**
 * True when the parts of bare shares add up to their whole, or the shares to 100 %, within rounding; or
 * when every share implies one and the same whole (part ÷ share), which the stated total then misses
 * (`…57.8万人，其中A 10.19万人，占17.76%；B 18.89万人，占32.92%`: both give 57.38, a typing slip).
 */
function wholeIsCertain(rels: readonly ShareRelation[]): boolean {
  const whole = rels[0]?.whole;
  if (whole === undefined) return false;
  const parts = sum(rels.map((r) => r.part.value));
  const partSlack = add(sum(rels.map((r) => tolerance(r.part))), tolerance(whole));
  const partsMakeWhole = cmp(abs(sub(parts, whole.value)), partSlack) <= 0;
  const implied = rels.map((r) => (r.share.value.units === 0n ? undefined : div(mul(r.part.value, dec(100)), r.share.value, 6)));
  if (implied.every((x): x is Decimal => x !== undefined)) {
    const lo = implied.reduce((a, b) => (cmp(a, b) <= 0 ? a : b));
    const hi = implied.reduce((a, b) => (cmp(a, b) >= 0 ? a : b));
    if (cmp(mul(sub(hi, lo), dec(IMPLIED_AGREE)), lo) <= 0) {
      // `火力发电量A，占比83.14%。其中，燃煤B，占42.24%；燃气C，占39.57%；燃油D，占1.34%`: the parts make up A, yet
      // every share gives one larger whole: they are all shares of that whole (all generation), not of A.
      return !(partsMakeWhole && cmp(lo, whole.value) > 0);
    }
  }
  const shares = sum(rels.map((r) => r.share.value));
  const shareSlack = add(sum(rels.map((r) => tolerance(r.share))), dec(1));
  return partsMakeWhole || cmp(abs(sub(shares, dec(100))), shareSlack) <= 0;
}

/**
 * True when two or more bare shares of one total make up 100 % (within their rounding) while their parts do
 * not make up that total, and `rel`'s share is its part over the parts' sum: the writer's whole is that sum.
 */
function ofSharesOwnSum(model: Model, rels: readonly ShareRelation[], rel: ShareRelation, ts: Decimal): boolean {
  if (rels.length < 2) return false;
  // Three shares or more that make up 100 % among themselves say so by themselves (`共检测3582人，其中良好381人
  // 占比11.27%，…，不合格1196人，占比35.37%`: of the 3381 valid results); two only when that sum is written
  // between the total and the first part (`完成答复件502，其中…`): else the total may be the slip.
  const written = rels.map((r) => writtenNumber(r.part));
  const first = rels.reduce((a, r) => (r.part.span.start < a ? r.part.span.start : a), Infinity);
  if (written.some((w) => w === undefined) || new Set(rels.map((r) => r.part.unitText)).size !== 1) return false;
  const digits = toPlain(sum(written.filter((w): w is Decimal => w !== undefined)));
  const between = model.text.slice(rel.whole.span.end, first);
  if (rels.length < 3 && !writtenAlone(between, digits)) return false;
  const shares = sum(rels.map((r) => r.share.value));
  const shareSlack = add(sum(rels.map((r) => tolerance(r.share))), dec(1));
  if (cmp(abs(sub(shares, dec(100))), shareSlack) > 0) return false;
  const parts = sum(rels.map((r) => r.part.value));
  const partSlack = add(sum(rels.map((r) => tolerance(r.part))), tolerance(rel.whole));
  if (cmp(abs(sub(parts, rel.whole.value)), partSlack) <= 0) return false;
  const own = pct(rel.part.value, parts);
  return own !== undefined && cmp(abs(sub(own, rel.share.value)), add(ts, dec(5, 1))) <= 0;
}

/** True when `digits` stand in `text` as a number of their own (no digit or point right before or after). */
function writtenAlone(text: string, digits: string): boolean {
  for (let at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
    if (!/[0-9.]/.test(text[at - 1] ?? '') && !/[0-9.]/.test(text[at + digits.length] ?? '')) return true;
  }
  return false;
}

/** Implied wholes agree when they differ by at most 1 / IMPLIED_AGREE of the smaller (0.5 %). */
const IMPLIED_AGREE = 200;
