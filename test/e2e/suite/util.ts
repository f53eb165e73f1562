// Helpers for the extension-host suite: find the fixture reports in the opened workspace and wait
// for the language server with a deadline (polling, never a fixed sleep).

import * as vscode from 'vscode';

export const EXTENSION_ID = 'report-lens.report-lens';
export const SOURCE = 'report-lens';

/** How long the language server may take to start and answer for the first time. */
export const DEADLINE_MS = 45_000;
const POLL_MS = 100;

/**
 * Calls `probe` until it returns a value other than undefined, re-probing whenever diagnostics
 * change and every POLL_MS. Fails after `deadlineMs` with `what` and the last thing observed, so a
 * failure says what the user would have seen instead.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  describeLast: () => string = () => '',
  deadlineMs: number = DEADLINE_MS,
): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      // A provider can throw while the server is still starting; keep polling until the deadline.
      lastError = err;
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      const last = describeLast();
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${deadlineMs} ms waiting for ${what}${cause}${last ? `; last seen: ${last}` : ''}`);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, Math.min(POLL_MS, remaining));
      const sub = vscode.languages.onDidChangeDiagnostics(done);
      function done(): void {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  }
}

/** The fixture report whose file name starts with `prefix` (`000_`, `001_` …) in the workspace. */
export async function fixtureUri(prefix: string): Promise<vscode.Uri> {
  const found = await vscode.workspace.findFiles(`${prefix}*.txt`, undefined, 1);
  const folders = vscode.workspace.workspaceFolders ?? [];
  const [first] = found;
  if (found.length === 1 && first !== undefined) return first;
  // findFiles depends on the search service (ripgrep); fall back to listing the folder directly.
  for (const folder of folders) {
    for (const [name] of await vscode.workspace.fs.readDirectory(folder.uri)) {
      if (name.startsWith(prefix) && name.endsWith('.txt')) return vscode.Uri.joinPath(folder.uri, name);
    }
  }
  throw new Error(`fixture ${prefix}*.txt not found in workspace ${folders.map((f) => f.uri.toString()).join(', ') || '(none opened)'}`);
}

export async function openFixture(prefix: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(await fixtureUri(prefix));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export function reportLensDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE && (code === undefined || diagnosticCode(d) === code));
}

export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

/** Plain text of a hover's contents, whatever form the provider used. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  const parts: string[] = [];
  for (const hover of hovers) {
    for (const content of hover.contents) {
      if (typeof content === 'string') parts.push(content);
      else parts.push(content.value);
    }
  }
  return parts.join('\n');
}

export function flattenSymbols(symbols: readonly vscode.DocumentSymbol[], depth = 0): Array<{ symbol: vscode.DocumentSymbol; depth: number }> {
  return symbols.flatMap((symbol) => [{ symbol, depth }, ...flattenSymbols(symbol.children, depth + 1)]);
}

export function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) count += 1;
  return count;
}
