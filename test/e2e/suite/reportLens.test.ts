// What a user of the extension sees in VS Code, asserted through the same commands the editor's UI
// uses (Outline = executeDocumentSymbolProvider, hover = executeHoverProvider, Problems =
// getDiagnostics, light bulb = executeCodeActionProvider). Runs in the extension host.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  countOccurrences,
  diagnosticCode,
  fixtureUri,
  flattenSymbols,
  hoverText,
  openFixture,
  reportLensDiagnostics,
  waitFor,
} from './util';
import { at } from '../../at';

// 001 line 40 (0-based 39): this sentence is pasted twice in a row.
const DUPLICATE = '全面提高救助保障标准，发放救助资金4.4亿元，发放低保、特困人员等价格临时补贴1615.5万元。';
const DUPLICATE_LINE = 39;

function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics at all';
  return all
    .slice(0, 8)
    .map((d) => `${d.source ?? '?'}/${diagnosticCode(d) ?? '?'}@${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message.slice(0, 60)}`)
    .join(' | ');
}

suite('Report Lens in a real VS Code extension host', () => {
  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this editor`);
    // When the runner installed the packaged .vsix, make sure that copy is the one under test and
    // not a development checkout (a packaging mistake must fail here, not pass silently).
    const expectedRoot = process.env.REPORT_LENS_E2E_EXPECT_EXTENSION_ROOT;
    if (expectedRoot) {
      const actual = path.resolve(extension.extensionPath);
      assert.ok(
        actual.startsWith(path.resolve(expectedRoot) + path.sep),
        `expected the extension installed from the .vsix under ${expectedRoot}, got ${actual}`,
      );
    }
    await extension.activate();
  });

  suiteTeardown(async () => {
    // Leave no dirty editor behind: a restored hot-exit backup would change what the next run sees.
    for (const doc of vscode.workspace.textDocuments) {
      if (!doc.isDirty) continue;
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Outline of report 000 shows its three parts, chapters under them and table 1', async () => {
    const doc = await openFixture('000_');
    let last: vscode.DocumentSymbol[] = [];
    const symbols = await waitFor(
      'document symbols naming part 一 of report 000',
      async () => {
        const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
          'vscode.executeDocumentSymbolProvider',
          doc.uri,
        );
        last = result ?? [];
        return last.some((s) => flattenSymbols([s]).some((f) => f.symbol.name.includes('2022年国民经济和社会发展计划执行情况')))
          ? last
          : undefined;
      },
      () => flattenSymbols(last).slice(0, 10).map((f) => `${'  '.repeat(f.depth)}${f.symbol.name}`).join(' / ') || 'no symbols',
    );

    const flat = flattenSymbols(symbols);
    const listing = (): string => flat.map((f) => `${f.symbol.selectionRange.start.line + 1}:${f.symbol.name}`).join(' / ');
    // The title block repeats some heading words, so an entry is identified by its text and line.
    const find = (title: string, line: number): { symbol: vscode.DocumentSymbol; depth: number } => {
      const hit = flat.find((f) => f.symbol.name.includes(title) && f.symbol.selectionRange.start.line === line);
      assert.ok(hit, `Outline has no entry "${title}" on file line ${line + 1}; it has: ${listing()}`);
      return hit;
    };
    // The three parts 一、二、三、 (file lines 11, 121, 129) are siblings at one level.
    const parts = [
      find('2022年国民经济和社会发展计划执行情况', 10),
      find('2023年总体要求及预期目标', 120),
      find('2023年经济社会发展重点工作', 128),
    ];
    assert.equal(new Set(parts.map((p) => p.depth)).size, 1, `parts 一、二、三、 are at the same outline level; depths ${parts.map((p) => p.depth).join(', ')}`);

    // A chapter （一） is nested under its part, not beside it.
    const chapter = find('踔厉奋发', 82);
    assert.ok(
      flattenSymbols(at(parts, 0).symbol.children).some((f) => f.symbol === chapter.symbol),
      '（一）踔厉奋发 (line 83) is inside part 一、 in the Outline',
    );

    // 表1 (file line 21) is an outline entry of its own.
    assert.ok(
      flat.some((f) => f.symbol.selectionRange.start.line === 20),
      `table 表1 on file line 21 is in the Outline; entries: ${listing()}`,
    );
  });

  test('Hover on 231.7亿元 in report 000 shows the exact normalized value', async () => {
    const doc = await openFixture('000_');
    const offset = doc.getText().indexOf('231.7亿元');
    assert.ok(offset >= 0, 'fixture 000 contains 231.7亿元');
    const figure = doc.positionAt(offset + 1);
    assert.equal(figure.line, 12, '231.7亿元 is on file line 13');

    let lastText = '';
    const text = await waitFor(
      'a hover on 231.7亿元 showing 23,170,000,000',
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, figure);
        lastText = hoverText(hovers ?? []);
        return lastText.includes('23,170,000,000') ? lastText : undefined;
      },
      () => JSON.stringify(lastText.slice(0, 300)) || 'no hover',
    );
    assert.match(text, /231\.7\s*亿元/, 'the hover repeats the original text');
    // The hover's range is what the editor highlights: exactly the figure.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, figure);
    const figureRange = new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + '231.7亿元'.length));
    assert.ok(
      hovers.some((h) => h.range?.isEqual(figureRange)),
      `a hover range is exactly 231.7亿元; got ${hovers.map((h) => (h.range ? JSON.stringify(doc.getText(h.range)) : 'no range')).join(', ')}`,
    );

    // A year is not a quantity: hovering 2022年 must not present 2,022 of anything.
    const yearAt = new vscode.Position(12, 1);
    assert.equal(doc.getText(new vscode.Range(12, 0, 12, 5)), '2022年');
    const yearHovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, yearAt);
    assert.doesNotMatch(hoverText(yearHovers ?? []), /2,022/, 'a year is not shown as a quantity');
  });

  test('Report 001 shows the duplicate-sentence warning on the repeated sentence, and its quick fix removes it', async () => {
    const doc = await openFixture('001_');
    assert.equal(countOccurrences(doc.lineAt(DUPLICATE_LINE).text, DUPLICATE), 2, 'fixture 001 line 40 holds the sentence twice');

    const isTheDuplicate = (d: vscode.Diagnostic): boolean =>
      d.range.start.line === DUPLICATE_LINE && doc.getText(d.range).includes('全面提高救助保障标准');
    const diagnostic = await waitFor(
      'a report-lens duplicate-sentence diagnostic on 001 line 40',
      () => reportLensDiagnostics(doc.uri, 'duplicate-sentence').find(isTheDuplicate),
      () => describeDiagnostics(doc.uri),
    );

    // What the Problems panel shows: a warning on the sentence itself, not on the whole line.
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning, 'duplicate-sentence is a warning');
    const flagged = doc.getText(diagnostic.range);
    assert.ok(flagged.length < doc.lineAt(DUPLICATE_LINE).text.length, 'the range is the sentence, not the whole line');
    assert.ok(flagged.length <= DUPLICATE.length + 2, `the range covers one sentence, got ${JSON.stringify(flagged)}`);
    const related = diagnostic.relatedInformation ?? [];
    assert.ok(
      related.some((r) => r.location.uri.toString() === doc.uri.toString() && !r.location.range.isEqual(diagnostic.range)),
      'relatedInformation points at the other occurrence',
    );

    // The light bulb: a quick fix attached to this diagnostic.
    let lastTitles = '';
    const fix = await waitFor(
      'a quick fix for the duplicate sentence',
      async () => {
        const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
          'vscode.executeCodeActionProvider',
          doc.uri,
          diagnostic.range,
          vscode.CodeActionKind.QuickFix.value,
        );
        // A bare vscode.Command has a string `command`; a CodeAction has an optional Command object.
        const codeActions = (actions ?? []).filter((a): a is vscode.CodeAction => typeof a.command !== 'string');
        lastTitles = codeActions
          .map((a) => `${a.title} [kind ${a.kind?.value ?? '-'}, diagnostics ${(a.diagnostics ?? []).map(diagnosticCode).join(',') || '-'}, edit ${a.edit ? a.edit.size : '-'}]`)
          .join(' | ');
        // vscode.executeCodeActionProvider drops CodeAction.diagnostics when it converts the
        // results, so the fix is recognised by what it edits: the repeated sentence on line 40.
        return codeActions.find(
          (a) =>
            a.kind !== undefined &&
            vscode.CodeActionKind.QuickFix.contains(a.kind) &&
            (a.edit?.get(doc.uri) ?? []).some((e) => e.range.start.line === DUPLICATE_LINE),
        );
      },
      () => lastTitles || 'no code actions',
    );

    assert.ok(fix.edit, `"${fix.title}" carries an edit`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), `applyEdit of "${fix.title}" succeeded`);
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));

    assert.equal(countOccurrences(doc.getText(), DUPLICATE), 1, `after "${fix.title}" the sentence appears once`);
    assert.equal(countOccurrences(doc.lineAt(DUPLICATE_LINE).text, DUPLICATE), 1, 'line 40 keeps one copy');
    await waitFor(
      'the duplicate-sentence diagnostic on line 40 to disappear after the fix',
      () => (reportLensDiagnostics(doc.uri, 'duplicate-sentence').some((d) => d.range.start.line === DUPLICATE_LINE) ? undefined : true),
      () => describeDiagnostics(doc.uri),
    );
  });
  test('A plain-text report is switched to the Report language on opening (auto mode)', async () => {
    const uri = await fixtureUri('003_');
    const opened = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(opened, { preview: false });
    // The switch reopens the document under the new language: read the current one by URI.
    const current = (): vscode.TextDocument | undefined => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    await waitFor(
      'report 003 (.txt, plain text) to be in the Report language',
      () => (current()?.languageId === 'report' ? true : undefined),
      () => `languageId is ${current()?.languageId ?? '(closed)'}`,
    );
  });

  test('Mark as Report puts a plain-text document that does not look like a report in the Report language, and it is checked', async () => {
    // No report marker: auto mode leaves this plain text alone; the command is how a user opts in.
    const sentence = '全市新建改建农村公路一百二十公里，全面完成年度建设计划。';
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `${sentence}${sentence}\n` });
    await vscode.window.showTextDocument(doc, { preview: false });
    assert.equal(doc.languageId, 'plaintext');
    await vscode.commands.executeCommand('reportLens.markAsReport');
    const current = (): vscode.TextDocument | undefined => vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString());
    await waitFor(
      'the untitled document to be in the Report language after Mark as Report',
      () => (current()?.languageId === 'report' ? true : undefined),
      () => `languageId is ${current()?.languageId ?? '(closed)'}`,
    );
    await waitFor(
      'the repeated sentence to be reported once the document is a report',
      () => (reportLensDiagnostics(doc.uri, 'duplicate-sentence').length > 0 ? true : undefined),
      () => describeDiagnostics(doc.uri),
    );
  });
});

suite('Report Lens: several reports of one county', () => {
  test('opening one report shows a mismatch whose related location is in another, unopened report; the indicator table opens and its links jump', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder, 'a workspace folder is open');
    const work = vscode.Uri.joinPath(folder, 'county', 'work.txt');
    const plan = vscode.Uri.joinPath(folder, 'county', 'plan.txt');
    const doc = await vscode.workspace.openTextDocument(work);
    await vscode.window.showTextDocument(doc, { preview: false });
    const diagnostic = await waitFor(
      'a cross-report-mismatch on county/work.txt',
      () => reportLensDiagnostics(work, 'cross-report-mismatch')[0],
      () => describeDiagnostics(work),
    );
    assert.equal(doc.getText(diagnostic.range), '188.4亿元');
    const related = diagnostic.relatedInformation?.[0];
    assert.ok(related, 'related information');
    assert.equal(related.location.uri.toString(), plan.toString());
    assert.equal(related.location.range.start.line, 3);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === plan.toString()), 'plan.txt was never opened');

    const tableUri = await vscode.commands.executeCommand<vscode.Uri | undefined>('reportLens.showIndicatorTable');
    assert.ok(tableUri, 'the command returns the generated table');
    const table = await vscode.workspace.openTextDocument(tableUri);
    assert.equal(table.languageId, 'markdown');
    const text = table.getText();
    assert.match(text, /\| 地区生产总值 \|/);
    assert.match(text, /188\.4亿元\]\([^)]*work\.txt#L5\)[^|]*⚠/);
    assert.doesNotMatch(text, /\]\(file:/, 'links are relative: Markdown previews refuse file: links');
    await waitFor('the Markdown preview tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview')),
    );
    // A link jumps to its line: resolved against the table's folder, as the preview resolves a
    // relative link, and handed to the workbench's opener, which reads the `#L<line>` fragment.
    const link = /\[186\.4亿元\]\(([^)#]*plan\.txt)#L(\d+)\)/.exec(text);
    assert.ok(link, text.slice(0, 600));
    const target = vscode.Uri.joinPath(tableUri, '..', ...(link[1] ?? '').split('/').map(decodeURIComponent)).with({ fragment: `L${link[2]}` });
    assert.equal(target.with({ fragment: '' }).fsPath, plan.fsPath);
    await vscode.commands.executeCommand('vscode.open', target);
    const editor = await waitFor('plan.txt open at the linked line', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === plan.toString() ? e : undefined;
    });
    assert.equal(editor.selection.active.line, Number(link[2]) - 1);
  });
});
