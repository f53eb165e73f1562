// value-mismatch: one indicator, period and unit stated with different levels.
// Mentions are grouped by relations/levels.ts (key, year, actual/target, scope, base unit), so
// `6000亩` and `0.6万亩` meet as 6000 亩 and agree. Each mention is compared with the first of its
// group only (linear). Rounding: `231.7亿元` and `232亿元` agree, because 231.7 rounds to 232 at
// the precision of the less precise figure (difference ≤ its half-ulp). Bounds (以上, 突破,
// 余) never contradict here; an approximation (约, 左右) only when more than 10 % away.
// Two figures 10⁴ or 10⁸ apart are left to magnitude-suspect (a 万/亿 slip, not a new figure).

import type { Check, Draft, Model } from './check';
import type { Quantity } from '../types';
import { type SubjectScope, lastProvinceIn } from '../cues/subjects';
import { findSums } from '../relations/sums';
import { strayInBreakdown } from '../claims/frame';
import { levelSections } from '../relations/levelSections';
import { type Decimal, abs, cmp, dec, mul, sub } from '../decimal';
import { levelGroups, type LevelMention } from '../relations/levels';
import { tolerance } from '../relations/precision';
import { replaceNumber } from '../relations/display';
import { lineNumber, statusMark } from './format';
import { magnitudeSlip } from '../relations/magnitude';
import { typingSlip } from '../relations/typos';
import { unlessSlip } from './format';
import { findConversionMismatches, type Conversion } from '../relations/conversions';
import { shownAsWritten, unitLabel } from '../relations/display';

function max(a: Decimal, b: Decimal): Decimal {
  return cmp(a, b) >= 0 ? a : b;
}

/** True when the two mentions may state the same figure. */
export function compatible(a: LevelMention, b: LevelMention): boolean {
  const qa = a.q;
  const qb = b.q;
  const bound = (q: typeof qa): boolean => q.qualifier === 'atLeast' || q.qualifier === 'atMost' || q.qualifier === 'over' || q.qualifier === 'nearly';
  if (bound(qa) || bound(qb)) return true;
  const diff = abs(sub(qa.value, qb.value));
  if (cmp(diff, max(tolerance(qa), tolerance(qb))) <= 0) return true;
  if (qa.qualifier === 'approx' || qb.qualifier === 'approx') {
    // ≈: within 10 % of the larger value.
    return cmp(mul(diff, dec(10)), max(abs(qa.value), abs(qb.value))) <= 0;
  }
  return false;
}

export const valueMismatch: Check = {
  code: 'value-mismatch',
  defaultSeverity: 'error',
  needsClaims: true,
  title: { zh: '同一指标、同一时期的数值前后不一致', en: 'One indicator and period stated with two different values' },
  docs: {
    description: {
      zh: '同一指标、时期和单位在换算后给出不同数值。例：一处「一般公共预算收入15.1亿元」，另一处「15.3亿元」。「6000亩」与「0.6万亩」数值相同，不报。',
      en: 'One indicator, period and unit stated with different levels after normalization. Example: `一般公共预算收入15.1亿元` here and `15.3亿元` there. `6000亩` vs `0.6万亩` is the same value and is not flagged.',
    },
    finding: 'one indicator, period and unit with two levels after normalization (`6000亩` = `0.6万亩` is fine), text vs text or text vs a table\'s value column; information only when the two differ in more than one digit (more often another caliber or stage than a slip)',
    example: '`地区生产总值231.7亿元` … `地区生产总值238.7亿元`; or a row `农村居民人均可支配收入 \\| 元 \\| 22510` vs text `2.215万元`',
    quickFix: 'either value',
  },
  run(model: Model): Draft[] {
    const drafts: Draft[] = [];
    const sectionOf = levelSections(model);
    // Each listed part → the total its list breaks down.
    const partOf = new Map<Quantity, Quantity>();
    for (const p of findSums(model)) for (const x of p.parts) if (!partOf.has(x.q)) partOf.set(x.q, p.total.q);
    for (const group of levelGroups(model)) {
      const first = group[0];
      if (first === undefined) continue;
      for (const m of group.slice(1)) {
        // Two figures of one key in one sentence are a list of different things.
        if (m.claim.sentence === first.claim.sentence) continue;
        // Two 其中 parts are parts of their own totals (`财政总收入…其中税收收入18亿元` and
        // `一般公共预算收入…其中税收收入11亿元`): the same name under two totals is two scopes.
        if (first.claim.subset === true && m.claim.subset === true && first.claim.sentence !== m.claim.sentence) continue;
        // The same, for any item of the two lists (`职工医保基金收入A，其中：…，利息收入B` and `城乡居民医保基金收入C，
        // 其中：…，利息收入D`): parts listed under two different totals.
        const totalOfFirst = partOf.get(first.q);
        const totalOfM = partOf.get(m.q);
        if (totalOfFirst !== undefined && totalOfM !== undefined && totalOfFirst !== totalOfM) continue;
        if (strayInBreakdown(first.claim) || strayInBreakdown(m.claim)) continue;
        // `全国粮食播种面积A；粮食单位面积产量B` and later `某省…；粮食单位面积产量C`: sentences that open on
        // different subjects may carry them into their `；` clauses.
        if (!sameTopic(first.claim.topic, m.claim.topic)) continue;
        // `…省份是河南省2015年…亏损总额为A` / `…省份是江苏省2015年…为B`: two provinces named before the figures.
        if (otherProvinces(model, first, m)) continue;
        // 全县 and 本级 sections of a budget report (relations/levelSections.ts).
        if (sectionOf && sectionOf(first.q.span.start) !== sectionOf(m.q.span.start)) continue;
        if (compatible(first, m)) continue;
        if (magnitudeSlip(first.q.value, m.q.value) !== undefined) continue;
        // Values that differ in more than one digit are more often two quantities the frames did
        // not tell apart than one mistyped (relations/typos.ts): shown as information.
        drafts.push(unlessSlip(draft(model, first, m), typingSlip(first.q.value, m.q.value)));
      }
    }
    for (const c of findConversionMismatches(model)) drafts.push(conversionDraft(c));
    return drafts;
  },
};

