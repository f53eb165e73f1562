// The CLI's `.reportlens.json` lookup: the nearest project file above each checked file, read
// once per run; a broken file costs one stderr line and is otherwise ignored.

import { dirname, resolve } from 'node:path';
import type { SeveritySetting, Suppression } from '../analysis/index';
import { pick, type Lang } from '../shared/locale';
import { findProjectFile, loadProjectFile, suppressionsFor, type LoadedProjectFile } from '../shared/projectFile';

export interface FileOptions {
  severities: Record<string, SeveritySetting>;
  suppressions: Suppression[];
}

export class CliProjectFiles {
  private readonly loaded = new Map<string, LoadedProjectFile>();

  constructor(
    private readonly lang: Lang,
    private readonly warn: (line: string) => void,
  ) {}

  /** Severities and suppressions for the report at `path` (relative to the working directory). */
  optionsFor(path: string): FileOptions {
    const report = resolve(path);
    const projectPath = findProjectFile(dirname(report));
    if (!projectPath) return { severities: {}, suppressions: [] };
    let file = this.loaded.get(projectPath);
    if (!file) {
      file = loadProjectFile(projectPath);
      this.loaded.set(projectPath, file);
      if (file.problem) this.warn(`report-lens: ${projectPath}: ${pick(file.problem, this.lang)}`);
    }
    return { severities: file.project.checks, suppressions: suppressionsFor(file.project, projectPath, report) };
  }
}
