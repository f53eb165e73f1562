// A 万/亿 slip inside one sentence's list of amounts: `…美丽乡村建设项目1300万元，道路改造提升工程1000万元，
// 校舍提升改造项目1000亿元` or `出口交货值9.22万元` among a trade's 亿. The amounts of one sentence are one
// list's scale; a figure that stands more than three thousand times above (or below) every other
// amount of its sentence, and falls among them once its 万/亿 is read the other way, is the slip.
// The document-wide outlier (relations/outliers.ts) catches a lone top figure; this one catches a
// figure whose sentence states its siblings.
//
// Only amounts in 元 written with 万 or 亿, per-head amounts and bounds (`500万元以上`) left out; at least
// two siblings (three for a figure written with 万); no figure named as a running or overall total (`累计`, `至目前已…追回1.68亿元` after two
// cases of 0.73万元 and 0.59万元: the whole beside its cases), nor one after a wider territory's name
// (`全国`, `中央`); and a figure written with 万 is judged only when every sibling is written with 亿 (a
// small figure among 万 amounts is common). Even then a small item may be real (`B股交易额224.58万元` beside A shares in 亿): such a
// finding is information only (`low`), the 亿 one a warning.

import type { Model } from '../checks/check';
import type { Quantity } from '../types';
import { cmp, dec, div, mul } from '../decimal';
import { isPoint } from './precision';
import { rewritten } from './sumSlips';
import { perModel } from './perModel';
import { quantitiesBySentence } from './bySentence';
import { findSums } from './sums';
import { namesSumsInsured } from '../cues/measures';

/** How far from every sibling a figure must stand (as the document-wide outlier). */
const FAR = dec(3000);
/** How far outside the siblings' range the corrected figure may still stand. */
const WITHIN = dec(10);
/** Fewest siblings for a figure written with 亿 (a warning); one written with 万 (information) needs one more. */
const MIN_SIBLINGS = 2;
const WIDER = /全国|全國|中央|国家|國家|全球|世界|全省|全市/;
/** A running or overall total named in the figure's clause (`至目前…追回医保基金1.68亿元`, `累计`, `，共`): the list's whole, beside its cases. */
const TOTAL_BEFORE = /累计|累計|共计|共計|合计|合計|总计|總計|至今|至目前|截至目前|目前已|[，,]共/;
// (`村均816.4万元`, `单笔800万元`: an amount per village, per loan, is no item of the list.)
const PER_HEAD = /(?:[人户戶生亩畝地村镇鎮乡鄉场場校企店]均|每人|平均|单笔|單筆|单户|單戶|每[户戶家个個村笔筆])[^，,；;。\d]{0,10}$/;
/** The level a per-head amount moved to (`人均負債從3.6萬元降至2萬元`): per head too. */
const PER_HEAD_REACHED = /(?:[人户戶]均|每人)[^，,；;。\d]{0,8}[从從由][0-9０-９.,]+(?:万|萬|亿|億)?元(?:降|减|減|增|升|提高|下降|增加|减少|減少|上升)(?:至|到)$/;
/** A bound, not an amount (`注册资本1000万元（含）以上的`, `授信小于500万元的`). */
const BOUND_BEFORE = /(?:小于|大于|低于|高于|不足|不超过|超过|不低于|不少于|达到|以上|以下)$/;
const BOUND_AFTER = /^(?:[（(][含]?[）)])?(?:及|或)?(?:以上|以下|以内)/;

export interface ListOutlier {
  figure: Quantity;
  corrected: string;
  /** The sibling nearest the figure, for the message. */
  nearest: Quantity;
  /** Written with 万 far below siblings in 亿: shown for reference only. */
  low: boolean;
}

/** An amount of the sentence's scale: any currency, approximate or not, written with 万 or 亿, no bound or average. */
function amount(model: Model, q: Quantity): boolean {
  const before = model.text.slice(Math.max(0, q.span.start - 16), q.span.start);
  return q.dimension === 'money' && /[万萬亿億]/.test(q.unitText) &&
    !PER_HEAD.test(before) && !PER_HEAD_REACHED.test(model.text.slice(Math.max(0, q.span.start - 30), q.span.start)) && !BOUND_BEFORE.test(before) && !namesSumsInsured(before) && !BOUND_AFTER.test(model.text.slice(q.span.end, q.span.end + 6));
}

function compute(model: Model): ListOutlier[] {
  const out: ListOutlier[] = [];
  // A list's total stands above its parts by design (`总计5.0005亿元，其中：甲类5万元…`): no sibling, no
  // candidate. A part of a complete list is the sum's to judge (sum-mismatch, relations/sumSlips.ts).
  const sums = findSums(model);
  const totals = new Set(sums.map((p) => p.total.q));
  const judged = new Set(sums.filter((p) => p.complete).flatMap((p) => p.parts.map((x) => x.q)));
  for (const placed of quantitiesBySentence(model)) {
    const amounts = (placed ?? []).map((p) => p.q).filter((q) => !totals.has(q) && amount(model, q));
    if (amounts.length < MIN_SIBLINGS + 1) continue;
    for (const q of amounts) {
      if (q.unit !== '元' || !isPoint(q) || q.qualifier !== undefined || judged.has(q)) continue;
      const others = amounts.filter((o) => o !== q);
      const fixed = rewritten(q);
      if (fixed === undefined) continue;
      const lead = model.text.slice(Math.max(0, q.span.start - 60), q.span.start);
      // (The total's words may stand anywhere in its clause: `至目前已处理违规医药机构7557家，追回医保基金1.68亿元`.)
      const clause = lead.slice(Math.max(lead.lastIndexOf('；'), lead.lastIndexOf(';'), lead.lastIndexOf('。'), lead.lastIndexOf('…')) + 1);
      if (WIDER.test(lead.slice(-12)) || (!fixed.up && TOTAL_BEFORE.test(clause))) continue;
      let lo = others[0]?.value;
      let hi = lo;
      for (const o of others) {
        if (lo === undefined || cmp(o.value, lo) < 0) lo = o.value;
        if (hi === undefined || cmp(o.value, hi) > 0) hi = o.value;
      }
      if (lo === undefined || hi === undefined || cmp(lo, dec(0)) <= 0) continue;
      const low = div(lo, WITHIN, 12);
      if (low === undefined) continue;
      const falls = cmp(fixed.value, low) >= 0 && cmp(fixed.value, mul(hi, WITHIN)) <= 0;
      if (!falls) continue;
      if (fixed.up) {
        // 万 for 亿: far below every sibling, and every sibling written with 亿, three of them at least (two
        // aggregates and a per-head income, `人均可支配收入…0.7961万元`, are no such list).
        if (others.length < MIN_SIBLINGS + 1 || !others.every((o) => /[亿億]/.test(o.unitText)) || cmp(mul(q.value, FAR), lo) >= 0) continue;
      } else if (cmp(q.value, mul(hi, FAR)) <= 0) continue;
      const nearest = fixed.up ? others.find((o) => o.value === lo) : others.find((o) => o.value === hi);
      if (nearest !== undefined) out.push({ figure: q, corrected: fixed.text, nearest, low: fixed.up });
    }
  }
  return out;
}

/** Amounts a 万/亿 slip away from every sibling of their sentence. */
export const findListOutliers: (model: Model) => ListOutlier[] = perModel(compute);
