// The scanner: one left-to-right pass over a logical paragraph. At each number start it reads one
// figure (qualifiers, number, multiplier, unit, range) or gives up and skips the whole number token,
// so every character is looked at a bounded number of times: linear time on any input.

import { type Decimal, add, dec, div, normalize, parseDecimal, shift } from '../decimal';
import type { Dimension, Qualifier, Quantity } from '../types';
import { CN_DIGIT, isCnNumeralChar, isCnNumeralCode, parseCnNumeral, readCnRun } from './chineseNumerals';
import { inShortQuote, rejectedByPrefix, rejectedBySuffix } from './context';
import { foldForScan, isAsciiLetter, isDigit, skipSpaces, skipSpacesBack } from './normalize';
import { isOverMark, prefixQualifier, suffixQualifier } from './qualifiers';
import { type UnitDef, matchDenominator, unitCandidates } from './units';
import { type RawMalformed, readMalformed } from './malformed';
import { memoOfText } from '../memo';

/**
 * A figure found in one logical paragraph: the value fields of a Quantity (see types.ts), with
 * offsets into the scanned string; figures.ts maps them to source spans.
 */
export type RawQuantity = Pick<Quantity, 'value' | 'hi' | 'unit' | 'dimension' | 'unitText' | 'qualifier'> & {
  /** UTF-16 offsets into the input, half-open, covering qualifier words + number + unit. */
  start: number;
  end: number;
};

/** Digits accepted in one figure (integer and fraction); longer runs are ids or noise. */
const MAX_INT_DIGITS = 20;
const MAX_FRAC_DIGITS = 10;

/** A number read from the text, before its unit. */
interface NumTok {
  start: number;
  /** End of the digits or numeral run. */
  numEnd: number;
  /**
   * Value before the multiplier. Computed only for figures that get a unit: most number starts
   * (一 of 统一, codes, years) are rejected, and BigInt work for them would be wasted.
   */
  value: () => Decimal;
  chinese: boolean;
  /** Integer with no fraction (for 3万4000). */
  integer: boolean;
  /** The number is a lone 一 (一个, 一批 mean "a", not 1). */
  loneOne: boolean;
  /** Power of ten from 万/亿 (and 千万, 百亿). */
  exp: number;
  /** The multiplier as written (unitText starts with it). */
  multText: string;
  /** 余/多 seen (600余万元, 45万余亩). */
  over: boolean;
  /** Where the unit may start (after multiplier, 余/多 and spaces). */
  after: number;
}

type Read<T> = { ok: T } | { skip: number };

// ---------------------------------------------------------------- numbers

/** Reads Arabic digits at `i`: 1,100.9 / 231.7 / 33298. Consumes overlong or dotted runs whole. */
function readArabic(s: string, i: number, neg: boolean): Read<{ end: number; value: () => Decimal; integer: boolean }> {
  let j = i;
  let intDigits = 0;
  while (isDigit(s[j])) {
    j++;
    intDigits++;
  }
  let text = s.slice(i, j);
  // Grouping commas: 1,100.9 / 12,345,678 (first group 1–3 digits, then exactly 3 each).
  if (intDigits <= 3) {
    while (s[j] === ',' && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4])) {
      text += s.slice(j + 1, j + 4);
      j += 4;
      intDigits += 3;
    }
  }
  // Grouping spaces, as in yearbooks: 生产总值4 790亿元 / 2 329.5亿元 (see spaceGrouped).
  if (intDigits <= 3 && text.length === j - i) {
    const grouped = spaceGrouped(s, i, j);
    if (grouped !== undefined) {
      text = grouped.digits;
      intDigits = grouped.digits.length;
      j = grouped.end;
    }
  }
  let frac = '';
  if (s[j] === '.' && isDigit(s[j + 1])) {
    let k = j + 1;
    while (isDigit(s[k])) k++;
    frac = s.slice(j + 1, k);
    j = k;
  }
  // 023, 08: a code or a date part ("11·08", "023"目标).
  const leadingZero = text.length > 1 && text[0] === '0';
  const bad = leadingZero || intDigits > MAX_INT_DIGITS || frac.length > MAX_FRAC_DIGITS || (s[j] === '.' && isDigit(s[j + 1]));
  if (bad) {
    // Skip the whole digit/dot/comma run so that it is not re-read from its middle.
    while (isDigit(s[j]) || ((s[j] === '.' || s[j] === ',') && isDigit(s[j + 1]))) j++;
    return { skip: j };
  }
  const digits = text + frac;
  const value = (): Decimal => normalize({ units: BigInt(digits) * (neg ? -1n : 1n), scale: frac.length });
  return { ok: { end: j, value, integer: frac === '' } };
}

