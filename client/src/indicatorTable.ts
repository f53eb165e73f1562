// Report Lens: Show Indicator Table — asks the server for the indicator table of the active
// report's group (every indexed report when it has none), writes it as a Markdown file in a
// temporary folder of the extension host (a plain `file:` path, also under code-server, where
// the extension's storage may be a `vscode-userdata:` resource) and shows its preview: one row per indicator, one column per report and
// period, ⚠ on disagreements, each figure a link to its line.
//
// The server links figures with `file:` URIs, which Markdown previews refuse (markdown-it rejects
// the `file:` scheme). A real file with *relative* links (`../../reports/plan.txt#L4`) is what the
// preview resolves and opens at the line, so the links are rewritten relative to the table file.

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const SHOW_INDICATOR_TABLE = 'reportLens.showIndicatorTable';
/** The server's command (crossReportService.ts). */
const SERVER_COMMAND = 'reportLens.indicatorTable';

/** `](file:///a/b.txt#L4)` → `](../../a/b.txt#L4)`, relative to `dir`; other links unchanged. */
function relativeLinks(markdown: string, dir: string): string {
  return markdown.replace(/\]\((file:[^)\s]+)\)/g, (whole, link: string) => {
    try {
      const uri = vscode.Uri.parse(link);
      const relative = path.relative(dir, uri.fsPath).split(path.sep).map(encodeURIComponent).join('/');
      return `](${relative}${uri.fragment ? `#${uri.fragment}` : ''})`;
    } catch {
      return whole;
    }
  });
}

/** Returns the table file's URI (for tests), or undefined when there is no server. */
export async function showIndicatorTable(client: LanguageClient | undefined): Promise<vscode.Uri | undefined> {
  if (!client) return undefined;
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const markdown: unknown = await client.sendRequest('workspace/executeCommand', { command: SERVER_COMMAND, arguments: active ? [active] : [] });
  if (typeof markdown !== 'string') return undefined;
  const dir = path.join(tmpdir(), 'report-lens');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'indicator-table.md');
  writeFileSync(file, relativeLinks(markdown, dir), 'utf8');
  const uri = vscode.Uri.file(file);
  await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  return uri;
}
