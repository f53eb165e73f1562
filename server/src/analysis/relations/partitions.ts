// Totals and their parts, read from sentences: `…230个，完成年度投资136亿元。其中：…新建类项目152个，
// 完成投资89亿元；…续建类项目45个，完成投资47亿元。`
//
// A parts region opens at `其中` (a subset: parts need not cover the total) or at `分N类` /
// `分N个领域` (N parts announced), or at a `分别` list. The total is the last figure of the same
// unit before the region: in the same sentence, or in the previous sentence of the paragraph
// when the region opens the sentence. Inside the region, parts are the figures of that unit per
// segment (segments split at `；`, or at `，` when there is no `；`); when every segment holds k
// figures, the t-th figure of each segment is a part of the t-th of the last k totals (the
// `总投资…，年度计划投资…` pairs of 001). A single segment with a list (`分别实现42.9亿元、33.8亿元、
// 155亿元`) is one set of parts.
//
// A partition is complete when the announced N matches, or when the parts' labels are exactly
// one of the known complete sets (一/二/三产业, 城镇/农村, 政府/社会, 新建/续建).

import type { Model } from '../checks/check';
import type { Claim } from '../types';
import { type Placed, claimsByQuantity, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { parseCnNumeral } from '../quantities';

export interface Partition {
  total: Placed;
  parts: Placed[];
  /** Labels of the parts (claim indicator or the segment's text), for completeness. */
  labels: string[];
  /** Claim keys of the parts, where claims exist. */
  keys: (string | undefined)[];
  complete: boolean;
  /** Why it is complete: the announced count or the known set. */
  reason?: string;
  /** The region opened with 其中 (a subset): only an excess is an error when incomplete. */
  subset: boolean;
  /** Sentence index of the parts. */
  sentence: number;
}

/** Dimensions whose parts add up to a total. */
const ADDITIVE = new Set(['money', 'area', 'people', 'visits', 'count', 'mass', 'power', 'energy', 'volume', 'length']);
/** Figures that are averages or rates never add up. */
const NON_ADDITIVE_LABEL = /(人均|平均|均价|亩均|户均|村均|率|占比|比重|指数)/;
/** A change, not a level: `增长3亿元`, `节约资金1.7亿元` is still a level, but `增加…` is not. */
const CHANGE_BEFORE = /(增长|增加|减少|下降|提高|降低|上升|增收|减收|增|减|多|少)[了约近超达]?$/;

/**
 * Known complete sets. `sameRest`: the labels must differ only by the member word
 * (城镇居民… / 农村居民…, 政府性投资 / 社会性投资), so that `城市更新领域` and `乡村振兴领域` are
 * not taken for 城镇/农村.
 */
const KNOWN_SETS: { name: string; members: RegExp[]; sameRest: boolean }[] = [
  { name: '一/二/三产业', members: [/第?一产(?:业)?/, /第?二产(?:业)?/, /第?三产(?:业)?/], sameRest: false },
  { name: '城镇/农村', members: [/城镇|城市/, /农村|乡村/], sameRest: true },
  { name: '政府/社会', members: [/政府/, /社会|民间/], sameRest: true },
  { name: '新建/续建', members: [/新建|新开工/, /续建/], sameRest: false },
  { name: '出口/进口', members: [/出口/, /进口/], sameRest: true },
  // 社会消费品零售总额 by type of consumption: goods and catering, by definition.
  { name: '商品零售/餐饮收入', members: [/商品零售/, /餐饮/], sameRest: false },
];

const MAX_PARTS = 64;

const COUNT_MARK = /分(?:为)?([一二两三四五六七八九十]{1,3}|\d{1,2})(?:个)?(?:类|大类|个方面|个领域|个板块|种|部分)/;

function eligible(p: Placed, text: string, claim: Claim | undefined): boolean {
  if (!ADDITIVE.has(p.q.dimension) || !isPoint(p.q)) return false;
  // `为年初预算18.2亿元的102.3%`: a figure followed by 的 is the base of a comparison.
  if (text[p.end] === '的') return false;
  // `178.5公里/百平方公里`: a density, whatever unit the scanner stopped at.
  if (text[p.end] === '/' || text[p.end] === '／') return false;
  if (claim && claim.kind !== 'level' && claim.kind !== 'count') return false;
  return !CHANGE_BEFORE.test(text.slice(Math.max(0, p.start - 4), p.start).replace(/\s+/g, ''));
}

/** The label of a figure: text from the last clause break before it to the figure. */
function localLabel(text: string, p: Placed): string {
  let i = p.start;
  while (i > 0 && !/[，,；;：:。（(]/.test(text[i - 1])) i--;
  return text.slice(i, p.start);
}

function membership(labels: string[]): string | undefined {
  for (const set of KNOWN_SETS) {
    if (labels.length !== set.members.length) continue;
    const hits = labels.map((l) => set.members.map((m, i) => (m.test(l) ? i : -1)).filter((i) => i >= 0));
    if (hits.some((h) => h.length !== 1)) continue;
    const covered = new Set(hits.map((h) => h[0]));
    if (covered.size !== set.members.length) continue;
    if (set.sameRest) {
      const rests = labels.map((l, i) => l.replace(set.members[hits[i][0]], '').replace(/^[\s，,；;：:、]+/, ''));
      if (rests.some((r) => r !== rests[0])) continue;
    }
    return set.name;
  }
  return undefined;
}

function countOf(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const n = parseCnNumeral(s.replace('两', '二'));
  return n === undefined ? undefined : Number(n);
}

interface Region {
  from: number;
  to: number;
  subset: boolean;
  announced?: number;
  /** Offset in the sentence before which totals are looked for (-1: previous sentence). */
  totalsBefore: number;
}

/** `按消费类型分，…`, `按经营地统计：…`: a breakdown of the total before it. */
const BY_MARK = /按[^，,；;。：:]{1,10}?(?:分|统计|划分)[，,：:]/;

function regionOf(text: string): Region | undefined {
  const by = BY_MARK.exec(text);
  if (by && !text.slice(0, by.index).includes('其中')) {
    // Complete only when the parts are a known set (城镇/乡村, 商品零售/餐饮); else a subset.
    const totalsBefore = /^[\s\u3000，,：:]*$/.test(text.slice(0, by.index)) ? -1 : by.index;
    return { from: by.index + by[0].length, to: text.length, subset: true, totalsBefore };
  }
  const qi = text.indexOf('其中');
  const cm = COUNT_MARK.exec(text);
  if (cm && (qi < 0 || cm.index < qi)) {
    const from = cm.index + cm[0].length;
    const totalsBefore = /^[^，,；;]*$/.test(text.slice(0, cm.index)) ? -1 : cm.index;
    return { from, to: text.length, subset: false, announced: countOf(cm[1]), totalsBefore };
  }
  if (qi >= 0) {
    const next = text.indexOf('其中', qi + 2);
    const totalsBefore = /^[\s\u3000，,：:]*$/.test(text.slice(0, qi)) ? -1 : qi;
    return { from: qi + 2, to: next < 0 ? text.length : next, subset: true, totalsBefore };
  }
  const fb = text.indexOf('分别');
  if (fb >= 0) {
    let from = fb;
    while (from > 0 && !/[，,；;：:]/.test(text[from - 1])) from--;
    if (from === 0) return undefined;
    return { from, to: text.length, subset: false, totalsBefore: from };
  }
  return undefined;
}

/** A sentence that opens with a breakdown of an earlier total (`按…分，`, `其中，`). */
function opensBreakdown(text: string): boolean {
  const by = BY_MARK.exec(text);
  if (by && /^[\s\u3000，,：:]*$/.test(text.slice(0, by.index))) return true;
  return /^[\s\u3000]*其中/.test(text);
}

/** The text before an inner `其中` of a sentence (its totals clause). */
function beforeSubset(text: string): number {
  const qi = text.indexOf('其中');
  return qi < 0 ? text.length : qi;
}

/** Partitions are read by sum-mismatch and share-mismatch: computed once per model. */
const memo = new WeakMap<Model, Partition[]>();

export function findPartitions(model: Model): Partition[] {
  let found = memo.get(model);
  if (!found) {
    found = computePartitions(model);
    memo.set(model, found);
  }
  return found;
}

function computePartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    const text = sentence.text;
    const items = placed[si];
    if (items.length === 0) return;
    const region = regionOf(text);
    if (!region) return;
    // Totals: from this sentence before the region, or the previous sentence of the paragraph.
    let totals: Placed[];
    let totalText: string;
    if (region.totalsBefore >= 0) {
      totalText = text;
      totals = items.filter((p) => p.end <= region.totalsBefore);
    } else {
      // The sentence of the total: the previous one, passing over sibling breakdowns
      // (`…总额1105.2亿元。按经营地分，…。按消费类型分，…`).
      let k = si - 1;
      while (k >= 0 && model.sentences[k].paragraph === sentence.paragraph && opensBreakdown(model.sentences[k].text)) k--;
      const prev = model.sentences[k];
      if (!prev || prev.paragraph !== sentence.paragraph) return;
      totalText = prev.text;
      const cut = beforeSubset(prev.text);
      totals = placed[k].filter((p) => p.end <= cut);
    }
    totals = totals.filter((p) => eligible(p, totalText, claims.get(p.index)) && !NON_ADDITIVE_LABEL.test(localLabel(totalText, p)));

    const regionEnd = siblingCut(region, text, items, totals, claims) ?? unparallelCut(region, text, items, claims);
    if (regionEnd !== undefined) region.to = regionEnd;
    const regionText = text.slice(region.from, region.to);
    const splitter = /[；;]/.test(regionText) ? /[；;]/ : /[，,]/;
    // Segments as [start, end) offsets in the sentence.
    const segments: [number, number][] = [];
    let segStart = region.from;
    for (let i = region.from; i <= region.to; i++) {
      if (i === region.to || splitter.test(text[i])) {
        if (i > segStart) segments.push([segStart, i]);
        segStart = i + 1;
      }
    }
    const regionItems = items.filter((p) => p.start >= region.from && p.end <= region.to);
    const units = new Set(regionItems.map((p) => p.q.unit));
    for (const unit of units) {
      const ofUnit = regionItems.filter((p) => p.q.unit === unit);
      // An ineligible figure of the unit (a bound, a change, an average) makes the set unreliable.
      if (ofUnit.some((p) => !eligible(p, text, claims.get(p.index)))) continue;
      if (ofUnit.some((p) => NON_ADDITIVE_LABEL.test(localLabel(text, p)))) continue;
      const bySegment = groupBySegment(segments, ofUnit).filter((g) => g.length > 0);
      const unitTotals = totals.filter((p) => p.q.unit === unit);
      if (bySegment.length === 0 || unitTotals.length === 0) continue;
      const slots: { parts: Placed[]; labels: string[] }[] = [];
      if (bySegment.length === 1) {
        const list = bySegment[0];
        // One part is still checkable under 其中 (it cannot exceed its total); elsewhere a
        // single figure is no list.
        if (list.length < 2 && !region.subset) continue;
        slots.push({ parts: list, labels: list.map((p) => claims.get(p.index)?.indicator ?? '') });
      } else {
        const k = bySegment[0].length;
        if (bySegment.some((g) => g.length !== k) || unitTotals.length < k) continue;
        // A segment's subject: its text up to its first figure (`重点产业项目`, `政府性投资`).
        const firstOf = groupBySegment(segments, regionItems).map((g) => g[0]);
        const unitGroups = groupBySegment(segments, ofUnit);
        const segTexts: string[] = [];
        segments.forEach(([a, b], j) => {
          if (unitGroups[j].length > 0) segTexts.push(text.slice(a, firstOf[j]?.start ?? b));
        });
        for (let t = 0; t < k; t++) slots.push({ parts: bySegment.map((g) => g[t]), labels: segTexts });
      }
      const chosen = unitTotals.slice(unitTotals.length - slots.length);
      // Hostile input (a list of thousands of figures) is no report table: keep the work bounded.
      if (slots.some((slot) => slot.parts.length > MAX_PARTS)) continue;
      slots.forEach((slot, t) => {
        // A total in the previous sentence must be named like its parts (`固定资产投资…。其中，工业投资…`):
        // `进出口相抵，顺差506.8亿元。其中，对…国家进出口额786.2亿元` breaks down the trade, not the surplus.
        // An explicit list (`其中：`) and a part named after its figure (`其中，7项约束性指标`) are exempt.
        const partName = nameOf(slot.parts[0], text, claims).replace(/^[\s\u3000，,：:]+/, '');
        const explicit = /^[\s\u3000]*[：:]/.test(text.slice(region.from, region.from + 3));
        if (region.totalsBefore < 0 && !explicit && partName.length >= 2 && chosen[t] && !related(nameOf(chosen[t], totalText, claims), partName)) return;
        // `年度计划投资9.4亿元。其中，…总投资68.3亿元`: a project total is no part of a year's amount.
        const totalMeasure = chosen[t] && measureOf(localLabel(totalText, chosen[t]));
        if (totalMeasure && slot.parts.some((p) => (measureOf(localLabel(text, p)) ?? totalMeasure) !== totalMeasure)) return;
        // `…；其余25项为…`: the last part is the remainder, so the parts cover the total.
        const rest = /^[\s，,；;：:]*其[余它他]/.test(slot.labels[slot.labels.length - 1] ?? '') && bySegment.length === slot.parts.length ? '其余' : undefined;
        const set = membership(slot.labels) ?? rest;
        // 分三类：A 9.6亿元，B 11.2亿元，C 8.7亿元 (one segment each) or A、B、C in one segment.
        const byCount =
          region.announced !== undefined &&
          region.announced === slot.parts.length &&
          (bySegment.length === slot.parts.length || bySegment.length === 1);
        out.push({
          total: chosen[t],
          parts: slot.parts,
          labels: slot.labels,
          keys: slot.parts.map((p) => claims.get(p.index)?.key),
          complete: byCount || set !== undefined,
          reason: byCount ? `分${region.announced}类` : set,
          subset: region.subset,
          sentence: si,
        });
      });
    }
  });
  return out;
}