/** The spaces a figure's digit groups may be separated by: ASCII, no-break, thin, narrow no-break. */
const GROUP_SPACE = new Set([' ', '\u00a0', '\u2009', '\u202f']);

/**
 * Digit groups joined by single spaces (`4 790亿元`, `25 504元`, `2 329.5亿元`): read as one figure
 * only when the figure is glued to the word before it (not a table cell after a space, not a
 * number after another) and a unit or a decimal part follows the last group directly. Columns of
 * a space-separated table (`合计 123 456`) stay separate figures.
 */
function spaceGrouped(s: string, i: number, firstEnd: number): { digits: string; end: number } | undefined {
  const prev = s[i - 1];
  if (prev === undefined || isDigit(prev) || GROUP_SPACE.has(prev) || /[\s.,：:（(|]/.test(prev)) return undefined;
  // (After a list's `、` or a clause's `，`, `增加2.68万座、2 923.75万m`: prose, not a table; the first group then
  // holds one to three digits, as every grouped figure does.)
  if (/[，、]/.test(prev) && firstEnd - i > 3) return undefined;
  let j = firstEnd;
  let digits = s.slice(i, firstEnd);
  while (GROUP_SPACE.has(s[j] ?? '') && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4])) {
    digits += s.slice(j + 1, j + 4);
    j += 4;
  }
  if (j === firstEnd) return undefined;
  // What follows the last group: a decimal part or a unit written at once (a CJK character or %).
  let k = j;
  if (s[k] === '.' && isDigit(s[k + 1])) {
    k++;
    while (isDigit(s[k])) k++;
  }
  const next = s[k] ?? '';
  // (`投产新线3 281 km`: an SI unit after one space, as the bulletins that group digits print it.)
  const spacedUnit = GROUP_SPACE.has(next) && /^[a-zA-Z\u4e00-\u9fff]/.test(s[k + 1] ?? '');
  return /[\u4e00-\u9fff%％]/.test(next) || spacedUnit ? { digits, end: j } : undefined;
}

/**
 * 万, 亿, 万亿, and after Arabic digits 千万/百万/十万/千亿/百亿. At most one of 十百千 then 万 and/or 亿.
 * Returns undefined when more multiplier characters follow than any real figure has (亿亿亿…).
 */
function readMultiplier(s: string, i: number, arabic: boolean): { end: number; exp: number } | undefined {
  let j = i;
  let exp = 0;
  const small = '十百千'.indexOf(s[j] ?? '#') + 1;
  if (arabic && small > 0 && (s[j + 1] === '万' || s[j + 1] === '亿')) {
    exp += small;
    j++;
  } else if (arabic && s[j] === '千' && !'瓦米克伏分'.includes(s[j + 1] ?? '瓦')) {
    // 3千元, 5千公顷: 千 alone multiplies, except where it starts a unit (千瓦, 千米, 千克, 千伏).
    return { end: j + 1, exp: 3 };
  }
  if (s[j] === '万') {
    exp += 4;
    j++;
  }
  if (s[j] === '亿') {
    exp += 8;
    j++;
  }
  if (j > i && (s[j] === '万' || s[j] === '亿')) return undefined;
  return { end: j, exp: j > i ? exp : 0 };
}

function isConnector(s: string, j: number): boolean {
  const c = s[j];
  if (c === '-' || c === '–' || c === '~' || c === '至' || c === '到') return true;
  // A single em dash joins a range (3%—10%); a doubled one (——) opens an aside.
  return c === '—' && s[j + 1] !== '—' && s[j - 1] !== '—';
}

