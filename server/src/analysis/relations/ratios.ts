// Shares stated next to their part, and the whole they are a share of:
//   `民生支出49.9亿元，占一般公共预算支出的78.2%`   part = 49.9亿元, whole = 一般公共预算支出 (looked up)
//   `其中：政府性投资151.4亿元，占比59.3%`            part = 151.4亿元, whole = the partition's total
//   `贷款余额289.5亿元，…，贷存比86.5%`               贷款余额 ÷ 存款余额 (a defined ratio)
// and completion rates (completions.ts), which are actual ÷ plan and never shares.
// The whole is looked up among level claims of the same period and unit; when the document
// states it twice with different values, the relation is dropped (value-mismatch's business).
// The cue words (占, 占比, 比重, 完成…的) live in cues/shares.ts.

import type { Model } from '../checks/check';
import type { Claim, Quantity } from '../types';
import { indicatorKey } from '../claims/indicator';
import { type Placed, claimsByQuantity, quantitiesBySentence } from './bySentence';
import { findPartitions } from './partitions';
import { canonicalKey } from './aggregates';
import { isPoint, tolerance } from './precision';
import { perModel } from './perModel';
import { abs, add, cmp, sub, sum } from '../decimal';
import { sumStatedElsewhere } from './explained';
import { changeBefore, comparisonBase, familyOf, rankingOpenBefore } from '../cues/breakdowns';
import { nameBeforeChange } from '../cues/changes';
import { measureOf, namesWithoutMeasure } from '../cues/measures';
import { withoutTerritoryPrefix } from '../cues/subjects';
import { LevelIndex, type ShareRelation, levelBefore, periodOf } from './shareParts';
import { findSavings } from './savings';
import { type PlanIndex, planIndexOf, type RateAt, completionAt, completionOf } from './completions';
import { BARE_RATIO_CLAUSE, DEFINED_RATIOS, RESPECTIVE_JOIN, SHARE_ASIDE, SHARE_CLAUSE, SUBJECT_SHARE_CLAUSE, genericWhole, inlineWholeLead, inlineWholeName, ownShareAfter, pairRateName, negatesBase, doneBase, bareShareGlued, qualifiedPartOf, respectiveSharesCue, countingVerb, objectThenCountingVerb, inWholeShareClause } from '../cues/shares';
import { ADDITIVE_DIMENSIONS } from './dimensions';
import { readingView } from '../script/readingView';
import { rateSlip } from './magnitude';
import { OTHER_POPULATION, POPULATION_CLASS, otherSubjectThan, rankedSubset } from '../cues/subjects';

export type { ShareRelation };

/** What every step reads: the claims and the document's levels, plans and partitions. */
interface ShareContext {
  claims: ReadonlyMap<number, Claim>;
  levels: LevelIndex;
  plans: PlanIndex;
  /** A part under 其中 → its partition's total (for `占比` without a named whole). */
  totalOf: Map<Quantity, Quantity>;
  /** A partition's total → its claim (for the name of a whole the share names). */
  totalClaims: Map<Quantity, Claim>;
  /** Totals followed by their own share of a wider whole (cues/shares.ts ownShareAfter). */
  sharedTotals: Set<Quantity>;
  /** The document's reading view (traditional script folded), for a whole stated in another sentence. */
  text: string;
}

/** Memoized per model: share-mismatch and magnitude-suspect both read the relations. */
export const findShares: (model: Model) => ShareRelation[] = perModel(computeShares);

function computeShares(model: Model): ShareRelation[] {
  const placed = quantitiesBySentence(model);
  const totalOf = new Map<Quantity, Quantity>();
  const totalClaims = new Map<Quantity, Claim>();
  const sharedTotals = new Set<Quantity>();
  const claims = claimsByQuantity(model);
  for (const p of findPartitions(model)) {
    // Approximate parts (`约485亿元`) are summed against their approximate total only, never read as shares.
    if (p.parts.some((x) => x.q.qualifier === 'approx')) continue;
    // `收入8552万元，…同口径完成10066万元，其中：税收5537万元，非税3015万元，非税占比35.3%`: parts that
    // add up exactly to another figure break that one down; which whole a bare 占比 means is unsure.
    const partsSum = sum(p.parts.map((x) => x.q.value));
    const slack = sum(p.parts.map((x) => tolerance(x.q)));
    if (sumStatedElsewhere(model, p, partsSum, slack) && cmp(abs(sub(partsSum, p.total.q.value)), add(slack, tolerance(p.total.q))) > 0) continue;
    for (const part of p.parts) totalOf.set(part.q, p.total.q);
    if (ownShareAfter(model.text.slice(p.total.q.span.end, p.total.q.span.end + 24))) sharedTotals.add(p.total.q);
    const c = claims.get(p.total.index);
    if (c) totalClaims.set(p.total.q, c);
  }
  const ctx: ShareContext = { claims, levels: new LevelIndex(model), plans: planIndexOf(model), totalOf, totalClaims, sharedTotals, text: readingView(model.text) };
  const out: ShareRelation[] = [];
  // `到1975年，…产值A，占全县工业产值的76%。…1979年…全县工业产值达到B`: a whole from another sentence
  // that names other years than the share's own is another year's figure (gazetteers date every sentence).
  const sentenceOf = new Map<Quantity, number>();
  placed.forEach((items, k) => items?.forEach((p) => sentenceOf.set(p.q, k)));
  const otherYears = (si: number, rel: ShareRelation): boolean => {
    const k = sentenceOf.get(rel.whole);
    if (k === undefined || k === si) return false;
    const own = yearsIn(model.sentences[si]?.text ?? '');
    const theirs = yearsIn(model.sentences[k]?.text ?? '');
    return own.size > 0 && theirs.size > 0 && ![...own].some((y) => theirs.has(y));
  };
  // Saving rates (节约率 = 节约资金 ÷ 预算) are defined: read once, by relations/savings.ts.
  const savings = findSavings(model);
  out.push(...savings.shares);
  model.sentences.forEach((sentence, si) => {
    const items = placed[si];
    if (items === undefined) return;
    const listed = respectiveShares(ctx, sentence.text, items);
    out.push(...listed.relations);
    items.forEach((item, i) => {
      if (item.q.dimension !== 'percent' || !isPoint(item.q) || listed.used.has(i) || savings.rates.has(item.q)) return;
      const prev = model.sentences[si - 1];
      const previous = prev && prev.paragraph === sentence.paragraph ? { text: prev.text, items: placed[si - 1] ?? [] } : undefined;
      const earlier: { text: string; items: Placed[] }[] = [];
      for (let k = si - 1; k >= 0 && k >= si - EARLIER_SENTENCES; k--) {
        const s = model.sentences[k];
        if (s === undefined || s.paragraph !== sentence.paragraph) break;
        earlier.push({ text: s.text, items: placed[k] ?? [] });
      }
      const rel = shareAt(ctx, { text: sentence.text, items, i, ...(previous ? { previous, earlier } : {}) });
      if (rel) out.push(...rel.filter((r) => !otherYears(si, r)));
    });
  });
  return out;
}

