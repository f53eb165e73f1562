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
  // `不含高新区计算，全年地区生产总值…`, `固定资产投资（不含农户）`: the same indicator without a part of
  // the territory is another quantity than the whole.
  [/不含([\u4e00-\u9fff]{1,12}?)(?=计算|計算|在内|在內|[，,、）)])/g, (m) => `不含${m[1] ?? ''}`],
  // `含常州经开区计算，…`, `剔除双龙经济区收入2.47亿元，全州一般公共预算收入为112.57亿元`: with or without
  // a zone counted in, the same indicator is another quantity.
  [/(?<![不包])含([\u4e00-\u9fff]{1,12}?)(?=计算|計算|在内|在內)/g, (m) => `含${m[1] ?? ''}`],
  // (`剔除留抵退税因素后，可比下降10.1%`: a 剔除 that a like-for-like change follows qualifies that change only, a
  // base of the growth as 同口径 is; the levels of the sentence stay on their own caliber.)
  [/剔除(?!价格|價格)([\u4e00-\u9fff]{1,12}?)(?=收入|支出|[0-9０-９，,、）)]|[后後])(?![后後]?[，,]?[\s\u3000]*(?:可比|同口[径徑]|同比)?(?:增长|增長|下降|增加|减少|減少|上升|回落))/g, (m) => `剔除${m[1] ?? ''}`],
];

/**
 * A note in brackets that says what a figure counts or leaves out (`（不包括关税、契税，未扣减出口退税）`,
 * `（不含农户，含跨区项目）`): an aside of the indicator before it, even when it holds a comma.
 */
const CALIBER_NOTE = /^[（(](?:不包括|不包含|不含|包括|包含|含|未扣减|未扣除|扣除|已扣除|剔除|已剔除|按[^，,；;。（()）]{1,10}?(?:计算|口径))[^（()）。；;]{0,60}[）)]$/;

export function isCaliberNote(aside: string): boolean {
  return CALIBER_NOTE.test(aside);
}

/** Any caliber word at all. */
const ANY_CALIBER = /改革|口[径徑]|含|剔除/;

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

/**
 * The price basis a level is written on: `现价` (current prices) or `可比价` (constant prices). GDP
 * is often given on both in one sentence (`地区生产总值（现价）…，（可比价）…`); its sectors add up
 * to the figure on their own basis only.
 */
export type PriceBasis = '现价' | '可比价';
const PRICE_ROWS: readonly [RegExp, PriceBasis][] = [
  [/现价|現價|当年价|當年價|现行价格|現行價格/, '现价'],
  [/可比价|可比價|不变价|不變價/, '可比价'],
];

/** The price basis named in `label` (the words right before a figure), or undefined. */
export function priceBasisOf(label: string): PriceBasis | undefined {
  let best: { at: number; basis: PriceBasis } | undefined;
  for (const [re, basis] of PRICE_ROWS) {
    const m = re.exec(label);
    if (m && (!best || m.index > best.at)) best = { at: m.index, basis };
  }
  return best?.basis;
}

/**
 * `地区生产总值623.13亿元，比上年增加122.66亿元，同比增长24.5%（按可比价计算，同比增长14.1%）`: a growth followed by an aside
 * that gives the growth on constant prices is itself on current prices (tested on the text right after the growth).
 */
const CONSTANT_PRICE_ASIDE = /^[\s\u3000]*[（(][\s\u3000]*(?:按|以)?(?:可比价|可比價|不变价|不變價)/;

export function constantPriceAsideAfter(after: string): boolean {
  return CONSTANT_PRICE_ASIDE.test(after);
}