/** Can a minus sign start a figure here (增长-3.2%), rather than join a range or a code? */
function minusAllowed(s: string, i: number): boolean {
  const prev = s[i - 1];
  if (prev === undefined || '长为是：:（(、，,；; 减降'.includes(prev)) return true;
  // `补充预算周转金-21万元`: right after a word, a minus is the figure's sign; not after a date word
  // (`2021年-2023年`, `3月-5月` are ranges).
  return /[\u4e00-\u9fff]/.test(prev) && !'年月日号期季度至到第'.includes(prev);
}

/** Reads the number at `i` with its multiplier and 余/多, up to where a unit may start. */
/** What may follow the 整 that closes an amount (`萬元整，`, `萬元整（`, at the end of a line). */
const EXACT_CLOSE = /^(?:[\s\u3000，,、；;。：:（()）)]|$)/;

/** A decimal point inside Chinese numerals: the hyphenation point U+2027 (Macao's press) or 點. */
const CN_POINT = '\u2027點';

/**
 * The digits after a decimal point that follows the Chinese integer `intText` at `at` (`‧三`, `點七五`): only
 * after an integer with no 万/亿 in it, and only plain digits (no 十/百/千) after the point; else undefined.
 */
function cnFraction(s: string, at: number, intText: string): { digits: string; end: number } | undefined {
  if (!CN_POINT.includes(s[at] ?? '#') || /[万萬亿億]/.test(intText)) return undefined;
  let j = at + 1;
  let digits = '';
  while (j < s.length && j - at <= 6) {
    const d = CN_DIGIT[s[j] ?? ''];
    if (d === undefined || s[j] === '两') break;
    digits += String(d);
    j++;
  }
  // (`一‧二八`, a date written so, has two digits after the point and no unit: it is no amount either way.)
  return digits.length > 0 ? { digits, end: j } : undefined;
}

function readNumber(s: string, i: number, allowMinus: boolean): Read<NumTok> {
  let p = i;
  let neg = false;
  if (allowMinus && s[p] === '-' && isDigit(s[p + 1])) {
    neg = true;
    p++;
  }
  let value: () => Decimal;
  let numEnd: number;
  let chinese = false;
  let integer = true;
  let loneOne = false;
  if (isDigit(s[p])) {
    const r = readArabic(s, p, neg);
    if (!('ok' in r)) return r;
    value = r.ok.value;
    numEnd = r.ok.end;
    integer = r.ok.integer;
  } else if (isCnNumeralChar(s[p])) {
    const run = readCnRun(s, p);
    const text = s.slice(p, run.end);
    // 百亿级, 千亩, 万亩: a bare 百/千/万/亿 (no digit) names a scale, not a count. 十万 is fine.
    if (run.value === undefined || (!run.hasDigit && text[0] !== '十')) return { skip: run.end };
    const v = run.value;
    value = () => dec(v);
    numEnd = run.end;
    chinese = true;
    loneOne = text === '一';
    // `六百一十一‧三億元`, `二十點七%`: Macao's press writes a decimal point (‧ or 點) between Chinese numerals.
    const fraction = cnFraction(s, run.end, text);
    if (fraction !== undefined) {
      const exact = parseDecimal(`${v}.${fraction.digits}`);
      if (exact !== undefined) {
        value = () => exact;
        numEnd = fraction.end;
        integer = false;
        loneOne = false;
      }
    }
  } else {
    return { skip: i + 1 };
  }

  let q = skipSpaces(s, numEnd);
  let over = false;
  if (isOverMark(s, q)) {
    over = true;
    q = skipSpaces(s, q + 1);
  }
  // `7兆3,258億元` (Taiwan and Hong Kong write 兆 for 万亿): one figure with its 亿 tail; 兆 alone (兆瓦) is left alone.
  if (!chinese && integer && !over && s[q] === '兆') {
    const tail = ZHAO_TAIL.exec(s.slice(q + 1, q + 1 + ZHAO_TAIL_REACH));
    const tailValue = tail ? parseDecimal((tail[1] ?? '').replace(/,/g, '')) : undefined;
    if (tail && tailValue !== undefined) {
      const head = value;
      const after = skipSpaces(s, q + 1 + tail[0].length);
      return { ok: { start: i, numEnd, value: () => add(shift(head(), 12), shift(tailValue, 8)), chinese, integer, loneOne, exp: 0, multText: '', over, after } };
    }
  }
  const multStart = q;
  const mult = readMultiplier(s, q, !chinese);
  if (mult === undefined) {
    let k = q;
    while (s[k] === '万' || s[k] === '亿') k++;
    return { skip: k };
  }
  let exp = mult.exp;
  let multText = s.slice(multStart, mult.end);
  q = mult.end;
  // Mixed 3万4000 / 1亿2000万: only right after the multiplier, integers, no 余.
  // (`21 萬 5,433 人`: Taiwan's press may space out every piece of a figure; with a space on both sides of
  // the multiplier the digits after it are still its tail, unless they are a date's.)
  const spacedTail = multStart > numEnd && GROUP_SPACE.has(s[q] ?? '') && isDigit(s[q + 1]);
  const tailAt = isDigit(s[q]) ? q : spacedTail ? q + 1 : -1;
  if (!chinese && integer && !over && exp > 0 && tailAt >= 0) {
    const found = readMixedTail(s, tailAt, value, exp);
    const mixed = found && tailAt > q && DATE_AFTER_TAIL.has(s[skipSpaces(s, found.end)] ?? '') ? undefined : found;
    if (mixed) {
      value = mixed.value;
      exp = 0;
      multText = '';
      q = mixed.end;
    }
  }
  if (!over && exp > 0 && isOverMark(s, q)) {
    over = true;
    q++;
  }
  return {
    ok: { start: i, numEnd, value, chinese, integer, loneOne, exp, multText, over, after: skipSpaces(s, q) },
  };
}