/** Length of the common prefix of two strings. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/** True when the characters of `a` occur in `b` in order (进口 in 进出口). */
function subsequence(a: string, b: string): boolean {
  let j = 0;
  for (let i = 0; i < b.length && j < a.length; i++) if (b[i] === a[j]) j++;
  return a.length > 0 && j === a.length;
}

/** A name without its measure word: `各项存款余额` → 各项存款. */
function coreOf(name: string): string {
  return name.replace(/(余额|总额|总量|总值|规模|总数|合计|总计)$/, '');
}

/** The head noun of a total's name: `各项存款余额` → 存款, `一般公共预算收入` → 收入. */
function headOf(name: string): string {
  return coreOf(name).slice(-2);
}

/**
 * A sibling of the total, not a part of it: the same frame around another head
 * (`一般公共预算收入` / `一般公共预算支出`, `各项存款余额` / `各项贷款余额`). A part names a kind of
 * the total and so carries its head (`税收收入`, `住户存款`).
 */
function isSibling(total: string, name: string): boolean {
  // `进口总额` under `进出口总额`: the part is named inside the total's name.
  if (name === total || name.includes(headOf(total)) || subsequence(coreOf(name), coreOf(total))) return false;
  return commonPrefix(total, name) >= 3 || commonSuffix(total, name) >= 2;
}

