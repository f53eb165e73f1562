// bound-violation: an aggregate's growth outside the range of its components' growth.
// 全体居民人均可支配收入 grows by a weighted mean of the urban and the rural growth, GDP by a
// weighted mean of the three sectors' growth; so `全体居民增长10.5%` with 城镇 1.6% and 农村 7%
// cannot be right. Claims are indexed by (key, period, kind): one lookup per aggregate claim.
// Tolerance: the rounding of the published figures (half a unit of the last digit of the
// aggregate and of the nearest component) plus, for per-capita figures, a composition margin.

import { basisClass } from '../claims';
import { yearOrSentence } from '../claims/frame';
import type { Check, Draft, Model } from './check';
import type { Claim, Quantity } from '../types';
import { type Decimal, add, cmp, dec, div, round, sub, toPlain } from '../decimal';
import { canonicalKey, componentsOf } from '../relations/aggregates';
import { isPoint, tolerance } from '../relations/precision';
import { findWeightViolations, type WeightViolation } from '../relations/weights';
import { signedValue } from '../claims/signed';

function periodKey(c: Claim): string | undefined {
  // Without a known year, the sentence stands for the period (figures of one sentence share it).
  const year = yearOrSentence(c);
  if (year === undefined) return undefined;
  return `${year}|${c.period.status}|${c.period.scope ?? ''}|${c.kind}|${basisClass(c.basis)}`;
}

interface Mention {
  claim: Claim;
  q: Quantity;
  value: Decimal;
}

export const boundViolation: Check = {
  code: 'bound-violation',
  defaultSeverity: 'error',
  needsClaims: true,
  title: {
    zh: '总体增速超出各组成部分增速的范围（如全体居民增速高于城镇和农村）',
    en: 'An aggregate growth rate outside the range of its components (e.g. all residents above urban and rural)',
  },
  docs: {
    description: {
      zh: '总体指标超出其组成部分的范围。例：「城镇居民收入增长5.5%，农村居民增长8%」而「全体居民增长9%」。',
      en: 'An aggregate outside the range of its components. Example: `城镇居民收入增长5.5%，农村居民增长8%` but `全体居民增长9%`.',
    },
    finding: 'an aggregate\'s growth outside its components\' growth; 全体 per-capita income outside [农村, 城镇] this year or last year (level ÷ (1 + growth))',
    example: '000 line 13: `全体居民增长 10.5% 高于城镇 1.6% 和农村 7%`',
    quickFix: '—',
  },
  run(model: Model): Draft[] {
    // First point mention of each (key, period, kind); text mentions come before table rows.
    const first = new Map<string, Mention>();
    for (const c of model.claims) {
      if (c.kind !== 'growth') continue;
      const pk = periodKey(c);
      const q = model.quantities[c.quantity];
      if (!pk || !q || !isPoint(q)) continue;
      const k = `${canonicalKey(c.key)}#${pk}`;
      if (!first.has(k)) first.set(k, { claim: c, q, value: signedValue(c, q) });
    }
    const drafts: Draft[] = [];
    for (const [k, agg] of first) {
      const set = componentsOf(agg.claim.key);
      if (!set) continue;
      const pk = k.slice(k.indexOf('#') + 1);
      const parts = set.keys.map((ck) => first.get(`${ck}#${pk}`));
      if (parts.some((p) => p === undefined)) continue;
      const comps = parts as Mention[];
      const head = comps[0];
      if (head === undefined) continue;
      if (anotherWholeBetween(model, agg, comps, set.keys)) continue;
      // `湖北省进出口总值…，其中出口…增长10.7%；进口…增长3.4%` … `民营企业…进出口…增长15.3%`: components whose
      // frame names another subject than the aggregate's break down another whole (GUIDE §5: every field).
      if (comps.some((c) => subjectOf(c.claim) !== subjectOf(agg.claim))) continue;
      let lo = head;
      let hi = head;
      for (const c of comps) {
        if (cmp(c.value, lo.value) < 0) lo = c;
        if (cmp(c.value, hi.value) > 0) hi = c;
      }
      const margin = dec(set.marginPp);
      const above = sub(agg.value, add(add(hi.value, tolerance(hi.q)), add(tolerance(agg.q), margin)));
      // Urbanisation only lifts the all-residents figure, so the margin applies above only.
      const below = sub(sub(lo.value, tolerance(lo.q)), tolerance(agg.q));
      const high = cmp(above, dec(0)) > 0;
      const low = cmp(agg.value, below) < 0;
      if (!high && !low) continue;
      drafts.push(draft(agg, comps, set.names, set.name, high));
    }
    for (const v of findWeightViolations(model)) drafts.push(weightDraft(v));
    return drafts;
  },
};

