// Context around a number that makes it a name, a code or an ordinal rather than an amount.

import { isAsciiLetter } from './normalize';

/** Longest quoted text treated as a name (“十年禁渔”, “885”, “1+9+X”); longer quotes are prose. */
const MAX_NAME_QUOTE = 12;

/** Closing quote (char code) for an opening one, 0 for any other character. */
function closerOf(c: number): number {
  switch (c) {
    case 0x201c: return 0x201d; // “ ”
    case 0x2018: return 0x2019; // ‘ ’
    case 0x300c: return 0x300d; // 「 」
    case 0x300e: return 0x300f; // 『 』
    case 0x300a: return 0x300b; // 《 》
    case 0x22: return 0x22; // " "
    default: return 0;
  }
}

function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x300b || c === 0x22;
}

/**
 * Is offset `i` inside a short quotation (“885”, “十年禁渔”, “1+9+X”)? Checked only where a number
 * starts, looking at most MAX_NAME_QUOTE + 1 characters each way, so plain text costs nothing.
 * (Char codes, not string keys: this runs at every number and string-keyed lookups were the
 * scanner's hottest spot.)
 */
export function inShortQuote(s: string, i: number): boolean {
  let open = -1;
  for (let k = i - 1; k >= 0 && i - k <= MAX_NAME_QUOTE; k--) {
    const c = s.charCodeAt(k);
    if (closerOf(c) !== 0) {
      open = k;
      break;
    }
    if (isCloser(c)) return false;
  }
  if (open < 0) return false;
  const close = closerOf(s.charCodeAt(open));
  for (let j = i; j < s.length && j - open - 1 <= MAX_NAME_QUOTE; j++) {
    const c = s.charCodeAt(j);
    if (c === close) return true;
    if (closerOf(c) !== 0) return false;
  }
  return false;
}

/** Characters that, just before a number, make it an ordinal or a distributive (第3位, 每万人). */
const ORDINAL_BEFORE = '第每';
/** More of them for Chinese numerals (初一, 星期三, 周一, 几十个, 数十家, 若干). */
const CN_ORDINAL_BEFORE = '第每初期周礼几数若好届';

export function rejectedByPrefix(s: string, start: number, chinese: boolean): boolean {
  const prev = s[start - 1];
  if (prev === undefined) return false;
  // S305, G69, PM2.5, COVID-19: a code, not a figure.
  if (isAsciiLetter(prev)) return true;
  // 5+10+39 and “1+9+X”: slogans; 1/3's denominator and dates 2022/12/31; 1.2.3 versions.
  if (prev === '+' || prev === '/' || prev === '.' || prev === '·' || prev === '#' || prev === '№') return true;
  // `8****3个`: a figure masked on the page (digits starred out) is no figure at all.
  if (prev === '*' || prev === '＊') return true;
  // `3兆4365億元` (Taiwan and Hong Kong write 兆 for 万亿): the 億 figure is the tail of a larger one.
  if (prev === '兆' && /[0-9０-９]/.test(s[start - 2] ?? '')) return true;
  let k = start;
  while (k > 0 && start - k < 2 && s[k - 1] === ' ') k--;
  const p = s[k - 1];
  if (p === undefined) return false;
  if (ORDINAL_BEFORE.includes(p)) return true;
  if (chinese && CN_ORDINAL_BEFORE.includes(p)) return true;
  // 表2所列, 附件3, 专栏1: a reference to a part of the document, not an amount (but 专栏20余个
  // counts boxes: a count word follows the number then).
  // (`代表490人`: the deputies, counted; 代表 is a word, not a table.)
  if (((p === '表' && s[k - 2] !== '代') || p === '图' || DOC_PART.includes(s.slice(k - 2, k))) && !COUNTED_AFTER.test(s.slice(start, start + 8))) return true;
  return false;
}

/** A number of document parts is a count when a count word follows it (`专栏20余个`, `附表3张`). */
const COUNTED_AFTER = /^[0-9０-９.]+\s*(余|多|个|项|张|份|期|篇)/;
/** Two-character names of document parts that take a number (附件3, 专栏1, 附表2). */
const DOC_PART = ['附件', '附表', '专栏'];

/** After the digits: 5+10, 11·08, 1.2.3 make the number part of a label. */
export function rejectedBySuffix(s: string, end: number): boolean {
  const next = s[end];
  if (next === '+' || next === '＋') return true;
  // (The masked figure's leading digits: `8****3个`.)
  if (next === '*' || next === '＊') return true;
  if (next === '·' && /[0-9]/.test(s[end + 1] ?? '')) return true;
  return false;
}
