// Figures that cannot be read as written: `14..3%` (two points), `1·8%` (a middle dot for the
// point), `3,0000万元` (grouping that is not every three digits), `1.2.3亿元` (several points),
// `12.%` (a point with no decimals), `70,734,万元` (a comma between a figure and its unit), `70 5.87万人`
// (a space inside one number). The scanner asks here at each Arabic number start; a hit is
// reported (malformed-number) and skipped whole, so no part of it (the `3%` of `14..3%`) is read
// as a quantity or used in arithmetic.
//
// Only a shape followed by a unit is a figure: dates (`11·08`, `2022.3.15`), section numbers
// (`1.2.3` at a heading), codes and versions (`V1.2.3`, `No.1`), phone and document numbers have
// none, or stand after a letter or a point.

import type { MalformedKind } from '../types';
import { isAsciiLetter, isDigit, skipSpaces, skipSpacesBack } from './normalize';
import { unitCandidates } from './units';

export interface RawMalformed {
  start: number;
  end: number;
  kind: MalformedKind;
  /** Where the unit starts (after the number and any space). */
  unitAt: number;
  /** The number as it probably was meant (`14.3` of `14..3%`), when one reading stands out. */
  likely?: string;
}

/** Middle dots seen in place of a decimal point: · • ・ ‧ ∙ ･. */
const MIDDLE_DOTS = '·•・‧∙･';
/** Marks that open a quoted name. */
const OPENING_QUOTES = '“「『‘"《';

