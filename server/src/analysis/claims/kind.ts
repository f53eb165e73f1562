// What kind of figure a quantity is, read from its unit and the words just before it.

import type { ClaimKind, Direction, Quantity } from '../types';

const UP = /(增长|增加|增速|增幅|上升|提高|提升|上涨|涨幅|扩大)$/;
const DOWN = /(下降|减少|降低|回落|下滑|缩小|收窄)$/;
/** `提高到45%`, `下降至3%`: the figure after 到/至 is a level, not a change. */
const TO_LEVEL = /(到|至|达到|为|在)$/;
const SHARE = /(占|占比|比重|比例|占全县|份额)/;
/** `完成年度目标的`, `为年初预算的`, `完成调整预算的`, `完成率`. */
const COMPLETION = /(完成率|完成(年度|全年)?(计划|目标|任务)?的|(完成|为)(年初|调整|年度|全年)?(预算|计划|目标|任务)数?[^，,；;。]{0,12}的)$/;

export interface KindInfo {
  kind: ClaimKind;
  direction?: Direction;
}

/** `tail` is the text right before the figure (after the previous figure), unstripped. */
export function kindOf(q: Quantity, tail: string): KindInfo {
  const t = tail.replace(/[\s\u3000]+$/, '').replace(/(分别|同比|约|近|超|了|达)$/, '');
  const t2 = t.replace(/(同比|分别)$/, '');
  const direction: Direction | undefined = UP.test(t2) ? 'up' : DOWN.test(t2) ? 'down' : undefined;
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
