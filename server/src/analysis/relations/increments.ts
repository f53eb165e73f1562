// Level, growth rate and increment of one indicator in one clause group:
//   `税收收入3260万元，增长8.5%，增收255万元`   255 = 3260 − 3260 ÷ 1.085 (within rounding)
//   `非税收入1.2亿元，下降6%，减收766万元`     766 = 1.2亿 ÷ 0.94 − 1.2亿
// The growth implied by the level X and the increment Y is Y ÷ (X − Y) (up) or Y ÷ (X + Y)
// (down), or Y ÷ X when X is last year's (`较上年决算5520万元，增收1716万元，增幅31.1%`); the stated
// growth must agree within the rounding of all three figures.
// Only nominal money figures are read: a GDP or value-added growth is at comparable prices while
// its increment is nominal, and a balance's `比年初增加` has another base than its `同比增长`.

import type { Model } from '../checks/check';
import type { Claim, Quantity } from '../types';
import { type Placed, claimsByQuantity, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { changeBefore } from '../cues/breakdowns';

export interface IncrementRelation {
  level: Quantity;
  growth: Quantity;
  increment: Quantity;
  direction: 'up' | 'down';
  name: string;
  /** The level is last year's (`较上年决算5520万元，增收1716万元，增幅31.1%`): growth = Y ÷ X. */
  levelIsBase: boolean;
}

/** Words that make a level last year's: the base of the growth, not this year's amount. */
const BASE_LEVEL = /(?:上年|去年|上期|同期|基期)[^，,；;。]{0,6}$/;

/** Indicators whose growth is at comparable prices (real), not the nominal change. */
const REAL_GROWTH = /生产总值|增加值|GDP|产值|可比|零售总额|消费价格|指数/;
/** Increments on another base than the year-on-year growth (`比年初增加`, `较上月`). */
const OTHER_BASE = /年初|上月|上季|环比|同口径|自然口径/;
const DOWN_WORDS = /(减少|下降|减收|降低|少收|回落)[了约近超达]?$/;

/** The clause group of a sentence a figure lies in: split at `；`. */
function groupOf(text: string, p: Placed): [number, number] {
  let a = p.start;
  while (a > 0 && !/[；;]/.test(text[a - 1])) a--;
  let b = p.end;
  while (b < text.length && !/[；;]/.test(text[b])) b++;
  return [a, b];
}

export function findIncrements(model: Model): IncrementRelation[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: IncrementRelation[] = [];
  model.sentences.forEach((sentence, si) => {
    const text = sentence.text;
    if (OTHER_BASE.test(text) || /可比/.test(text)) return;
    const items = placed[si];
    items.forEach((_, i) => {
      const rel = incrementAt(text, items, i, claims);
      if (rel) out.push(rel);
    });
  });
  return out;
}

/** The triple that starts at the level items[i], when the next two figures are a growth and an increment. */
function incrementAt(text: string, items: Placed[], i: number, claims: Map<number, Claim>): IncrementRelation | undefined {
  const level = items[i];
  const claim = claims.get(level.index);
  if (level.q.dimension !== 'money' || !isPoint(level.q) || claim?.kind !== 'level') return undefined;
  if (REAL_GROWTH.test(claim.key) || changeBefore(text.slice(Math.max(0, level.start - 6), level.start))) return undefined;
  const next = items.slice(i + 1, i + 3);
  if (next.length < 2) return undefined;
  const [group0, group1] = groupOf(text, level);
  if (next.some((p) => p.start < group0 || p.end > group1 || !isPoint(p.q))) return undefined;
  const growth = next.find((p) => p.q.dimension === 'percent');
  const increment = next.find((p) => p.q.dimension === 'money');
  if (!growth || !increment || increment.q.unit !== level.q.unit) return undefined;
  const g = claims.get(growth.index);
  if (g?.kind !== 'growth' || !g.direction) return undefined;
  const incBefore = text.slice(Math.max(0, increment.start - 6), increment.start);
  if (!changeBefore(incBefore)) return undefined;
  const incDown = DOWN_WORDS.test(incBefore.replace(/\s+/g, ''));
  if ((g.direction === 'down') !== incDown) return undefined;
  const levelIsBase = BASE_LEVEL.test(text.slice(Math.max(0, level.start - 12), level.start));
  // A base level's indicator is its comparison words (`较上年决算`): no name for messages then.
  return { level: level.q, growth: growth.q, increment: increment.q, direction: g.direction, name: levelIsBase ? '' : claim.indicator, levelIsBase };
}
