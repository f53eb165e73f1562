// A change written with its direction in words (`下降3.5%`) as a signed number (-3.5). A figure
// already written with its sign (a table's `-3.5`) keeps it.

import type { Claim, Quantity } from '../types';
import type { Decimal } from '../decimal';

/** True when the claim's words turn the written figure negative. */
export function negatedByWords(c: Claim, q: Quantity): boolean {
  return c.direction === 'down' && q.value.units > 0n;
}

/** The figure as a signed number: `下降3.5%` and a table's `-3.5` are both -3.5. */
export function signedValue(c: Claim, q: Quantity): Decimal {
  return negatedByWords(c, q) ? { units: -q.value.units, scale: q.value.scale } : q.value;
}