/** `5` and `8` as in `5·8`: a month (1–12) and a day (1–31), without leading zeros beyond one. */
function isMonthDay(month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  return month.length <= 2 && day.length <= 2 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function digitsEnd(s: string, i: number): number {
  let j = i;
  while (isDigit(s[j])) j++;
  return j;
}

/**
 * End of a unit right after `i` (an optional 万/亿 multiplier first), or -1. With `amountsOnly`,
 * a bare count unit does not do (`1.2.3条` is a clause number, `1.2.3个` is no amount anyone writes).
 */
function unitEnd(s: string, i: number, amountsOnly: boolean): number {
  let j = skipSpaces(s, i, 1);
  if (s[j] === '%' || s[j] === '‰') return j + 1;
  const m = j;
  while ((s[j] === '万' || s[j] === '亿') && j - m < 2) j++;
  for (const d of unitCandidates(s, j)) {
    if (d.reject || d.ratioOnly || d.arabicOnly || d.degree) continue;
    if (amountsOnly && j === m && (d.dimension === 'count' || d.dimension === 'time' || d.dimension === 'pure')) continue;
    const next = s[j + d.text.length];
    if (d.notBefore && next !== undefined && d.notBefore.includes(next)) continue;
    if (d.letters && isAsciiLetter(next)) continue;
    return j + d.text.length;
  }
  // 3,0000万 with no unit word after it: the multiplier alone still makes it an amount.
  return j > m ? j : -1;
}

interface Shape {
  kind: MalformedKind;
  /** End of the number part. */
  end: number;
  likely: string;
}

/** The malformed number shape starting at digit `i`, before its unit. */
function shapeAt(s: string, i: number): Shape | undefined {
  const a = digitsEnd(s, i);
  const intPart = s.slice(i, a);
  const c = s[a];
  // 14..3: two or more points between digits.
  if (c === '.' && s[a + 1] === '.') {
    let k = a;
    while (s[k] === '.') k++;
    const b = digitsEnd(s, k);
    if (b === k) return undefined; // 12.. then words: an ellipsis
    return { kind: 'doublePoint', end: b, likely: `${intPart}.${s.slice(k, b)}` };
  }
  // 1·8: a middle dot between digits.
  if (c !== undefined && MIDDLE_DOTS.includes(c) && isDigit(s[a + 1])) {
    const b = digitsEnd(s, a + 1);
    if (s[b] === '.' || (s[b] !== undefined && MIDDLE_DOTS.includes(s[b]))) return undefined; // 2022·3·15
    // `“5·8人道公益日”`, `“5·12”地震`: a quoted month·day names a day, whatever word follows it.
    if (OPENING_QUOTES.includes(s[i - 1] ?? '') && isMonthDay(intPart, s.slice(a + 1, b))) return undefined;
    return { kind: 'middleDot', end: b, likely: `${intPart}.${s.slice(a + 1, b)}` };
  }
  // 3,0000 / 12,34,567: a group after a comma that is not three digits.
  if (c === ',' && a - i <= 3 && isDigit(s[a + 1])) {
    let k = a;
    let bad = false;
    let digits = intPart;
    while (s[k] === ',' && isDigit(s[k + 1])) {
      const b = digitsEnd(s, k + 1);
      if (b - (k + 1) !== 3) bad = true;
      digits += s.slice(k + 1, b);
      k = b;
    }
    // 70,734,万元: a well-grouped figure with a stray comma before its unit.
    if (!bad && (s[k] === ',' || s[k] === '，') && k > a && !isDigit(s[k + 1])) {
      return { kind: 'strayComma', end: k + 1, likely: s.slice(i, k) };
    }
    // A list of small numbers (`5,6个`) has one- or two-digit groups: not a grouping at all.
    if (!bad || /,\d{1,2}(?!\d)/.test(s.slice(a, k))) return undefined;
    let end = k;
    if (s[end] === '.' && isDigit(s[end + 1])) end = digitsEnd(s, end + 1);
    return { kind: 'grouping', end, likely: `${digits}${s.slice(k, end)}` };
  }
  if (c === '.' && isDigit(s[a + 1])) {
    // 1.2.3: two or more points.
    const b = digitsEnd(s, a + 1);
    if (s[b] !== '.' || !isDigit(s[b + 1])) return undefined;
    let k = b;
    while (s[k] === '.' && isDigit(s[k + 1])) k = digitsEnd(s, k + 1);
    return { kind: 'manyPoints', end: k, likely: '' };
  }
  // 12.%: a point with nothing after it, right before the unit.
  if (c === '.' && !isDigit(s[a + 1])) return { kind: 'trailingPoint', end: a + 1, likely: intPart };
  // 70 5.87万人: one to three digits, one space, then a decimal right before its unit (a page that
  // broke a line inside the number). A year (`2021 5.8万人`) or a table row of several numbers is no such.
  // `169 . 3亿元`: a decimal point set apart by spaces (a page's layout); read whole, never as `3亿元`.
  if (c === ' ' && a - i <= 6) {
    let p = a;
    while (s[p] === ' ') p++;
    if (s[p] === '.') {
      let q = p + 1;
      while (s[q] === ' ') q++;
      if (isDigit(s[q])) {
        const e = digitsEnd(s, q);
        return { kind: 'splitBySpace', end: e, likely: `${intPart}.${s.slice(q, e)}` };
      }
    }
  }
  if (c === ' ' && a - i <= 3 && isDigit(s[a + 1])) {
    const b = digitsEnd(s, a + 1);
    // `3 011.5亿元`: three digits after the space are a thousands group, as yearbooks print them.
    if (b - (a + 1) === 3 || s[b] !== '.' || !isDigit(s[b + 1])) return undefined;
    const e = digitsEnd(s, b + 1);
    return { kind: 'splitBySpace', end: e, likely: `${intPart}${s.slice(a + 1, e)}` };
  }
  return undefined;
}

/**
 * A malformed figure starting at `i` (an Arabic digit that starts a number token), or undefined.
 * `i` is not after a letter, a digit or a point (versions, codes), and not at the paragraph start
 * for the dotted shapes (`1.2.3 …` and `2.万人…` there are heading numbers).
 */
export function readMalformed(s: string, i: number): RawMalformed | undefined {
  const prev = s[i - 1];
  if (isAsciiLetter(prev) || isDigit(prev) || prev === '.' || prev === ',' || (prev !== undefined && MIDDLE_DOTS.includes(prev))) return undefined;
  // 第1.2.3条, 第12.项: an ordinal, not an amount.
  if (s[skipSpacesBack(s, i, 1) - 1] === '第') return undefined;
  const shape = shapeAt(s, i);
  if (!shape) return undefined;
  // The split number stands right after a word (`总人口70 5.87万人`), never after a space or a cell
  // border (`| 70 5.87万人`, `收入 70 5.87`): there the two may be two cells.
  if (shape.kind === 'splitBySpace' && (prev === undefined || !/[\u4e00-\u9fff]/.test(prev))) return undefined;
  if (shape.kind !== 'grouping' && shape.kind !== 'middleDot' && /^[\s#>*]*$/.test(s.slice(0, i))) return undefined;
  const end = unitEnd(s, shape.end, shape.kind === 'manyPoints' || shape.kind === 'trailingPoint' || shape.kind === 'strayComma' || shape.kind === 'splitBySpace');
  if (end < 0) return undefined;
  // The trailing point, the stray comma and the split number need the unit right after them
  // (`12.%`, `70,734,万元`, `70 5.87万人`).
  if ((shape.kind === 'trailingPoint' || shape.kind === 'strayComma' || shape.kind === 'splitBySpace') && skipSpaces(s, shape.end, 1) !== shape.end) return undefined;
  // `下一篇2.人口再生产类型…`: a small number with a point, then a word that only starts like a unit
  // (人口, 项目) is a list number inside a line, not an amount.
  if (shape.kind === 'trailingPoint' && (shape.likely ?? '').length <= 2 && !/^[万亿億萬千百%％]/.test(s.slice(shape.end)) && /[\u4e00-\u9fff]/.test(s[end] ?? '')) return undefined;
  const out: RawMalformed = { start: i, end, kind: shape.kind, unitAt: skipSpaces(s, shape.end, 1) };
  if (shape.likely) out.likely = shape.likely;
  return out;
}
