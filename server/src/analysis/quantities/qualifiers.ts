// Qualifier words around a figure: 近/约 before, 以上/以内/左右 after, 余/多 inside (600余万元).

import type { Qualifier } from '../types';

interface PrefixWord {
  word: string;
  qualifier: Qualifier;
  /** Characters that, just before the word, make it part of another word (节约, 下达, 赶超). */
  notAfter?: string;
}

// Longest first: 不超过 must win over 超过, which must win over 超.
// `达`, `达到`, `高达` state the figure reached: an exact value, not a bound (`城镇居民人均可支配
// 收入达33298元` is 33298元), so they are not qualifiers.
const PREFIXES: PrefixWord[] = [
  { word: '不超过', qualifier: 'atMost' },
  { word: '不高于', qualifier: 'atMost' },
  { word: '不多于', qualifier: 'atMost' },
  { word: '不低于', qualifier: 'atLeast' },
  { word: '不少于', qualifier: 'atLeast' },
  { word: '超过', qualifier: 'atLeast' },
  { word: '突破', qualifier: 'atLeast' },
  { word: '高于', qualifier: 'atLeast' },
  { word: '多于', qualifier: 'atLeast' },
  { word: '至少', qualifier: 'atLeast' },
  { word: '最少', qualifier: 'atLeast' },
  { word: '不足', qualifier: 'atMost' },
  { word: '不到', qualifier: 'atMost' },
  { word: '最多', qualifier: 'atMost' },
  { word: '至多', qualifier: 'atMost' },
  { word: '低于', qualifier: 'atMost' },
  { word: '少于', qualifier: 'atMost' },
  // `总量约为1.72亿人`, `约有3000户`: 约 with its copula is still an approximation.
  { word: '约为', qualifier: 'approx', notAfter: '节签制预履集合契邀相' },
  { word: '约有', qualifier: 'approx', notAfter: '节签制预履集合契邀相' },
  { word: '约达', qualifier: 'approx', notAfter: '节签制预履集合契邀相' },
  { word: '约占', qualifier: 'approx', notAfter: '节签制预履集合契邀相' },
  { word: '大约', qualifier: 'approx' },
  { word: '大概', qualifier: 'approx' },
  { word: '将近', qualifier: 'nearly' },
  { word: '接近', qualifier: 'nearly' },
  { word: '近', qualifier: 'nearly', notAfter: '最附临靠贴亲就' },
  { word: '约', qualifier: 'approx', notAfter: '节签制预履集合契邀相' },
  // (Not the 超 of 买超/卖超, a market's net buying or selling, nor of 出超/入超, a trade surplus or deficit.)
  { word: '超', qualifier: 'atLeast', notAfter: '赶高买卖買賣出入' },
  { word: '逾', qualifier: 'atLeast' },
];

/**
 * The qualifier word that ends at `end` (the number's start, spaces already skipped), never
 * reaching back before `floor` (the end of the previous quantity).
 */
export function prefixQualifier(s: string, end: number, floor: number): { start: number; qualifier: Qualifier } | undefined {
  for (const p of PREFIXES) {
    const start = end - p.word.length;
    if (start < floor) continue;
    if (!s.startsWith(p.word, start)) continue;
    if (p.notAfter && start > 0 && p.notAfter.includes(s.charAt(start - 1))) continue;
    return { start, qualifier: p.qualifier };
  }
  return undefined;
}

interface SuffixWord {
  word: string;
  qualifier: Qualifier;
  /** Characters that, just after the word, make it part of another word (上下游). */
  notBefore?: string;
  /** Only after these dimensions (3小时内). */
  timeOnly?: boolean;
}

const SUFFIXES: SuffixWord[] = [
  { word: '以上', qualifier: 'atLeast' },
  { word: '以内', qualifier: 'atMost' },
  { word: '以下', qualifier: 'atMost' },
  { word: '之内', qualifier: 'atMost' },
  { word: '左右', qualifier: 'approx' },
  { word: '上下', qualifier: 'approx', notBefore: '游级联功班' },
  { word: '内', qualifier: 'atMost', timeOnly: true },
];

export function suffixQualifier(s: string, i: number, isTime: boolean): { end: number; qualifier: Qualifier } | undefined {
  for (const w of SUFFIXES) {
    if (!s.startsWith(w.word, i)) continue;
    if (w.timeOnly && !isTime) continue;
    const next = s[i + w.word.length];
    if (w.notBefore && next !== undefined && w.notBefore.includes(next)) continue;
    return { end: i + w.word.length, qualifier: w.qualifier };
  }
  return undefined;
}

/**
 * 余/多 between the number and its unit or multiplier: 600余万元, 45万余亩, 20多个.
 * Not the 余 of 余额 (贷款余额289.5亿元 has it before the number anyway) nor 多 of 多元化/多样.
 */
export function isOverMark(s: string, i: number): boolean {
  const ch = s[i];
  const next = s[i + 1] ?? '';
  if (ch === '余') return next !== '额' && next !== '量' && next !== '下';
  if (ch === '多') {
    if (s.startsWith('元化', i + 1)) return false;
    return !'样彩措层极跨方重少么数'.includes(next) || next === '';
  }
  return false;
}