/** The years a sentence names (`1979年`, `2023年末`). */
function yearsIn(text: string): Set<string> {
  return new Set(text.match(/(?:19|20)\d\d(?=年)/g) ?? []);
}

/**
 * `其中，地方税收收入7.56亿元，非税收入3.53亿元，分别占68.2%、31.8%`: the k-th share of a `分别占` list
 * is the k-th of the amounts right before it. Read only when those amounts are parts of one partition
 * (the whole is its total; a named whole must be that total's name) and nothing else stands between.
 */
function respectiveShares(ctx: ShareContext, text: string, items: Placed[]): { relations: ShareRelation[]; used: Set<number> } {
  const none = { relations: [], used: new Set<number>() };
  const first = items.findIndex((p, i) => p.q.dimension === 'percent' && respectiveSharesCue(text.slice(items[i - 1]?.end ?? 0, p.start)) !== undefined);
  if (first < 1) return none;
  const wholeName = respectiveSharesCue(text.slice(items[first - 1]?.end ?? 0, items[first]?.start ?? 0)) ?? '';
  let last = first;
  while (items[last + 1]?.q.dimension === 'percent' && RESPECTIVE_JOIN.test(text.slice(items[last]?.end ?? 0, items[last + 1]?.start ?? 0).trim())) last++;
  const n = last - first + 1;
  const parts = items.slice(first - n, first);
  if (n < 2 || parts.length !== n || !parts.every((p) => ADDITIVE_DIMENSIONS.has(p.q.dimension) && isPoint(p.q))) return none;
  const whole = ctx.totalOf.get(parts[0]!.q);
  if (whole === undefined || parts.some((p) => ctx.totalOf.get(p.q) !== whole)) return none;
  const totalName = ctx.totalClaims.get(whole)?.indicator ?? '';
  if (wholeName !== '' && !sameWholeName(wholeName, totalName)) return none;
  const relations: ShareRelation[] = [];
  const used = new Set<number>();
  for (let k = 0; k < n; k++) {
    const share = items[first + k];
    const part = parts[k];
    if (share === undefined || part === undefined || !isPoint(share.q)) return none;
    relations.push({ share: share.q, part: part.q, whole, partName: ctx.claims.get(part.index)?.indicator ?? '', wholeName: totalName || '合计' });
    used.add(first + k);
  }
  return { relations, used };
}

/**
 * A share's whole named like the total: one name inside the other once the place (`全州`) is taken off and
 * GDP is read as 生产总值 (`分别占全州GDP的…` of `全州完成生产总值…`), or the count of what the total's verb did
 * (`分别占彩票销售总量的…` of `共销售体育彩票…`).
 */
function sameWholeName(whole: string, total: string): boolean {
  const norm = (n: string): string => withoutTerritoryPrefix(n.replace(/GDP/gi, '生产总值').replace(/生產總值|生產总值|生产總值/g, '生产总值').replace(/^(?:完成|实现|實現)/, ''));
  const a = norm(whole);
  const b = norm(total);
  return total.includes(whole) || whole.includes(total) || (a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a))) || countOfTotal(whole, total);
}

/** The relations a percentage states, in order of precedence: defined ratio, completion, share. */
function shareAt(ctx: ShareContext, at: RateAt): ShareRelation[] | undefined {
  const item = at.items[at.i];
  if (item === undefined) return undefined;
  const claim = ctx.claims.get(item.index);
  const out = claim ? definedShares(ctx, at, claim) : [];
  // A completion rate is never read as a share, even when worded with 占 (`占年计划的108%`).
  const cue = completionAt(at, claim);
  if (cue) {
    const rel = completionOf(ctx, at, cue);
    return rel ? [...out, rel] : out;
  }
  const rel = clauseShare(ctx, at, claim) ?? pairRate(ctx, at);
  return rel ? [...out, rel] : out;
}

/**
 * `受理纠纷1260件，调解成功1240件，调解成功率98.4%`: a rate named by what the figure right before it counts
 * (cues/shares.ts pairRateName), of the figure before that, when both count one unit, the first is the
 * larger and names no such X itself, and one clause group holds all three.
 */
function pairRate(ctx: ShareContext, at: RateAt): ShareRelation | undefined {
  const { text, items, i } = at;
  const rate = items[i];
  const n = items[i - 1];
  const d = items[i - 2];
  // (Per cent only: a rate per mille is a demographic rate of the year's mean population.)
  if (rate === undefined || n === undefined || d === undefined || /‰/.test(rate.q.unitText)) return undefined;
  const name = pairRateName(text.slice(n.end, rate.start));
  if (name === undefined || /[；;。]/.test(text.slice(d.end, rate.start))) return undefined;
  const nLabel = text.slice(d.end, n.start);
  const dWords = text.slice(Math.max(0, d.start - 16), d.start);
  const dLabel = dWords.slice(Math.max(dWords.lastIndexOf('，'), dWords.lastIndexOf(','), dWords.lastIndexOf('；'), dWords.lastIndexOf('。')) + 1);
  // (`可收集量15.24万吨，综合利用量13.79万吨，秸秆综合利用率91.5%`: the rate may name its subject too.)
  const core = nLabel.replace(/^[^\u4e00-\u9fff]+/, '').replace(/(?:量|数|數|额|額|总量|總量)(?:为|為|达|達)?$/, '');
  const named = nLabel.includes(name) || (core.length >= 2 && name.endsWith(core));
  if (!named || dLabel.includes(name) || changeBefore(text.slice(Math.max(0, n.start - 6), n.start))) return undefined;
  // (`决定起诉A，不起诉B，不起诉率`: the base is the other class, not the whole.)
  if (negatesBase(name, dLabel)) return undefined;
  // (`解答咨询A，调解成功B，调解成功率`: a base of work done, not the caseload the rate is over.)
  if (doneBase(name, dLabel)) return undefined;
  // `建设服务站1213个，覆盖行政村1133个，覆盖率达100%`: the part counts an object (行政村) the base does not name:
  // the rate is of all villages, a figure not written here.
  const nameAt = nLabel.indexOf(name);
  const object = nameAt < 0 ? '' : nLabel.slice(nameAt + name.length).replace(/(?:量|数|數|额|額|总量|總量)?(?:为|為|达|達)?$/, '');
  if (/^[\u4e00-\u9fff]{2,}$/.test(object) && !dLabel.includes(object)) return undefined;
  // (The base may have no claim of its own: `共查33153人次` names it only by its verb.)
  const nKind = ctx.claims.get(n.index)?.kind;
  const dKind = ctx.claims.get(d.index)?.kind;
  if (!(nKind === 'level' || nKind === 'count') || !(dKind === undefined || dKind === 'level' || dKind === 'count')) return undefined;
  if (!isPoint(n.q) || !isPoint(d.q) || n.q.unit !== d.q.unit || !ADDITIVE_DIMENSIONS.has(n.q.dimension) || cmp(d.q.value, n.q.value) <= 0) return undefined;
  return { share: rate.q, part: n.q, whole: d.q, partName: name, wholeName: dLabel.trim() || d.q.text };
}

