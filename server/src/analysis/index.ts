// The engine's public API: analyze(text) → outline, quantities, claims and findings.
// Pure: no editor or I/O imports; never throws on any input.

import type { Analysis, Finding, Notice, PartOf, Severity } from './types';
import { splitLines } from './lines';
import { buildParagraphs } from './paragraphs';
import { buildTables } from './tables';
import { buildOutline } from './outline';
import { splitSentences } from './sentences';
import { findFigures } from './figures';
import { buildClaims, tableFigures } from './claims';
import { sectionPeriods } from './claims/period';
import { CHECKS } from './checks/registry';
import type { Model } from './checks/check';
import { findPartitions } from './relations/partitions';
import { partitionFindings, type Suppression } from './suppressions';
import { readingView } from './script/readingView';

export * from './types';
export { CHECKS } from './checks/registry';
export { forgetMemos } from './memo';
export { fingerprintOf, partitionFindings, type Fingerprint, type Suppression } from './suppressions';

export type SeveritySetting = Severity | 'off';

export interface AnalyzeOptions {
  /** Per-code severity overrides (`reportLens.checks.<code>`). */
  severities?: Record<string, SeveritySetting>;
  /** Findings the user silenced (`.reportlens.json`); matched by fingerprint, not offset. */
  suppressions?: readonly Suppression[];
  /**
   * A light analysis, for documents over the size limit: outline, sentences and figures as usual,
   * but no claims, so the checks that need them (`needsClaims`) are skipped and listed in
   * `Analysis.skippedChecks`. About half the cost of a full analysis.
   */
  light?: boolean;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  // Every stage reads the view (traditional script and web punctuation folded, same offsets);
  // findings quote and fixes edit the source text.
  const view = readingView(text);
  const source = view === text ? undefined : text;
  const lines = splitLines(view);
  const { paragraphs, tableRegions } = buildParagraphs(view, lines, source);
  const tables = buildTables(lines, tableRegions);
  const { outline } = buildOutline(paragraphs, text.length, source);
  const sentences = splitSentences(paragraphs);
  const { quantities: textQuantities, malformed } = findFigures(paragraphs, source);
  const table = tableFigures(tables, textQuantities.length, sectionPeriods(outline));
  const quantities = [...textQuantities, ...table.quantities];
  const light = options.light === true;
  const claims = light ? [] : [...buildClaims(sentences, textQuantities, outline), ...table.claims];
  const model: Model = {
    text,
    lines,
    paragraphs,
    tables,
    outline,
    sentences,
    quantities,
    malformed,
    claims,
  };
  const findings: Finding[] = [];
  const notices: Notice[] = [];
  const skippedChecks: string[] = [];
  for (const check of CHECKS) {
    const configured = options.severities?.[check.code];
    if (configured === 'off') continue;
    if (light && check.needsClaims) {
      skippedChecks.push(check.code);
      continue;
    }
    let drafts: ReturnType<typeof check.run>;
    try {
      drafts = check.run(model);
    } catch {
      // A bug in one check must not cost the user the other findings: say so, visibly, once.
      notices.push({
        message: {
          zh: `检查“${check.code}”内部出错，本次未给出其结果。`,
          en: `The ${check.code} check failed internally; its findings are missing this time.`,
        },
      });
      continue;
    }
    for (const d of drafts) {
      // Built field by field, not spread: one object shape for every finding, and a
      // repetitive 10 MB document can have 75,000 of them.
      // A draft's own severity marks a doubt (a pairing the engine inferred): a configured
      // severity may lower it further but never raises it back.
      const severity = d.severity === undefined ? (configured ?? check.defaultSeverity) : configured === undefined ? d.severity : milder(configured, d.severity);
      findings.push({ code: check.code, severity, span: d.span, message: d.message, related: d.related, fixes: d.fixes });
    }
  }
  // Code order by UTF-16 units, not localeCompare: the same on every machine, and cheaper.
  findings.sort((a, b) => a.span.start - b.span.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  // Silenced findings are dropped after every check ran, so a check never needs to know.
  const { kept } = partitionFindings(findings, text, options.suppressions ?? []);
  // Parts and totals, for the hover (`占合计的 18.5%`); memoized, so the checks already paid for it.
  const partOf = light ? [] : partsAndTotals(model, notices);
  return { ...model, partOf, findings: kept, notices, skippedChecks };
}
export * from './crossReport';

/**
 * Parts and totals for the hover. Guarded like a check: a bug in the relation stage costs the
 * hover its shares, never the analysis (the engine does not throw).
 */
function partsAndTotals(model: Model, notices: Notice[]): PartOf[] {
  try {
    return findPartitions(model).flatMap((p) => p.parts.map((x) => ({ part: x.index, total: p.total.index, complete: p.complete })));
  } catch {
    notices.push({ message: { zh: '部分与合计的分析内部出错，悬停提示中暂无占比。', en: 'Finding parts and totals failed internally; hovers show no shares this time.' } });
    return [];
  }
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** The milder of two severities. */
function milder(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}
