// magnitude-suspect: (1) one indicator and period stated 10⁴ or 10⁸ apart — a 万/亿 slip
// (`15.1亿元` here, `15.1万元` there), also pinned by a rate, a plan, or a sum that holds exactly
// once the slip is undone (relations/sumSlips.ts); (2) an impossible value: a share or a bounded rate
// (占比, 比重, 覆盖率, 入学率 …) over 100 %. Growth rates, 完成率, 贷存比 and multiples (倍) may
// exceed 100 and are never flagged; (3) a lone amount in 亿 over three thousand times every other amount
// of the text, which read with 万 falls among them (relations/outliers.ts), or an amount so far from every
// sibling of its own sentence (relations/listOutliers.ts). Groups come from relations/levels.ts: each mention is
// compared with the first of its group only.

import type { Check, Draft, Model } from './check';
import type { Claim, Quantity } from '../types';
import { cmp, dec } from '../decimal';
import { levelGroups, type LevelMention } from '../relations/levels';
import { magnitudeSlip, planSlip, rateSlip } from '../relations/magnitude';
import { planIndexOf } from '../relations/completions';
import { specificKey } from '../relations/levels';
import { findShares, type ShareRelation } from '../relations/ratios';
import { findMirroredParts, findSumSlips, type MirroredPart, type SumSlip } from '../relations/sumSlips';
import { findIncrementSlips, type IncrementSlip } from '../relations/incrementSlips';
import { findRisesOverLevels, type RiseOverLevel } from '../relations/riseOverLevel';
import { magnitudeOutlier, type MagnitudeOutlier } from '../relations/outliers';
import { findListOutliers, type ListOutlier } from '../relations/listOutliers';
import { pairGivesRate } from '../relations/rateReadings';
import { shown, unitLabel } from '../relations/display';
import { namesShareWhole, shareWholeCore, lastShareVerb, boundedRate, completionAfter, completionCue, planInShareClause, pastWholeInShareClause, projectProgress, measuredAgainst, stageOf, unboundedRate } from '../cues/shares';
import { lineNumber } from './format';


/** The words right before a figure of the text (empty for table cells). */
function wordsBefore(model: Model, q: Quantity): string {
  const p = model.paragraphs[q.paragraph];
  return p ? p.text.slice(Math.max(0, q.at - 30), q.at) : '';
}

/** The words right after a figure of the text (empty for table cells). */
function wordsAfter(model: Model, q: Quantity): string {
  const p = model.paragraphs[q.paragraph];
  return p ? p.text.slice(q.at + q.length, q.at + q.length + 14) : '';
}

/** True when another figure of the text over 100 % is a share of the whole this figure's clause names. */
function anotherShareOfWholeOver100(model: Model, q: Quantity): boolean {
  const core = shareWholeCore(wordsBefore(model, q));
  if (core === undefined) return false;
  return model.quantities.some((o) => {
    if (o === q || o.dimension !== 'percent' || cmp(o.value, dec(100)) <= 0) return false;
    const words = wordsBefore(model, o);
    const at = lastShareVerb(words);
    return at >= 0 && words.slice(at).includes(core);
  });
}