/** A claim's key without the place it opens with (`昭潭街道总人口` → `总人口`): defined ratios read the measure. */
function ownKey(c: Claim): string {
  const place = c.subject !== undefined && c.subject.scope !== 'own' ? c.subject.name : undefined;
  return place !== undefined && place.length >= 2 && c.key.startsWith(place) && c.key.length > place.length ? c.key.slice(place.length) : c.key;
}

/** Defined ratios (贷存比, 城镇化率): the part and whole in the sentence, else the period's levels. */
function definedShares(ctx: ShareContext, at: RateAt, claim: Claim): ShareRelation[] {
  const out: ShareRelation[] = [];
  const share = at.items[at.i]?.q;
  if (share === undefined) return out;
  for (const d of DEFINED_RATIOS) {
    if (!d.share.test(claim.key)) continue;
    // 城镇化率 is urban ÷ 常住 population: next to 户籍 or employment figures it is not checked.
    if (d.wholeName === '常住人口' && /户籍|戶籍|就业|就業/.test(at.text)) continue;
    const levelKeyed = (re: RegExp) => at.items.filter((it) => {
      const c = ctx.claims.get(it.index);
      return c !== undefined && (c.kind === 'level' || c.kind === 'count') && re.test(ownKey(c));
    });
    // One figure so named in the sentence, before the rate: the rate is of it.
    const onceBefore = (re: RegExp): boolean => {
      const found = levelKeyed(re);
      return found.length === 1 && (found[0]?.end ?? Infinity) <= (at.items[at.i]?.start ?? 0);
    };
    const inSentence = (re: RegExp): Quantity | undefined => {
      for (const it of at.items) {
        const c = ctx.claims.get(it.index);
        if (c && (c.kind === 'level' || c.kind === 'count') && re.test(ownKey(c)) && isPoint(it.q)) return it.q;
      }
      return undefined;
    };
    // `1-4月，投入量为A，产出量为B，转换率为r%，1-3月，投入量为C，…`: the two figures right before the rate, so
    // named, are its own however many such pairs the sentence lists.
    const keyed = (it: Placed | undefined, re: RegExp): boolean => {
      const c = it === undefined ? undefined : ctx.claims.get(it.index);
      return it !== undefined && c !== undefined && (c.kind === 'level' || c.kind === 'count') && re.test(ownKey(c)) && isPoint(it.q);
    };
    const [b1, b2] = [at.items[at.i - 1], at.items[at.i - 2]];
    const adjacent = keyed(b1, d.part) && keyed(b2, d.whole) ? { part: b1!.q, whole: b2!.q } : keyed(b1, d.whole) && keyed(b2, d.part) ? { part: b2!.q, whole: b1!.q } : undefined;
    if (adjacent !== undefined && adjacent.part.unit === adjacent.whole.unit) {
      out.push({ share, part: adjacent.part, whole: adjacent.whole, partName: d.partName, wholeName: d.wholeName });
      continue;
    }
    const partHere = inSentence(d.part);
    const wholeHere = inSentence(d.whole);
    if (d.sentenceOnly === true && !(onceBefore(d.part) && onceBefore(d.whole))) continue;
    // Both from the rate's sentence, or both from elsewhere: a whole stated beside the rate and a
    // part found in another paragraph may count another population (户籍, a survey) — silence.
    if ((partHere === undefined) !== (wholeHere === undefined)) continue;
    const part = partHere ?? ctx.levels.find(d.part, periodOf(claim));
    const whole = wholeHere ?? ctx.levels.find(d.whole, periodOf(claim));
    if (part && whole && part.unit === whole.unit) out.push({ share, part, whole, partName: d.partName, wholeName: d.wholeName });
  }
  return out;
}

