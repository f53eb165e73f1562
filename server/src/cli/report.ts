// What the CLI knows about each input after checking it; shared by the output formats.

import type { SuppressedFinding } from '../analysis/suppressions';
import type { Analysis, Severity } from '../analysis/types';
import type { LineIndex } from '../shared/lineIndex';

export interface CheckedFile {
  path: string;
  /** `analysis.findings` holds only the findings still reported. */
  analysis: Analysis;
  index: LineIndex;
  /** Findings silenced by `.reportlens.json`, with the entry that silenced each. */
  suppressed: SuppressedFinding[];
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