/** What ends a date, not a figure: digits after a spaced 萬 followed by these are no tail (`21 萬 2023 年`). */
const DATE_AFTER_TAIL = new Set(['年', '月', '日', '号', '號']);

/** The 亿 tail after 兆 (`3,258亿`, `764亿`, `0.5亿`), and how far it may reach. */
const ZHAO_TAIL = /^([0-9]{1,4}(?:,[0-9]{3})?(?:\.[0-9]+)?)亿/;
const ZHAO_TAIL_REACH = 12;

/**
 * 3万4000 → 34000, 1亿2000万 → 120000000. Undefined when the digits are not such a tail.
 * The tail may group its thousands with a comma (`174萬6,378家`, as Taiwan writes counts) or name them with
 * 千 (`1万2千人`).
 */
function readMixedTail(s: string, q: number, head: () => Decimal, exp: number): { value: () => Decimal; end: number } | undefined {
  // `thousandsTail`: the group read counts below 万 (after `3万`, or after the 万 of `95亿2,401万`), so one digit
  // may name thousands (`2千`).
  const readGroup = (k: number, thousandsTail: boolean): [string, number] | undefined => {
    // (`6,378`: one digit, a comma, three digits: still below the next 万.)
    if (isDigit(s[k]) && s[k + 1] === ',' && isDigit(s[k + 2]) && isDigit(s[k + 3]) && isDigit(s[k + 4]) && !isDigit(s[k + 5]) && s[k + 5] !== ',' && s[k + 5] !== '.') {
      return [`${s[k]}${s.slice(k + 2, k + 5)}`, k + 5];
    }
    let e = k;
    while (isDigit(s[e]) && e - k < 5) e++;
    // `7億569.3萬人`, `12亿4322.6万人`: after 亿, a 万 group may carry decimals (news write large counts so).
    if (exp === 8 && e > k && e - k <= 4 && s[e] === '.' && isDigit(s[e + 1])) {
      let d = e + 1;
      while (isDigit(s[d]) && d - e <= 4) d++;
      if ((s[d] === '万' || s[d] === '萬') && !isDigit(s[d + 1])) return [s.slice(k, d), d];
      return undefined;
    }
    if (e - k > 4 || s[e] === '.' || s[e] === ',') return undefined;
    // (`1万2千人`: one digit naming thousands; `2,076萬7 千元`, a PDF's stray space before 千.)
    if (e - k === 1 && s[e] === '千' && thousandsTail) return [`${s[k]}000`, e + 1];
    if (e - k === 1 && GROUP_SPACE.has(s[e] ?? '') && s[e + 1] === '千' && thousandsTail) return [`${s[k]}000`, e + 2];
    return [s.slice(k, e), e];
  };
  const g1 = readGroup(q, exp === 4);
  if (!g1) return undefined;
  const first = g1[0];
  const firstExp = exp === 8 && (s[g1[1]] === '万' || s[g1[1]] === '萬') ? 4 : 0;
  let second = '0';
  let end = g1[1];
  if (exp === 8 && (s[end] === '万' || s[end] === '萬')) {
    end++;
    if (isDigit(s[end])) {
      const g2 = readGroup(end, true);
      if (!g2) return undefined;
      second = g2[0];
      end = g2[1];
    }
  }
  const firstValue = first.includes('.') ? parseDecimal(first) : dec(BigInt(first));
  if (firstValue === undefined) return undefined;
  const value = (): Decimal => add(add(shift(head(), exp), shift(firstValue, firstExp)), dec(BigInt(second)));
  return { value, end };
}

