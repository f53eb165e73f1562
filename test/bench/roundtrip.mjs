// Incremental-editing round trip over the protocol: one-character didChange → the
// publishDiagnostics for that version, measured from outside the server process.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LspProcess } from './lsp.mjs';
import { median, percentile } from './stats.mjs';

/** LSP position (line, UTF-16 character) of a text offset. */
function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/**
 * Opens `text` as `file` in a fresh server, then alternately inserts and deletes one character
 * in the middle of the document `runs` times, timing each change until the diagnostics of that
 * version are published. Returns figures in ms, or `{ skipped: reason }`.
 */
export async function measureRoundTrip(serverPath, file, text, { runs = 30, debounceMs = 75, timeoutMs = 5000 } = {}) {
  if (!existsSync(serverPath)) return { skipped: `${serverPath} not built` };
  const lsp = new LspProcess(serverPath);
  const uri = pathToFileURL(file).href;
  const settings = { debounceMs };
  // The server takes `reportLens` settings from initializationOptions.settings and then pulls
  // them with workspace/configuration (section "reportLens"); give the same value both ways.
  lsp.requestHandler = (method, params) => {
    if (method === 'workspace/configuration') {
      return params.items.map((item) =>
        item.section === 'reportLens' ? settings : item.section === 'reportLens.debounceMs' ? debounceMs : null,
      );
    }
    return null;
  };
  try {
    const init = await withTimeout(
      lsp.request('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {
          workspace: { configuration: true },
          textDocument: {
            synchronization: { didSave: false, dynamicRegistration: false },
            publishDiagnostics: { versionSupport: true, relatedInformation: true },
          },
        },
        initializationOptions: { settings },
      }),
      timeoutMs,
      'initialize',
    );
    lsp.notify('initialized', {});
    const sync = init.capabilities?.textDocumentSync;
    const syncKind = typeof sync === 'number' ? sync : sync?.change ?? 0;
    if (syncKind === 0) return { skipped: 'server declares no textDocumentSync change support' };

    const isOurs = (v) => (msg) =>
      msg.method === 'textDocument/publishDiagnostics' &&
      msg.params.uri === uri &&
      (msg.params.version === undefined || msg.params.version === v);

    let version = 1;
    const t0 = performance.now();
    const opened = lsp.waitFor(isOurs(version), timeoutMs);
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
    const [first, firstAt] = await opened;
    const openMs = firstAt - t0;

    // Edit at the start of a line in the middle of the document: insert 的, then delete it.
    const mid = text.indexOf('\n', text.length >> 1) + 1;
    const pos = positionAt(text, mid);
    const times = [];
    let timeouts = 0;
    let current = text;
    for (let i = 0; i < runs; i++) {
      version++;
      const insert = i % 2 === 0;
      const next = insert ? current.slice(0, mid) + '的' + current.slice(mid) : current.slice(0, mid) + current.slice(mid + 1);
      const change =
        syncKind === 2
          ? insert
            ? { range: { start: pos, end: pos }, text: '的' }
            : { range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: '' }
          : { text: next };
      const published = lsp.waitFor(isOurs(version), timeoutMs);
      const sent = performance.now();
      lsp.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      try {
        const [, at] = await published;
        times.push(at - sent);
      } catch {
        // A server that does not republish unchanged diagnostics would time out every run;
        // stop early rather than spend minutes waiting.
        if (++timeouts >= 2) break;
      }
      current = next;
    }
    const med = median(times);
    return {
      syncKind: syncKind === 2 ? 'incremental' : 'full',
      debounceMs,
      versionedDiagnostics: first.params.version !== undefined,
      openToDiagnosticsMs: openMs,
      runs: times.length,
      timeouts,
      medianMs: med,
      p95Ms: percentile(times, 95),
      medianBeyondDebounceMs: med - debounceMs,
      minMs: Math.min(...times),
      // A round trip shorter than the debounce means the server did not apply our setting.
      debounceApplied: Math.min(...times) >= debounceMs,
    };
  } catch (e) {
    return { skipped: `${e.message}${lsp.stderr ? ` — server stderr: ${lsp.stderr.trim().slice(-300)}` : ''}` };
  } finally {
    await lsp.shutdown();
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]);
}
