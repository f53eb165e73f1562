// The claim frame (GUIDE §5) and the one comparison that decides whether two claims speak of the
// same quantity. Every field must agree: whose figure (subject scope, population), what
// (indicator), when (year, sub-year scope), at which stage (target, budget, adjusted budget,
// estimate, actual), against what (basis) and what kind of figure. A field unknown on one side
// and known on the other makes the two incomparable: silence is the price of precision.

import type { Claim, ClaimKind } from '../types';
import type { SubjectScope } from '../cues/subjects';
import type { Stage } from '../cues/stages';
import { type BasisClass, basisClass } from '../cues/bases';

export interface ClaimFrame {
  subject: SubjectScope;
  /** Unmarked population figures count the resident (常住) population. */
  population: '户籍' | '常住';
  /** The indicator key (synonyms merged). */
  indicator: string;
  /** The year, when known from the text, a heading or the title. */
  year?: number;
  /** Sub-year scope (`上半年`, `前三季度`, `累计`); '' for the whole year. */
  scope: string;
  /**
   * The sentence a figure stands in: figures of one sentence (one 其中/分别 construction) share
   * their period even when no year is known anywhere. Undefined for table rows.
   */
  anchor?: number;
  stage: Stage;
  basis: BasisClass;
  /** The caliber (`改革后`, `市口径`); '' when none is named. */
  caliber: string;
  kind: ClaimKind;
}

/** The frame of a claim; `canonical` merges indicator keys further (relations/aggregates). */
export function frameOf(c: Claim, canonical: (key: string) => string = (k) => k): ClaimFrame {
  return {
    subject: c.subject ?? { scope: 'own' },
    population: c.population ?? '常住',
    indicator: canonical(c.key),
    year: c.period.year,
    scope: c.period.scope ?? '',
    anchor: c.construction ?? (c.sentence >= 0 ? c.sentence : undefined),
    stage: c.stage ?? c.period.status,
    basis: basisClass(c.basis),
    caliber: c.caliber ?? '',
    kind: c.kind,
  };
}

function sameSubject(a: SubjectScope, b: SubjectScope): boolean {
  if (a.scope !== b.scope) return false;
  return a.scope === 'own' || (b.scope !== 'own' && a.name === b.name);
}

/**
 * The year field: equal when both are known; when neither is, only inside one sentence (they
 * share their period); a year known on one side only never meets an unknown one.
 */
function samePeriodYear(a: ClaimFrame, b: ClaimFrame): boolean {
  if (a.year !== undefined && b.year !== undefined) return a.year === b.year;
  if (a.year === undefined && b.year === undefined) return a.anchor !== undefined && a.anchor === b.anchor;
  return false;
}

/** True when the two frames name one quantity, so that their figures must agree. */
export function comparable(a: ClaimFrame, b: ClaimFrame): boolean {
  return (
    a.indicator === b.indicator &&
    a.kind === b.kind &&
    a.scope === b.scope &&
    a.stage === b.stage &&
    a.basis === b.basis &&
    a.caliber === b.caliber &&
    a.population === b.population &&
    sameSubject(a.subject, b.subject) &&
    samePeriodYear(a, b)
  );
}

/**
 * Items grouped by comparable frames, each group in input order and led by its first item (the
 * one every other member is compared with). Items are bucketed by indicator first; within a
 * bucket a new item joins the first group whose leader is comparable, so the work is linear in
 * the items times the few distinct frames one indicator has.
 */
export function frameGroups<T>(items: readonly T[], frame: (item: T) => ClaimFrame | undefined): T[][] {
  const buckets = new Map<string, { leader: ClaimFrame; members: T[] }[]>();
  const order: T[][] = [];
  for (const item of items) {
    const f = frame(item);
    if (!f) continue;
    let bucket = buckets.get(f.indicator);
    if (!bucket) buckets.set(f.indicator, (bucket = []));
    const group = bucket.find((g) => comparable(g.leader, f));
    if (group) group.members.push(item);
    else {
      const members = [item];
      bucket.push({ leader: f, members });
      order.push(members);
    }
  }
  return order;
}

/**
 * The year of a claim for checks that index claims by period: the year when known, else the
 * sentence it stands in (`s12`), since figures of one sentence share their period (GUIDE §5).
 * Undefined for a table row without a year.
 */
export function yearOrSentence(c: Claim): string | undefined {
  if (c.period.year !== undefined) return String(c.period.year);
  const anchor = c.construction ?? c.sentence;
  return anchor >= 0 ? `s${anchor}` : undefined;
}

/**
 * A figure in a sentence that goes on breaking down the total before it (`。其中，…依次为：纺织业
 * 实现营业收入…，实现利润总额…`) that was not read as one of the parts: its subject is written
 * somewhere in its clause in a form the claims did not take up, so whose figure it is stays
 * unknown. Such a figure is compared with nothing outside its sentence.
 */
export function strayInBreakdown(c: Claim): boolean {
  return c.construction !== undefined && c.construction !== c.sentence && c.subset !== true;
}
