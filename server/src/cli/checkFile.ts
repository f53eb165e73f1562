// One file's work: read, analyse, split off silenced findings, reduce to cross-report facts.
// The same function runs inline or in a worker thread (pool.ts), so both give the same result.

import { analyze, partitionFindings, reportFacts, type Analysis, type ReportFacts } from '../analysis/index';
import type { SuppressedFinding } from '../analysis/suppressions';
import type { Lang } from '../lsp/locale';
import { readInput } from './input';
import type { FileOptions } from './projectFiles';

export interface FileJob {
  path: string;
  lang: Lang;
  options: FileOptions;
  /** False with --no-suppressions. */
  suppressions: boolean;
  /** Keep the whole model (outline, quantities, claims) for --format json; else findings only. */
  full: boolean;
}

export type FileOutcome =
  | { ok: true; path: string; analysis: Analysis; suppressed: SuppressedFinding[]; facts: ReportFacts }
  | { ok: false; path: string; reason: string };

/** Only what text and SARIF output read: a worker sends back kilobytes, not the whole model. */
function slim(a: Analysis): Analysis {
  return { ...a, lines: [], paragraphs: [], tables: [], outline: [], sentences: [], quantities: [], claims: [], partOf: [] };
}

export function checkFile(job: FileJob): FileOutcome {
  const input = readInput(job.path, job.lang);
  if (!input.ok) return { ok: false, path: job.path, reason: input.reason };
  try {
    const analysis = analyze(input.text, { severities: job.options.severities });
    // Partitioned here rather than by analyze(), so json and sarif can still list what was silenced.
    const { kept, suppressed } = partitionFindings(analysis.findings, input.text, job.suppressions ? job.options.suppressions : []);
    const facts = reportFacts(job.path, analysis);
    const result = { ...analysis, findings: kept };
    return { ok: true, path: job.path, analysis: job.full ? result : slim(result), suppressed, facts };
  } catch (error) {
    // The engine promises never to throw; one bad file must not stop the batch.
    return { ok: false, path: job.path, reason: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