function impossible(model: Model, c: Claim, q: Quantity): boolean {
  if (q.dimension !== 'percent' || q.qualifier === 'atMost' || q.qualifier === 'nearly') return false;
  if (c.kind !== 'share' && c.kind !== 'rate') return false;
  // `占年初预算的106.1%`, `占全年任务100.6%`: a completion rate worded with 占 may exceed 100 %.
  if (completionCue(wordsBefore(model, q)) !== undefined) return false;
  if (unboundedRate(c.key)) return false;
  // `占市下达年度目标任务的182%`: a plan named anywhere in the clause makes it a completion rate.
  if (planInShareClause(wordsBefore(model, q)) || planInShareClause(c.key)) return false;
  // `占去年底务工人数的103%`: a ratio to an earlier time's level, no share of a whole.
  if (pastWholeInShareClause(wordsBefore(model, q))) return false;
  // `财政收入486万元，占比121.5%，超额完成任务`: the plan is named after the rate.
  if (completionAfter(wordsAfter(model, q))) return false;
  // `项目完成投资3.1亿元，占总投资106%`: projects' progress against their planned total investment.
  if (projectProgress(wordsBefore(model, q))) return false;
  // `外资持股…约当外汇存底的比重达128%`: one amount measured against another, no share of it.
  if (measuredAgainst(wordsBefore(model, q))) return false;
  if (c.kind === 'rate' && !boundedRate(c.key)) return false;
  if (cmp(q.value, dec(100)) <= 0) return false;
  // `人事费占各县市自有财源3529亿元的120%…；人事经费占各该县市自有财源比率逾200%者`: the text itself states a share of
  // this whole over 100 %, so the whole is no sum of its parts (a burden over a revenue): none is impossible.
  if (anotherShareOfWholeOver100(model, q)) return false;
  // (`发电量63.8亿千瓦时，用电量55亿千瓦时，新能源电量占比达116%`: two figures before it give a bare 占比 exactly.
  // A share of a whole it names, `占种植面积的114.66%`, stays impossible however the figures give it.)
  return namesShareWhole(wordsBefore(model, q)) || !pairGivesRate(model, q);
}

export const magnitudeSuspect: Check = {
  code: 'magnitude-suspect',
  defaultSeverity: 'warning',
  needsClaims: true,
  title: {
    zh: '数量级可疑：同一指标相差一万倍或一亿倍（万/亿笔误），或占比超过 100%',
    en: 'Suspect magnitude: one indicator 10⁴ or 10⁸ apart (万/亿 slip), or a share over 100 %',
  },
  docs: {
    description: {
      zh: '同一指标数值相差 10⁴ 或 10⁸ 倍（万/亿 混用），或某分项（合计）把“万”“亿”互换后各分项之和恰等于合计，或比上年（预算）的增加额是增加后数额的一千倍以上、把其中一个的“万”“亿”互换后即合理，或某个以“亿”为单位的金额比文中（或同句）其他金额都大三千倍以上、改为“万”后正落在其他金额之间（同句金额皆以“亿”计而某项以“万”计、小三千倍以上者仅作提示），或出现不可能的数值（如占比超过 100%）。例：一处「投资35.2亿元」，另一处「35.2万元」。',
      en: 'One indicator stated 10⁴ or 10⁸ apart (a 万/亿 slip), or a part (or total) whose 万/亿 read the other way makes the parts add up exactly, or a rise over last year (or the budget) over a thousand times the amount it rose to, which fits once one of them is read with the other multiplier, or an amount in 亿 over three thousand times every other amount of the text (or of its sentence) that falls among them when read with 万 (one in 万 as far below siblings all in 亿 is shown for reference), or an impossible value such as a share over 100 %. Example: `投资35.2亿元` here and `35.2万元` there.',
    },
    finding: 'one indicator 10⁴ or 10⁸ apart (万 vs 亿 slip), also against a completion rate or the budget of the same indicator, or a part or total whose 万/亿 read the other way makes the parts add up exactly (for measures other than money, a total of three parts or more), or a part with the very digits of its total but 万 for 亿, or a rise over a thousand times the amount it rose to, or a lone amount in 亿 over 3000× every other amount of the text or of its sentence that falls among them read with 万; or a share (not a 完成率) over 100 %',
    example: '`一般公共预算收入15.1亿元` … `15.1万元`',
    quickFix: 'either value',
  },
  run(model: Model): Draft[] {
    const drafts: Draft[] = [];
    const slipped = new Set<Quantity>();
    for (const group of levelGroups(model)) {
      const first = group[0];
      if (first === undefined) continue;
      for (const m of group.slice(1)) {
        if (m.q.qualifier !== first.q.qualifier) continue;
        const k = magnitudeSlip(first.q.value, m.q.value);
        if (k !== undefined) {
          drafts.push(slipDraft(model, first, m, k));
          slipped.add(m.q);
        }
      }
    }
    const pinned = new Set<Quantity>();
    for (const rel of findShares(model)) {
      const k = rateSlip(rel);
      // A share whose whole or part is already reported as a slip of its own: one finding is enough.
      if (k === undefined || slipped.has(rel.whole) || slipped.has(rel.part)) continue;
      drafts.push(rateSlipDraft(model, rel, k));
      pinned.add(rel.part).add(rel.whole);
    }
    for (const slip of findSumSlips(model)) {
      if (pinned.has(slip.figure)) continue;
      drafts.push(sumSlipDraft(model, slip));
      pinned.add(slip.figure);
    }
    for (const m of findMirroredParts(model)) {
      if (pinned.has(m.figure)) continue;
      drafts.push(mirroredDraft(model, m));
      pinned.add(m.figure);
    }
    for (const slip of findIncrementSlips(model)) {
      if (pinned.has(slip.relation.level) || pinned.has(slip.relation.increment)) continue;
      drafts.push(incrementSlipDraft(model, slip));
      pinned.add(slip.relation.level).add(slip.relation.increment);
    }
    for (const r of findRisesOverLevels(model)) {
      if (pinned.has(r.level) || pinned.has(r.rise)) continue;
      drafts.push(riseOverLevelDraft(model, r));
      pinned.add(r.level).add(r.rise);
    }
    drafts.push(...planSlips(model, pinned));
    const outlier = magnitudeOutlier(model);
    if (outlier && !pinned.has(outlier.figure) && !drafts.some((d) => d.span.start === outlier.figure.span.start)) drafts.push(outlierDraft(model, outlier));
    for (const o of findListOutliers(model)) {
      if (pinned.has(o.figure) || drafts.some((d) => d.span.start === o.figure.span.start)) continue;
      drafts.push(listOutlierDraft(model, o));
      pinned.add(o.figure);
    }
    for (const c of model.claims) {
      const q = model.quantities[c.quantity];
      if (q && impossible(model, c, q)) drafts.push(overDraft(c, q));
    }
    return drafts;
  },
};

