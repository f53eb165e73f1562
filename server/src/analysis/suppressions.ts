// Silencing one finding in a way that survives edits elsewhere in the document.
//
// A finding is identified by a fingerprint that uses no offsets: its code, the text it covers
// and a short context from the same line (up to CONTEXT_CHARS characters either side). Editing
// another paragraph, or inserting lines before it, leaves the fingerprint unchanged; editing the
// covered text (or its immediate surroundings) changes it, so the finding comes back.
//
// Whitespace (line breaks, indentation, ideographic spaces, a BOM) is dropped from text and
// context: re-wrapping or re-indenting is not an edit of the content, and the editor (which sees
// a BOM and CRLF) and the CLI (which does not see the BOM) must compute the same fingerprint.
//
// Pure: no I/O. Where suppressions are stored (`.reportlens.json`) is the front ends' business.

import type { Finding } from './types';

/** What identifies one finding independently of where it is in the document. */
export interface Fingerprint {
  code: string;
  /** The text the finding covers, whitespace removed (long texts elided in the middle). */
  text: string;
  /** `text` with up to CONTEXT_CHARS characters either side from the same line, whitespace removed. */
  context: string;
}

/** A fingerprint the user asked to silence; `note` is the reviewer's reason, kept for reports. */
export interface Suppression extends Fingerprint {
  note?: string;
}

/** Characters of context on each side: enough to tell two identical figures apart. */
const CONTEXT_CHARS = 10;
/** Covered texts longer than this (code points) keep only their head and tail. */
const MAX_TEXT_CHARS = 200;
/**
 * How far (UTF-16 units) the context search looks on each side. Bounds the cost per finding on
 * a pathological line (megabytes of spaces) so fingerprinting stays O(1) per finding.
 */
const CONTEXT_WINDOW = 256;

const WHITESPACE = /\s+/gu;

function squeeze(s: string): string {
  return s.replace(WHITESPACE, '');
}

function elide(chars: string[]): string {
  if (chars.length <= MAX_TEXT_CHARS) return chars.join('');
  const half = MAX_TEXT_CHARS / 2;
  return `${chars.slice(0, half).join('')}…${chars.slice(-half).join('')}`;
}

/** The part of `window` after its last line break (the window ends where the finding starts). */
function afterLastBreak(window: string): string {
  const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r'));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

/** The part of `window` before its first line break (the window starts where the finding ends). */
function beforeFirstBreak(window: string): string {
  const n = window.indexOf('\n');
  const r = window.indexOf('\r');
  const cut = n < 0 ? r : r < 0 ? n : Math.min(n, r);
  return cut >= 0 ? window.slice(0, cut) : window;
}

/** The fingerprint of a finding of `text` (the document the finding was computed for). */
export function fingerprintOf(finding: Pick<Finding, 'code' | 'span'>, text: string): Fingerprint {
  const start = Math.max(0, Math.min(finding.span.start, text.length));
  const end = Math.max(start, Math.min(finding.span.end, text.length));
  const covered = Array.from(squeeze(text.slice(start, end)));
  const before = Array.from(squeeze(afterLastBreak(text.slice(Math.max(0, start - CONTEXT_WINDOW), start)))).slice(-CONTEXT_CHARS);
  const after = Array.from(squeeze(beforeFirstBreak(text.slice(end, end + CONTEXT_WINDOW)))).slice(0, CONTEXT_CHARS);
  const coveredText = elide(covered);
  return { code: finding.code, text: coveredText, context: before.join('') + coveredText + after.join('') };
}

/** The key two equal fingerprints share (the fields are joined with a character neither can contain). */
function fingerprintKey(fingerprint: Fingerprint): string {
  // Whitespace was squeezed out of text and context, so a line break cannot occur inside them.
  return `${fingerprint.code}\n${squeeze(fingerprint.text)}\n${squeeze(fingerprint.context)}`;
}

export interface SuppressedFinding {
  finding: Finding;
  /** The entry that silenced it (its note explains why). */
  suppression: Suppression;
}

/**
 * Splits findings into those still reported and those silenced by `suppressions`. Findings are
 * only fingerprinted when there is something to match, so the common case costs nothing.
 */
export function partitionFindings(
  findings: readonly Finding[],
  text: string,
  suppressions: readonly Suppression[],
): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  if (suppressions.length === 0) return { kept: [...findings], suppressed: [] };
  const byKey = new Map<string, Suppression>();
  for (const s of suppressions) if (!byKey.has(fingerprintKey(s))) byKey.set(fingerprintKey(s), s);
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const match = byKey.get(fingerprintKey(fingerprintOf(finding, text)));
    if (match) suppressed.push({ finding, suppression: match });
    else kept.push(finding);
  }
  return { kept, suppressed };
}
