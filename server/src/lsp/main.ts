// The language server: wires documents, settings and the analysis cache to LSP handlers.
// The parts are named modules — Session (language, client abilities, settings), Publisher
// (diagnostics and the current analysis), Notices (messages and guarded handlers) — and every
// handler is registered in `registerHandlers` below, in one place. Every handler is guarded: a
// failure is logged and answered with an empty result, never a crash.

import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  type Connection,
  type ExecuteCommandParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pick } from '../shared/locale';
import { PROJECT_FILE_NAME } from '../shared/projectFile';
import { WorkerAnalyzer } from './analysisWorker';
import { AnalysisCache } from './cache';
import { SERVER_CAPABILITIES } from './capabilities';
import { codeActionsFor, IGNORE_FINDING_COMMAND } from './codeActions';
import { hoverAt } from './hover';
import { ignoreFinding, parseIgnoreRequest } from './ignoreFinding';
import { describe, Notices } from './notices';
import { isProjectFileUri, ProjectFiles } from './projectFiles';
import { ExtractedDocuments } from './extractedDocuments';
import { isExtractedUri } from './extractProtocol';
import { CrossReportService, INDICATOR_TABLE_COMMAND, withLines } from './crossReportService';
import { Publisher } from './publisher';
import { Session } from './session';
import { documentSymbols } from './symbols';

/** Everything a handler may use; built once per connection by `startServer`. */
interface Server {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  session: Session;
  /** `.reportlens.json` files: suppressions and per-code severities (see shared/projectFile.ts). */
  projectFiles: ProjectFiles;
  publisher: Publisher;
  notices: Notices;
  /** Word/PDF reports shown as read-only extracted text (extractedDocuments.ts). */
  extracted: ExtractedDocuments;
  /** Several reports: the workspace index and the features over it (crossReportService.ts). */
  crossReport: CrossReportService;
}

/** Starts the server on the transport named in argv; `workerScript` runs analyses (see server.ts). */
export function startServer(workerScript: string): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const analyzer = new WorkerAnalyzer(workerScript);
  const cache = new AnalysisCache({ error: (message) => connection.console.error(message) }, (text, options) => analyzer.analyze(text, options));
  const session = new Session();
  const projectFiles = new ProjectFiles();
  const notices = new Notices(
    connection.console,
    (type, message) => void connection.sendNotification(ShowMessageNotification.type, { type, message }),
    () => session.lang,
  );
  const extracted = new ExtractedDocuments();
  extracted.listen(connection);
  const publisher = new Publisher(connection, documents, cache, session, projectFiles, notices, (uri, diagnostics, entry, lang) =>
    extracted.diagnostics(uri, diagnostics, entry, lang),
  );

  const crossReport = new CrossReportService(connection, {
    workerScript,
    settings: () => session.settings,
    lang: () => session.lang,
    projectOptionsFor: (uri) => publisher.projectOptionsFor(uri),
    openUris: () => documents.all().map((d) => d.uri),
    openVersions: () => documents.all().map((d) => ({ uri: d.uri, version: d.version })),
    republish: (uri) => publisher.republish(uri),
    log: (message) => connection.console.error(message),
  });
  publisher.crossReport = crossReport;

  registerHandlers({ connection, documents, session, projectFiles, publisher, notices, extracted, crossReport });

  process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${describe(error)}`));
  process.on('unhandledRejection', (error) => connection.console.error(`unhandled rejection: ${describe(error)}`));
  connection.onExit(() => {
    analyzer.dispose();
    crossReport.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

/** Every LSP request and notification the server answers, in one place. */
function registerHandlers(server: Server): void {
  const { connection, documents, session, publisher, notices, extracted, crossReport } = server;

  // Lifecycle and configuration.
  connection.onInitialize((params): InitializeResult => {
    server.projectFiles.setWorkspaceFolders(session.initialize(params));
    crossReport.initialize(params);
    return { capabilities: SERVER_CAPABILITIES, serverInfo: { name: 'report-lens' } };
  });
  connection.onInitialized(() => registerWithClient(server));
  connection.onDidChangeConfiguration((change) => void refreshSettings(server, Session.sectionOf(change.settings)));
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => isProjectFileUri(change.uri))) reloadProjectFiles(server);
    crossReport.watchedFilesChanged(params.changes);
  });
  connection.onExecuteCommand((params) => notices.guarded('executeCommand', null, () => executeCommand(server, params)));

  // Documents: opens are checked at once, edits after the debounce, closes clear diagnostics.
  documents.onDidOpen((event) => publisher.opened(event.document.uri));
  documents.onDidChangeContent((event) => publisher.changed(event.document.uri));
  documents.onDidClose((event) => {
    publisher.closed(event.document.uri);
    crossReport.closed(event.document.uri);
  });

  // Requests answered from the cached analysis of the current version.
  connection.onHover(async (params) => {
    const entry = await publisher.currentAnalysis(params.textDocument.uri);
    if (!entry) return null;
    const offset = entry.index.offsetAt(params.position);
    return notices.guarded('hover', null, () =>
      extracted.hover(entry.uri, entry, offset, session.lang, withLines(hoverAt(entry, offset, session.lang), crossReport.hoverLines(entry.uri, offset))),
    );
  });
  // Every mention of the figure's indicator, in this report and in the others of its group.
  connection.onReferences(async (params) => {
    const entry = await publisher.currentAnalysis(params.textDocument.uri);
    if (entry) crossReport.noteAnalysis(entry);
    return entry ? notices.guarded('references', [], () => crossReport.references(entry.uri, entry.index.offsetAt(params.position))) : [];
  });
  connection.onDocumentHighlight(async (params) => {
    const entry = await publisher.currentAnalysis(params.textDocument.uri);
    if (entry) crossReport.noteAnalysis(entry);
    return entry ? notices.guarded('documentHighlight', [], () => crossReport.highlights(entry.uri, entry.index.offsetAt(params.position))) : [];
  });
  connection.onWorkspaceSymbol((params) => notices.guarded('workspaceSymbol', [], () => crossReport.symbols(params.query)));
  connection.onDocumentSymbol(async (params) => {
    const entry = await publisher.currentAnalysis(params.textDocument.uri);
    return entry ? notices.guarded('documentSymbol', [], () => documentSymbols(entry.analysis.outline, entry.index)) : [];
  });
  connection.onCodeAction((params) =>
    notices.guarded('codeAction', [], () => {
      const document = documents.get(params.textDocument.uri);
      // An extracted Word/PDF report is read-only: its hover says what to change in the original.
      if (!document || isExtractedUri(document.uri)) return [];
      return codeActionsFor(params, document.version, session.client.documentChanges, session.lang);
    }),
  );
}

/** After `initialized`: the dynamic registrations the client accepts, and the first settings. */
function registerWithClient(server: Server): void {
  const { connection, session } = server;
  if (session.client.registersConfigurationChange) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'reportLens' });
  }
  if (session.client.pullsConfiguration) void refreshSettings(server).finally(() => session.settingsArrived());
  if (session.client.registersWatchedFiles) {
    // Clients that cannot register watchers can still send the events (VS Code's client does
    // so for `synchronize.fileEvents`); our own writes refresh without any event.
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/${PROJECT_FILE_NAME}` }, { globPattern: '**/*.{txt,md,markdown,report}' }],
    });
  }
  // In the background, after the settings: opening a report never waits for the index.
  void session.settingsReady.then(() => server.crossReport.startIndex(session.client.pullsConfiguration));
}

