// Logical text: pieces of the source stitched together, with a map back to source offsets.

import type { Paragraph, Piece, Span } from './types';
import { internText } from './memo';

export class LogicalBuilder {
  private parts: string[] = [];
  private pieces: Piece[] = [];
  private length = 0;

  /** Appends source[start, end) to the logical text. */
  append(source: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(source.slice(start, end));
    this.pieces.push({ at: this.length, source: start, length: end - start });
    this.length += end - start;
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  build(firstLine: number, lastLine: number): Paragraph {
    const first = this.pieces[0];
    const last = this.pieces.at(-1);
    return {
      // Interned: the paragraph memos then find an unchanged paragraph by identity.
      text: internText(this.parts.join('')),
      pieces: this.pieces,
      span: first && last ? { start: first.source, end: last.source + last.length } : { start: 0, end: 0 },
      firstLine,
      lastLine,
    };
  }
}

/** Source offset of a logical offset (end-exclusive offsets map to the end of their piece). */
function toSource(p: Paragraph, at: number, isEnd = false): number {
  const pieces = p.pieces;
  // Binary search for the last piece starting at or before `at`.
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const midAt = pieces[mid]!.at;
    if (midAt < at || (!isEnd && midAt === at)) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  if (piece === undefined) return p.span.start;
  return piece.source + Math.min(Math.max(at - piece.at, 0), piece.length);
}

/** Source span of a logical range [at, at + length). */
export function spanOf(p: Paragraph, at: number, length: number): Span {
  const start = toSource(p, at);
  const end = length > 0 ? toSource(p, at + length, true) : start;
  return { start, end: Math.max(start, end) };
}

/**
 * The source text behind a logical range, piece by piece (without the line breaks a PDF wrap
 * put between them): what a finding quotes when the logical text is a reading view of the source.
 */
export function sourceText(p: Paragraph, source: string, at: number, length: number): string {
  const end = at + length;
  let out = '';
  for (const piece of p.pieces) {
    const from = Math.max(at, piece.at);
    const to = Math.min(end, piece.at + piece.length);
    if (to > from) out += source.slice(piece.source + from - piece.at, piece.source + to - piece.at);
    if (piece.at >= end) break;
  }
  return out;
}
