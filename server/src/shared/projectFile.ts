// `.reportlens.json`: the project file a reviewer commits next to the reports. It records
// silenced findings and per-code severities, and is read by the language server and the CLI
// alike (this module imports nothing from the LSP connection, so the CLI can bundle it).
//
//   {
//     "version": 1,
//     "checks": { "heading-sequence": "off" },
//     "suppressions": [
//       { "file": "reports/2023.txt", "code": "duplicate-sentence",
//         "text": "…", "context": "…", "note": "why this is fine" }
//     ]
//   }
//
// `file` is relative to the directory of `.reportlens.json`, with `/` separators; an entry
// without `file` applies to every report under that directory. The file used for a report is
// the nearest `.reportlens.json` in the report's directory or any parent directory.

import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { SeveritySetting } from '../analysis/index';
import type { Fingerprint, Msg, Suppression } from '../analysis/index';

export const PROJECT_FILE_NAME = '.reportlens.json';
const PROJECT_FILE_VERSION = 1;

export interface SuppressionEntry extends Suppression {
  /** Report path relative to the project file's directory; absent = every report below it. */
  file?: string;
}

export interface ProjectFile {
  checks: Record<string, SeveritySetting>;
  suppressions: SuppressionEntry[];
}

const EMPTY_PROJECT_FILE: ProjectFile = { checks: {}, suppressions: [] };

/**
 * A parsed project file. `problem` is set when something in it was ignored (the whole file when
 * it is not valid JSON, or single entries); the usable rest is in `project`.
 */
export interface ParsedProjectFile {
  project: ProjectFile;
  problem?: Msg;
}

const SEVERITIES: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function parseEntry(raw: unknown): SuppressionEntry | undefined {
  if (!isRecord(raw)) return undefined;
  const { file, code, text, context, note } = raw;
  if (typeof code !== 'string' || typeof text !== 'string' || typeof context !== 'string') return undefined;
  if (file !== undefined && typeof file !== 'string') return undefined;
  return {
    ...(file !== undefined ? { file } : {}),
    code,
    text,
    context,
    ...(typeof note === 'string' ? { note } : {}),
  };
}

/** Parses the file's text. Never throws: what cannot be used is reported in `problem`. */
function parseProjectFile(text: string): ParsedProjectFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const reason = describeError(error);
    return {
      project: EMPTY_PROJECT_FILE,
      problem: { zh: `不是有效的 JSON（${reason}），已忽略整个文件。`, en: `is not valid JSON (${reason}); the whole file is ignored.` },
    };
  }
  if (!isRecord(raw)) {
    return { project: EMPTY_PROJECT_FILE, problem: { zh: '应为 JSON 对象，已忽略整个文件。', en: 'must be a JSON object; the whole file is ignored.' } };
  }
  if (raw.version !== undefined && raw.version !== PROJECT_FILE_VERSION) {
    return {
      project: EMPTY_PROJECT_FILE,
      problem: {
        zh: `版本 ${JSON.stringify(raw.version)} 不受支持（应为 1），已忽略整个文件。`,
        en: `has unsupported version ${JSON.stringify(raw.version)} (expected 1); the whole file is ignored.`,
      },
    };
  }
  const ignored: string[] = [];
  const checks: Record<string, SeveritySetting> = {};
  if (isRecord(raw.checks)) {
    for (const [code, value] of Object.entries(raw.checks)) {
      if (typeof value === 'string' && SEVERITIES.includes(value)) checks[code] = value as SeveritySetting;
      else ignored.push(`checks.${code}`);
    }
  } else if (raw.checks !== undefined) {
    ignored.push('checks');
  }
  const suppressions: SuppressionEntry[] = [];
  if (Array.isArray(raw.suppressions)) {
    raw.suppressions.forEach((item: unknown, i) => {
      const entry = parseEntry(item);
      if (entry) suppressions.push(entry);
      else ignored.push(`suppressions[${i}]`);
    });
  } else if (raw.suppressions !== undefined) {
    ignored.push('suppressions');
  }
  if (ignored.length === 0) return { project: { checks, suppressions } };
  const list = ignored.slice(0, 5).join(', ') + (ignored.length > 5 ? ', …' : '');
  return {
    project: { checks, suppressions },
    problem: {
      zh: `以下内容无效，已忽略：${list}（checks 的值应为 off、hint、info、warning 或 error；每条 suppression 需有 code、text、context）。`,
      en: `ignores invalid ${list} (checks values must be off, hint, info, warning or error; each suppression needs code, text and context).`,
    },
  };
}

