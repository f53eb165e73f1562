// Context around a number that makes it a name, a code or an ordinal rather than an amount.

import { isAsciiLetter } from './normalize';

/** Longest quoted text treated as a name (“十年禁渔”, “885”, “1+9+X”); longer quotes are prose. */
const MAX_NAME_QUOTE = 12;

const OPEN_TO_CLOSE: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '"': '"' };

const CLOSERS = new Set(Object.values(OPEN_TO_CLOSE));

/**
 * Is offset `i` inside a short quotation (“885”, “十年禁渔”, “1+9+X”)? Checked only where a number
 * starts, looking at most MAX_NAME_QUOTE + 1 characters each way, so plain text costs nothing.
 */
export function inShortQuote(s: string, i: number): boolean {
  let open = -1;
  for (let k = i - 1; k >= 0 && i - k <= MAX_NAME_QUOTE; k--) {
    const ch = s[k];
    if (OPEN_TO_CLOSE[ch] !== undefined) {
      open = k;
      break;
    }
    if (CLOSERS.has(ch)) return false;
  }
  if (open < 0) return false;
  const close = OPEN_TO_CLOSE[s[open]];
  for (let j = i; j < s.length && j - open - 1 <= MAX_NAME_QUOTE; j++) {
    const ch = s[j];
    if (ch === close) return true;
    if (OPEN_TO_CLOSE[ch] !== undefined) return false;
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
  let k = start;
  while (k > 0 && start - k < 2 && s[k - 1] === ' ') k--;
  const p = s[k - 1];
  if (p === undefined) return false;
  if (ORDINAL_BEFORE.includes(p)) return true;
  if (chinese && CN_ORDINAL_BEFORE.includes(p)) return true;
  return false;
}

/** After the digits: 5+10, 11·08, 1.2.3 make the number part of a label. */
export function rejectedBySuffix(s: string, end: number): boolean {
  const next = s[end];
  if (next === '+' || next === '＋') return true;
  if (next === '·' && /[0-9]/.test(s[end + 1] ?? '')) return true;
  return false;
}