/** Pulls the settings (or takes those pushed with the notification) and re-checks every document. */
async function refreshSettings(server: Server, pushed?: unknown): Promise<void> {
  const { connection, session } = server;
  try {
    if (session.client.pullsConfiguration) session.applySettings(await connection.workspace.getConfiguration({ section: 'reportLens' }));
    else if (pushed !== undefined) session.applySettings(pushed);
  } catch (error) {
    connection.console.error(`reading settings failed: ${describe(error)}`);
  }
  server.crossReport.settingsChanged();
  server.publisher.republishAll();
}

/** A project file changed: forget what was read and re-check every open document. */
function reloadProjectFiles(server: Server): void {
  server.projectFiles.clear();
  server.publisher.republishAll();
}

/** `reportLens.ignoreFinding` records the finding in `.reportlens.json`; the indicator-table command returns the table. */
function executeCommand(server: Server, params: ExecuteCommandParams): string | null {
  const { connection } = server;
  if (params.command === INDICATOR_TABLE_COMMAND) {
    // The indicator table as Markdown (client/src/indicatorTable.ts opens its preview).
    const uri = Array.isArray(params.arguments) && typeof params.arguments[0] === 'string' ? params.arguments[0] : undefined;
    return server.crossReport.indicatorTableMarkdown(uri);
  }
  if (params.command !== IGNORE_FINDING_COMMAND) return null;
  const request = parseIgnoreRequest(params.arguments);
  if (!request) {
    connection.console.error(`${IGNORE_FINDING_COMMAND}: malformed arguments ${JSON.stringify(params.arguments)}`);
    return null;
  }
  const outcome = ignoreFinding(request, server.projectFiles);
  if (outcome.ok) {
    connection.console.info(`recorded an ignored ${request.fingerprint.code} finding in ${outcome.projectFile}`);
    reloadProjectFiles(server);
  } else {
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `Report Lens: ${pick(outcome.reason, server.session.lang)}` });
  }
  return null;
}
