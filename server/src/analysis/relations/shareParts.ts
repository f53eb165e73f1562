// What shares and completion rates are read from: the relation they state, the level a rate
// refers to (the last level before it), and an index of the document's levels by indicator,
// period and unit. Used by ratios.ts (shares) and completions.ts (完成率).

import type { Model } from '../checks/check';
import type { Claim, Quantity } from '../types';
import { eq } from '../decimal';
import { type Placed } from './bySentence';
import { canonicalKey } from './aggregates';
import { isPoint } from './precision';
import { changeBefore, comparisonBase } from '../cues/breakdowns';
import { ADDITIVE_DIMENSIONS } from './dimensions';
import { PLAN_REFERENCE, sharesNamedWholeAfter } from '../cues/shares';
import { overThePlan } from '../cues/stages';

export interface ShareRelation {
  share: Quantity;
  part: Quantity;
  whole: Quantity;
  /** Names for messages: the share's subject and the whole. */
  partName: string;
  wholeName: string;
  /** `completion`: a 完成率 (actual ÷ the plan it names); else a share. */
  what?: 'completion';
  /** A ratio by definition (节约率 = 节约资金 ÷ 预算): its pairing is no guess another reading could beat. */
  defined?: true;
  /** The whole is a target set as a round figure (`目标任务8亿元`): exact as written, not rounded. */
  wholeExact?: true;
}


/** A claim's period as one comparable value (year, stage, sub-year scope). */
export function periodOf(c: Claim): string {
  // A template, not an array joined: built for every level and share (`undefined` reads as '' as in a join).
  return `${c.period.year ?? ''}|${c.period.status}|${c.period.scope ?? ''}`;
}

/** A level figure of the document, by what it measures. */
interface LevelEntry {
  key: string;
  period: string;
  unit: string;
  /** The value, or null when the document states it twice with different values. */
  q: Quantity | null;
}

/**
 * Point levels by (canonical key, period, unit): the first value of each, or null when stated
 * inconsistently (that is value-mismatch's business, and no share is checked against it).
 * Keys are typed fields, not joined strings, so a `#` or `|` in an indicator cannot collide.
 */
export class LevelIndex {
  private readonly entries = new Map<string, Map<string, Map<string, LevelEntry>>>();

  constructor(model: Model) {
    for (const c of model.claims) {
      if (c.kind !== 'level' && c.kind !== 'count') continue;
      const q = model.quantities[c.quantity];
      if (!q || !isPoint(q) || !ADDITIVE_DIMENSIONS.has(q.dimension)) continue;
      const key = canonicalKey(c.key);
      // `东部地区实现典当总额354.9亿元，占全国典当总额的81%`: a level that takes its own share of a whole named
      // like it is a part of that whole (a region's, a sector's), not the level a later `占典当总额p%` means.
      const paragraph = model.paragraphs[q.paragraph];
      if (paragraph !== undefined && sharesNamedWholeAfter(paragraph.text.slice(q.at + q.length, q.at + q.length + 40), key)) continue;
      const period = periodOf(c);
      const byUnit = this.slot(key, period);
      const prev = byUnit.get(q.unit);
      if (!prev) byUnit.set(q.unit, { key, period, unit: q.unit, q });
      else if (prev.q !== null && !eq(prev.q.value, q.value)) prev.q = null;
    }
  }

  private slot(key: string, period: string): Map<string, LevelEntry> {
    let byPeriod = this.entries.get(key);
    if (!byPeriod) this.entries.set(key, (byPeriod = new Map()));
    let byUnit = byPeriod.get(period);
    if (!byUnit) byPeriod.set(period, (byUnit = new Map()));
    return byUnit;
  }

  /** The level of (key, period, unit): undefined when absent, null when inconsistent. */
  get(key: string, period: string, unit: string): Quantity | null | undefined {
    return this.entries.get(canonicalKey(key))?.get(period)?.get(unit)?.q;
  }

  /** The level of (key, period) whatever its unit; null when stated in two units. */
  anyUnit(key: string, period: string): Quantity | null | undefined {
    const byUnit = this.entries.get(canonicalKey(key))?.get(period);
    if (!byUnit || byUnit.size === 0) return undefined;
    return byUnit.size > 1 ? null : [...byUnit.values()][0]?.q;
  }

  /** The first consistent level whose key matches `re`, in the given period. */
  find(re: RegExp, period: string): Quantity | undefined {
    for (const [key, byPeriod] of this.entries) {
      if (!re.test(key)) continue;
      for (const e of byPeriod.get(period)?.values() ?? []) if (e.q) return e.q;
    }
    return undefined;
  }
}

/**
 * The part of a share or the actual of a completion rate: the last level figure before
 * `items[i]`, in the same clause group (no `；`), passing over changes (`民生支出42.15亿元，比上年
 * 增加2.3亿元，占…的80.5%` is 42.15's share).
 */
export function levelBefore(items: Placed[], i: number, text: string, claims: ReadonlyMap<number, Claim>): Placed | undefined {
  let part: Placed | undefined;
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const it = items[j];
    if (it === undefined) continue;
    if (it.q.dimension === 'percent' || it.q.dimension === 'pp') continue;
    if (claims.get(it.index)?.kind === 'change' || changeBefore(text.slice(Math.max(0, it.start - 6), it.start))) continue;
    // `比上年同期144987万元增收…，完成年初预算…的59.74%`: last year's amount is not this year's actual.
    if (comparisonBase(text.slice(Math.max(0, it.start - 20), it.start))) continue;
    // `完成63960万元，超收26660万元，占预算目标37300万元的171.47%`: the amount over the plan is no actual.
    if (overThePlan(text.slice(Math.max(0, it.start - 6), it.start))) continue;
    // `完成年初预算160000万元的115%，…`: a figure followed by 的 is the base of another rate.
    if (/^[）)]?的/.test(text.slice(it.end, it.end + 2))) continue;
    // `收入629.4亿元（已剔除…调入14.3亿元），完成预算(587.9亿元)的107.1%`: a figure inside a bracket the
    // rate stands outside of is named in passing; it is no actual nor part.
    if (insideClosedBracket(text, it.end, items[i]?.start ?? it.end)) continue;
    // `为市下三季度目标33.23亿元101.78%`: a plan figure (even with its 的 dropped) is no actual nor part.
    if (PLAN_REFERENCE.test(text.slice(Math.max(0, it.start - 24), it.start).replace(/[\s\u3000]+/g, ''))) continue;
    part = it;
    break;
  }
  if (!part || !isPoint(part.q) || !ADDITIVE_DIMENSIONS.has(part.q.dimension)) return undefined;
  const item = items[i];
  if (item === undefined || /[；;]/.test(text.slice(part.end, item.start))) return undefined;
  return part;
}

/**
 * True when a bracket opened before `from` closes between `from` and `to`: the figure at `from`
 * stands inside a bracket that the later figure is outside of. Bounded windows (linear).
 */
function insideClosedBracket(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 80), from);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  if (open < 0 || Math.max(before.lastIndexOf('）'), before.lastIndexOf(')')) > open) return false;
  return /[）)]/.test(text.slice(from, Math.min(to, from + 80)));
}

/** The words naming a figure when it has no claim: its clause up to the figure (`实际完成投资`). */
export function labelText(text: string, p: Placed): string {
  const before = text.slice(Math.max(0, p.start - 16), p.start);
  return before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1).trim();
}
