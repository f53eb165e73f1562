// Hostile input through the protocol (issue 6): the server answers every request, never hangs
// (each case has a deadline; nothing sleeps, every wait polls server messages with a timeout)
// and ends in a state consistent with the last version of the document.
//
// Every case runs in a server of its own (a crash in one case cannot hide another) with
// `enable: "always"`, so even junk is analysed rather than dismissed as "not a report".

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import {
  CancellationTokenSource,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { fileUri, fixturePath, LspTestClient } from './lspClient';

const text001 = readFileSync(fixturePath('001_d0fe4f7f7cc8ad9c.txt'), 'utf8');
/** A sentence that appears once in 001; written twice it must be flagged. */
const SENTENCE = '全面提高救助保障标准，发放救助资金4.4亿元，发放低保、特困人员等价格临时补贴1615.5万元。';
const SETTINGS = { enable: 'always' };

const clients: LspTestClient[] = [];
after(() => clients.forEach((c) => c.kill()));

async function start(): Promise<LspTestClient> {
  const client = LspTestClient.start({ configuration: SETTINGS, initializationOptions: { settings: SETTINGS } });
  clients.push(client);
  await deadline(client.initialize(), 10_000, 'initialize');
  return client;
}

/** Rejects when `promise` has not settled within `ms`: a hung server fails the case, not the run. */
function deadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]);
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

function assertRangesInside(diagnostics: readonly Diagnostic[], text: string): void {
  const lines = lineCount(text);
  for (const d of diagnostics) {
    assert.ok(d.range.start.line <= d.range.end.line && d.range.end.line < lines, `diagnostic ${String(d.code)} range outside the document`);
  }
}

function flatten(symbols: readonly DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

/** Opens `text` and waits for its diagnostics (version 1). */
async function openAndWait(client: LspTestClient, uri: string, text: string, ms: number): Promise<PublishDiagnosticsParams> {
  await client.open(uri, text);
  const published = await client.diagnosticsFor(uri, 1, ms);
  assertRangesInside(published.diagnostics, text);
  return published;
}

/** The server still answers hover, documentSymbol and codeAction on the current version. */
async function assertAnswers(client: LspTestClient, uri: string, ms: number): Promise<void> {
  const position = { line: 0, character: 0 };
  await deadline(client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }), ms, 'hover');
  const symbols = await deadline(client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }), ms, 'documentSymbol');
  assert.ok(Array.isArray(symbols));
  const actions = await deadline(
    client.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    }),
    ms,
    'codeAction',
  );
  assert.ok(Array.isArray(actions));
}

/**
 * Replaces the whole document with a small real report as `version` and checks that diagnostics,
 * outline and everything else now describe that version: the server recovered completely.
 */
async function assertRecovers(client: LspTestClient, uri: string, version: number): Promise<void> {
  const text = `一、恢复检查\n${SENTENCE}${SENTENCE}\n`;
  await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  const published = await client.diagnosticsFor(uri, version, 20_000);
  assert.ok(
    published.diagnostics.some((d) => d.code === 'duplicate-sentence'),
    `the repeated sentence of version ${version} is flagged; got ${published.diagnostics.map((d) => String(d.code)).join(', ') || 'nothing'}`,
  );
  const symbols = await deadline(client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }), 20_000, 'documentSymbol');
  assert.deepEqual(
    flatten(symbols).map((s) => s.name),
    ['一、恢复检查'],
    'the outline is that of the last version',
  );
  assert.equal(await deadline(client.shutdown(), 10_000, 'shutdown'), 0, 'clean exit');
}

/** Deterministic pseudo-random bytes (xorshift32), so a failure reproduces. */
function randomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** Corpus prose without any line break, repeated to about `bytes` UTF-8 bytes. */
function oneLine(bytes: number): string {
  const flat = text001.replace(/[\r\n]+/g, '');
  const perCopy = Buffer.byteLength(flat, 'utf8');
  return flat.repeat(Math.ceil(bytes / perCopy));
}

interface Case {
  name: string;
  text: () => string;
  /** Deadline for the first diagnostics. */
  ms: number;
}

const CASES: Case[] = [
  { name: 'an empty file', text: () => '', ms: 10_000 },
  { name: 'only a BOM and line breaks', text: () => '\ufeff\r\n\n\r\r\n', ms: 10_000 },
  // Below the default size limit (5M code units): analysed in full.
  { name: '10 MB of report prose in one line', text: () => oneLine(10_000_000), ms: 60_000 },
  { name: 'a million digits', text: () => `增长${'9'.repeat(1_000_000)}%，投资${'1234567890'.repeat(50_000)}.5亿元。`, ms: 30_000 },
  { name: 'a million digits with separators and decimal points', text: () => '1,2.3'.repeat(200_000), ms: 30_000 },
  { name: '亿亿亿… (200,000 magnitude characters)', text: () => `共计1${'亿'.repeat(200_000)}元，增长${'万'.repeat(100_000)}%。`, ms: 30_000 },
  { name: 'deeply nested brackets', text: () => `${'（'.repeat(50_000)}一${'）'.repeat(50_000)}\n${'((（【'.repeat(25_000)}1.5亿元${'】）))'.repeat(25_000)}\n${'（一）'.repeat(30_000)}`, ms: 30_000 },
  { name: '1 MB of random bytes decoded as UTF-8', text: () => randomBytes(1_000_000, 0x5eed).toString('utf8'), ms: 30_000 },
  { name: 'heading markers on every line', text: () => Array.from({ length: 20_000 }, (_, i) => ['一、', '（一）', '1.', '（1）', '专栏1', '表1'][i % 6] + '标题').join('\n'), ms: 30_000 },
  {
    name: 'lone surrogates everywhere',
    text: () =>
      '\ud800'.repeat(1000) +
      text001.slice(0, 20_000).replace(/。/g, '。\udc00').replace(/亿元/g, '亿\ud83d元') +
      '\udfff\ud800\n'.repeat(1000),
    ms: 30_000,
  },
];

