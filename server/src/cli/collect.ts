// The files a command line names: files as given; folders searched recursively for reports
// (.txt, .md, .report; recognised by the same text test as the editor), in sorted order, with
// --include / --exclude globs relative to the folder. Hidden folders and node_modules are skipped.

import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DETECTION_WINDOW, looksLikeReport } from '../shared/reportDetection';
import type { FileSelection } from './args';
import { globMatcher } from '../shared/glob';

const REPORT_FILE = /\.(txt|md|markdown|report)$/i;

/** The first bytes of a file as text (UTF-8, lenient: a head cut mid-character is fine). */
function head(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(DETECTION_WINDOW * 3);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer.subarray(0, n));
    // Mostly replacement characters: not UTF-8 (GBK, binary); not a report we can read.
    const bad = text.split('\ufffd').length - 1;
    return bad > 8 ? undefined : text;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function walk(dir: string, out: string[]): void {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (e.isFile() && REPORT_FILE.test(e.name)) out.push(full);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Expands folders; files named explicitly are kept as given (errors are reported when read). */
export function collectFiles(args: readonly string[], selection: FileSelection): string[] {
  const include = selection.include.map(globMatcher);
  const exclude = selection.exclude.map(globMatcher);
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => {
    if (!seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  for (const arg of args) {
    if (!isDirectory(arg)) {
      add(arg);
      continue;
    }
    const found: string[] = [];
    walk(arg, found);
    for (const file of found) {
      const rel = relative(arg, file);
      if (include.length > 0 && !include.some((m) => m(rel))) continue;
      if (exclude.some((m) => m(rel))) continue;
      const text = head(file);
      if (text !== undefined && looksLikeReport(text)) add(file);
    }
  }
  return out;
}
