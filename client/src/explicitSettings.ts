// `reportLens.checks.<code>` as the user set them, without the defaults from package.json.
//
// VS Code answers workspace/configuration with every declared setting, defaults included, so
// the server could not tell "the user chose warning" from "nobody chose anything". It needs to:
// a severity in `.reportlens.json` applies only where no editor setting was made (the setting
// wins; see README "Silencing a finding"). The middleware below sends only explicit values;
// the logic is in explicitChecks.ts (unit-tested), this file connects it to `vscode`.

import * as vscode from 'vscode';
import type { ConfigurationParams } from 'vscode-languageclient/node';
import { explicitValues, replaceChecks } from './explicitChecks';

/** The per-code severities set in user, workspace or folder settings (innermost wins). */
export function explicitChecks(scope: vscode.Uri | undefined): Record<string, string> {
  const config = vscode.workspace.getConfiguration('reportLens', scope);
  return explicitValues(config.get<unknown>('checks'), (code) => config.inspect<string>(`checks.${code}`));
}

/** Replaces `checks` in each answered `reportLens` section with the explicit values only. */
export function withExplicitChecks(params: ConfigurationParams, answers: unknown[]): unknown[] {
  return replaceChecks(params, answers, (scopeUri) => explicitChecks(scopeUri ? vscode.Uri.parse(scopeUri) : undefined));
}
