// Reads one input file: text in UTF-8/UTF-16/GB18030, Word (.docx) or PDF (see inputs/).
// Every failure becomes one readable line.

import { readFileSync, statSync } from 'node:fs';
import { readReport } from '../inputs/readReport';
import type { ExtractedReport } from '../inputs/sourceLocation';
import { pick, type Lang } from '../shared/locale';

export type InputResult = { ok: true; report: ExtractedReport } | { ok: false; reason: string };

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function reasonFor(error: unknown, lang: Lang): string {
  const zh = lang === 'zh';
  switch (errnoCode(error)) {
    case 'ENOENT':
      return zh ? '文件不存在' : 'no such file';
    case 'EACCES':
    case 'EPERM':
      return zh ? '没有读取权限' : 'permission denied';
    case 'EISDIR':
      return zh ? '是目录，不是文件' : 'is a directory, not a file';
    default:
      return zh ? `无法读取（${errnoCode(error) ?? 'error'}）` : `cannot be read (${errnoCode(error) ?? 'error'})`;
  }
}

export async function readInput(path: string, lang: Lang, encoding?: string): Promise<InputResult> {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) return { ok: false, reason: reasonFor({ code: 'EISDIR' }, lang) };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: reasonFor(error, lang) };
  }
  const result = await readReport(bytes, path, { encoding });
  return result.ok ? result : { ok: false, reason: pick(result.reason, lang) };
}