/**
 * Where a 其中 region ends early: at a `；` clause that names a sibling of the total rather than a
 * part of it (`一般公共预算收入10.2亿元，其中税收收入8.1亿元；一般公共预算支出30.5亿元`).
 */
function siblingCut(region: Region, text: string, items: Placed[], totals: Placed[], claims: Map<number, Claim>): number | undefined {
  if (!region.subset) return undefined;
  const totalNames = totals.map((t) => claims.get(t.index)?.indicator).filter((n): n is string => n !== undefined && n.length >= 3);
  if (totalNames.length === 0) return undefined;
  for (let i = region.from; i < region.to; i++) {
    if (text[i] !== '；' && text[i] !== ';') continue;
    const next = items.find((p) => p.start > i && p.end <= region.to);
    const name = next && claims.get(next.index)?.indicator;
    if (!name) continue;
    if (totalNames.some((t) => isSibling(t, name))) return i;
  }
  return undefined;
}

/** Two part names of one list: the same tail (`出口总额` / `进口总额`) or members of a known set. */
function parallel(a: string, b: string): boolean {
  return commonSuffix(a, b) >= 2 || membership([a, b]) !== undefined;
}

/**
 * Where a `其中，…；…` region ends when no colon announces a list: at the first `；` clause whose
 * subject is not parallel to the first part (`其中出口7.9亿元；实际利用外资…，引进资金68.2亿元`).
 * `其中：A…；B…；C…` is an explicit list and keeps all its clauses.
 */
