// ratio-sum: a structure ratio a：b：c whose terms do not add up to 100 (within rounding: each
// term ± half a unit of its last digit, and one unit of the finest decimal), or whose terms disagree with the stated levels
// (三次产业结构 18.5 ≈ 42.9 ÷ 231.7 = 18.52 %). Ratios come from relations/structure.ts.
// A ratio that is nowhere near 100 (`1：2：3`) is a proportion, not percentages: only sums
// within 90–110 are taken as percentages with a slip, except the three-sector structure.

import { namesTwoOfThreeSectors } from '../cues/shares';
import type { Check, Draft, Model } from './check';
import type { Quantity } from '../types';
import { type Decimal, abs, add, cmp, dec, div, eq, halfUlp, mul, round, sub, sum, toPlain } from '../decimal';
import { findStructureRatios, type StructureRatio } from '../relations/structure';
import { canonicalKey } from '../relations/aggregates';
import { sectionAt, sectionPeriods, type SectionPeriod } from '../claims/period';
import { isPoint, tolerance } from '../relations/precision';
import { shown as shownIn, unitLabel } from '../relations/display';
import { periodOf } from '../relations/shareParts';
import { doubtIfFar } from './format';
import { STRUCTURE_OF_OTHER_MEASURE } from '../cues/shares';

const HUNDRED = dec(100);
const SECTORS = ['第一产业增加值', '第二产业增加值', '第三产业增加值'];

function sectionPeriodOf(sections: SectionPeriod[], offset: number | undefined): string | undefined {
  const s = offset === undefined ? undefined : sectionAt(sections, offset);
  return s?.year === undefined ? undefined : [s.year, s.status, ''].join('|');
}

export const ratioSum: Check = {
  code: 'ratio-sum',
  defaultSeverity: 'warning',
  needsClaims: true,
  title: { zh: '结构比各项之和不为 100，或与文中数值不符', en: 'A structure ratio that does not add up to 100 or disagrees with the stated levels' },
  docs: {
    description: {
      zh: '结构比 a：b：c 之和不为 100，或与文中各数值不符。例：「三次产业结构比为18.5：14.6：67.9」（合计 101）。',
      en: 'A structure ratio a：b：c that does not sum to 100, or disagrees with the stated levels. Example: `三次产业结构比为18.5：14.6：67.9` (sums to 101).',
    },
    finding: 'a structure ratio a：b：c not summing to 100, or disagreeing with the sector levels',
    example: '`三次产业结构比为18.5：14.6：65.9` (sum 99)',
    quickFix: 'ratio from the levels',
  },
  run(model: Model): Draft[] {
    const ratios = findStructureRatios(model);
    if (ratios.length === 0) return [];
    // Sector levels by period (first point mention; null once stated with another value, as for a
    // whole county and again for its 县属 part: which the structure describes is not written), and
    // the period of each sentence.
    const sectorLevels = new Map<string, Quantity | null>();
    const sentencePeriod = new Map<number, string>();
    for (const c of model.claims) {
      if (c.sentence >= 0 && !sentencePeriod.has(c.sentence)) sentencePeriod.set(c.sentence, periodOf(c));
      const q = model.quantities[c.quantity];
      if (c.kind !== 'level' || !q || !isPoint(q) || q.dimension !== 'money') continue;
      const k = canonicalKey(c.key);
      if (!SECTORS.includes(k)) continue;
      const key = `${k}#${periodOf(c)}`;
      const prev = sectorLevels.get(key);
      if (prev === undefined) sectorLevels.set(key, q);
      else if (prev !== null && !eq(prev.value, q.value)) sectorLevels.set(key, null);
    }
    const sections = sectionPeriods(model.outline);
    const drafts: Draft[] = [];
    for (const r of ratios) {
      const total = sum(r.terms.map((t) => t.value));
      // Plus one unit of the finest decimal digit: structures are published from shares computed
      // on rounded levels (29.77 + 37.92 + 32.29 = 99.98 is how offices print it).
      const finest = Math.max(...r.terms.map((t) => t.decimals));
      const tol = add(sum(r.terms.map((t) => halfUlp(t.decimals))), finest > 0 ? add(halfUlp(finest), halfUlp(finest)) : dec(0));
      const off = abs(sub(total, HUNDRED));
      // (`第二、三产业增加值比例为62.1:37.4`: two sectors of three; the first holds the rest.)
      if (r.terms.length === 2 && namesTwoOfThreeSectors(r.context)) continue;
      const percentLike = r.sectors || cmp(off, dec(10)) <= 0;
      if (percentLike && cmp(off, tol) > 0) {
        drafts.push(sumDraft(r, total));
        continue;
      }
      if (!r.sectors) continue;
      // `由上年的14.1：32.8：53.1调整为…`: last year's structure, not this year's levels.
      // (`由上年同期的…`, `较去年末的…` too.)
      if (/(上年|去年|(19|20)\d\d年)(同期|末|底)?(的|末)?$/.test(r.context.replace(/[\s\u3000]+$/, ''))) continue;
      // `结构由38.7：37.2：24.1优化为…`: the structure it changed from, whatever year that was.
      // (`由2021年核实后的16.0：40.7：43.3调整为…`: words between 由 and the old structure still name it.)
      if (/[由从從][^，,。；;：:]{0,16}$/.test(r.context.replace(/[\s\u3000]+$/, ''))) continue;
      // `一、二、三产业投资占比分别为…`: the structure of another measure than value added.
      const clause = r.context.slice(Math.max(r.context.lastIndexOf('，'), r.context.lastIndexOf(','), r.context.lastIndexOf('。')) + 1);
      if (STRUCTURE_OF_OTHER_MEASURE.test(clause)) continue;
      // A ratio in a sentence of its own (`三次产业结构为10.9：36.5：52.6。`) takes the period of
      // the part it stands in, as the sector levels around it do.
      const period = sentencePeriod.get(r.sentence) ?? sectionPeriodOf(sections, model.sentences[r.sentence]?.span.start);
      if (!period) continue;
      const levels = SECTORS.map((k) => sectorLevels.get(`${k}#${period}`));
      if (levels.some((l) => !l)) continue;
      const d = levelsDraft(r, levels as Quantity[]);
      if (d) drafts.push(d);
    }
    return drafts;
  },
};

