// Runs analyze() off the LSP thread. A pathological input that makes the engine slow (or loop)
// then costs a terminated worker and a notice, never a hung language server.

import { parentPort, Worker } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analysis/index';
import type { Analysis } from '../analysis/types';

interface AnalyzeRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

type AnalyzeResponse = { id: number; ok: true; analysis: Analysis } | { id: number; ok: false; error: string };

/** Worker side: answer analyze requests until terminated. */
export function serveAnalysisRequests(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (request: AnalyzeRequest) => {
    let response: AnalyzeResponse;
    try {
      // The text is not sent back: the caller has it, and it may be megabytes.
      response = { id: request.id, ok: true, analysis: { ...analyze(request.text, request.options), text: '' } };
    } catch (error) {
      response = { id: request.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(response);
  });
}

export class AnalysisTimeout extends Error {}

/** Budget for one analysis: generous, since the engine is linear; it only catches runaways. */
function timeoutFor(textLength: number): number {
  return 10_000 + Math.ceil(textLength / 200);
}

/**
 * Young-generation size of the analysis worker. An analysis allocates many short-lived objects
 * (a BigInt decimal per figure); with V8's default young generation, large documents pay
 * mostly for garbage collection (time per MB doubled from 100 KB to 1 MB). 192 MB (three
 * 64 MB semi-spaces) keeps the cost per MB flat; `npm run bench` runs with the same setting.
 */
export const YOUNG_GENERATION_MB = 192;

/**
 * Main-thread side: one worker, one analysis at a time (a queue), each with a deadline.
 * Falls back to analysing in-thread when a worker cannot be started.
 */
export class WorkerAnalyzer {
  private worker: Worker | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private workerUnavailable = false;

  constructor(
    private readonly script: string,
    private readonly budgetMs: (textLength: number) => number = timeoutFor,
  ) {}

  analyze(text: string, options: AnalyzeOptions): Promise<Analysis> {
    const run = this.queue.then(
      () => this.runOne(text, options),
      () => this.runOne(text, options),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.workerUnavailable) return this.worker;
    try {
      this.worker = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      this.worker.unref();
      this.worker.on('error', () => this.dispose());
      this.worker.on('exit', () => (this.worker = undefined));
    } catch {
      this.workerUnavailable = true;
    }
    return this.worker;
  }

  private runOne(text: string, options: AnalyzeOptions): Promise<Analysis> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(analyze(text, options));
    const id = this.nextId++;
    const budget = this.budgetMs(text.length);
    return new Promise<Analysis>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        this.dispose(); // a fresh worker serves the next request
        reject(new AnalysisTimeout(`analysis did not finish within ${budget} ms`));
      }, budget);
      const onMessage = (response: AnalyzeResponse): void => {
        if (response.id !== id) return;
        cleanup();
        if (response.ok) resolve({ ...response.analysis, text });
        else reject(new Error(response.error));
      };
      const onExit = (): void => {
        cleanup();
        reject(new Error('the analysis worker exited'));
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.postMessage({ id, text, options } satisfies AnalyzeRequest);
    });
  }
}
