// What follows from one figure, as plain data: its exact value in readable forms, the signed
// growth rate, the previous level implied by a level and a growth rate of the same indicator in
// one sentence, and its share of a stated total. The hover and the CLI's JSON both show it, so
// the arithmetic lives here, once, in exact decimals.

import { abs, add, cmp, dec, div, round, shift, toGrouped, toPlain, toScientific, type Decimal } from './decimal';
import type { Analysis, Claim, PartOf, Quantity } from './types';

/** From this magnitude on, the scientific form helps to read the number. */
const SCIENTIFIC_FROM = dec(100_000);

/** The claim lookups an explanation needs; the server's cache and `claimLookup` provide them. */
export interface ClaimLookup {
  claimOf(quantity: number): Claim | undefined;
  claimsWithKey(key: string): readonly Claim[];
}

export interface ImpliedPrevious {
  level: number;
  growth: number;
  /** Signed growth rate in percent. */
  rate: string;
  /** Level ÷ (1 + rate), rounded, in the level's written unit (`unitText`). */
  value: string;
  /** The same with digit grouping, as shown to a reader. */
  valueGrouped: string;
  unitText: string;
  /** A qualifier (近, 以上 …) on either figure makes the estimate indicative only. */
  qualified: boolean;
}

export interface ShareOfTotal {
  total: number;
  /** Percent of the total, one decimal. */
  percent: string;
  /** False when the part is a 其中 subset rather than one of a complete partition. */
  complete: boolean;
}

export interface Explanation {
  /** The exact value with digit grouping (and the range's upper end). */
  grouped: string;
  groupedHi?: string;
  /** `2.317 × 10¹⁰` for magnitudes of 100,000 and more. */
  scientific?: string;
  /** Growth claims on a plain rate: the rate with its sign (`-2.3`). */
  signedGrowth?: string;
  impliedPrevious?: ImpliedPrevious;
  shareOfTotal?: ShareOfTotal;
}

/** Claim lookups built once for an analysis (the CLI's JSON explains every quantity). */
export function claimLookup(analysis: Analysis): ClaimLookup {
  const byQuantity = new Map<number, Claim>();
  const byKey = new Map<string, Claim[]>();
  for (const claim of analysis.claims) {
    byQuantity.set(claim.quantity, claim);
    const list = byKey.get(claim.key);
    if (list) list.push(claim);
    else byKey.set(claim.key, [claim]);
  }
  return { claimOf: (q) => byQuantity.get(q), claimsWithKey: (key) => byKey.get(key) ?? [] };
}

/** 万/亿 prefixes of a written unit relative to its base unit: `亿元` vs `元` → 8. */
function multiplierExponent(unitText: string, unit: string): number {
  const prefix = unitText.endsWith(unit) ? unitText.slice(0, unitText.length - unit.length) : '';
  let exponent = 0;
  for (const c of prefix) {
    if (c === '万') exponent += 4;
    else if (c === '亿') exponent += 8;
    else if (c === '千') exponent += 3;
    else if (c === '百') exponent += 2;
    else if (c === '十') exponent += 1;
    else return 0;
  }
  return exponent;
}

/** The signed growth rate in percent of a growth claim, or undefined when not a plain rate. */
export function signedGrowth(claim: Claim, quantity: Quantity): Decimal | undefined {
  if (claim.kind !== 'growth' || quantity.dimension !== 'percent' || quantity.hi) return undefined;
  const rate = abs(quantity.value);
  return claim.direction === 'down' ? { units: -rate.units, scale: rate.scale } : rate;
}

/**
 * Level ÷ (1 + g): the previous period's level implied by a level and a growth rate of the same
 * indicator in the same sentence. Official growth rates use comparable prices, so this is an
 * estimate, and the front ends label it so.
 */
function impliedPrevious(analysis: Analysis, lookup: ClaimLookup, claim: Claim): ImpliedPrevious | undefined {
  if (claim.sentence < 0) return undefined;
  const siblings = lookup.claimsWithKey(claim.key).filter((c) => c.sentence === claim.sentence);
  const levelClaim = claim.kind === 'level' ? claim : siblings.find((c) => c.kind === 'level');
  const growthClaim = claim.kind === 'growth' ? claim : siblings.find((c) => c.kind === 'growth');
  if (!levelClaim || !growthClaim) return undefined;
  const level = analysis.quantities[levelClaim.quantity];
  const growth = analysis.quantities[growthClaim.quantity];
  if (!level || !growth || level.hi) return undefined;
  const g = signedGrowth(growthClaim, growth);
  if (!g) return undefined;
  const factor = add(dec(1), shift(g, -2));
  const levelInWrittenUnit = shift(level.value, -multiplierExponent(level.unitText, level.unit));
  const previous = div(levelInWrittenUnit, factor, Math.max(levelInWrittenUnit.scale, 1) + 2);
  if (!previous) return undefined;
  const shown = round(previous, Math.max(levelInWrittenUnit.scale, 1));
  return {
    level: levelClaim.quantity,
    growth: growthClaim.quantity,
    rate: toPlain(g),
    value: toPlain(shown),
    valueGrouped: toGrouped(shown),
    unitText: level.unitText,
    qualified: level.qualifier !== undefined || growth.qualifier !== undefined,
  };
}

/** Part → its link, per analysis, built on first use: the CLI explains every quantity of a report. */
const partLinks = new WeakMap<Analysis, Map<number, PartOf>>();

function partLinkOf(analysis: Analysis, qi: number): PartOf | undefined {
  let links = partLinks.get(analysis);
  if (!links) {
    links = new Map();
    // The first link of a part wins, as a search from the start would find it.
    for (const link of analysis.partOf) if (!links.has(link.part)) links.set(link.part, link);
    partLinks.set(analysis, links);
  }
  return links.get(qi);
}

/** The share of its stated total, when the figure is a part of one in the same unit. */
function shareOfTotal(analysis: Analysis, qi: number): ShareOfTotal | undefined {
  const link = partLinkOf(analysis, qi);
  if (!link) return undefined;
  const part = analysis.quantities[qi];
  const total = analysis.quantities[link.total];
  if (!part || !total || part.unit !== total.unit) return undefined;
  const share = div(shift(part.value, 2), total.value, 4);
  if (!share) return undefined;
  return { total: link.total, percent: toPlain(round(share, 1)), complete: link.complete };
}

export function explainQuantity(analysis: Analysis, lookup: ClaimLookup, qi: number): Explanation | undefined {
  const q = analysis.quantities[qi];
  if (!q) return undefined;
  const explanation: Explanation = { grouped: toGrouped(q.value) };
  if (q.hi) explanation.groupedHi = toGrouped(q.hi);
  if (cmp(abs(q.value), SCIENTIFIC_FROM) >= 0) explanation.scientific = toScientific(q.value);
  const claim = lookup.claimOf(qi);
  if (!claim) return explanation;
  const g = signedGrowth(claim, q);
  if (g) explanation.signedGrowth = toPlain(g);
  const previous = impliedPrevious(analysis, lookup, claim);
  if (previous) explanation.impliedPrevious = previous;
  const share = shareOfTotal(analysis, qi);
  if (share) explanation.shareOfTotal = share;
  return explanation;
}
