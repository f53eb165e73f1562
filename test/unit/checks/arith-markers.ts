// Test helpers for the arithmetic checks: `⟦…⟧` marks the span a finding must cover; the
// markers are stripped and the clean text is analysed. Also: run one check, apply a fix.

import { analyze, type Analysis, type Finding, type Fix, type Span } from '../../../server/src/analysis';

export interface Marked {
  text: string;
  spans: Span[];
}

export function marked(src: string): Marked {
  let text = '';
  const spans: Span[] = [];
  let open = -1;
  for (const ch of src) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      spans.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, spans };
}

export function findingsOf(text: string, code: string): Finding[] {
  return analyze(text).findings.filter((f) => f.code === code);
}

export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

export function spansOf(findings: Finding[]): Span[] {
  return findings.map((f) => ({ start: f.span.start, end: f.span.end }));
}

export type { Analysis };
