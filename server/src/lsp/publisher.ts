// Diagnostics for open documents: debounced scheduling, one publication per document version and
// settings generation, and the analysis every other request (hover, symbols) is answered from.

import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import { MessageType } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fingerprintOf } from '../analysis/suppressions';
import { msg, type Lang } from '../shared/locale';
import type { AnalysisCache, CachedAnalysis } from './cache';
import { findingToDiagnostic } from './convert';
import { describe, documentNotices, MAX_DIAGNOSTICS, type Notices } from './notices';
import type { ProjectFiles, ProjectOptions } from './projectFiles';
import type { Session } from './session';

/** What the cross-report service (crossReportService.ts) adds to a publication. */
export interface CrossReportHooks {
  /** Changes whenever the workspace index does, so a document is re-published then. */
  stamp(): string;
  /** The document's analysis joins the index. */
  noteAnalysis(entry: CachedAnalysis): void;
  /** Findings against the other reports of its group. */
  diagnostics(entry: CachedAnalysis, version: number): Diagnostic[];
}

export class Publisher {
  /** Set once at start-up when the workspace index is on. */
  crossReport: CrossReportHooks | undefined;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** `version#generation` last published per URI, so an unchanged analysis is not re-sent. */
  private readonly published = new Map<string, string>();
  /** Documents just opened: their first analysis is not debounced. */
  private readonly justOpened = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
    private readonly session: Session,
    private readonly projectFiles: ProjectFiles,
    private readonly notices: Notices,
    /** Rewrites a document's diagnostics before they are sent (extracted Word/PDF reports name the original's place). */
    private readonly rewrite: (uri: string, diagnostics: Diagnostic[], entry: CachedAnalysis, lang: Lang) => Diagnostic[] = (_uri, diagnostics) => diagnostics,
  ) {}

  opened(uri: string): void {
    this.justOpened.add(uri);
  }

  /** Opens and edits both change the content; only edits wait for the user to pause typing. */
  changed(uri: string): void {
    this.schedule(uri, this.justOpened.delete(uri) ? 0 : this.session.settings.debounceMs);
  }

  closed(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    this.published.delete(uri);
    this.justOpened.delete(uri);
    this.cache.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Settings or a project file changed: a new generation, every open document re-checked. */
  republishAll(): void {
    this.session.generation++;
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  /** The project file's contribution to `uri`; a broken file is reported once and ignored. */
  projectOptionsFor(uri: string): ProjectOptions {
    const options = this.notices.guarded('reading .reportlens.json', undefined, () => this.projectFiles.optionsFor(uri));
    const problem = options?.file?.problem;
    if (options?.file && problem) {
      const path = options.file.path;
      this.notices.showOnce({
        key: `project|${path}|${problem.en}`,
        message: msg(`Report Lens：${path} ${problem.zh}`, `Report Lens: ${path} ${problem.en}`),
        type: MessageType.Warning,
      });
    }
    return options ?? { checks: {}, suppressions: [] };
  }

  /** The analysis of the document's current version (shared with diagnostics), or undefined. */
  async currentAnalysis(uri: string): Promise<CachedAnalysis | undefined> {
    try {
      await this.session.settingsReady;
      const document = this.documents.get(uri);
      return document ? await this.analysisOf(document) : undefined;
    } catch (error) {
      this.connection.console.error(`analysis failed: ${describe(error)}`);
      return undefined;
    }
  }

  private analysisOf(document: TextDocument): Promise<CachedAnalysis> {
    const { settings, generation } = this.session;
    return this.cache.get(document, settings, generation, this.projectOptionsFor(document.uri));
  }

  /** Re-checks one open document at once (the index learnt something that concerns it). */
  republish(uri: string): void {
    if (this.documents.get(uri)) this.schedule(uri, 0);
  }

  private schedule(uri: string, delayMs: number): void {
    const previous = this.timers.get(uri);
    if (previous) clearTimeout(previous);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.publish(uri);
      }, delayMs),
    );
  }

  private async publish(uri: string): Promise<void> {
    await this.session.settingsReady;
    const document = this.documents.get(uri);
    if (!document) return;
    const generation = this.session.generation;
    const cross = this.crossReport;
    let stamp = `${document.version}#${generation}#${cross?.stamp() ?? ''}`;
    if (this.published.get(uri) === stamp) return;
    const entry = await this.analysisOf(document);
    // Typed on while analysing: the newer version has its own publication scheduled.
    if (this.documents.get(uri)?.version !== entry.version || entry.generation !== this.session.generation) return;
    // Its facts join the index (a new version bumps the index revision, hence the stamp).
    if (cross) {
      cross.noteAnalysis(entry);
      stamp = `${document.version}#${generation}#${cross.stamp()}`;
    }
    // Two publications of one version may have waited on the same analysis: send it once.
    if (this.published.get(uri) === stamp) return;
    this.notices.guarded('publishDiagnostics', undefined, () => {
      const { findings, text } = entry.analysis;
      const lang = this.session.lang;
      const diagnostics = findings
        .slice(0, MAX_DIAGNOSTICS)
        .map((finding) => findingToDiagnostic(finding, entry.index, uri, document.version, lang, fingerprintOf(finding, text)));
      if (cross) diagnostics.push(...this.notices.guarded('cross-report diagnostics', [], () => cross.diagnostics(entry, document.version)));
      void this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: this.rewrite(uri, diagnostics, entry, lang) });
      this.published.set(uri, stamp);
      for (const notice of documentNotices(uri, entry)) this.notices.showOnce(notice);
    });
  }
}
