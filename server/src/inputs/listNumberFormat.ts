// Renders Word list counters the way Word displays them (`numFmt` + `lvlText` such as `%1、`
// or `（%2）`), so automatically numbered headings read as the user sees them. Pure.

import { fullWidthDigits } from '../analysis/digits';

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const HEAVENLY_STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (Word's chineseCounting). */
export function chineseCounting(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return CHINESE_DIGITS[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? '' : CHINESE_DIGITS[n % 10]}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : CHINESE_DIGITS[n % 10]}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? `零${CHINESE_DIGITS[rest]}` : rest < 20 ? `一${chineseCounting(rest)}` : chineseCounting(rest);
    return `${CHINESE_DIGITS[Math.floor(n / 100)]}百${tail}`;
  }
  return String(n);
}

function letters(n: number, base: string): string {
  let out = '';
  let k = n;
  while (k > 0) {
    k -= 1;
    out = String.fromCharCode(base.charCodeAt(0) + (k % 26)) + out;
    k = Math.floor(k / 26);
  }
  return out;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let k = n;
  for (const [value, symbol] of table) {
    while (k >= value) {
      out += symbol;
      k -= value;
    }
  }
  return out;
}

/** One counter in a Word number format; unknown formats fall back to decimal. */
export function formatCounter(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'ideographTraditional':
      return (n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1] : undefined) ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidthDigits(String(n));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n, 'A');
    case 'lowerLetter':
      return letters(n, 'a');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

export interface LevelFormat {
  numFmt: string;
  /** e.g. `%1、`, `（%2）`, `%1.%2` */
  lvlText: string;
  start: number;
  /** What Word puts after the number: a tab, a space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
}

/**
 * The label text for a paragraph at `level` given the current counters of every level, plus
 * the separator before the paragraph text: none after Chinese punctuation (`一、`), else a space.
 */
export function renderLabel(levels: readonly LevelFormat[], counters: readonly number[], level: number): string {
  const format = levels[level];
  if (!format || format.numFmt === 'bullet' || format.numFmt === 'none') return '';
  const label = format.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
    const k = Number(digit) - 1;
    return formatCounter(counters[k] ?? levels[k]?.start ?? 1, levels[k]?.numFmt ?? 'decimal');
  });
  if (label === '') return '';
  if (format.suffix === 'nothing' || /[、）)．.:：]$/.test(label)) return label;
  return `${label} `;
}