function slipDraft(model: Model, earlier: LevelMention, later: LevelMention, k: 4 | 8): Draft {
  const le = lineNumber(model, earlier.q.span.start);
  const ll = lineNumber(model, later.q.span.start);
  const times = k === 4 ? { zh: '一万倍', en: '10⁴' } : { zh: '一亿倍', en: '10⁸' };
  const name = later.claim.indicator;
  return {
    span: later.q.span,
    message: {
      zh: `${name} 此处为 ${later.q.text}，第 ${le} 行为 ${earlier.q.text}，相差约${times.zh}：疑似“万”“亿”笔误`,
      en: `${name} is ${later.q.text} here but ${earlier.q.text} on line ${le}, about ${times.en} apart: a 万/亿 slip?`,
    },
    related: [{ span: earlier.q.span, message: { zh: `另一处：${earlier.q.text}`, en: `Other mention: ${earlier.q.text}` } }],
    fixes: [
      {
        title: { zh: `改为 ${earlier.q.text}（与第 ${le} 行一致）`, en: `Change to ${earlier.q.text} (as on line ${le})` },
        edits: [{ span: later.q.span, newText: earlier.q.text }],
      },
      {
        title: { zh: `将第 ${le} 行改为 ${later.q.text}（与第 ${ll} 行一致）`, en: `Change line ${le} to ${later.q.text} (as on line ${ll})` },
        edits: [{ span: earlier.q.span, newText: later.q.text }],
      },
    ],
  };
}

function overDraft(c: Claim, q: Quantity): Draft {
  return {
    span: q.span,
    message: {
      zh: `${c.indicator} 为 ${q.text}，超过 100%：占比或比率不可能大于 100%`,
      en: `${c.indicator} is ${q.text}, over 100 %: a share or rate of this kind cannot exceed 100 %`,
    },
    related: [],
    fixes: [],
  };
}

/**
 * `一般公共预算收入完成1.2万元，为调整预算1.15亿元的104.3%`: the stated rate pins the actual ÷ plan,
 * and the two figures are 10⁴ (or 10⁸) off it: one of them carries the wrong 万/亿.
 */