// ---------------------------------------------------------------- units

interface Resolved {
  def: UnitDef;
  /** Base unit (or the compound unit for ratios). */
  unit: string;
  dimension: Dimension;
  shift: number;
  /** Unit as written, compound included. */
  written: string;
  end: number;
}

const RATIO_NUMERATOR_NAMES: Readonly<Record<string, string>> = { μg: '微克', µg: '微克', mg: '毫克' };

/** The unit at `tok.after`, with its context checks; undefined when none fits. */
/** What follows a `4.8个` that shares the unit of the series' last figure (`、全省1.9个百分点`). */
const SERIES_OF_POINTS = /^[、和及][^，,；;。\d]{0,6}[0-9０-９.．]+个?百分点/;

/** Four digits of a year (`2026款`): with a unit marked notAfterYear, the name of a model, no count. */
const MODEL_YEAR = /^(?:19|20)\d\d$/;

function resolveUnit(s: string, tok: NumTok): Resolved | 'reject' | undefined {
  const at = tok.after;
  for (const def of unitCandidates(s, at)) {
    const end = at + def.text.length;
    const next = s[end];
    if (def.notBefore && next !== undefined && def.notBefore.includes(next)) continue;
    if (def.arabicOnly && tok.chinese) continue;
    if (def.cnNotBefore && tok.chinese && next !== undefined && def.cnNotBefore.includes(next)) continue;
    if (def.letters && isAsciiLetter(next)) continue;
    if (def.degree && tok.exp === 0 && next !== '电') continue;
    if (def.notAfterYear && !tok.chinese && tok.exp === 0 && MODEL_YEAR.test(s.slice(tok.start, at))) continue;
    if (def.reject) return 'reject';
    // Compound unit: 23微克/立方米, 0.03人/亿元, 个/千人, 5000万条/年.
    if (next === '/') {
      const den = matchDenominator(s, end + 1);
      if (den) {
        const num = RATIO_NUMERATOR_NAMES[def.text] ?? def.text;
        return {
          def,
          unit: `${num}/${den[1]}`,
          dimension: 'ratio',
          shift: 0,
          written: `${def.text}/${den[0]}`,
          end: end + 1 + den[0].length,
        };
      }
    }
    if (def.ratioOnly) return 'reject';
    // `高于全国4.8个、全省1.9个百分点`: a fraction of 个 in a series that ends on 个百分点 shares that unit.
    if (def.text === '个' && !tok.integer && SERIES_OF_POINTS.test(s.slice(end, end + 16))) {
      const pp = unitCandidates('个百分点', 0).find((d) => d.unit === '个百分点');
      if (pp) return { def: pp, unit: pp.unit, dimension: pp.dimension, shift: 0, written: def.text, end };
    }
    return { def, unit: def.unit, dimension: def.dimension, shift: def.shift ?? 0, written: def.text, end };
  }
  return undefined;
}

