// The cross-report pass of `check`: after every file is analysed, the reports of one county and
// year are compared (GUIDE §5a) and the findings join each file's own, with the file's
// `.reportlens.json` severities and suppressions applied as to any other finding.

import { crossReportFindings, partitionFindings, type Finding, type ReportFacts } from '../analysis/index';
import type { FileOptions } from './projectFiles';
import type { CheckedFile } from './report';

export function addCrossReportFindings(
  checked: CheckedFile[],
  facts: readonly ReportFacts[],
  optionsOf: (path: string) => FileOptions,
  useSuppressions: boolean,
): void {
  const found = crossReportFindings(facts);
  for (const file of checked) {
    const extra = found.get(file.path);
    if (!extra) continue;
    const options = optionsOf(file.path);
    const configured: Finding[] = [];
    for (const f of extra) {
      const s = options.severities[f.code];
      if (s === 'off') continue;
      configured.push(s === undefined ? f : { ...f, severity: s });
    }
    const { kept, suppressed } = partitionFindings(configured, file.analysis.text, useSuppressions ? options.suppressions : []);
    const findings = [...file.analysis.findings, ...kept].sort((a, b) => a.span.start - b.span.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    file.analysis = { ...file.analysis, findings };
    file.suppressed = [...file.suppressed, ...suppressed];
  }
}
