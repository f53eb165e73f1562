// `--format json`: the analysis as stable, machine-readable data. Decimals are exact strings
// ("23170000000"), positions are given both as UTF-16 offsets and 1-based line/column.

import { toPlain } from '../analysis/decimal';
import type { Finding, Heading, Span } from '../analysis/types';
import type { LineIndex } from '../lsp/convert';
import { lineColumn, type CheckedFile, type Totals, type UnreadableFile } from './report';
import { frameOf } from '../analysis/claims/frame';

interface Located {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function locate(index: LineIndex, span: Span): Located {
  const start = lineColumn(index, span.start);
  const end = lineColumn(index, span.end);
  return { start: span.start, end: span.end, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function headingJson(heading: Heading, index: LineIndex): unknown {
  return {
    kind: heading.kind,
    level: heading.level,
    label: heading.label,
    number: heading.number,
    title: heading.title,
    span: locate(index, heading.span),
    selectionSpan: locate(index, heading.selectionSpan),
    children: heading.children.map((child) => headingJson(child, index)),
  };
}

function findingJson(finding: Finding, index: LineIndex): unknown {
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    span: locate(index, finding.span),
    related: finding.related.map((r) => ({ message: r.message, span: locate(index, r.span) })),
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      preferred: fix.preferred === true,
      edits: fix.edits.map((edit) => ({ span: locate(index, edit.span), newText: edit.newText })),
    })),
  };
}

function fileJson(file: CheckedFile): unknown {
  const { analysis, index } = file;
  const claimByQuantity = new Map(analysis.claims.map((claim) => [claim.quantity, claim]));
  return {
    file: file.path,
    outline: analysis.outline.map((heading) => headingJson(heading, index)),
    quantities: analysis.quantities.map((q, i) => {
      const claim = claimByQuantity.get(i);
      return {
        index: i,
        text: q.text,
        span: locate(index, q.span),
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
      };
    }),
    findings: analysis.findings.map((finding) => findingJson(finding, index)),
    // Silenced findings are listed apart, so consumers of `findings` see only what is reported.
    suppressed: file.suppressed.map(({ finding, suppression }) => ({
      ...(findingJson(finding, index) as Record<string, unknown>),
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
