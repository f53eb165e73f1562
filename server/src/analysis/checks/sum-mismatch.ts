// sum-mismatch: a stated total that is not the sum of its parts beyond rounding.
// Parts and totals come from relations/partitions.ts. A complete partition (一/二/三产业,
// 城镇/农村, 政府/社会, 新建/续建, `分N类` with N parts) must add up; a subset under `其中`
// need not, but may not exceed its total. Tolerance: half a unit of the last written digit of
// every part and of the total (statistical tables do not adjust totals for rounding).

import type { Check, Draft, Model } from './check';
import { type Decimal, abs, add, cmp, sub, sum } from '../decimal';
import { findPartitions, nested, type Partition } from '../relations/partitions';
import { tolerance } from '../relations/precision';
import { replaceNumber, shown, unitLabel } from '../relations/display';
import { lineNumber } from './format';

/** A total word inside the parts (`总数`, `共计`): the region mixes totals and parts. */
const TOTAL_WORD = /(总数|总量|共计|合计|总计|累计|总共)/;

export const sumMismatch: Check = {
  code: 'sum-mismatch',
  defaultSeverity: 'error',
  needsClaims: true,
  title: { zh: '合计与分项之和不符（如三次产业增加值之和≠地区生产总值）', en: 'A total differs from the sum of its parts' },
  run(model: Model): Draft[] {
    const drafts: Draft[] = [];
    for (const p of findPartitions(model)) {
      const total = p.total.q.value;
      const parts = p.parts.map((x) => x.q.value);
      const s = sum(parts);
      const tol = add(sum(p.parts.map((x) => tolerance(x.q))), tolerance(p.total.q));
      const diff = sub(s, total);
      if (p.complete) {
        if (cmp(abs(diff), tol) <= 0) continue;
      } else {
        // A subset may fall short of its total; it may not exceed it.
        if (!p.subset || cmp(diff, tol) <= 0) continue;
        if (nested(p) || p.labels.some((l) => TOTAL_WORD.test(l))) continue;
      }
      drafts.push(draft(model, p, s, diff));
    }
    return drafts;
  },
};

function draft(model: Model, p: Partition, s: Decimal, diff: Decimal): Draft {
  const tq = p.total.q;
  const u = unitLabel(tq);
  const partsShown = p.parts.map((x) => shown(x.q.value, tq));
  const sumShown = shown(s, tq);
  const totalShown = shown(tq.value, tq);
  const arithmetic = `${sumShown} ${u}（${partsShown.join(' + ')}）`;
  const over = diff.units > 0n;
  const why = p.complete
    ? { zh: p.reason ? `（${p.reason}，各分项应合计为总数）` : '', en: p.reason ? ` (${p.reason}: the parts should add up to the total)` : '' }
    : { zh: '（“其中”所列分项之和不应超过合计）', en: ' (the parts listed under 其中 cannot exceed the total)' };
  const totalLine = lineNumber(model, tq.span.start);
  const replacement = p.complete ? replaceNumber(tq, s) : undefined;
  return {
    span: tq.span,
    message: {
      zh: `分项之和 ${arithmetic}${over && !p.complete ? '>' : '≠'} 合计 ${totalShown} ${u}${why.zh}`,
      en: `Sum of the parts ${sumShown} ${u} (${partsShown.join(' + ')}) ${over && !p.complete ? '>' : '≠'} total ${totalShown} ${u}${why.en}`,
    },
    related: p.parts.map((x, i) => ({
      span: x.q.span,
      message: { zh: `分项 ${i + 1}：${x.q.text}（合计在第 ${totalLine} 行）`, en: `Part ${i + 1}: ${x.q.text} (total on line ${totalLine})` },
    })),
    fixes: replacement
      ? [
          {
            title: { zh: `将合计改为分项之和 ${replacement}`, en: `Change the total to the sum of the parts, ${replacement}` },
            edits: [{ span: tq.span, newText: replacement }],
          },
        ]
      : [],
  };
}
