// Structure ratios `a：b：c` found in sentence text (the scanner does not return bare numbers
// joined by colons as quantities): `三次产业结构比为18.5：14.6：66.9`, `三次产业结构优化为 18.5：14.6：66.9`.
// Only ratios introduced by a structure word (结构, 构成, 比例) are kept: `1：1配套` is not one.

import type { Model } from '../checks/check';
import type { Span } from '../types';
import { type Decimal, parseDecimal } from '../decimal';
import { spanOf } from '../logical';
import { foldWidth } from '../headingMarkers';
import { namesStructure } from '../cues/shares';

export interface StructureTerm {
  value: Decimal;
  /** Decimals written (for the half-ulp). */
  decimals: number;
  span: Span;
  text: string;
}

export interface StructureRatio {
  sentence: number;
  /** The words before the ratio (`三次产业结构比为`). */
  context: string;
  terms: StructureTerm[];
  span: Span;
  /** True for the three-sector structure (一/二/三产业), whose terms are shares of GDP. */
  sectors: boolean;
}

const RATIO = /(\d{1,3}(?:\.\d+)?)((?:[ \u3000]*[：:][ \u3000]*\d{1,3}(?:\.\d+)?){1,5})/g;
/** The three-sector structure written as a list (`三次产业结构为9.3、41.0、49.7`): ends the clause. */
const SECTOR_LIST = /(\d{1,3}(?:\.\d+)?)((?:、\d{1,3}(?:\.\d+)?){2})(?=$|[。，,；;）)\s])/g;
const SECTORS = /(三次[产產][业業]|一二三[产產]|三[产產])/;
// `产业结构进一步优化，由上年的a:b:c演变为…`: an industry structure may be named one short clause earlier.
// (`新疆游客、国内游客、国外游客所占份额之比为25:73:2`: a ratio of shares.)
// (`从三区域税收比重看，今年一季度为16.2:42.6:41.2`: weights named one clause earlier, after 从…看.)
const STRUCTURE_WORD = /(?:(结构|結構|构成|構成|比例|份[额額]之?比)|(?:比重|结构|結構|构成|構成)看[，,]|[产產][业業](?:结构|結構)[^，,；;。]{0,8}[，,])[^，,；;。]{0,8}$/;
/**
 * Real bulletins name the three-sector structure in more ways (`三次产业占比由上年的a:b:c调整为d:e:f`,
 * `三大产业的比重为a:b:c`, `一、二、三产业增加值占GDP的比重为…`, `三次产业比调整为…`), often with the new
 * ratio after the old one. Within the clause run before the ratio, a sector word and a structure
 * word together introduce it; such a ratio must have three terms near 100 in total (a typo, not a
 * `2.1:1` income ratio that happens to follow).
 */
const SECTOR_ANY = /(三次[产產][业業]|三[大个個][产產][业業]|一、?二、?三[产產](?:[业業])?|三[产產])/;
const WIDE_WINDOW = 48;
/** The four farm trades named without their services (`农、林、牧、渔业`). */
const FOUR_FARM_TRADES = /[农農][、，,]?林[、，,]?牧[、，,]?[渔漁](?![、，,]?(?:服务|服務|专业|專業))/;

/** The sectors named right before the ratio, with no structure word (`三次产业3.6:34.7:61.7`). */
const SECTOR_LEAD = /(?:三次[产產][业業]|三大[产產][业業]|一、?二、?三[产產][业業]?)(?:之?比)?(?:为|為|是)?$/;
/** What joins an old structure to the new one (`由a:b:c调整为d:e:f`, `…，优化为…`, `从a:b:c到2015年的d:e:f`). */
const BECOMES = /^(?:[^，,；;。]{0,4}(?:调整|優化|优化|转变|轉變|演变|演變|变化|變化|变|變|調整)(?:为|為|到)|[到至])(?:今年|本年|[当當]年|(?:19|20)\d\d年(?:末|底)?)?的?$/;
/** Totals whose own three-sector structure a bulletin may give (not the territory's GDP). */
const OTHER_TOTAL = /(民营经济|非公有制经济|非公经济|县域经济|园区|开发区|规模以上工业)/;

