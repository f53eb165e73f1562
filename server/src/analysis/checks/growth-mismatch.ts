// growth-mismatch: one indicator and period stated with different growth rates (or
// percentage-point changes) in two places — text vs text or text vs table.
// Claims are grouped by comparable frames (claims/frame.ts: subject, indicator, year, sub-year
// scope, stage, basis, kind), and each claim is compared with the first of its group only.

import { frameGroups, frameOf, strayInBreakdown } from '../claims/frame';
import type { Check, Draft, Model } from './check';
import { levelSections } from '../relations/levelSections';
import { isPoint } from '../relations/precision';
import type { Claim, Quantity } from '../types';
import { eq } from '../decimal';
import { figure, lineNumber, statusMark } from './format';
import { negatedByWords, signedValue } from '../claims/signed';
import { typingSlip } from '../relations/typos';
import { unlessSlip } from './format';

/**
 * Rates are compared only for keys that end like an indicator (a value, an amount, a quantity, a
 * rate, a price, a population …). A key left over from a verb phrase, a comparison or a plan
 * (`推进项目建设`, `较一季度`, `年计划`) is a misread subject: an error on it would be a false alarm.
 */
const INDICATOR_NOUN = /(值|额|入|出|资|量|数|率|价|格|积|口|费|润|税|款|产|品|金|次|人|客|电|耗|比|重|例|件|度|体|业|業|故|户|家|所|园|位|项|目|栏|售|类|钢|属|药|茶|瓷|陶|水平|指数|规模|GDP|CPI)$/i;

/** Bounds (以上, 左右, 以内 …) and ranges are not point values: they never contradict here. */
/**
 * Keys that are only the words of a comparison base or a budget stage (`比2019年决算数增长24.8%`,
 * `比报告数…`, `可比增长3.3%`): the claim layer kept no subject, and two of them are not one indicator.
 */
const BASE_ONLY = /^(?:[比较]?(?:上年|去年|(?:19|20)\d\d年)?)?(?:决算数|报告数|预算数|执行数|年初数|调整数|可比|同口径|可比口径)$/;

/**
 * `分别增长6%和7.5%左右`: a qualifier written once after a list applies to every item of it, so
 * the 6% is an approximation too.
 */
function listQualified(model: Model, c: Claim): boolean {
  if (c.listSize === undefined || c.listIndex === undefined || c.listIndex === c.listSize - 1) return false;
  const last = model.quantities[c.quantity + (c.listSize - 1 - c.listIndex)];
  return last !== undefined && last.qualifier !== undefined;
}

function sameValue(a: Claim, qa: Quantity, b: Claim, qb: Quantity): boolean {
  return eq(signedValue(a, qa), signedValue(b, qb));
}

export const growthMismatch: Check = {
  code: 'growth-mismatch',
  defaultSeverity: 'error',
  needsClaims: true,
  title: { zh: '同一指标、同一时期的增速前后不一致', en: 'One indicator and period given two different growth rates' },
  docs: {
    description: {
      zh: '同一指标、同一时期在两处给出不同的增速（或百分点变化），正文或表格均算。例：概述写「地区生产总值增长2.3%」，表1写「增长2.5%」。',
      en: 'One indicator and period stated with different growth rates (or percentage-point changes) in two places, in the text or a table. Example: `地区生产总值增长2.3%` in the summary but `增长2.5%` in 表1.',
    },
    finding: 'one indicator and period with two growth rates (or pp changes), text vs text or text vs table; information only when the two differ in more than one digit (a slip of one digit, a swap or the sign is an error; rates apart everywhere are more often another base or scope)',
    example: '`固定资产投资增长11.6%` … `同比增长12.6%`; or 表1 `12.6` vs text `11.6%`',
    quickFix: 'either value, both directions',
  },
  run(model: Model): Draft[] {
    const drafts: Draft[] = [];
    const rates = model.claims.filter((c) => {
      const q = model.quantities[c.quantity];
      return (c.kind === 'growth' || c.kind === 'ppChange') && q !== undefined && isPoint(q) && !listQualified(model, c) && INDICATOR_NOUN.test(c.key) && !BASE_ONLY.test(c.key);
    });
    const sectionOf = levelSections(model);
    const measured = levelUnits(model);
    const levels = levelsBefore(model);
    for (const [first, ...rest] of frameGroups(rates, (c) => frameOf(c))) {
      // Every rate's quantity exists (the filter above): the guards only satisfy the index type.
      if (first === undefined) continue;
      const fq = model.quantities[first.quantity];
      if (fq === undefined) continue;
      for (const c of rest) {
        const q = model.quantities[c.quantity];
        if (q === undefined) continue;
        // Two 其中 parts are parts of their own totals (`财政总收入…其中税收收入18亿元` and
        // `一般公共预算收入…其中税收收入11亿元`): the same name under two totals is two scopes.
        if (first.subset === true && c.subset === true && first.sentence !== c.sentence) continue;
        if (strayInBreakdown(first) || strayInBreakdown(c)) continue;
        // 全县 and 本级 sections of a budget report (relations/levelSections.ts).
        if (sectionOf && sectionOf(fq.span.start) !== sectionOf(q.span.start)) continue;
        // Two rates of one indicator in one sentence are two bases or scopes the claims did not
        // tell apart (`增长12.3%，两年平均增长9.1%`), not a contradiction: precision first.
        if (c.sentence >= 0 && c.sentence === first.sentence) continue;
        // `薯类469公顷，下降50.48%` and `薯类3130吨，下降56.2%`: the growth of an area and of an output,
        // named by one crop. Rates after levels of different units measure different things.
        const ua = measured.get(first.quantity);
        const ub = measured.get(c.quantity);
        if (ua !== undefined && ub !== undefined && ua !== ub) continue;
        // `10000吨以上的机场…占98.5%，占比下降0.2个百分点` and `10000吨以下的机场…占1.5%，占比提高0.2个百分点`:
        // rates after two different levels of one indicator are the changes of two subjects.
        const la = levels.get(first.quantity);
        const lb = levels.get(c.quantity);
        if (la !== undefined && lb !== undefined && la.unit === lb.unit && !eq(la.value, lb.value)) continue;
        if (sameValue(first, fq, c, q)) continue;
        // Text before table: the later one in the document is flagged, the other is related.
        const d = fq.span.start <= q.span.start ? draft(model, first, fq, c, q) : draft(model, c, q, first, fq);
        // Rates that differ in more than one digit are more often two bases or scopes the frames
        // did not tell apart than one mistyped (relations/typos.ts): shown as information.
        drafts.push(unlessSlip(d, typingSlip(signedValue(first, fq), signedValue(c, q))));
      }
    }
    return drafts;
  },
};

