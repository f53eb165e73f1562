// Heading numbers written back in the style of the document (for renumbering fixes and
// messages): Chinese numerals for 一、 and （一）, digits for 1. and （1）, full-width digits
// where the source used them.

import type { Heading, HeadingKind } from './types';
import { fullWidthDigits } from './digits';

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三, 100 → 一百 (heading numbers stay small). */
function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return CN_DIGITS[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? '' : CN_DIGITS[n % 10]}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : CN_DIGITS[n % 10]}`;
  const rest = n % 100;
  const tail = rest === 0 ? '' : rest < 10 ? `零${CN_DIGITS[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest);
  return `${CN_DIGITS[Math.floor(n / 100)]}百${tail}`;
}

/** A number written like `written` (the label as it stands in the source): same script and width. */
export function numeralLike(written: string, n: number): string {
  if (/[０-９]/.test(written)) return fullWidthDigits(String(n));
  if (/[0-9]/.test(written)) return String(n);
  if (/[零〇一二三四五六七八九十百两]/.test(written)) return chineseNumeral(n);
  return String(n);
}

/** The numbering mark of a heading kind as readers write it: `二、`, `（二）`, `2.`, `（2）`, `专栏2`. */
export function markOf(kind: HeadingKind, label: string, h?: Heading): string {
  switch (kind) {
    case 'part':
      return `${label}、`;
    case 'chapter':
    case 'item':
      return `（${label}）`;
    case 'section':
      return `${label}.`;
    case 'box':
      return `专栏${label}`;
    case 'annex':
      return `附件${label}`;
    case 'table':
      return h && /^\s*附表/.test(h.title) ? `附表${label}` : `表${label}`;
    default:
      return label;
  }
}
