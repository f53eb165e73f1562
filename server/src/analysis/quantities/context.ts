// Context around a number that makes it a name, a code or an ordinal rather than an amount.

import { isAsciiLetter } from './normalize';

/** Longest quoted text treated as a name (“十年禁渔”, “885”, “1+9+X”); longer quotes are prose. */
const MAX_NAME_QUOTE = 12;

const OPEN_TO_CLOSE: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '"': '"' };

/**
 * Marks every offset inside a short quotation. One pass, and each opening mark looks ahead at most
 * MAX_NAME_QUOTE + 1 characters, so the cost stays linear.
 */
export function shortQuoteMask(s: string): Uint8Array | undefined {
  let mask: Uint8Array | undefined;
  // Start at the first opening mark (native indexOf), or skip the pass when there is none.
  let first = s.length;
  for (const open of Object.keys(OPEN_TO_CLOSE)) {
    const at = s.indexOf(open);
    if (at >= 0 && at < first) first = at;
  }
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Cheap filter first: " ‘ “ 「 『 《 are U+0022, U+2018, U+201C and U+300A–U+300E.
    if (c !== 0x201c && c !== 0x22 && c !== 0x2018 && (c < 0x300a || c > 0x300e)) continue;
    const close = OPEN_TO_CLOSE[s[i]];
    if (close === undefined) continue;
    const limit = Math.min(s.length, i + 2 + MAX_NAME_QUOTE);
    for (let j = i + 1; j < limit; j++) {
      if (s[j] === close) {
        mask ??= new Uint8Array(s.length);
        mask.fill(1, i + 1, j);
        // ASCII quotes open and close alike: resume after the closing one.
        if (close === '"') i = j;
        break;
      }
      if (OPEN_TO_CLOSE[s[j]] !== undefined) break;
    }
  }
  return mask;
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