export function findStructureRatios(model: Model): StructureRatio[] {
  const out: StructureRatio[] = [];
  model.sentences.forEach((s, si) => {
    // Most sentences have a 、 or a colon but no ratio: look for digits around them before folding.
    const colon = /[\d０-９][ \u3000]*[：:︰∶][ \u3000]*[\d０-９]/.test(s.text);
    if (!colon && !/[\d０-９]、[\d０-９]/.test(s.text)) return;
    const text = foldWidth(s.text); // same length: offsets unchanged
    const p = model.paragraphs[s.paragraph];
    if (p === undefined) return;
    const matches = [...(colon ? text.matchAll(RATIO) : []), ...text.matchAll(SECTOR_LIST)];
    // The ratio just kept, for `由a:b:c调整为d:e:f`: the new ratio is named by the old one.
    let kept: { end: number; sectors: boolean } | undefined;
    for (const m of matches) {
      const start = m.index;
      // Not inside a longer number or a time (`10:30`): a digit or a point right before.
      if (start > 0 && /[\d.]/.test(text[start - 1] ?? '')) continue;
      const end = start + m[0].length;
      if (end < text.length && /[\d.]/.test(text[end] ?? '')) continue;
      // PDF text spaces its words (`结构由 2015 年的 `): the spaces say nothing.
      const before = text.slice(Math.max(0, start - 20), start).replace(/[ \u3000]+/g, '').slice(-16);
      const wide = text.slice(Math.max(0, start - WIDE_WINDOW), start);
      // (`调整为 2020 年的`: PDF text spaces its words; the spaces say nothing.)
      const successor = kept !== undefined && kept.end <= start && BECOMES.test(text.slice(kept.end, start).replace(/[ \u3000]+/g, ''));
      const named = STRUCTURE_WORD.test(before) || successor;
      const sectorNamed = !named && ((SECTOR_ANY.test(wide) && namesStructure(wide)) || SECTOR_LEAD.test(before));
      if (!named && !sectorNamed) continue;
      const list = m[0].includes('、');
      if (list && !SECTORS.test(before)) continue;
      const terms: StructureTerm[] = [];
      const numRe = /\d{1,3}(?:\.\d+)?/g;
      for (const n of m[0].matchAll(numRe)) {
        const value = parseDecimal(n[0]);
        if (!value) continue;
        const at = s.at + start + n.index;
        terms.push({ value, decimals: n[0].split('.')[1]?.length ?? 0, span: spanOf(p, at, n[0].length), text: n[0] });
      }
      if (terms.length < 2) continue;
      if (sectorNamed && !nearHundred(terms)) continue;
      // `农、林、牧、渔业增加值比例由40.3:2.1:54.9:1.0…`: four of the five parts of 农林牧渔业 (its services are the
      // fifth): the four terms need not make up 100.
      if (terms.length === 4 && FOUR_FARM_TRADES.test(wide)) continue;
      // `民营经济三次产业结构…`: the sectors of another total, not to be held to the county's levels.
      const sectors = terms.length === 3 && (SECTORS.test(before) || sectorNamed || (successor && kept?.sectors === true)) && !OTHER_TOTAL.test(wide);
      out.push({ sentence: si, context: before, terms, span: spanOf(p, s.at + start, m[0].length), sectors });
      kept = { end, sectors };
    }
  });
  return out;
}

/**
 * Three terms adding up to 80–120: a three-sector structure, perhaps with a slip in one term (a
 * tens digit mistyped moves the sum by 10). Three figures after a sector word and a structure word
 * that are further from 100 are some other comparison.
 */
function nearHundred(terms: StructureTerm[]): boolean {
  if (terms.length !== 3) return false;
  const total = terms.reduce((acc, t) => acc + Number(t.text), 0);
  return total >= 80 && total <= 120;
}
