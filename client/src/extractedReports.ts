// "Report Lens: Check Word/PDF Report": reads the file through VS Code's file system (so remote
// and virtual workspaces work), asks the language server to extract it (the server has the
// Word and PDF readers, loaded only when needed; the client bundle stays small), and opens the
// text as a read-only virtual document in the `report` language. The server then checks it
// like any report; its diagnostics and hovers name the paragraph or page of the original.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXTRACT_REQUEST, EXTRACTED_SCHEME, type ExtractParams, type ExtractResult } from '../../server/src/lsp/extractProtocol';

const CHECK_DOCUMENT_COMMAND = 'reportLens.checkDocument';

/** `/dir/report.docx` → `reportlens-extract:/dir/report.docx.report?file:///dir/report.docx`. */
function extractedUri(original: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: EXTRACTED_SCHEME, path: `${original.path}.report`, query: original.toString() });
}

function zh(): boolean {
  return vscode.env.language.toLowerCase().startsWith('zh');
}

export function registerExtractedReports(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const texts = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent: (uri) => texts.get(uri.toString()) ?? '',
  };

  async function check(target?: vscode.Uri): Promise<void> {
    let original = target;
    if (!original) {
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { [zh() ? 'Word/PDF 报告' : 'Word/PDF reports']: ['docx', 'pdf'] },
      });
      original = picked?.[0];
    }
    const languageClient = client();
    if (!original || !languageClient) return;
    const name = path.posix.basename(original.path);
    const virtual = extractedUri(original);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: zh() ? `Report Lens：正在读取 ${name}` : `Report Lens: reading ${name}` },
      async (): Promise<ExtractResult> => {
        const bytes = await vscode.workspace.fs.readFile(original);
        const params: ExtractParams = { uri: virtual.toString(), name, data: Buffer.from(bytes).toString('base64') };
        return languageClient.sendRequest<ExtractResult>(EXTRACT_REQUEST, params);
      },
    );
    if (!result.ok) {
      void vscode.window.showErrorMessage(`Report Lens: ${name} ${zh() ? result.reason.zh : result.reason.en}`);
      return;
    }
    texts.set(virtual.toString(), result.text);
    changed.fire(virtual);
    const document = await vscode.workspace.openTextDocument(virtual);
    await vscode.window.showTextDocument(document, { preview: false });
  }

  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, provider),
    vscode.commands.registerCommand(CHECK_DOCUMENT_COMMAND, (uri?: vscode.Uri) => check(uri instanceof vscode.Uri ? uri : undefined)),
  );
}