function rateSlipDraft(model: Model, rel: ShareRelation, k: 4 | 8): Draft {
  const lw = lineNumber(model, rel.whole.span.start);
  const times = k === 4 ? { zh: '一万倍', en: '10⁴' } : { zh: '一亿倍', en: '10⁸' };
  const what = rel.what === 'completion' ? { zh: '完成率', en: 'completion rate' } : { zh: '占比', en: 'share' };
  return {
    span: rel.part.span,
    message: {
      zh: `${rel.part.text} ÷ ${rel.whole.text} 与${what.zh} ${rel.share.text} 相差约${times.zh}：疑似“万”“亿”笔误（另一数在第 ${lw} 行）`,
      en: `${rel.part.text} ÷ ${rel.whole.text} is about ${times.en} off the stated ${what.en} ${rel.share.text}: a 万/亿 slip? (the other figure is on line ${lw})`,
    },
    related: [
      { span: rel.whole.span, message: { zh: `分母：${rel.whole.text}`, en: `Base: ${rel.whole.text}` } },
      { span: rel.share.span, message: { zh: `${what.zh}：${rel.share.text}`, en: `Stated ${what.en}: ${rel.share.text}` } },
    ],
    fixes: [],
  };
}

/**
 * `总收入164.47亿元。其中：…31.52亿元，…132.95万元`: with 132.95亿元 the parts add up to the total
 * exactly, so its 万 is the slip.
 */
function mirroredDraft(model: Model, m: MirroredPart): Draft {
  const tq = m.partition.total.q;
  const lt = lineNumber(model, tq.span.start);
  return {
    span: m.figure.span,
    message: {
      zh: `分项 ${m.figure.text} 与合计 ${tq.text}（第 ${lt} 行）数字相同而相差一万倍：疑似“万”“亿”笔误，应为 ${m.corrected}`,
      en: `The part ${m.figure.text} has the very digits of its total ${tq.text} (line ${lt}) but is 10⁴ smaller: a 万/亿 slip for ${m.corrected}?`,
    },
    related: [{ span: tq.span, message: { zh: `合计：${tq.text}`, en: `Total: ${tq.text}` } }],
    fixes: [
      {
        title: { zh: `改为 ${m.corrected}`, en: `Change to ${m.corrected}` },
        edits: [{ span: m.figure.span, newText: m.corrected }],
      },
    ],
  };
}

function sumSlipDraft(model: Model, slip: SumSlip): Draft {
  const p = slip.partition;
  const isTotal = slip.figure === p.total.q;
  const tq = p.total.q;
  const lt = lineNumber(model, tq.span.start);
  // The sum in the unit of a figure that is right: the total's, or a part's when the total slipped.
  const ref = (isTotal ? p.parts[0]?.q : undefined) ?? tq;
  const sumShown = `${shown(slip.sum, ref)} ${unitLabel(ref)}`;
  const others = isTotal ? p.parts.map((x) => x.q) : [tq, ...p.parts.map((x) => x.q).filter((q) => q !== slip.figure)];
  return {
    span: slip.figure.span,
    message: slip.bound === true
      ? isTotal
        ? {
            zh: `合计 ${slip.figure.text} 疑为 ${slip.corrected}：其中所列各分项之和 ${sumShown} 已超过它，疑似“万”“亿”笔误`,
            en: `The total ${slip.figure.text} looks like ${slip.corrected}: the parts listed under it already add up to ${sumShown}, more than it, a 万/亿 slip?`,
          }
        : {
            zh: `分项 ${slip.figure.text} 疑为 ${slip.corrected}：如此写则分项超过合计 ${tq.text}（第 ${lt} 行），改正后不再超过，疑似“万”“亿”笔误`,
            en: `The part ${slip.figure.text} looks like ${slip.corrected}: as written the parts exceed the total ${tq.text} (line ${lt}), corrected they do not, a 万/亿 slip?`,
          }
      : isTotal
      ? {
          zh: `合计 ${slip.figure.text} 疑为 ${slip.corrected}：各分项之和为 ${sumShown}，疑似“万”“亿”笔误`,
          en: `The total ${slip.figure.text} looks like ${slip.corrected}: its parts add up to ${sumShown}, a 万/亿 slip?`,
        }
      : {
          zh: `分项 ${slip.figure.text} 疑为 ${slip.corrected}：如此各分项之和 ${sumShown} 恰等于合计 ${tq.text}（第 ${lt} 行），疑似“万”“亿”笔误`,
          en: `The part ${slip.figure.text} looks like ${slip.corrected}: then the parts add up to ${sumShown}, exactly the total ${tq.text} (line ${lt}), a 万/亿 slip?`,
        },
    related: others.map((q) => ({
      span: q.span,
      message: q === tq ? { zh: `合计：${q.text}`, en: `Total: ${q.text}` } : { zh: `分项：${q.text}`, en: `Part: ${q.text}` },
    })),
    fixes: [
      {
        title: { zh: `改为 ${slip.corrected}`, en: `Change to ${slip.corrected}` },
        edits: [{ span: slip.figure.span, newText: slip.corrected }],
      },
    ],
  };
}

