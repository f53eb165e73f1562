// The editor over several reports: the server indexes the workspace folder in the background;
// the open report's diagnostics include cross-report findings whose related location is in an
// unopened report; hover, references, highlights, workspace symbols and the indicator table.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, DocumentHighlight, Hover, Location, PublishDiagnosticsParams, SymbolInformation } from 'vscode-languageserver/node';
import { fileUri, LspTestClient } from './lspClient';
import { bulletin, planReport, workReport } from '../unit/crossReport/pairs';
import { at } from '../at';

const root = mkdtempSync(path.join(tmpdir(), 'report-lens-cross-'));
after(() => rmSync(root, { recursive: true, force: true }));

function workspace(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

function cross(p: PublishDiagnosticsParams | undefined): Diagnostic[] {
  return (p?.diagnostics ?? []).filter((d) => d.code === 'cross-report-mismatch');
}

function latest(client: LspTestClient, uri: string): PublishDiagnosticsParams | undefined {
  const list = client.diagnostics.get(uri) ?? [];
  return list[list.length - 1];
}

async function started(dir: string, sections?: Record<string, unknown>): Promise<LspTestClient> {
  const client = LspTestClient.start({ workspaceFolder: dir, sections });
  await client.initialize();
  return client;
}

describe('several reports in the editor', () => {
  test('an open report shows a mismatch whose related location is in an unopened report; hover, references, highlights, symbols, table', async () => {
    const work = workReport({ gdp: '188.4亿元' });
    const dir = workspace('basic', { 'plan.txt': planReport(), 'work.txt': work, 'notes.txt': 'not a report at all' });
    const client = await started(dir);
    try {
      const workUri = fileUri(path.join(dir, 'work.txt'));
      const planUri = fileUri(path.join(dir, 'plan.txt'));
      await client.open(workUri, work);
      // Its own diagnostics come first, without waiting for the index.
      await client.diagnosticsFor(workUri, 1);
      const diagnostics = await client.waitFor('a cross-report diagnostic', () => {
        const found = cross(latest(client, workUri));
        return found.length > 0 ? found : undefined;
      });
      assert.equal(diagnostics.length, 1);
      const d = at(diagnostics, 0);
      assert.equal(d.severity, 1);
      assert.equal(d.range.start.line, 4);
      assert.equal(at(work.split('\n'), 4).slice(d.range.start.character, d.range.end.character), '188.4亿元');
      assert.equal(d.relatedInformation?.[0]?.location.uri, planUri);
      assert.deepEqual(d.relatedInformation?.[0]?.location.range.start, { line: 3, character: at(planReport().split('\n'), 3).indexOf('186.4亿元') });
      assert.match(String(d.message), /plan\.txt/);

      const position = { line: 4, character: at(work.split('\n'), 4).indexOf('188.4亿元') + 1 };
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: workUri }, position });
      const value = (hover.contents as { value: string }).value;
      assert.match(value, /In the other reports of this county and year/);
      assert.ok(value.includes(`(${planUri}#L4)`), value);

      const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: workUri }, position, context: { includeDeclaration: true } });
      assert.ok(refs.some((r) => r.uri === planUri && r.range.start.line === 3));
      assert.ok(refs.some((r) => r.uri === workUri && r.range.start.line === 4));

      const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: workUri }, position });
      assert.ok(highlights.length >= 2, JSON.stringify(highlights));
      assert.ok(highlights.every((h) => h.range.start.line >= 4));

      const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '地区生产总值' });
      assert.ok(symbols.some((s) => s.location.uri === planUri && s.name.startsWith('地区生产总值')));
      assert.ok(symbols.some((s) => s.location.uri === workUri));
      assert.ok(!symbols.some((s) => s.location.uri.endsWith('notes.txt')));

      const table = await client.request<string>('workspace/executeCommand', { command: 'reportLens.indicatorTable', arguments: [workUri] });
      assert.match(table, /\| 地区生产总值 \| \[186\.4亿元\]\(file:[^)]*plan\.txt#L4\)/);
      assert.match(table, /188\.4亿元\]\([^)]*work\.txt#L5\)[^|]*⚠/);

      // The quick fix takes the other report's value; applied, the finding is gone.
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: workUri },
        range: d.range,
        context: { diagnostics: [d], only: ['quickfix'] },
      });
      const fix = actions.find((a) => a.title.includes('186.4亿元'));
      assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
      const change = fix.edit?.documentChanges?.[0];
      assert.ok(change && 'edits' in change);
      const edit = change.edits[0] as { range: Diagnostic['range']; newText: string };
      const lines = work.split('\n');
      const line = at(lines, edit.range.start.line);
      lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
      await client.notify('textDocument/didChange', { textDocument: { uri: workUri, version: 2 }, contentChanges: [{ text: lines.join('\n') }] });
      assert.deepEqual(cross(await client.diagnosticsFor(workUri, 2)), []);
    } finally {
      await client.shutdown();
    }
  });

  test('a changed file on disk is re-indexed on workspace/didChangeWatchedFiles', async () => {
    const work = workReport({ gdp: '188.4亿元' });
    const dir = workspace('watched', { 'plan.txt': planReport(), 'work.txt': work });
    const client = await started(dir);
    try {
      const workUri = fileUri(path.join(dir, 'work.txt'));
      await client.open(workUri, work);
      await client.waitFor('the mismatch', () => cross(latest(client, workUri)).length > 0);
      writeFileSync(path.join(dir, 'plan.txt'), planReport({ gdp: '188.4亿元' }));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(dir, 'plan.txt')), type: 2 }] });
      await client.waitFor('the mismatch gone', () => {
        const p = latest(client, workUri);
        return p !== undefined && cross(p).length === 0;
      });
    } finally {
      await client.shutdown();
    }
  });

  test('files.exclude and reportLens.maxDocumentSize keep reports out of the index (a new limit re-indexes); consistent reports raise nothing', async () => {
    const filler = '全县坚持稳中求进工作总基调，统筹发展和安全，各项事业取得新进展。'.repeat(60);
    const dir = workspace('excluded', {
      'a-work.txt': workReport(),
      'b-big.txt': planReport({ gdp: '177.7亿元' }, filler),
      'drafts/plan.txt': planReport({ gdp: '199.9亿元' }),
      'z-bulletin.txt': bulletin(),
    });
    const client = LspTestClient.start({ workspaceFolder: dir, sections: { 'files.exclude': { 'drafts/**': true, '**/.git': true } }, configuration: { maxDocumentSize: 1500 } });
    await client.initialize();
    try {
      const workUri = fileUri(path.join(dir, 'a-work.txt'));
      await client.open(workUri, workReport());
      const deadline = Date.now() + 10_000;
      let symbols: SymbolInformation[] = [];
      while (Date.now() < deadline) {
        symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '社会消费品零售总额' });
        // The index works in path order: once z-bulletin.txt is in, the others have been passed.
        if (symbols.some((s) => s.location.uri.endsWith('z-bulletin.txt'))) break;
        // Poll (no sleep): the next request goes out as soon as this event-loop turn ends.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      assert.ok(symbols.some((s) => s.location.uri.endsWith('z-bulletin.txt')), 'the bulletin is indexed');
      assert.ok(!symbols.some((s) => s.location.uri.includes('/drafts/')), 'drafts/ is excluded');
      assert.ok(!symbols.some((s) => s.location.uri.endsWith('b-big.txt')), 'a report over the size limit is not indexed');
      const p = await client.diagnosticsFor(workUri, 1);
      assert.deepEqual(cross(p), []);
      assert.deepEqual(cross(latest(client, workUri)), []);

      // Raising the limit restarts the index: the large report (GDP 177.7亿元) now disagrees.
      client.configuration = { maxDocumentSize: 100_000 };
      await client.notify('workspace/didChangeConfiguration', { settings: {} });
      const found = await client.waitFor('the large report indexed after the limit was raised', () => {
        const d = cross(latest(client, workUri));
        return d.length > 0 ? d : undefined;
      });
      assert.ok(at(found, 0).relatedInformation?.[0]?.location.uri.endsWith('b-big.txt'));
    } finally {
      await client.shutdown();
    }
  });
});
