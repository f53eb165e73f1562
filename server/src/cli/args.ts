// Command-line parsing for `report-lens`. No library: the grammar is tiny and errors must be
// one clear line, never a stack trace.

import type { Lang } from '../shared/locale';
import { langFromLocale } from '../shared/locale';
import { isKnownEncoding } from '../inputs/decodeText';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FactsFormat = 'csv' | 'json' | 'md';

/** Which files a folder argument contributes (globs over paths relative to that folder). */
export interface FileSelection {
  include: string[];
  exclude: string[];
}

export type Command =
  | { kind: 'help'; lang: Lang }
  | { kind: 'version' }
  | {
      kind: 'check';
      files: string[];
      format: OutputFormat;
      lang: Lang;
      /** False with --no-suppressions: report findings `.reportlens.json` silences (audit). */
      suppressions: boolean;
      /** --encoding: the text encoding of every text input, instead of detecting it. */
      encoding?: string;
      selection: FileSelection;
    }
  | { kind: 'facts'; files: string[]; format: FactsFormat; lang: Lang; selection: FileSelection; encoding?: string };

export class UsageError extends Error {}

const FORMATS: readonly string[] = ['text', 'json', 'sarif'];
const FACTS_FORMATS: readonly string[] = ['csv', 'json', 'md'];

/** LC_ALL overrides LC_MESSAGES overrides LANG (POSIX); "zh…" selects Chinese. */
function langFromEnvironment(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return langFromLocale(locale);
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Command {
  let lang = langFromEnvironment(env);
  let format: string | undefined;
  const include: string[] = [];
  const exclude: string[] = [];
  let wantsHelp = false;
  let wantsVersion = false;
  let suppressions = true;
  let encoding: string | undefined;
  const positionals: string[] = [];
  let optionsEnded = false;

  const valueOf = (name: string, inline: string | undefined, index: number): [string, number] => {
    if (inline !== undefined) return [inline, index];
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--')) throw new UsageError(`option ${name} needs a value`);
    return [next, index + 1];
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined) continue;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    switch (name) {
      case '-h':
      case '--help':
        wantsHelp = true;
        break;
      case '-V':
      case '--version':
        wantsVersion = true;
        break;
      case '-f':
      case '--format': {
        const [value, next] = valueOf(name, inline, i);
        format = value;
        i = next;
        break;
      }
      case '--include':
      case '--exclude': {
        const [value, next] = valueOf(name, inline, i);
        (name === '--include' ? include : exclude).push(value);
        i = next;
        break;
      }
      case '--no-suppressions':
        if (inline !== undefined) throw new UsageError('option --no-suppressions takes no value');
        suppressions = false;
        break;
      case '--encoding': {
        const [value, next] = valueOf(name, inline, i);
        if (!isKnownEncoding(value)) throw new UsageError(`unknown encoding "${value}" (e.g. utf-8, gb18030, gbk, utf-16le)`);
        encoding = value;
        i = next;
        break;
      }
      case '--lang': {
        const [value, next] = valueOf(name, inline, i);
        if (value !== 'zh' && value !== 'en') throw new UsageError(`unknown language "${value}" (expected zh or en)`);
        lang = value;
        i = next;
        break;
      }
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }

  if (wantsHelp) return { kind: 'help', lang };
  if (wantsVersion) return { kind: 'version' };
  if (positionals.length === 0) throw new UsageError('missing command (try: report-lens check FILE...)');
  const [command, ...files] = positionals;
  const selection = { include, exclude };
  if (command === 'facts') {
    if (files.length === 0) throw new UsageError('facts needs at least one FILE');
    const f = format ?? 'md';
    if (!FACTS_FORMATS.includes(f)) throw new UsageError(`unknown format "${f}" for facts (expected csv, json or md)`);
    return { kind: 'facts', files, format: f as FactsFormat, lang, selection, ...(encoding ? { encoding } : {}) };
  }
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (the commands are: check, facts)`);
  if (files.length === 0) throw new UsageError('check needs at least one FILE');
  const f = format ?? 'text';
  if (!FORMATS.includes(f)) throw new UsageError(`unknown format "${f}" (expected text, json or sarif)`);
  return { kind: 'check', files, format: f as OutputFormat, lang, suppressions, selection, ...(encoding ? { encoding } : {}) };
}

export function helpText(lang: Lang): string {
  if (lang === 'zh') {
    return `用法: report-lens check 文件或目录... [--format text|json|sarif] [--lang zh|en] [--no-suppressions] [--encoding 编码]
      report-lens facts 文件或目录... [--format csv|json|md]

检查政府经济报告（计划执行情况报告、政府工作报告、统计公报）的内部矛盾；
同一县、同一年度的几份报告相互核对（cross-report-mismatch）。
facts 输出指标对照表：每个指标一行，每份报告、每个时期一列（CSV 为带 BOM 的 UTF-8）。
目录会递归查找其中的报告（.txt、.md、.report，按内容识别）。

选项:
  -f, --format FORMAT  输出格式: text（默认）、json（大纲、数字、问题）、sarif（SARIF 2.1.0）
      --lang zh|en     消息语言（默认取 LC_ALL / LC_MESSAGES / LANG）
      --no-suppressions  报告 .reportlens.json 中已忽略的问题（用于复核）
      --encoding 编码  文本文件的编码（默认自动识别 UTF-8、UTF-16、GB18030/GBK）
      --include GLOB   目录中只检查匹配的文件（可重复；相对于该目录）
      --exclude GLOB   目录中跳过匹配的文件（可重复）
  -h, --help           显示帮助
  -V, --version        显示版本

文件可以是文本、Word（.docx）或 PDF；问题位置按段落或页、行给出。
每个文件使用其所在目录或上级目录中最近的 .reportlens.json（已忽略的问题、各检查的级别）。

退出码: 0 无错误级问题; 1 发现错误级问题; 2 用法错误或有文件无法读取。
已忽略的问题不计入退出码。
`;
  }
  return `Usage: report-lens check FILE|DIR... [--format text|json|sarif] [--lang zh|en] [--no-suppressions] [--encoding NAME]
       report-lens facts FILE|DIR... [--format csv|json|md]

Checks Chinese government economic reports (计划执行情况报告, 政府工作报告, 统计公报)
for internal contradictions, and the reports of one county and year against each other
(cross-report-mismatch). \`facts\` prints the indicator table: one row per indicator, one
column per report and period (CSV in UTF-8 with a BOM). A folder is searched recursively for
reports (.txt, .md, .report, recognised by their text).

Options:
  -f, --format FORMAT  output: text (default), json (outline, quantities, findings),
                       sarif (SARIF 2.1.0)
      --lang zh|en     message language (default from LC_ALL / LC_MESSAGES / LANG)
      --no-suppressions  also report findings silenced in .reportlens.json (audit)
      --encoding NAME  encoding of text inputs (default: detect UTF-8, UTF-16,
                       GB18030/GBK)
      --include GLOB   in folders, check only matching files (repeatable; relative to the folder)
      --exclude GLOB   in folders, skip matching files (repeatable)
  -h, --help           show this help
  -V, --version        show the version

FILE is text, Word (.docx) or PDF; findings in Word and PDF files name the
paragraph or the page and line.
Each file uses the nearest .reportlens.json in its directory or a parent (silenced
findings, per-check severities).

Exit status: 0 no error-severity finding; 1 error-severity findings; 2 usage error or
a file could not be read. Silenced findings do not count.
`;
}