/**
 * `总收入完成87.83万元，同比增收18.15亿元，增长26.04%`: the two amounts are 10⁴ apart from what the
 * growth says; which one slipped the growth cannot tell, so both fixes are offered.
 */
function riseOverLevelDraft(model: Model, r: RiseOverLevel): Draft {
  const line = lineNumber(model, r.level.span.start);
  const first = r.readings[0];
  const alt = first ? `${first.figure.text} → ${first.corrected}` : '';
  return {
    span: r.rise.span,
    message: {
      zh: `增加额 ${r.rise.text} 是增加后数额 ${r.level.text}（第 ${line} 行）的一千倍以上，而增加额不能超过增加后的数额；若 ${alt}，则合理：疑似“万”“亿”笔误`,
      en: `A rise of ${r.rise.text} is over a thousand times the amount it rose to, ${r.level.text} (line ${line}), yet a rise cannot exceed the amount it reached; with ${alt} it fits: a 万/亿 slip?`,
    },
    related: [{ span: r.level.span, message: { zh: `增加后数额：${r.level.text}`, en: `Amount reached: ${r.level.text}` } }],
    fixes: r.readings.map((x) => ({ title: { zh: `将 ${x.figure.text} 改为 ${x.corrected}`, en: `Change ${x.figure.text} to ${x.corrected}` }, edits: [{ span: x.figure.span, newText: x.corrected }] })),
  };
}

function incrementSlipDraft(model: Model, slip: IncrementSlip): Draft {
  const rel = slip.relation;
  const line = lineNumber(model, rel.level.span.start);
  const verb = rel.direction === 'up' ? { zh: '增长', en: 'growth' } : { zh: '下降', en: 'decline' };
  const first = slip.readings[0];
  const alt = first ? `${first.figure.text} → ${first.corrected}` : '';
  return {
    span: rel.increment.span,
    message: {
      zh: `增减额 ${rel.increment.text} 与数额 ${rel.level.text}（第 ${line} 行）相差约一万倍，与${verb.zh} ${rel.growth.text} 不合；若 ${alt}，则恰合：疑似“万”“亿”笔误`,
      en: `The change ${rel.increment.text} and the amount ${rel.level.text} (line ${line}) are about 10⁴ off the ${verb.en} ${rel.growth.text}; with ${alt} they give it exactly: a 万/亿 slip?`,
    },
    related: [
      { span: rel.level.span, message: { zh: `本年数额：${rel.level.text}`, en: `This year: ${rel.level.text}` } },
      { span: rel.growth.span, message: { zh: `${verb.zh}：${rel.growth.text}`, en: `${verb.en}: ${rel.growth.text}` } },
    ],
    fixes: slip.readings.map((r) => ({ title: { zh: `将 ${r.figure.text} 改为 ${r.corrected}`, en: `Change ${r.figure.text} to ${r.corrected}` }, edits: [{ span: r.figure.span, newText: r.corrected }] })),
  };
}

