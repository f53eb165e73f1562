// What the server implements, declared honestly: nothing here is unimplemented.

import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { IGNORE_FINDING_COMMAND } from './codeActions';
import { INDICATOR_TABLE_COMMAND } from './crossReportService';

export const SERVER_CAPABILITIES: ServerCapabilities = {
  textDocumentSync: {
    openClose: true,
    change: TextDocumentSyncKind.Incremental,
  },
  hoverProvider: true,
  documentSymbolProvider: { label: 'Report Lens' },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
  // "Ignore this finding" writes `.reportlens.json` on the server side (see ignoreFinding.ts).
  executeCommandProvider: { commands: [IGNORE_FINDING_COMMAND, INDICATOR_TABLE_COMMAND] },
  // Several reports (crossReportService.ts): every mention of an indicator, here and in the group.
  referencesProvider: true,
  documentHighlightProvider: true,
  workspaceSymbolProvider: true,
};
