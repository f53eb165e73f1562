// A 亿 written for 万 leaves a lone figure ten thousand times too large: `财政总收入182513亿元` in a
// county whose other amounts are a few 亿元. No sum or plan may pin it, but the document does: an
// amount more than three thousand times every other amount of the document, which once read with 万
// falls among them, is the slip. Only amounts written with 亿 (the direction a lone figure shows;
// a 万 for 亿 makes a small figure, and small figures are common) and only when at least three
// other amounts in 万 or 亿 set the document's scale.

import type { Model } from '../checks/check';
import type { Quantity } from '../types';
import { type Decimal, cmp, dec, mul } from '../decimal';
import { isPoint } from './precision';
import { rewritten } from './sumSlips';
import { perModel } from './perModel';
import { namesSumsInsured } from '../cues/measures';

/**
 * How far above every other amount a figure must stand. A slip of an amount that belongs among the
 * others leaves it about 10⁴ above them; 1000–3000× was as often a wider total beside programme money
 * (held out: a province's quarterly retail sales, 8282亿元, beside its 5.28亿元 of vouchers).
 */
const FAR = dec(3000);
/** How far above the largest other amount the corrected figure may still stand. */
const WITHIN = dec(10);
const MIN_OTHERS = 3;
/** A wider territory or level named just before the figure (`全国…`, `中央财政…`). */
const WIDER = /全国|中央|国家|全球|世界/;

/**
 * The funds an audit or inspection covered (`开展9项专项资金审计，涉及资金总额699亿元`): the base the problems
 * found are drawn from, many thousand times each problem amount (`违规使用356万元`) by nature.
 */
const AUDITED_FUNDS = /(?:涉及|审计|審計|抽查|检查|檢查|核查)[^，,；;。\d]{0,6}(?:资金|資金|金额|金額)(?:总额|總額|总量|總量|合计|合計)?(?:为|為|达|達|共|约|約)?$/;

export interface MagnitudeOutlier {
  figure: Quantity;
  /** The figure's text with 万 for 亿. */
  corrected: string;
  /** The largest other amount of the document, for the message. */
  largestOther: Quantity;
}

function aggregateAmount(q: Quantity): boolean {
  return q.dimension === 'money' && q.unit === '元' && isPoint(q) && /[万萬亿億]/.test(q.unitText);
}

function largest(qs: readonly Quantity[]): Quantity | undefined {
  let best: Quantity | undefined;
  for (const q of qs) if (best === undefined || cmp(q.value, best.value) > 0) best = q;
  return best;
}

/**
 * An amount per head or per unit (`人均GDP为11.98万元`, `户均`, `亩均`, `平均楼价`): it sets no scale for the document's totals, which
 * may stand any number of times above it.
 */
// (An average is one too: `平均楼价则为1,154万元` beside a market's `总成交金额2,706亿元`.)
const PER_HEAD = /(?:人均|户均|戶均|每人|生均|亩均|畝均|地均|平均|均价|均價|每宗|每套)[^，,；;。\d]{0,10}$/;

function perHead(model: Model, q: Quantity): boolean {
  return PER_HEAD.test(model.text.slice(Math.max(0, q.span.start - 16), q.span.start));
}

function compute(model: Model): MagnitudeOutlier | undefined {
  const amounts = model.quantities.filter((q) => aggregateAmount(q) && !perHead(model, q));
  if (amounts.length < MIN_OTHERS + 1) return undefined;
  const top = largest(amounts);
  if (top === undefined || !/[亿億]/.test(top.text)) return undefined;
  // Every other amount in 万 or 亿 sets the scale, approximate ones (`约7822亿元`) and other currencies
  // (`54.9亿美元`) too.
  const second = largest(model.quantities.filter((q) => q !== top && q.dimension === 'money' && /[万萬亿億]/.test(q.unitText) && !perHead(model, q)));
  if (second === undefined || cmp(second.value, dec(0)) <= 0) return undefined;
  // `全国国内生产总值1260582亿元` in a county's text is the nation's, not a slip: a figure of another
  // territory (its claim's subject) or after a wider level's name is not judged.
  const claim = model.claims.find((c) => model.quantities[c.quantity] === top);
  if (claim?.subject?.scope === 'territory') return undefined;
  if (WIDER.test(model.text.slice(Math.max(0, top.span.start - 16), top.span.start))) return undefined;
  const before = model.text.slice(Math.max(0, top.span.start - 16), top.span.start);
  if (AUDITED_FUNDS.test(before) || namesSumsInsured(before)) return undefined;
  const fixed = rewritten(top);
  if (fixed === undefined || fixed.up) return undefined;
  const value: Decimal = top.value;
  if (cmp(value, mul(second.value, FAR)) <= 0) return undefined;
  if (cmp(fixed.value, mul(second.value, WITHIN)) > 0) return undefined;
  return { figure: top, corrected: fixed.text, largestOther: second };
}

const outliers = perModel(compute);

/** The one amount of the document that stands a 万/亿 slip above all others, if any. */
export function magnitudeOutlier(model: Model): MagnitudeOutlier | undefined {
  return outliers(model);
}
