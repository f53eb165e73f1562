// What the user is told besides diagnostics: notices shown once per session (window/showMessage)
// and errors logged to the output channel. A handler that fails is logged and answered with a
// fallback, never allowed to end the connection.

import { MessageType } from 'vscode-languageserver/node';
import type { Msg } from '../analysis/types';
import { msg, pick, type Lang } from '../shared/locale';
import type { CachedAnalysis } from './cache';

/** More diagnostics than this help nobody and make the editor sluggish; a notice says so. */
export const MAX_DIAGNOSTICS = 1000;

export interface ServerConsole {
  error(message: string): void;
  info(message: string): void;
}

export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export interface Notice {
  /** Shown once per session and key. */
  key: string;
  message: Msg;
  type: MessageType;
}

/**
 * The notices due after publishing a document's diagnostics: too many findings to show, an
 * analysis that failed or was light, and the engine's own notices (such as a check that failed
 * internally).
 */
export function documentNotices(uri: string, entry: CachedAnalysis): Notice[] {
  const notices: Notice[] = [];
  const count = entry.analysis.findings.length;
  if (count > MAX_DIAGNOSTICS) {
    notices.push({
      key: `${uri}|capped`,
      message: msg(
        `Report Lens：本文档有 ${count} 个问题，仅显示前 ${MAX_DIAGNOSTICS} 个。`,
        `Report Lens: this document has ${count} findings; only the first ${MAX_DIAGNOSTICS} are shown.`,
      ),
      type: MessageType.Info,
    });
  }
  if (entry.notice) notices.push({ key: `${uri}|${entry.status}`, message: entry.notice, type: MessageType.Warning });
  for (const notice of entry.analysis.notices) notices.push({ key: `${uri}|${notice.message.en}`, message: notice.message, type: MessageType.Info });
  return notices;
}

export class Notices {
  private readonly shown = new Set<string>();

  constructor(
    private readonly console: ServerConsole,
    /** Sends window/showMessage: a notification, nothing waits for the user to dismiss it. */
    private readonly send: (type: MessageType, text: string) => void,
    private readonly lang: () => Lang,
  ) {}

  showOnce(notice: Notice): void {
    if (this.shown.has(notice.key)) return;
    this.shown.add(notice.key);
    const text = pick(notice.message, this.lang());
    this.console.info(text);
    this.send(notice.type, text);
  }

  /** Runs a handler; on failure logs and returns the fallback instead of killing the connection. */
  guarded<T>(name: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      this.console.error(`${name} failed: ${describe(error)}`);
      return fallback;
    }
  }
}