// ---------------------------------------------------------------- one quantity

interface Found {
  q?: RawQuantity;
  skip: number;
}

/** Fractions 三分之一 / 1/3 and percentages 百分之三十 / 千分之三: value exact when it terminates. */
function readSpecialForms(s: string, i: number): { value: Decimal; unit: string; dimension: Dimension; unitText: string; end: number } | undefined {
  for (const [word, sh] of [['百分之', 0], ['千分之', -1], ['万分之', -2]] as const) {
    if (!s.startsWith(word, i)) continue;
    const k = i + word.length;
    const n = readPlainNumber(s, k);
    if (!n) return undefined;
    return { value: shift(n.value, sh), unit: '%', dimension: 'percent', unitText: word, end: n.end };
  }
  // 三分之一, 1/3: a proper fraction; dimension 'pure', unit 'fraction' (see README).
  let num: { value: Decimal; end: number } | undefined;
  let sep = 0;
  if (isDigit(s[i])) {
    num = readPlainNumber(s, i);
    if (num && s[num.end] === '/' && isDigit(s[num.end + 1])) sep = 1;
  } else {
    num = readPlainNumber(s, i);
    if (num && s.startsWith('分之', num.end)) sep = 2;
  }
  if (!num || sep === 0 || num.value.scale !== 0) return undefined;
  const den = readPlainNumber(s, num.end + sep);
  if (!den || den.value.scale !== 0) return undefined;
  // Numerator first for 1/3; Chinese writes the denominator first: 三分之一 = 1/3.
  const [a, b] = sep === 1 ? [num.value, den.value] : [den.value, num.value];
  if (b.units <= 1n || a.units <= 0n || a.units >= b.units || b.units > 1000n) return undefined;
  if (sep === 1 && (s[den.end] === '/' || s[den.end] === '.' || isDigit(s[den.end]))) return undefined;
  const value = div(a, b, 10);
  if (!value) return undefined;
  return { value: normalize(value), unit: 'fraction', dimension: 'pure', unitText: s.slice(i, den.end), end: den.end };
}

/** Cheap test before readSpecialForms: 百分之/千分之/万分之, X分之Y, or digits then '/'. */
function mayBeSpecial(s: string, i: number): boolean {
  if (isDigit(s[i])) {
    let j = i;
    while (isDigit(s[j]) && j - i < 8) j++;
    return s[j] === '/';
  }
  const c = s[i];
  if ((c === '百' || c === '千' || c === '万') && s[i + 1] === '分' && s[i + 2] === '之') return true;
  let j = i;
  while (isCnNumeralChar(s[j]) && j - i < 8) j++;
  return s[j] === '分' && s[j + 1] === '之';
}

/** A short plain integer or decimal (Arabic or Chinese) with no multiplier. */
function readPlainNumber(s: string, i: number): { value: Decimal; end: number } | undefined {
  if (isDigit(s[i])) {
    let j = i;
    while (isDigit(s[j]) && j - i <= 12) j++;
    if (s[j] === '.' && isDigit(s[j + 1])) {
      j++;
      while (isDigit(s[j]) && j - i <= 24) j++;
    }
    const v = parseDecimal(s.slice(i, j));
    return v && !isDigit(s[j]) ? { value: v, end: j } : undefined;
  }
  let j = i;
  while (j - i < 8 && ((s[j] ?? '') in CN_DIGIT || s[j] === '十' || s[j] === '百' || s[j] === '千')) j++;
  if (j === i) return undefined;
  const v = parseCnNumeral(s.slice(i, j));
  return v === undefined ? undefined : { value: dec(v), end: j };
}