describe('hostile input through the protocol', () => {
  for (const c of CASES) {
    test(`${c.name}: diagnostics published, requests answered, recovers`, { timeout: c.ms + 40_000 }, async () => {
      const client = await start();
      const uri = fileUri(`/hostile/${c.name.replace(/[^a-z0-9]+/gi, '-')}.txt`);
      const text = c.text();
      await openAndWait(client, uri, text, c.ms);
      await assertAnswers(client, uri, c.ms);
      await assertRecovers(client, uri, 2);
    });
  }

  test('a document over the size limit gets a light check with one visible notice, not a silent cut', { timeout: 90_000 }, async () => {
    const client = await start();
    const uri = fileUri('/hostile/huge-ascii.txt');
    // 10 million ASCII characters in one line: over the default reportLens.maxDocumentSize.
    const published = await openAndWait(client, uri, 'x'.repeat(10_000_000), 45_000);
    assert.deepEqual(published.diagnostics, []);
    const notice = await client.waitFor('a window/showMessage notice', () => client.shownMessages.find((m) => /maxDocumentSize/.test(m.message)), 10_000);
    assert.equal(notice.type, 2, 'a warning');
    await assertAnswers(client, uri, 10_000);
    await assertRecovers(client, uri, 2);
  });

  test('1,000 didChange notifications in a burst: the last version wins', { timeout: 60_000 }, async () => {
    const client = await start();
    const uri = fileUri('/hostile/burst-001.txt');
    await openAndWait(client, uri, text001, 20_000);
    // Type 1,000 characters at the start of the document, one notification each, without waiting.
    let text = text001;
    const sends: Promise<void>[] = [];
    for (let v = 2; v <= 1001; v++) {
      const ch = v === 1001 ? '\n' : '字';
      text = ch + text;
      sends.push(
        client.notify('textDocument/didChange', {
          textDocument: { uri, version: v },
          contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ch }],
        }),
      );
    }
    await deadline(Promise.all(sends), 20_000, 'sending the burst');
    const last = await client.diagnosticsFor(uri, 1001, 30_000);
    assertRangesInside(last.diagnostics, text);
    // The document the server holds is exactly ours: the first line is the 999 typed characters.
    const symbols = await deadline(client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }), 20_000, 'documentSymbol');
    for (const s of flatten(symbols)) assert.ok(s.range.end.line < lineCount(text), `symbol ${s.name} inside the final text`);
    const history = client.diagnostics.get(uri) ?? [];
    // Debounced: far fewer publications than changes, and nothing older published after 1001.
    assert.ok(history.length < 100, `${history.length} publications for 1,000 changes`);
    assert.equal(history.at(-1)?.version, 1001, 'no stale diagnostics after the last version');
    await assertRecovers(client, uri, 1002);
  });

  test('hover, documentSymbol and codeAction for positions past the end are answered', { timeout: 30_000 }, async () => {
    const client = await start();
    const uri = fileUri('/hostile/past-end.txt');
    const text = `一、总体情况\n地区生产总值231.7亿元，增长6.5%。\n`;
    await openAndWait(client, uri, text, 10_000);
    const far = [
      { line: 0, character: 1_000_000 },
      { line: 2, character: 5 },
      { line: 1_000_000, character: 0 },
      { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
      { line: 1, character: 9 }, // inside 231.7亿元, for contrast: a real answer is still given
    ];
    for (const position of far) {
      await deadline(client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }), 5_000, `hover at ${JSON.stringify(position)}`);
      await deadline(
        client.request<unknown[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: position, end: { line: position.line + 1, character: 0 } },
          context: { diagnostics: [] },
        }),
        5_000,
        `codeAction at ${JSON.stringify(position)}`,
      );
    }
    // An unknown document is answered too (empty), not left pending.
    const unknown = fileUri('/hostile/never-opened.txt');
    assert.equal(await deadline(client.request<Hover | null>('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), 5_000, 'hover on an unknown document'), null);
    assert.deepEqual(await deadline(client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: unknown } }), 5_000, 'symbols of an unknown document'), []);
    await assertAnswers(client, uri, 5_000);
    await assertRecovers(client, uri, 2);
  });

  test('a request cancelled mid-flight is answered (result or RequestCancelled) and the server goes on', { timeout: 90_000 }, async () => {
    const client = await start();
    const uri = fileUri('/hostile/cancel.txt');
    // A large document, so that documentSymbol is still computing when the cancel arrives.
    await client.open(uri, oneLine(2_000_000));
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
    source.cancel();
    const outcome = await deadline(
      pending.then(
        () => 'answered',
        (error: unknown) => {
          const code = (error as { code?: unknown }).code;
          assert.equal(code, -32800, `cancelled requests fail with RequestCancelled, not ${String(code)}: ${String(error)}`);
          return 'cancelled';
        },
      ),
      60_000,
      'the cancelled documentSymbol',
    );
    assert.ok(outcome === 'answered' || outcome === 'cancelled');
    await client.diagnosticsFor(uri, 1, 60_000);
    await assertAnswers(client, uri, 30_000);
    await assertRecovers(client, uri, 2);
  });
});
