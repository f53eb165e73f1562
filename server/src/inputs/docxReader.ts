// Reads a .docx report: mammoth gives the body in order (paragraphs, tables, tracked
// insertions, hyperlinks, content controls); list numbers come from docxNumbering.ts. Each
// paragraph becomes one line, each table row one pipe-table line (`| 指标 | 2024年 |`), which the
// engine's table reader understands. Loaded lazily: only when a .docx is read.

import JSZip from 'jszip';
import mammoth from 'mammoth';
import { paragraphLabels, type ParagraphNumbering } from './docxNumbering';
import { ExtractedTextBuilder, quoteOf, type ExtractedReport } from './sourceLocation';

/** The parts of mammoth's document tree this reader uses. */
interface DocNode {
  type: string;
  children?: DocNode[];
  value?: string;
  numbering?: unknown;
  breakType?: string;
}

interface Block {
  kind: 'paragraph' | 'table';
  paragraph?: DocNode;
  rows?: DocNode[][][];
}

function isNode(value: unknown): value is DocNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function textOf(node: DocNode): string {
  switch (node.type) {
    case 'text':
      return node.value ?? '';
    case 'tab':
      return ' ';
    case 'break':
      return node.breakType === 'line' ? ' ' : '';
    case 'noteReference':
    case 'commentReference':
    case 'image':
      return '';
    default:
      return (node.children ?? []).map(textOf).join('');
  }
}

/** Paragraphs in order, descending into tables (cell paragraphs too), as docxNumbering counts them. */
function collectParagraphs(node: DocNode, out: DocNode[]): void {
  if (node.type === 'paragraph') {
    out.push(node);
    return;
  }
  for (const c of node.children ?? []) collectParagraphs(c, out);
}

function blocksOf(document: DocNode): Block[] {
  const blocks: Block[] = [];
  const visit = (node: DocNode): void => {
    if (node.type === 'paragraph') blocks.push({ kind: 'paragraph', paragraph: node });
    else if (node.type === 'table') {
      const rows = (node.children ?? [])
        .filter((r) => r.type === 'tableRow')
        .map((r) => (r.children ?? []).filter((c) => c.type === 'tableCell').map((c) => {
          const paragraphs: DocNode[] = [];
          collectParagraphs(c, paragraphs);
          return paragraphs;
        }));
      blocks.push({ kind: 'table', rows });
    } else for (const c of node.children ?? []) visit(c);
  };
  visit(document);
  return blocks;
}

/** Pairs mammoth's paragraphs with the list labels; by position, else list paragraph by list paragraph. */
function labelLookup(paragraphs: readonly DocNode[], numbering: readonly ParagraphNumbering[]): Map<DocNode, string> {
  const labels = new Map<DocNode, string>();
  if (paragraphs.length === numbering.length) {
    paragraphs.forEach((p, i) => {
      const n = numbering[i];
      if (n) labels.set(p, n.label);
    });
    return labels;
  }
  const listed = numbering.filter((n) => n.numbered);
  let k = 0;
  for (const p of paragraphs) if (p.numbering) labels.set(p, listed[k++]?.label ?? '');
  return labels;
}

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedReport> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string): Promise<string | undefined> => zip.file(name)?.async('string') ?? Promise.resolve(undefined);
  const documentXml = await read('word/document.xml');
  if (documentXml === undefined) throw new Error('no word/document.xml');
  let tree: DocNode | undefined;
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      transformDocument: (element: unknown) => {
        if (isNode(element)) tree = element;
        return element;
      },
    },
  );
  if (!tree) throw new Error('no document body');
  const numbering = paragraphLabels(documentXml, await read('word/numbering.xml'), await read('word/styles.xml'));
  const all: DocNode[] = [];
  collectParagraphs(tree, all);
  const labels = labelLookup(all, numbering);

  const out = new ExtractedTextBuilder();
  let paragraphNumber = 0;
  let tableNumber = 0;
  for (const block of blocksOf(tree)) {
    if (block.kind === 'paragraph' && block.paragraph) {
      const body = textOf(block.paragraph).replace(/\s+$/, '');
      if (body.trim() === '') continue;
      const line = (labels.get(block.paragraph) ?? '') + body;
      paragraphNumber++;
      out.add(line, { kind: 'paragraph', paragraph: paragraphNumber, quote: quoteOf(line) });
    } else if (block.rows) {
      tableNumber++;
      block.rows.forEach((row, r) => {
        const cells = row.map((paragraphs) =>
          paragraphs.map((p) => (labels.get(p) ?? '') + textOf(p)).join(' ').replace(/\s+/g, ' ').replace(/\|/g, '｜').trim(),
        );
        if (cells.every((c) => c === '')) return;
        const line = `| ${cells.join(' | ')} |`;
        out.add(line, { kind: 'tableRow', table: tableNumber, row: r + 1, quote: quoteOf(cells.find((c) => c !== '') ?? '') });
      });
    }
  }
  return { text: out.text, format: 'docx', segments: out.segments };
}
