// Real inputs on the command line: the same report as UTF-8, GB18030 and UTF-16 text, as a Word
// .docx with automatic heading numbers and a table, and as a PDF must give the same findings,
// located where the user finds them in the original. Unreadable inputs: one line each, exit 2.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { quoteOf, type SourceLocation } from '../../server/src/inputs/sourceLocation';
import { fixturePath, REPO_ROOT } from './lspClient';
import { gb18030Bytes } from './gb18030';
import { docxFromText, pdfFromText, pdfWithoutText, pdfWithPassword } from './reportDocuments';
import { at } from '../at';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'report-lens-inputs-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: readonly string[], cli = CLI): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C' },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonFinding {
  code: string;
  message: { en: string };
  span: { line: number; column: number; source?: SourceLocation };
}

interface JsonFile {
  file: string;
  input: { format: string; encoding?: string };
  outline: { label: string | null; title: string; children: { label: string | null }[] }[];
  findings: JsonFinding[];
}

function checkJson(files: readonly string[]): JsonFile[] {
  const result = run(['check', '--format', 'json', ...files]);
  assert.notEqual(result.status, 2, result.stderr);
  return (JSON.parse(result.stdout) as { files: JsonFile[] }).files;
}

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, bytes);
  return file;
}

const REPORT_001 = readFileSync(fixturePath('001_d0fe4f7f7cc8ad9c.txt'), 'utf8');
const REPORT_003 = readFileSync(fixturePath('003_7e2e0f9dafc359a0.txt'), 'utf8');
/** A small table in my own numbers, so the Word version carries a real table. */
const TABLE = '\n表9 示例指标\n| 指标 | 2024年 | 增长（%） |\n| 示例产值（亿元） | 120.5 | 6.1 |\n| 示例投资（亿元） | 80.2 | 4.3 |\n';

describe('text encodings are detected', () => {
  test('UTF-8, UTF-8 with BOM, GB18030 and UTF-16 LE/BE give identical findings', () => {
    const utf16be = Buffer.from(`\ufeff${REPORT_001}`, 'utf16le').swap16();
    const files = [
      write('utf8.txt', REPORT_001),
      write('utf8-bom.txt', `\ufeff${REPORT_001}`),
      write('gb18030.txt', gb18030Bytes(REPORT_001)),
      write('utf16le.txt', Buffer.from(`\ufeff${REPORT_001}`, 'utf16le')),
      write('utf16be.txt', utf16be),
    ];
    const results = checkJson(files);
    assert.deepEqual(
      results.map((f) => f.input.encoding),
      ['utf-8', 'utf-8', 'gb18030', 'utf-16le', 'utf-16be'],
    );
    const shape = (f: JsonFile) => f.findings.map((x) => `${x.code}@${x.span.line}:${x.span.column} ${x.message.en}`);
    assert.ok(at(results, 0).findings.length >= 3, 'the fixture has findings to compare');
    for (const other of results.slice(1)) assert.deepEqual(shape(other), shape(at(results, 0)), other.file);
  });

  test('--encoding overrides the guess; a wrong one is one clear line and exit 2', () => {
    const gb = write('override.txt', gb18030Bytes(REPORT_001));
    const good = run(['check', '--encoding', 'gbk', gb]);
    assert.notEqual(good.status, 2, good.stderr);
    assert.match(good.stdout, /dangling-reference/);
    const wrong = run(['check', '--encoding', 'utf-8', gb]);
    assert.equal(wrong.status, 2);
    assert.equal(wrong.stderr.trim().split('\n').length, 1);
    assert.match(wrong.stderr, /override\.txt: is not valid utf-8 text/);
    const unknown = run(['check', '--encoding', 'klingon', gb]);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown encoding "klingon"/);
  });
});

