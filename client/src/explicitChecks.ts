// The pure half of the explicit-settings middleware (explicitSettings.ts), kept free of the
// `vscode` module so that unit tests run it without an editor.

import type { ConfigurationParams } from 'vscode-languageclient/node';

/** What `WorkspaceConfiguration.inspect` tells about one setting (the scopes a user can set). */
export interface InspectedSetting {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The severities a user set for the codes of `declared` (the `checks` object with defaults),
 * innermost scope first; defaults, and values that are not strings, are left out.
 */
export function explicitValues(declared: unknown, inspect: (code: string) => InspectedSetting | undefined): Record<string, string> {
  const explicit: Record<string, string> = {};
  if (!isRecord(declared)) return explicit;
  for (const code of Object.keys(declared)) {
    const inspected = inspect(code);
    const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (typeof value === 'string') explicit[code] = value;
  }
  return explicit;
}

/** Replaces `checks` in each answered `reportLens` section with `checksFor(scopeUri)`; other answers pass unchanged. */
export function replaceChecks(
  params: ConfigurationParams,
  answers: unknown[],
  checksFor: (scopeUri: string | undefined) => Record<string, string>,
): unknown[] {
  return answers.map((answer, i) => {
    const item = params.items[i];
    if (item?.section !== 'reportLens' || !isRecord(answer)) return answer;
    return { ...answer, checks: checksFor(item.scopeUri) };
  });
}
