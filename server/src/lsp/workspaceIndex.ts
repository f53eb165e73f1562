// The background index of every report in the workspace folders, for cross-report findings,
// hovers, references and the indicator table. Holds only each report's facts (bounded: at most
// MAX_FILES reports), indexes one file at a time on its own worker, honours `files.exclude` and
// `reportLens.maxDocumentSize`, and is cancelled and restarted when folders or settings change.
// Open documents override their files on disk with the facts of their current version.

import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ReportFacts } from '../analysis/index';
import { globMatcher } from '../shared/glob';
import { IndexWorker } from './indexWorker';

/** The most reports kept; a workspace with more is indexed partly (the first in path order). */
const MAX_FILES = 5000;
const REPORT_FILE = /\.(txt|md|markdown|report)$/i;
const SKIPPED_DIRS = new Set(['node_modules']);

export interface IndexOptions {
  folders: string[];
  /** `files.exclude` globs (relative to each folder). */
  exclude: string[];
  maxDocumentSize: number;
}

export function isIndexedFileUri(uri: string): boolean {
  return uri.startsWith('file:') && REPORT_FILE.test(uri);
}

export class WorkspaceIndex {
  private readonly disk = new Map<string, ReportFacts>();
  private readonly open = new Map<string, ReportFacts>();
  private readonly worker: IndexWorker;
  /** Bumped to cancel a running scan. */
  private run = 0;
  private options: IndexOptions = { folders: [], exclude: [], maxDocumentSize: Number.MAX_SAFE_INTEGER };
  private excludes: ((relative: string) => boolean)[] = [];
  /** Bumped whenever any facts change: part of the diagnostics' publication stamp. */
  revision = 0;
  /** Resolves when the current scan is finished (or cancelled). */
  scanned: Promise<void> = Promise.resolve();
  indexedFiles = 0;

  constructor(
    workerScript: string,
    /** Called after facts changed, with the ids (URIs) whose facts changed. */
    private readonly changed: (uris: string[]) => void,
    private readonly log: (message: string) => void,
    /** Resolves when the open documents are analysed: the index gives way to them before each file. */
    private readonly idle: () => Promise<void> = () => Promise.resolve(),
  ) {
    this.worker = new IndexWorker(workerScript);
  }

  /** Every report known: open documents' current facts over their files' indexed ones. */
  all(): ReportFacts[] {
    const merged = new Map(this.disk);
    for (const [uri, facts] of this.open) merged.set(uri, facts);
    return [...merged.values()];
  }

  get(uri: string): ReportFacts | undefined {
    return this.open.get(uri) ?? this.disk.get(uri);
  }

  setOpen(uri: string, facts: ReportFacts | undefined): void {
    if (facts) this.open.set(uri, facts);
    else this.open.delete(uri);
    this.revision++;
  }

  /** (Re)starts the scan; a scan already running is cancelled first. */
  start(options: IndexOptions): void {
    this.options = options;
    this.excludes = options.exclude.map(globMatcher);
    const run = ++this.run;
    this.scanned = this.scan(run).catch((error: unknown) => this.log(`workspace index: ${error instanceof Error ? error.message : String(error)}`));
  }

  cancel(): void {
    this.run++;
  }

  dispose(): void {
    this.cancel();
    this.worker.dispose();
  }

  /** A watched file was created, changed or deleted. */
  async refresh(uri: string, deleted: boolean): Promise<void> {
    if (!isIndexedFileUri(uri)) return;
    if (deleted) {
      if (this.disk.delete(uri)) this.bump([uri]);
      return;
    }
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return;
    }
    if (!this.options.folders.some((f) => !relative(f, path).startsWith('..'))) return;
    if (this.excluded(path)) return;
    await this.indexOne(path, uri);
  }

  private excluded(path: string): boolean {
    for (const folder of this.options.folders) {
      const rel = relative(folder, path);
      if (rel.startsWith('..')) continue;
      if (this.excludes.some((m) => m(rel))) return true;
    }
    return false;
  }

  private async indexOne(path: string, uri: string): Promise<void> {
    try {
      const size = (await stat(path)).size;
      // Characters ≤ bytes in UTF-8; a file clearly over the limit is not even read.
      if (size > this.options.maxDocumentSize * 4) {
        if (this.disk.delete(uri)) this.bump([uri]);
        return;
      }
    } catch {
      if (this.disk.delete(uri)) this.bump([uri]);
      return;
    }
    const response = await this.worker.run(path, uri, this.options.maxDocumentSize);
    if (response.facts) {
      if (this.disk.size >= MAX_FILES && !this.disk.has(uri)) return;
      this.disk.set(uri, response.facts);
      this.indexedFiles = this.disk.size;
      this.bump([uri]);
    } else if (this.disk.delete(uri)) this.bump([uri]);
  }

  private bump(uris: string[]): void {
    this.revision++;
    this.changed(uris);
  }

  private async scan(run: number): Promise<void> {
    const files: string[] = [];
    for (const folder of this.options.folders) {
      await this.walk(folder, folder, files, run);
      if (run !== this.run) return;
    }
    for (const path of files.slice(0, MAX_FILES)) {
      await this.idle();
      if (run !== this.run) return;
      await this.indexOne(path, pathToFileURL(path).toString());
    }
  }

  private async walk(root: string, dir: string, out: string[], run: number): Promise<void> {
    if (run !== this.run || out.length >= MAX_FILES * 2) return;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
      const full = join(dir, e.name);
      const rel = relative(root, full);
      if (this.excludes.some((m) => m(rel))) continue;
      if (e.isDirectory()) await this.walk(root, full, out, run);
      else if (e.isFile() && REPORT_FILE.test(e.name)) out.push(full);
    }
  }
}