function unparallelCut(region: Region, text: string, items: Placed[], claims: Map<number, Claim>): number | undefined {
  if (!region.subset || /^[\s\u3000]*[：:]/.test(text.slice(region.from, region.from + 3))) return undefined;
  const nameAfter = (from: number): string | undefined => {
    const next = items.find((p) => p.start >= from && p.end <= region.to);
    return next && claims.get(next.index)?.indicator;
  };
  const first = nameAfter(region.from);
  if (!first) return undefined;
  for (let i = region.from; i < region.to; i++) {
    if (text[i] !== '；' && text[i] !== ';') continue;
    const name = nameAfter(i + 1);
    if (!name || !parallel(first, name)) return i;
  }
  return undefined;
}

function nameOf(p: Placed, text: string, claims: Map<number, Claim>): string {
  return claims.get(p.index)?.indicator ?? localLabel(text, p);
}

/** True when two names share two characters in a row (投资, 收入, 人口, 进出口). */
function related(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/** The measure an investment figure states: a project's total or the year's amount. */
function measureOf(label: string): string | undefined {
  if (/总投资/.test(label)) return 'total';
  if (/(年度|年内|当年|计划|完成)投资/.test(label)) return 'annual';
  return undefined;
}

/**
 * Figures per segment, in one walk (both lists are in sentence order): out[j] holds the figures
 * lying inside segments[j].
 */
function groupBySegment(segments: [number, number][], figures: Placed[]): Placed[][] {
  const out: Placed[][] = segments.map(() => []);
  let j = 0;
  for (const f of figures) {
    while (j < segments.length && segments[j][1] < f.end) j++;
    if (j >= segments.length) break;
    if (f.start >= segments[j][0]) out[j].push(f);
  }
  return out;
}

/** True when one part's indicator names another part (a nested subset: 工业企业 ⊃ 规上工业企业). */
export function nested(partition: Partition): boolean {
  const keys = partition.keys;
  for (let i = 0; i < keys.length; i++) {
    for (let j = 0; j < keys.length; j++) {
      const a = keys[i];
      const b = keys[j];
      if (i !== j && a && b && a !== b && a.includes(b)) return true;
    }
  }
  return false;
}
