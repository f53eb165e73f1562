// Builds Word and PDF versions of a plain-text report for the input tests, so no binary
// fixture is checked in. The .docx uses Word's own automatic numbering for `一、`/`（一）`
// headings (the typed numbers are removed: the reader must render them) and a real table for
// pipe-table lines. The .pdf is written here: a few objects, one non-embedded standard Chinese
// font (STSong-Light, UniGB-UCS2-H) whose text pdfjs decodes with the CMaps it ships.

import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';

const LEVEL0 = /^[一二三四五六七八九十]+、/;
const LEVEL1 = /^（[一二三四五六七八九十]+）/;

function cellsOf(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** The report as a .docx: one paragraph per non-empty line, numbered headings, pipe lines as a table. */
export async function docxFromText(text: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.trim() === '') continue;
    if (line.startsWith('|')) {
      const rows: TableRow[] = [];
      for (; i < lines.length; i++) {
        const row = lines[i];
        if (row === undefined || !row.startsWith('|')) break;
        rows.push(new TableRow({ children: cellsOf(row).map((c) => new TableCell({ children: [new Paragraph(c)] })) }));
      }
      i--;
      children.push(new Table({ rows }));
      continue;
    }
    const level0 = LEVEL0.exec(line);
    const level1 = LEVEL1.exec(line);
    if (level0) children.push(new Paragraph({ text: line.slice(level0[0].length), numbering: { reference: 'headings', level: 0 } }));
    else if (level1) children.push(new Paragraph({ text: line.slice(level1[0].length), numbering: { reference: 'headings', level: 1 } }));
    else children.push(new Paragraph(line));
  }
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'headings',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** Where each text line went in the generated PDF (1-based page and line), by 0-based text line. */
export interface PdfLayout {
  bytes: Buffer;
  lineAt: Map<number, { page: number; line: number }>;
}

function ucs2Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

/**
 * The report as a PDF: each non-empty text line is one PDF line, `linesPerPage` to a page, and
 * a page number ("- 3 -") at the foot of every page, as printed reports have.
 */
export function pdfFromText(text: string, linesPerPage = 40): PdfLayout {
  const lines = text.split(/\r?\n/).map((t, index) => ({ t, index })).filter((l) => l.t.trim() !== '');
  const pages: (typeof lines)[] = [];
  for (let i = 0; i < lines.length; i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));
  const lineAt = new Map<number, { page: number; line: number }>();
  const objects: string[] = [];
  const FONT = 3;
  const DESCRIPTOR = 4;
  const firstPage = 5;
  const kids = pages.map((_, p) => `${firstPage + 2 * p} 0 R`).join(' ');
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`;
  objects[FONT] =
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 ' +
    `/BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${DESCRIPTOR} 0 R /DW 1000 >>] >>`;
  objects[DESCRIPTOR] =
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  pages.forEach((pageLines, p) => {
    const ops: string[] = ['BT', '/F1 10 Tf'];
    pageLines.forEach((l, k) => {
      lineAt.set(l.index, { page: p + 1, line: k + 1 });
      ops.push(`1 0 0 1 40 ${800 - 18 * k} Tm <${ucs2Hex(l.t)}> Tj`);
    });
    ops.push(`1 0 0 1 280 30 Tm <${ucs2Hex(`- ${p + 1} -`)}> Tj`, 'ET');
    const stream = Buffer.from(ops.join('\n'), 'latin1');
    objects[firstPage + 2 * p] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${FONT} 0 R >> >> /Contents ${firstPage + 2 * p + 1} 0 R >>`;
    objects[firstPage + 2 * p + 1] = `<< /Length ${stream.length} >>\nstream\n${stream.toString('latin1')}\nendstream`;
  });
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = Buffer.byteLength(body, 'latin1');
    body += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) body += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { bytes: Buffer.from(body, 'latin1'), lineAt };
}

/** A PDF with one empty page: what a scan without a text layer looks like to a text reader. */
export function pdfWithoutText(): Buffer {
  return onePagePdf('');
}

/**
 * A PDF locked with a user password: a standard security handler whose /U entry matches no empty
 * password, so a reader must ask for one (the content is never decrypted, so it needs no cipher).
 */
export function pdfWithPassword(): Buffer {
  const hex32 = (byte: string) => byte.repeat(32);
  return onePagePdf(
    `/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex32('5a')}> /U <${hex32('a5')}> /P -44 >> /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`,
  );
}

function onePagePdf(trailerExtra: string): Buffer {
  const objects = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = body.length;
    body += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) body += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
