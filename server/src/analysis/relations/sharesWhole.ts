// Shares that prove a list whole: `其中：上年结转A，占13.08%；拨款收入B，占51.20%；事业收入C，占6.57%；
// 其他收入D，占29.15%`. When every part of a list carries its own share right after it and the shares add
// up to 100% within their rounding, the writer has said the parts are all of the total: a closing 其他 is
// the rest of the whole, not of one class, and a total that differs from the parts' sum is wrong as written.
// (The shares are read off each part's own clause, whatever whole the share check paired them with: a
// total written wrong leaves the shares fitting the parts' sum, not the total.)

import type { Model } from '../checks/check';
import { ZERO, abs, add, cmp, dec, sub } from '../decimal';
import { type Placed, claimsByQuantity, quantitiesBySentence } from './bySentence';
import { roundingOf } from './precision';

const HUNDRED = dec(100);

/** The share written for `part` before the next part of its list, of the part's own indicator. */
function shareOf(model: Model, part: Placed, next: Placed | undefined): Placed | undefined {
  const claims = claimsByQuantity(model);
  const own = claims.get(part.index);
  if (own === undefined || own.sentence < 0) return undefined;
  for (const x of quantitiesBySentence(model)[own.sentence] ?? []) {
    if (x.index <= part.index || (next !== undefined && x.index >= next.index)) continue;
    const c = claims.get(x.index);
    if (c?.kind === 'share' && c.key === own.key && x.q.unit === '%') return x;
    // Another amount before any share: the part has none of its own.
    if (x.q.dimension === part.q.dimension) return undefined;
  }
  return undefined;
}

/** True when each of `parts` (two or more) states its share and the shares add up to 100% within rounding. */
export function ownSharesMakeWhole(model: Model, parts: readonly Placed[]): boolean {
  if (parts.length < 2) return false;
  let total = ZERO;
  let slack = ZERO;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const share = part === undefined ? undefined : shareOf(model, part, parts[i + 1]);
    if (share === undefined) return false;
    total = add(total, share.q.value);
    slack = add(slack, roundingOf(share.q));
  }
  return cmp(abs(sub(total, HUNDRED)), slack) <= 0;
}
