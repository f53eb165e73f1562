// What the server implements, declared honestly: nothing here is unimplemented.

import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';

export const SERVER_CAPABILITIES: ServerCapabilities = {
  textDocumentSync: {
    openClose: true,
    change: TextDocumentSyncKind.Incremental,
  },
  hoverProvider: true,
  documentSymbolProvider: { label: 'Report Lens' },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
};