/** Each figure's sentence names a province before it, and not the same one. */
function otherProvinces(model: Model, a: LevelMention, b: LevelMention): boolean {
  const before = (m: LevelMention): string | undefined => {
    const sentence = model.sentences[m.claim.sentence];
    return sentence === undefined ? undefined : lastProvinceIn(model.text.slice(sentence.span.start, m.q.span.start));
  };
  const pa = before(a);
  const pb = before(b);
  return pa !== undefined && pb !== undefined && pa !== pb;
}

/** Two sentence topics (Claim.topic; none is the report's own) are one subject. */
function sameTopic(a: SubjectScope | undefined, b: SubjectScope | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.scope === b.scope && (a.scope === 'own' || (b.scope !== 'own' && a.name === b.name));
}

function period(m: LevelMention): { zh: string; en: string } {
  const p = m.claim.period;
  const mark = statusMark(p.status);
  return { zh: `${p.year ?? ''}年${p.scope ?? ''}${mark.zh}`, en: `${p.year ?? ''}${p.scope ? ' ' + p.scope : ''}${mark.en}` };
}

function draft(model: Model, earlier: LevelMention, later: LevelMention): Draft {
  const le = lineNumber(model, earlier.q.span.start);
  const ll = lineNumber(model, later.q.span.start);
  const name = later.claim.indicator;
  const per = period(later);
  const toEarlier = replaceNumber(later.q, earlier.q.value) ?? earlier.q.text;
  const toLater = replaceNumber(earlier.q, later.q.value) ?? later.q.text;
  return {
    span: later.q.span,
    message: {
      zh: `${name} ${per.zh}数值前后不一致：此处为 ${later.q.text}，第 ${le} 行为 ${earlier.q.text}（相差 ${diffShown(later, earlier)}）`,
      en: `${name} ${per.en} is stated twice with different values: ${later.q.text} here, ${earlier.q.text} on line ${le}`,
    },
    related: [{ span: earlier.q.span, message: { zh: `另一处：${earlier.q.text}`, en: `Other mention: ${earlier.q.text}` } }],
    fixes: [
      {
        title: { zh: `改为 ${toEarlier}（与第 ${le} 行一致）`, en: `Change to ${toEarlier} (as on line ${le})` },
        edits: [{ span: later.q.span, newText: toEarlier }],
      },
      {
        title: { zh: `将第 ${le} 行改为 ${toLater}（与第 ${ll} 行一致）`, en: `Change line ${le} to ${toLater} (as on line ${ll})` },
        edits: [{ span: earlier.q.span, newText: toLater }],
      },
    ],
  };
}

/** The difference in the later mention's written unit: `0.3亿元`. */
function diffShown(later: LevelMention, earlier: LevelMention): string {
  const d = sub(later.q.value, earlier.q.value);
  const shown = replaceNumber(later.q, abs(d))?.replace(/^[^\d]*/, '') ?? '';
  return `${d.units < 0n ? '-' : '+'}${shown}`;
}

/**
 * `耕地13934.5公顷（23.4万亩）`: the bracket converts the figure before it into another unit, and the
 * two disagree (13934.5 公顷 = 20.9 万亩).
 */
function conversionDraft(c: Conversion): Draft {
  const b = c.converted;
  const want = `${shownAsWritten(c.expected, b)}${unitLabel(b)}`;
  return {
    span: b.span,
    message: {
      zh: `${c.stated.text} 折合 ${want}，括注却为 ${b.text}：同一数量换算后不一致`,
      en: `${c.stated.text} is ${want}, but the bracket says ${b.text}: one quantity, two values after conversion`,
    },
    related: [{ span: c.stated.span, message: { zh: `换算前：${c.stated.text}`, en: `Converted from: ${c.stated.text}` } }],
    fixes: [{ title: { zh: `改为 ${want}`, en: `Change to ${want}` }, edits: [{ span: b.span, newText: want }] }],
  };
}
