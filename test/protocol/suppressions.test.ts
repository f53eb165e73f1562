// Protocol tests for "ignore this finding": the action writes `.reportlens.json`, the finding
// disappears and stays gone while the document is edited elsewhere; the file is watched.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { fileUri, fixturePath, LspTestClient, positionOf, type ClientOptions } from './lspClient';
import { at as nth } from '../at'; // `at` is a local offset below

const text001 = readFileSync(fixturePath('001_d0fe4f7f7cc8ad9c.txt'), 'utf8');
const DUPLICATED = '全面提高救助保障标准，发放救助资金4.4亿元，发放低保、特困人员等价格临时补贴1615.5万元。';
const IGNORE_EN = 'Ignore this finding (recorded in .reportlens.json)';
const IGNORE_ZH = '忽略此问题（记录到 .reportlens.json）';

const scratch = mkdtempSync(path.join(tmpdir(), 'report-lens-suppress-'));
const clients: LspTestClient[] = [];
after(() => {
  clients.forEach((c) => c.kill());
  rmSync(scratch, { recursive: true, force: true });
});

/** A fresh workspace folder holding reports/001.txt (and optionally a project file). */
function workspace(name: string, projectFile?: unknown): { root: string; report: string; uri: string; projectFile: string } {
  const root = path.join(scratch, name);
  mkdirSync(path.join(root, 'reports'), { recursive: true });
  const report = path.join(root, 'reports', '001.txt');
  writeFileSync(report, text001);
  const projectPath = path.join(root, '.reportlens.json');
  if (projectFile !== undefined) writeFileSync(projectPath, typeof projectFile === 'string' ? projectFile : JSON.stringify(projectFile, null, 2));
  return { root, report, uri: fileUri(report), projectFile: projectPath };
}

async function start(root: string, options: ClientOptions = {}): Promise<LspTestClient> {
  const client = LspTestClient.start({ ...options, workspaceFolder: root });
  clients.push(client);
  await client.initialize();
  return client;
}

/** The duplicate-sentence finding on the second copy (line 40 of 001, or wherever edits moved it). */
function duplicateOf(diagnostics: readonly Diagnostic[], text: string): Diagnostic | undefined {
  const second = positionOf(text, DUPLICATED, positionOf(text, DUPLICATED).line);
  return diagnostics.find((d) => d.code === 'duplicate-sentence' && d.range.start.line === second.line);
}

/** The next publication for `uri` after the `seen` ones already received. */
function nextPublication(client: LspTestClient, uri: string, seen: number, what: string): Promise<PublishDiagnosticsParams> {
  return client.waitFor(what, () => (client.diagnostics.get(uri) ?? [])[seen]);
}

function published(client: LspTestClient, uri: string): number {
  return (client.diagnostics.get(uri) ?? []).length;
}

