// number-style: GB/T 15835-2011 §4.1.8 / GB/T 15834-2011 §4.13.3: a range of numerical values
// is joined with the wave mark `～` (`3%～10%`, `200～1000人`), not a hyphen or a dash.
//
// Works from the quantities the scanner already read as ranges (Quantity.hi), so dates and
// years (`2022—2025年`, `2月8日-10日`: not quantities; GB/T 15834 joins time spans with `—`
// anyway), codes (`S305-S306`), phone numbers, `——` asides and `— 4 —` footers are never seen.
// `至`/`到` are words, and `～` is already right: neither is reported.

import type { Check, Draft, Model } from './check';
import type { Quantity } from '../types';
import { spanOf } from '../logical';

/** Marks that join a range but are not the wave mark: hyphen, en/em dash, full-width hyphen, ASCII or wave-dash tilde. */
const WRONG_MARKS = new Set(['-', '–', '—', '－', '―', '~', '〜', '‐', '‑', '−']);
const WAVE = '～';

/** Offset in q.text of the mark joining the two ends, or -1. */
function connectorAt(q: Quantity): number {
  const t = q.text;
  let digit = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
      digit = true;
      continue;
    }
    if (!digit) continue;
    if (WRONG_MARKS.has(c) || c === WAVE || c === '至' || c === '到') return i;
  }
  return -1;
}

function name(mark: string): { zh: string; en: string } {
  if (mark === '-' || mark === '－' || mark === '‐' || mark === '‑' || mark === '−') return { zh: `短横线“${mark}”`, en: `a hyphen "${mark}"` };
  if (mark === '—' || mark === '―' || mark === '–') return { zh: `一字线“${mark}”`, en: `a dash "${mark}"` };
  return { zh: `“${mark}”`, en: `"${mark}"` };
}

export const numberStyle: Check = {
  code: 'number-style',
  defaultSeverity: 'hint',
  needsClaims: false,
  title: { zh: '数值范围应使用浪纹线“～”（GB/T 15835：3%～10%）', en: 'Numeric ranges take the wave mark "～" (GB/T 15835: 3%～10%)' },
  docs: {
    description: {
      zh: '按 GB/T 15835-2011 的数字用法，如数值范围用「～」连接。例：「3%—10%」应写作「3%～10%」。',
      en: 'Number style per GB/T 15835-2011, e.g. ranges joined with `～`. Example: `3%—10%` should be written `3%～10%`.',
    },
    finding: 'GB/T 15835 ranges take `～`',
    example: '`3%—10%` → `3%～10%`',
    quickFix: 'replace the mark',
  },
  run(model: Model): Draft[] {
    const drafts: Draft[] = [];
    for (const q of model.quantities) {
      if (q.hi === undefined || q.paragraph < 0) continue;
      const p = model.paragraphs[q.paragraph];
      if (!p) continue;
      const i = connectorAt(q);
      if (i < 0) continue;
      const mark = q.text[i];
      if (mark === undefined || !WRONG_MARKS.has(mark)) continue;
      // The logical text maps character for character to the source; check anyway, since a
      // fix that replaced the wrong character would be worse than no finding.
      const span = spanOf(p, q.at + i, 1);
      if (model.text.slice(span.start, span.end) !== mark) continue;
      const fixed = `${q.text.slice(0, i)}${WAVE}${q.text.slice(i + 1)}`;
      const n = name(mark);
      drafts.push({
        span,
        message: {
          zh: `数值范围“${q.text}”用了${n.zh}，按 GB/T 15835 应使用浪纹线“～”：${fixed}`,
          en: `The range "${q.text}" uses ${n.en}; GB/T 15835 joins numeric ranges with the wave mark "～": ${fixed}`,
        },
        related: [],
        fixes: [
          {
            title: { zh: `改为“${fixed}”`, en: `Change to "${fixed}"` },
            edits: [{ span, newText: WAVE }],
            preferred: true,
          },
        ],
      });
    }
    return drafts;
  },
};