/**
 * True when another whole of the aggregate's kind is stated between the aggregate and its first
 * component (`生产总值341亿元，增长13.8%。不含红塔集团生产总值118.05亿元，增长10.2%。在生产总值中：
 * 第一产业…`): the components may break down that one; which one is not written.
 */
function anotherWholeBetween(model: Model, agg: Mention, comps: Mention[], componentKeys: readonly string[]): boolean {
  const aggKey = canonicalKey(agg.claim.key);
  const tail = aggKey.slice(-4);
  const from = agg.claim.quantity;
  const to = Math.min(...comps.map((c) => c.claim.quantity));
  if (tail.length < 4 || to <= from) return false;
  return model.claims.some((c) => {
    if (c.quantity <= from || c.quantity >= to) return false;
    const key = canonicalKey(c.key);
    return key !== aggKey && key.endsWith(tail) && !componentKeys.includes(key);
  });
}

/** A claim's subject as a comparable string (the report's own when none is named). */
function subjectOf(c: Claim): string {
  const s = c.subject;
  return s === undefined || s.scope === 'own' ? 'own' : `${s.scope}:${s.name}`;
}

function pct(m: Mention): string {
  return `${toPlain(m.value)}%`;
}

function listZh(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')} 和${items[items.length - 1]}`;
}

function listEn(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function draft(agg: Mention, comps: Mention[], names: { zh: string; en: string }[], name: { zh: string; en: string }, high: boolean): Draft {
  // names[i] names comps[i]: both follow the component set's keys (componentsOf builds them from one list).
  const zhParts = comps.map((c, i) => `${names[i]!.zh} ${pct(c)}`);
  const enParts = comps.map((c, i) => `${names[i]!.en} ${pct(c)}`);
  return {
    span: agg.q.span,
    message: {
      zh: `${name.zh}增长 ${pct(agg)} ${high ? '高于' : '低于'}${listZh(zhParts)}：总体增速应介于各组成部分之间`,
      en: `${name.en} growth ${pct(agg)} is ${high ? 'above' : 'below'} ${listEn(enParts)}: an aggregate grows between its components`,
    },
    related: comps.map((c, i) => ({
      span: c.q.span,
      message: { zh: `${names[i]!.zh}增长 ${pct(c)}`, en: `${names[i]!.en} growth ${pct(c)}` },
    })),
    fixes: [],
  };
}

/**
 * 全体 per-capita income outside [农村, 城镇]: the implied urban weight (全体 − 农村) ÷ (城镇 − 农村)
 * is outside [0, 1], this year from the levels or last year from level ÷ (1 + growth).
 */
function weightDraft(v: WeightViolation): Draft {
  const q = v.all.level;
  const unit = q.unitText || q.unit;
  const n = (d: Decimal): string => `${toPlain(round(d, 0))}${unit}`;
  const last = v.year === 'last';
  const w = div(sub(v.values.all, v.values.rural), sub(v.values.urban, v.values.rural), 3);
  const weight = w ? toPlain(w) : '—';
  const vals = { zh: `全体 ${n(v.values.all)}，城镇 ${n(v.values.urban)}，农村 ${n(v.values.rural)}`, en: `all ${n(v.values.all)}, urban ${n(v.values.urban)}, rural ${n(v.values.rural)}` };
  return {
    span: (last ? v.all.growth : undefined)?.span ?? q.span,
    message: last
      ? {
          zh: `按各自增速推算上年人均收入：${vals.zh}；全体不在城镇与农村之间（隐含城镇人口权重 ${weight}，应在 0～1 之间）`,
          en: `Last year's per-capita incomes implied by the growth rates: ${vals.en}; all residents are not between urban and rural (implied urban weight ${weight}, should be within 0–1)`,
        }
      : {
          zh: `全体居民人均收入 ${q.text} 不在城镇 ${v.urban.level.text} 与农村 ${v.rural.level.text} 之间（隐含城镇人口权重 ${weight}，应在 0～1 之间）`,
          en: `All residents' per-capita income ${q.text} is not between urban ${v.urban.level.text} and rural ${v.rural.level.text} (implied urban weight ${weight}, should be within 0–1)`,
        },
    related: [
      { span: v.urban.level.span, message: { zh: `城镇：${v.urban.level.text}${v.urban.growth ? `，增长 ${v.urban.growth.text}` : ''}`, en: `Urban: ${v.urban.level.text}` } },
      { span: v.rural.level.span, message: { zh: `农村：${v.rural.level.text}${v.rural.growth ? `，增长 ${v.rural.growth.text}` : ''}`, en: `Rural: ${v.rural.level.text}` } },
    ],
    fixes: [],
  };
}
