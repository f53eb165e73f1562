// `--format sarif`: SARIF 2.1.0 for code-scanning tools. Rule ids are the diagnostic codes.

import { relative, sep } from 'node:path';
import { CHECKS, CROSS_REPORT_CHECKS } from '../analysis/index';
import type { Suppression } from '../analysis/suppressions';
import type { Finding, LineRange, Related, Severity, Span } from '../analysis/types';
import type { LineIndex } from '../shared/lineIndex';
import { pick, type Lang } from '../shared/locale';
import { describeLocation } from '../inputs/sourceLocation';
import { lineColumn, sourceLocation, type CheckedFile, type UnreadableFile } from './report';

type SarifLevel = 'error' | 'warning' | 'note';

function level(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function artifactUri(path: string): string {
  const rel = relative(process.cwd(), path);
  const portable = (rel.startsWith('..') || rel === '' ? path : rel).split(sep).join('/');
  return encodeURI(portable);
}

function region(index: LineIndex, span: Span): Record<string, number> {
  const start = lineColumn(index, span.start);
  const end = lineColumn(index, Math.max(span.start, span.end));
  // SARIF endColumn is exclusive, like LSP's end character: both map to 1-based here.
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/** A related location in another report: its own artifact, lines and columns from the engine. */
function otherRegion(range: LineRange): Record<string, number> {
  return { startLine: range.line + 1, startColumn: range.character + 1, endLine: range.endLine + 1, endColumn: range.endCharacter + 1 };
}

export function formatSarif(checked: readonly CheckedFile[], unreadable: readonly UnreadableFile[], version: string, lang: Lang): string {
  const ruleIds: string[] = CHECKS.map((check) => check.code);
  for (const file of checked) {
    for (const f of [...file.analysis.findings, ...file.suppressed.map((s) => s.finding)]) if (!ruleIds.includes(f.code)) ruleIds.push(f.code);
  }
  const rules = ruleIds.map((id) => {
    const check = CHECKS.find((c) => c.code === id) ?? CROSS_REPORT_CHECKS.find((c) => c.code === id);
    return {
      id,
      name: id,
      ...(check ? { shortDescription: { text: pick(check.title, lang) }, defaultConfiguration: { level: level(check.defaultSeverity) } } : {}),
    };
  });

  const results = checked.flatMap((file) => {
    const uri = artifactUri(file.path);
    // Word and PDF files have no text lines to point at: the location names the paragraph or
    // page and line in its message and carries it as data in `properties.source`.
    const location = (span: Span) => {
      const source = sourceLocation(file, span.start);
      return source
        ? { physicalLocation: { artifactLocation: { uri } }, message: { text: describeLocation(source, lang) }, properties: { source } }
        : { physicalLocation: { artifactLocation: { uri }, region: region(file.index, span) } };
    };
    // Fixes edit the extracted text, not the .docx or .pdf: the message says what to change.
    const editable = (file.source?.segments.length ?? 0) === 0;
    const relatedLocation = (r: Related) =>
      r.document !== undefined && r.range !== undefined
        ? { physicalLocation: { artifactLocation: { uri: artifactUri(r.document) }, region: otherRegion(r.range) } }
        : location(r.span);
    // Silenced findings are results too, marked with an external suppression (SARIF §3.35):
    // code-scanning tools then show them as dismissed rather than lose them.
    const all: { finding: Finding; suppression?: Suppression }[] = [
      ...file.analysis.findings.map((finding) => ({ finding })),
      ...file.suppressed,
    ].sort((a, b) => a.finding.span.start - b.finding.span.start);
    return all.map(({ finding, suppression }) => ({
      ruleId: finding.code,
      ruleIndex: ruleIds.indexOf(finding.code),
      level: level(finding.severity),
      message: { text: pick(finding.message, lang) },
      locations: [location(finding.span)],
      ...(suppression
        ? { suppressions: [{ kind: 'external', status: 'accepted', ...(suppression.note ? { justification: suppression.note } : {}) }] }
        : {}),
      ...(finding.related.length > 0
        ? { relatedLocations: finding.related.map((r, id) => ({ id, ...relatedLocation(r), message: { text: pick(r.message, lang) } })) }
        : {}),
      ...(editable && finding.fixes.length > 0
        ? {
            fixes: finding.fixes.map((fix) => ({
              description: { text: pick(fix.title, lang) },
              artifactChanges: [
                {
                  artifactLocation: { uri },
                  replacements: fix.edits.map((edit) => ({ deletedRegion: region(file.index, edit.span), insertedContent: { text: edit.newText } })),
                },
              ],
            })),
          }
        : {}),
    }));
  });

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'report-lens', version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((u) => ({
              level: 'error',
              message: { text: `${u.path}: ${u.reason}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(u.path) } } }],
            })),
          },
        ],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
