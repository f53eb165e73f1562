// The editor's Word/PDF command over the protocol, as the VS Code client drives it: the server
// extracts a .docx on request, the client opens the text as a read-only `reportlens-extract:`
// document, and the server's diagnostics and hovers there name the paragraph of the original
// while no edit is offered. Broken files answer with a bilingual reason.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver/node';
import { EXTRACT_REQUEST, type ExtractResult } from '../../server/src/lsp/extractProtocol';
import { fixturePath, LspTestClient } from './lspClient';
import { docxFromText, pdfFromText } from './reportDocuments';

const VIRTUAL = 'reportlens-extract:/work/report.docx.report?file%3A%2F%2F%2Fwork%2Freport.docx';

describe('Word/PDF reports in the editor (server side)', () => {
  let client: LspTestClient;
  before(async () => {
    client = LspTestClient.start();
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
  });

  test('extracted text is checked; diagnostics and hovers name the paragraph; no edits offered', async () => {
    const docx = await docxFromText(readFileSync(fixturePath('001_d0fe4f7f7cc8ad9c.txt'), 'utf8'));
    const result = await client.request<ExtractResult>(EXTRACT_REQUEST, { uri: VIRTUAL, name: 'report.docx', data: docx.toString('base64') });
    assert.ok(result.ok);
    if (!result.ok) return;
    assert.match(result.text, /^一、2022年/m, 'Word numbering is part of the heading text');
    await client.open(VIRTUAL, result.text, 'report');
    const published = await client.diagnosticsFor(VIRTUAL, 1, 30_000);
    const dangling = published.diagnostics.find((d) => d.code === 'dangling-reference');
    assert.ok(dangling, JSON.stringify(published.diagnostics.map((d) => d.code)));
    assert.match(String(dangling.message), /\nIn the original: paragraph \d+ “[^”]+”$/);

    const numberStyle = published.diagnostics.find((d) => d.code === 'number-style');
    assert.ok(numberStyle);
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: VIRTUAL },
      position: numberStyle.range.start,
    });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /Change this in the original, paragraph \d+ “[^”]+”\*\* \(this view is read-only\)/);

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: VIRTUAL },
      range: numberStyle.range,
      context: { diagnostics: [numberStyle] },
    });
    assert.deepEqual(actions, []);
  });

  test('a PDF is extracted by the server bundle; its findings name page and line', async () => {
    const pdf = pdfFromText(readFileSync(fixturePath('003_7e2e0f9dafc359a0.txt'), 'utf8'));
    const uri = 'reportlens-extract:/work/report.pdf.report';
    const result = await client.request<ExtractResult>(EXTRACT_REQUEST, { uri, name: 'report.pdf', data: pdf.bytes.toString('base64') });
    assert.ok(result.ok);
    if (!result.ok) return;
    await client.open(uri, result.text, 'report');
    const published = await client.diagnosticsFor(uri, 1, 30_000);
    const heading = published.diagnostics.find((d) => d.code === 'heading-sequence');
    assert.ok(heading, JSON.stringify(published.diagnostics.map((d) => d.code)));
    // Both the place of the finding and the line it refers to are pages and lines of the PDF.
    assert.match(String(heading.message), /\(page \d+, line \d+\)\nIn the original: page \d+, line \d+$/);
  });

  test('a file that cannot be read answers with a reason in both languages', async () => {
    const result = await client.request<ExtractResult>(EXTRACT_REQUEST, {
      uri: 'reportlens-extract:/work/old.doc.report',
      name: 'old.doc',
      data: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]).toString('base64'),
    });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.match(result.reason.en, /save it as \.docx/);
    assert.match(result.reason.zh, /另存为 \.docx/);
  });
});
