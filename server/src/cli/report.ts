// What the CLI knows about each input after checking it; shared by the output formats.

import type { Analysis, Severity } from '../analysis/types';
import type { LineIndex } from '../lsp/convert';

export interface CheckedFile {
  path: string;
  analysis: Analysis;
  index: LineIndex;
}

export interface UnreadableFile {
  path: string;
  reason: string;
}

export interface Totals {
  files: number;
  unreadable: number;
  bySeverity: Record<Severity, number>;
}

export function totals(checked: readonly CheckedFile[], unreadable: readonly UnreadableFile[]): Totals {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of checked) for (const finding of file.analysis.findings) bySeverity[finding.severity]++;
  return { files: checked.length, unreadable: unreadable.length, bySeverity };
}

/** 1-based line and column (UTF-16 code units, like editors and SARIF's default). */
export function lineColumn(index: LineIndex, offset: number): { line: number; column: number } {
  const position = index.positionAt(offset);
  return { line: position.line + 1, column: position.character + 1 };
}
