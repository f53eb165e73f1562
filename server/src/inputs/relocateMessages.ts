// Engine messages refer to other places by line of the text they read ("already appears on line
// 38", "第 38 行"). For a Word or PDF input that line exists only in the extracted text, so the
// reference is rewritten to the paragraph or page and line of the original. Pure.

import type { Finding, Msg } from '../analysis/types';
import { describeLocation, sourceLocationAt, type SourceSegment } from './sourceLocation';

/** `lineStart(n)`: offset of the 1-based line n of the extracted text, undefined past the end. */
export type LineStart = (line: number) => number | undefined;

/** One message in one language with its line references rewritten. */
export function relocateText(text: string, lang: 'zh' | 'en', segments: readonly SourceSegment[], lineStart: LineStart): string {
  const place = (all: string, line: string): string => {
    const offset = lineStart(Number(line));
    const location = offset === undefined ? undefined : sourceLocationAt(segments, offset);
    return location ? describeLocation(location, lang) : all;
  };
  return lang === 'zh' ? text.replace(/第 (\d+) 行/g, place) : text.replace(/\bline (\d+)\b/g, place);
}

function relocate(message: Msg, segments: readonly SourceSegment[], lineStart: LineStart): Msg {
  return { zh: relocateText(message.zh, 'zh', segments, lineStart), en: relocateText(message.en, 'en', segments, lineStart) };
}

/** The finding with its messages and fix titles naming places in the original file. */
export function relocateFinding(finding: Finding, segments: readonly SourceSegment[], lineStart: LineStart): Finding {
  if (segments.length === 0) return finding;
  return {
    ...finding,
    message: relocate(finding.message, segments, lineStart),
    related: finding.related.map((r) => ({ ...r, message: relocate(r.message, segments, lineStart) })),
    fixes: finding.fixes.map((f) => ({ ...f, title: relocate(f.title, segments, lineStart) })),
  };
}