/** A share worded by the clause before it: `占…的`, `占比`, `X占Y的比重为`. */
function clauseShare(ctx: ShareContext, at: RateAt, claim: Claim | undefined): ShareRelation | undefined {
  const { text, items, i } = at;
  const item = items[i];
  if (item === undefined) return undefined;
  const q = item.q;
  // The clause before the share, looked for within a bounded window (linear on any input).
  const windowStart = Math.max(0, item.start - 40);
  const win = text.slice(windowStart, item.start);
  // `其中民生支出40亿元、占比76.3%`: a 、 before 占 also opens the share's clause.
  // `税收收入69581万元（占比77.5%）`: a bracket still open before the share opens its clause too.
  const open = Math.max(win.lastIndexOf('（'), win.lastIndexOf('('));
  const unclosed = open > Math.max(win.lastIndexOf('）'), win.lastIndexOf(')')) ? open : -1;
  // `良好人数为381人占比11.27%`: a bare 占比 right after the part's figure opens its clause with no comma.
  const prev = items[i - 1];
  const glued = prev !== undefined && prev.end >= windowStart && bareShareGlued(text.slice(prev.end, item.start)) ? prev.end - windowStart - 1 : -1;
  const comma = Math.max(win.lastIndexOf('，'), win.lastIndexOf(','), win.lastIndexOf('、占') >= 0 ? win.lastIndexOf('、占') : -1, unclosed, glued);
  if (comma < 0 && windowStart > 0) return undefined;
  const clause = win.slice(comma + 1).replace(/[\s\u3000]+/g, '').replace(SHARE_ASIDE, '');
  const m = SHARE_CLAUSE.exec(BARE_RATIO_CLAUSE.test(clause) ? '占比' : (inWholeShareClause(clause) ?? clause));
  if (!m) {
    const named = SUBJECT_SHARE_CLAUSE.exec(clause);
    // Both groups of SUBJECT_SHARE_CLAUSE are mandatory: `?? ''` never applies.
    // `总票房A，…，国产影片票房B，市场占比p%`: the market's share is the part's share of the whole market told before it.
    if (named && named[2] === '比' && MARKET_WORD.test(named[1] ?? '')) {
      const part = levelBefore(items, i, text, ctx.claims);
      return part && ctx.totalOf.get(part.q) === undefined ? totalOfMeasureBefore(ctx, text, items, part, q) : undefined;
    }
    if (named && named[2] === '比') {
      // `其中税收收入7.1亿元，税收占比60.9%`: the named part's share of its total.
      const subject = named[1] ?? '';
      const nearest = levelBefore(items, i, text, ctx.claims);
      // (`其中税收收入A，非税收入B，税收占比r%`: the part so named may stand before the one right before the share,
      // when it is the one part of the list whose name opens so.)
      const candidates = items.slice(0, i).filter((p) => ctx.claims.get(p.index)?.indicator?.startsWith(subject) === true && ctx.totalOf.get(p.q) !== undefined);
      const part = nearest && ctx.claims.get(nearest.index)?.indicator?.startsWith(subject) === true ? nearest : subject.length >= 2 && candidates.length === 1 ? candidates[0] : undefined;
      const name = part && ctx.claims.get(part.index)?.indicator;
      const whole = part && ctx.totalOf.get(part.q);
      return part && whole && name ? { share: q, part: part.q, whole, partName: name, wholeName: '合计' } : undefined;
    }
    return named && claim ? namedShare(ctx, named[1] ?? '', named[2] ?? '', q, claim, items.slice(0, i), text) : undefined;
  }
  // `年均受害286.8公顷，占控制指标1325公顷的21.64%`: the whole written inline, right before 的; the part is
  // the level before it.
  const inline = inlineWhole(text, items, i, windowStart + comma + 1);
  if (inline !== undefined) {
    const before = levelBefore(items, i - 1, text, ctx.claims);
    if (before === undefined || !isPoint(inline.q) || inline.q.unit !== before.q.unit || inline.q.dimension !== before.q.dimension) return undefined;
    const name = ctx.claims.get(before.index)?.indicator ?? text.slice(Math.max(0, before.start - 8), before.start);
    return { share: q, part: before.q, whole: inline.q, partName: name, wholeName: inlineWholeName(text.slice(windowStart + comma + 1, inline.start) + text.slice(inline.end, item.start)) };
  }
  const part = levelBefore(items, i, text, ctx.claims);
  if (!part) return undefined;
  const partClaim = ctx.claims.get(part.index);
  const partName = partClaim?.indicator ?? text.slice(Math.max(0, part.start - 8), part.start);
  // `占总数的87.5%`: a whole named only as the total is the part's own total, as a bare 占.
  if (m[1] === '比' || m[1] === undefined || genericWhole(m[2] ?? '')) {
    const whole = ctx.totalOf.get(part.q);
    // A bare share under a total that states its own share of a wider whole: which whole is unsure.
    // (`…服务类4.25亿元，占比为75%…；用于社区公益类1.26亿元，占比为23%`: 占比 as well.)
    if (whole !== undefined && ctx.sharedTotals.has(whole)) return undefined;
    // `前十位国家/地区实际投入外资A，…。其中香港B，占总量的p%`: the top ten are no 总量; the share is of all.
    if (whole !== undefined && m[1] !== '比' && m[1] !== undefined && rankedSubset(ctx.totalClaims.get(whole)?.indicator ?? '')) return undefined;
    if (whole === undefined && m[1] === '比') return totalThenShare(ctx, text, items, part, q) ?? totalOfMeasureBefore(ctx, text, items, part, q);
    // `损失计A，以甲县损失B（占x%）最多，其次是乙县C（占y%）`: a ranking's item takes its share of the total before it.
    const ranked = whole ?? rankedTotal(text, items, part, ctx.claims);
    return ranked ? { share: q, part: part.q, whole: ranked, partName, wholeName: '合计' } : undefined;
  }
  const wholeName = m[2];
  const key = wholeName ? indicatorKey(wholeName) : undefined;
  const ref = partClaim ?? claim;
  if (!key || !ref || wholeName === undefined) {
    // `总投资A，其中：资本金B，占总投资的p%`: a name too generic to be an indicator (总投资) is still the whole
    // when the part's own total is named by it.
    const total = ctx.totalOf.get(part.q);
    if (wholeName === undefined || wholeName.length < 2) return undefined;
    // `项目总投资6580万元，已完成投资5165万元，占总投资的78.5%`: with no total over the part, the one figure
    // before it in the clause group whose written name ends with the whole's.
    if (total === undefined) {
      const named = writtenWholeBefore(text, items, part, wholeName);
      return named === undefined ? undefined : { share: q, part: part.q, whole: named, partName, wholeName };
    }
    // Named by its claim (`项目总投资`), or, with no claim of its own (`总投资15000万元`), by the words right
    // before its figure in this sentence.
    const totalName = ctx.totalClaims.get(total)?.indicator;
    const placed = items.find((x) => x.q === total);
    const written = placed === undefined ? '' : text.slice(Math.max(0, placed.start - 12), placed.start).replace(/(?:[为為]|[达達]到?)$/, '');
    // (`总投资比去年增长21.1%，达到5880.9万元`: named before its own change.)
    const beforeChange = placed === undefined ? undefined : nameBeforeChange(text.slice(Math.max(0, placed.start - 40), placed.start));
    return totalName?.endsWith(wholeName) === true || written.endsWith(wholeName) || beforeChange?.endsWith(wholeName) === true ? { share: q, part: part.q, whole: total, partName, wholeName } : undefined;
  }
  // `县本级一般公共预算收入A；其中税收收入B，占一般公共预算收入的g`: the total the part stands under, when
  // named so, comes before the county's level of that name stated elsewhere.
  const under = ctx.totalOf.get(part.q) !== undefined ? wholeInSentence(ctx, items.slice(0, i), text, key, part.q, wholeName) : undefined;
  // (A level of that name stated only after the share, `今年11月…占中国大陆旅客49.4%。…首十一个月…中国大陆旅客…为A`,
  // is read from a later passage whose period the text need not mark again: no whole the share could mean. One whose
  // sentence names its year, `1978年全县工业产值为A`, says which year it is, and the period index matched it.)
  const level = ctx.levels.get(key, periodOf(ref), part.q.unit);
  const listed = under ?? (level !== undefined && level !== null && level.span.start > q.span.start && !datedSentenceBefore(ctx.text, level.span.start) ? undefined : level);
  // `支出合计A，其中：基本支出B，占总支出的p%`: 总支出 and 支出合计 name one sum, the part's own total.
  const ownTotal = ctx.totalOf.get(part.q);
  // (A total with no claim of its own, `年末人口为35613人`, is named by the words right before it in this sentence.)
  const ownPlaced = ownTotal === undefined ? undefined : items.find((x) => x.q === ownTotal);
  const ownWords = ownPlaced === undefined ? '' : text.slice(Math.max(0, ownPlaced.start - 12), ownPlaced.start).replace(/(?:[为為]|[达達]到?)$/, '');
  const ownKey = ownTotal === undefined ? '' : (ctx.totalClaims.get(ownTotal)?.key ?? ownWords.slice(ownWords.search(/[^，,；;。：:\d年月末底]*$/)));
  const sameSum = listed === undefined && ownTotal !== undefined && (namesOneSum(wholeName, ownKey) || namesWithoutMeasure(wholeName, ownKey) || countOfTotal(wholeName, ownKey) || (totalOfMeasure(wholeName, ownKey) && !ctx.sharedTotals.has(ownTotal) && largestOfMeasure(items.slice(0, i), ownTotal, ctx))) ? ownTotal : undefined;
  const whole = sameSum ?? (listed === undefined ? (wholeInSentence(ctx, items.slice(0, i), text, key, part.q, wholeName, q) ?? wholeBefore(ctx, at, key, part.q, ref, wholeName, q)) : listed);
  // `火力发电量1802.3亿千瓦时，…，占发电量的70.49%；水力发电量79.3亿千瓦时，…，占发电量的3.1%`: a figure that takes
  // its own share of the whole is one of its parts, however its name ends; the whole is not written.
  const wholePlaced = whole === undefined ? undefined : items.find((x) => x.q === whole);
  if (wholePlaced !== undefined && takesShareOf(text, items, wholePlaced, wholeName)) return undefined;
  // (Stated in another sentence: `其中，出口199.65亿元，…，占出口总值的70.33%`, then `…产品178.95亿元，占出口总值的63.04%`.)
  if (whole && wholePlaced === undefined && clauseTakesShareOf(ctx.text, whole, wholeName)) return undefined;
  return whole && whole !== part.q ? { share: q, part: part.q, whole, partName, wholeName } : undefined;
}

