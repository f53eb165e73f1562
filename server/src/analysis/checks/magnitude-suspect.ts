// magnitude-suspect: (1) one indicator and period stated 10⁴ or 10⁸ apart — a 万/亿 slip
// (`15.1亿元` here, `15.1万元` there); (2) an impossible value: a share or a bounded rate
// (占比, 比重, 覆盖率, 入学率 …) over 100 %. Growth rates, 完成率, 贷存比 and multiples (倍) may
// exceed 100 and are never flagged. Groups come from relations/levels.ts: each mention is
// compared with the first of its group only.

import type { Check, Draft, Model } from './check';
import type { Claim, Quantity } from '../types';
import { cmp, dec } from '../decimal';
import { levelGroups, type LevelMention } from '../relations/levels';
import { magnitudeSlip } from '../relations/magnitude';
import { lineNumber } from './format';

/** Rates that cannot exceed 100 % by definition. */
const BOUNDED_RATE =
  /(覆盖率|普及率|入学率|巩固率|参保率|达标率|城镇化率|就业率|办结率|签约率|合格率|优良率|优良天数比例|建档率|治理率|处理率|保有率|电子化率|就诊率|普惠率|覆盖面|占比|比重|比例|失业率|森林覆盖率|绿化率|达标比例|留存率|收集率|回收率)$/;
/** A share of a plan, budget or task is a completion rate and may exceed 100 %. */
const PLAN = /(占|为|完成)(年初|调整|调整后|年度|全年|年)?(预算|计划|任务|目标)/;
const UNBOUNDED = /(完成率|增长率|增速|贡献率|贷存比|存贷比|负债率|产销率|倍)/;

function impossible(c: Claim, q: Quantity): boolean {
  if (q.dimension !== 'percent' || q.qualifier === 'atMost' || q.qualifier === 'nearly') return false;
  if (c.kind !== 'share' && c.kind !== 'rate') return false;
  if (UNBOUNDED.test(c.key)) return false;
  // `占年初预算的106.1%`, `占全年任务的100.6%`: a completion rate (actual ÷ plan), not a share.
  if (PLAN.test(c.key)) return false;
  if (c.kind === 'rate' && !BOUNDED_RATE.test(c.key)) return false;
  return cmp(q.value, dec(100)) > 0;
}

export const magnitudeSuspect: Check = {
  code: 'magnitude-suspect',
  defaultSeverity: 'warning',
  needsClaims: true,
  title: {
    zh: '数量级可疑：同一指标相差一万倍或一亿倍（万/亿笔误），或占比超过 100%',
    en: 'Suspect magnitude: one indicator 10⁴ or 10⁸ apart (万/亿 slip), or a share over 100 %',
  },
  run(model: Model): Draft[] {
    const drafts: Draft[] = [];
    for (const group of levelGroups(model)) {
      const first = group[0];
      for (const m of group.slice(1)) {
        if (m.q.qualifier !== first.q.qualifier) continue;
        const k = magnitudeSlip(first.q.value, m.q.value);
        if (k !== undefined) drafts.push(slipDraft(model, first, m, k));
      }
    }
    for (const c of model.claims) {
      const q = model.quantities[c.quantity];
      if (q && impossible(c, q)) drafts.push(overDraft(c, q));
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
