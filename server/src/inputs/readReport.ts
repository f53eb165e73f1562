// Turns the bytes of one input file into report text: Word (.docx) and PDF through their
// readers, loaded only when such a file comes (checking a .txt loads neither library), and
// text in any of the encodings decodeText.ts recognises. Shared by the CLI and the server.

import type { Msg } from '../analysis/types';
import { decodeText } from './decodeText';
import { InputError, isInputError } from './inputError';
import type { ExtractedReport } from './sourceLocation';

export type ReadReportResult = { ok: true; report: ExtractedReport } | { ok: false; reason: Msg };

export interface ReadReportOptions {
  /** Forces the text encoding (`--encoding gbk`); ignored for .docx and .pdf. */
  encoding?: string;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

/** `%PDF-` first, or (for a file named .pdf) within the first kilobyte, where readers look for it. */
function isPdf(bytes: Uint8Array, extension: string): boolean {
  const header = [0x25, 0x50, 0x44, 0x46, 0x2d];
  if (startsWith(bytes, header)) return true;
  return extension === 'pdf' && Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(name);
  return match?.[1]?.toLowerCase() ?? '';
}

/** An OLE compound file is an old .doc/.wps, or a password-protected .docx (an EncryptedPackage stream). */
function oleProblem(bytes: Uint8Array): InputError {
  if (Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    return new InputError('encrypted', {
      zh: '是加密（有密码）的 Word 文档，请先去除密码再检查',
      en: 'is a password-protected Word document: remove the password, then check it',
    });
  }
  return new InputError('legacy-doc', {
    zh: '是旧版二进制 Word/WPS 文档（.doc），请用 Word 或 WPS 另存为 .docx 后再检查',
    en: 'is an old binary Word/WPS document (.doc): save it as .docx in Word or WPS, then check it',
  });
}

async function extract(bytes: Uint8Array, name: string, options: ReadReportOptions): Promise<ExtractedReport> {
  const extension = extensionOf(name);
  if (startsWith(bytes, OLE)) throw oleProblem(bytes);
  if (startsWith(bytes, RTF)) {
    throw new InputError('rtf', {
      zh: '是 RTF 文档，请另存为 .docx 或纯文本后再检查',
      en: 'is an RTF document: save it as .docx or plain text, then check it',
    });
  }
  if (startsWith(bytes, ZIP)) {
    const { extractDocx } = await import('./docxReader.js');
    try {
      return await extractDocx(bytes);
    } catch (error) {
      throw new InputError('broken', {
        zh: `无法作为 Word（.docx）文档读取（文件可能已损坏或不是 Word 文档：${describe(error)}），请用 Word 或 WPS 打开后重新保存`,
        en: `cannot be read as a Word (.docx) document (damaged, or not a Word file: ${describe(error)}): open it in Word or WPS and save it again`,
      });
    }
  }
  if (isPdf(bytes, extension)) {
    const { extractPdf } = await import('./pdfReader.js');
    return extractPdf(bytes);
  }
  if (extension === 'docx' || extension === 'pdf') {
    throw new InputError('broken', {
      zh: `不是有效的 .${extension} 文件（文件可能已损坏或被截断），请重新保存或下载`,
      en: `is not a valid .${extension} file (damaged or truncated): save or download it again`,
    });
  }
  const decoded = decodeText(bytes, options.encoding);
  if (!decoded.ok) {
    throw new InputError('bad-encoding', decoded.encoding
      ? { zh: `不是有效的 ${decoded.encoding} 文本`, en: `is not valid ${decoded.encoding} text` }
      : {
          zh: '既不是 UTF-8 也不是 GB18030/GBK 文本，请用 --encoding 指明编码',
          en: 'is neither UTF-8 nor GB18030/GBK text: name its encoding with --encoding',
        });
  }
  return { text: decoded.text, format: 'text', encoding: decoded.encoding, segments: [] };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Never throws: every failure is one reason in both languages. */
export async function readReport(bytes: Uint8Array, name: string, options: ReadReportOptions = {}): Promise<ReadReportResult> {
  try {
    return { ok: true, report: await extract(bytes, name, options) };
  } catch (error) {
    if (isInputError(error)) return { ok: false, reason: error.detail };
    return { ok: false, reason: { zh: `无法读取（${describe(error)}）`, en: `cannot be read (${describe(error)})` } };
  }
}
