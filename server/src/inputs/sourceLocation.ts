// Where a piece of extracted report text came from in the original file, so a finding can be
// given the way the user will find it: a Word paragraph (number and quoted start), a table
// row, or a PDF page and line. Pure: no I/O.

import type { Lang } from '../shared/locale';

export type SourceLocation =
  | { kind: 'paragraph'; paragraph: number; quote: string }
  | { kind: 'tableRow'; table: number; row: number; quote: string }
  | { kind: 'page'; page: number; line: number };

/** `[start, end)` in the extracted text (UTF-16 offsets) comes from `location`. */
export interface SourceSegment {
  start: number;
  end: number;
  location: SourceLocation;
}

export type InputFormat = 'text' | 'docx' | 'pdf';

/** A report as the engine reads it, with the way back to the original. */
export interface ExtractedReport {
  text: string;
  format: InputFormat;
  /** The text encoding that was decoded (text inputs only). */
  encoding?: string;
  /** Sorted by start, non-overlapping; empty for text inputs (line and column are the location). */
  segments: SourceSegment[];
}

const QUOTE_LENGTH = 12;

/** The first characters of a paragraph, as a reader would search for them. */
export function quoteOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : flat;
}

/** The segment holding `offset`, or the nearest one before it (a finding may start on a separator). */
export function sourceLocationAt(segments: readonly SourceSegment[], offset: number): SourceLocation | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  let best: SourceSegment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const segment = segments[mid];
    if (segment === undefined) break;
    if (segment.start <= offset) {
      best = segment;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return (best ?? segments[0])?.location;
}

/** "第 3 段「一、经济运行…」" / "paragraph 3 “一、经济运行…”"; "第 2 页第 5 行" / "page 2, line 5". */
export function describeLocation(location: SourceLocation, lang: Lang): string {
  const zh = lang === 'zh';
  switch (location.kind) {
    case 'paragraph':
      return zh ? `第 ${location.paragraph} 段「${location.quote}」` : `paragraph ${location.paragraph} “${location.quote}”`;
    case 'tableRow':
      return zh
        ? `表格 ${location.table} 第 ${location.row} 行「${location.quote}」`
        : `table ${location.table}, row ${location.row} “${location.quote}”`;
    case 'page':
      return zh ? `第 ${location.page} 页第 ${location.line} 行` : `page ${location.page}, line ${location.line}`;
  }
}

/** Builds the extracted text block by block, recording where each block came from. */
export class ExtractedTextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: SourceSegment[] = [];

  /** Appends one block (a paragraph, a table row, a PDF line) followed by `separator`. */
  add(text: string, location: SourceLocation, separator = '\n'): void {
    this.segments.push({ start: this.length, end: this.length + text.length, location });
    this.parts.push(text, separator);
    this.length += text.length + separator.length;
  }

  /** Text with no location of its own (a blank line between blocks). */
  addPlain(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  get text(): string {
    return this.parts.join('');
  }
}
