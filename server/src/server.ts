// Language server entry point: `node dist/server.js --stdio` (or --node-ipc when the VS Code
// client starts it). The same bundle is the analysis worker, so dist/ needs no extra file.

import { isMainThread } from 'node:worker_threads';
import { serveAnalysisRequests } from './lsp/analysisWorker';
import { startServer } from './lsp/main';

if (isMainThread) startServer(__filename);
else serveAnalysisRequests();
