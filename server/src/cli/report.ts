// What the CLI knows about each input after checking it; shared by the output formats.

import type { SuppressedFinding } from '../analysis/suppressions';
import type { Analysis, Severity } from '../analysis/types';
import { describeLocation, sourceLocationAt, type ExtractedReport, type SourceLocation } from '../inputs/sourceLocation';
import type { LineIndex } from '../shared/lineIndex';
import type { Lang } from '../shared/locale';

export interface CheckedFile {
  path: string;
  /** `analysis.findings` holds only the findings still reported. */
  analysis: Analysis;
  index: LineIndex;
  /** Findings silenced by `.reportlens.json`, with the entry that silenced each. */
  suppressed: SuppressedFinding[];
  /** How the text was obtained; Word and PDF inputs map offsets back to paragraphs and pages. */
  source?: ExtractedReport;
}

export interface UnreadableFile {
  path: string;
  reason: string;
}

export interface Totals {
  files: number;
  unreadable: number;
  bySeverity: Record<Severity, number>;
  /** Findings silenced by `.reportlens.json` (not in bySeverity, not in the exit status). */
  suppressed: number;
}

export function totals(checked: readonly CheckedFile[], unreadable: readonly UnreadableFile[]): Totals {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of checked) for (const finding of file.analysis.findings) bySeverity[finding.severity]++;
  const suppressed = checked.reduce((n, file) => n + file.suppressed.length, 0);
  return { files: checked.length, unreadable: unreadable.length, bySeverity, suppressed };
}

/** 1-based line and column (UTF-16 code units, like editors and SARIF's default). */
export function lineColumn(index: LineIndex, offset: number): { line: number; column: number } {
  const position = index.positionAt(offset);
  return { line: position.line + 1, column: position.character + 1 };
}

/** Where `offset` is in the original Word or PDF file; undefined for text inputs. */
export function sourceLocation(file: CheckedFile, offset: number): SourceLocation | undefined {
  const segments = file.source?.segments;
  return segments && segments.length > 0 ? sourceLocationAt(segments, offset) : undefined;
}

/** `12:5` for text, `paragraph 3 “一、总体情况”` or `page 2, line 5` for Word and PDF. */
export function whereText(file: CheckedFile, offset: number, lang: Lang): string {
  const location = sourceLocation(file, offset);
  if (location) return describeLocation(location, lang);
  const { line, column } = lineColumn(file.index, offset);
  return `${line}:${column}`;
}

/** Offset of the 1-based line `n` of the text, for rewriting "line n" in messages. */
export function lineStartOf(index: LineIndex): (n: number) => number | undefined {
  return (n) => (n >= 1 && n <= index.lineCount ? index.offsetAt({ line: n - 1, character: 0 }) : undefined);
}
