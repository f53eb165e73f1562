// Quick fixes, built only from the data carried on each diagnostic (convert.ts), so a fix is
// exactly the one computed for the version the user sees, never from newer server state.

import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE, diagnosticToCodeActions, isDiagnosticData } from './convert';
import { msg, pick, type Lang } from '../shared/locale';
import { localPath } from './projectFiles';

/** Server command behind "ignore this finding": writes the entry into `.reportlens.json`. */
export const IGNORE_FINDING_COMMAND = 'reportLens.ignoreFinding';

export const IGNORE_TITLE = msg('忽略此问题（记录到 .reportlens.json）', 'Ignore this finding (recorded in .reportlens.json)');

/**
 * "Ignore this finding", for a diagnostic of the current version of a file on disk (an untitled
 * document has no place for a project file). Listed after the real fixes: never preferred.
 */
function ignoreAction(diagnostic: Diagnostic, uri: string, version: number, lang: Lang): CodeAction | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isDiagnosticData(diagnostic.data)) return undefined;
  const { fingerprint } = diagnostic.data;
  if (!fingerprint || diagnostic.data.version !== version || localPath(uri) === undefined) return undefined;
  const title = pick(IGNORE_TITLE, lang);
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: IGNORE_FINDING_COMMAND, arguments: [{ uri, fingerprint }] },
  };
}

export function codeActionsFor(
  params: CodeActionParams,
  version: number,
  supportsDocumentChanges: boolean,
  lang: Lang = 'en',
): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(kind + '.') || kind === CodeActionKind.Empty)) {
    return [];
  }
  const target = { uri: params.textDocument.uri, version, supportsDocumentChanges };
  const fixes = params.context.diagnostics.flatMap((diagnostic) => diagnosticToCodeActions(diagnostic, target));
  const ignores = params.context.diagnostics.flatMap((diagnostic) => ignoreAction(diagnostic, target.uri, version, lang) ?? []);
  return [...fixes, ...ignores];
}
