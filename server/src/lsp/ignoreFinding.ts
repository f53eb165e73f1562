// The `reportLens.ignoreFinding` command: records a finding's fingerprint in `.reportlens.json`.
// The server writes the file itself (rather than returning a WorkspaceEdit) so that the entry is
// on disk at once: an edit to an unopened file would stay unsaved in the editor, and neither the
// CLI nor the file watcher would see it until the user saved.

import type { Fingerprint, Msg } from '../analysis/index';
import { addSuppression } from '../shared/projectFile';
import { localPath, type ProjectFiles } from './projectFiles';

export interface IgnoreRequest {
  uri: string;
  fingerprint: Fingerprint;
}

/** The command's argument as sent back by the client, checked field by field. */
export function parseIgnoreRequest(args: readonly unknown[] | undefined): IgnoreRequest | undefined {
  const arg: unknown = args?.[0];
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { uri, fingerprint } = arg as { uri?: unknown; fingerprint?: unknown };
  if (typeof uri !== 'string' || typeof fingerprint !== 'object' || fingerprint === null) return undefined;
  const { code, text, context } = fingerprint as Partial<Record<keyof Fingerprint, unknown>>;
  if (typeof code !== 'string' || typeof text !== 'string' || typeof context !== 'string') return undefined;
  return { uri, fingerprint: { code, text, context } };
}

export type IgnoreOutcome = { ok: true; projectFile: string } | { ok: false; reason: Msg };

export function ignoreFinding(request: IgnoreRequest, projectFiles: ProjectFiles): IgnoreOutcome {
  const report = localPath(request.uri);
  const target = projectFiles.targetFor(request.uri);
  if (!report || !target) {
    return {
      ok: false,
      reason: { zh: '只有保存在磁盘上的文件才能记录忽略的问题。', en: 'Only files saved on disk can record ignored findings.' },
    };
  }
  const result = addSuppression(target, report, request.fingerprint);
  return result.ok ? { ok: true, projectFile: target } : result;
}
