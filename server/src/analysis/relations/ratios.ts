// Shares stated next to their part, and the whole they are a share of:
//   `民生支出49.9亿元，占一般公共预算支出的78.2%`   part = 49.9亿元, whole = 一般公共预算支出 (looked up)
//   `其中：政府性投资151.4亿元，占比59.3%`            part = 151.4亿元, whole = the partition's total
//   `贷款余额289.5亿元，…，贷存比86.5%`               贷款余额 ÷ 存款余额 (a defined ratio)
// The whole is looked up among level claims of the same period and unit; when the document
// states it twice with different values, the relation is dropped (value-mismatch's business).

import type { Model } from '../checks/check';
import type { Claim, Quantity } from '../types';
import { eq } from '../decimal';
import { indicatorKey } from '../claims/indicator';
import { type Placed, claimsByQuantity, quantitiesBySentence } from './bySentence';
import { findPartitions } from './partitions';
import { canonicalKey } from './aggregates';
import { isPoint } from './precision';

export interface ShareRelation {
  share: Quantity;
  part: Quantity;
  whole: Quantity;
  /** Names for messages: the share's subject and the whole. */
  partName: string;
  wholeName: string;
  /** `completion`: a 完成率 (actual ÷ the same indicator's target); else a share. */
  what?: 'completion';
}

const LEVEL_DIMENSIONS = new Set(['money', 'area', 'people', 'visits', 'count', 'mass', 'power', 'energy', 'volume', 'length']);
/** The clause right before a share: `占一般公共预算支出的`, `占比`, `占全县…比重为`. */
const SHARE_CLAUSE = /^占(比|(.{1,24}?))(?:的)?(?:比重|比例)?(?:为|达到?|是)?$/;
/** The same with its own subject: `税收收入占一般公共预算收入的比重为63.7%`. */
const SUBJECT_SHARE_CLAUSE = /^([^占]{2,16}?)占([^占]{1,24}?)(?:的)?(?:比重|比例)?(?:为|达到?|是)?$/;

/** Ratios defined by two indicators: the share's key, the part's key, the whole's key. */
const DEFINED: { share: RegExp; part: RegExp; whole: RegExp; partName: string; wholeName: string }[] = [
  { share: /^(?:金融机构)?(?:贷存比|存贷比)$/, part: /贷款余额$/, whole: /存款余额$/, partName: '贷款余额', wholeName: '存款余额' },
  // 常住人口城镇化率 = 城镇常住人口 ÷ 常住人口 (常住 is dropped from keys).
  { share: /^(?:人口)?城镇化率$/, part: /^(?:年末)?城镇人口$/, whole: /^(?:年末)?(?:常住|总)?人口$/, partName: '城镇人口', wholeName: '常住人口' },
];

function periodOf(c: Claim): string {
  return [c.period.year, c.period.status, c.period.scope ?? ''].join('|');
}

/** First point level of each (key, period, unit); undefined-valued when stated inconsistently. */
function levelIndex(model: Model): Map<string, Quantity | null> {
  const out = new Map<string, Quantity | null>();
  for (const c of model.claims) {
    if (c.kind !== 'level' && c.kind !== 'count') continue;
    const q = model.quantities[c.quantity];
    if (!q || !isPoint(q) || !LEVEL_DIMENSIONS.has(q.dimension)) continue;
    const k = `${canonicalKey(c.key)}#${periodOf(c)}#${q.unit}`;
    const prev = out.get(k);
    if (prev === undefined) out.set(k, q);
    else if (prev !== null && !eq(prev.value, q.value)) out.set(k, null);
  }
  return out;
}

