// The reading view: the text as every stage after it reads it, one UTF-16 unit for one, so a span
// found in the view is the same span in the source. Built once in analyze(); the source text stays
// what findings quote and fixes edit.
// - Traditional script → simplified (traditionalMap.ts): 262.96億元 reads as 262.96亿元, 增長 as 增长.
// - ASCII punctuation from web pages → the full-width marks the rest of the engine splits clauses
//   on: `,` `;` `:` `(` `)` → `，` `；` `：` `（` `）`. Kept as they are where they belong to a number:
//   a grouping comma (`30,161万元`, `1,100.9亿元`, and the malformed `3,0000万元`, which
//   malformed-number reports), a mark right after a Latin letter (`[bookmark: _GoBack]`, `http:`),
//   and a colon between digits (a time `10:30`, a ratio `9.3:41.0:49.7`).
// - Small form variants `﹐` `﹑` `﹔` `﹕` (U+FE50–FE55, some mirror sites) → `，` `、` `；` `：`, and `﹙` `﹚` → `（` `）`.
// - The ratio signs `∶` (U+2236) and `︰` (U+FE30) between digits → `:`, so `2.5∶27.5∶70.0` is a
//   structure ratio like `2.5:27.5:70.0`.

import { SIMPLIFIED, TRADITIONAL } from './traditionalMap';

const CJK_FIRST = 0x3400;
const CJK_LAST = 0x9fff;

/** Code unit (minus CJK_FIRST) → simplified code unit, 0 when unchanged. */
const TO_SIMPLIFIED = ((): Uint16Array => {
  const table = new Uint16Array(CJK_LAST - CJK_FIRST + 1);
  TRADITIONAL.forEach((row, r) => {
    const target = SIMPLIFIED[r];
    if (target === undefined) return;
    for (let i = 0; i < row.length && i < target.length; i++) table[row.charCodeAt(i) - CJK_FIRST] = target.charCodeAt(i);
  });
  return table;
})();

const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const COLON = 0x3a;
const OPEN = 0x28;
const CLOSE = 0x29;
const RATIO_SIGN = 0x2236;
const VERTICAL_COLON = 0xfe30;

/** Small form variants (U+FE50–FE55), as some mirror sites print them: `﹐` `﹑` `﹔` `﹕` → `，` `、` `；` `：`. */
const SMALL_COMMA = 0xfe50;
const SMALL_COLON = 0xfe55;
const SMALL_FORMS = [0xff0c, 0x3001, 0, 0, 0xff1b, 0xff1a];
/** Small parentheses `﹙` `﹚` (U+FE59, U+FE5A), as Hong Kong's government pages print them: → `（` `）`. */
const SMALL_OPEN = 0xfe59;
const SMALL_CLOSE = 0xfe5a;

function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Digits before `i` back to a non-digit; -1 when a point precedes them (a decimal is never grouped). */
function integerDigitsBefore(text: string, i: number): number {
  let k = i;
  while (k > 0 && isDigitCode(text.charCodeAt(k - 1))) k--;
  const prev = k > 0 ? text.charCodeAt(k - 1) : -1;
  return prev === 0x2e || prev === 0xff0e ? -1 : i - k;
}

function digitsFrom(text: string, i: number): number {
  let k = i;
  while (k < text.length && isDigitCode(text.charCodeAt(k))) k++;
  return k - i;
}

/**
 * A comma inside a figure: 1–3 integer digits before it (or another grouping comma), and at
 * least three digits after it: 30,161 and 1,100.9 (groups of three), 3,0000 (a grouping slip,
 * left for malformed-number to report). `5.2%,6.3%`, `1,2`, `2021,2022年` are list commas.
 */
function isGroupingComma(text: string, i: number): boolean {
  const after = digitsFrom(text, i + 1);
  if (after < 3) return false;
  const before = integerDigitsBefore(text, i);
  if (before >= 1 && before <= 3) {
    const k = i - before;
    // 12,345,678: the digits before may themselves follow a grouping comma.
    return k === 0 || text.charCodeAt(k - 1) !== COMMA || isGroupingComma(text, k - 1);
  }
  return false;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function punctuation(text: string, i: number, c: number): number {
  // After a Latin word the mark belongs to Latin text or markup (`[bookmark: _GoBack]`, `http:`).
  if (c !== OPEN && c !== CLOSE && i > 0 && isAsciiLetterCode(text.charCodeAt(i - 1))) return c;
  switch (c) {
    case COMMA:
      return isGroupingComma(text, i) ? c : 0xff0c;
    case SEMICOLON:
      return 0xff1b;
    case COLON:
      return betweenDigits(text, i) ? c : 0xff1a;
    case OPEN:
      return 0xff08;
    case CLOSE:
      return 0xff09;
    default:
      return c;
  }
}

function betweenDigits(text: string, i: number): boolean {
  return i > 0 && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1));
}

/** Runs on every character of every document: code units only, no allocation unless something changes. */
function viewCode(text: string, i: number, c: number): number {
  if (c >= CJK_FIRST) {
    if (c <= CJK_LAST) return TO_SIMPLIFIED[c - CJK_FIRST] || c;
    if (c >= SMALL_COMMA && c <= SMALL_COLON) return SMALL_FORMS[c - SMALL_COMMA] || c;
    if (c === SMALL_OPEN) return 0xff08;
    if (c === SMALL_CLOSE) return 0xff09;
    return c === VERTICAL_COLON && betweenDigits(text, i) ? COLON : c;
  }
  if (c === COMMA || c === SEMICOLON || c === COLON || c === OPEN || c === CLOSE) return punctuation(text, i, c);
  return c === RATIO_SIGN && betweenDigits(text, i) ? COLON : c;
}

/** The last text asked for and its view: a re-analysis of an unchanged document asks again. */
let lastText: string | undefined;
let lastView = '';

/** The reading view of `text` (the same string object when nothing changes). Same length, always. */
export function readingView(text: string): string {
  if (text !== lastText) {
    lastView = computeView(text);
    lastText = text;
  }
  return lastView;
}

function computeView(text: string): string {
  let parts: string[] | undefined;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = viewCode(text, i, c);
    if (v === c) continue;
    parts ??= [];
    parts.push(text.slice(last, i), String.fromCharCode(v));
    last = i + 1;
  }
  if (!parts) return text;
  parts.push(text.slice(last));
  return parts.join('');
}