/**
 * True when the `；` clause after a figure stated elsewhere names its own share of `wholeName`, before
 * the next figure of its unit (`总人口785263人.其中农业人口723515人，占总人口的…`: that share is the part's).
 */
function clauseTakesShareOf(text: string, figure: Quantity, wholeName: string): boolean {
  const after = text.slice(figure.span.end, figure.span.end + 60);
  const stop = after.search(/[；;。]/);
  let clause = stop < 0 ? after : after.slice(0, stop);
  // (The unit's last character: `340866人` after `72.99万人` is a figure of its unit too.)
  const unit = figure.unitText.slice(-1);
  for (let at = unit === '' ? -1 : clause.indexOf(unit); at > 1; at = clause.indexOf(unit, at + 1)) {
    const lead = /[万萬亿億千百]/.test(clause[at - 1] ?? '') ? at - 2 : at - 1;
    if (/[0-9０-９]/.test(clause[lead] ?? '')) {
      clause = clause.slice(0, at);
      break;
    }
  }
  return clause.includes(`占${wholeName}`);
}

/**
 * True when a share clause of `wholeName` (`占发电量的`) follows `figure` in its own clauses: up to the next
 * level of its unit (a change, `增长了171.3亿千瓦时`, is still about it) or the end of its `；` clause.
 */
function takesShareOf(text: string, items: readonly Placed[], figure: Placed, wholeName: string): boolean {
  let end = text.length;
  const stop = text.slice(figure.end).search(/[；;。]/);
  if (stop >= 0) end = figure.end + stop;
  for (const x of items) {
    if (x.start <= figure.end || x.start >= end || x.q.unit !== figure.q.unit) continue;
    if (changeBefore(text.slice(Math.max(0, x.start - 6), x.start))) continue;
    end = x.start;
    break;
  }
  return text.slice(figure.end, end).includes(`占${wholeName}`);
}

/**
 * The figure before the part, in its `；` clause group, written right after the whole's own name (`总投资`,
 * three characters or more), of the part's unit and larger than it; undefined unless exactly one.
 */
function writtenWholeBefore(text: string, items: Placed[], part: Placed, wholeName: string): Quantity | undefined {
  if (wholeName.length < 3) return undefined;
  const found = items.filter((b) => {
    if (b.end > part.start || b.q.unit !== part.q.unit || !isPoint(b.q) || cmp(b.q.value, part.q.value) <= 0) return false;
    if (/[；;。]/.test(text.slice(b.end, part.start))) return false;
    const written = text.slice(Math.max(0, b.start - 12), b.start).replace(/[\s\u3000]+/g, '').replace(/(?:[为為]|[达達]到?|共计?|合计)$/, '');
    return written.endsWith(wholeName) && !comparedAt(text, b);
  });
  return found.length === 1 ? found[0]?.q : undefined;
}

/**
 * The whole of a share clause that writes it inline (`占省下达控制指标1325公顷的`, `占全市18个乡镇的`): the
 * figure right before (its name and) 的 and the rate, after 占 and a name with no figure. Undefined otherwise.
 */
function inlineWhole(text: string, items: Placed[], i: number, clauseStart: number): Placed | undefined {
  const whole = items[i - 1];
  const item = items[i];
  if (whole === undefined || item === undefined || whole.start < clauseStart) return undefined;
  // (`占全市18个乡镇的`: the whole's name may follow its figure.)
  if (!/^[）)]?(?:[\u4e00-\u9fff]{1,8})?的$/.test(text.slice(whole.end, item.start).replace(/[\s\u3000]+/g, ''))) return undefined;
  return inlineWholeLead(text.slice(clauseStart, whole.start)) ? whole : undefined;
}

/**
 * The share's subject with the whole's qualifier put back before their common tail (`苗族人口` of `总户籍人口` →
 * `苗族户籍人口`), or undefined when the two share no tail of two characters or the whole has no qualifier.
 */
function qualifiedSubject(partKey: string, wholeKey: string): string | undefined {
  let n = 0;
  while (n < partKey.length && n < wholeKey.length && partKey[partKey.length - 1 - n] === wholeKey[wholeKey.length - 1 - n]) n++;
  if (n < 2 || n >= partKey.length) return undefined;
  const qualifier = wholeKey.slice(0, wholeKey.length - n).replace(/^[总總全]/, '');
  if (qualifier.length < 2 || qualifier.length > 4 || partKey.includes(qualifier)) return undefined;
  return partKey.slice(0, partKey.length - n) + qualifier + partKey.slice(partKey.length - n);
}

/**
 * A share that names its part and its whole (`税收收入占一般公共预算收入的比重为63.7%`): the part is
 * the figure of that name just before (`税收收入11.3亿元，…`), else the period's level of it.
 */
function namedShare(ctx: ShareContext, subject: string, wholeName: string, share: Quantity, claim: Claim, before: Placed[], text: string): ShareRelation | undefined {
  const partKey = indicatorKey(subject);
  const wholeKey = indicatorKey(wholeName);
  if (!partKey || !wholeKey) return undefined;
  const period = periodOf(claim);
  let part: Quantity | undefined | null;
  for (let j = before.length - 1; j >= Math.max(0, before.length - 8) && !part; j--) {
    const b = before[j];
    if (b === undefined) continue;
    const c = ctx.claims.get(b.index);
    if (c && (c.kind === 'level' || c.kind === 'count') && canonicalKey(c.key) === canonicalKey(partKey) && isPoint(b.q)) part = b.q;
  }
  // `户籍人口A，其中苗族户籍人口B，苗族人口占总户籍人口的p%`: the part's name carries the whole's qualifier (户籍)
  // that the share's subject leaves out; only a figure just before is read so.
  const qualified = qualifiedSubject(partKey, wholeKey);
  for (let j = before.length - 1; qualified !== undefined && j >= Math.max(0, before.length - 8) && !part; j--) {
    const b = before[j];
    const c = b === undefined ? undefined : ctx.claims.get(b.index);
    if (b && c && (c.kind === 'level' || c.kind === 'count') && canonicalKey(c.key) === canonicalKey(qualified) && isPoint(b.q)) part = b.q;
  }
  part ??= ctx.levels.anyUnit(partKey, period);
  if (!part || !ADDITIVE_DIMENSIONS.has(part.dimension)) return undefined;
  const listed = ctx.levels.get(wholeKey, period, part.unit);
  const whole = listed === undefined ? wholeInSentence(ctx, before, text, wholeKey, part, wholeName) : listed;
  if (!whole || whole === part) return undefined;
  return { share, part, whole, partName: subject, wholeName };
}

/**
 * `规划总面积A，其中湿地面积B，占总规划面积的p%`: the whole named with its 总 elsewhere in the words is the
 * 其中's total (three characters or more besides the 总).
 */
