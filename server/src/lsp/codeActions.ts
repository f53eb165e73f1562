// Quick fixes, built only from the data carried on each diagnostic (convert.ts), so a fix is
// exactly the one computed for the version the user sees, never from newer server state.

import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { diagnosticToCodeActions } from './convert';

export function codeActionsFor(
  params: CodeActionParams,
  version: number,
  supportsDocumentChanges: boolean,
): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(kind + '.') || kind === CodeActionKind.Empty)) {
    return [];
  }
  const target = { uri: params.textDocument.uri, version, supportsDocumentChanges };
  return params.context.diagnostics.flatMap((diagnostic) => diagnosticToCodeActions(diagnostic, target));
}
