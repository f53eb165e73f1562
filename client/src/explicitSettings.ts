// `reportLens.checks.<code>` as the user set them, without the defaults from package.json.
//
// VS Code answers workspace/configuration with every declared setting, defaults included, so
// the server could not tell "the user chose warning" from "nobody chose anything". It needs to:
// a severity in `.reportlens.json` applies only where no editor setting was made (the setting
// wins; see README "Silencing a finding"). The middleware below sends only explicit values.

import * as vscode from 'vscode';
import type { ConfigurationParams } from 'vscode-languageclient/node';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The per-code severities set in user, workspace or folder settings (innermost wins). */
export function explicitChecks(scope: vscode.Uri | undefined): Record<string, string> {
  const config = vscode.workspace.getConfiguration('reportLens', scope);
  const declared = config.get<unknown>('checks');
  const explicit: Record<string, string> = {};
  if (!isRecord(declared)) return explicit;
  for (const code of Object.keys(declared)) {
    const inspected = config.inspect<string>(`checks.${code}`);
    const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (typeof value === 'string') explicit[code] = value;
  }
  return explicit;
}

/** Replaces `checks` in each answered `reportLens` section with the explicit values only. */
export function withExplicitChecks(params: ConfigurationParams, answers: unknown[]): unknown[] {
  return answers.map((answer, i) => {
    const item = params.items[i];
    if (item?.section !== 'reportLens' || !isRecord(answer)) return answer;
    const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
    return { ...answer, checks: explicitChecks(scope) };
  });
}
