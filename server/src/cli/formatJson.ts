// `--format json`: the analysis as stable, machine-readable data. Decimals are exact strings
// ("23170000000"), positions are given both as UTF-16 offsets and 1-based line/column.

import { toPlain } from '../analysis/decimal';
import { claimLookup, explainQuantity } from '../analysis/explain';
import type { Finding, Heading, Span } from '../analysis/types';
import type { LineIndex } from '../shared/lineIndex';
import type { SourceLocation } from '../inputs/sourceLocation';
import { lineColumn, sourceLocation, type CheckedFile, type Totals, type UnreadableFile } from './report';
import { frameOf } from '../analysis/claims/frame';

interface Located {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Word and PDF inputs: the paragraph, table row or page and line in the original file. */
  source?: SourceLocation;
}

/** Line and column are in the (extracted) text; `sourceOf` says where that is in a .docx or .pdf. */
interface Where {
  index: LineIndex;
  sourceOf: (offset: number) => SourceLocation | undefined;
}

function locate(where: Where, span: Span): Located {
  const start = lineColumn(where.index, span.start);
  const end = lineColumn(where.index, span.end);
  const source = where.sourceOf(span.start);
  return { start: span.start, end: span.end, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ...(source ? { source } : {}) };
}

function headingJson(heading: Heading, where: Where): unknown {
  return {
    kind: heading.kind,
    level: heading.level,
    label: heading.label,
    number: heading.number,
    title: heading.title,
    span: locate(where, heading.span),
    selectionSpan: locate(where, heading.selectionSpan),
    children: heading.children.map((child) => headingJson(child, where)),
  };
}

function findingJson(finding: Finding, where: Where): unknown {
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    span: locate(where, finding.span),
    related: finding.related.map((r) =>
      r.document !== undefined && r.range !== undefined
        ? {
            message: r.message,
            // In another report: its path, and the position the engine computed there.
            file: r.document,
            span: { start: r.span.start, end: r.span.end, line: r.range.line + 1, column: r.range.character + 1, endLine: r.range.endLine + 1, endColumn: r.range.endCharacter + 1 },
          }
        : { message: r.message, span: locate(where, r.span) },
    ),
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      preferred: fix.preferred === true,
      edits: fix.edits.map((edit) => ({ span: locate(where, edit.span), newText: edit.newText })),
    })),
  };
}

function fileJson(file: CheckedFile): unknown {
  const { analysis } = file;
  const where: Where = { index: file.index, sourceOf: (offset) => sourceLocation(file, offset) };
  const lookup = claimLookup(analysis);
  return {
    file: file.path,
    input: { format: file.source?.format ?? 'text', ...(file.source?.encoding ? { encoding: file.source.encoding } : {}) },
    outline: analysis.outline.map((heading) => headingJson(heading, where)),
    quantities: analysis.quantities.map((q, i) => {
      const claim = lookup.claimOf(i);
      return {
        index: i,
        text: q.text,
        span: locate(where, q.span),
        value: toPlain(q.value),
        ...(q.hi ? { hi: toPlain(q.hi) } : {}),
        unit: q.unit,
        unitText: q.unitText,
        dimension: q.dimension,
        ...(q.qualifier ? { qualifier: q.qualifier } : {}),
        claim: claim
          ? {
              indicator: claim.indicator,
              key: claim.key,
              kind: claim.kind,
              period: claim.period,
              ...(claim.direction ? { direction: claim.direction } : {}),
              ...(claim.basis ? { basis: claim.basis } : {}),
              fromTable: claim.fromTable === true,
              frame: frameOf(claim),
            }
          : null,
        // What follows from the figure (the hover shows the same): grouped and scientific forms,
        // the signed growth rate, the implied previous level, the share of a stated total.
        explanation: explainQuantity(analysis, lookup, i) ?? null,
      };
    }),
    findings: analysis.findings.map((finding) => findingJson(finding, where)),
    // Silenced findings are listed apart, so consumers of `findings` see only what is reported.
    suppressed: file.suppressed.map(({ finding, suppression }) => ({
      ...(findingJson(finding, where) as Record<string, unknown>),
      suppression: { kind: 'external', ...(suppression.note ? { note: suppression.note } : {}) },
    })),
  };
}

export function formatJson(
  checked: readonly CheckedFile[],
  unreadable: readonly UnreadableFile[],
  summary: Totals,
  version: string,
): string {
  const document = {
    tool: { name: 'report-lens', version },
    files: checked.map(fileJson),
    unreadable,
    summary,
  };
  return JSON.stringify(document, null, 2) + '\n';
}
