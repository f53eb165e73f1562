// Runs file jobs on worker threads for large batches (one per core, at most 8), inline for small
// ones. Results come back in input order whatever order the workers finish in, so output is
// deterministic. The worker is this same script (dist/cli.js) started with a marker in workerData.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkFile, type FileJob, type FileOutcome } from './checkFile';

export const WORKER_MARKER = 'report-lens-cli-worker';

/** Below this many files, starting workers costs more than it saves. */
const MIN_BATCH = 8;

export function workerCount(files: number, env: NodeJS.ProcessEnv): number {
  const forced = Number(env.REPORT_LENS_WORKERS);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, files);
  if (files < MIN_BATCH) return 0;
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 8, Math.ceil(files / 4)) : 0;
}

export async function runJobs(jobs: readonly FileJob[], workers: number, script: string, progress: (done: number) => void): Promise<FileOutcome[]> {
  const results = new Array<FileOutcome | undefined>(jobs.length);
  let done = 0;
  if (workers <= 0) {
    for (const [i, job] of jobs.entries()) {
      results[i] = await checkFile(job);
      progress(++done);
    }
    return results as FileOutcome[];
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, () => {
      return new Promise<void>((resolveWorker) => {
        const worker = new Worker(script, { workerData: { marker: WORKER_MARKER }, argv: [] });
        let current = -1;
        const feed = (): void => {
          if (next >= jobs.length) {
            void worker.terminate().then(() => resolveWorker());
            return;
          }
          current = next++;
          worker.postMessage(jobs[current]);
        };
        worker.on('message', (outcome: FileOutcome) => {
          results[current] = outcome;
          progress(++done);
          feed();
        });
        worker.on('error', (error) => {
          // A crashed worker: its file becomes an unreadable one; the others go on inline.
          const job = jobs[current];
          if (current >= 0 && job !== undefined && results[current] === undefined) results[current] = { ok: false, path: job.path, reason: `internal error: ${error.message}` };
          resolveWorker();
        });
        feed();
      });
    }),
  );
  // Anything a crashed worker left behind is checked here.
  for (const [i, job] of jobs.entries()) {
    if (results[i] === undefined) results[i] = await checkFile(job);
  }
  return results as FileOutcome[];
}

/** The worker side: check each job posted, post the outcome back. */
export function serveJobs(port: import('node:worker_threads').MessagePort): void {
  port.on('message', (job: FileJob) => void checkFile(job).then((outcome) => port.postMessage(outcome)));
}