function readOne(s: string, i: number, floor: number): Found {
  const allowMinus = s[i] === '-' && minusAllowed(s, i);
  const numStart = allowMinus ? i + 1 : i;
  const chineseStart = !isDigit(s[numStart]);
  if (inShortQuote(s, i)) return { skip: skipToken(s, i) };
  if (rejectedByPrefix(s, i, chineseStart)) return { skip: skipToken(s, numStart) };

  const special = mayBeSpecial(s, numStart) ? readSpecialForms(s, numStart) : undefined;
  if (special && !allowMinus) {
    let end = special.end;
    let qualifier: Qualifier | undefined;
    const suf = suffixQualifier(s, skipSpaces(s, end, 1), false);
    if (suf) {
      end = suf.end;
      qualifier = suf.qualifier;
    }
    const pre = prefixQualifier(s, skipSpacesBack(s, i, 1), floor);
    const q: RawQuantity = {
      start: pre ? pre.start : i,
      end,
      value: special.value,
      unit: special.unit,
      dimension: special.dimension,
      unitText: special.unitText,
    };
    qualifier = pre?.qualifier ?? qualifier;
    if (qualifier !== undefined) q.qualifier = qualifier;
    return { q, skip: end };
  }

  const r = readNumber(s, i, allowMinus);
  if (!('ok' in r)) return { skip: r.skip };
  const tok = r.ok;
  const tokenSkip = Math.max(tok.numEnd, i + 1);
  if (rejectedBySuffix(s, tok.numEnd)) return { skip: tokenSkip };

  const unit = resolveUnit(s, tok);
  if (unit === 'reject') return { skip: Math.max(tokenSkip, tok.after) };

  let lo: Decimal;
  let hi: Decimal | undefined;
  let res: Resolved;
  let unitText: string;
  let end: number;
  let over = tok.over;

  if (unit === undefined) {
    // No unit on the first number: only a range can give it one (1-2场, 200-1000人, 1至2家).
    if (isAsciiLetter(s[tok.after])) return { skip: tokenSkip };
    const range = readRangeEnd(s, tok, undefined);
    if (!range) return { skip: tokenSkip };
    res = range.res;
    const exp = tok.exp > 0 ? tok.exp : range.hiTok.exp;
    lo = shift(tok.value(), exp + res.shift);
    hi = range.hi;
    unitText = range.hiTok.multText + range.res.written;
    end = range.res.end;
    over = over || range.hiTok.over;
  } else {
    if (tok.loneOne && unit.unit !== '个百分点' && unit.unit !== '倍') return { skip: tokenSkip };
    res = unit;
    lo = shift(tok.value(), tok.exp + res.shift);
    unitText = tok.multText + res.written;
    end = res.end;
    const range = readRangeEnd(s, tok, res);
    if (range) {
      hi = range.hi;
      end = range.res.end;
      over = over || range.hiTok.over;
    }
  }

  // 前10名, 前3位: a rank, not a head count.
  const before = s[skipSpacesBack(s, i) - 1];
  if (before === '前' && (res.unit === '名' || res.unit === '位')) return { skip: end };
  if (hi !== undefined && lo.units > 0n && cmpLess(hi, lo)) return { skip: tokenSkip };
  // 十万亩级油茶产业带, 百亿级商圈, 千亿级: a size class, not an amount.
  if (s[end] === '级') return { skip: end };

  let qualifier: Qualifier | undefined;
  const sufAt = skipSpaces(s, end, 1);
  const suf = suffixQualifier(s, sufAt, res.dimension === 'time');
  if (suf) end = suf.end;
  // `2,250萬元整、`: 整 (exactly) closing an amount, as Taiwan's forms write it, is part of the figure; not the
  // verb of `100万元整治河道`.
  else if (res.dimension === 'money' && s[end] === '整' && EXACT_CLOSE.test(s.slice(end + 1, end + 2))) end++;
  const pre = prefixQualifier(s, skipSpacesBack(s, i, 1), floor);
  // 1个多月: the 多 sits inside the unit but still means "a bit more than".
  if (res.def.text === '个多月') over = true;
  qualifier = pre?.qualifier ?? (over ? 'over' : suf?.qualifier);
  const q: RawQuantity = {
    start: pre ? pre.start : i,
    end,
    value: lo,
    unit: res.unit,
    dimension: res.dimension,
    unitText,
  };
  if (hi !== undefined) q.hi = hi;
  if (qualifier !== undefined) q.qualifier = qualifier;
  return { q, skip: end };
}