function totalMoved(named: string, totalTail: string): boolean {
  const bare = named.replace(/[总總]/g, '');
  return named !== bare && bare.length >= 3 && totalTail.replace(/[总總]/g, '').endsWith(bare);
}

/**
 * `一般公共预算支出5.93亿元，其中民生支出4.83亿元，占财政支出比重81.4%`: budget reports call their
 * general budget spending 财政支出 when they take a share of it. Only for the whole a share names
 * under its 其中 total, never as a synonym between levels (财政总支出 may count the funds too).
 */
function sameSpending(namedWhole: string, totalKey: string): boolean {
  return /^(?:地方)?(?:公共)?财政(?:预算)?支出$/.test(namedWhole) && /(?:一般公共预算|公共财政(?:预算)?|财政)支出$/.test(totalKey);
}

/**
 * The whole a share names, stated earlier in the share's own sentence under a longer name
 * (`城镇居民人均生活消费支出22878元，其中食品消费支出8649元，食品消费支出占生活消费支出的比重38.8%`): the one
 * level of the part's unit whose key ends with the named whole. With two candidates (城镇 and 农村
 * in one sentence) which one is meant is not written: none.
 */
function wholeInSentence(ctx: ShareContext, before: Placed[], text: string, wholeKey: string, part: Quantity, named = '', share?: Quantity): Quantity | undefined {
  const partKey = before.map((b) => (b.q === part ? ctx.claims.get(b.index)?.key : undefined)).find((k) => k !== undefined);
  const tail = wholeTail(canonicalKey(wholeKey));
  if (tail.length < 2) return undefined;
  // A part under a total (其中, a family): its whole is that total, or none.
  const total = ctx.totalOf.get(part);
  if (total) {
    const c = ctx.totalClaims.get(total);
    const totalTail = c === undefined ? '' : wholeTail(canonicalKey(c.key));
    // `总贫困人口A，其中…贫困人口B，占总人口的p%`: the poor are no total population, whatever the 其中.
    if (tail === '人口' && OTHER_POPULATION.test(c?.key ?? '')) return undefined;
    // (A total the claim layer left unnamed, `金额24520万元`, is still the whole of a share named by the part's measure.)
    if (wholeByPartMeasure(wholeKey, partKey)) return total;
    // `等级公路里程A。其中，二级及以上公路里程B，占公路总里程的p%`: a total whose subject qualifies the subject the
    // share names (等级公路 within 公路) is a part of that whole, not it.
    if (c !== undefined && narrowerSubject(wholeKey, c.key)) return undefined;
    return c !== undefined && ((totalTail.endsWith(tail) && !qualifiedPartOf(totalTail, tail)) || sameSpending(wholeKey, c.key) || totalMoved(tail, totalTail) || shortenedName(tail, totalTail) || bareTotalOf(tail, totalTail) || withTotalWord(tail, totalTail)) ? total : undefined;
  }
  // `在校生1423.68万人，随迁子女在校生93.73万人，占在校生总数的6.58%`: the count of what a level counts (在校生总数)
  // is that level, named without the total word.
  const counted = COUNT_OF_WHOLE.exec(tail);
  const wholeName = counted !== null && counted.index >= 2 ? tail.slice(0, counted.index) : tail;
  const found = before.filter((b) => {
    const c = ctx.claims.get(b.index);
    return (
      b.q !== part &&
      b.q.unit === part.unit &&
      isPoint(b.q) &&
      (c?.kind === 'level' || c?.kind === 'count') &&
      (endsWithWhole(wholeTail(canonicalKey(c.key)), tail) || (wholeName !== tail && COUNTED_UNITS.test(part.unitText) && wholeTail(canonicalKey(c.key)).endsWith(wholeName) && nextOfUnit(before, b, part))) &&
      // `占全县工业总产值的` names no park's or other place's 工业总产值 (`全市县域工业集中区…`).
      !otherSubjectThan(named, wholeTail(canonicalKey(c.key)).slice(0, -tail.length)) &&
      // `位于2度以下坡度的耕地` is a part of the cultivated land, not all of it.
      !qualifiedPartOf(wholeTail(canonicalKey(c.key)), tail) &&
      // `总人口` is never a floating or a newborn population (`另有流动人口2412人`).
      !(tail === '人口' && OTHER_POPULATION.test(c.key)) &&
      // nor one class of it when the share names the total (`农业人口A，占总人口的…；非农业人口B，占总人口的…`)
      !(tail === '人口' && /[总總]人口/.test(wholeKey) && POPULATION_CLASS.test(c.key)) &&
      // a sibling part (`城镇属性人口…；乡村属性人口…`) is no whole: a whole is larger than its part
      // and makes no family with it
      !ctx.totalOf.has(b.q) &&
      // …unless a 万/亿 slip makes it smaller (`总额14.64万元 … 城镇10.94亿元，占总额的74.7%`): the share
      // read with the slip undone pins the whole, and magnitude-suspect says which figure slipped.
      (cmp(b.q.value, part.value) > 0 || (share !== undefined && rateSlip({ share, part, whole: b.q }) !== undefined)) &&
      familyOf([c.key, partKey ?? '']) === undefined &&
      !comparedAt(text, b)
    );
  });
  return found.length === 1 ? found[0]?.q : undefined;
}

/**
 * `建筑业企业共完成建筑业总产值41.2亿元，…。房屋建筑业完成产值7.9亿元，占建筑业总产值的比重为19.2%`: the
 * whole named by the share, stated under a longer name (its subject first) in the sentence before.
 * Only for a part that is no 其中 part, and only when that sentence holds one such level.
 */
function wholeBefore(ctx: ShareContext, at: RateAt, wholeKey: string, part: Quantity, ref: Claim, named = '', share?: Quantity): Quantity | undefined {
  if (!at.previous || ctx.totalOf.has(part)) return undefined;
  const sentences = at.earlier ?? [at.previous];
  for (let k = 0; k < sentences.length; k++) {
    const before = sentences[k];
    if (before === undefined) break;
    const whole = wholeInSentence(ctx, before.items, before.text, wholeKey, part, named, share);
    if (whole === undefined) continue;
    const placed = before.items.find((p) => p.q === whole);
    const claim = placed && ctx.claims.get(placed.index);
    if (claim === undefined) return undefined;
    // Of the same period as the share (`2021年…支出70亿元。2022年民生支出…，占…的78.2%` is no share of it);
    // a share that names no sub-year scope takes the one its paragraph opened with (`一季度，…总产值A。
    // …房屋建筑业产值B，占建筑业总产值的p%`), when no sentence between names another.
    if (periodOf(claim) === periodOf(ref)) return whole;
    const scope = claim.period.scope;
    const between = sentences.slice(0, k).flatMap((s) => s.items.map((p) => ctx.claims.get(p.index)?.period.scope ?? ''));
    const inherits = scope !== undefined && scope !== '' && (ref.period.scope ?? '') === '' && claim.period.year === ref.period.year && claim.period.status === ref.period.status && between.every((s) => s === '' || s === scope);
    return inherits ? whole : undefined;
  }
  return undefined;
}

/** How many sentences back, in the paragraph, a share's named whole is looked for. */
const EARLIER_SENTENCES = 3;

