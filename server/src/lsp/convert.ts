// The one conversion module between engine data (UTF-16 offsets, bilingual messages) and
// LSP data (diagnostics, code actions, one language). Offsets ↔ positions live in
// ../shared/lineIndex.ts, which the CLI uses too.

import type {
  CodeAction,
  Diagnostic,
  DiagnosticRelatedInformation,
  DiagnosticSeverity,
  TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { Finding, Fix, Severity } from '../analysis/types';
import type { Fingerprint } from '../analysis/suppressions';
import { pick, type Lang } from '../shared/locale';
import type { LineIndex } from '../shared/lineIndex';

export const DIAGNOSTIC_SOURCE = 'report-lens';

function toLspSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return 1;
    case 'warning':
      return 2;
    case 'info':
      return 3;
    case 'hint':
      return 4;
  }
}

/** A fix as carried on the diagnostic, already converted and localized. */
export interface FixData {
  title: string;
  edits: LspTextEdit[];
  preferred?: boolean;
}

/**
 * `diagnostic.data`: everything the code-action request needs, so that quick fixes never depend
 * on server state (the document may have changed since the diagnostic was published).
 */
export interface DiagnosticData {
  version: number;
  fixes: FixData[];
  /** What an "ignore this finding" action records in `.reportlens.json` (no offsets: see suppressions.ts). */
  fingerprint?: Fingerprint;
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<DiagnosticData>;
  return typeof candidate.version === 'number' && Array.isArray(candidate.fixes);
}

function convertFix(fix: Fix, index: LineIndex, lang: Lang): FixData {
  return {
    title: pick(fix.title, lang),
    edits: fix.edits.map((e) => ({ range: index.rangeOf(e.span), newText: e.newText })),
    ...(fix.preferred ? { preferred: true } : {}),
  };
}

export function findingToDiagnostic(
  finding: Finding,
  index: LineIndex,
  uri: string,
  version: number,
  lang: Lang,
  fingerprint?: Fingerprint,
): Diagnostic {
  const related: DiagnosticRelatedInformation[] = finding.related.map((r) => ({
    // In another report (cross-report findings): its URI, and the position the engine computed there.
    location:
      r.document !== undefined && r.range !== undefined
        ? { uri: r.document, range: { start: { line: r.range.line, character: r.range.character }, end: { line: r.range.endLine, character: r.range.endCharacter } } }
        : { uri, range: index.rangeOf(r.span) },
    message: pick(r.message, lang),
  }));
  const data: DiagnosticData = {
    version,
    fixes: finding.fixes.map((f) => convertFix(f, index, lang)),
    ...(fingerprint ? { fingerprint } : {}),
  };
  return {
    range: index.rangeOf(finding.span),
    severity: toLspSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.code,
    message: pick(finding.message, lang),
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data,
  };
}

export interface CodeActionTarget {
  uri: string;
  /** Current version of the document; fixes computed for another version are not offered. */
  version: number;
  /** Whether the client accepts versioned `documentChanges` (then stale edits are rejected). */
  supportsDocumentChanges: boolean;
}

export function diagnosticToCodeActions(diagnostic: Diagnostic, target: CodeActionTarget): CodeAction[] {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isDiagnosticData(diagnostic.data)) return [];
  const data = diagnostic.data;
  if (data.version !== target.version) return [];
  return data.fixes.map((fix) => ({
    title: fix.title,
    kind: 'quickfix',
    diagnostics: [diagnostic],
    ...(fix.preferred ? { isPreferred: true } : {}),
    edit: target.supportsDocumentChanges
      ? { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits: fix.edits }] }
      : { changes: { [target.uri]: fix.edits } },
  }));
}