/**
 * The unit of the level each rate follows in its sentence (the level right before it, of the same
 * indicator): what the rate is the growth of. Rates after no such level are left out.
 */
function levelUnits(model: Model): Map<number, string> {
  const out = new Map<number, string>();
  let last: Claim | undefined;
  for (const c of model.claims) {
    if (c.kind === 'level' || c.kind === 'count') {
      last = c;
      continue;
    }
    if ((c.kind === 'growth' || c.kind === 'ppChange') && last !== undefined && last.sentence === c.sentence && last.key === c.key) {
      const unit = model.quantities[last.quantity]?.unit;
      if (unit !== undefined) out.set(c.quantity, unit);
    }
  }
  return out;
}

/**
 * The level or rate each rate follows in its sentence (the last one of the same indicator before
 * it): which value the change is the change of.
 */
function levelsBefore(model: Model): Map<number, Quantity> {
  const out = new Map<number, Quantity>();
  let last: Claim | undefined;
  for (const c of model.claims) {
    if (c.kind === 'level' || c.kind === 'count' || c.kind === 'rate' || c.kind === 'share') {
      last = c;
      continue;
    }
    if ((c.kind === 'growth' || c.kind === 'ppChange') && last !== undefined && last.sentence === c.sentence && last.key === c.key) {
      const q = model.quantities[last.quantity];
      if (q !== undefined && isPoint(q)) out.set(c.quantity, q);
    }
  }
  return out;
}

/** `qe` and `ql` are the quantities of `earlier` and `later`. */
function draft(model: Model, earlier: Claim, qe: Quantity, later: Claim, ql: Quantity): Draft {
  const fe = figure(qe, negatedByWords(earlier, qe));
  const fl = figure(ql, negatedByWords(later, ql));
  const line = lineNumber(model, qe.span.start);
  const what = later.kind === 'ppChange' ? { zh: '变动', en: 'change' } : { zh: '增速', en: 'growth' };
  // Without a known year the two figures stand in one sentence: no year to name.
  const year = later.period.year;
  const period = `${year ?? ''}${statusMark(later.period.status).zh}`;
  const periodEn = `${year ?? ''}${statusMark(later.period.status).en}`;
  const where = (c: Claim): { zh: string; en: string } => (c.fromTable ? { zh: '表格', en: 'the table' } : { zh: '正文', en: 'the text' });
  return {
    span: ql.span,
    message: {
      zh: `${later.indicator} ${year === undefined ? period : `${period} 年`}${what.zh}前后不一致：此处为 ${fl}，第 ${line} 行（${where(earlier).zh}）为 ${fe}`,
      en: `${later.indicator} ${periodEn ? `${periodEn} ` : ''}${what.en} differs: ${fl} here, ${fe} on line ${line} (${where(earlier).en})`,
    },
    related: [{ span: qe.span, message: { zh: `另一处：${fe}`, en: `Other mention: ${fe}` } }],
    fixes: [
      {
        title: { zh: `改为 ${qe.text}（与第 ${line} 行一致）`, en: `Change to ${qe.text} (as on line ${line})` },
        edits: [{ span: ql.span, newText: replacementText(ql, qe) }],
      },
      {
        title: { zh: `将第 ${line} 行改为 ${ql.text}`, en: `Change line ${line} to ${ql.text}` },
        edits: [{ span: qe.span, newText: replacementText(qe, ql) }],
      },
    ],
  };
}

/** The text that puts `source`'s figure where `target` stands, in `target`'s own form. */
function replacementText(target: Quantity, source: Quantity): string {
  // A table cell holds a number, with `%` or without as its column does; text keeps its unit.
  const bare = (t: string): string => t.replace(/[%％]|\s*个?百分点/g, '').trim();
  if (target.paragraph < 0) return /[%％]/.test(target.text) ? `${bare(source.text)}%` : bare(source.text);
  if (source.paragraph < 0) return `${bare(source.text)}${target.unit === '%' ? '%' : target.unitText}`;
  return source.text;
}
