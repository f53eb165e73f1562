// The engine's public API: analyze(text) → outline, quantities, claims and findings.
// Pure: no editor or I/O imports; never throws on any input.

import type { Analysis, Finding, Severity } from './types';
import { splitLines } from './lines';
import { CHECKS } from './checks/registry';
import type { Model } from './checks/check';

export * from './types';
export { CHECKS } from './checks/registry';

export type SeveritySetting = Severity | 'off';

export interface AnalyzeOptions {
  /** Per-code severity overrides (`reportLens.checks.<code>`). */
  severities?: Record<string, SeveritySetting>;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const lines = splitLines(text);
  const model: Model = {
    text,
    lines,
    paragraphs: [],
    outline: [],
    sentences: [],
    quantities: [],
    claims: [],
  };
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    const severity = options.severities?.[check.code] ?? check.defaultSeverity;
    if (severity === 'off') continue;
    for (const d of check.run(model)) {
      findings.push({ ...d, code: check.code, severity: d.severity ?? severity });
    }
  }
  return { ...model, findings, notices: [] };
}
