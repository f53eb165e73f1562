// A report reduced to what the cross-report checks, the hover and the indicator table need: its
// identity and its comparable figures. Small and plain (no text, no outline), so a workspace
// index can keep one per report without holding whole analyses in memory.

import type { Analysis, ClaimKind, LineRange, Period, Quantity } from '../types';
import type { Decimal } from '../decimal';
import { tolerance } from '../relations/precision';
import { canonicalKey } from '../relations/aggregates';
import { crossKey } from './frame';
import { lineIndexOf } from '../checks/format';
import { reportIdentity, type ReportIdentity } from './identity';

export interface FactMention {
  /** crossKey(): equal frames are comparable. */
  frame: string;
  status: Period['status'];
  indicator: string;
  /** The normalized indicator key (synonyms and trade/sector spellings merged). */
  key: string;
  year: number;
  scope?: string;
  kind: ClaimKind;
  basis?: string;
  /** The figure as written and where. */
  q: Quantity;
  /** Signed value (a 下降 growth is negative) and its rounding tolerance, in base units. */
  value: Decimal;
  tolerance: Decimal;
  /** The figure's span as lines and columns (0-based, UTF-16). */
  range: LineRange;
  fromTable: boolean;
}

export interface ReportFacts {
  /** The document's id (a URI in the editor, a path in the CLI). */
  id: string;
  identity: ReportIdentity;
  mentions: FactMention[];
}


function rangeOf(lines: Analysis['lines'], start: number, end: number): LineRange {
  const line = lineIndexOf(lines, start);
  const endLine = lineIndexOf(lines, end);
  return { line, character: start - (lines[line]?.start ?? 0), endLine, endCharacter: end - (lines[endLine]?.start ?? 0) };
}

type FactSource = Pick<Analysis, 'text' | 'outline' | 'claims' | 'quantities' | 'lines' | 'sentences'>;

/** Subjects wider than any county, district or city report: a figure for them is someone else's. */
const WIDER = /全[省国]|全自治区|全州/;
/** Parts of the county: a park or a zone (towns are left alone: 城镇新增就业 is the county's). */
const PART = /(园区|开发区|高新区|新区|工业园|示范区)[^，；。：,;]{0,6}$/;

/**
 * True when the clause before the figure names a subject other than the report's own (`全市…` in
 * a county's report, `全省…`, `高新区…`). Until claims carry a subject scope (GUIDE §5, the claim
 * frame), such figures are left out of cross-report comparison: precision first.
 */
function otherSubject(clause: string, identity: ReportIdentity): boolean {
  if (WIDER.test(clause)) return true;
  const ownIsCity = identity.county?.endsWith('市') === true;
  if (!ownIsCity && /全市/.test(clause)) return true;
  const subject = clause.replace(/(实现|完成|达到|达|为|增长|下降|提高|同比|比上年)[^]*$/, '');
  return PART.test(subject);
}

function clauseBefore(analysis: FactSource, sentence: number, start: number): string {
  const s = analysis.sentences[sentence];
  if (!s || s.span.start > start) return '';
  const before = analysis.text.slice(s.span.start, start);
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf('：'), before.lastIndexOf(','), before.lastIndexOf(';'));
  return before.slice(cut + 1);
}

/** The facts of one analysed report. Never throws. */
export function reportFacts(id: string, analysis: FactSource): ReportFacts {
  const identity = reportIdentity(analysis.text, analysis.outline);
  const mentions: FactMention[] = [];
  for (const c of analysis.claims) {
    const q = analysis.quantities[c.quantity];
    if (!q || q.hi !== undefined) continue;
    const frame = crossKey(c, q);
    if (!frame || c.period.year === undefined) continue;
    if (c.sentence >= 0 && otherSubject(clauseBefore(analysis, c.sentence, q.span.start), identity)) continue;
    const negative = c.direction === 'down' && (c.kind === 'growth' || c.kind === 'ppChange') && q.value.units > 0n;
    mentions.push({
      frame: frame.key,
      status: frame.status,
      indicator: c.indicator,
      key: canonicalKey(c.key),
      year: c.period.year,
      scope: c.period.scope,
      kind: c.kind,
      basis: c.basis,
      q,
      value: negative ? { units: -q.value.units, scale: q.value.scale } : q.value,
      tolerance: tolerance(q),
      range: rangeOf(analysis.lines, q.span.start, q.span.end),
      fromTable: c.fromTable === true,
    });
  }
  mentions.sort((a, b) => a.q.span.start - b.q.span.start);
  return { id, identity, mentions };
}
