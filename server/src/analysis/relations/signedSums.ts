// A total balance and its parts read with their signs (cues/balanceSigns.ts): `顺差552，其中货物顺差1536，服务
// 逆差610，初次收入逆差418，二次收入顺差44` adds up as 1536 − 610 − 418 + 44. Plain addition would take every
// deficit for a part of the surplus.

import type { Partition } from './partition';
import type { Quantity } from '../types';
import { type Decimal, sub, add, ZERO } from '../decimal';
import { balanceFamily, balanceSign, namesASignedBalance } from '../cues/balanceSigns';

export interface SignedReading {
  /** Each part's sign as written (a surplus 1, a deficit −1). */
  signs: (1 | -1)[];
  totalSign: 1 | -1;
  /** Σ sign × part, with surplus up. */
  signedSum: Decimal;
  /** The total with its sign. */
  signedTotal: Decimal;
  /** The family that makes the list whole, when it is whole. */
  family?: string;
}

/**
 * The parts' names are the words of each part's clause before its figure (`二次收入顺差`), which name a balance
 * whole even where the claim layer shortened them.
 * `'mixed'` when the total is a signed balance and its parts are not all signed (a net inflow among amounts
 * bought and sold): no sum, signed or not, holds them. Undefined when the total is no signed balance.
 */
export function signedReading(p: Partition, totalName: string, partNames: readonly string[]): SignedReading | 'mixed' | undefined {
  const totalSign = balanceSign(totalName);
  if (totalSign === undefined) return undefined;
  const signs = partNames.map(balanceSign);
  if (signs.some((s) => s === undefined)) return partNames.some(namesASignedBalance) ? 'mixed' : undefined;
  const known = signs as (1 | -1)[];
  // All parts of the total's own sign add as usual: nothing to read differently.
  if (known.every((s) => s === totalSign)) return undefined;
  let signedSum = ZERO;
  known.forEach((s, i) => {
    const v = (p.parts[i] as { q: Quantity }).q.value;
    signedSum = s > 0 ? add(signedSum, v) : sub(signedSum, v);
  });
  const signedTotal = totalSign > 0 ? p.total.q.value : sub(ZERO, p.total.q.value);
  return { signs: known, totalSign, signedSum, signedTotal, family: balanceFamily(totalName, partNames) };
}