export function findShares(model: Model): ShareRelation[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const levels = levelIndex(model);
  const byKey = levelsByKey(levels);
  // Part → its partition's total (for `占比` without a named whole).
  const totalOf = new Map<Quantity, Quantity>();
  for (const p of findPartitions(model)) for (const part of p.parts) totalOf.set(part.q, p.total.q);

  const out: ShareRelation[] = [];
  model.sentences.forEach((sentence, si) => {
    const items = placed[si];
    items.forEach((item, i) => {
      const q = item.q;
      if (q.dimension !== 'percent' || !isPoint(q)) return;
      const claim = claims.get(item.index);
      // Defined ratios (贷存比).
      if (claim) {
        for (const d of DEFINED) {
          if (!d.share.test(claim.key)) continue;
          const rel = definedRatio(items, claims, d, claim, q, levels);
          if (rel) out.push(rel);
        }
      }
      const text = sentence.text;
      // 完成率: `地区生产总值285.6亿元，…，完成年度目标的98.3%` = the actual ÷ the year's target level
      // of the same indicator (stated in a table's 目标 column, or in the text as a target).
      // `完成18.62亿元，为年初预算18.2亿元的102.3%`: the plan figure stands right before the rate.
      const reference = i > 0 && text.slice(items[i - 1].end, item.start).trim() === '的' ? items[i - 1] : undefined;
      if (reference && PLAN_REFERENCE.test(text.slice(Math.max(0, reference.start - 12), reference.start))) {
        const part = levelBefore(items, i - 1, text, claims);
        if (part && part.q.unit === reference.q.unit && isPoint(reference.q)) {
          const partName = claims.get(part.index)?.indicator ?? '';
          out.push({ share: q, part: part.q, whole: reference.q, partName, wholeName: '目标', what: 'completion' });
        }
        return;
      }
      if (claim?.kind === 'completion') {
        let part = levelBefore(items, i, text, claims);
        if (!part) return;
        // `完成投资126.5亿元，年度计划投资120亿元，完成…的105.4%`: the plan stated after the actual.
        const at = items.indexOf(part);
        const planAfter = at > 0 ? planBefore(items, at, text, true) : undefined;
        if (planAfter) {
          const actual = items[at - 1];
          out.push({ share: q, part: actual.q, whole: part.q, partName: labelText(text, actual), wholeName: '目标', what: 'completion' });
          return;
        }
        const partClaim = claims.get(part.index);
        const stated =
          partClaim && partClaim.period.status === 'actual' && partClaim.period.year !== undefined
            ? levels.get(`${canonicalKey(partClaim.key)}#${[partClaim.period.year, 'target', partClaim.period.scope ?? ''].join('|')}#${part.q.unit}`)
            : undefined;
        const whole = stated ?? planBefore(items, items.indexOf(part), text);
        const partName = partClaim?.indicator ?? labelText(text, part);
        if (whole) out.push({ share: q, part: part.q, whole, partName, wholeName: '目标', what: 'completion' });
        return;
      }
      // The clause before the share, looked for within a bounded window (linear on any input).
      const windowStart = Math.max(0, item.start - 40);
      const win = text.slice(windowStart, item.start);
      const comma = Math.max(win.lastIndexOf('，'), win.lastIndexOf(','));
      if (comma < 0 && windowStart > 0) return;
      const clause = win.slice(comma + 1).replace(/[\s\u3000]+/g, '');
      const m = SHARE_CLAUSE.exec(clause);
      if (!m) {
        const named = SUBJECT_SHARE_CLAUSE.exec(clause);
        if (named && named[2] === '比') {
          // `其中税收收入7.1亿元，税收占比60.9%`: the named part's share of its total.
          const part = levelBefore(items, i, text, claims);
          const name = part && claims.get(part.index)?.indicator;
          const whole = part && totalOf.get(part.q);
          if (part && whole && name?.startsWith(named[1])) out.push({ share: q, part: part.q, whole, partName: name, wholeName: '合计' });
          return;
        }
        const rel = named && claim ? namedShare(named[1], named[2], q, claim, items.slice(0, i), claims, levels, byKey) : undefined;
        if (rel) out.push(rel);
        return;
      }
      const part = levelBefore(items, i, text, claims);
      if (!part) return;
      const partClaim = claims.get(part.index);
      const partName = partClaim?.indicator ?? text.slice(Math.max(0, part.start - 8), part.start);
      if (m[1] === '比') {
        const whole = totalOf.get(part.q);
        if (whole) out.push({ share: q, part: part.q, whole, partName, wholeName: '合计' });
        return;
      }
      const wholeName = m[2];
      const key = wholeName ? indicatorKey(wholeName) : undefined;
      const ref = partClaim ?? claim;
      if (!key || !ref) return;
      const whole = levels.get(`${canonicalKey(key)}#${periodOf(ref)}#${part.q.unit}`);
      if (whole && whole !== part.q) out.push({ share: q, part: part.q, whole, partName, wholeName });
    });
  });
  return out;
}

/** Levels by (key, period) whatever the unit; null when the key has levels in two units. */
function levelsByKey(levels: Map<string, Quantity | null>): Map<string, Quantity | null> {
  const out = new Map<string, Quantity | null>();
  for (const [k, q] of levels) {
    const kp = k.slice(0, k.lastIndexOf('#'));
    out.set(kp, out.has(kp) ? null : q);
  }
  return out;
}

/**
 * A share that names its part and its whole (`税收收入占一般公共预算收入的比重为63.7%`): the part is
 * the figure of that name just before (`税收收入11.3亿元，…`), else the period's level of it.
 */
