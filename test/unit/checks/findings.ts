// Helpers for check tests: findings of one code, the text they cover, and applying a fix.

import { analyze } from '../../../server/src/analysis';
import type { Finding, Fix } from '../../../server/src/analysis/types';

export function findingsOf(text: string, code: string): Finding[] {
  return analyze(text).findings.filter((f) => f.code === code);
}

export function covered(text: string, f: Finding): string {
  return text.slice(f.span.start, f.span.end);
}

/** Applies a fix's edits (back to front, so earlier offsets stay valid). */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
