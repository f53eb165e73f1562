// Reads one input file as strict UTF-8. Every failure becomes one readable line.

import { readFileSync, statSync } from 'node:fs';
import type { Lang } from '../shared/locale';

export type InputResult = { ok: true; text: string } | { ok: false; reason: string };

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

export function readInput(path: string, lang: Lang): InputResult {
  const zh = lang === 'zh';
  try {
    if (statSync(path).isDirectory()) return { ok: false, reason: reasonFor({ code: 'EISDIR' }, lang) };
    const bytes = readFileSync(path);
    try {
      // fatal: reject invalid UTF-8 instead of silently inserting U+FFFD; a BOM is dropped.
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return {
        ok: false,
        reason: zh ? '不是有效的 UTF-8 文本（GBK 文件请先转换为 UTF-8）' : 'is not valid UTF-8 text (convert GBK files to UTF-8 first)',
      };
    }
  } catch (error) {
    return { ok: false, reason: reasonFor(error, lang) };
  }
}