/**
 * A whole's name as compared by its ending: 常住 is the default population (claim keys drop it,
 * `玉州区常住人口` → `玉州区人口`), and `总人口` beside 城镇/乡村 figures is that population.
 */
/**
 * True when a level's key ends with the whole a share names, an amount word aside on either side
 * (`占索赔额的` names `患方索赔`).
 */
function endsWithWhole(key: string, whole: string): boolean {
  if (key.endsWith(whole)) return true;
  // (Only a bare 额 after a verb: `总额`, `金额` name a sum of their own.)
  const bare = (k: string): string => k.replace(/(?<![总總金数數])[额額]$/, '');
  const w = bare(whole);
  return w.length >= 2 && w !== whole && bare(key).endsWith(w);
}

/**
 * `各级财政共支出城市低保资金A，其中中央财政补助资金B，占总支出的p%`: a bare total word (总 and a measure) names the
 * total the part is listed under when that total's name holds the same measure.
 */
function bareTotalOf(named: string, totalTail: string): boolean {
  const m = BARE_TOTAL.exec(named);
  return m !== null && totalTail.includes(m[1] ?? '');
}

/**
 * `定期存款A，其中一年期以上定期存款B，占定期存款总额的p%`: the total's name with a total word after it (总额, 总量,
 * 总数) names that total.
 */
function withTotalWord(named: string, totalTail: string): boolean {
  const core = named.replace(TOTAL_WORD_AFTER, '');
  return core !== named && core.length >= MIN_CORE && totalTail.endsWith(core);
}

const TOTAL_WORD_AFTER = /(?:[总總][额額]|[总總]量|[总總][数數])$/;
/** The fewest characters of such a name: a short one (`用水`, `出口`) ends too many names that are not it. */
const MIN_CORE = 4;

/** `总支出`, `总收入`, `总投资`: 总 and a measure, nothing else. */
const BARE_TOTAL = /^[总總](支出|收入|投[资資]|[产產]值|[产產]量|面[积積])$/;

/**
 * `新增地方政府债务限额A中，省级使用B，占全部新增债务限额的p%`: the whole a share names, `全部` aside, is the total's
 * name shortened (its characters in order, the last four alike): for a part listed under that total only.
 */
function shortenedName(named: string, totalTail: string): boolean {
  const whole = named.replace(/^全部/, '');
  if (whole.length < SHORTENED_TAIL || whole.slice(-SHORTENED_TAIL) !== totalTail.slice(-SHORTENED_TAIL)) return false;
  let j = 0;
  for (let i = 0; i < totalTail.length && j < whole.length; i++) if (totalTail[i] === whole[j]) j++;
  return j === whole.length;
}

/** How many closing characters a shortened whole's name shares with the total's (`债务限额`). */
const SHORTENED_TAIL = 4;

/**
 * `金额24520万元。其中：甲区归集金额11473万元，占当年归集的46.79%`: a share that names its whole by the part's own
 * measure (归集), the year's total of it: the total the part is listed under.
 */
function wholeByPartMeasure(wholeKey: string, partKey: string | undefined): boolean {
  const measure = wholeKey.replace(/^(?:当年|當年|全年|本年|年度|同期)/, '');
  return measure.length >= 2 && measure !== wholeKey && partKey !== undefined && partKey.includes(measure);
}

/**
 * True when no figure of the part's unit stands between the level `b` and the part: `乡村医生379人，其中中医人员230人，
 * 能西会中人员116人，占乡村医生总数的91%` speaks of the two together, not of the last one.
 */
function nextOfUnit(before: Placed[], b: Placed, part: Quantity): boolean {
  const at = before.indexOf(b);
  const end = before.findIndex((x) => x.q === part);
  return at >= 0 && end > at && before.slice(at + 1, end).every((x) => x.q.unit !== part.unit);
}

/** The total word after what a level counts (`在校生总数`, `职工总人数`). */
const COUNT_OF_WHOLE = /(?:总数|總數|总人数|總人數|总人次|總人次|总户数|總戶數)$/;
/** Units of counted people, households and things: only a count is named so. */
const COUNTED_UNITS = /(?:人|人次|户|戶|个|個|家|所|名)$/;

function wholeTail(key: string): string {
  const k = key.replace(/常住/g, '');
  return /^(?:总|全部)人口$/.test(k) ? '人口' : k;
}

/** A figure that is last year's or a plan's (`比上年同期…`, `…的`): no whole of this year's share. */
function comparedAt(text: string, p: Placed): boolean {
  return text[p.end] === '的' || comparisonBase(text.slice(Math.max(0, p.start - 20), p.start));
}

/**
 * `毕业生共8271人，其中本科毕业生8116人，占毕业生总人数的98.13%`: a whole named as the count of what the
 * total counts (`…总人数`, `…总数`) is the total, when the total's name only adds its place, school or
 * year before that (`成都理工大学2020届毕业生`), never a class of it (`本科毕业生`).
 */

function countOfTotal(wholeName: string, totalKey: string): boolean {
  // (`总发送量`: the sum word before the verb, the measure after it.)
  const m = /^([\u4e00-\u9fff]{2,}?)(?:总人数|總人數|总数|總數|总量|總量)$/.exec(wholeName) ?? /^[总總]([\u4e00-\u9fff]{2}?)(?:量|数|數|人数|人數|人次)$/.exec(wholeName);
  const name = m?.[1];
  if (name === undefined) return false;
  // `共招聘中央特岗计划教师65323人，其中…，占招聘总数的58.5%`: the count of what the total's verb did (招聘, 招录,
  // 接待), the verb written inside the total's name with what it counts after it.
  const verbAt = totalKey.indexOf(name);
  if (countingVerb(name) && verbAt >= 0 && verbAt + name.length < totalKey.length) return true;
  // `共销售体育彩票A。其中…，分别占彩票销售总量的…`: the same with what was counted written before the verb (彩票销售) and
  // after it in the total's name (销售体育彩票).
  const objectFirst = objectThenCountingVerb(name);
  if (objectFirst !== undefined) {
    const at = totalKey.indexOf(objectFirst.verb);
    if (at >= 0 && totalKey.endsWith(objectFirst.object) && at + objectFirst.verb.length <= totalKey.length - objectFirst.object.length) return true;
  }
  if (!totalKey.endsWith(name)) return false;
  const before = totalKey.slice(0, totalKey.length - name.length);
  return before === '' || /(?:[0-9０-９]{2,4}(?:年|届|屆|年度)|[省市县縣区區州旗]|大学|大學|学院|學院|学校|學校|全[省市县縣区區校])$/.test(before);
}

/** Sum words around a name (`总支出`, `支出合计`, `本年收入总计`, `收入总额`): dropped to compare two names of one sum. */
const SUM_AFFIXES = /^(?:本年|全年|年度)?总|(?:合计|合計|总计|總計|总额|總額)$|^(?:本年|全年|年度)/g;