async function ignoreAction(client: LspTestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction> {
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  });
  const ignore = actions.find((a) => a.title === IGNORE_EN || a.title === IGNORE_ZH);
  assert.ok(ignore, `an ignore action; got ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(actions[actions.length - 1], ignore, 'listed after the real fixes');
  assert.equal(ignore.kind, 'quickfix');
  assert.notEqual(ignore.isPreferred, true);
  assert.equal(ignore.command?.command, 'reportLens.ignoreFinding');
  return ignore;
}

interface ProjectJson {
  version: number;
  checks?: Record<string, string>;
  suppressions: { file: string; code: string; text: string; context: string; note?: string }[];
  [key: string]: unknown;
}

describe('ignore this finding (.reportlens.json)', () => {
  test('registers a watcher for **/.reportlens.json (and one for report files, for the workspace index)', async () => {
    const { root } = workspace('watcher');
    const client = await start(root);
    const registration = await client.waitFor('watcher registration', () =>
      client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
    );
    assert.deepEqual(registration.registerOptions, { watchers: [{ globPattern: '**/.reportlens.json' }, { globPattern: '**/*.{txt,md,markdown,report}' }] });
  });

  test('001 line 40: the ignore action records the entry, the finding goes and stays gone after edits elsewhere', async () => {
    const { root, uri, projectFile } = workspace('ignore');
    const client = await start(root);
    await client.open(uri, text001);
    const first = await client.diagnosticsFor(uri, 1);
    const duplicate = duplicateOf(first.diagnostics, text001);
    assert.ok(duplicate, 'the duplicate-sentence finding on line 40');
    assert.equal(duplicate.range.start.line, 39);
    const others = first.diagnostics.length;

    const action = await ignoreAction(client, uri, duplicate);
    const seen = published(client, uri);
    await client.request('workspace/executeCommand', { command: action.command?.command, arguments: action.command?.arguments });
    const after1 = await nextPublication(client, uri, seen, 'diagnostics after ignoring');
    assert.equal(after1.version, 1);
    assert.equal(duplicateOf(after1.diagnostics, text001), undefined, 'the finding is gone');
    assert.equal(after1.diagnostics.length, others - 1, 'nothing else is silenced');

    const project = JSON.parse(readFileSync(projectFile, 'utf8')) as ProjectJson;
    assert.equal(project.version, 1);
    assert.equal(project.suppressions.length, 1);
    const entry = nth(project.suppressions, 0);
    assert.equal(entry.file, 'reports/001.txt');
    assert.equal(entry.code, 'duplicate-sentence');
    assert.equal(entry.text, DUPLICATED);
    assert.ok(entry.context.includes(DUPLICATED), 'the context shows the text in its line');

    // Edit elsewhere: a new first line and a changed figure in another paragraph (line 10).
    const line10 = nth(text001.split('\n'), 9);
    const edited = `前言：本报告为修订稿。\n${text001}`.replace(line10, line10.replace('精准高效', '精准有效'));
    assert.ok(!edited.includes(line10));
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const v2 = await client.diagnosticsFor(uri, 2);
    assert.equal(duplicateOf(v2.diagnostics, edited), undefined, 'still silenced after edits elsewhere');

    // Ignoring the same finding again does not add a second entry.
    await client.request('workspace/executeCommand', { command: action.command?.command, arguments: action.command?.arguments });
    assert.equal((JSON.parse(readFileSync(projectFile, 'utf8')) as ProjectJson).suppressions.length, 1);

    // Editing the silenced sentence itself brings the finding back.
    const at = edited.lastIndexOf(DUPLICATED);
    const changedCopy = edited.slice(0, at) + DUPLICATED.replace('全面提高', '全面提升') + edited.slice(at + DUPLICATED.length);
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: changedCopy }] });
    const v3 = await client.diagnosticsFor(uri, 3);
    assert.ok(v3.diagnostics.some((d) => d.code === 'duplicate-sentence'), 'a changed sentence is a new finding');
  });

  test('existing entries and keys are preserved; removing the entry (watched-file event) brings the finding back', async () => {
    const existing = {
      version: 1,
      comment: 'kept as is',
      checks: { 'growth-mismatch': 'warning' },
      suppressions: [{ file: 'reports/other.txt', code: 'growth-mismatch', text: '2.5%', context: '增长2.5%', note: 'table uses the revised figure' }],
    };
    const { root, uri, projectFile } = workspace('preserve', existing);
    const client = await start(root, { locale: 'zh-cn' });
    await client.open(uri, text001);
    const duplicate = duplicateOf((await client.diagnosticsFor(uri, 1)).diagnostics, text001);
    assert.ok(duplicate);
    const action = await ignoreAction(client, uri, duplicate);
    assert.equal(action.title, IGNORE_ZH, 'titled in the display language');
    let seen = published(client, uri);
    await client.request('workspace/executeCommand', { command: action.command?.command, arguments: action.command?.arguments });
    assert.equal(duplicateOf((await nextPublication(client, uri, seen, 'after ignoring')).diagnostics, text001), undefined);

    const project = JSON.parse(readFileSync(projectFile, 'utf8')) as ProjectJson;
    assert.equal(project.comment, 'kept as is');
    assert.deepEqual(project.checks, existing.checks);
    assert.deepEqual(project.suppressions[0], existing.suppressions[0]);
    assert.equal(nth(project.suppressions, 1).code, 'duplicate-sentence');

    // The reviewer deletes the entry; the editor reports the change.
    writeFileSync(projectFile, JSON.stringify({ ...project, suppressions: [project.suppressions[0]] }, null, 2));
    seen = published(client, uri);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(projectFile), type: 2 }] });
    assert.ok(duplicateOf((await nextPublication(client, uri, seen, 'after the file changed')).diagnostics, text001), 'the finding is back');
  });

  test('bad JSON: one visible warning, the file is ignored, nothing is overwritten', async () => {
    const broken = '{ "version": 1, "suppressions": [ ';
    const { root, uri, projectFile } = workspace('broken', broken);
    const client = await start(root);
    await client.open(uri, text001);
    const diagnostics = (await client.diagnosticsFor(uri, 1)).diagnostics;
    const duplicate = duplicateOf(diagnostics, text001);
    assert.ok(duplicate, 'findings are still reported');
    const warning = await client.waitFor('a warning about the file', () =>
      client.shownMessages.find((m) => m.type === 2 && m.message.includes('.reportlens.json')),
    );
    assert.match(warning.message, /not valid JSON/);

    // Another document under the same broken file does not repeat the warning.
    const second = path.join(root, 'reports', 'copy.txt');
    writeFileSync(second, text001);
    await client.open(fileUri(second), text001);
    await client.diagnosticsFor(fileUri(second), 1);
    assert.equal(client.shownMessages.filter((m) => m.message.includes('.reportlens.json')).length, 1);

    // Ignoring while the file is broken leaves it alone and says why.
    const action = await ignoreAction(client, uri, duplicate);
    await client.request('workspace/executeCommand', { command: action.command?.command, arguments: action.command?.arguments });
    await client.waitFor('an error message', () => client.shownMessages.find((m) => m.type === 1 && m.message.includes('nothing was written')));
    assert.equal(readFileSync(projectFile, 'utf8'), broken);
  });

  test('severities: the file applies where no editor setting is made; an editor setting wins', async () => {
    const { root, uri } = workspace('checks', { version: 1, checks: { 'duplicate-sentence': 'error' } });
    const fromFile = await start(root);
    await fromFile.open(uri, text001);
    assert.equal(duplicateOf((await fromFile.diagnosticsFor(uri, 1)).diagnostics, text001)?.severity, 1, 'error from the file');

    const withSetting = await start(root, { configuration: { checks: { 'duplicate-sentence': 'hint' } } });
    await withSetting.open(uri, text001);
    assert.equal(duplicateOf((await withSetting.diagnosticsFor(uri, 1)).diagnostics, text001)?.severity, 4, 'hint from the setting');

    const off = workspace('checks-off', { version: 1, checks: { 'duplicate-sentence': 'off' } });
    const offClient = await start(off.root);
    await offClient.open(off.uri, text001);
    const offDiagnostics = (await offClient.diagnosticsFor(off.uri, 1)).diagnostics;
    assert.ok(!offDiagnostics.some((d) => d.code === 'duplicate-sentence'));
  });

  test('untitled documents get no ignore action', async () => {
    const { root } = workspace('untitled');
    const client = await start(root);
    const uri = 'untitled:Untitled-1';
    await client.open(uri, text001);
    const duplicate = duplicateOf((await client.diagnosticsFor(uri, 1)).diagnostics, text001);
    assert.ok(duplicate);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: duplicate.range,
      context: { diagnostics: [duplicate] },
    });
    assert.ok(actions.length >= 1);
    assert.ok(!actions.some((a) => a.command?.command === 'reportLens.ignoreFinding'));
  });
});
