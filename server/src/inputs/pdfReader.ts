// Reads a .pdf report with pdfjs-dist (legacy build, made for Node): the text items of each
// page are regrouped into lines by their baseline, top to bottom, left to right. Wrapped
// lines stay wrapped: the engine joins hard-wrapped paragraphs itself. Loaded lazily.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from './inputError';
import { ExtractedTextBuilder, type ExtractedReport } from './sourceLocation';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface PdfLine {
  y: number;
  size: number;
  items: Item[];
}

/** The Adobe CMaps Chinese PDFs need for non-embedded fonts: next to the bundle, or in node_modules. */
function cMapDirectory(): string | undefined {
  let dir = __dirname;
  for (let depth = 0; depth < 6; depth++) {
    for (const candidate of [join(dir, 'cmaps'), join(dir, 'node_modules', 'pdfjs-dist', 'cmaps')]) {
      if (existsSync(join(candidate, 'UniGB-UCS2-H.bcmap'))) return candidate + '/';
    }
    dir = dirname(dir);
  }
  return undefined;
}

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;

let loaded: Promise<PdfJs> | undefined;

/** pdfjs warns on stdout while it loads (no canvas: not needed for text); keep stdout clean. */
async function loadPdfJs() {
  const log = console.log;
  console.log = () => undefined;
  try {
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    // The "fake worker" runs in this thread; pdfjs looks for it here before loading a file.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.log = log;
  }
}

const PAGE_NUMBER = /^[-—–\s]*(\d{1,4}|第\s*\d{1,4}\s*页(\s*共\s*\d{1,4}\s*页)?)[-—–\s]*$/;

function needsSpace(before: string, after: string): boolean {
  return /[A-Za-z0-9.,;:%)]$/.test(before) && /^[A-Za-z0-9(]/.test(after);
}

function lineText(line: PdfLine): string {
  const items = [...line.items].sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (text !== '' && gap > line.size * 0.2 && needsSpace(text, item.str)) text += ' ';
    text += item.str;
    end = item.x + item.width;
  }
  return text.replace(/\s+$/, '');
}

function groupLines(items: readonly Item[]): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const item of items) {
    const tolerance = Math.max(1, item.size * 0.4);
    const line = lines.find((l) => Math.abs(l.y - item.y) <= tolerance);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  return lines.sort((a, b) => b.y - a.y);
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedReport> {
  loaded ??= loadPdfJs();
  const pdfjs = await loaded;
  const cMapUrl = cMapDirectory();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw new InputError('encrypted', {
        zh: '是加密（有密码）的 PDF，请先去除密码或导出为无密码的 PDF',
        en: 'is a password-protected PDF: remove the password or export an unprotected copy',
      });
    }
    throw new InputError('broken', {
      zh: `不是可读的 PDF（文件可能已损坏：${error instanceof Error ? error.message : String(error)}），请重新导出或下载`,
      en: `is not a readable PDF (the file may be damaged: ${error instanceof Error ? error.message : String(error)}): export or download it again`,
    });
  }
  try {
    const out = new ExtractedTextBuilder();
    let characters = 0;
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      const page = await doc.getPage(pageNumber);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = raw.transform as number[];
        items.push({ str: raw.str, x, y, width: raw.width, size: Math.hypot(a, b) || raw.height || 10 });
      }
      const lines = groupLines(items).map(lineText);
      lines.forEach((text, i) => {
        if (text.trim() === '') return;
        // A bare page number at the top or foot of the page is furniture, not report text.
        if ((i === 0 || i === lines.length - 1) && PAGE_NUMBER.test(text)) return;
        characters += text.trim().length;
        out.add(text, { kind: 'page', page: pageNumber, line: i + 1 });
      });
      page.cleanup();
    }
    if (characters === 0) {
      throw new InputError('scanned', {
        zh: '没有文字层（可能是扫描件），请先做文字识别（OCR）再检查',
        en: 'has no text layer (a scanned PDF?): run OCR on it first, then check the result',
      });
    }
    return { text: out.text, format: 'pdf', segments: out.segments };
  } finally {
    await doc.destroy();
  }
}
