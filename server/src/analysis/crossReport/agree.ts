// Whether two figures of equal frames may state the same number, and whether an actual met a
// target. Exact decimals; rounding tolerance as in value-mismatch (half a unit of the last
// written digit of either figure); bounds (以上, 以内, 余, 近) never contradict; an
// approximation (约, 左右) only when more than 10 % away.

import { type Decimal, abs, cmp, dec, mul, sub } from '../decimal';
import type { FactMention } from './facts';

function max(a: Decimal, b: Decimal): Decimal {
  return cmp(a, b) >= 0 ? a : b;
}

function bound(m: FactMention): boolean {
  const q = m.q.qualifier;
  return q === 'atLeast' || q === 'atMost' || q === 'over' || q === 'nearly';
}

export function agree(a: FactMention, b: FactMention): boolean {
  if (bound(a) || bound(b)) return true;
  const diff = abs(sub(a.value, b.value));
  // Targets are set, not measured: `增长6%` and `增长6.5%` are two targets, not one rounded.
  const exact = a.status === 'target' && b.status === 'target';
  if (exact ? diff.units === 0n : cmp(diff, max(a.tolerance, b.tolerance)) <= 0) return true;
  if (a.q.qualifier === 'approx' || b.q.qualifier === 'approx') {
    return cmp(mul(diff, dec(10)), max(abs(a.value), abs(b.value))) <= 0;
  }
  return false;
}

export type TargetOutcome = 'met' | 'missed';

/**
 * Whether `actual` met `target` (same frame, target vs actual). A ceiling (`5.5%以内`, 失业率,
 * 能耗) is met from below; anything else from above. Undefined when the target is a range.
 */
export function targetOutcome(target: FactMention, actual: FactMention): TargetOutcome | undefined {
  if (target.q.hi !== undefined) return undefined;
  const ceiling = target.q.qualifier === 'atMost' || /失业率|能耗|物价|居民消费价格|CPI|排放/.test(target.key);
  const c = cmp(actual.value, target.value);
  if (ceiling) return c <= 0 ? 'met' : 'missed';
  // A rounded actual equal to the target within its tolerance met it.
  if (c >= 0 || cmp(abs(sub(actual.value, target.value)), actual.tolerance) <= 0) return 'met';
  return 'missed';
}
