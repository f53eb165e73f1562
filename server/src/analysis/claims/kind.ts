// What kind of figure a quantity is, read from its unit and the words just before it.

import type { ClaimKind, Direction, Quantity } from '../types';
import { directionAtEnd, TO_LEVEL } from '../cues/changes';

const SHARE = /(占|占比|比重|比例|占全县|份额)/;
/** `完成年度目标的`, `为年初预算的`, `完成调整预算的`, `完成率`. */
const COMPLETION = /(完成率|完成(年度|全年)?(计划|目标|任务)?的|(完成|为)(年初|调整|年度|全年)?(预算|计划|目标|任务)数?[^，,；;。]{0,12}的)$/;

export interface KindInfo {
  kind: ClaimKind;
  direction?: Direction;
}

/** `tail` is the text right before the figure (after the previous figure), unstripped. */
export function kindOf(q: Quantity, tail: string): KindInfo {
  const t = tail.replace(/[\s\u3000]+$/, '').replace(/(分别|同比|环比|约|近|超|了|达)$/, '');
  const t2 = t.replace(/(同比|环比|分别)$/, '');
  const direction = directionAtEnd(t2);
  if (q.dimension === 'pp') return { kind: 'ppChange', direction: direction ?? 'up' };
  if (q.dimension === 'percent') {
    if (TO_LEVEL.test(t) && !direction) return { kind: share(t) ? 'share' : 'rate' };
    if (direction) return { kind: 'growth', direction };
    if (COMPLETION.test(t)) return { kind: 'completion' };
    if (share(t)) return { kind: 'share' };
    return { kind: 'rate' };
  }
  if (direction && !TO_LEVEL.test(t)) return { kind: 'change', direction };
  if (q.dimension === 'count') return { kind: 'count' };
  return { kind: 'level' };
}

function share(t: string): boolean {
  return SHARE.test(t.slice(-12));
}
