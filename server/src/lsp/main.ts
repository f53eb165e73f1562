// The language server: wires documents, settings and the analysis cache to LSP handlers.
// Every handler is wrapped: a failure is logged and answered with an empty result, never a crash.

import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_CAPABILITIES } from './capabilities';
import { AnalysisCache, type CachedAnalysis } from './cache';
import { WorkerAnalyzer } from './analysisWorker';
import { codeActionsFor } from './codeActions';
import { findingToDiagnostic } from './convert';
import { hoverAt } from './hover';
import { langFromLocale, msg, pick, type Lang } from './locale';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';
import { documentSymbols } from './symbols';
import type { Msg } from '../analysis/types';
import { fingerprintOf } from '../analysis/suppressions';
import { IGNORE_FINDING_COMMAND } from './codeActions';
import { ignoreFinding, parseIgnoreRequest } from './ignoreFinding';
import { PROJECT_FILE_NAME } from './projectFile';
import { isProjectFileUri, ProjectFiles, type ProjectOptions } from './projectFiles';
import { CrossReportService, INDICATOR_TABLE_COMMAND, withLines } from './crossReportService';

/** Starts the server on the transport named in argv; `workerScript` runs analyses (see server.ts). */
export function startServer(workerScript: string): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const analyzer = new WorkerAnalyzer(workerScript);
  const cache = new AnalysisCache({ error: (message) => connection.console.error(message) }, (text, options) =>
    analyzer.analyze(text, options),
  );

  let lang: Lang = 'en';
  let settings: Settings = DEFAULT_SETTINGS;
  /** Bumped on every settings change: cached analyses of an older generation are stale. */
  let generation = 0;
  let pullsConfiguration = false;
  let registersConfigurationChange = false;
  let supportsDocumentChanges = false;
  let registersWatchedFiles = false;
  /** `.reportlens.json` files: suppressions and per-code severities (see projectFile.ts). */
  const projectFiles = new ProjectFiles();

  /**
   * Resolved once the first settings have arrived, so that no document is analysed (and no
   * diagnostics flash) with defaults the user has overridden. A silent client cannot block us.
   */
  let settingsReady: Promise<void> = Promise.resolve();
  let markSettingsReady: () => void = () => undefined;
  const SETTINGS_WAIT_LIMIT_MS = 2000;
  /** More diagnostics than this help nobody and make the editor sluggish; a notice says so. */
  const MAX_DIAGNOSTICS = 1000;

  const pendingTimers = new Map<string, NodeJS.Timeout>();
  /** `uri@version#generation` last published, so an unchanged analysis is not re-sent. */
  const published = new Map<string, string>();
  /** Notices already shown (window/showMessage), so each appears once per session. */
  const shownNotices = new Set<string>();
  // Several reports: the workspace index and the features over it (crossReportService.ts).
  const crossReport = new CrossReportService(connection, {
    workerScript,
    settings: () => settings,
    lang: () => lang,
    projectOptionsFor: (uri) => projectOptionsFor(uri),
    openUris: () => documents.all().map((d) => d.uri),
    openVersions: () => documents.all().map((d) => ({ uri: d.uri, version: d.version })),
    republish: (uri) => schedule(uri, 0),
    log: (message) => connection.console.error(message),
  });

  function describe(error: unknown): string {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
  }

  /** Runs a handler; on failure logs and returns the fallback instead of killing the connection. */
  function guarded<T>(name: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      connection.console.error(`${name} failed: ${describe(error)}`);
      return fallback;
    }
  }

  function showOnce(key: string, message: Msg, type: MessageType): void {
    if (shownNotices.has(key)) return;
    shownNotices.add(key);
    const text = pick(message, lang);
    connection.console.info(text);
    // A notification, not window/showMessageRequest: nothing waits for the user to dismiss it.
    void connection.sendNotification(ShowMessageNotification.type, { type, message: text });
  }

  /** The project file's contribution to `uri`; a broken file is reported once and ignored. */
  function projectOptionsFor(uri: string): ProjectOptions {
    const options = guarded('reading .reportlens.json', undefined, () => projectFiles.optionsFor(uri));
    const problem = options?.file?.problem;
    if (options?.file && problem) {
      const path = options.file.path;
      showOnce(`project|${path}|${problem.en}`, msg(`Report Lens：${path} ${problem.zh}`, `Report Lens: ${path} ${problem.en}`), MessageType.Warning);
    }
    return options ?? { checks: {}, suppressions: [] };
  }

  async function publish(uri: string): Promise<void> {
    await settingsReady;
    const document = documents.get(uri);
    if (!document) return;
    let stamp = `${document.version}#${generation}#${crossReport.stamp()}`;
    if (published.get(uri) === stamp) return;
    const entry = await cache.get(document, settings, generation, projectOptionsFor(uri));
    // Typed on while analysing: the newer version has its own publication scheduled.
    if (documents.get(uri)?.version !== entry.version || entry.generation !== generation) return;
    // Its facts join the index (a new version bumps the index revision, hence the stamp).
    crossReport.noteAnalysis(entry);
    stamp = `${document.version}#${generation}#${crossReport.stamp()}`;
    // Two publications of one version may have waited on the same analysis: send it once.
    if (published.get(uri) === stamp) return;
    guarded('publishDiagnostics', undefined, () => {
      const findings = entry.analysis.findings;
      const diagnostics = findings
        .slice(0, MAX_DIAGNOSTICS)
        .map((finding) =>
          findingToDiagnostic(finding, entry.index, uri, document.version, lang, fingerprintOf(finding, entry.analysis.text)),
        );
      if (findings.length > MAX_DIAGNOSTICS) {
        showOnce(
          `${uri}|capped`,
          msg(
            `Report Lens：本文档有 ${findings.length} 个问题，仅显示前 ${MAX_DIAGNOSTICS} 个。`,
            `Report Lens: this document has ${findings.length} findings; only the first ${MAX_DIAGNOSTICS} are shown.`,
          ),
          MessageType.Info,
        );
      }
      diagnostics.push(...guarded('cross-report diagnostics', [], () => crossReport.diagnostics(entry, document.version)));
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
      published.set(uri, stamp);
      if (entry.notice) showOnce(`${uri}|${entry.status}`, entry.notice, MessageType.Warning);
      for (const notice of entry.analysis.notices) showOnce(`${uri}|${notice.message.en}`, notice.message, MessageType.Info);
    });
  }

  function schedule(uri: string, delayMs: number): void {
    const previous = pendingTimers.get(uri);
    if (previous) clearTimeout(previous);
    pendingTimers.set(
      uri,
      setTimeout(() => {
        pendingTimers.delete(uri);
        void publish(uri);
      }, delayMs),
    );
  }

  function republishAll(): void {
    generation++;
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  async function refreshSettings(rawFromNotification?: unknown): Promise<void> {
    try {
      if (pullsConfiguration) {
        const raw: unknown = await connection.workspace.getConfiguration({ section: 'reportLens' });
        settings = parseSettings(raw);
      } else if (rawFromNotification !== undefined) {
        settings = parseSettings(rawFromNotification);
      }
    } catch (error) {
      connection.console.error(`reading settings failed: ${describe(error)}`);
    }
    crossReport.settingsChanged();
    republishAll();
  }

  function readInitializationOptions(params: InitializeParams): { locale?: string; settings?: unknown } {
    const options: unknown = params.initializationOptions;
    if (typeof options !== 'object' || options === null) return {};
    const record = options as Record<string, unknown>;
    return {
      locale: typeof record.locale === 'string' ? record.locale : undefined,
      settings: record.settings,
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = readInitializationOptions(params);
    lang = langFromLocale(options.locale ?? params.locale);
    if (options.settings !== undefined) settings = parseSettings(options.settings);
    const capabilities = params.capabilities;
    pullsConfiguration = capabilities.workspace?.configuration === true;
    registersConfigurationChange = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    supportsDocumentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    registersWatchedFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    projectFiles.setWorkspaceFolders(folders);
    if (pullsConfiguration) {
      settingsReady = new Promise((resolve) => {
        markSettingsReady = resolve;
        setTimeout(resolve, SETTINGS_WAIT_LIMIT_MS);
      });
    }
    crossReport.initialize(params);
    return { capabilities: SERVER_CAPABILITIES, serverInfo: { name: 'report-lens' } };
  });

  connection.onInitialized(() => {
    if (registersConfigurationChange) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'reportLens' });
    }
    if (pullsConfiguration) void refreshSettings().finally(() => markSettingsReady());
    if (registersWatchedFiles) {
      // Clients that cannot register watchers can still send the events (VS Code's client does
      // so for `synchronize.fileEvents`); our own writes refresh without any event.
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${PROJECT_FILE_NAME}` }, { globPattern: '**/*.{txt,md,markdown,report}' }],
      });
    }
    // In the background, after the settings: opening a report never waits for the index.
    void settingsReady.then(() => crossReport.startIndex(pullsConfiguration));
  });

  /** A project file changed: forget what was read and re-check every open document. */
  function reloadProjectFiles(): void {
    projectFiles.clear();
    republishAll();
  }

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => isProjectFileUri(change.uri))) reloadProjectFiles();
    crossReport.watchedFilesChanged(params.changes);
  });

  connection.onExecuteCommand((params) =>
    guarded('executeCommand', null, () => {
      if (params.command === INDICATOR_TABLE_COMMAND) {
        const uri = Array.isArray(params.arguments) && typeof params.arguments[0] === 'string' ? params.arguments[0] : undefined;
        return crossReport.indicatorTableMarkdown(uri);
      }
      if (params.command !== IGNORE_FINDING_COMMAND) return null;
      const request = parseIgnoreRequest(params.arguments);
      if (!request) {
        connection.console.error(`${IGNORE_FINDING_COMMAND}: malformed arguments ${JSON.stringify(params.arguments)}`);
        return null;
      }
      const outcome = ignoreFinding(request, projectFiles);
      if (outcome.ok) {
        connection.console.info(`recorded an ignored ${request.fingerprint.code} finding in ${outcome.projectFile}`);
        reloadProjectFiles();
      } else {
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `Report Lens: ${pick(outcome.reason, lang)}` });
      }
      return null;
    }),
  );

  connection.onDidChangeConfiguration((change) => {
    const raw: unknown = change.settings;
    const section =
      typeof raw === 'object' && raw !== null && 'reportLens' in raw ? (raw as { reportLens: unknown }).reportLens : undefined;
    void refreshSettings(section);
  });

  /** Documents just opened: their first analysis is not debounced. */
  const justOpened = new Set<string>();
  documents.onDidOpen((event) => justOpened.add(event.document.uri));
  // Fires for opens as well as edits; only edits wait for the user to pause typing.
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    schedule(uri, justOpened.delete(uri) ? 0 : settings.debounceMs);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const timer = pendingTimers.get(uri);
    if (timer) clearTimeout(timer);
    pendingTimers.delete(uri);
    published.delete(uri);
    justOpened.delete(uri);
    cache.delete(uri);
    crossReport.closed(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  /** The analysis of the document's current version (shared with diagnostics), or undefined. */
  async function currentAnalysis(uri: string): Promise<CachedAnalysis | undefined> {
    try {
      await settingsReady;
      const document = documents.get(uri);
      return document ? await cache.get(document, settings, generation, projectOptionsFor(uri)) : undefined;
    } catch (error) {
      connection.console.error(`analysis failed: ${describe(error)}`);
      return undefined;
    }
  }

  connection.onHover(async (params) => {
    const entry = await currentAnalysis(params.textDocument.uri);
    if (!entry) return null;
    const offset = entry.index.offsetAt(params.position);
    return guarded('hover', null, () => withLines(hoverAt(entry, offset, lang), crossReport.hoverLines(entry.uri, offset)));
  });

  connection.onReferences(async (params) => {
    const entry = await currentAnalysis(params.textDocument.uri);
    if (entry) crossReport.noteAnalysis(entry);
    return entry ? guarded('references', [], () => crossReport.references(entry.uri, entry.index.offsetAt(params.position))) : [];
  });
  connection.onDocumentHighlight(async (params) => {
    const entry = await currentAnalysis(params.textDocument.uri);
    if (entry) crossReport.noteAnalysis(entry);
    return entry ? guarded('documentHighlight', [], () => crossReport.highlights(entry.uri, entry.index.offsetAt(params.position))) : [];
  });
  connection.onWorkspaceSymbol((params) => guarded('workspaceSymbol', [], () => crossReport.symbols(params.query)));

  connection.onDocumentSymbol(async (params) => {
    const entry = await currentAnalysis(params.textDocument.uri);
    return entry ? guarded('documentSymbol', [], () => documentSymbols(entry.analysis.outline, entry.index)) : [];
  });

  connection.onCodeAction((params) =>
    guarded('codeAction', [], () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      return codeActionsFor(params, document.version, supportsDocumentChanges, lang);
    }),
  );

  process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${describe(error)}`));
  process.on('unhandledRejection', (error) => connection.console.error(`unhandled rejection: ${describe(error)}`));

  connection.onExit(() => {
    analyzer.dispose();
    crossReport.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