function namedShare(
  subject: string,
  wholeName: string,
  share: Quantity,
  claim: Claim,
  before: Placed[],
  claims: Map<number, Claim>,
  levels: Map<string, Quantity | null>,
  byKey: Map<string, Quantity | null>,
): ShareRelation | undefined {
  const partKey = indicatorKey(subject);
  const wholeKey = indicatorKey(wholeName);
  if (!partKey || !wholeKey) return undefined;
  const period = periodOf(claim);
  let part: Quantity | undefined | null;
  for (let j = before.length - 1; j >= Math.max(0, before.length - 8) && !part; j--) {
    const c = claims.get(before[j].index);
    if (c && (c.kind === 'level' || c.kind === 'count') && canonicalKey(c.key) === canonicalKey(partKey) && isPoint(before[j].q)) part = before[j].q;
  }
  part ??= byKey.get(`${canonicalKey(partKey)}#${period}`);
  if (!part || !LEVEL_DIMENSIONS.has(part.dimension)) return undefined;
  const whole = levels.get(`${canonicalKey(wholeKey)}#${period}#${part.unit}`);
  if (!whole || whole === part) return undefined;
  return { share, part, whole, partName: subject, wholeName };
}

/**
 * The plan figure just before an actual in one sentence: `年度计划投资120亿元，实际完成投资126.5亿元，
 * 完成年度计划的105.4%`. Read from the words before each figure (计划/目标/预算 before the plan, 完成/实际
 * before the actual): such heads (年度计划投资) are too generic to be indicators of their own.
 */
function planBefore(items: Placed[], partAt: number, text: string, reversed = false): Quantity | undefined {
  const part = items[partAt];
  const labelOf = (j: number): string => text.slice(Math.max(items[j - 1]?.end ?? 0, items[j].start - 16), items[j].start);
  if (partAt < 1) return undefined;
  const plan = items[partAt - 1];
  // reversed: `items[partAt]` is the plan and the figure before it the actual.
  const [actualLabel, planLabel] = reversed ? [labelOf(partAt - 1), labelOf(partAt)] : [labelOf(partAt), labelOf(partAt - 1)];
  if (!/(完成|实际|实现)/.test(actualLabel) || !/(计划|目标|预算|任务)/.test(planLabel) || /(完成|实际)/.test(planLabel)) return undefined;
  if (plan.q.unit !== part.q.unit || !isPoint(plan.q)) return undefined;
  return reversed ? part.q : plan.q;
}

/** The words naming a figure when it has no claim: its clause up to the figure (`实际完成投资`). */
function labelText(text: string, p: Placed): string {
  const before = text.slice(Math.max(0, p.start - 16), p.start);
  return before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1).trim();
}

/** Words before a plan figure a rate refers to: `为年初预算`, `完成调整预算`, `为年度计划`. */
const PLAN_REFERENCE = /(为|完成|达到)(年初|调整|年度|全年)?(预算|计划|目标|任务)数?$/;

/** Words before a change (`比上年增加2.3亿元`): such a figure is never the part of a share. */
const CHANGE_BEFORE = /(增加|减少|增长|下降|提高|降低|增收|减收|多|少)[了约近超达]?$/;

/**
 * The part of a share: the last level figure before it, in the same clause group (no `；`),
 * passing over changes (`民生支出42.15亿元，比上年增加2.3亿元，占…的80.5%` is 42.15's share).
 */
function levelBefore(items: Placed[], i: number, text: string, claims: Map<number, Claim>): Placed | undefined {
  let part: Placed | undefined;
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const it = items[j];
    if (it.q.dimension === 'percent' || it.q.dimension === 'pp') continue;
    if (claims.get(it.index)?.kind === 'change' || CHANGE_BEFORE.test(text.slice(Math.max(0, it.start - 4), it.start))) continue;
    part = it;
    break;
  }
  if (!part || !isPoint(part.q) || !LEVEL_DIMENSIONS.has(part.q.dimension)) return undefined;
  if (/[；;]/.test(text.slice(part.end, items[i].start))) return undefined;
  return part;
}

function definedRatio(
  items: Placed[],
  claims: Map<number, Claim>,
  d: (typeof DEFINED)[number],
  claim: Claim,
  share: Quantity,
  levels: Map<string, Quantity | null>,
): ShareRelation | undefined {
  // Prefer the part and whole stated in the same sentence; else the period's only level.
  const find = (re: RegExp): Quantity | undefined => {
    for (const it of items) {
      const c = claims.get(it.index);
      if (c && (c.kind === 'level' || c.kind === 'count') && re.test(c.key) && isPoint(it.q)) return it.q;
    }
    for (const [k, q] of levels) {
      const [key, period] = k.split('#');
      if (q && re.test(key) && period === periodOf(claim)) return q;
    }
    return undefined;
  };
  const part = find(d.part);
  const whole = find(d.whole);
  if (!part || !whole || part.unit !== whole.unit) return undefined;
  return { share, part, whole, partName: d.partName, wholeName: d.wholeName };
}
