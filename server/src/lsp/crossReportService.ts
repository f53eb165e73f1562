// Editor features over several reports (GUIDE §5a, §7): the workspace index, cross-report
// diagnostics of the open report (related locations in other, possibly unopened, reports), the
// hover section listing the group's other mentions, references, document highlights, workspace
// symbols and the indicator table. main.ts registers it with a few lines; everything else is here.

import type { Connection, Diagnostic, DocumentHighlight, Hover, InitializeParams, Location, SymbolInformation } from 'vscode-languageserver/node';
import { DocumentHighlightKind, SymbolKind } from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import {
  baseName,
  crossReportFindings,
  groupMentions,
  groupOf,
  indicatorTable,
  indicatorTableMarkdown,
  mentionAt,
  mentionsOfKey,
  partitionFindings,
  periodName,
  reportFacts,
  targetCheck,
  type FactMention,
  type LineRange,
  type ReportFacts,
} from '../analysis/index';
import { fingerprintOf } from '../analysis/suppressions';
import type { CachedAnalysis } from './cache';
import { findingToDiagnostic } from './convert';
import type { Lang } from '../shared/locale';
import type { ProjectOptions } from './projectFiles';
import type { Settings } from './settings';
import { isIndexedFileUri, WorkspaceIndex } from './workspaceIndex';

export const INDICATOR_TABLE_COMMAND = 'reportLens.indicatorTable';
const MAX_HOVER_MENTIONS = 12;
const MAX_SYMBOLS = 500;
/** The longest the index waits for open documents before it indexes the next file anyway. */
const IDLE_WAIT_MS = 2000;

export interface CrossReportHost {
  workerScript: string;
  settings(): Settings;
  lang(): Lang;
  projectOptionsFor(uri: string): ProjectOptions;
  /** Open document URIs. */
  openUris(): string[];
  /** The open documents' current versions. */
  openVersions(): { uri: string; version: number }[];
  /** Re-publish the diagnostics of an open document. */
  republish(uri: string): void;
  log(message: string): void;
}

function toRange(r: LineRange): { start: { line: number; character: number }; end: { line: number; character: number } } {
  return { start: { line: r.line, character: r.character }, end: { line: r.endLine, character: r.endCharacter } };
}

function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

function mdEscape(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => '\\' + c);
}

