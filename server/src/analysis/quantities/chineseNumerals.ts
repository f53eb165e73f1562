// Chinese numerals: 两, 三千二百, 一百零五, 十万, 三万五 (colloquial 35000), 1.2万亿 multipliers.
// A run is read once, bounded, and validated; anything that is not a well-formed number
// (二〇二三, 十四五, 一二三) is reported invalid so the caller can skip the whole run.

// (`一千○五十一亿`: some pages write the zero as a white circle, ○, for 〇.)
export const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Longest run we try to read as a number; real figures are far shorter. */
const MAX_CN_RUN = 16;

// A table indexed by code unit: this test runs on every character of the text, and CJK
// one-character strings are not cached by the engine, so `s[i]` would allocate each time.
const CN_NUMERAL_CODE = new Uint8Array(65536);
for (const ch of '零〇○一二两三四五六七八九十百千万亿') CN_NUMERAL_CODE[ch.charCodeAt(0)] = 1;

export function isCnNumeralCode(c: number): boolean {
  return CN_NUMERAL_CODE[c] === 1;
}

export function isCnNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && CN_NUMERAL_CODE[ch.charCodeAt(0)] === 1;
}

/** Characters after 千/百 that make it the start of a unit (千瓦, 千米, 千克, 千伏), not a multiplier. */
const KILO_UNIT_NEXT = '瓦米克伏';

export interface CnRun {
  /** End of the run (exclusive). */
  end: number;
  /** Value when the run is a well-formed numeral. */
  value?: bigint;
  /** True when the run holds at least one digit character (一…九, 两), not only 十/百/千/万/亿. */
  hasDigit: boolean;
}

/**
 * Reads the numeral run at `i`. Stops before 千 of 千瓦/千米 so that 十万千瓦 reads 十万 + 千瓦.
 * The whole run is consumed even when it is too long or invalid (the caller skips it).
 */
export function readCnRun(s: string, i: number): CnRun {
  let end = i;
  while (end < s.length && isCnNumeralChar(s[end])) {
    if ((s[end] === '千' || s[end] === '百') && KILO_UNIT_NEXT.includes(s[end + 1] ?? '') && end > i) break;
    end++;
  }
  const text = s.slice(i, end);
  let hasDigit = false;
  for (const ch of text) if (ch in CN_DIGIT && CN_DIGIT[ch] !== 0) hasDigit = true;
  if (end - i > MAX_CN_RUN) return { end, hasDigit };
  return { end, value: parseCnNumeral(text), hasDigit };
}

/** Value of a well-formed Chinese numeral, or undefined. */
export function parseCnNumeral(text: string): bigint | undefined {
  if (text.length === 0) return undefined;
  let yi = 0n; // everything above 亿, already multiplied
  let wan = 0n; // the 万 section of the current 亿 section, already multiplied
  let sec = 0n; // below 万
  let pending: bigint | undefined; // a digit waiting for its unit
  let lastSmall = 10000; // small units must descend inside a section (千 > 百 > 十)
  let lastUnit = 0n; // for the colloquial tail: 三千二 = 3200, 三万五 = 35000
  let wanUsed = false;
  let zeroSeen = false;
  for (const ch of text) {
    const d = CN_DIGIT[ch];
    if (d !== undefined && d !== 0) {
      if (pending !== undefined) return undefined; // 一二三, 十四五, 二〇二三
      pending = BigInt(d);
      continue;
    }
    if (d === 0) {
      if (pending !== undefined) return undefined;
      zeroSeen = true;
      lastUnit = 0n;
      continue;
    }
    const small = CN_SMALL_UNIT[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return undefined;
      sec += (pending ?? 1n) * BigInt(small);
      pending = undefined;
      lastSmall = small;
      lastUnit = BigInt(small);
      zeroSeen = false;
      continue;
    }
    if (ch === '万') {
      if (wanUsed) return undefined;
      const v = sec + (pending ?? 0n);
      if (v === 0n) return undefined;
      wan = v * 10000n;
      sec = 0n;
      pending = undefined;
      lastSmall = 10000;
      lastUnit = 10000n;
      wanUsed = true;
      zeroSeen = false;
      continue;
    }
    if (ch === '亿') {
      const v = wan + sec + (pending ?? 0n);
      if (v === 0n) return undefined;
      yi = (yi + v) * 100000000n;
      wan = 0n;
      sec = 0n;
      pending = undefined;
      lastSmall = 10000;
      lastUnit = 100000000n;
      wanUsed = false;
      zeroSeen = false;
      continue;
    }
    return undefined;
  }
  let tail = pending ?? 0n;
  if (pending !== undefined && !zeroSeen && lastUnit > 10n) tail = pending * (lastUnit / 10n);
  return yi + wan + sec + tail;
}
