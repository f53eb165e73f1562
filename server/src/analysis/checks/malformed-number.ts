// malformed-number: a figure that cannot be read as written (`14..3%`, `1·8%`, `3,0000万元`,
// `1.2.3亿元`, `12.%`). The scanner (quantities/malformed.ts) sets these aside instead of reading a
// piece of them (the `3%` of `14..3%`) as a quantity, so they never enter the arithmetic; this
// check makes them visible, on the exact span, with what is wrong and what was probably meant.

import type { Check, Draft, Model } from './check';
import type { MalformedFigure, MalformedKind } from '../types';

const WHAT: Readonly<Record<MalformedKind, { zh: string; en: string }>> = {
  doublePoint: { zh: '连续出现两个小数点', en: 'two decimal points in a row' },
  middleDot: { zh: '小数点写成了间隔号“·”', en: 'a middle dot "·" where the decimal point belongs' },
  grouping: { zh: '千位分隔逗号不是每三位一组', en: 'the grouping commas do not mark every three digits' },
  manyPoints: { zh: '一个数中有多个小数点', en: 'more than one decimal point in one number' },
  trailingPoint: { zh: '小数点后没有数字', en: 'a decimal point with no digits after it' },
  strayComma: { zh: '数字与单位之间多了一个逗号', en: 'a stray comma between the number and its unit' },
  splitBySpace: { zh: '一个数被空格断开', en: 'a space splits one number in two' },
};

/** More figures unreadable in one way than a writer's slips would make. */
const MANY = 5;

function withMany(msg: { zh: string; en: string }, n: number): { zh: string; en: string } {
  return {
    zh: `${msg.zh}（本文共有 ${n} 个数字如此，可能是版式或复制所致，仅供参考）`,
    en: `${msg.en} (${n} figures of this text are written so: more likely its layout or copying than slips, shown for reference)`,
  };
}

function message(m: MalformedFigure): { zh: string; en: string } {
  const what = WHAT[m.kind];
  const probably =
    m.likely === undefined
      ? { zh: '无法判断原意，请核对原始数据', en: 'the intended value cannot be told; check the source data' }
      : m.kind === 'trailingPoint'
        ? { zh: `可能应为“${m.likely}”，或漏了小数位`, en: `probably "${m.likely}", or a decimal digit is missing` }
        : { zh: `可能应为“${m.likely}”`, en: `probably "${m.likely}"` };
  return {
    zh: `数字“${m.text}”无法按原文读出：${what.zh}；${probably.zh}。该数未参与任何核算`,
    en: `The figure "${m.text}" cannot be read as written: ${what.en}; ${probably.en}. It is left out of every calculation`,
  };
}

export const malformedNumber: Check = {
  code: 'malformed-number',
  defaultSeverity: 'warning',
  needsClaims: false,
  title: { zh: '无法按原文读出的数字（如“14..3%”“1·8%”“3,0000万元”）', en: 'A figure that cannot be read as written (e.g. 14..3%, 1·8%, 3,0000万元)' },
  docs: {
    description: {
      zh: '无法按原文读出的数字：连续两个小数点、用间隔号代替小数点、千分位逗号不是每三位一个、多个小数点、小数点后无数字。该数字不参与任何计算。同一文本中同类无法读出的数字超过五个时仅作提示（多为版式或复制所致）。例：「增长14..3%」（应为 14.3%）、「1·8%」、「3,0000万元」。',
      en: 'A figure that cannot be read as written: two decimal points, a middle dot for the point, grouping commas that do not mark every three digits, several points, a point with no decimals. It is left out of every calculation. Information only when more than five figures of one text are unreadable the same way (more likely its layout or copying). Example: `增长14..3%` (probably `14.3%`), `1·8%`, `3,0000万元`.',
    },
    finding: 'a figure that cannot be read as written (two points, a middle dot for the point, grouping not every three digits, several points, a point with no decimals, a stray comma before the unit, a space that splits it: `70 5.87万人`); left out of every calculation; information only when more than five of one text are unreadable the same way',
    example: '`增长14..3%` (probably `14.3%`), `1·8%`, `3,0000万元`, `1.2.3亿元`, `12.%`',
    quickFix: 'the probable figure',
  },
  run(model: Model): Draft[] {
    // A slip is rare: many figures of one document unreadable the same way (`749,687,86835.71%` again and again)
    // say more of how the text was laid out or read than of its writer: information then.
    const byKind = new Map<MalformedKind, number>();
    for (const m of model.malformed) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
    return model.malformed.map((m) => ({
      span: m.span,
      ...((byKind.get(m.kind) ?? 0) > MANY ? { severity: 'info' as const, message: withMany(message(m), byKind.get(m.kind) ?? 0) } : { message: message(m) }),
      related: [],
      fixes:
        m.likely === undefined || m.kind === 'trailingPoint'
          ? []
          : [{ title: { zh: `改为“${m.likely}”`, en: `Change to "${m.likely}"` }, edits: [{ span: m.span, newText: m.likely }] }],
    }));
  },
};
