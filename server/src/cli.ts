// `report-lens check FILE|DIR... [--format text|json|sarif] [--lang zh|en] [--no-suppressions] [--encoding NAME]`
// `report-lens facts FILE|DIR... [--format csv|json|md]` (the indicator table across reports)
// Each file is checked with the nearest `.reportlens.json` above it (severities, suppressions).
// Exit status: 0 no error-severity finding, 1 error-severity findings, 2 usage error or a file
// that could not be read (the other files are still checked).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { helpText, parseArgs, UsageError, type Command } from './cli/args';
import { EXIT_OK, EXIT_TROUBLE, runCheck, runFacts } from './cli/batch';
import { serveJobs, WORKER_MARKER } from './cli/pool';

/** The package version, from the package.json above this script (dist/ or out/server/src/). */
function packageVersion(): string {
  let dir = __dirname;
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(candidate, 'utf8'));
        if (typeof parsed === 'object' && parsed !== null && (parsed as { name?: unknown }).name === 'report-lens') {
          const version = (parsed as { version?: unknown }).version;
          if (typeof version === 'string') return version;
        }
      } catch {
        // not our package.json; keep looking upwards
      }
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv, process.env);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(
        `report-lens: ${error.message}\nUsage: report-lens check FILE|DIR... [--format text|json|sarif] [--lang zh|en] [--no-suppressions] [--encoding NAME]\n       report-lens facts FILE|DIR... [--format csv|json|md]\n`,
      );
      return EXIT_TROUBLE;
    }
    throw error;
  }
  switch (command.kind) {
    case 'help':
      process.stdout.write(helpText(command.lang));
      return EXIT_OK;
    case 'version':
      process.stdout.write(`${packageVersion()}\n`);
      return EXIT_OK;
    case 'check':
      return runCheck(command, __filename, packageVersion());
    case 'facts':
      return runFacts(command, __filename);
  }
}

// `report-lens check … | head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
});

const isWorker = !isMainThread && parentPort !== null && (workerData as { marker?: unknown } | null)?.marker === WORKER_MARKER;
if (isWorker && parentPort) {
  // A worker of a large batch (cli/pool.ts): same script, serves file jobs.
  serveJobs(parentPort);
} else {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`report-lens: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT_TROUBLE;
    },
  );
}
