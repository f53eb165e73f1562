// Recognizes the numbering that opens a heading (GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）)
// plus 专栏N, 表N and 附件N. Works on the start of a paragraph's logical text.

import type { HeadingKind } from './types';
import { chineseOrdinal } from './chineseOrdinal';

export interface Marker {
  kind: HeadingKind;
  /** The number as written ("二", "3"). */
  label: string;
  number: number;
  /** Offset where the marker starts and where the title starts (after `、`, `）`, `：` …). */
  start: number;
  end: number;
}

const CN = '零〇一二三四五六七八九十百两';

function isCn(c: string): boolean {
  // `''.includes` would be true: out-of-range reads return '' and must not match.
  return c.length === 1 && CN.includes(c);
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Full-width digits and brackets → ASCII, character for character (offsets unchanged). */
export function foldWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xfee0);
    else if (ch === '（') out += '(';
    else if (ch === '）') out += ')';
    else if (ch === '．') out += '.';
    else out += ch;
  }
  return out;
}

/**
 * `4、4月末存款余额…` is item 4 about April; `1、2月份…` is January and February. After `、` (never a
 * decimal point) a month no later than the item number is taken as the item's text.
 */
function itemBeforeMonth(text: string, d: number): boolean {
  if (text[d] !== '、') return false;
  const m = /^(\d{1,2})月/.exec(text.slice(d + 1, d + 4));
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= Number(text.slice(0, d));
}

/** Length of the noise before a heading: indentation, Markdown `#`s, Word bookmarks, lost glyphs. */
export function leadingNoise(text: string): number {
  let i = 0;
  for (;;) {
    const c = text[i];
    // `? 二、平均受教育年限`: a glyph a mirror page lost (shown as ?, ？ or U+FFFD) hides no heading.
    if (c === ' ' || c === '\t' || c === '\u3000' || c === '#' || c === '>' || c === '*' || c === '?' || c === '？' || c === '\uFFFD') {
      i++;
      continue;
    }
    if (c === '[' && text.startsWith('[bookmark:', i)) {
      const close = text.indexOf(']', i);
      if (close > 0 && close - i < 80) {
        i = close + 1;
        continue;
      }
    }
    return i;
  }
}

/** Matches the heading numbering at `from` in `raw`; undefined when the text is not a heading start. */
export function matchMarker(raw: string, from = 0): Marker | undefined {
  const text = foldWidth(raw.slice(from, from + 40));
  const at = (n: number): string => text[n] ?? '';

  // 一、  (but not 一、二、三产业: a numeral list)
  let i = 0;
  while (isCn(at(i))) i++;
  // `三 、2023年度部门决算表`: a page may put a space or two before the 、.
  let k = i;
  while (i > 0 && k < i + 2 && (at(k) === ' ' || at(k) === '\u3000')) k++;
  if (i > 0 && i <= 3 && at(k) === '、') {
    // 一、二、三产业 / 二、三产业 / 二、三季度: a list of numerals, not a heading.
    if (isCn(at(k + 1)) && '、是产季'.includes(at(k + 2)) && at(k + 2) !== '') return undefined;
    const n = chineseOrdinal(text.slice(0, i));
    if (n === undefined) return undefined;
    return { kind: 'part', label: text.slice(0, i), number: n, start: from, end: from + k + 1 };
  }

  // （一） and （1）
  if (at(0) === '(') {
    let j = 1;
    while (isCn(at(j))) j++;
    if (j > 1 && j <= 4 && at(j) === ')') {
      const n = chineseOrdinal(text.slice(1, j));
      if (n !== undefined) return { kind: 'chapter', label: text.slice(1, j), number: n, start: from, end: from + j + 1 };
    }
    // `(二教师队伍建设…`: a page lost the closing bracket after a single numeral. Read as （二）
    // when a title word follows (not `(一季度…`, `(二〇二三年…`).
    // (Not a unit note under a table, `(百萬點)`, `(十億元)`, `(千元)`: a magnitude, never an ordinal there.)
    if (j === 2 && /^[\u4e00-\u9fff]$/.test(at(2)) && !isCn(at(2)) && !'季月年是产批个类期次号届〇零'.includes(at(2)) && at(1) !== '百' && !'万萬亿億千元'.includes(at(2))) {
      const n = chineseOrdinal(text.slice(1, 2));
      if (n !== undefined) return { kind: 'chapter', label: text.slice(1, 2), number: n, start: from, end: from + 2 };
    }
    j = 1;
    while (isDigit(at(j))) j++;
    if (j > 1 && j <= 3 && at(j) === ')') {
      return { kind: 'item', label: text.slice(1, j), number: Number(text.slice(1, j)), start: from, end: from + j + 1 };
    }
    return undefined;
  }

  // 1.  1、  1． — not a decimal (1.5 万户) unless what follows is a year (1.2023年… is item 1).
  let d = 0;
  while (isDigit(at(d))) d++;
  if (d > 0 && d <= 2 && (at(d) === '.' || at(d) === '、')) {
    const next = at(d + 1);
    if (isDigit(next)) {
      const year = text.slice(d + 1, d + 5);
      const afterYear = text.slice(d + 5).replace(/^\s*/, '');
      if (!(/^(19|20)\d\d$/.test(year) && afterYear.startsWith('年')) && !itemBeforeMonth(text, d)) return undefined;
    }
    // (`1. 项目建设情况`: a space after the dot, then a title word, as web pages write a numbered line.)
    if (next === ' ' && /^ {1,2}[\u4e00-\u9fff“《]/.test(text.slice(d + 1, d + 4))) {
      return { kind: 'section', label: text.slice(0, d), number: Number(text.slice(0, d)), start: from, end: from + d + 1 };
    }
    if (next === '' || next === ' ' || next === '%') return undefined;
    return { kind: 'section', label: text.slice(0, d), number: Number(text.slice(0, d)), start: from, end: from + d + 1 };
  }

  // 专栏N / 表N / 附件N
  for (const [word, kind] of [
    ['专栏', 'box'],
    ['附件', 'annex'],
    ['附表', 'table'],
    ['表', 'table'],
  ] as const) {
    if (!text.startsWith(word)) continue;
    let k = word.length;
    while (at(k) === ' ') k++;
    const numStart = k;
    while (isDigit(at(k)) || isCn(at(k))) k++;
    const label = text.slice(numStart, k);
    const n = /^\d+$/.test(label) ? Number(label) : chineseOrdinal(label);
    if (kind === 'annex' && label === '' && /^(\s*$|[:：])/.test(text.slice(k))) {
      return { kind, label: '', number: 1, start: from, end: from + k };
    }
    if (n === undefined) continue;
    // 专栏20余个 is "about 20 boxes", 表3个 is not a table: what follows must be a separator or a title.
    const rest = text.slice(k);
    if (/^[余多个项家处条次]/.test(rest)) continue;
    // `表4-2 各镇办人口年龄构成`: a table numbered within a chapter's tables is no member of the 表N sequence.
    if (/^\s*[-－—‐]\s*\d/.test(rest)) continue;
    if (!/^(\s|[:：.、　-]|$|[\u4e00-\u9fff“《（(])/.test(rest)) continue;
    let end = k;
    while (/[:：.、\s　]/.test(at(end)) && end < k + 3) end++;
    return { kind, label, number: n, start: from, end: from + end };
  }
  return undefined;
}
