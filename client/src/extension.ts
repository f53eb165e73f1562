// VS Code entry point. Thin: starts the language server over IPC, forwards the display
// language, switches plain-text reports to the `report` language, and registers three commands.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DETECTION_WINDOW, looksLikeReport, REPORT_LANGUAGE } from '../../server/src/lsp/detect';
import type { EnableMode } from '../../server/src/lsp/settings';
import { withExplicitChecks } from './explicitSettings';
import { registerExtractedReports } from './extractedReports';
import { EXTRACTED_SCHEME } from '../../server/src/lsp/extractProtocol';
import { SHOW_INDICATOR_TABLE, showIndicatorTable } from './indicatorTable';

let client: LanguageClient | undefined;
/** Documents switched (or deliberately left) once: a user who switches back keeps their choice. */
const decided = new Set<string>();

function enableMode(): EnableMode {
  const value = vscode.workspace.getConfiguration('reportLens').get<string>('enable', 'auto');
  return value === 'always' || value === 'never' ? value : 'auto';
}

function head(document: vscode.TextDocument): string {
  const end = document.positionAt(DETECTION_WINDOW);
  return document.getText(new vscode.Range(new vscode.Position(0, 0), end));
}

/** In `auto` mode a plain-text document that reads like a report becomes a `report` document. */
async function maybeSwitchToReport(document: vscode.TextDocument): Promise<void> {
  if (document.languageId !== 'plaintext' || decided.has(document.uri.toString())) return;
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') return;
  const mode = enableMode();
  if (mode === 'never') return;
  if (mode === 'auto' && !looksLikeReport(head(document))) return;
  decided.add(document.uri.toString());
  try {
    await vscode.languages.setTextDocumentLanguage(document, REPORT_LANGUAGE);
  } catch {
    // The document was closed in the meantime: nothing to do.
  }
}

async function markAsReport(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return;
  decided.add(document.uri.toString());
  await vscode.languages.setTextDocumentLanguage(document, REPORT_LANGUAGE);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const selector = ['report', 'plaintext', 'markdown'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  // Word/PDF reports opened as extracted, read-only text (extractedReports.ts).
  selector.push({ scheme: EXTRACTED_SCHEME, language: 'report' });
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    // The server pulls `reportLens.*` through workspace/configuration; only the locale is pushed.
    initializationOptions: { locale: vscode.env.language },
    middleware: {
      workspace: {
        // Only severities the user set, so `.reportlens.json` can fill in the rest.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          return Array.isArray(answers) ? withExplicitChecks(params, answers as unknown[]) : answers;
        },
      },
    },
  };
  client = new LanguageClient('reportLens', 'Report Lens', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('reportLens.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('reportLens.markAsReport', markAsReport),
    vscode.commands.registerCommand(SHOW_INDICATOR_TABLE, () => showIndicatorTable(client)),
    vscode.workspace.onDidOpenTextDocument((document) => void maybeSwitchToReport(document)),
    // An untitled document gets its text after opening (paste): look again while it is short.
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.isUntitled) void maybeSwitchToReport(event.document);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('reportLens.enable')) vscode.workspace.textDocuments.forEach((d) => void maybeSwitchToReport(d));
    }),
  );
  registerExtractedReports(context, () => client);
  vscode.workspace.textDocuments.forEach((document) => void maybeSwitchToReport(document));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