/** An amount three thousand times above or below every other amount of its sentence (relations/listOutliers.ts). */
function listOutlierDraft(model: Model, o: ListOutlier): Draft {
  const other = o.nearest;
  const line = lineNumber(model, other.span.start);
  const up = /[万萬]/.test(o.figure.text);
  return {
    span: o.figure.span,
    message: {
      zh: `${o.figure.text} 与同句其他金额相差三千倍以上（${up ? '最小' : '最大'}的为第 ${line} 行的 ${other.text}），疑为 ${o.corrected}，“万”“亿”笔误？`,
      en: `${o.figure.text} is over three thousand times ${up ? 'below' : 'above'} every other amount of its sentence (the ${up ? 'smallest' : 'largest'} is ${other.text} on line ${line}): ${o.corrected}, a 万/亿 slip?`,
    },
    related: [{ span: other.span, message: { zh: `同句金额：${other.text}`, en: `Amount in the same sentence: ${other.text}` } }],
    fixes: [{ title: { zh: `改为 ${o.corrected}`, en: `Change to ${o.corrected}` }, edits: [{ span: o.figure.span, newText: o.corrected }] }],
    ...(o.low ? { severity: 'info' as const } : {}),
  };
}

/** A lone amount three thousand times every other amount of the document (relations/outliers.ts). */
function outlierDraft(model: Model, o: MagnitudeOutlier): Draft {
  const other = o.largestOther;
  const line = lineNumber(model, other.span.start);
  return {
    span: o.figure.span,
    message: {
      zh: `${o.figure.text} 比文中其他金额都大三千倍以上（其次为第 ${line} 行的 ${other.text}），疑为 ${o.corrected}，“万”“亿”笔误？`,
      en: `${o.figure.text} is over three thousand times every other amount in the text (the next largest is ${other.text} on line ${line}): ${o.corrected}, a 万/亿 slip?`,
    },
    related: [{ span: other.span, message: { zh: `其次的金额：${other.text}`, en: `Next largest amount: ${other.text}` } }],
    fixes: [{ title: { zh: `改为 ${o.corrected}`, en: `Change to ${o.corrected}` }, edits: [{ span: o.figure.span, newText: o.corrected }] }],
  };
}

/**
 * An actual 10⁴ (or 10⁸) away from the plan of the same indicator and year, wherever the plan
 * is stated (`年初预算安排财政总收入8.1亿元` … `财政总收入完成8.42万元`). Figures already pinned by a
 * completion rate are reported there.
 */
function planSlips(model: Model, pinned: Set<Quantity>): Draft[] {
  const plans = planIndexOf(model);
  const out: Draft[] = [];
  for (const c of model.claims) {
    const q = model.quantities[c.quantity];
    if (!q || pinned.has(q) || c.kind !== 'level' || c.period.status !== 'actual' || c.period.year === undefined) continue;
    if (q.dimension !== 'money' || q.qualifier !== undefined || stageOf(c.indicator) !== undefined || !specificKey(c.key)) continue;
    for (const plan of plans.all(c.key, c.period.year, q.unit)) {
      const k = planSlip(q.value, plan.value);
      if (k === undefined || plan === q) continue;
      out.push(planSlipDraft(model, c, q, plan, k));
      break;
    }
  }
  return out;
}

function planSlipDraft(model: Model, c: Claim, q: Quantity, plan: Quantity, k: 4 | 8): Draft {
  const lp = lineNumber(model, plan.span.start);
  const times = k === 4 ? { zh: '一万倍', en: '10⁴' } : { zh: '一亿倍', en: '10⁸' };
  return {
    span: q.span,
    message: {
      zh: `${c.indicator} 实际为 ${q.text}，第 ${lp} 行的预算（计划）为 ${plan.text}，相差约${times.zh}：疑似“万”“亿”笔误`,
      en: `${c.indicator} is ${q.text} but its budget (plan) on line ${lp} is ${plan.text}, about ${times.en} apart: a 万/亿 slip?`,
    },
    related: [{ span: plan.span, message: { zh: `预算（计划）：${plan.text}`, en: `Budget (plan): ${plan.text}` } }],
    fixes: [],
  };
}