function maxOf(a: Decimal, b: Decimal): Decimal {
  return cmp(a, b) >= 0 ? a : b;
}

function sumDraft(r: StructureRatio, total: Decimal): Draft {
  const expr = r.terms.map((t) => t.text).join(' + ');
  return {
    span: r.span,
    message: {
      zh: `结构比各项之和 ${expr} = ${toPlain(total)}，不等于 100`,
      en: `The terms of the structure ratio add up to ${expr} = ${toPlain(total)}, not 100`,
    },
    related: [],
    fixes: [],
  };
}

/** Each term vs level ÷ sum of levels, by interval arithmetic on the rounded levels. */
function levelsDraft(r: StructureRatio, levels: Quantity[]): Draft | undefined {
  const whole = sum(levels.map((l) => l.value));
  const wholeTol = sum(levels.map((l) => tolerance(l)));
  const bad: number[] = [];
  const computed = levels.map((a) => div(mul(a.value, HUNDRED), whole, 10) ?? dec(0));
  // Published structures are forced to add up to 100, and offices do it their own way (2.5：27.5：70.0
  // where the levels give 2.46：27.45：70.09, or 2.52：27.39：70.09): when the stated terms add up to
  // exactly 100, a term may be off by a whole unit of its last digit, or carry the rounding of all
  // the other terms when it was written as the rest to 100 (7.13：27.1：65.77, where 27.1 is
  // rounded to one decimal and 65.77 absorbs it).
  const forced = cmp(sum(r.terms.map((t) => t.value)), HUNDRED) === 0;
  const allHalfUlps = sum(r.terms.map((t) => halfUlp(t.decimals)));
  r.terms.forEach((t, i) => {
    const a = levels[i];
    if (a === undefined) return;
    const lo = div(mul(sub(a.value, tolerance(a)), HUNDRED), add(whole, wholeTol), 10);
    const hi = div(mul(add(a.value, tolerance(a)), HUNDRED), sub(whole, wholeTol), 10);
    if (!lo || !hi) return;
    const own = halfUlp(t.decimals);
    const rest = sub(allHalfUlps, own);
    const h = forced ? maxOf(mul(own, dec(2)), rest) : own;
    if (cmp(add(t.value, h), lo) < 0 || cmp(sub(t.value, h), hi) > 0) bad.push(i);
  });
  const names = ['第一产业', '第二产业', '第三产业'];
  const i = bad[0];
  if (i === undefined) return undefined;
  // bad holds indices of terms that have a level and a computed share.
  const t = r.terms[i];
  const level = levels[i];
  const share = computed[i];
  if (t === undefined || level === undefined || share === undefined) return undefined;
  const shown = toPlain(round(share, t.decimals + 2));
  const replaced = bad.flatMap((j) => {
    const tj = r.terms[j];
    const cj = computed[j];
    return tj !== undefined && cj !== undefined ? [{ span: tj.span, newText: toPlain(round(cj, tj.decimals)) }] : [];
  });
  // A term far from its level's share, and no slip of it, describes another whole (relations/farApart.ts).
  const d: Draft = {
    span: t.span,
    message: {
      zh: `三次产业结构中${names[i]}占 ${t.text}，与增加值 ${level.text} ÷ ${shownIn(whole, level)}${unitLabel(level)} = ${shown}% 不符`,
      en: `Three-sector structure: ${names[i]} ${t.text} differs from ${level.text} ÷ the sum of the sectors = ${shown}%`,
    },
    related: levels.map((l, j) => ({ span: l.span, message: { zh: `${names[j]}增加值 ${l.text}`, en: `${names[j]} value added ${l.text}` } })),
    fixes: [{ title: { zh: '按各产业增加值重算结构比', en: 'Recompute the ratio from the sector values' }, edits: replaced }],
  };
  return doubtIfFar(d, t.value, share, t.decimals);
}
