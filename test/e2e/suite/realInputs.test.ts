// Real inputs in the workbench: a GB18030 report opened with VS Code's encoding guessing is
// checked like any other report, and "Report Lens: Check Word/PDF Report" on a .docx opens the
// extracted report read-only with diagnostics that name the paragraph of the original.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { gb18030Bytes } from '../../protocol/gb18030';
import { docxFromText } from '../../protocol/reportDocuments';
import { EXTENSION_ID, fixtureUri, reportLensDiagnostics, waitFor } from './util';

function describeDiagnostics(uri: vscode.Uri): string {
  return vscode.languages
    .getDiagnostics(uri)
    .slice(0, 6)
    .map((d) => `${d.source ?? '?'}@${d.range.start.line + 1}: ${d.message.slice(0, 80)}`)
    .join(' | ') || 'no diagnostics';
}

suite('Report Lens with real inputs (encodings, Word)', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('files').update('autoGuessEncoding', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a GB18030 report opened with files.autoGuessEncoding is decoded and checked', async () => {
    await vscode.workspace.getConfiguration('files').update('autoGuessEncoding', true, vscode.ConfigurationTarget.Global);
    const original = await fixtureUri('001_');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(original));
    const gbUri = vscode.Uri.joinPath(original, '..', 'county-gb18030.txt');
    await vscode.workspace.fs.writeFile(gbUri, gb18030Bytes(text));
    const doc = await vscode.workspace.openTextDocument(gbUri);
    await vscode.window.showTextDocument(doc, { preview: false });
    assert.ok(doc.getText().includes('2022年国民经济和社会发展计划执行情况'), `decoded as: ${doc.getText().slice(0, 40)}`);
    const found = await waitFor(
      'a dangling-reference finding on the GB18030 report',
      () => (reportLensDiagnostics(gbUri, 'dangling-reference').length > 0 ? true : undefined),
      () => `${doc.languageId}: ${describeDiagnostics(gbUri)}`,
    );
    assert.ok(found);
    assert.equal(doc.languageId, 'report');
  });

  test('Check Word/PDF Report opens the extracted .docx read-only, findings naming the paragraph', async () => {
    // Built in the extension host from the corpus text, as the protocol tests do.
    const original = await fixtureUri('001_');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(original));
    const docxUri = vscode.Uri.joinPath(original, '..', 'draft.docx');
    await vscode.workspace.fs.writeFile(docxUri, await docxFromText(text));
    await vscode.commands.executeCommand('reportLens.checkDocument', docxUri);
    const editor = await waitFor('the extracted report in an editor', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.scheme === 'reportlens-extract' ? active : undefined;
    });
    const doc = editor.document;
    assert.equal(doc.languageId, 'report');
    assert.match(doc.getText(), /^一、2022年国民经济/m);
    const dangling = await waitFor(
      'a dangling-reference finding naming its paragraph',
      () => reportLensDiagnostics(doc.uri, 'dangling-reference').find((d) => /In the original: paragraph \d+|原文位置：第 \d+ 段/.test(d.message)),
      () => describeDiagnostics(doc.uri),
    );
    assert.ok(dangling);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, dangling.range);
    assert.equal((actions ?? []).filter((a) => a.title.length > 0 && a.edit).length, 0, 'no edits on the read-only view');
  });
});
