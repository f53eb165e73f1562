// The one place that decides whether two claims of two reports speak of the same thing: the
// claim frame of GUIDE §5 (claims/frame.ts) plus the unit. The status (actual, target, estimate)
// is kept apart because the comparison depends on it; a finer stage (年初预算, 调整预算) is part of
// the key. Only the reporting territory's own figures are compared: a figure quoted for another
// territory, a park or a town says nothing about the county's.

import type { Claim, Period, Quantity } from '../types';
import { basisClass } from '../claims';
import { frameOf } from '../claims/frame';
import { canonicalKey } from '../relations/aggregates';
import { specificKey } from '../relations/levels';
import { opensSubset } from '../cues/breakdowns';

export interface CrossFrame {
  /** Equal keys = comparable claims (status aside). */
  key: string;
  status: Period['status'];
}

/** Heads that recur for different projects in one report (see relations/levels.ts). */
const GENERIC_HEAD = /^(总|年度|计划|完成|实施|项目|投资|新增|累计|共|获得|争取|落实|发放|带动|撬动|平均)/;

function rateKey(key: string): boolean {
  return key.length >= 4 && !GENERIC_HEAD.test(key) && !opensSubset(key);
}

/**
 * The frame of a claim, or undefined when the claim is not compared across reports: no year, a
 * multi-year total, a kind other than level/count/growth/pp change/rate, or an indicator that is
 * not specific enough to mean the same thing in two documents (`建设项目`, `实施工程`).
 */
export function crossKey(claim: Claim, q: Quantity): CrossFrame | undefined {
  const { period } = claim;
  if (period.year === undefined) return undefined;
  if (period.scope !== undefined && /累计|年来|十[三四五]五/.test(period.scope)) return undefined;
  if (claim.subset === true) return undefined;
  switch (claim.kind) {
    case 'level':
    case 'count':
      if (!specificKey(claim.key)) return undefined;
      break;
    case 'growth':
    case 'ppChange':
    case 'rate':
      if (!rateKey(claim.key)) return undefined;
      break;
    default:
      return undefined;
  }
  const frame = frameOf(claim);
  if (frame.subject.scope !== 'own') return undefined;
  const stage = frame.stage === period.status ? '' : frame.stage;
  const key = [canonicalKey(claim.key), period.year, period.scope ?? '', claim.kind, basisClass(claim.basis), q.unit, frame.population, stage].join('|');
  return { key, status: period.status };
}
