// Language server entry point: `node dist/server.js --stdio` (or --node-ipc when the VS Code
// client starts it). The same bundle is the analysis worker, so dist/ needs no extra file.

import { isMainThread, workerData } from 'node:worker_threads';
import { serveAnalysisRequests } from './lsp/analysisWorker';
import { INDEX_WORKER_ROLE, serveIndexRequests } from './lsp/indexWorker';
import { startServer } from './lsp/main';

if (isMainThread) startServer(__filename);
else if ((workerData as { role?: unknown } | null)?.role === INDEX_WORKER_ROLE) serveIndexRequests();
else serveAnalysisRequests();
