// `check` and `facts` over many files: folders expanded, files analysed inline or on worker
// threads (in input order either way), then the cross-report pass, then output. A progress
// line goes to stderr when it is a terminal.

import type { ReportFacts } from '../analysis/index';
import { indicatorTable } from '../analysis/index';
import { LineIndex } from '../shared/lineIndex';
import type { Command } from './args';
import { collectFiles } from './collect';
import { addCrossReportFindings } from './crossReport';
import type { FileJob, FileOutcome } from './checkFile';
import { formatFacts } from './formatFacts';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatFileText, formatSummaryText } from './formatText';
import { runJobs, workerCount } from './pool';
import { CliProjectFiles, type FileOptions } from './projectFiles';
import { totals, type CheckedFile, type UnreadableFile } from './report';

export const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

type CheckCommand = Extract<Command, { kind: 'check' }>;
type FactsCommand = Extract<Command, { kind: 'facts' }>;

function progressReporter(total: number, lang: 'zh' | 'en'): { step: (done: number) => void; end: () => void } {
  if (!process.stderr.isTTY || total < 2) return { step: () => undefined, end: () => undefined };
  let last = 0;
  return {
    step: (done) => {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      process.stderr.write(`\r${lang === 'zh' ? '检查中' : 'Checking'} ${done}/${total}…`);
    },
    end: () => process.stderr.write('\r\x1b[K'),
  };
}

async function analyseAll(
  files: readonly string[],
  lang: 'zh' | 'en',
  full: boolean,
  suppressions: boolean,
  script: string,
  encoding?: string,
): Promise<{ outcomes: FileOutcome[]; optionsOf: (path: string) => FileOptions }> {
  const projectFiles = new CliProjectFiles(lang, (line) => process.stderr.write(`${line}\n`));
  const options = new Map<string, FileOptions>();
  const optionsOf = (path: string): FileOptions => {
    let o = options.get(path);
    if (!o) {
      o = projectFiles.optionsFor(path);
      options.set(path, o);
    }
    return o;
  };
  const jobs: FileJob[] = files.map((path) => ({ path, lang, options: optionsOf(path), suppressions, full, ...(encoding ? { encoding } : {}) }));
  const progress = progressReporter(jobs.length, lang);
  const outcomes = await runJobs(jobs, workerCount(jobs.length, process.env), script, progress.step);
  progress.end();
  return { outcomes, optionsOf };
}

export async function runCheck(command: CheckCommand, script: string, version: string): Promise<number> {
  const files = collectFiles(command.files, command.selection);
  const { outcomes, optionsOf } = await analyseAll(files, command.lang, command.format === 'json', command.suppressions, script, command.encoding);
  const checked: CheckedFile[] = [];
  const unreadable: UnreadableFile[] = [];
  const facts: ReportFacts[] = [];
  for (const o of outcomes) {
    if (!o.ok) {
      unreadable.push({ path: o.path, reason: o.reason });
      process.stderr.write(`report-lens: ${o.path}: ${o.reason}\n`);
      continue;
    }
    // Engine notices (a check that failed, a skipped stage) go to stderr, in the user's language.
    for (const notice of o.analysis.notices) {
      process.stderr.write(`report-lens: ${o.path}: ${command.lang === 'zh' ? notice.message.zh : notice.message.en}\n`);
    }
    checked.push({ path: o.path, analysis: o.analysis, index: new LineIndex(o.analysis.text), suppressed: o.suppressed, source: o.source });
    facts.push(o.facts);
  }
  addCrossReportFindings(checked, facts, optionsOf, command.suppressions);
  const summary = totals(checked, unreadable);
  if (command.format === 'text') {
    for (const file of checked) process.stdout.write(formatFileText(file, command.lang));
    process.stdout.write(formatSummaryText(summary, command.lang));
  } else if (command.format === 'json') process.stdout.write(formatJson(checked, unreadable, summary, version));
  else process.stdout.write(formatSarif(checked, unreadable, version, command.lang));
  if (unreadable.length > 0) return EXIT_TROUBLE;
  return summary.bySeverity.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}

export async function runFacts(command: FactsCommand, script: string): Promise<number> {
  const files = collectFiles(command.files, command.selection);
  const { outcomes } = await analyseAll(files, command.lang, false, true, script, command.encoding);
  const facts: ReportFacts[] = [];
  let trouble = false;
  for (const o of outcomes) {
    if (o.ok) facts.push(o.facts);
    else {
      trouble = true;
      process.stderr.write(`report-lens: ${o.path}: ${o.reason}\n`);
    }
  }
  process.stdout.write(formatFacts(indicatorTable(facts), command.format, command.lang));
  return trouble ? EXIT_TROUBLE : EXIT_OK;
}
