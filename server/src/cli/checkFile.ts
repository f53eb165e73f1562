// One file's work: read, analyse, split off silenced findings, reduce to cross-report facts.
// The same function runs inline or in a worker thread (pool.ts), so both give the same result.

import { analyze, partitionFindings, reportFacts, type Analysis, type ReportFacts } from '../analysis/index';
import type { SuppressedFinding } from '../analysis/suppressions';
import type { Lang } from '../shared/locale';
import { LineIndex } from '../shared/lineIndex';
import type { ExtractedReport } from '../inputs/sourceLocation';
import { relocateFinding } from '../inputs/relocateMessages';
import { readInput } from './input';
import type { FileOptions } from './projectFiles';
import { lineStartOf } from './report';

export interface FileJob {
  path: string;
  lang: Lang;
  options: FileOptions;
  /** False with --no-suppressions. */
  suppressions: boolean;
  /** Keep the whole model (outline, quantities, claims) for --format json; else findings only. */
  full: boolean;
  /** --encoding: the text encoding of text inputs, instead of detecting it. */
  encoding?: string;
}

export type FileOutcome =
  | { ok: true; path: string; analysis: Analysis; suppressed: SuppressedFinding[]; facts: ReportFacts; source: ExtractedReport }
  | { ok: false; path: string; reason: string };

/** Only what text and SARIF output read: a worker sends back kilobytes, not the whole model. */
function slim(a: Analysis): Analysis {
  return { ...a, lines: [], paragraphs: [], tables: [], outline: [], sentences: [], quantities: [], claims: [], partOf: [] };
}

export async function checkFile(job: FileJob): Promise<FileOutcome> {
  const input = await readInput(job.path, job.lang, job.encoding);
  if (!input.ok) return { ok: false, path: job.path, reason: input.reason };
  try {
    const { text, segments } = input.report;
    const analysis = analyze(text, { severities: job.options.severities });
    // Partitioned here rather than by analyze(), so json and sarif can still list what was silenced.
    const { kept, suppressed } = partitionFindings(analysis.findings, text, job.suppressions ? job.options.suppressions : []);
    const facts = reportFacts(job.path, analysis);
    // Word/PDF inputs: "on line 38" of the extracted text becomes the paragraph or page it is.
    const lineStart = lineStartOf(new LineIndex(text));
    const relocate = (finding: (typeof kept)[number]): (typeof kept)[number] => relocateFinding(finding, segments, lineStart);
    const result = { ...analysis, findings: kept.map(relocate) };
    return {
      ok: true,
      path: job.path,
      analysis: job.full ? result : slim(result),
      suppressed: suppressed.map((s) => ({ ...s, finding: relocate(s.finding) })),
      facts,
      source: input.report,
    };
  } catch (error) {
    // The engine promises never to throw; one bad file must not stop the batch.
    return { ok: false, path: job.path, reason: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