describe('Word .docx reports', () => {
  test('findings equal those on the text, located by paragraph and quote; automatic numbers are headings', async () => {
    const text = REPORT_001 + TABLE;
    const txt = write('report.txt', text);
    const docx = write('report.docx', await docxFromText(text));
    const [fromText, fromWord] = checkJson([txt, docx]);
    assert.ok(fromText !== undefined && fromWord !== undefined);
    assert.equal(fromWord.input.format, 'docx');
    // The typed 一、/（一） were removed by the generator: the reader renders Word's numbering.
    assert.deepEqual(
      fromWord.outline.filter((h) => h.label !== null).map((h) => h.label),
      fromText.outline.filter((h) => h.label !== null).map((h) => h.label),
    );
    assert.ok(fromWord.outline.some((h) => h.label === '三' && h.children.some((c) => c.label === '八')));
    const lines = text.split('\n');
    const paragraphs = lines.filter((l) => l.trim() !== '' && !l.startsWith('|'));
    const expected = fromText.findings.map((f) => {
      const line = at(lines, f.span.line - 1);
      return `${f.code} ¶${paragraphs.indexOf(line) + 1} ${quoteOf(line)}`;
    });
    const actual = fromWord.findings.map((f) => {
      const source = f.span.source;
      assert.equal(source?.kind, 'paragraph');
      return source?.kind === 'paragraph' ? `${f.code} ¶${source.paragraph} ${source.quote}` : '';
    });
    assert.ok(expected.length >= 3);
    assert.deepEqual(actual, expected);
    // "already appears on line 40" would point into text the user never sees.
    const duplicate = fromWord.findings.find((f) => f.code === 'duplicate-sentence');
    assert.match(duplicate?.message.en ?? '', /already appears on paragraph \d+ “[^”]+”/);
  });

  test('text output names the paragraph; SARIF carries it and offers no edits to the .docx', async () => {
    const docx = write('named.docx', await docxFromText(REPORT_001));
    const textRun = run(['check', docx]);
    assert.match(textRun.stdout, /named\.docx:paragraph \d+ “[^”]+”  info  dangling-reference/);
    const zh = spawnSync(process.execPath, [CLI, 'check', '--lang', 'zh', docx], { encoding: 'utf8' });
    assert.match(zh.stdout, /named\.docx:第 \d+ 段「[^」]+」  info  dangling-reference/);
    const sarif = JSON.parse(run(['check', '--format', 'sarif', docx]).stdout) as {
      runs: { results: { locations: { message?: { text: string }; physicalLocation: { region?: unknown } }[]; fixes?: unknown }[] }[];
    };
    const results = at(sarif.runs, 0).results;
    assert.ok(results.length > 0);
    for (const r of results) {
      assert.match(at(r.locations, 0).message?.text ?? '', /^paragraph \d+ “/);
      assert.equal(at(r.locations, 0).physicalLocation.region, undefined);
      assert.equal(r.fixes, undefined);
    }
  });
});

describe('PDF reports', () => {
  test('findings equal those on the text, located by page and line; page numbers are not text', () => {
    const layout = pdfFromText(REPORT_003);
    const pdf = write('report.pdf', layout.bytes);
    const [fromText, fromPdf] = checkJson([fixturePath('003_7e2e0f9dafc359a0.txt'), pdf]);
    assert.ok(fromText !== undefined && fromPdf !== undefined);
    assert.equal(fromPdf.input.format, 'pdf');
    const expected = fromText.findings.map((f) => {
      const at = layout.lineAt.get(f.span.line - 1);
      return `${f.code} p${at?.page} l${at?.line}`;
    });
    const actual = fromPdf.findings.map((f) => {
      const source = f.span.source;
      return source?.kind === 'page' ? `${f.code} p${source.page} l${source.line}` : `${f.code} unmapped`;
    });
    assert.ok(expected.length >= 1);
    assert.deepEqual(actual, expected);
    assert.match(run(['check', pdf]).stdout, /report\.pdf:page \d+, line \d+  warning  heading-sequence/);
  });
});

describe('unreadable inputs', () => {
  test('a .doc, an encrypted .docx or PDF, a broken .docx or .pdf and a scanned PDF: one line each, the rest checked, exit 2', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    const files = [
      write('old.doc', ole),
      write('locked.docx', Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')])),
      write('broken.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)])),
      write('cut.pdf', '%PDF-1.4\n1 0 obj\n<< /Type /Catalog'),
      write('scan.pdf', pdfWithoutText()),
      write('locked.pdf', pdfWithPassword()),
      write('good.txt', REPORT_001),
    ];
    const result = run(['check', ...files]);
    assert.equal(result.status, 2);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 6, result.stderr);
    assert.match(at(lines, 0), /old\.doc: is an old binary Word\/WPS document \(\.doc\): save it as \.docx/);
    assert.match(at(lines, 1), /locked\.docx: is a password-protected Word document/);
    assert.match(at(lines, 2), /broken\.docx: cannot be read as a Word \(\.docx\) document .*: open it in Word or WPS and save it again$/);
    assert.match(at(lines, 3), /cut\.pdf: is not a readable PDF .*: export or download it again$/);
    assert.match(at(lines, 4), /scan\.pdf: has no text layer \(a scanned PDF\?\): run OCR/);
    assert.match(at(lines, 5), /locked\.pdf: is a password-protected PDF: remove the password/);
    assert.match(result.stdout, /good\.txt:\d+:\d+  info  dangling-reference/);
    assert.match(result.stdout, /1 file checked: .*6 files unreadable/);
    const zh = spawnSync(process.execPath, [CLI, 'check', '--lang', 'zh', at(files, 0), at(files, 4)], { encoding: 'utf8' });
    assert.match(zh.stderr, /old\.doc: 是旧版二进制 Word\/WPS 文档（\.doc），请用 Word 或 WPS 另存为 \.docx/);
    assert.match(zh.stderr, /scan\.pdf: 没有文字层（可能是扫描件），请先做文字识别（OCR）/);
  });

  test('checking a .txt never loads the Word or PDF readers (they may even be absent)', () => {
    const bare = path.join(scratch, 'bare-dist');
    mkdirSync(bare);
    copyFileSync(CLI, path.join(bare, 'cli.js'));
    const result = run(['check', fixturePath('001_d0fe4f7f7cc8ad9c.txt')], path.join(bare, 'cli.js'));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /dangling-reference/);
  });
});
