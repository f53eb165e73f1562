// Report Lens: Show Indicator Table — asks the server for the indicator table of the active
// report's group (every indexed report when it has none) and shows it as a Markdown preview:
// one row per indicator, one column per report and period, ⚠ on disagreements, each figure a
// link to its line (`file:///…#L12`, which VS Code opens at that line).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const SHOW_INDICATOR_TABLE = 'reportLens.showIndicatorTable';
/** The server's command (crossReportService.ts). */
const SERVER_COMMAND = 'reportLens.indicatorTable';

/** Returns the generated document's URI (for tests), or undefined when there is no server. */
export async function showIndicatorTable(client: LanguageClient | undefined): Promise<vscode.Uri | undefined> {
  if (!client) return undefined;
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const markdown: unknown = await client.sendRequest('workspace/executeCommand', { command: SERVER_COMMAND, arguments: active ? [active] : [] });
  if (typeof markdown !== 'string') return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.commands.executeCommand('markdown.showPreviewToSide', document.uri);
  return document.uri;
}
