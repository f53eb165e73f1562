// GDP and its three sectors stated apart: `全年实现地区生产总值198.6亿元…` in one paragraph,
// `三次产业增加值分别实现30.4亿元、72.8亿元、95.4亿元` in another. By definition 地区生产总值 is the
// sum of the value added of the three sectors, so the four levels of one period form a complete
// partition wherever they stand. Only figures stated once (or always alike) are used: a level
// stated twice with different values is value-mismatch's business.

import type { Model } from '../checks/check';
import type { Claim, Quantity } from '../types';
import { eq } from '../decimal';
import { canonicalKey } from './aggregates';
import { yearOrSentence } from '../claims/frame';
import { isPoint } from './precision';
import type { Partition } from './partitions';

const GDP = '地区生产总值';
const SECTORS = ['第一产业增加值', '第二产业增加值', '第三产业增加值'];

function periodOrSentence(c: Claim): string {
  // Without a known year, the sentence stands for the period (figures of one sentence share it).
  return `${yearOrSentence(c) ?? ''}|${c.period.status}|${c.period.scope ?? ''}`;
}

/**
 * `2021年，全县完成地区生产总值224.8亿元…。第一产业完成增加值27.0亿元…。第二产业…`: sentences after the
 * GDP in its paragraph that name no year of their own are of the GDP's year (the paragraph opened
 * with it). Sector claims without a year take the year of the last GDP level before them there.
 */
function paragraphYears(model: Model): Map<Claim, number> {
  const out = new Map<Claim, number>();
  let last: { paragraph: number; year: number } | undefined;
  for (const c of model.claims) {
    const paragraph = model.sentences[c.sentence]?.paragraph;
    if (paragraph === undefined) continue;
    if (last && last.paragraph !== paragraph) last = undefined;
    const key = canonicalKey(c.key);
    if (c.kind === 'level' && key === GDP && c.period.year !== undefined) last = { paragraph, year: c.period.year };
    else if (c.kind === 'level' && last && c.period.year === undefined && SECTORS.includes(key)) out.set(c, last.year);
  }
  return out;
}

export function sectorPartitions(model: Model): Partition[] {
  // (key, period, unit) → the level, or null when stated with two values.
  const levels = new Map<string, { q: Quantity; index: number; claim: Claim } | null>();
  const carried = paragraphYears(model);
  for (const c0 of model.claims) {
    // Only levels (the copy below keeps the kind): the other claims are passed over first.
    if (c0.kind !== 'level') continue;
    const year = carried.get(c0);
    const c: Claim = year === undefined ? c0 : { ...c0, period: { ...c0.period, year } };
    if (c.kind !== 'level' || yearOrSentence(c) === undefined) continue;
    const key = canonicalKey(c.key);
    if (key !== GDP && !SECTORS.includes(key)) continue;
    const q = model.quantities[c.quantity];
    if (!q || !isPoint(q) || q.dimension !== 'money') continue;
    const k = `${key}#${periodOrSentence(c)}#${q.unit}`;
    const prev = levels.get(k);
    if (prev === undefined) levels.set(k, { q, index: c.quantity, claim: c });
    else if (prev !== null && !eq(prev.q.value, q.value)) levels.set(k, null);
  }
  const out: Partition[] = [];
  for (const [k, total] of levels) {
    if (!total || !k.startsWith(`${GDP}#`)) continue;
    const rest = k.slice(GDP.length);
    const parts = SECTORS.map((s) => levels.get(`${s}${rest}`));
    if (parts.some((p) => !p)) continue;
    const found = parts as { q: Quantity; index: number; claim: Claim }[];
    const first = found[0];
    if (first === undefined) continue;
    out.push({
      total: { index: total.index, q: total.q, start: 0, end: 0 },
      parts: found.map((p) => ({ index: p.index, q: p.q, start: 0, end: 0 })),
      labels: found.map((p) => p.claim.indicator),
      keys: SECTORS,
      complete: true,
      reason: '一/二/三产业',
      subset: false,
      sentence: first.claim.sentence,
    });
  }
  return out;
}
