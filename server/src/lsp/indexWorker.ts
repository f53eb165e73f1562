// The workspace index's worker: reads one file, decides whether it is a report, analyses it and
// sends back only its cross-report facts (kilobytes, not the whole model). A separate thread from
// the open documents' analysis worker, so indexing never queues in front of the file being edited.

import { readFileSync } from 'node:fs';
import { parentPort, Worker } from 'node:worker_threads';
import { analyze, reportFacts, type ReportFacts } from '../analysis/index';
import { looksLikeReport } from '../shared/reportDetection';
import { YOUNG_GENERATION_MB } from './analysisWorker';

export const INDEX_WORKER_ROLE = 'report-lens-index';

export interface IndexRequest {
  id: number;
  path: string;
  uri: string;
  maxDocumentSize: number;
}

/** `facts` undefined: not a report, too large, unreadable or not UTF-8 (`skipped` says which). */
export interface IndexResponse {
  id: number;
  facts?: ReportFacts;
  skipped?: 'notReport' | 'tooLarge' | 'unreadable';
}

function indexFile(request: IndexRequest): IndexResponse {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(request.path));
  } catch {
    return { id: request.id, skipped: 'unreadable' };
  }
  if (text.length > request.maxDocumentSize) return { id: request.id, skipped: 'tooLarge' };
  if (!looksLikeReport(text)) return { id: request.id, skipped: 'notReport' };
  try {
    return { id: request.id, facts: reportFacts(request.uri, analyze(text)) };
  } catch {
    return { id: request.id, skipped: 'unreadable' };
  }
}

/** Worker side. */
export function serveIndexRequests(): void {
  parentPort?.on('message', (request: IndexRequest) => parentPort?.postMessage(indexFile(request)));
}

/** Main-thread side: one request at a time; falls back to in-thread work when no worker starts. */
export class IndexWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private failed = false;

  constructor(private readonly script: string) {}

  run(path: string, uri: string, maxDocumentSize: number): Promise<IndexResponse> {
    const id = this.nextId++;
    const request: IndexRequest = { id, path, uri, maxDocumentSize };
    const worker = this.ensure();
    if (!worker) return Promise.resolve(indexFile(request));
    return new Promise((resolve) => {
      const onMessage = (response: IndexResponse): void => {
        if (response.id !== id) return;
        cleanup();
        resolve(response);
      };
      const onExit = (): void => {
        cleanup();
        resolve({ id, skipped: 'unreadable' });
      };
      const cleanup = (): void => {
        worker.off('message', onMessage);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private ensure(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      this.worker = new Worker(this.script, { workerData: { role: INDEX_WORKER_ROLE }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      this.worker.unref();
      this.worker.on('error', () => this.dispose());
      this.worker.on('exit', () => (this.worker = undefined));
    } catch {
      this.failed = true;
    }
    return this.worker;
  }
}
