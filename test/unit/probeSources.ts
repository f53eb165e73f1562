// The probe reports of test/fixtures/probes/ (see its README): the consistent reports and the
// single-mistake variants, each variant with the source span of its injected mistake.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../server/src/analysis/types';
import { FIXTURES } from './fixtures';

export interface Variant {
  id: string;
  code: string;
  note: string;
  caught: boolean;
  /** Either a whole file, or a consistent base with edits applied (old → new, first occurrence). */
  file?: string;
  base?: string;
  edits?: [string, string][];
}

export const PROBES = join(FIXTURES, 'probes');
export const manifest = JSON.parse(readFileSync(join(PROBES, 'manifest.json'), 'utf8')) as { consistent: string[]; variants: Variant[] };
export const readProbe = (sub: string, name: string): string => readFileSync(join(PROBES, sub, name), 'utf8');

/** A whole-file variant's consistent base: `fn2-a-07.md` → `fn2-a-clean.md`. */
function baseOfFile(file: string): string {
  return file.replace(/-\d+(\.\w+)$/, '-clean$1');
}

/** The variant's text and the spans (in that text) of what was edited into it. */
export function variantSource(v: Variant): { text: string; edited: Span[] } {
  if (v.file) {
    const text = readProbe('variants', v.file);
    const base = readProbe('consistent', baseOfFile(v.file));
    // One mistake per variant: the edit is what lies between the common prefix and suffix.
    let start = 0;
    while (start < text.length && start < base.length && text[start] === base[start]) start++;
    let end = 0;
    while (end < text.length - start && end < base.length - start && text[text.length - 1 - end] === base[base.length - 1 - end]) end++;
    return { text, edited: [{ start, end: text.length - end }] };
  }
  let text = readProbe('consistent', v.base ?? '');
  const edited: Span[] = [];
  for (const [from, to] of v.edits ?? []) {
    const at = text.indexOf(from);
    assert.ok(at >= 0, `${v.id}: edit target not found: ${from}`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
    const shift = to.length - from.length;
    for (const s of edited) if (s.start > at) Object.assign(s, { start: s.start + shift, end: s.end + shift });
    // Only the characters that changed: a long edit target usually repeats context around a figure.
    let p = 0;
    while (p < from.length && p < to.length && from[p] === to[p]) p++;
    let q = 0;
    while (q < from.length - p && q < to.length - p && from[from.length - 1 - q] === to[to.length - 1 - q]) q++;
    edited.push({ start: at + p, end: at + to.length - q });
  }
  return { text, edited };
}
