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
import { type Decimal, add, cmp, dec, sub, toPlain } from '../decimal';
import { canonicalKey, componentsOf } from '../relations/aggregates';
import { isPoint, tolerance } from '../relations/precision';

function periodKey(c: Claim): string | undefined {
  // Without a known year, the sentence stands for the period (figures of one sentence share it).
  const year = yearOrSentence(c);
  if (year === undefined) return undefined;
  return [year, c.period.status, c.period.scope ?? '', c.kind, basisClass(c.basis)].join('|');
}

/** Growth as a signed number: `下降3%` is -3. */
function signedValue(c: Claim, q: Quantity): Decimal {
  return c.direction === 'down' && q.value.units > 0n ? { units: -q.value.units, scale: q.value.scale } : q.value;
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
      let lo = comps[0];
      let hi = comps[0];
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
    return drafts;
  },
};

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
  const zhParts = comps.map((c, i) => `${names[i].zh} ${pct(c)}`);
  const enParts = comps.map((c, i) => `${names[i].en} ${pct(c)}`);
  return {
    span: agg.q.span,
    message: {
      zh: `${name.zh}增长 ${pct(agg)} ${high ? '高于' : '低于'}${listZh(zhParts)}：总体增速应介于各组成部分之间`,
      en: `${name.en} growth ${pct(agg)} is ${high ? 'above' : 'below'} ${listEn(enParts)}: an aggregate grows between its components`,
    },
    related: comps.map((c, i) => ({
      span: c.q.span,
      message: { zh: `${names[i].zh}增长 ${pct(c)}`, en: `${names[i].en} growth ${pct(c)}` },
    })),
    fixes: [],
  };
}