function cmpLess(a: Decimal, b: Decimal): boolean {
  return shiftCompare(a, b) < 0;
}

function shiftCompare(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.units * 10n ** BigInt(scale - a.scale);
  const y = b.units * 10n ** BigInt(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The second half of a range after `lo` (with or without its own unit): 1-2场, 3%—10%, 1至2家.
 * The high end must carry a unit, and when the low end has one too, the same base unit.
 */
function readRangeEnd(s: string, lo: NumTok, loUnit: Resolved | undefined): { hiTok: NumTok; res: Resolved; hi: Decimal } | undefined {
  const from = loUnit ? loUnit.end : skipSpacesBack(s, lo.after, 2);
  let j = skipSpaces(s, from);
  if (!isConnector(s, j)) return undefined;
  // 由3%到5% reads as a change, not a range; 到 joins a range only before the unit (1到2个).
  if (s[j] === '到' && loUnit) return undefined;
  j = skipSpaces(s, j + 1);
  if (lo.chinese ? !isCnNumeralChar(s[j]) : !isDigit(s[j])) return undefined;
  const r = readNumber(s, j, false);
  if (!('ok' in r)) return undefined;
  const hiTok = r.ok;
  if (rejectedBySuffix(s, hiTok.numEnd)) return undefined;
  const res = resolveUnit(s, hiTok);
  if (res === undefined || res === 'reject') return undefined;
  if (loUnit && (loUnit.unit !== res.unit || loUnit.dimension !== res.dimension)) return undefined;
  return { hiTok, res, hi: shift(hiTok.value(), hiTok.exp + res.shift) };
}

/** End of the number token at `i` (digits, dots, commas, or a numeral run): where to resume. */
function skipToken(s: string, i: number): number {
  let j = i;
  if (isDigit(s[j])) {
    while (isDigit(s[j]) || ((s[j] === '.' || s[j] === ',') && isDigit(s[j + 1]))) j++;
  } else {
    while (isCnNumeralChar(s[j])) j++;
  }
  return Math.max(j, i + 1);
}

/** Works on code units: it runs on every character, and must not allocate. */
function isNumberStart(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 0x30 && c <= 0x39) || isCnNumeralCode(c)) return true;
  return c === 0x2d && isDigit(s[i + 1]) && minusAllowed(s, i);
}

export function scanQuantities(text: string): readonly RawQuantity[] {
  return scanFigures(text).quantities;
}

/**
 * Quantities, and the figures that cannot be read as written (malformed.ts), of one paragraph.
 * Memoized by the paragraph's text: a re-analysis after an edit reads only the changed paragraphs.
 */
export const scanFigures: (text: string) => ScannedFigures = memoOfText(scanParagraph);

export interface ScannedFigures {
  readonly quantities: readonly RawQuantity[];
  readonly malformed: readonly RawMalformed[];
}

function scanParagraph(text: string): ScannedFigures {
  const malformed: RawMalformed[] = [];
  try {
    return { quantities: scan(text, malformed), malformed };
  } catch {
    // The scanner is written not to throw; this is the last line of defence for an editor.
    return { quantities: [], malformed: [] };
  }
}

function scan(text: string, malformed: RawMalformed[]): RawQuantity[] {
  const s = foldForScan(text);
  const out: RawQuantity[] = [];
  let floor = 0;
  let i = 0;
  while (i < s.length) {
    if (!isNumberStart(s, i)) {
      i++;
      continue;
    }
    const bad = isDigit(s[i]) ? readMalformed(s, i) : undefined;
    if (bad) {
      // Reported, and skipped whole: no part of it is read as a quantity.
      malformed.push(bad);
      floor = bad.end;
      i = bad.end;
      continue;
    }
    const f = readOne(s, i, floor);
    if (f.q && f.q.start >= floor && f.q.end > f.q.start) {
      out.push(f.q);
      floor = f.q.end;
    }
    i = Math.max(i + 1, f.skip);
  }
  return out;
}
