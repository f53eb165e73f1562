// What kind of figure a quantity is, read from its unit and the words just before it.

import type { ClaimKind, Direction, Quantity } from '../types';
import { directionAtEnd, measuredChangeAtEnd, TO_LEVEL } from '../cues/changes';
import { memoOfText } from '../memo';
import { namesShare } from '../cues/shares';

/** `完成年度目标的`, `为年初预算的`, `完成调整预算的`, `完成率`; the plan may name its measure (`完成年度投资计划的`). */
const COMPLETION = /(完成率|完成(年度|全年)?(投资|收入|支出|建设)?(计划|目标|任务)?的|(完成|为)(年初|调整|年度|全年)?(投资|收入|支出|建设)?(预算|计划|目标|任务)数?[^，,；;。]{0,12}的)$/;

export interface KindInfo {
  kind: ClaimKind;
  direction?: Direction;
}

/** `tail` is the text right before the figure (after the previous figure), unstripped. */
export function kindOf(q: Quantity, tail: string): Readonly<KindInfo> {
  return kindByDimension(q.dimension)(tail);
}

/** What of the quantity decides its kind: its dimension, in these classes. */
function dimensionClass(dimension: Quantity['dimension']): 'pp' | 'percent' | 'count' | 'other' {
  return dimension === 'pp' || dimension === 'percent' || dimension === 'count' ? dimension : 'other';
}

/** One memo per dimension class, keyed by the text before the figure. */
const KIND_MEMOS = new Map<string, (tail: string) => Readonly<KindInfo>>();

function kindByDimension(dimension: Quantity['dimension']): (tail: string) => Readonly<KindInfo> {
  const cls = dimensionClass(dimension);
  let memo = KIND_MEMOS.get(cls);
  if (!memo) KIND_MEMOS.set(cls, (memo = memoOfText((tail) => readKind(cls, tail))));
  return memo;
}

function readKind(dimension: ReturnType<typeof dimensionClass>, tail: string): Readonly<KindInfo> {
  const t = tail.replace(/[\s\u3000]+$/, '').replace(/(分别|同比|环比|约|近|超|了|达)$/, '');
  const t2 = t.replace(/(同比|环比|分别)$/, '');
  const direction = directionAtEnd(t2);
  if (dimension === 'pp') return { kind: 'ppChange', direction: direction ?? 'up' };
  if (dimension === 'percent') {
    if (TO_LEVEL.test(t) && !direction) return { kind: share(t) ? 'share' : 'rate' };
    if (direction) return { kind: 'growth', direction };
    if (COMPLETION.test(t)) return { kind: 'completion' };
    if (share(t)) return { kind: 'share' };
    return { kind: 'rate' };
  }
  if (direction && !TO_LEVEL.test(t)) return { kind: 'change', direction };
  // `同比增加装机826.53万千瓦`: the measure between the verb and the figure.
  const measured = measuredChangeAtEnd(t);
  if (measured) return { kind: 'change', direction: measured };
  if (dimension === 'count') return { kind: 'count' };
  return { kind: 'level' };
}

function share(t: string): boolean {
  return namesShare(t.slice(-12));
}
