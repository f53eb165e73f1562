// `report-lens check FILE... [--format text|json|sarif] [--lang zh|en] [--no-suppressions] [--encoding NAME]`
// Each file is checked with the nearest `.reportlens.json` above it (severities, suppressions).
// Exit status: 0 no error-severity finding, 1 error-severity findings, 2 usage error or a file
// that could not be read (the other files are still checked).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyze, partitionFindings } from './analysis/index';
import { helpText, parseArgs, UsageError, type Command } from './cli/args';
import { formatJson } from './cli/formatJson';
import { formatSarif } from './cli/formatSarif';
import { formatFileText, formatSummaryText } from './cli/formatText';
import { readInput } from './cli/input';
import { CliProjectFiles } from './cli/projectFiles';
import { totals, type CheckedFile, type UnreadableFile } from './cli/report';
import { LineIndex } from './shared/lineIndex';
import type { Finding } from './analysis/types';
import { lineStartOf } from './cli/report';
import { relocateFinding } from './inputs/relocateMessages';

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_TROUBLE = 2;

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

async function check(command: Extract<Command, { kind: 'check' }>): Promise<number> {
  const checked: CheckedFile[] = [];
  const unreadable: UnreadableFile[] = [];
  const projectFiles = new CliProjectFiles(command.lang, (line) => process.stderr.write(`${line}\n`));
  for (const path of command.files) {
    const input = await readInput(path, command.lang, command.encoding);
    if (!input.ok) {
      unreadable.push({ path, reason: input.reason });
      process.stderr.write(`report-lens: ${path}: ${input.reason}\n`);
      continue;
    }
    let file: CheckedFile;
    try {
      const options = projectFiles.optionsFor(path);
      const { text } = input.report;
      const analysis = analyze(text, { severities: options.severities });
      // Partitioned here rather than by analyze(), so json and sarif can still list what was silenced.
      const { kept, suppressed } = partitionFindings(analysis.findings, text, command.suppressions ? options.suppressions : []);
      const index = new LineIndex(text);
      // Word/PDF inputs: "on line 38" of the extracted text becomes the paragraph or page it is.
      const relocate = (finding: Finding): Finding => relocateFinding(finding, input.report.segments, lineStartOf(index));
      file = {
        path,
        analysis: { ...analysis, findings: kept.map(relocate) },
        index,
        suppressed: suppressed.map((s) => ({ ...s, finding: relocate(s.finding) })),
        source: input.report,
      };
    } catch (error) {
      // The engine promises never to throw; one bad file must not stop the batch.
      const reason = `internal error: ${error instanceof Error ? error.message : String(error)}`;
      unreadable.push({ path, reason });
      process.stderr.write(`report-lens: ${path}: ${reason}\n`);
      continue;
    }
    // Engine notices (a check that failed, a skipped stage) go to stderr, in the user's language.
    for (const notice of file.analysis.notices) {
      process.stderr.write(`report-lens: ${path}: ${command.lang === 'zh' ? notice.message.zh : notice.message.en}\n`);
    }
    checked.push(file);
    // Text output streams per file so a long batch shows progress.
    if (command.format === 'text') process.stdout.write(formatFileText(file, command.lang));
  }
  const summary = totals(checked, unreadable);
  if (command.format === 'text') process.stdout.write(formatSummaryText(summary, command.lang));
  else if (command.format === 'json') process.stdout.write(formatJson(checked, unreadable, summary, packageVersion()));
  else process.stdout.write(formatSarif(checked, unreadable, packageVersion(), command.lang));
  if (unreadable.length > 0) return EXIT_TROUBLE;
  return summary.bySeverity.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}

async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv, process.env);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`report-lens: ${error.message}\nUsage: report-lens check FILE... [--format text|json|sarif] [--lang zh|en] [--no-suppressions] [--encoding NAME]\n`);
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
      return check(command);
  }
}

// `report-lens check … | head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`report-lens: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_TROUBLE;
  },
);
