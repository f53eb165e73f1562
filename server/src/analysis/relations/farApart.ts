// How far a stated rate lies from the one its figures give. A slip moves it a little, or as a
// typing slip does (`4%` typed `14%`), or by orders of magnitude (a 万/亿 slip in a figure); a
// rate more than half again off, or under two thirds, and neither of those, is far more often
// computed from other figures than the ones the engine paired it with (a completion rate over
// another plan, a growth on a 同口径 base, a share of another whole): on real reports every such
// share or growth was. share-mismatch shows those as information.

import { type Decimal, abs, cmp, dec, div, isZero, round } from '../decimal';
import { typingSlip } from './typos';

const FAR = dec(15, 1);
/** A thousandfold gap and more is a slip of magnitude in one of the figures, not another pairing. */
const SLIP_OF_MAGNITUDE = dec(1000);

/**
 * True when `stated` (written to `decimals` places) and `computed` differ by a factor over 1.5
 * and under 1000, and the computed value, rounded as the stated one is written, is no typing slip
 * away from it.
 */
export function farApart(stated: Decimal, computed: Decimal, decimals: number): boolean {
  if (isZero(stated) || isZero(computed) || (stated.units < 0n) !== (computed.units < 0n)) return false;
  if (typingSlip(stated, round(computed, decimals))) return false;
  const a = abs(stated);
  const b = abs(computed);
  const r = cmp(a, b) >= 0 ? div(a, b, 6) : div(b, a, 6);
  return r !== undefined && cmp(r, FAR) > 0 && cmp(r, SLIP_OF_MAGNITUDE) < 0;
}
