// What the server implements, declared honestly: nothing here is unimplemented.

import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { IGNORE_FINDING_COMMAND } from './codeActions';

export const SERVER_CAPABILITIES: ServerCapabilities = {
  textDocumentSync: {
    openClose: true,
    change: TextDocumentSyncKind.Incremental,
  },
  hoverProvider: true,
  documentSymbolProvider: { label: 'Report Lens' },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
  // "Ignore this finding" writes `.reportlens.json` on the server side (see ignoreFinding.ts).
  executeCommandProvider: { commands: [IGNORE_FINDING_COMMAND] },
};