/** The nearest `.reportlens.json` in `directory` or a parent, or undefined. */
export function findProjectFile(directory: string): string | undefined {
  let dir = directory;
  for (;;) {
    const candidate = join(dir, PROJECT_FILE_NAME);
    try {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    } catch {
      // unreadable directory: keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `report` relative to the project file's directory, with `/` separators (what `file` holds). */
function projectRelativePath(projectFilePath: string, report: string): string {
  return relative(dirname(projectFilePath), report).split(sep).join('/');
}

/** The suppressions that apply to `report` (an absolute path). */
export function suppressionsFor(project: ProjectFile, projectFilePath: string, report: string): Suppression[] {
  const rel = projectRelativePath(projectFilePath, report);
  return project.suppressions.filter((entry) => {
    if (entry.file === undefined) return true;
    // Tolerate hand-written `./a.txt` and Windows separators.
    return entry.file.replace(/\\/g, '/').replace(/^\.\//, '') === rel;
  });
}

export type LoadedProjectFile = ParsedProjectFile & { path: string };

/** Reads and parses a project file; an unreadable file is a problem, never an exception. */
export function loadProjectFile(path: string): LoadedProjectFile {
  try {
    return { path, ...parseProjectFile(readFileSync(path, 'utf8')) };
  } catch (error) {
    const reason = describeError(error);
    return { path, project: EMPTY_PROJECT_FILE, problem: { zh: `无法读取（${reason}），已忽略。`, en: `cannot be read (${reason}); it is ignored.` } };
  }
}

export type AddResult = { ok: true; added: boolean } | { ok: false; reason: Msg };

/**
 * Adds a suppression for `report` to the project file at `projectFilePath`, creating the file
 * when absent. Existing entries, unknown keys and `checks` are kept; the entry is appended (a
 * one-hunk diff) unless an equal one is already there. A file that is not valid JSON is left
 * alone: overwriting it would lose the entries the user is editing.
 */
export function addSuppression(projectFilePath: string, report: string, fingerprint: Fingerprint, note?: string): AddResult {
  let document: Record<string, unknown> = { version: PROJECT_FILE_VERSION };
  if (existsSync(projectFilePath)) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(projectFilePath, 'utf8').replace(/^\ufeff/, ''));
    } catch (error) {
      const reason = describeError(error);
      return {
        ok: false,
        reason: {
          zh: `${projectFilePath} 不是有效的 JSON（${reason}），未写入。请先修正该文件。`,
          en: `${projectFilePath} is not valid JSON (${reason}); nothing was written. Fix the file first.`,
        },
      };
    }
    if (!isRecord(raw)) {
      return { ok: false, reason: { zh: `${projectFilePath} 应为 JSON 对象，未写入。`, en: `${projectFilePath} must be a JSON object; nothing was written.` } };
    }
    document = raw;
  }
  const file = isAbsolute(report) ? projectRelativePath(projectFilePath, report) : report;
  const entry: SuppressionEntry = {
    file,
    code: fingerprint.code,
    text: fingerprint.text,
    context: fingerprint.context,
    ...(note ? { note } : {}),
  };
  const list: unknown[] = Array.isArray(document.suppressions) ? document.suppressions : [];
  const exists = list.some((item) => {
    const parsed = parseEntry(item);
    return parsed !== undefined && parsed.file === file && parsed.code === entry.code && parsed.text === entry.text && parsed.context === entry.context;
  });
  if (exists) return { ok: true, added: false };
  document.suppressions = [...list, entry];
  if (document.version === undefined) document = { version: PROJECT_FILE_VERSION, ...document };
  try {
    // Write a sibling and rename it into place, so a watcher never reads a half-written file.
    const temporary = `${projectFilePath}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(document, null, 2) + '\n', 'utf8');
    renameSync(temporary, projectFilePath);
  } catch (error) {
    const reason = describeError(error);
    return { ok: false, reason: { zh: `无法写入 ${projectFilePath}（${reason}）。`, en: `cannot write ${projectFilePath} (${reason}).` } };
  }
  return { ok: true, added: true };
}
