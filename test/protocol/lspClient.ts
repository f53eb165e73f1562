// A tiny LSP client for protocol tests: spawns `node dist/server.js --stdio`, speaks JSON-RPC
// through vscode-jsonrpc (re-exported by vscode-languageserver/node), records notifications and
// lets tests wait for a condition with a deadline instead of sleeping.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type InitializeResult,
  type ClientCapabilities,
} from 'vscode-languageserver/node';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_PATH = path.join(REPO_ROOT, 'dist', 'server.js');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

export interface ClientOptions {
  locale?: string;
  /** The `reportLens` section the fake client returns from workspace/configuration. */
  configuration?: Record<string, unknown>;
  /** When false, the client does not support workspace/configuration (push-only settings). */
  supportsConfiguration?: boolean;
  initializationOptions?: Record<string, unknown>;
  /** Workspace folder (an absolute path) sent as rootUri and workspaceFolders; default the repo. */
  workspaceFolder?: string;
  /** Other configuration sections the fake client returns (`files.exclude` …). */
  sections?: Record<string, unknown>;
}

/** A client/registerCapability registration the server asked for. */
export interface Registration {
  id: string;
  method: string;
  registerOptions?: unknown;
}

type Waiter = () => boolean;

export class LspTestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly shownMessages: ShowMessageParams[] = [];
  readonly logMessages: string[] = [];
  readonly registrations: Registration[] = [];
  configuration: Record<string, unknown>;
  stderr = '';
  exitCode: number | null = null;
  private readonly waiters = new Set<Waiter>();
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    private readonly options: ClientOptions,
  ) {
    this.configuration = options.configuration ?? {};
    this.exited = new Promise((resolve) => {
      process.on('exit', (code) => {
        this.exitCode = code;
        this.poke();
        resolve(code);
      });
    });
    process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(params.uri) ?? [];
      list.push(params);
      this.diagnostics.set(params.uri, list);
      this.poke();
    });
    connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.shownMessages.push(params);
      this.poke();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logMessages.push(params.message);
    });
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      this.poke();
      return null;
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'reportLens' ? this.configuration : (this.options.sections?.[item.section ?? ''] ?? null))),
    );
    connection.listen();
  }

  static start(options: ClientOptions = {}): LspTestClient {
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return new LspTestClient(child, connection, options);
  }

  async initialize(): Promise<InitializeResult> {
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: this.options.supportsConfiguration !== false,
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        executeCommand: { dynamicRegistration: false },
      },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    };
    const root = this.options.workspaceFolder ?? REPO_ROOT;
    const result = await this.request<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: fileUri(root),
      workspaceFolders: [{ uri: fileUri(root), name: path.basename(root) }],
      locale: this.options.locale ?? 'en',
      capabilities,
      // Tests that name no folder get the repository as one: no background index of it, unless asked.
      initializationOptions:
        this.options.workspaceFolder === undefined ? { workspaceIndex: false, ...this.options.initializationOptions } : this.options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Resolves with the first truthy value of `probe`, re-checked on every server message. */
  waitFor<T>(what: string, probe: () => T | undefined | false | null, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check: Waiter = () => {
        let value: T | undefined | false | null;
        try {
          value = probe();
        } catch (error) {
          finish();
          reject(error instanceof Error ? error : new Error(String(error)));
          return true;
        }
        if (value) {
          finish();
          resolve(value);
          return true;
        }
        if (this.exitCode !== null) {
          finish();
          reject(new Error(`server exited (${this.exitCode}) while waiting for ${what}\n${this.stderr}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      if (!check()) this.waiters.add(check);
    });
  }

  /** The diagnostics published for `uri` at exactly `version`. */
  diagnosticsFor(uri: string, version: number, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      `diagnostics for ${uri}@${version}`,
      () => (this.diagnostics.get(uri) ?? []).find((p) => p.version === version),
      timeoutMs,
    );
  }

  async shutdown(): Promise<number | null> {
    if (this.exitCode === null) {
      await this.request('shutdown', null);
      await this.notify('exit', null);
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Last resort for a failed test: never leave a server process behind. */
  kill(): void {
    if (this.exitCode === null) this.process.kill();
    this.connection.dispose();
  }

  private poke(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

/** Applies LSP text edits (non-overlapping) to a text, using the server's line semantics. */
export function applyEdits(text: string, edits: readonly { range: { start: Pos; end: Pos }; newText: string }[]): string {
  const offsets = lineStarts(text);
  const at = (p: Pos): number => Math.min((offsets[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => at(b.range.start) - at(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, at(edit.range.start)) + edit.newText + result.slice(at(edit.range.end));
  return result;
}

interface Pos {
  line: number;
  character: number;
}

/** Offsets where each line starts (LF, CRLF and CR). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 13 || c === 10) starts.push(i + 1);
  }
  return starts;
}

export function positionOf(text: string, needle: string, fromLine = 0): Pos {
  const lines = text.split(/\r\n|\r|\n/);
  for (let line = fromLine; line < lines.length; line++) {
    const l = lines[line];
    if (l === undefined) continue;
    const character = l.indexOf(needle);
    if (character >= 0) return { line, character };
  }
  throw new Error(`"${needle}" not found from line ${fromLine + 1}`);
}
