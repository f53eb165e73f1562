// Word and PDF reports in the editor: the server extracts them on request (the readers are the
// CLI's, loaded lazily), remembers where each piece of text came from, and on the read-only
// virtual document names the paragraph or page in diagnostics and hovers. Nothing there can be
// edited, so quick fixes are not offered (see main.ts) and the hover says what to change instead.

import type { Connection, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver';
import { readReport } from '../inputs/readReport';
import { relocateText } from '../inputs/relocateMessages';
import { describeLocation, sourceLocationAt, type SourceSegment } from '../inputs/sourceLocation';
import type { CachedAnalysis } from './cache';
import { EXTRACT_REQUEST, type ExtractParams, type ExtractResult } from './extractProtocol';
import { pick, type Lang } from '../shared/locale';

function lineStartIn(entry: CachedAnalysis): (n: number) => number | undefined {
  const index = entry.index;
  return (n) => (n >= 1 && n <= index.lineCount ? index.offsetAt({ line: n - 1, character: 0 }) : undefined);
}

export class ExtractedDocuments {
  private readonly segments = new Map<string, SourceSegment[]>();

  /** Answers the client's extraction request. */
  listen(connection: Connection): void {
    connection.onRequest(EXTRACT_REQUEST, async (params: ExtractParams): Promise<ExtractResult> => {
      const result = await readReport(Buffer.from(params.data, 'base64'), params.name);
      if (!result.ok) return { ok: false, reason: result.reason };
      this.segments.set(params.uri, result.report.segments);
      return { ok: true, text: result.report.text };
    });
  }

  private where(uri: string, offset: number, lang: Lang): string | undefined {
    const segments = this.segments.get(uri);
    const location = segments && segments.length > 0 ? sourceLocationAt(segments, offset) : undefined;
    return location ? describeLocation(location, lang) : undefined;
  }

  /** Each diagnostic says where to find the place in the original file. */
  diagnostics(uri: string, diagnostics: Diagnostic[], entry: CachedAnalysis, lang: Lang): Diagnostic[] {
    if (!this.segments.has(uri)) return diagnostics;
    return diagnostics.map((diagnostic) => {
      const where = this.where(uri, entry.index.offsetAt(diagnostic.range.start), lang);
      if (!where || typeof diagnostic.message !== 'string') return diagnostic;
      // "on line 38" of the extracted text: the paragraph or page the user can find.
      const message = relocateText(diagnostic.message, lang, this.segments.get(uri) ?? [], lineStartIn(entry));
      return { ...diagnostic, message: `${message}\n${lang === 'zh' ? `原文位置：${where}` : `In the original: ${where}`}` };
    });
  }

  /** Adds, for each finding under the cursor, where it is in the original and what to change. */
  hover(uri: string, entry: CachedAnalysis, offset: number, lang: Lang, hover: Hover | null): Hover | null {
    if (!this.segments.has(uri)) return hover;
    const zh = lang === 'zh';
    const lines: string[] = [];
    for (const finding of entry.analysis.findings) {
      if (offset < finding.span.start || offset > finding.span.end) continue;
      const where = this.where(uri, finding.span.start, lang) ?? '';
      const fix = finding.fixes[0];
      const said = fix ? pick(fix.title, lang) : pick(finding.message, lang).split('\n')[0] ?? '';
      const change = relocateText(said, lang, this.segments.get(uri) ?? [], lineStartIn(entry));
      lines.push(zh ? `**请在原文${where}修改**（此视图只读）：${change}` : `**Change this in the original, ${where}** (this view is read-only): ${change}`);
    }
    if (lines.length === 0) return hover;
    const previous = hover && typeof hover.contents === 'object' && 'kind' in hover.contents ? (hover.contents as MarkupContent).value : '';
    const value = [lines.join('\n\n'), previous].filter((part) => part !== '').join('\n\n---\n\n');
    return { contents: { kind: 'markdown', value }, ...(hover?.range ? { range: hover.range } : {}) };
  }
}
