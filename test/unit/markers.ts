// Test fixtures with inline markers: `二、⟦四⟧、…` marks the span a finding is expected on.
// `marked(src)` strips the markers and returns the clean text plus the marked spans, so a
// test states the expected findings where they occur instead of counting offsets by hand.

import type { Analysis, Finding, Fix, Span, TextEdit } from '../../server/src/analysis/types';
import { analyze } from '../../server/src/analysis';

export const OPEN = '⟦';
export const CLOSE = '⟧';

export interface Marked {
  text: string;
  spans: Span[];
}

/** Strips ⟦…⟧ markers; spans are offsets in the stripped text, in document order. Nesting is not supported. */
export function marked(src: string): Marked {
  let text = '';
  const spans: Span[] = [];
  let open = -1;
  for (const ch of src) {
    if (ch === OPEN) {
      if (open >= 0) throw new Error(`nested ${OPEN} in fixture: ${src}`);
      open = text.length;
    } else if (ch === CLOSE) {
      if (open < 0) throw new Error(`unbalanced ${CLOSE} in fixture: ${src}`);
      spans.push({ start: open, end: text.length });
      open = -1;
    } else {
      text += ch;
    }
  }
  if (open >= 0) throw new Error(`unclosed ${OPEN} in fixture: ${src}`);
  return { text, spans };
}

/** Findings of one code, in document order. */
export function findingsOf(analysis: Analysis | string, code: string): Finding[] {
  const a = typeof analysis === 'string' ? analyze(analysis) : analysis;
  return a.findings.filter((f) => f.code === code).sort((x, y) => x.span.start - y.span.start);
}

/** Finding spans rendered as the text they cover (readable assertion failures). */
export function spanTexts(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => `${s.start}-${s.end}:${text.slice(s.start, s.end)}`);
}

/** Applies non-overlapping edits (any order) and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.span.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
    limit = e.span.start;
  }
  return out;
}

/** Re-inserts markers around spans: turns actual findings back into a fixture-like string. */
export function withMarkers(text: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of sorted) out = out.slice(0, s.start) + OPEN + out.slice(s.start, s.end) + CLOSE + out.slice(s.end);
  return out;
}

/** Applies a quick fix's edits. */
export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

/** The spans of findings, without the rest of the finding (for deepEqual with marked spans). */
export function spansOf(findings: readonly Finding[]): Span[] {
  return findings.map((f) => ({ start: f.span.start, end: f.span.end }));
}

/** The text a finding covers. */
export function covered(text: string, f: Finding): string {
  return text.slice(f.span.start, f.span.end);
}
