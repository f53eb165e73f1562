// The state one client session decides: the display language, what the client can do, and the
// settings with their generation (bumped on every change that makes cached analyses stale).

import type { InitializeParams } from 'vscode-languageserver/node';
import { langFromLocale, type Lang } from '../shared/locale';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';

/** A client that never answers a configuration request cannot hold the first analysis longer. */
const SETTINGS_WAIT_LIMIT_MS = 2000;

export interface ClientAbilities {
  /** workspace/configuration: settings are pulled rather than pushed. */
  pullsConfiguration: boolean;
  registersConfigurationChange: boolean;
  /** Versioned `documentChanges` in workspace edits (stale quick fixes are then rejected). */
  documentChanges: boolean;
  registersWatchedFiles: boolean;
}

function readInitializationOptions(params: InitializeParams): { locale?: string; settings?: unknown } {
  const options: unknown = params.initializationOptions;
  if (typeof options !== 'object' || options === null) return {};
  const record = options as Record<string, unknown>;
  return {
    locale: typeof record.locale === 'string' ? record.locale : undefined,
    settings: record.settings,
  };
}

export class Session {
  lang: Lang = 'en';
  settings: Settings = DEFAULT_SETTINGS;
  /** Bumped on every settings or project-file change: cached analyses of an older generation are stale. */
  generation = 0;
  client: ClientAbilities = { pullsConfiguration: false, registersConfigurationChange: false, documentChanges: false, registersWatchedFiles: false };
  /**
   * Resolved once the first settings have arrived, so that no document is analysed (and no
   * diagnostics flash) with defaults the user has overridden. A silent client cannot block us.
   */
  settingsReady: Promise<void> = Promise.resolve();
  private markReady: () => void = () => undefined;

  /** Reads what `initialize` tells: locale, initial settings, client abilities; returns the workspace folder URIs. */
  initialize(params: InitializeParams): string[] {
    const options = readInitializationOptions(params);
    this.lang = langFromLocale(options.locale ?? params.locale);
    if (options.settings !== undefined) this.settings = parseSettings(options.settings);
    const workspace = params.capabilities.workspace;
    this.client = {
      pullsConfiguration: workspace?.configuration === true,
      registersConfigurationChange: workspace?.didChangeConfiguration?.dynamicRegistration === true,
      documentChanges: workspace?.workspaceEdit?.documentChanges === true,
      registersWatchedFiles: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    };
    if (this.client.pullsConfiguration) {
      this.settingsReady = new Promise((resolve) => {
        this.markReady = resolve;
        setTimeout(resolve, SETTINGS_WAIT_LIMIT_MS);
      });
    }
    return params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  }

  /** The first settings arrived (or could not be read): analyses may start. */
  settingsArrived(): void {
    this.markReady();
  }

  /** New raw `reportLens` settings; a new generation either way (the caller re-checks every document). */
  applySettings(raw: unknown): void {
    this.settings = parseSettings(raw);
  }

  /** The `reportLens` section of a didChangeConfiguration payload, if it carries one. */
  static sectionOf(payload: unknown): unknown {
    return typeof payload === 'object' && payload !== null && 'reportLens' in payload ? (payload as { reportLens: unknown }).reportLens : undefined;
  }
}
