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

  registerHandlers({ connection, documents, session, projectFiles, publisher, notices, extracted });

  process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${describe(error)}`));
  process.on('unhandledRejection', (error) => connection.console.error(`unhandled rejection: ${describe(error)}`));
  connection.onExit(() => analyzer.dispose());

  documents.listen(connection);
  connection.listen();
}

/** Every LSP request and notification the server answers, in one place. */
function registerHandlers(server: Server): void {
  const { connection, documents, session, publisher, notices, extracted } = server;

  // Lifecycle and configuration.
  connection.onInitialize((params): InitializeResult => {
    server.projectFiles.setWorkspaceFolders(session.initialize(params));
    return { capabilities: SERVER_CAPABILITIES, serverInfo: { name: 'report-lens' } };
  });
  connection.onInitialized(() => registerWithClient(server));
  connection.onDidChangeConfiguration((change) => void refreshSettings(server, Session.sectionOf(change.settings)));
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => isProjectFileUri(change.uri))) reloadProjectFiles(server);
  });
  connection.onExecuteCommand((params) => notices.guarded('executeCommand', null, () => executeCommand(server, params)));

  // Documents: opens are checked at once, edits after the debounce, closes clear diagnostics.
  documents.onDidOpen((event) => publisher.opened(event.document.uri));
  documents.onDidChangeContent((event) => publisher.changed(event.document.uri));
  documents.onDidClose((event) => publisher.closed(event.document.uri));

  // Requests answered from the cached analysis of the current version.
  connection.onHover(async (params) => {
    const entry = await publisher.currentAnalysis(params.textDocument.uri);
    if (!entry) return null;
    const offset = entry.index.offsetAt(params.position);
    return notices.guarded('hover', null, () => extracted.hover(entry.uri, entry, offset, session.lang, hoverAt(entry, offset, session.lang)));
  });
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
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${PROJECT_FILE_NAME}` }] });
  }
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
  server.publisher.republishAll();
}

/** A project file changed: forget what was read and re-check every open document. */
function reloadProjectFiles(server: Server): void {
  server.projectFiles.clear();
  server.publisher.republishAll();
}

/** `reportLens.ignoreFinding`: records the finding in `.reportlens.json`. */
function executeCommand(server: Server, params: ExecuteCommandParams): null {
  const { connection } = server;
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
