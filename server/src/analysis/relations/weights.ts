// Per-capita income of all residents vs its urban and rural parts, from levels:
// 全体 = w·城镇 + (1 − w)·农村 with w the urban population weight, so the implied weight
// (全体 − 农村) ÷ (城镇 − 农村) must lie in [0, 1]: this year from the levels, and last year from
// the levels divided by (1 + growth). `全体30120元，城镇41230元，农村17650元` (w = 0.53) is fine;
// a 全体 level outside [农村, 城镇] this year or last year is not. Interval arithmetic over the
// rounding of every figure (half a unit of its last digit, growth rates to their last digit).

import type { Model } from '../checks/check';
import type { Claim, Quantity } from '../types';
import { type Decimal, add, cmp, dec, div, sub } from '../decimal';
import { canonicalKey, componentsOf } from './aggregates';
import { isPoint, tolerance } from './precision';
import { basisClass } from '../claims';

export interface WeightFigure {
  level: Quantity;
  growth?: Quantity;
  growthDown?: boolean;
}

export interface WeightViolation {
  all: WeightFigure;
  urban: WeightFigure;
  rural: WeightFigure;
  /** `this`: the levels; `last`: last year's levels implied by the growth rates. */
  year: 'this' | 'last';
  /** The three values compared (last year's as computed), in the levels' unit. */
  values: { all: Decimal; urban: Decimal; rural: Decimal };
}

type Interval = [Decimal, Decimal];

function periodKey(c: Claim): string | undefined {
  if (c.period.year === undefined) return undefined;
  return `${c.period.year}|${c.period.status}|${c.period.scope ?? ''}`;
}

/** The level's interval, or last year's: level ÷ (1 ± growth) over both roundings. */
function interval(f: WeightFigure, lastYear: boolean): Interval | undefined {
  const t = tolerance(f.level);
  const lo = sub(f.level.value, t);
  const hi = add(f.level.value, t);
  if (!lastYear) return [lo, hi];
  if (!f.growth) return undefined;
  const g = f.growth.value;
  const tg = tolerance(f.growth);
  const signed = (v: Decimal): Decimal => (f.growthDown ? { units: -v.units, scale: v.scale } : v);
  // factor = 1 + g/100; the lowest last-year value has the highest factor.
  const factor = (v: Decimal): Decimal | undefined => div(add(dec(100), signed(v)), dec(100), 12);
  const fHi = factor(f.growthDown ? sub(g, tg) : add(g, tg));
  const fLo = factor(f.growthDown ? add(g, tg) : sub(g, tg));
  if (!fHi || !fLo || fLo.units <= 0n) return undefined;
  const a = div(lo, fHi, 6);
  const b = div(hi, fLo, 6);
  return a && b ? [a, b] : undefined;
}

function middle(i: Interval): Decimal {
  return div(add(i[0], i[1]), dec(2), 6) ?? i[0];
}

/** True when `a` lies wholly outside the hull of `u` and `r`. */
function outside(a: Interval, u: Interval, r: Interval): boolean {
  const lo = cmp(u[0], r[0]) <= 0 ? u[0] : r[0];
  const hi = cmp(u[1], r[1]) >= 0 ? u[1] : r[1];
  return cmp(a[1], lo) < 0 || cmp(a[0], hi) > 0;
}

export function findWeightViolations(model: Model): WeightViolation[] {
  // First point level and growth of each (key, period).
  const levels = new Map<string, Quantity>();
  const growths = new Map<string, { q: Quantity; down: boolean }>();
  for (const c of model.claims) {
    const pk = periodKey(c);
    const q = model.quantities[c.quantity];
    if (!pk || !q || !isPoint(q)) continue;
    const k = `${canonicalKey(c.key)}|${pk}`;
    if (c.kind === 'level' && q.dimension === 'money' && !levels.has(k)) levels.set(k, q);
    if (c.kind === 'growth' && basisClass(c.basis) === basisClass(undefined) && !growths.has(k)) growths.set(k, { q, down: c.direction === 'down' });
  }
  const out: WeightViolation[] = [];
  for (const [k, level] of levels) {
    const bar = k.indexOf('|');
    const key = k.slice(0, bar);
    const pk = k.slice(bar);
    const set = componentsOf(key);
    if (!set || set.name.en !== 'all residents' || !/人均/.test(key)) continue;
    const figure = (ck: string, q: Quantity): WeightFigure => {
      const g = growths.get(`${ck}${pk}`);
      return { level: q, growth: g?.q, growthDown: g?.down };
    };
    const [uq, rq] = set.keys.map((ck) => levels.get(`${ck}${pk}`));
    const [urbanKey, ruralKey] = set.keys;
    if (!uq || !rq || urbanKey === undefined || ruralKey === undefined || uq.unit !== level.unit || rq.unit !== level.unit) continue;
    const all = figure(key, level);
    const urban = figure(urbanKey, uq);
    const rural = figure(ruralKey, rq);
    for (const lastYear of [false, true]) {
      const [a, u, r] = [all, urban, rural].map((f) => interval(f, lastYear));
      if (!a || !u || !r) continue;
      if (outside(a, u, r)) {
        out.push({ all, urban, rural, year: lastYear ? 'last' : 'this', values: { all: middle(a), urban: middle(u), rural: middle(r) } });
        break;
      }
    }
  }
  return out;
}
