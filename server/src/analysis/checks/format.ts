// Small helpers shared by checks for messages: line numbers, clipped quotes, figures.

import type { Draft, Model } from './check';
import type { Line, Period, Quantity } from '../types';
import { type Decimal, toPlain } from '../decimal';
import { farApart } from '../relations/farApart';

/** 1-based line of an offset (binary search over the model's lines). */
export function lineNumber(model: Model, offset: number): number {
  return lineIndexOf(model.lines, offset) + 1;
}

/** 0-based index of the line holding `offset` (binary search over line starts). */
export function lineIndexOf(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export function clip(s: string, n = 24): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** A figure as a reader writes it: value and unit, sign by direction (`-3%`). */
export function figure(q: Quantity, negative = false): string {
  return `${negative ? '-' : ''}${toPlain(q.value)}${q.unit === '个百分点' ? ' 个百分点' : q.unit}`;
}

/** How a period's status is marked after its year in a message: nothing for an actual. */
export function statusMark(status: Period['status']): { zh: string; en: string } {
  if (status === 'target') return { zh: '（目标）', en: ' (target)' };
  if (status === 'estimate') return { zh: '（预计）', en: ' (estimate)' };
  return { zh: '', en: '' };
}

/**
 * A mismatch between two statements of one figure, kept at its severity when the two differ as a
 * typing slip does; otherwise shown as information with the reason (relations/typos.ts).
 */
export function unlessSlip(d: Draft, slip: boolean): Draft {
  if (slip) return d;
  return {
    ...d,
    message: {
      zh: `${d.message.zh}；两处相差不止一位数字，可能是口径、阶段或对象不同的两个数，仅供参考`,
      en: `${d.message.en}; the two differ in more than one digit, so they may be two different quantities (another caliber, stage or subject): shown for reference`,
    },
    severity: 'info',
  };
}

/**
 * A stated rate far from what its figures give, with no typing or 万/亿 slip to explain the gap
 * (relations/farApart.ts), was more likely computed from other figures than wrongly written:
 * shown as information, with the reason.
 */
export function doubtIfFar(d: Draft, stated: Decimal, computed: Decimal | undefined, decimals: number): Draft {
  if (computed === undefined || !farApart(stated, computed, decimals)) return d;
  return {
    ...d,
    message: {
      zh: `${d.message.zh}；所述比例与这几个数算出的相差悬殊，可能另有算法或口径，仅供参考`,
      en: `${d.message.en}; the stated rate is far from what these figures give, so it is probably computed from other figures: shown for reference`,
    },
    severity: 'info',
  };
}
