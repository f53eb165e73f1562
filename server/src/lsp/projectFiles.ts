// The language server's view of `.reportlens.json` files: which one applies to a document and
// what it says, cached until a watched-file event (or our own write) clears the cache.

import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeveritySetting, Suppression } from '../analysis/index';
import { findProjectFile, loadProjectFile, PROJECT_FILE_NAME, suppressionsFor, type LoadedProjectFile } from '../shared/projectFile';

/** What a project file contributes to one document's analysis. */
export interface ProjectOptions {
  checks: Record<string, SeveritySetting>;
  suppressions: Suppression[];
  /** The file it came from, when there is one (for messages). */
  file?: LoadedProjectFile;
}

export const NO_PROJECT_OPTIONS: ProjectOptions = { checks: {}, suppressions: [] };

/** The local path of a `file:` URI, or undefined (untitled documents have no project file). */
export function localPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class ProjectFiles {
  /** Directory → nearest project file path (null: none). */
  private readonly found = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedProjectFile>();
  /** Workspace folder paths, longest first, so the innermost folder wins. */
  private folders: string[] = [];

  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = uris
      .map(localPath)
      .filter((p): p is string => p !== undefined)
      .sort((a, b) => b.length - a.length);
  }

  /** Forget everything read so far (a project file was created, changed or deleted). */
  clear(): void {
    this.found.clear();
    this.loaded.clear();
  }

  /** The project file that applies to the document at `uri`, parsed, or undefined. */
  fileFor(uri: string): LoadedProjectFile | undefined {
    const path = localPath(uri);
    if (!path) return undefined;
    const directory = dirname(path);
    let projectPath = this.found.get(directory);
    if (projectPath === undefined) {
      projectPath = findProjectFile(directory) ?? null;
      this.found.set(directory, projectPath);
    }
    if (projectPath === null) return undefined;
    let file = this.loaded.get(projectPath);
    if (!file) {
      file = loadProjectFile(projectPath);
      this.loaded.set(projectPath, file);
    }
    return file;
  }

  optionsFor(uri: string): ProjectOptions {
    const file = this.fileFor(uri);
    const path = localPath(uri);
    if (!file || !path) return NO_PROJECT_OPTIONS;
    return { checks: file.project.checks, suppressions: suppressionsFor(file.project, file.path, path), file };
  }

  /**
   * Where an ignore action records its entry for the document at `uri`: the project file already
   * in force, else a new one at the root of the workspace folder holding the document, else
   * next to the document.
   */
  targetFor(uri: string): string | undefined {
    const path = localPath(uri);
    if (!path) return undefined;
    const existing = this.fileFor(uri);
    if (existing) return existing.path;
    const folder = this.folders.find((f) => {
      const rel = relative(f, path);
      return !rel.startsWith('..') && !isAbsolute(rel);
    });
    return join(folder ?? dirname(path), PROJECT_FILE_NAME);
  }
}

/** True when a watched-file event concerns a project file. */
export function isProjectFileUri(uri: string): boolean {
  return uri.endsWith('/' + PROJECT_FILE_NAME);
}
