// Calibers: words that say on which definition a level is counted, so that two figures of one
// indicator on different calibers are two quantities, not a contradiction:
//   `财政体制改革前一般公共预算收入完成16.16亿元…。财政体制改革后一般公共预算收入完成12.70亿元`
//   `财政总收入省口径62.92亿元（市口径83.77亿元）`
// A caliber holds from its word to the end of the sentence. The like-for-like words of a growth
// (同口径, 自然口径, 可比口径) are bases (cues/bases.ts), not calibers: they qualify the change.
// Adding a phrasing is one row plus one case in test/unit/cues/calibers.test.ts.

/** Caliber words (global: every mention is looked at) and the caliber they name. */
const CALIBER_ROWS: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/改革前/g, () => '改革前'],
  [/改革[后後]/g, () => '改革后'],
  [/([省市县縣区區全大小])口[径徑]/g, (m) => `${m[1] ?? ''}口径`],
];

/** Any caliber word at all. */
const ANY_CALIBER = /改革|口[径徑]/;

/** How far back in a sentence a caliber word is looked for (bounded: linear on any sentence). */
const WINDOW = 120;

/** The last caliber named in `text` before `at`, or undefined. */
export function caliberBefore(text: string, at: number): string | undefined {
  const window = text.slice(Math.max(0, at - WINDOW), at);
  // Most windows name no caliber: one cheap test before the rows.
  if (!ANY_CALIBER.test(window)) return undefined;
  let best: { index: number; name: string } | undefined;
  for (const [re, name] of CALIBER_ROWS) {
    for (const m of window.matchAll(re)) {
      if (best === undefined || m.index > best.index) best = { index: m.index, name: name(m) };
    }
  }
  return best?.name;
}