export class CrossReportService {
  readonly index: WorkspaceIndex;
  private folders: string[] = [];
  private enabled = true;
  /** The document version whose facts are in the index, per open URI. */
  private readonly openVersions = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly host: CrossReportHost,
  ) {
    this.index = new WorkspaceIndex(host.workerScript, (uris) => this.afterChange(uris), host.log, () => this.openDocumentsAnalysed());
  }

  private idleWaiters: (() => void)[] = [];

  private busy(): boolean {
    return this.host.openVersions().some((d) => this.openVersions.get(d.uri) !== d.version);
  }

  /**
   * Resolves once every open document's current version has been analysed (or after IDLE_WAIT_MS,
   * so a document that is never published cannot stall the index): indexing gives way to the
   * reports the user is looking at, which keeps their diagnostics as fast as without an index.
   */
  private openDocumentsAnalysed(): Promise<void> {
    if (!this.busy()) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, IDLE_WAIT_MS);
      const waiter = (): void => {
        if (!this.busy()) done();
      };
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.idleWaiters.push(waiter);
    });
  }

  private wakeIndex(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
    // Waiters still busy wait again (their timer still runs).
    if (this.busy()) this.idleWaiters.push(...waiters);
  }

  initialize(params: InitializeParams): void {
    const options: unknown = params.initializationOptions;
    // `workspaceIndex: false` (initialization option): only open documents are compared.
    if (typeof options === 'object' && options !== null && (options as { workspaceIndex?: unknown }).workspaceIndex === false) this.enabled = false;
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = uris.flatMap((u) => {
      try {
        return u.startsWith('file:') ? [fileURLToPath(u)] : [];
      } catch {
        return [];
      }
    });
  }

  /** Starts (or restarts) the background index; never awaited by anything a user waits for. */
  async startIndex(pullsConfiguration: boolean): Promise<void> {
    if (!this.enabled || this.folders.length === 0) return;
    let exclude: string[] = [];
    if (pullsConfiguration) {
      try {
        const raw: unknown = await this.connection.workspace.getConfiguration({ section: 'files.exclude' });
        if (typeof raw === 'object' && raw !== null) exclude = Object.entries(raw as Record<string, unknown>).filter(([, on]) => on === true).map(([glob]) => glob);
      } catch {
        // A client without the section: nothing excluded.
      }
    }
    this.pullsConfiguration = pullsConfiguration;
    this.indexedWithLimit = this.host.settings().maxDocumentSize;
    this.index.start({ folders: this.folders, exclude, maxDocumentSize: this.indexedWithLimit });
  }

  private pullsConfiguration = false;
  /** The size limit the running index was started with (undefined: not started). */
  private indexedWithLimit: number | undefined;

  /** Settings changed: a new size limit restarts the index (the running scan is cancelled). */
  settingsChanged(): void {
    if (this.indexedWithLimit === undefined || this.indexedWithLimit === this.host.settings().maxDocumentSize) return;
    void this.startIndex(this.pullsConfiguration);
  }

  /** `workspace/didChangeWatchedFiles` for report files. */
  watchedFilesChanged(changes: readonly { uri: string; type: number }[]): void {
    if (!this.enabled) return;
    for (const change of changes) if (isIndexedFileUri(change.uri)) void this.index.refresh(change.uri, change.type === 3);
  }

  dispose(): void {
    this.index.dispose();
  }

  /** The open document's current analysis: its facts replace the file's. */
  noteAnalysis(entry: CachedAnalysis): void {
    if (this.openVersions.get(entry.uri) === entry.version) return;
    this.openVersions.set(entry.uri, entry.version);
    const facts = entry.status === 'analyzed' ? reportFacts(entry.uri, entry.analysis) : undefined;
    this.index.setOpen(entry.uri, facts);
    this.afterChange([entry.uri], entry.uri);
    this.wakeIndex();
  }

  closed(uri: string): void {
    this.openVersions.delete(uri);
    this.index.setOpen(uri, undefined);
    this.afterChange([uri]);
    this.wakeIndex();
  }

  /** Part of the publication stamp: diagnostics change when the index does. */
  stamp(): string {
    return String(this.index.revision);
  }

  /** Open documents in the groups of the changed reports are re-published. */
  private afterChange(uris: string[], except?: string): void {
    const reports = this.index.all();
    const open = this.host.openUris();
    // The file of an open document changed on disk: its open facts win, nothing changes.
    const relevant = except === undefined ? uris.filter((u) => !open.includes(u) || !this.openVersions.has(u)) : uris;
    if (relevant.length === 0) return;
    for (const uri of open) {
      if (uri === except) continue;
      if (relevant.includes(uri) || relevant.some((u) => groupOf(reports, u).some((r) => r.id === uri))) this.host.republish(uri);
    }
  }

  /** Cross-report diagnostics of an open report, after its own (settings and .reportlens.json applied). */
  diagnostics(entry: CachedAnalysis, version: number): Diagnostic[] {
    if (entry.status !== 'analyzed') return [];
    const reports = this.index.all();
    const self = this.index.get(entry.uri);
    if (!self) return [];
    const group = [self, ...groupOf(reports, entry.uri)];
    if (group.length < 2) return [];
    const project = this.host.projectOptionsFor(entry.uri);
    const severities = { ...project.checks, ...this.host.settings().checks };
    const findings = crossReportFindings(group, { severities }).get(entry.uri) ?? [];
    const { kept } = partitionFindings(findings, entry.analysis.text, project.suppressions);
    const lang = this.host.lang();
    return kept.map((f) => findingToDiagnostic(f, entry.index, entry.uri, version, lang, fingerprintOf(f, entry.analysis.text)));
  }

  private mentionUnder(uri: string, offset: number): { self: ReportFacts; m: FactMention } | undefined {
    const self = this.index.get(uri);
    const m = self ? mentionAt(self, offset) : undefined;
    return self && m ? { self, m } : undefined;
  }

  /** Extra hover lines: the indicator in the group's other reports, and whether a target was met. */
  hoverLines(uri: string, offset: number): string[] {
    const hit = this.mentionUnder(uri, offset);
    if (!hit) return [];
    const lang = this.host.lang();
    const reports = this.index.all();
    const lines: string[] = [];
    const check = targetCheck(reports, uri, hit.m);
    if (check) {
      const target = check.target.m;
      const met = check.outcome === 'met';
      const where = check.target.report.id === uri ? '' : t(lang, `（${baseName(check.target.report.id)}）`, ` (${baseName(check.target.report.id)})`);
      const actualText = mdEscape(check.actual.m.q.text);
      const targetText = mdEscape(target.q.text);
      lines.push(
        hit.m.status === 'target'
          ? t(lang, `**目标完成情况**：实际 ${actualText}，${met ? '已完成' : '未完成'}目标 ${targetText}${where}`, `**Target**: actual ${actualText}; the target ${targetText}${where} was ${met ? 'met' : 'missed'}`)
          : t(lang, `**目标完成情况**：目标 ${targetText}${where}，${met ? '已完成' : '未完成'}`, `**Target**: ${targetText}${where} — ${met ? 'met' : 'missed'}`),
      );
    }
    const others = groupMentions(reports, uri, hit.m.key);
    if (others.length > 0) {
      if (lines.length > 0) lines.push('');
      lines.push(`**${t(lang, '同组其他报告中的表述', 'In the other reports of this county and year')}**`, '');
      for (const o of others.slice(0, MAX_HOVER_MENTIONS)) {
        const line = o.m.range.line + 1;
        const label = `${baseName(o.report.id)}${t(lang, ` 第 ${line} 行`, ` line ${line}`)}`;
        const per = periodName(o.m.year, o.m.status, o.m.scope);
        lines.push(`- [${mdEscape(label)}](${o.report.id}#L${line}): ${mdEscape(o.m.q.text)} — ${mdEscape(t(lang, per.zh, per.en))}`);
      }
      if (others.length > MAX_HOVER_MENTIONS) lines.push(`- ${t(lang, `……另有 ${others.length - MAX_HOVER_MENTIONS} 处`, `… and ${others.length - MAX_HOVER_MENTIONS} more`)}`);
    }
    return lines;
  }

  /** textDocument/references on a figure: the indicator in this report and the group's others. */
  references(uri: string, offset: number): Location[] {
    const hit = this.mentionUnder(uri, offset);
    if (!hit) return [];
    const own = mentionsOfKey(hit.self, hit.m.key).map((m) => ({ uri, range: toRange(m.range) }));
    const others = groupMentions(this.index.all(), uri, hit.m.key).map((o) => ({ uri: o.report.id, range: toRange(o.m.range) }));
    return [...own, ...others];
  }

  /** textDocument/documentHighlight on a figure: the indicator's mentions in this report. */
  highlights(uri: string, offset: number): DocumentHighlight[] {
    const hit = this.mentionUnder(uri, offset);
    if (!hit) return [];
    return mentionsOfKey(hit.self, hit.m.key).map((m) => ({ range: toRange(m.range), kind: m === hit.m ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
  }

  /** workspace/symbol: indicators across every indexed and open report whose name contains the query. */
  symbols(query: string): SymbolInformation[] {
    const q = query.trim();
    const out: SymbolInformation[] = [];
    const reports = [...this.index.all()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const lang = this.host.lang();
    for (const r of reports) {
      for (const m of r.mentions) {
        if (q !== '' && !m.indicator.includes(q) && !m.key.includes(q)) continue;
        const per = periodName(m.year, m.status, m.scope);
        out.push({
          name: `${m.indicator} ${m.q.text.replace(/\s+/g, '')}`,
          kind: SymbolKind.Number,
          location: { uri: r.id, range: toRange(m.range) },
          containerName: `${baseName(r.id)} ${t(lang, per.zh, per.en)}`,
        });
        if (out.length >= MAX_SYMBOLS) return out;
      }
    }
    return out;
  }

  /**
   * The indicator table (Markdown) of the group of `uri` — or of every report when `uri` is in
   * no group — with each figure linking to its line.
   */
  indicatorTableMarkdown(uri: string | undefined): string {
    const reports = this.index.all();
    const self = uri ? this.index.get(uri) : undefined;
    const chosen = self ? [self, ...groupOf(reports, self.id)] : reports;
    const sorted = [...chosen].sort((a, b) => (a.id < b.id ? -1 : 1));
    return indicatorTableMarkdown(indicatorTable(sorted), this.host.lang(), (report, range) => `${report}#L${range.line + 1}`);
  }
}

/** The single-report hover with the cross-report lines appended. */
export function withLines(hover: Hover | null, lines: readonly string[]): Hover | null {
  if (!hover || lines.length === 0) return hover;
  const contents = hover.contents;
  if (typeof contents !== 'object' || contents === null || !('kind' in contents)) return hover;
  return { ...hover, contents: { kind: contents.kind, value: `${contents.value}\n\n${lines.join('\n')}` } };
}
