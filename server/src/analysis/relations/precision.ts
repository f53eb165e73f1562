// The rounding tolerance of a published figure: half a unit of its last written digit, in the
// quantity's base unit. `231.7亿元` is 23,170,000,000 元 ± 5,000,000 元; `155亿元` ± 50,000,000 元;
// `86.5%` ± 0.05 %. Whole counts (`230个`, `两个`) are exact; `1.5万个` is ± 500 个.

import type { Quantity } from '../types';
import { type Decimal, ZERO, abs, dec, div, eq, halfUlp, isZero, mul, parseDecimal } from '../decimal';
import { foldWidth } from '../headingMarkers';

/**
 * The Arabic number of a figure's text with its grouping (`1,100.9`, `4 790`, as the scanner
 * reads them: quantities/scan.ts); group 1 is the decimal part.
 */
const WRITTEN = /\d(?:[\d,]|[ \u00a0\u2009\u202f](?=\d{3}(?!\d)))*(?:\.(\d+))?/;

/** Where the number stands in a figure's text, as written, and its decimals. */
export function writtenDigits(text: string): { index: number; written: string; decimals: number } | undefined {
  const m = WRITTEN.exec(foldWidth(text));
  return m ? { index: m.index, written: m[0], decimals: m[1]?.length ?? 0 } : undefined;
}

function parseWritten(written: string): Decimal | undefined {
  return parseDecimal(written.replace(/[ \u00a0\u2009\u202f]/g, ''));
}

/** The leading number as written (`231.7` of `231.7亿元`, `1,100.9` of `1,100.9万元`). */
export function writtenNumber(q: Quantity): Decimal | undefined {
  const m = writtenDigits(q.text);
  return m ? parseWritten(m.written) : undefined;
}

/** Dimensions counted in whole items. */
const COUNTED = new Set(['count', 'people', 'visits']);
export const COUNTED_DIMENSIONS: ReadonlySet<string> = COUNTED;

/** Half a unit of the last written digit, in base units (never negative); 0 for exact counts. */
/** The 亿 tail of a figure written with 兆 (its decimals captured), and what one of its units is worth. */
const ZHAO_TAIL_WRITTEN = /兆[0-9,]+(?:\.([0-9]+))?[亿億]/;
const HUNDRED_MILLION = dec(100000000);

/** The last group of a figure written in groups (`…亿5,000万`, `…万4000`, `…万7 千`): its digits, decimals and place. */
const MIXED_TAIL = /(?<=[0-9][ \u00a0]?[万萬亿億][ \u00a0]?)([0-9][0-9,]*)(?:\.([0-9]+))?[ \u00a0]?([万萬千])?(?![0-9])/g;

/** The last group of a figure written in groups, or null. */
function lastGroup(text: string): RegExpExecArray | null {
  if (!GROUPED_HEAD.test(text)) return null;
  let last: RegExpExecArray | null = null;
  MIXED_TAIL.lastIndex = 0;
  for (let m = MIXED_TAIL.exec(text); m; m = MIXED_TAIL.exec(text)) last = m;
  return last;
}

/**
 * A figure written in groups (`1,300亿5,000万元`, `3万4000元`): the place of its first multiplier (亿 → 10^8,
 * 万 → 10^4) and that multiplier's character, to show it in messages; undefined for other figures.
 */
export function groupedPlace(q: Quantity): { place: Decimal; word: string } | undefined {
  const m = GROUPED_HEAD.exec(q.text);
  if (!m) return undefined;
  // (`1兆9,664億元`: Taiwan's 兆 with its 亿 tail is shown in 亿.)
  return /[亿億兆]/.test(m[1] ?? '') ? { place: dec(100000000), word: '亿' } : { place: dec(10000), word: '万' };
}

// (`21 萬 5,433 人`: a press that spaces out every piece of a figure.)
const GROUPED_HEAD = /[0-9][ \u00a0]?([万萬亿億兆])[ \u00a0]?[0-9]/;

export function tolerance(q: Quantity): Decimal {
  // (`7兆3,258亿元`: written to its 亿 tail, whose last digit the writer rounded.)
  const zhao = ZHAO_TAIL_WRITTEN.exec(q.text);
  if (zhao) return mul(halfUlp(zhao[1]?.length ?? 0), HUNDRED_MILLION);
  const counted = COUNTED.has(q.dimension);
  // (`1,300亿5,000万元`, `3万4000元`, `2,076万7千元`: a figure written in groups is as precise as its last group.)
  const tail = lastGroup(q.text);
  if (tail) {
    const place = tail[3] === '千' ? 1000 : tail[3] !== undefined ? 10000 : 1;
    if (counted && place === 1 && tail[2] === undefined) return ZERO;
    return mul(halfUlp(tail[2]?.length ?? 0), dec(place));
  }
  const m = writtenDigits(q.text);
  // Counts written in full (`230个`, `两个`) are exact: nobody rounds 152 projects.
  if (!m) return counted ? ZERO : dec(5, 1);
  const decimals = m.decimals;
  const written = parseWritten(m.written);
  if (!written || isZero(written)) return halfUlp(decimals);
  // The multiplier of the written unit (万, 亿, ‰ → %): value / written, exact for powers of ten.
  // (Its size only: a negative figure, `-166.06万元`, is as precise as a positive one.)
  const multiplier = abs(div(q.value, written, 12) ?? dec(1));
  if (counted && decimals === 0 && eq(multiplier, dec(1))) return ZERO;
  return mul(halfUlp(decimals), multiplier);
}

/** The rounding of a figure as written: a whole unit of its last digit when approximate (`约485亿元`), else half. */
export function roundingOf(q: Quantity): Decimal {
  return q.qualifier === 'approx' ? approxTolerance(q) : tolerance(q);
}

/**
 * An approximate figure (`约2.15亿元`, `约3000人`) is good to a whole unit of its last significant digit
 * (± 0.01 亿, ± 1000): the writer cut or rounded it there, and said so (`约为1.68亿人` for 7412 + 9466万).
 * A total of parts reads it so, and its parts when they are approximate too (partitions.ts).
 */
export function approxTolerance(q: Quantity): Decimal {
  const m = writtenDigits(q.text);
  const written = m ? parseWritten(m.written) : undefined;
  if (!m || !written || isZero(written)) return abs(q.value);
  const multiplier = abs(div(q.value, written, 12) ?? dec(1));
  const digits = m.written.replace(/[^0-9]/g, '');
  const zeros = m.decimals === 0 ? (/0+$/.exec(digits)?.[0].length ?? 0) : 0;
  return mul(m.decimals > 0 ? dec(1, m.decimals) : dec(10n ** BigInt(zeros)), multiplier);
}

/** Number of decimals written (`86.5%` → 1); 0 for integers and Chinese numerals. */
export function writtenDecimals(q: Quantity): number {
  return writtenDigits(q.text)?.decimals ?? 0;
}

/** A plain point figure: no qualifier (以上, 约, 余 …) and no range. */
export function isPoint(q: Quantity): boolean {
  return q.qualifier === undefined && q.hi === undefined;
}