/** True when two names differ only in their sum words (`总支出` / `本年支出合计`), and name something (2+ characters). */
/** The words right before a figure that name it the total (`招生总数为`, `总量达`, `合计`). */
const TOTAL_WORDS_BEFORE = /(?:总数|總數|总量|總量|总额|總額|总计|總計|合计|合計)(?:[为為是]|[达達]到?)?$/;

/**
 * `初中阶段非京籍招生3.3万人，招生总数为8.9万人，占比37.08%`: a bare 占比 right after a figure named the total
 * is the share of the figure before it in its clause group (of its unit, smaller, no change) in that total.
 */
function totalThenShare(ctx: ShareContext, text: string, items: Placed[], total: Placed, share: Quantity): ShareRelation | undefined {
  if (!TOTAL_WORDS_BEFORE.test(text.slice(Math.max(0, total.start - 8), total.start).replace(/[\s\u3000]+/g, ''))) return undefined;
  const k = items.indexOf(total);
  const part = k > 0 ? items[k - 1] : undefined;
  if (part === undefined || part.q.unit !== total.q.unit || !isPoint(part.q) || !isPoint(total.q) || cmp(part.q.value, total.q.value) >= 0) return undefined;
  if (/[；;。]/.test(text.slice(part.end, total.start)) || changeBefore(text.slice(Math.max(0, part.start - 6), part.start))) return undefined;
  const name = ctx.claims.get(part.index)?.indicator ?? text.slice(Math.max(0, part.start - 8), part.start);
  return { share, part: part.q, whole: total.q, partName: name, wholeName: '合计' };
}

/** The subject of a share that names the whole market (`市场占比`, `市场份额占比`). */
const MARKET_WORD = /^(?:市场|市場)(?:份额|份額)?$/;

/**
 * `全年电影总票房A，观影人次N，国产影片票房B，占比p%`: a bare share after a part no total holds is its share of the one
 * figure before it in the sentence, of its unit and larger, named as the total of the part's measure (总票房 / 票房).
 * Another figure of that unit named by the measure before the part (a second total) leaves the whole unsure.
 */
function totalOfMeasureBefore(ctx: ShareContext, text: string, items: Placed[], part: Placed, share: Quantity): ShareRelation | undefined {
  const partName = ctx.claims.get(part.index)?.indicator;
  if (partName === undefined) return undefined;
  const k = items.indexOf(part);
  const before = items.slice(0, Math.max(0, k)).filter((p) => p.q.unit === part.q.unit && p.q.dimension === part.q.dimension && !changeBefore(text.slice(Math.max(0, p.start - 6), p.start)));
  const measureOfTotal = (p: Placed): string | undefined => /[总總]([\u4e00-\u9fff]{2,4})$/.exec(ctx.claims.get(p.index)?.indicator ?? '')?.[1];
  const totals = before.filter((p) => {
    const measure = measureOfTotal(p);
    return measure !== undefined && partName.endsWith(measure) && partName.length > measure.length;
  });
  const total = totals[0];
  if (totals.length !== 1 || total === undefined || !isPoint(total.q) || !isPoint(part.q) || cmp(part.q.value, total.q.value) >= 0) return undefined;
  // (One sentence, one clause group: no `；` nor bracket between the total and the share.)
  if (/[；;。（(）)]/.test(text.slice(total.end, part.start))) return undefined;
  // (Any other figure of the unit between them is another part or measure: `总票房A，进口片票房C，国产片票房B，占比p%`.)
  if (before.some((p) => p.start > total.end && p.start < part.start)) return undefined;
  return { share, part: part.q, whole: total.q, partName, wholeName: ctx.claims.get(total.index)?.indicator ?? '合计' };
}

/**
 * `户均年收入A，其中户均务工收入B，占总收入的p%`: a whole named as the total of a measure (`总收入`, `总体收入`,
 * `总支出`) that the part's own total measures. (Not a total that takes its own share of a wider whole:
 * `60岁及以上人口A，占总人口的p%，其中65岁及以上人口B，占总人口的q%`.)
 */
/**
 * True when a whole named `subject总measure` (`公路总里程`) is matched against a total whose name, territory
 * aside, is the same measure of a longer subject ending in that one (`等级公路里程`): a qualified part.
 */
function narrowerSubject(named: string, totalKey: string): boolean {
  const m = /^([\u4e00-\u9fff]{2,})[总總]([\u4e00-\u9fff]{2,})$/.exec(named);
  const subject = m?.[1];
  const measure = m?.[2];
  if (subject === undefined || measure === undefined) return false;
  // (The country's own figure names itself too: `全国公路里程`.)
  const t = withoutTerritoryPrefix(totalKey).replace(/^(?:全国|全國)/, '');
  if (!t.endsWith(measure)) return false;
  const own = t.slice(0, -measure.length);
  return own.length > subject.length && own.endsWith(subject);
}

function totalOfMeasure(wholeName: string, totalKey: string): boolean {
  const m = /^[总總](?:体|體)?([\u4e00-\u9fff]{2,4})$/.exec(wholeName);
  const measure = m?.[1] === undefined ? undefined : measureOf(m[1]);
  return measure !== undefined && measure === m?.[1] && measureOf(totalKey) === measure;
}

/**
 * True when no figure before the share in its sentence, of the total's unit and measured alike, is larger than
 * the total: `一般公共预算收入A，…税收收入B，其中…，占总收入的` may mean A, and then the part's own total is not it.
 */
function largestOfMeasure(before: Placed[], total: Quantity, ctx: ShareContext): boolean {
  const measure = measureOf(ctx.totalClaims.get(total)?.key ?? '');
  return !before.some((p) => p.q !== total && p.q.unit === total.unit && isPoint(p.q) && cmp(p.q.value, total.value) > 0 && measureOf(ctx.claims.get(p.index)?.key ?? '') === measure);
}

function namesOneSum(a: string, b: string): boolean {
  const x = a.replace(SUM_AFFIXES, '');
  const y = b.replace(SUM_AFFIXES, '');
  return x.length >= 2 && x === y && (x !== a || y !== b);
}

/** True when the sentence holding the figure at `at` names a year before it (`1978年全县工业产值为…`). */
function datedSentenceBefore(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at), text.lastIndexOf('；', at), 0);
  return /(?:19|20)\d\d\s*年/.test(text.slice(from, at));
}

/**
 * The total a ranking opened by 以 after it ranks (`农业损失计A，以甲县损失B…最多，其次是乙县C`): the last level before
 * the 以 in the same sentence, of the part's unit, with no `；` or `。` between the 以 and the part.
 */
function rankedTotal(text: string, items: readonly Placed[], part: Placed, claims: ReadonlyMap<number, Claim>): Quantity | undefined {
  const opener = rankingOpenBefore(text, part.start);
  if (opener < 0 || /[；;。]/.test(text.slice(opener, part.start))) return undefined;
  const before = items.filter((p) => p.end <= opener);
  const total = before[before.length - 1];
  if (total === undefined || claims.get(total.index)?.kind !== 'level' || !isPoint(total.q)) return undefined;
  if (total.q.unit !== part.q.unit || total.q.dimension !== part.q.dimension || /[；;。]/.test(text.slice(total.end, opener))) return undefined;
  return total.q;
}
