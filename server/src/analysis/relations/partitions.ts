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
// one of the known complete sets (一/二/三产业, 城镇/农村, 政府/社会, 新建/续建), or when the last
// part is the remainder (`其余…`, `包括A、B、其他C`).
//
// Scope of a 其中 (the cue words live in cues/breakdowns.ts):
// - `7661万元（其中：A，B）`: the parts are inside the brackets, the total is the figure before them;
// - `…；油料14.5万吨，其中：油菜籽11.1万吨；蔬菜49.9万吨`: when the total is one clause of a `；`
//   series, the next `；` returns to the series, so 蔬菜 is a sibling of 油料, not a part;
// - `收入10亿元，其中税收7亿元，其中地方税收2.5亿元；非税收入3亿元`: a part with its own 其中 (closed
//   by `；`) is summed at its own level (2.5 of 7), and its sub-parts stay out of the outer sum
//   (7 + 3 of 10).

import type { Model } from '../checks/check';
import type { Claim } from '../types';
import { type Placed, claimsByQuantity, quantitiesBySentence } from './bySentence';
import { isPoint, tolerance } from './precision';
import { abs, add, cmp, dec, mul, shift, sub, sum } from '../decimal';
import {
  nextMemberOf,
  restatesTotalAfter,
  BALANCE_ITEM,
  opensBalanceStep,
  continuesItemBefore,
  notGrainUnder,
  CLOSE_BRACKET,
  INCLUDE_WORD,
  SOURCES_REASON,
  closesWithEtc,
  namesAllSources,
  SUPPOSING_BEFORE,
  OPEN_BRACKET,
  RESPECTIVELY_WORD,
  SUBSET_WORD,
  bracketDepths,
  byMark,
  changeBefore,
  countMark,
  countNamedBy,
  explicitList,
  classifiedList,
  familyFitsTotal,
  bareMembers,
  familyNotUnder,
  familyOf,
  sameKindSet,
  opensScopeMark,
  AGE_GROUPS,
  namesAge,
  isRemainder,
  rankedByFigure,
  countLeadOnly,
  membersNamed,
  opensPoint,
  fundStatementList,
  membersNamedBy,
  membersJoinedBy,
  opensAt,
  opensBreakdown,
  partialBracket,
  opensSubset,
  namesSubset,
  comparisonBase,
  namesAThreshold,
  innerBreakdownAt,
  innerIncludesAt,
  innerIncludesSpan,
  withSubsetAliases,
  innerNamedMarks,
  halvesOf,
  payersSharingCost,
  thirdKindAfterHalves,
  perHeadComponent,
  detailOpenerEnd,
  detailInside,
  figureInMark,
  figureInMarks,
  complementPair,
  membersListedByTotal,
  ordinalListStart,
  EACH_WORD,
  itemsSharingEach,
  countNamedPlaces,
  countNamedInSentence,
  byMarkMeasure,
  midNamedMark,
  STOCK_CLAUSE,
  RANKED_CLAUSE,
  FINER_CLASS_CLAUSE,
  BOUND_CLAUSE,
  milestoneFigure,
  BALANCE_STEP_CLAUSE,
  ASPECT_CLAUSE,
  partialFamily,
  inMarkName,
  midInMark,
  inMarkNeedsName,
  useListStarts,
  otherSizeClass,
  perHeadWhole,
  withoutSubsetLead,
} from '../cues/breakdowns';
import { AVERAGE_NAMED_BEFORE, FIGURE_SHARE_THEN_BRACKET, NON_ADDITIVE_LABEL, PLAN_AFTER, bareShareAfter, namesActual, perHeadFund, stageOf, takesShareOfNamedWhole, wholeNamedAfter } from '../cues/shares';
import { grossBalance, measureOf as measureWordOf, nonAdditive } from '../cues/measures';
import { commonSuffix, frameSibling, insuranceConflict, isSibling, measureConflict, measureOf, namedInside, parallel, related, repeatsTotalMeasure, volumeConflict } from './partNames';

import type { Partition } from './partition';
import { LEVELS_REASON, levelsCover, namesFunds } from '../cues/levels';
import { ADDITIVE_DIMENSIONS } from './dimensions';
import { perModel } from './perModel';
import { memoOfText, memoStore } from '../memo';
import { DAY_DATE, FROM_THE_START, OVER_THE_SPAN, PICKS_A_DAY, PICKS_A_YEAR, YEAR_SPAN, lastRelativeYear, monthsLeadLength, otherRelativeYearAt } from '../cues/periods';
import { opensConversion } from './conversions';
import { isStretchTarget } from '../cues/stages';
import { priceBasisOf } from '../cues/calibers';
import { restatesChangeOnly } from '../cues/bases';
import { finishedInNextSentence } from './familyFinish';
import { BRACKETED_FIGURE_END, familyListRegion } from './familyLists';
import { mayExceedItsTotal, crossCutting, holdsClass, opensOwnTotal } from '../cues/cuts';
import { placeItems, rankingPeers } from '../cues/subjects';
import { boundsItemName, continuesItem, newStatementAt, opensExistential, opensHandledStage, restatesPlan, secondNamedListAt, selectsParts, spanEnd } from '../cues/lists';
import { directionAtEnd, formerValue, startsAChange } from '../cues/changes';
export type { Partition };


const MAX_PARTS = 64;

/** A figure that nets two others (a surplus, a balance): what a 其中 after it breaks down is not it. */
const NET_FIGURE = /[顺逆][差]|差[额額]|[结結][余餘]|[净淨]|相抵/;

/** `，收入合计`, `，支出总计`: a total of something wider closes a parts region. */
// (`…体育彩票销量B，共为国家筹集彩票公益金C`: a clause opening with 共 sums something up too.)
const SUM_AFTER = /[，,；;](?:(?:收入|支出)?(?:合计|总计)|共(?:为|计|向))/;

/** Claims by the index of their figure (Analysis.quantities): the one lookup every step makes. */
type ClaimIndex = ReadonlyMap<number, Claim>;

/** `的养殖总面积中，`: what an amount is, named after it, closing a `…中，` mark (cues/breakdowns.ts figureInMark). */
/** `录得3310亿元的投资收入，`: an amount whose name follows it after 的 and closes the clause (an income, an investment). */
const NAMED_AFTER_FIGURE = /^的[\u4e00-\u9fff]{0,6}(?:收入|收益|总额|總額|投资|投資|产值|產值|利润|利潤|支出)[，,；;]/;
const NAMED_AFTER_IN_MARK = /^的[^，,；;。：:、0-9０-９]{1,12}?(?:当|當)?中[，,：:]/;

function eligible(p: Placed, text: string, claim: Claim | undefined, asTotal = false): boolean {
  // (A total may be approximate, `约2.15亿元`: its parts are then held to it within a unit of its last digit.)
  // (An approximate part, `约485亿元`, is kept here and held only to an approximate total: computePartitions.)
  if (!ADDITIVE_DIMENSIONS.has(p.q.dimension) || !(isPoint(p.q) || (p.q.qualifier === 'approx' && p.q.hi === undefined))) return false;
  // `常住總?87.8萬人`: a figure glued to a character the page lost may have lost a digit too.
  if (/[?？\uFFFD]/.test(text[p.start - 1] ?? '')) return false;
  // `为年初预算18.2亿元的102.3%`, `完成预算(587.9亿元)的107.1%`: a figure followed by 的 is the base
  // of a comparison.
  // (Not the total of a mark that names it after 的: `在全省1163万亩的养殖总面积中，`.)
  // (Nor an amount named after it, closing its clause: `外汇基金录得3310亿元的投资收入，其主要组成部分包括…`.)
  // (Nor an amount a subject ranks by: `以101.47亿元的销售成绩排名第二，其中…`.)
  if (/^[）)]?的/.test(text.slice(p.end, p.end + 2)) && !(asTotal && (NAMED_AFTER_IN_MARK.test(text.slice(p.end, p.end + 18)) || NAMED_AFTER_FIGURE.test(text.slice(p.end, p.end + 14)) || rankedByFigure(text.slice(Math.max(0, p.start - 2), p.start), text.slice(p.end, p.end + 14))))) return false;
  // `完成新区下达147.4亿元收入预算目标的103.4%`: the plan of a completion rate, with its words after it.
  if (PLAN_AFTER.test(text.slice(p.end, p.end + 16))) return false;
  // `178.5公里/百平方公里`: a density, whatever unit the scanner stopped at.
  if (text[p.end] === '/' || text[p.end] === '／') return false;
  if (claim && claim.kind !== 'level' && claim.kind !== 'count') return false;
  // `利润总额825.4亿元，其中，主营活动利润866.4亿元`: a profit that may exceed the total profit is no part of it.
  if (!asTotal && mayExceedItsTotal(text.slice(Math.max(0, p.start - 12), p.start))) return false;
  // `在全省11个地市中保持第一`: the peers of a ranking.
  if (p.q.dimension === 'count' && rankingPeers(text.slice(Math.max(0, p.start - 10), p.start), text.slice(p.end, p.end + 40))) return false;
  // `高于序时进度16.6个百分点` (or 個百分點 before the scanner knows it): points never add up.
  if (/^[^0-9０-９，,；;。]{0,10}?百分[点點]/.test(text.slice(p.end, p.end + 12))) return false;
  // `由2050000万元调整为1993224万元，其中…`: the former value is no total of the parts.
  if (formerValue(text.slice(Math.max(0, p.start - 4), p.start), text.slice(p.end, p.end + 6))) return false;
  // `从300元到950元分为3个档次`: the ends of a span of values add up to nothing.
  if (spanEnd(text.slice(Math.max(0, p.start - 12), p.start), text.slice(p.end, p.end + 8))) return false;
  // `较2013年同季的163.2亿元减少13.9%`: the earlier level a change is measured from is no amount of this period.
  if (comparisonBase(text.slice(Math.max(0, p.start - 20), p.start))) return false;
  return !changeBefore(text.slice(Math.max(0, p.start - 6), p.start));
}

/**
 * `地区生产总值达到129.66亿元，这是继2021年突破100亿元之后…，三次产业分别完成A、B、C`: one slot of a
 * known family whose last candidate total is not named as the family's total, while an earlier one
 * is: that one. Undefined when the last one fits, or none does.
 */
function familyTotal(input: RegionInput, unitTotals: Placed[], slots: Slot[]): Placed[] | undefined {
  const slot = slots[0];
  if (slots.length !== 1 || slot === undefined || unitTotals.length < 2) return undefined;
  const family = familyOf(slot.labels.map((l) => l.replace(/^[\s\u3000，,；;：:、]+/, '')));
  if (family === undefined) return undefined;
  const nameOf = (p: Placed): string => input.claims.get(p.index)?.indicator ?? localLabel(input.totalText, p);
  const last = unitTotals.at(-1);
  if (last === undefined || familyFitsTotal(family, nameOf(last))) return undefined;
  const fitting = unitTotals.filter((p) => familyFitsTotal(family, nameOf(p)));
  const best = fitting.at(-1);
  return best === undefined ? undefined : [best];
}

/**
 * `资产总额A，负债总额B。其中：行政单位资产总额C，事业单位资产总额D`: parts whose names all share a longer tail
 * (three characters or more) with exactly one earlier candidate total than with the last one break that
 * candidate down.
 */
function measureNamedTotal(input: RegionInput, unitTotals: Placed[], slots: Slot[]): Placed[] | undefined {
  const slot = slots[0];
  if (slots.length !== 1 || slot === undefined || unitTotals.length < 2 || slot.parts.length < 2) return undefined;
  const names = slot.parts.map((p) => localLabel(input.text, p).replace(/[\s\u3000]+/g, ''));
  // How long a tail a candidate's name shares with every part's.
  const shared = (p: Placed): number => {
    const label = localLabel(input.totalText, p).replace(/[\s\u3000]+/g, '');
    return Math.min(...names.map((n) => commonSuffix(label, n)));
  };
  const last = unitTotals.at(-1);
  if (last === undefined) return undefined;
  const lastShare = shared(last);
  const best = Math.max(...unitTotals.map(shared));
  if (best < 3 || best <= lastShare) return undefined;
  const fitting = unitTotals.filter((p) => shared(p) === best);
  return fitting.length === 1 ? fitting : undefined;
}

/**
 * `地区生产总值（现价）A，地区生产总值（可比价）B。其中：第一产业增加值（现价）…`: the parts add up to the
 * total on their own price basis. A chosen total on the other basis is replaced by the nearest earlier
 * total on the parts' basis; without one the slot is dropped (an undefined entry).
 */
function withPriceBasis(input: RegionInput, unitTotals: Placed[], chosen: Placed[], slots: Slot[]): (Placed | undefined)[] {
  return chosen.map((total, t) => {
    const parts = slots[t]?.parts ?? [];
    const partBasis = parts.map((p) => priceBasisOf(localLabel(input.text, p))).find((b) => b !== undefined);
    const totalBasis = priceBasisOf(localLabel(input.totalText, total));
    if (partBasis === undefined || totalBasis === undefined || partBasis === totalBasis) return total;
    const before = unitTotals.slice(0, unitTotals.indexOf(total)).reverse();
    return before.find((p) => priceBasisOf(localLabel(input.totalText, p)) === partBasis);
  });
}

/**
 * Clause breaks, tested character by character as a string's `includes` rather than a regex per
 * character (the walks back run for every figure); each test is of one UTF-16 unit.
 */
const LABEL_BREAKS = '，,；;：:。（(';
const CLAUSE_BREAKS = '，,；;：:';

/**
 * The words of a label after any figure in it (`按照每人每学期400元标准发放资金共计` → `元标准发放资金共计`): a
 * per-head standard stated before a total names that standard, not the total.
 */
function sinceLastFigure(label: string): string {
  const at = label.search(/[0-9０-９][^0-9０-９]*$/);
  return at < 0 ? label : label.slice(at + 1);
}

/** `全市`, `全县`, `本区` opening a mark's name: the place the report is about, named otherwise by its total. */
const WHOLE_PLACE_LEAD = /^(?:全|本)[市县縣区區省州盟旗镇鎮乡鄉]/;

/** The label of a figure: text from the last clause break before it to the figure. */
function localLabel(text: string, p: Placed): string {
  let i = p.start;
  while (i > 0 && !LABEL_BREAKS.includes(text[i - 1]!)) i--;
  // (`在前6个月中广东福彩销售A`: the months the clause opens with are no part of the item's name.)
  const label = text.slice(i, p.start);
  return label.slice(monthsLeadLength(label));
}

interface Region {
  from: number;
  to: number;
  subset: boolean;
  announced?: number;
  /** Offset in the sentence before which totals are looked for (-1: previous sentence). */
  totalsBefore: number;
  /**
   * A nested 其中 inside this region (`税收收入7亿元，其中地方税收2.5亿元；非税收入…`): its figures are
   * parts of the inner level only, so they are left out here and summed in a region of their own.
   */
  exclude?: [number, number];
  /** `7661万元（其中：A，B）`: the parts are inside the brackets; only the figure before them is the total. */
  bracketed?: boolean;
  /** `计划126763万元（中央新增投资46000万元，银行贷款80763万元）`: a bracket with no 其中 or 含 word in it. */
  plainBracket?: boolean;
  /** `包括A、B、其他C`: the list is complete when its last item is the remainder. */
  inclusive?: boolean;
  /** `资金来源为A、B`: the sources named in full make up the amount (cues/breakdowns namesAllSources). */
  sources?: true;
  /** `养殖面积260万亩：A；B；C`: a list opened by a colon right after the total's figure (no 其中 word). */
  colonList?: true;
  /** Opened by a `按…分` / `分…看` mark: the mark says the total is cut by its members' kind. */
  byMark?: boolean;
  /**
   * A `分别` list: its total stands in its own `；` clause (`…投资43.7亿元；城乡居民收入分别达到…` breaks
   * down nothing of the investment).
   */
  sameClause?: boolean;
  /** A 其中 inside a part of an outer 其中 list (`…，其中：税收…，非税…，上级补助…`). */
  nested?: boolean;
  /** `…8.7亿元，用于A…，B…`: the uses of an amount, allocated once each (they never overlap). */
  allocation?: boolean;
  /** `…，总人口中，…`: the name of the total the mark names (a figure so labelled is the total). */
  named?: string;
  /** With `named`: only a figure labelled so is the total (none when no figure is). */
  namedOnly?: true;
  /** Items counted off with 一是, 二是 …: read only when the first is named like the total. */
  ordinal?: true;
  /** A 分别 list opening its sentence after this many names: the sentence before must count as many. */
  countedBefore?: number;
  /** How the writer opened a list that is no 其中 (`一是、二是…`, `A中`), shown in the finding. */
  listName?: string;
  /**
   * `常住人口A，城镇人口B，乡村人口C`: members of a known family after a total with no breakdown word
   * (familyLists.ts): read only as the complete family of a total named to fit it.
   */
  familyOnly?: boolean;
}

function indexOfFrom(text: string, re: RegExp, from: number): number {
  for (let i = from; i < text.length; i++) if (re.test(text[i]!)) return i;
  return -1;
}

/** The parts regions of a sentence: at most one per level of 其中 nesting. */
/** The regions of a sentence depend on its text alone: read once per sentence text (analysis/memo.ts). */
// (Read with Hong Kong's and Macao's 當中 as 其中: cues/breakdowns.ts withSubsetAliases, offsets unchanged.)
const regionsMemo = memoOfText((text: string) => regionsOf(withSubsetAliases(text)));

function regionsOf(text: string): Region[] {
  // `人口41173人，其中城镇常住人口2317人，…，总人口中，男性…；女性…`: the mark ends the regions before it
  // and opens one of its own, whose total stands before the sentence's 其中 (the 其中 part is another cut).
  const mid = midInMark(text);
  if (mid) {
    const head = text.slice(0, mid.index);
    const qiHead = head.indexOf(SUBSET_WORD);
    const next = midInMark(text.slice(mid.end));
    const to = next ? mid.end + next.index : text.length;
    return [...regionsMemo(head), { from: mid.end, to, subset: true, totalsBefore: qiHead >= 0 ? qiHead : mid.index, named: mid.name }];
  }
  const qi = text.indexOf(SUBSET_WORD);
  const by = byMark(text);
  // `按消费类型分，批发零售业零售额A，其中批发业…；零售业…`: the 其中 breaks down the figure the by-mark
  // sentence opens with; which of its clauses belong to the cut before is not written.
  // Only when that figure is the sentence's one amount before the 其中 (`分产业看，第一产业A；第二产业B，其中
  // 工业C；第三产业D` lists the cut itself).
  if (by && qi > by.index && opensAt(text, by.index) && (text.slice(by.end, qi).match(AMOUNT) ?? []).length === 1) return subsetRegions(text, qi);
  // `全县常住人口中，流动人口A，省内流动人口B，跨省流入人口C`: the mark sets the scope; the family after the
  // first figure breaks that figure down (the mark's own total is the sentence before, if any).
  if (by && qi < 0 && opensAt(text, by.index) && opensScopeMark(text)) {
    const rest = text.slice(by.end);
    const family = familyListRegion(rest);
    // Only a family that starts right after the first clause: its figure is the total (`非农业人口A，农业人口B；
    // 男性C，女性D` lists two cuts of the mark's total, not a breakdown of B).
    const firstClause = rest.search(/[0-9０-９][^，,；;]*[，,；;]/);
    const firstEnd = firstClause < 0 ? -1 : indexOfFrom(rest, /[，,；;]/, firstClause);
    if (family && !family.opensSentence && firstEnd >= 0 && family.from > firstEnd && rest.slice(firstEnd + 1, family.from).trim() === '') {
      const from = by.end + family.from;
      return [{ from, to: by.end + family.to, subset: false, totalsBefore: from, sameClause: family.acrossClauses !== true, familyOnly: true }];
    }
  }
  // `在出生的215人中，男婴…，女婴…`: a mark that holds the amount itself breaks down that amount.
  const figureInBy = by ? figureInMark(text.slice(0, by.end)) : undefined;
  if (by && figureInBy && figureInBy[1] === by.end && (qi < 0 || qi >= by.index)) {
    return [{ from: by.end, to: text.length, subset: true, totalsBefore: figureInBy[0], listName: '…中' }];
  }
  if (by && (qi < 0 || qi >= by.index)) {
    // `一般公共预算支出中，“三保”支出共计A（保工资…，保运转…，保基本民生…）`: a bracket after a total that counts
    // its items lists them; the mark only says what the total lies in.
    const counted = qi < 0 ? bracketAfterFigure(text) : undefined;
    if (counted?.announced !== undefined) return [counted];
    // Complete only when the parts are a known set (城镇/乡村, 商品零售/餐饮); else a subset.
    const byRegion: Region = { from: by.end, to: text.length, subset: true, totalsBefore: opensAt(text, by.index) ? -1 : by.index, byMark: true };
    // `按树种分：杨树A；柽柳B；混交林C，其中，杨榆混交…，杨松混交…`: a 其中 inside one `；` clause of the cut breaks down that
    // clause's figure, read besides the cut.
    const semiBefore = qi > by.index ? Math.max(text.lastIndexOf('；', qi), text.lastIndexOf(';', qi)) : -1;
    if (semiBefore > by.end) return [byRegion, ...subsetRegions(text, qi).filter((r) => r.totalsBefore > semiBefore)];
    return [byRegion];
  }
  const cm = countMark(text);
  if (cm && (qi < 0 || cm.index < qi)) {
    const totalsBefore = /^[^，,；;]*$/.test(text.slice(0, cm.index)) ? -1 : cm.index;
    return [{ from: cm.end, to: text.length, subset: false, announced: cm.count, totalsBefore }];
  }
  // `…决算总额2771万元。分项情况是：A120万元；B1033万元；C1618万元，其中：C1…；C2…`: details of the total
  // before, the last of which has its own 其中 to the end of the sentence.
  const detailFirst = detailOpenerEnd(text);
  if (detailFirst >= 0 && qi > detailFirst && /[；;]/.test(text.slice(detailFirst, qi))) {
    return [{ from: detailFirst, to: qi, subset: true, totalsBefore: -1 }, ...subsetRegions(text, qi)];
  }
  // `发行债券3642亿元。其中，一般债券A，专项债券B；按用途划分，新增债券C，再融资债券D`: a by-mark opening a later
  // `；` clause cuts the same total another way. The 其中 list ends at that `；`; the mark's list is read apart.
  const semi = by && qi >= 0 && by.index > qi ? Math.max(text.lastIndexOf('；', by.index), text.lastIndexOf(';', by.index)) : -1;
  if (by && semi > qi && /^[\s\u3000]*$/.test(text.slice(semi + 1, by.index))) {
    const byRegion: Region = { from: by.end, to: text.length, subset: true, totalsBefore: qi, byMark: true };
    return [...subsetRegions(text.slice(0, semi), qi), byRegion, ...bracketsInside(text, byRegion)];
  }
  // `其中，境外机构托管余额A，分券种看，持有国债B，占比p%，持有政策性金融债C…`: a by-mark opening a `，` clause after the
  // 其中 part's one amount breaks that amount down; the 其中 region ends at the mark.
  if (by && qi >= 0 && by.index > qi && /[，,][\s\u3000]*$/.test(text.slice(Math.max(qi, by.index - 3), by.index)) && (text.slice(qi, by.index).match(AMOUNT) ?? []).length === 1) {
    const byRegion: Region = { from: by.end, to: text.length, subset: true, totalsBefore: by.index, byMark: true };
    return [...subsetRegions(text.slice(0, by.index), qi), byRegion];
  }
  if (qi >= 0) {
    // `现有职工689人（正式职工607人，招聘人员82人），其中：…`: a bracketed breakdown right after a figure,
    // before the sentence's 其中, is read as well.
    const early = bracketAfterFigure(text.slice(0, qi)) ?? colonAfterFigure(text.slice(0, qi));
    const figureIn = figureInBeforeSubset(text, qi);
    const regions = splitNamedLists(text, qi, subsetRegions(text, qi));
    // `…生产总值A，…，三次产业分别完成a、b、c；…，其中工业增加值…`: a 分别 list closed by `；` before the
    // sentence's 其中 is read as well.
    const respectively = respectivelyBefore(text, qi);
    // `岁出编列A，于经常门编列B、资本门编列C，分别占岁出总额x%、y%；其中，…`: the members of a known family in the
    // `；` clause before the 其中 break down the total before them, and are read besides it.
    const familyBefore = familyBeforeSubset(text, qi);
    return [
      ...(early ? [early] : []),
      ...(figureIn ? [figureIn] : []),
      ...(respectively ? [respectively] : []),
      ...(familyBefore ? [familyBefore] : []),
      ...regions,
      ...regions.flatMap((r) => (r.bracketed ? [] : bracketsInside(text, r))),
    ];
  }
  // `调增支出预算67245万元。具体为：A调增…、B调增…`: the details of the total just before.
  const detail = detailOpenerEnd(text);
  if (detail >= 0) return [{ from: detail, to: text.length, subset: true, totalsBefore: -1 }];
  // `返还性收入7367万元，系基数性补助，分项情况是：A…；B…`: the details of the total before the words.
  const inside = detailInside(text);
  if (inside) return [{ from: inside[1], to: text.length, subset: true, totalsBefore: inside[0] }];
  // `新增债券754.5亿元中，省级…，转贷市县…`: the amount before `中，` is the total of the list after it.
  const figureIn = figureInMark(text);
  if (figureIn) return figureInRegions(text);
  // `…经费A。一是安排B…；二是安排C…`: the items counted off after an amount, when named like it.
  const ordinal = /[0-9０-９]/.test(text) ? ordinalListStart(text) : undefined;
  if (ordinal !== undefined) return [{ from: ordinal, to: text.length, subset: true, totalsBefore: opensAt(text, ordinal) ? -1 : ordinal, ordinal: true, listName: '一是、二是…' }];
  // `项目支出A，…，在项目支出当中，B，C`: the parts of the figure the mark names, and of no other.
  const midNamed = /[0-9０-９]/.test(text) ? midNamedMark(text) : undefined;
  if (midNamed) return [{ from: midNamed.end, to: text.length, subset: true, totalsBefore: midNamed.index, named: midNamed.name, namedOnly: true }];
  // `新增专项债券8.7亿元，用于市政建设6.1亿元，交通1.2亿元`: the uses of the amount, to the clause's end.
  const uses = useListStarts(text);
  if (uses.length > 0) {
    return uses.map((from) => {
      const end = indexOfFrom(text, /[；;]/, from);
      return { from, to: end < 0 ? text.length : end, subset: true, totalsBefore: from, sameClause: true, allocation: true };
    });
  }
  const inc = includeWordAt(text);
  // `农民自筹（包括投工投劳折资）23.79万元`: a bracketed 包括 says what one item covers; it lists no parts.
  // (A sentence may open with 包括 and list the parts of the total before it, `…共审批项目15个，总投资2188亿元。包括交通
  // 项目8个，总投资1877亿元，…`; not `包括A在内的…`, which names a set, not its parts.)
  const firstBreak = inc !== null && inc.index === 0 ? indexOfFrom(text, /[，,；;。]/, 0) : -1;
  const opening = inc !== null && inc.index === 0 && !/在内|在內/.test(text.slice(0, firstBreak < 0 ? text.length : firstBreak));
  if (inc && (inc.index > 0 || opening) && !OPEN_BRACKET.test(text[inc.index - 1] ?? '') && !SUPPOSING_BEFORE.test(text.slice(Math.max(0, inc.index - 4), inc.index))) {
    // `省补助收入443104万元，…。省补助收入包括：返还性收入…`: with no figure before 包括 in its sentence,
    // the list breaks down the total of the sentence before (named like it: partitionOf).
    const figureBefore = /[0-9０-９]/.test(text.slice(0, inc.index));
    // `内政部主管编列A，包括办理…计划等；国防部主管编列B，包括…`: a 包括 that says in words what an amount covers, to
    // its `；`, lists no parts: the figures after it are the next items' own.
    const incFrom = inc.index + inc[0].length;
    const semi = indexOfFrom(text, /[；;]/, incFrom);
    if (semi > 0 && !/[0-9０-９]/.test(text.slice(incFrom, semi))) return [];
    return [{ from: inc.index + inc[0].length, to: text.length, subset: true, totalsBefore: figureBefore ? inc.index : -1, inclusive: true, ...(namesAllSources(inc[0]) ? { sources: true as const } : {}) }];
  }
  const fb = text.indexOf(RESPECTIVELY_WORD);
  if (fb >= 0) {
    let from = fb;
    // (`(581,549人次)`: a comma between digit groups is no clause break.)
    while (from > 0 && (!CLAUSE_BREAKS.includes(text[from - 1]!) || digitGroupComma(text, from - 1))) from--;
    // `固定资产投资完成499.15亿元。三次产业分别完成投资22.38亿元、269.37亿元、207.40亿元`: the three
    // sectors named before 分别 at the head of a sentence detail the total of the sentence before.
    if (from === 0) {
      if (namesTheSectors(text.slice(0, fb))) return [{ from: 0, to: text.length, subset: false, totalsBefore: -1 }];
      // `留宿旅客(A人次)及不過夜旅客(B人次)分別增加…`: the members of a known family with their figures in brackets,
      // opening the sentence, break down the total of the sentence before.
      if (BRACKETED_FIGURE_END.test(text.slice(Math.max(0, fb - 24), fb).replace(/[\s\u3000]*(?:同比|按年|环比|環比)$/, ''))) {
        const family = familyListRegion(text.slice(0, fb));
        if (family?.opensSentence === true) return [{ from: family.from, to: fb, subset: false, totalsBefore: -1, familyOnly: true }];
      }
      // `进出口总额T。出口、进口分别为A和B`: the members of a known family named before 分别 at the head of a sentence
      // break down the total of the sentence before (computePartitions asks that sentence to state one figure of their unit).
      const named = text.slice(0, fb).split(/[及和与與、]/);
      if (named.length >= 2 && !/[0-9０-９]/.test(text.slice(0, fb)) && namesWholeFamily(named)) return [{ from: 0, to: text.length, subset: false, totalsBefore: -1, familyOnly: true }];
      // `甲村、乙村、丙村分别获得资金A、B、C`: names listed before 分别 at the head of a sentence share out the
      // amount of the sentence before, when that sentence counts as many (computePartitions checks).
      const names = text.slice(0, fb).split('、');
      return names.length >= 2 && names.every((n) => n.trim() !== '' && !/[0-9０-９]/.test(n)) ? [{ from: 0, to: text.length, subset: false, totalsBefore: -1, countedBefore: names.length }] : [];
    }
    // `…六省市资金A，…，分别到位a…f`: a total that counts its members announces the list's length.
    const counted = countNamedPlaces(text.slice(0, from));
    // (`销售额T；现房及期房销售额分别为A和B`: the members of a known family before 分别 name every
    // member, so the list breaks down the total of the clause before the `；` too.)
    const members = text.slice(from, fb).replace(/^[\s\u3000，,；;]+/, '').split(/[及和与與、]/);
    // (Members with their own figures in brackets, `再出口（A）及本地产品出口（B）分别增加x%和y%`, are a family list of their
    // own, read below; unless 分别 gives their levels in another measure, `现货住宅(N1个)及住宅楼花(N2个)成交金额分别为A及B`.)
    const bracketedMembers = /[0-9０-９]/.test(text.slice(from, fb));
    const levelsAfter = /^分[别別](?:[为為]|是|[达達]到?|完成|实现|實現)/.test(text.slice(fb));
    const wholeFamily = members.length >= 2 && (!bracketedMembers || levelsAfter) && namesWholeFamily(bracketedMembers ? members.map((m) => m.replace(/[（(][^（()）]*[）)]/g, '')) : members);
    const respectively: Region = { from, to: text.length, subset: false, totalsBefore: from, sameClause: !wholeFamily, ...(counted !== undefined ? { announced: counted } : {}) };
    // `总出口货值为T；再出口（A）及本地产品出口（B）分别增加x%和y%`: members with their figures in brackets, then
    // their growths: the family list is read besides the 分别 list.
    const family = familyListRegion(text);
    // (Also members listed before the 分别 clause: `于经常门编列A、资本门编列B，分别占岁出总额x%、y%`.)
    // (`留宿旅客(A人次)及不過夜旅客(B人次)分別增加…`: a member's own figure in brackets right before 分别 ends the
    // family there, though the 及 before that member opened the clause 分别 was traced back to.)
    // (An adverb may stand between: `及員工支出(6.5億元)亦分別上升…`.)
    const bracketedBefore = BRACKETED_FIGURE_END.test(text.slice(Math.max(0, fb - 24), fb).replace(/(?:亦|也|则|則|均|都)$/, ''));
    if (family && !family.opensSentence && family.from <= from && family.from < fb && (family.from < from || bracketedBefore)) {
      return [{ from: family.from, to: bracketedBefore ? fb : family.from < from ? Math.min(family.to, from) : fb, subset: false, totalsBefore: family.from, sameClause: family.acrossClauses !== true, familyOnly: true }, respectively];
    }
    // `进出口总额T。出口A，进口B，分别增长x%和y%`: members of a known family opening the sentence, each with its figure,
    // then a 分别 clause of their changes: the members break down the total of the sentence before, as they would
    // without the 分别 clause (computePartitions asks that sentence to state one figure of their unit).
    if (family?.opensSentence === true && family.from < from && /[0-9０-９]/.test(text.slice(family.from, from))) {
      return [{ from: family.from, to: Math.min(family.to, from), subset: false, totalsBefore: -1, familyOnly: true }, respectively];
    }
    return [respectively];
  }
  // `一般公共预算收入81250万元（税收收入50210万元、非税收入30140万元）`: a breakdown in brackets
  // right after the total's figure, without 其中. Complete only when the parts are a known family.
  const colon = colonAfterFigure(text);
  if (colon) return [colon];
  const bracket = bracketAfterFigure(text);
  if (!bracket) {
    const family = familyListRegion(text);
    if (!family) return [];
    const { from, to } = family;
    const out: Region[] = [family.opensSentence ? { from, to, subset: false, totalsBefore: -1, familyOnly: true } : { from, to, subset: false, totalsBefore: from, sameClause: family.acrossClauses !== true, familyOnly: true }];
    // `农村人口A，男B，女C，农村劳动力D，男E，女F`: each later total with its own family, read in turn.
    for (let at = to; out.length < MAX_FAMILY_RUNS; ) {
      const next = familyListRegion(text.slice(at));
      if (!next || next.opensSentence || next.acrossClauses) break;
      out.push({ from: at + next.from, to: at + next.to, subset: false, totalsBefore: at + next.from, sameClause: true, familyOnly: true });
      at += next.to;
    }
    return out;
  }
  // `收入A（…），上级补助收入B（b1，b2，b3），调入资金C（c1，c2），收入合计T`: every later item
  // with a bracketed list of its own is broken down by it too.
  const later = bracketsInside(text, { ...bracket, from: bracket.to + 1, to: text.length }).filter((r) => /[，,、；;]/.test(text.slice(r.from, r.to)));
  return [bracket, ...later];
}

/**
 * The include word (`包括`, `资金来源`) that opens a list. (`总投资及资金筹措：398万元，资金来源：中央投资A，地方配套B`: a word
 * right before a figure labels that figure, the total; the list opens at the next such word.)
 */
function includeWordAt(text: string): { index: number; 0: string } | null {
  const first = INCLUDE_WORD.exec(text);
  if (first === null || !/^[\s\u3000]*[0-9０-９]/.test(text.slice(first.index + first[0].length))) return first;
  const from = first.index + first[0].length;
  const next = INCLUDE_WORD.exec(text.slice(from));
  return next === null ? null : { index: from + next.index, 0: next[0] };
}

/** A known family's members in the `；` clause that closes before the 其中 at `qi`, after their total there. */
function familyBeforeSubset(text: string, qi: number): Region | undefined {
  const semi = Math.max(text.lastIndexOf('；', qi), text.lastIndexOf(';', qi));
  if (semi <= 0 || /[；;]/.test(text.slice(0, semi))) return undefined;
  const family = familyListRegion(text.slice(0, semi));
  if (!family || family.opensSentence || family.acrossClauses === true) return undefined;
  // (A 分别 clause after the members, `，分别占岁出总额x%、y%`, gives their shares: the members end before it.)
  const fb = text.indexOf(RESPECTIVELY_WORD, family.from);
  const to = fb > family.from && fb < family.to ? fb : family.to;
  return { from: family.from, to, subset: false, totalsBefore: family.from, sameClause: true, familyOnly: true };
}

/**
 * True when the names listed before a 分别 make up a known family, the measure said once after the last of them
 * (`现货住宅及住宅楼花成交金额`: 现货住宅成交金额, 住宅楼花成交金额).
 */
function namesWholeFamily(members: readonly string[]): boolean {
  if (familyOf([...members]) !== undefined) return true;
  const last = members[members.length - 1] ?? '';
  for (let k = 1; k < last.length; k++) {
    const tail = last.slice(k);
    if (familyOf([...members.slice(0, -1).map((m) => m + tail), last]) !== undefined) return true;
  }
  return false;
}

/** A 分别 list inside a clause that a `；` closes before `qi`, as a region of its own clause. */
function respectivelyBefore(text: string, qi: number): Region | undefined {
  const fb = text.indexOf(RESPECTIVELY_WORD);
  if (fb < 0 || fb > qi) return undefined;
  const close = indexOfFrom(text, /[；;]/, fb);
  if (close < 0 || close > qi) return undefined;
  let from = fb;
  while (from > 0 && !CLAUSE_BREAKS.includes(text[from - 1]!)) from--;
  if (from === 0) return undefined;
  return { from, to: close, subset: false, totalsBefore: from, sameClause: true };
}

/** The first bracket right after a figure's unit that closes within `text`, as a region. */
function bracketAfterFigure(text: string): Region | undefined {
  const plainBracket = FIGURE_THEN_BRACKET.exec(text);
  // (`672.6万吨，占全国的13.71%（海水…，淡水…）`: the figure's share of a wider whole may stand between them;
  // the bracket must then list at least two items, not restate the wider whole.)
  const shareBracket = FIGURE_SHARE_THEN_BRACKET.exec(text);
  const viaShare = shareBracket !== null && (plainBracket === null || shareBracket.index < plainBracket.index);
  const bracket = viaShare ? shareBracket : plainBracket;
  if (!bracket) return undefined;
  const open = bracket.index + bracket[0].length - 1;
  const close = indexOfFrom(text, CLOSE_BRACKET, open + 1);
  if (viaShare && !/[，,、；;]/.test(text.slice(open + 1, close))) return undefined;
  const totalsBefore = viaShare ? bracket.index + 1 : open;
  // `财政总收入省口径62.92亿元（市口径83.77亿元）`: the same total on another scope, no breakdown.
  // (`900户（全村1400户农户）`: the larger whole the figure is drawn from, no breakdown either.)
  // (`2917億元（港幣，下同）`: a note with no figure in it lists no parts; a family after it may still break the figure down.)
  if (close > open + 1 && /[0-9０-９]/.test(text.slice(open + 1, close)) && !ANOTHER_SCOPE.test(text.slice(open + 1, close)) && !LARGER_WHOLE.test(text.slice(open + 1, close)) && !RESTATED.test(text.slice(open + 1, close)) && !ANOTHER_TIME.test(text.slice(open + 1, close))) {
    const plain = !partialBracket(text.slice(open + 1, close));
    // `“三保”支出共计220571万元（保工资支出…，保运转支出…，保基本民生支出…）`: a plain bracket after a total whose name
    // counts its items lists that many.
    const count = plain ? countNamedBy(text.slice(clauseStartBefore(text, bracket.index), open)) : undefined;
    return { from: open + 1, to: close, subset: true, totalsBefore, bracketed: true, ...(plain ? { plainBracket: true } : {}), ...(count !== undefined ? { announced: count } : {}) };
  }
  return undefined;
}

/**
 * `其中：税收收入1249万元（增值税561万元、房产税243万元…），非税收入181万元（…）`: each part of a plain
 * 其中 list that is followed by a bracketed list breaks down that part; each bracket is a region.
 */
function bracketsInside(text: string, region: Region): Region[] {
  const out: Region[] = [];
  let at = region.from;
  while (out.length < MAX_PARTS) {
    const inner = bracketAfterFigure(text.slice(0, region.to).slice(at));
    if (!inner) break;
    out.push({ ...inner, from: inner.from + at, to: inner.to + at, totalsBefore: inner.totalsBefore + at });
    at += inner.to + 1;
  }
  return out;
}

/** The measure every sector part names other than value added (`第一产业投资` → `投资`), if one. */
function sectorsMeasuredBy(keys: (string | undefined)[]): string | undefined {
  const measures = keys.map((k) => /^第[一二三]产业(.+)$/.exec(k ?? '')?.[1]);
  const first = measures[0];
  return first !== undefined && first !== '增加值' && measures.every((m) => m === first) ? first : undefined;
}

/** `三次产业`, `一、二、三产业`, `一二三产业` as the subject of a 分别 list. */
function namesTheSectors(words: string): boolean {
  return /^[\s\u3000]*(?:全[县区市])?(?:三次[产產][业業]|三[个個大][产產][业業]|第?一[、，,]?二[、，,]?三[产產][业業]?|第一、二、三[产產][业業])/.test(words);
}

/** A minus sign or 负 right before a figure. */
const NEGATIVE_BEFORE = /[负負\-−－]$/;

/**
 * `完成一般公共预算支出143.17亿元：省市专项支出21.43亿元；区级支出121.74亿元`: a colon right after a
 * figure's unit opens the list of its parts (a subset, like 其中：). The region starts at the colon,
 * so that the list reads as explicit.
 */
function colonAfterFigure(text: string): Region | undefined {
  const m = FIGURE_THEN_COLON.exec(text);
  if (!m) return undefined;
  const colon = m.index + m[0].length - 1;
  return { from: colon, to: text.length, subset: true, totalsBefore: colon, colonList: true };
}

/**
 * `海淡水养殖规模计划260万亩：河蟹养殖面积160万亩；淡水养殖面积35万亩；海水养殖面积12万亩；滩涂管养面积53万亩`: a colon
 * right after the total's figure, with no 其中 or 主要 in the list, opens the breakdown of that total: every `；`
 * item is a part, so they make it up.
 */
function colonEnumeration(region: Region, slot: Slot, segmentCount: number, total: Placed, text: string): string | undefined {
  if (region.colonList !== true || slot.parts.length < 2 || segmentCount !== slot.parts.length) return undefined;
  const list = text.slice(region.from, slot.parts[slot.parts.length - 1]?.end ?? region.from);
  if (selectsParts(list)) return undefined;
  // The colon right after the total's own figure, every part of its unit.
  if (region.totalsBefore - total.end > 2 || slot.parts.some((p) => p.q.unit !== total.q.unit)) return undefined;
  return COLON_REASON;
}

/** The reason a colon list is whole, as the finding states it. */
const COLON_REASON = '冒号后分项列举';

/** A unit word followed by a colon and words (not a ratio such as `1:2`, nor a time). */
// (`一般公共预算收入499.14亿元中：税收收入…`: 中 between the unit and the colon.)
const FIGURE_THEN_COLON = /[0-9０-９][万亿億萬]?[元人吨亩个户家项]中?[：:](?=[\s\u3000]*[^\s\u30000-9０-９])/;

/** A bracket that states the figure on another scope (`市口径`, `同口径`, `按可比价`), not its parts. */
const ANOTHER_SCOPE = /口径|可比价|现价/;
/** A bracket that restates the figure in another currency or unit (`美金2,969万元（折合新台币8亿9,073万元）`), not its parts. */
// (`港币7500元（约新台币28500元）`: about so much in another currency.)
const RESTATED = /^[\s\u3000]*(?:折合|约合|約合|折|合|相当于|相當於|换算|換算|(?:约|約|即)?(?:新台[币幣]|台[币幣]|人民[币幣]|港[币幣元]|澳[门門]元|美元|美金|欧元|歐元|日元|日[圆圓]))/;
/** A bracket that opens on the whole a figure is drawn from (`（全村1400户）`, `（总户数…）`). */
const LARGER_WHOLE = /^[\s\u3000]*(?:全(?:村|社区|镇|乡|县|区|市|州|盟|旗|省|国|场)|总数|总户数|总人口)/;
/**
 * A bracket that opens on another time, the figure's comparative (`港币3,398百万元（截至二零二一年九月三十日止六个月：港币
 * 4,172百万元）`, `（上年同期：…）`, `（2021年：…）`) or a thing of that time (`135元（当时股王是…592元）`), not its parts.
 * (A list by year, `（2022年200万元，2023年300万元）`, names each year's part: no colon after its year.)
 */
// (`（上年第四季度A，当年B）` splits the amount by when it came in: a time without a colon names a part.)
const ANOTHER_TIME = /^[\s\u3000]*(?:截至|截止|当时|當時|(?:上年|去年|上期)(?:同期)?[：:]|同期[：:]|(?:19|20)\d\d年(?:同期|度)?[：:]|[一二][〇零九][〇零一二三四五六七八九]{2}年[^，,；;）)]{0,16}?[：:])/;

/** An amount with its unit (`505.0亿元`, `1,230万元`, `52人`), to count the amounts of a clause. */
/**
 * Where the clause of the figure right before a second 其中 starts, when the second list's first item
 * names that figure (`副主任163名，其中女副主任…`: 女副主任 ⊃ 副主任); undefined otherwise.
 */
function ownerNamedByInner(text: string, from: number, next: number): number | undefined {
  const last = FIGURE_BEFORE_MARK.exec(text.slice(from, next));
  const ownStart = last === null ? -1 : from + last.index;
  if (ownStart <= from) return undefined;
  const clauseStart = Math.max(...['，', ',', '；', ';'].map((c) => text.lastIndexOf(c, ownStart)));
  if (clauseStart <= from) return undefined;
  const ownName = text.slice(clauseStart + 1, ownStart).replace(/^[\s\u3000]+|(?:[为為共]|[达達]到?)$/g, '');
  const innerName = /^[\s\u3000，,：:]*([^0-9０-９，,；;。]{2,12})/.exec(text.slice(next + SUBSET_WORD.length))?.[1] ?? '';
  return ownName.length >= 2 && innerName.length > ownName.length && innerName.includes(ownName) ? clauseStart : undefined;
}

/** The figure that ends a stretch of text right before a `，其中` (`副主任163名，`). */
const FIGURE_BEFORE_MARK = /[0-9０-９][0-9０-９.]*[\s\u3000]*(?:万|萬|亿|億)?[\u4e00-\u9fff]{1,2}[，,\s\u3000]*$/;
const AMOUNT = /[0-9０-９][0-9０-９.,，]*[\s\u3000]*(?:万亿|萬億|[万亿億萬])?[元人吨亩户个家项]/g;

/** A unit word followed by an opening bracket: a figure with a bracketed aside or breakdown. */
// (`出入境人员1246019人次（入境…，出境…）`: counts in 次, 辆, 台 … open a bracketed breakdown too.)
// (`總經費4,500萬元整（中央補助款…、縣配合款…）`: Taiwan's forms write 整, exactly, after an amount.)
const FIGURE_THEN_BRACKET = /(?:[元人吨亩个户家项次辆台件套艘架株头只顷册场处条名位份]|元整)[（(]/;

/** Family lists read in one sentence without a breakdown word (a bound on hostile input). */
const MAX_FAMILY_RUNS = 4;

/** A figure of counted units closing the words before a 其中 (`企业69家`, `项目12个`). */
const COUNTED_UNIT_END = /[0-9０-９](?:万|萬)?[家个個户戶人名所项項座]$/;

/** The regions of a 其中: bracketed, in a `；` series, nested, or plain to the next 其中. */
/**
 * `供用水总量T，其中，地表水、地下水供水量分别为a、b，农业、工业用水量分别为c、d`: two named 分别 lists under
 * one 其中 cut the same total two ways; each is a region of its own with that total.
 */
function splitNamedLists(text: string, qi: number, regions: Region[]): Region[] {
  const from = qi + SUBSET_WORD.length;
  const clauseStart = Math.max(...['，', ',', '；', ';', '。'].map((c) => text.lastIndexOf(c, Math.max(0, qi - 2)))) + 1;
  return regions.flatMap((r) => {
    if (r.from !== from || r.bracketed === true || r.exclude !== undefined) return [r];
    const mark = secondNamedListAt(text, r.from, r.to, text.slice(clauseStart, qi));
    return mark === undefined ? [r] : [{ ...r, to: mark }, { ...r, from: mark + 1 }];
  });
}

function subsetRegions(text: string, qi: number): Region[] {
  const regions = withInnerIncludes(text, subsetRegionsOf(text, qi));
  // `“五大任务”支出A，其中：…`: the total's name counts its items, as `分五类` would.
  const end = text.slice(0, qi).replace(/[，,\s\u3000]+$/, '').length;
  const start = Math.max(...['，', ',', '；', ';', '。'].map((c) => text.lastIndexOf(c, end - 1))) + 1;
  // (Not for a count of units, `两大产业集群汇聚企业69家，其中规上企业…、高新技术企业…`: the set counts the groups the
  // units fall in, not the classes the 其中 lists.)
  const count = COUNTED_UNIT_END.test(text.slice(Math.max(0, end - 4), end)) ? undefined : countNamedBy(text.slice(start, end));
  if (count === undefined) return regions;
  return regions.map((r) => (r.from === qi + SUBSET_WORD.length && r.announced === undefined ? { ...r, announced: count } : r));
}

/**
 * `其中：甲类基金权益A，包括本金B，收益C，准备金D；乙类…`: the list after a part's own 包括 breaks that part down,
 * to the next `；`; it is read as a region of its own (the outer list leaves it out: regionPartitions).
 */
/** A digit anywhere in a text (the `；` clause before a second 其中 holds that list's total). */
const AMOUNT_START = /[0-9０-９]/;

function withInnerIncludes(text: string, regions: Region[]): Region[] {
  const inner: Region[] = [];
  for (const r of regions) {
    if (r.bracketed === true) continue;
    const mark = innerIncludesSpan(text, r.from, r.to);
    if (mark === undefined) continue;
    const close = indexOfFrom(text, /[；;]/, mark[1]);
    inner.push({ from: mark[1], to: close < 0 || close > r.to ? r.to : close, subset: true, totalsBefore: mark[0], listName: '包括' });
  }
  return inner.length === 0 ? regions : [...regions, ...inner];
}

/**
 * The next 其中 from `from` that opens no bracket: `…公务接待费4,895元，具体是国内接待费4,895元（其中：外事接待费0元）`
 * breaks down one figure inside its bracket and leaves the outer list whole.
 */
// (Only when the list goes on after the bracket: `…补助支出1391万元（其中专项支出1554万元）。` closing the sentence
// may break down the whole list's total, and is read as a second 其中 as before.)
function unbracketedSubsetWord(text: string, from: number): number {
  for (let at = text.indexOf(SUBSET_WORD, from); at >= 0; at = text.indexOf(SUBSET_WORD, at + SUBSET_WORD.length)) {
    if (!OPEN_BRACKET.test(text[at - 1] ?? '')) return at;
    const close = indexOfFrom(text, CLOSE_BRACKET, at);
    if (close < 0 || !AMOUNT_START.test(text.slice(close))) return at;
  }
  return -1;
}

function subsetRegionsOf(text: string, qi: number, depth = 0): Region[] {
  const from = qi + SUBSET_WORD.length;
  // (`剔除…因素后，可比下降10.1%，其中，…`: a clause that only restates the earlier figure's change opens nothing.)
  const totalsBefore = opensAt(text, qi) || restatesChangeOnly(text.slice(0, qi)) ? -1 : qi;
  if (qi > 0 && OPEN_BRACKET.test(text[qi - 1] ?? '')) {
    // `收入A、上级补助B（其中：…）、债券转贷C（其中：…）、调入资金D（其中：…）`: every bracketed 其中
    // of a balance sentence breaks down the figure right before it; each is a region of its own.
    const out: Region[] = [];
    for (let q = qi; q > 0 && OPEN_BRACKET.test(text[q - 1] ?? ''); q = text.indexOf(SUBSET_WORD, q + SUBSET_WORD.length)) {
      const start = q + SUBSET_WORD.length;
      const close = indexOfFrom(text, CLOSE_BRACKET, start);
      if (close < 0) break;
      out.push({ from: start, to: close, subset: true, totalsBefore: q - 1, bracketed: true });
      if (out.length >= MAX_PARTS) break;
    }
    return out;
  }
  // `稻谷…；小麦…；油料14.5万吨，其中：油菜籽11.1万吨；蔬菜49.9万吨`: the total is one clause of a
  // `；` series, so the next `；` returns to the series: a sibling of the total, not a part.
  // `…贷款发放10.57亿元，完成…的96%；其中：A…；B…`: a 其中 that opens a `；` clause lists its parts in
  // the clauses after it, like any list; only a 其中 inside a clause of the series returns at the next `；`.
  const opensClause = /[；;][\s\u3000]*$/.test(text.slice(0, qi));
  if (totalsBefore >= 0 && !opensClause && /[；;]/.test(text.slice(0, qi))) {
    const end = clausesNamedAsParts(text, qi, from, indexOfFrom(text, /[；;]/, from));
    const next = text.indexOf(SUBSET_WORD, from);
    const to = Math.min(end < 0 ? text.length : end, next < 0 ? text.length : next);
    // `…；资金A，其中：…；债券B，其中：…`: a later 其中 in a later `；` clause breaks down its own clause's figure,
    // as this one did (bounded like the third 其中 below).
    const later = next >= 0 && depth < MAX_LATER_SUBSETS && /[；;]/.test(text.slice(from, next)) ? subsetRegionsOf(text, next, depth + 1) : [];
    return [{ from, to, subset: true, totalsBefore }, ...later];
  }
  const next = unbracketedSubsetWord(text, from);
  if (next < 0) return [{ from, to: text.length, subset: true, totalsBefore }];
  const innerEnd = indexOfFrom(text, /[；;]/, next);
  if (innerEnd < 0) {
    const first: Region = { from, to: next, subset: true, totalsBefore };
    // `总收入A，其中：B，C；总支出D，其中：E，F。`: after a `；`, the second 其中 breaks down the
    // figure of its own clause (D), to the end of the sentence.
    // (When the second list's first item names that figure, the first list ends at the `；`: `书记A，其中女书记B；
    // 副书记C，其中女副书记D` holds no C in the first.)
    // (Nor does the first hold the `；` clause whose figure the second list breaks down: `内地旅客A，其中个人游旅客B；
    // 大湾区旅客C，其中…`, C is a statement of its own, often another cut of A that overlaps B.)
    if (/[；;]/.test(text.slice(from, next))) {
      const second: Region = { from: next + SUBSET_WORD.length, to: text.length, subset: true, totalsBefore: next };
      const owner = ownerNamedByInner(text, from, next);
      const semi = Math.max(text.lastIndexOf('；', next), text.lastIndexOf(';', next));
      const end = owner ?? (semi > from && AMOUNT_START.test(text.slice(semi, next)) ? semi : undefined);
      return [end === undefined ? first : { ...first, to: end }, second];
    }
    // `总收入A，其中：一般公共预算收入B，完成预算的p%，其中：税收收入C，非税收入D。`: a second 其中 that runs
    // to the end of the sentence breaks down the one part before it (B), a level below the first. After
    // two or more parts (`其中城镇人口A，乡村人口B，…，其中男性C，女性D`) it is another cut of the total.
    const between = text.slice(from, next).match(AMOUNT) ?? [];
    if (between.length !== 1) {
      // `耕地A亩，其中水田…亩，旱地…亩，…，总人口B人，其中农业人口…人，非农业人口…人`: a second 其中 right after a
      // figure of another unit than the first list's breaks down that figure, to the end of the sentence.
      const own = between[between.length - 1];
      const firstUnit = between[0]?.slice(-1);
      const ownEnd = own === undefined ? -1 : text.lastIndexOf(own, next) + own.length;
      const adjacent = ownEnd > 0 && text.slice(ownEnd, next).replace(/[\s\u3000，,]/g, '') === '';
      if (own !== undefined && adjacent && own.slice(-1) !== firstUnit && !between.slice(0, -1).some((a) => a.slice(-1) === own.slice(-1))) {
        return [first, { from: next + SUBSET_WORD.length, to: text.length, subset: true, totalsBefore: next }];
      }
      // `主任A，其中女主任B，副主任C，其中女副主任D`: the second list's first item names the figure right before
      // it (女副主任 ⊃ 副主任): that figure is the second list's total, no part of the first.
      const owner = ownerNamedByInner(text, from, next);
      if (owner !== undefined) return [{ ...first, to: owner }, { from: next + SUBSET_WORD.length, to: text.length, subset: true, totalsBefore: next }];
      return [first];
    }
    return [first, { from: next + SUBSET_WORD.length, to: text.length, subset: true, totalsBefore: next, nested: true }];
  }
  // A part with its own 其中, closed by `；`: two levels, each summed on its own.
  const third = text.indexOf(SUBSET_WORD, innerEnd);
  // `…20602家，其中…；从业人员30073人，其中…；运输产值29079万元，其中…`: a third 其中 in the series breaks down
  // its own clause's figure, as the first did (bounded: a sentence of many 其中 stays linear enough).
  const later = third >= 0 && depth < MAX_LATER_SUBSETS ? subsetRegionsOf(text, third, depth + 1) : [];
  const outerEnd = third < 0 ? text.length : third;
  // `其中：因公出国费A；公务接待费B；公务用车购置及运行费C，其中：购置费D；运行费E`: when the owner of the
  // inner 其中 completes a known family with the parts before it, and the clauses after it complete a
  // family of their own, no outer sibling follows: the inner list runs on past its first `；`.
  const closes = familyOfLabels(text, from, next) && familyOfLabels(text, next + SUBSET_WORD.length, outerEnd);
  const siblingEnd = innerSiblingEnd(text, from, next, outerEnd) ?? (closes ? outerEnd : undefined);
  if (siblingEnd !== undefined) {
    return [
      { from, to: third < 0 ? text.length : third, subset: true, totalsBefore, exclude: [next, siblingEnd] },
      { from: next + SUBSET_WORD.length, to: siblingEnd, subset: true, totalsBefore: next, nested: true },
      ...later,
    ];
  }
  return [
    { from, to: third < 0 ? text.length : third, subset: true, totalsBefore, exclude: [next, innerEnd] },
    { from: next + SUBSET_WORD.length, to: innerEnd, subset: true, totalsBefore: next, nested: true },
    ...later,
  ];
}

/** Lead-ins of a total's name that say when, not what (`年末在保余额`). */
const TIME_LEAD = /^(?:年末|期末|全年|当年|本年|累计)/;

/** The words of a clause before its first figure, trimmed of marks and a time lead-in. */
function clauseHead(clause: string): string {
  const digit = clause.search(/[0-9０-９]/);
  return (digit < 0 ? clause : clause.slice(0, digit)).replace(/^[\s\u3000，,；;：:、]+/, '').replace(TIME_LEAD, '').replace(/(?:[为為]|[达達])$/, '');
}

/**
 * `…；在保余额A，其中，融资担保在保余额B；再担保在保余额C；非融资担保在保余额D`: the total is one clause of a `；`
 * series, but the clauses after the first part are named as parts of it (each ends in the total's
 * whole name, as the first part does): the list runs on over them. Returns the end of the last such
 * clause (`end` when the next clause is a sibling of the total, as `；蔬菜…` after `油料…，其中油菜籽…`).
 */
function clausesNamedAsParts(text: string, qi: number, from: number, end: number): number {
  if (end < 0) return end;
  const totalClause = text.slice(Math.max(text.lastIndexOf('；', qi), text.lastIndexOf(';', qi)) + 1, qi);
  const total = clauseHead(totalClause);
  if (total.length < 2 || commonSuffix(total, clauseHead(text.slice(from, end))) < total.length) return familyClausesEnd(text, from, end) ?? end;
  let last = end;
  for (let k = 0; k < MAX_PARTS && last < text.length; k++) {
    const nextEnd = indexOfFrom(text, /[；;。]/, last + 1);
    const clauseEnd = nextEnd < 0 ? text.length : nextEnd;
    const head = clauseHead(text.slice(last + 1, clauseEnd));
    if (head.length <= total.length || commonSuffix(total, head) < total.length) break;
    last = clauseEnd;
  }
  return last;
}

/**
 * `…；粮食产量A，较上年增加B，其中：夏粮产量C，…；秋粮产量D，…。`: clauses whose heads, from the first after 其中,
 * complete a known family (夏粮 / 秋粮) are the list, though they name the total otherwise. Returns the end of the
 * clause that completes it, or undefined.
 */
function familyClausesEnd(text: string, from: number, end: number): number | undefined {
  const heads = [clauseHead(text.slice(from, end))];
  let last = end;
  for (let k = 1; k < MAX_PARTS && last < text.length && text[last] !== '。'; k++) {
    const nextEnd = indexOfFrom(text, /[；;。]/, last + 1);
    const clauseEnd = nextEnd < 0 ? text.length : nextEnd;
    heads.push(clauseHead(text.slice(last + 1, clauseEnd)));
    last = clauseEnd;
    if (familyOf(heads) !== undefined) return last;
  }
  return undefined;
}

/** A bare item name: two to six Chinese characters, no verb that would make it a statement of its own. */
const BARE_ITEM_NAME = /^(?![^]*(?:实际|實際|利用|完成|实现|實現|新增|引进|引進|累计|累計|其他|其它))[\u4e00-\u9fff]{2,6}$/;
/** The words between an amount and its growth rate: `，同比增长`, `，比上年下降`, `，增长`. */
const GROWTH_BETWEEN = /^[，,]?(?:同比|比上年(?:同期)?|较上年(?:同期)?)?(?:增长|增加|下降|减少|提高|降低)$/;

/** A rate named after an amount in its clause (`，销糖率`, `出糖率`): two to five characters ending in 率. */
const NAMED_RATE = /^[\u4e00-\u9fff]{1,4}率$/;

/** How many further 其中 of one sentence are read past the first two levels. */
const MAX_LATER_SUBSETS = 8;

/**
 * `其中：第一产业…；第二产业…；其中：工业…；建筑业…；第三产业…`: a 其中 that opens a `；` clause after a
 * family member breaks that member down over several clauses, up to the clause headed by the next
 * member of the family. Returns that clause's `；`, or undefined when no such clause follows.
 */
function innerSiblingEnd(text: string, from: number, inner: number, to: number): number | undefined {
  if (!/[；;][\s\u3000]*$/.test(text.slice(from, inner))) return undefined;
  const clauses = text.slice(from, inner).split(/[；;]/);
  const owner = clauses.length >= 2 ? clauses[clauses.length - 2]!.replace(/^[\s\u3000，,：:]+/, '') : '';
  if (!owner) return undefined;
  for (let at = indexOfFrom(text, /[；;]/, inner); at >= 0 && at < to; at = indexOfFrom(text, /[；;]/, at + 1)) {
    if (nextMemberOf(owner, text.slice(at + 1, at + 24).replace(/^[\s\u3000]+/, ''))) return at;
  }
  return undefined;
}

/**
 * Whether the figures from `from` to `to`, read by the label before each, make up a whole known family
 * (`因公出国费…；公务接待费…；公务用车购置及运行费…`).
 */
function familyOfLabels(text: string, from: number, to: number): boolean {
  const labels: string[] = [];
  for (const m of text.slice(from, to).matchAll(AMOUNT)) {
    const at = from + (m.index ?? 0);
    let i = at;
    while (i > from && !CLAUSE_BREAKS.includes(text[i - 1]!)) i--;
    const label = text.slice(i, at).trim();
    if (label === '') return false;
    labels.push(label);
    if (labels.length > MAX_PARTS) return false;
  }
  return labels.length >= 2 && familyOf(labels) !== undefined;
}

/** The text before an inner `其中` of a sentence (its totals clause). */
function beforeSubset(text: string): number {
  const qi = text.indexOf(SUBSET_WORD);
  return qi < 0 ? text.length : qi;
}

/**
 * The lists of `…N中，` marks: each from its mark to the `；` before the next mark's clause (`基金收入A中，
 * 缴费B，财政C；救助资金收入D中，财政E，其他F`), the last (or one not cut off by `；`) to the end.
 */
/**
 * `主管预算3668亿元中，人员维持费A、作业维持费B、军事投资C；其中军事投资…`: an amount's `…中，` list closed by a `；`
 * before the sentence's 其中, which then breaks down one of its parts: the list is read as well.
 */
function figureInBeforeSubset(text: string, qi: number): Region | undefined {
  const mark = figureInMark(text.slice(0, qi));
  if (mark === undefined) return undefined;
  const semi = Math.max(text.lastIndexOf('；', qi), text.lastIndexOf(';', qi));
  if (semi <= mark[1] || !/^[\s\u3000]*$/.test(text.slice(semi + 1, qi))) return undefined;
  return { from: mark[1], to: semi, subset: true, totalsBefore: mark[0], listName: '…中' };
}

function figureInRegions(text: string): Region[] {
  const marks = figureInMarks(text);
  const out: Region[] = [];
  for (let k = 0; k < marks.length; k++) {
    const [at, from] = marks[k]!;
    const next = marks[k + 1];
    const semi = next === undefined ? -1 : Math.max(text.lastIndexOf('；', next[0]), text.lastIndexOf(';', next[0]));
    const to = semi > from ? semi : text.length;
    out.push({ from, to, subset: true, totalsBefore: at, listName: '…中' });
    if (to === text.length) break;
  }
  return out;
}

/** Partitions are read by sum-mismatch, share-mismatch and others: computed once per model. */
export const findPartitions: (model: Model) => Partition[] = perModel(computePartitions);

/** `（已剔除…`, `（不含…`, `（扣除…`: the figure before is net of something. */
const NET_OF = /^[\s\u3000]*[（(][\s\u3000]*(?:已)?(?:剔除|扣除|不含|除去)/;

/** `34个工业大类行业中，`: a figure that frames a set the sentence goes on to pick from. */
const SET_FRAME = /^[^，,；;。\d]{0,14}中[，,：:]/;

/** Amounts over or under a plan (`超收`, `短收`): differences, not levels. */
const OVER_PLAN = /(超收|短收|超支|节支|欠收)$/;

function computePartitions(model: Model): Partition[] {
  // Last year's amounts (`比上年同期196978万元`) are neither totals nor parts of this year's figures.
  const placed = quantitiesBySentence(model).map((items, si) => {
    // Most sentences hold no figure: their (read-only) empty list is kept, not copied.
    if (items.length === 0) return items;
    const text = model.sentences[si]?.text ?? '';
    // Nor are amounts over or under a plan (`短收187万元。其中：税务部门完成6197万元`).
    // Nor a threshold that names a class (`其中2000万元规模以上工业企业产值…`).
    return items.filter(
      (p) =>
        !comparisonBase(text.slice(Math.max(0, p.start - 20), p.start)) &&

        !OVER_PLAN.test(text.slice(Math.max(0, p.start - 4), p.start)) &&
        !namesAThreshold(text.slice(p.end, p.end + 6)),
    );
  });
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    const items = placed[si];
    if (items === undefined || items.length === 0) return;
    // Copies: a region's end is narrowed in place while its parts are read (regionPartitions).
    for (const region of regionsMemo(sentence.text).map((r) => ({ ...r }))) {
      if (region.countedBefore !== undefined) {
        const prev = model.sentences[si - 1];
        if (prev === undefined || prev.paragraph !== sentence.paragraph || countNamedInSentence(prev.text) !== region.countedBefore) continue;
        region.announced = region.countedBefore;
      }
      const found = totalsOf(model, placed, claims, si, region);
      if (!found) continue;
      for (const p of memoizedRegionPartitions({ text: sentence.text, si, region, items, claims, ...found })) {
        // `外借读者人均借阅量…为30册次。其中“80后”…671万册次`: a per-head average heads no parts (unless the
        // parts are its per-head components: `人均可支配收入A元，其中工资性收入B元`).
        const totalName = claims.get(p.total.index)?.indicator ?? found.totalText.slice(Math.max(0, p.total.start - 24), p.total.start);
        if (NON_ADDITIVE_LABEL.test(totalName) && !perHeadWhole(totalName) && p.parts.some((x) => cmp(x.q.value, p.total.q.value) > 0)) continue;
        // `资产总额T，其中：甲基金资产总额A；乙基金资产总额B`: a group's gross assets or liabilities net out what its
        // members owe one another, so the members' own may add up to more (cues/measures.ts).
        // Only a list of members (no family that defines the total) and only by a little: netting removes a
        // sliver of the whole (under 0.5 %), a slip of the pen far more.
        if (!p.complete && grossBalance(totalName) && p.parts.every((x) => grossBalance(claims.get(x.index)?.indicator ?? '')) && exceedsByASliver(p)) continue;
        // `约2685亿元，其中…约485亿元，…约200亿元，…约2000亿元`: approximate parts add up only to an approximate
        // total (each good to a unit of its last digit); under an exact total an approximate part is no part.
        if (p.total.q.qualifier !== 'approx' && p.parts.some((x) => x.q.qualifier === 'approx')) continue;
        // `2015年末，常住人口A。…。2010年，全市常住人口中，男性…`: parts whose sentence opens with another year than
        // every year the total's sentence names are another time's.
        if (found.totalText !== sentence.text && otherYearOpens(sentence.text, found.totalText)) continue;
        const counted = withEachCounted(sentence.text, finishedInNextSentence(model, placed, claims, p, nameOf(p.total, found.totalText, claims)) ?? p);
        if (counted !== undefined) out.push(counted);
      }
    }
  });
  return out;
}

/**
 * `包括一般公共服务支出、文化旅游体育与传媒支出、援助其他地区支出各0.11亿元，农林水支出0.09亿元`: an amount that
 * several items named before `各` receive each is a part once per item (the sum counts it three times).
 */
// (When how many items share an amount is not clear from their names, the list is not read: undefined.)
function withEachCounted(text: string, p: Partition): Partition | undefined {
  if (!text.includes(EACH_WORD)) return p;
  const parts: Placed[] = [];
  const labels: string[] = [];
  const keys: (string | undefined)[] = [];
  for (const [i, x] of p.parts.entries()) {
    const times = itemsSharingEach(text.slice(Math.max(0, x.start - EACH_REACH), x.start)) ?? 1;
    if (times === 'unknown') return undefined;
    for (let k = 0; k < times; k++) {
      parts.push(x);
      labels.push(p.labels[i] ?? '');
      keys.push(p.keys[i]);
    }
  }
  return parts.length === p.parts.length ? p : { ...p, parts, labels, keys };
}

/** How far before a figure the items sharing it may be named. */
const EACH_REACH = 80;

/** A sentence's opening year (`2010年，…`). */
const OPENING_YEAR = /^[\s\u3000]*((?:19|20)[0-9]{2})年/;

/** True when `parts` opens with a year and `totals` names years, none of them that one. */
function otherYearOpens(parts: string, totals: string): boolean {
  const year = OPENING_YEAR.exec(parts)?.[1];
  if (year === undefined) return false;
  const named = [...totals.matchAll(/((?:19|20)[0-9]{2})年/g)].map((m) => m[1]);
  return named.length > 0 && !named.includes(year);
}

/**
 * The candidate totals of a region: figures before it in its sentence, or in the previous
 * sentence of the paragraph when the region opens its sentence (passing over sibling breakdowns:
 * `…总额1105.2亿元。按经营地分，…。按消费类型分，…`).
 */
function totalsOf(
  model: Model,
  placed: Placed[][],
  claims: ClaimIndex,
  si: number,
  region: Region,
): { totals: Placed[]; totalText: string; far: boolean } | undefined {
  const sentence = model.sentences[si];
  const items = placed[si];
  if (sentence === undefined || items === undefined) return undefined;
  let totals: Placed[];
  let totalText: string;
  let far = false;
  if (region.totalsBefore >= 0) {
    totalText = sentence.text;
    const ownClause = Math.max(sentence.text.lastIndexOf('；', region.from), sentence.text.lastIndexOf(';', region.from)) + 1;
    // `实际利用外资2.4亿美元；进出口总额突破10亿美元，其中出口3.98亿美元`: a 其中 whose own `；` clause
    // states an amount before it breaks that clause's amount down (here a bound, no total at all),
    // never an amount of an earlier clause.
    const clauseHolds = region.subset && items.some((p) => p.start >= ownClause && p.end <= region.totalsBefore && ADDITIVE_DIMENSIONS.has(p.q.dimension));
    const clauseStart = region.sameClause || clauseHolds ? ownClause : 0;
    totals = items.filter((p) => p.end <= region.totalsBefore && p.start >= clauseStart);
    // `…102.3亿元，同比增长7.4%（可比价）（其中A…；B…）`: the last amount before the bracket, past the rates.
    if (region.bracketed) totals = totals.filter((p) => ADDITIVE_DIMENSIONS.has(p.q.dimension)).slice(-1);
    // `收入75.3亿元（包括开发区收入1.4亿元），…，分项目看：` — a bracketed figure is no total of the parts after it.
    else if (totals.length > 0) {
      const depth = bracketDepths(sentence.text);
      // `多孩妇女327人（常住人口…，已婚育龄妇女4537人，其中无孩妇女386人…）`: a 其中 inside a bracket breaks down
      // an amount inside that bracket, never the one before it.
      const own = depth[region.from] ?? 0;
      let lastLower = region.from - 1;
      while (own > 0 && lastLower >= 0 && (depth[lastLower] ?? 0) >= own) lastLower--;
      const inside = own > 0 ? totals.filter((p) => p.start > lastLower && depth[p.start] === own) : [];
      // `土地总面积1049平方公里（折157.42万亩），其中耕地…万亩`: a bracket restating the figure before it in
      // another unit is that figure, and may be the total of parts written in its unit.
      const restates = (p: Placed, k: number): boolean => {
        const before = totals[k - 1];
        return depth[p.start] === 1 && before !== undefined && depth[before.start] === 0 && before.q.dimension === p.q.dimension &&
          before.q.unit !== p.q.unit && opensConversion(sentence.text.slice(before.end, p.start));
      };
      totals = inside.length > 0 ? inside : totals.filter((p, k) => depth[p.start] === 0 || restates(p, k));
    }
    // `總人口30422人，另有流動人口180人，總人口中，…`: the figure the mark names, when one is so labelled.
    const named = region.named;
    const byName = named === undefined ? [] : totals.filter((p) => localLabel(sentence.text, p).includes(named));
    if (byName.length > 0) totals = byName.slice(-1);
    else if (region.namedOnly === true) totals = [];
  } else {
    let k = si - 1;
    const named = inMarkName(sentence.text);
    // `在粮食作物播种面积中，…`: the sentence naming that figure, even a 其中 sentence.
    const namesIt = (at: number): boolean => {
      const t = model.sentences[at]?.text ?? '';
      // A sentence opened by the same mark (`地方级收入中省本级收入…。地方级收入中税收收入…`) is a sibling
      // breakdown: its labels hold the name, its figures are parts.
      // Only an amount of the parts' kind names it: a share `占总人口的13.7%` speaks of the total, it is not it.
      return named !== undefined && inMarkName(t) !== named && (placed[at] ?? []).some((p) => ADDITIVE_DIMENSIONS.has(p.q.dimension) && labelNames(localLabel(t, p).replace(/[\s\u3000]+/g, ''), named));
    };
    // Only `按…分` / `从…看` siblings are passed over: after `其中，限额以上…241.88亿元。从消费形态看，…` the
    // parts may break down the 其中 part or the total before it, and which is not written.
    // `全县常住人口中，流动人口为33678人。其中跨省…`: a sentence opened by an in-mark that states one amount of
    // the parts' unit is that amount's sentence; the 其中 after it breaks the amount down.
    const unitsHere = new Set(items.filter((p) => p.start >= region.from && p.end <= region.to && ADDITIVE_DIMENSIONS.has(p.q.dimension)).map((p) => p.q.unit));
    // (So does a sentence opened by a cut that states one amount: `按入境渠道统计，经海路入境旅客共A人次。其中…`.)
    const statesOne = (at: number): boolean => {
      const t = model.sentences[at]?.text ?? '';
      const by = byMark(t);
      const marked = inMarkName(t) !== undefined || (by !== undefined && opensAt(t, by.index));
      return marked && !opensSubset(t) && (placed[at] ?? []).filter((p) => ADDITIVE_DIMENSIONS.has(p.q.dimension) && unitsHere.has(p.q.unit)).length === 1;
    };
    for (let s = model.sentences[k]; s !== undefined && s.paragraph === sentence.paragraph && opensBreakdown(s.text) && !namesIt(k) && !statesOne(k); s = model.sentences[k]) {
      // `总人口760人，…。其中党员23名。其中女性363人，男性397人。`: a 其中 sentence with no figure of the parts'
      // units breaks down something else; the total is before it. With one, which is meant is not written.
      if (opensSubset(s.text) && (placed[k] ?? []).some((p) => unitsHere.has(p.q.unit))) {
        // `投资A。其中，民间投资B。从三次产业看，第一产业投资…；第二产业…；第三产业…`: a cut into a known complete
        // family, past a 其中 sentence of one amount, divides the total before it, unless the family adds up to
        // that amount or names it.
        if (!familyPastOnePart(s.text, placed[k] ?? [], sentence.text, items, region, unitsHere, claims) && !cutPastWholeFamily(s.text, placed[k] ?? [], sentence.text, items, region, unitsHere, claims)) {
          return chainedTotal(s.text, placed[k] ?? [], sentence.text, items, region, unitsHere);
        }
      }
      k--;
    }
    // `年末总人口229283人，…。年末总户数62026户，…。其中：农业人口…人`: a sentence with no figure of the
    // parts' units between them is passed over, once (the total is then held to name them: partitionOf).
    const partUnits = new Set(items.filter((p) => p.start >= region.from && p.end <= region.to && ADDITIVE_DIMENSIONS.has(p.q.dimension)).map((p) => p.q.unit));
    const holdsUnit = (at: number): boolean => (placed[at] ?? []).some((p) => partUnits.has(p.q.unit));
    const back = model.sentences[k - 1];
    // (`三是客车、摩托车是主要车型。其中摩托车…`: a sentence opening a counted-off point names the 其中's subject; the
    // point before it is another subject.)
    if (partUnits.size > 0 && !holdsUnit(k) && named === undefined && back !== undefined && back.paragraph === sentence.paragraph && !opensBreakdown(back.text) && holdsUnit(k - 1) && !opensPoint(model.sentences[k]?.text ?? '')) {
      k--;
      far = true;
    }
    // `…总人口43000人，其中…。另有流动人口2522人。总人口中，男性…`: the sentence before names no such
    // figure, the one before it does: that one, once.
    if (named !== undefined && !namesIt(k) && model.sentences[k - 1]?.paragraph === sentence.paragraph && namesIt(k - 1)) {
      k--;
      far = true;
    }
    // `总人口为A人，…。其中，常住人口…。当年出生…。非农人口B，占总人口的…；农业人口C…。在总人口中，男性…`: the
    // figure the mark names stands a few sentences back in the paragraph; the nearer amounts are others.
    if (named !== undefined && !namesIt(k)) {
      for (let back = k - 1; back >= 0 && back >= k - 4 && model.sentences[back]?.paragraph === sentence.paragraph; back--) {
        if (!namesIt(back)) continue;
        const p = model.sentences[back];
        if (p !== undefined) return totalsNamed(p.text, placed[back] ?? [], named, claims, true);
      }
    }
    // `全县常住人口为A人，…。\n二、性别构成\n全县常住人口中，男性…`: a mark that names its total in full (four
    // characters or more) opening a paragraph reaches back over a heading and sentences without the
    // parts' unit to the sentence stating that total.
    if (named !== undefined && named.length >= 4 && model.sentences[k]?.paragraph !== sentence.paragraph) {
      let back = k;
      while (back >= 0 && back > k - 4 && !namesIt(back) && !holdsUnit(back)) back--;
      if (back >= 0 && back > k - 4 && namesIt(back)) {
        const p = model.sentences[back];
        if (p !== undefined) return totalsNamed(p.text, placed[back] ?? [], named, claims, true);
      }
    }
    const prev = model.sentences[k];
    const prevItems = placed[k];
    if (!prev || prevItems === undefined) return undefined;
    // `人户分离人口为257016人` on a line of its own, then `其中，市辖区内…，流动人口…。`: a page broke the line after
    // the total; a line with no closing mark that ends on its figure is the sentence the 其中 goes on from.
    const brokenLine = prev.paragraph === sentence.paragraph - 1 && k === si - 1 && opensSubset(sentence.text) && endsOnFigure(prev.text, prevItems);
    if (prev.paragraph !== sentence.paragraph && !brokenLine) return undefined;
    totalText = prev.text;
    const cut = beforeSubset(prev.text);
    // A figure in brackets (`已剔除调入资金41.2亿元`) is named in passing: no total.
    const depth = bracketDepths(prev.text);
    // `…粮食作物播种面积A；经济作物播种面积B。在粮食作物播种面积中，…`: the total named by the mark,
    // even before a 其中 of its own (`财政总收入A，其中地方财政收入B。在总收入中，国税…`).
    // (`巴彦淖尔市常住人口A。…全市常住人口中…`: the mark's 全市 is the place the total names.)
    const core = named?.replace(WHOLE_PLACE_LEAD, '');
    // `全市常住人口中0—14岁人口为A，…；65岁及以上人口为B。常住人口中，60岁及以上人口为C`: the sentence before breaks
    // down the same whole under its own mark (`全市` aside); its figures are parts of that whole, never the whole
    // of these.
    const prevMark = inMarkName(prev.text);
    if (core !== undefined && prevMark !== undefined && prevMark !== named && prevMark.replace(WHOLE_PLACE_LEAD, '') === core) return undefined;
    const byName = named === undefined || core === undefined || inMarkName(prev.text) === named ? [] : prevItems.filter((p) => depth[p.start] === 0 && ADDITIVE_DIMENSIONS.has(p.q.dimension) && labelNames(localLabel(prev.text, p).replace(/[\s\u3000]+/g, ''), core.length >= 2 ? core : named) && !partNamedUnder(localLabel(prev.text, p), core));
    if (byName.length === 1) totals = byName;
    else if (inMarkNeedsName(sentence.text)) return undefined;

    else {
      // `总收入13763万元，其中：中央级…；区级…；本级收入6213万元。其中税收收入…`: the new 其中 may break
      // down the total or the last part of the sentence before; which is not written.
      // (Only a part of the parts' own unit: `其中党员23名` is no total of `其中女性…人，男性…人`.)
      if (prevItems.some((p) => p.start > cut && ADDITIVE_DIMENSIONS.has(p.q.dimension) && unitsHere.has(p.q.unit))) return undefined;
      totals = prevItems.filter((p) => p.end <= cut && depth[p.start] === 0);
      // `…耕地A，园地B，林地C，…，其他土地H。按权属分：国有土地…，集体土地…`: a sentence that lists three or
      // more amounts of the parts' unit is a list itself; the whole a `按…分` cut divides is not written.
      const by = byMark(sentence.text);
      if (by !== undefined && opensAt(sentence.text, by.index)) {
        const amounts = totals.filter((p) => ADDITIVE_DIMENSIONS.has(p.q.dimension) && unitsHere.has(p.q.unit));
        // (Three of one unit, not counting a change: `已开工162项，完成投资A，比去年同期增加了C` states one count and
        // one amount, and C is how much A grew.)
        const levels = amounts.filter((p) => !changeBefore(prev.text.slice(Math.max(0, p.start - 6), p.start)));
        if ([...unitsHere].some((u) => levels.filter((p) => p.q.unit === u).length >= 3)) return undefined;
        // `分用途看，…贷款余额分别为A和B。分行业看，…`: the sentence before cuts the whole another way; only a
        // figure before its own mark can be the whole the new cut divides.
        const prevBy = byMark(prev.text);
        if (prevBy !== undefined) totals = totals.filter((p) => p.end <= prevBy.index);
        // `城镇零售额A；乡村零售额B。从行业看，…`: a sentence that already cuts its whole by a known family
        // leaves that whole (A + B) unwritten; B is no total of the next cut.
        if (amounts.length >= 2 && familyOf(amounts.map((p) => claims.get(p.index)?.indicator ?? localLabel(prev.text, p))) !== undefined) return undefined;
        // `人均消费支出A。从人均纯收入构成看，…`: a mark naming its measure breaks down a figure of that measure only.
        const measure = byMarkMeasure(sentence.text.slice(by.index, by.end));
        if (measure !== undefined) totals = totals.filter((p) => (claims.get(p.index)?.indicator ?? localLabel(prev.text, p)).includes(measure));
      }
    }
  }
  // `收入629.4亿元（已剔除调入资金54.5亿元）`: a total net of something its parts may still count.
  // A per-head income or spending is summed only over its per-head components (unitPartitions).
  const additive = (p: Placed): boolean =>
    (!NON_ADDITIVE_LABEL.test(sinceLastFigure(localLabel(totalText, p))) || perHeadWhole(localLabel(totalText, p))) &&
    !(p.q.unit === '元' && AVERAGE_NAMED_BEFORE.test(totalText.slice(Math.max(0, p.start - AVERAGE_WINDOW), p.start)));
  totals = totals.filter((p) => eligible(p, totalText, claims.get(p.index), true) && additive(p) && !NET_OF.test(totalText.slice(p.end, p.end + 6)));
  return { totals, totalText, far };
}

/**
 * True when a `按…分` / `从…看` cut into a known complete family (三次产业, 城镇/乡村 …) may pass over the one-amount
 * 其中 sentence before it (`其中，民间投资B。`) to the total before that: the family's sum is not that amount,
 * and no part names it (`民间投资中第一产业…`).
 */
function familyPastOnePart(subText: string, subItems: readonly Placed[], text: string, items: readonly Placed[], region: Region, units: ReadonlySet<string>, claims: ClaimIndex): boolean {
  const one = subItems.filter((p) => units.has(p.q.unit) && ADDITIVE_DIMENSIONS.has(p.q.dimension) && !changeBefore(subText.slice(Math.max(0, p.start - 6), p.start)));
  const part = one[0];
  if (one.length !== 1 || part === undefined) return false;
  const parts = items.filter((p) => p.start >= region.from && p.end <= region.to && units.has(p.q.unit) && ADDITIVE_DIMENSIONS.has(p.q.dimension) && !changeBefore(text.slice(Math.max(0, p.start - 6), p.start)));
  const heads = parts.map((p) => claims.get(p.index)?.indicator ?? localLabel(text, p));
  if (parts.length < 2 || familyOf(heads) === undefined) return false;
  const name = withoutSubsetLead(localLabel(subText, part).replace(/^[\s\u3000，,；;：:、]+/, '')).replace(/^[，,：:]+/, '');
  if (name.length >= 2 && heads.some((h) => h.includes(name.slice(0, 2)))) return false;
  let total = parts[0]!.q.value;
  let tol = tolerance(parts[0]!.q);
  for (const p of parts.slice(1)) {
    total = add(total, p.q.value);
    tol = add(tol, tolerance(p.q));
  }
  return cmp(abs(sub(total, part.q.value)), add(tol, tolerance(part.q))) > 0;
}

/**
 * `托管余额T。其中，银行间市场托管余额A，交易所市场托管余额B。分券种来看，国债…，地方政府债券…，…`: a `按…分` / `分…来看` cut
 * after a 其中 sentence that lists a known complete family (A + B make up T) cuts T another way, not one member: passed
 * over when the cut's sum exceeds every member beyond its rounding: a member's own cut could not.
 */
function cutPastWholeFamily(subText: string, subItems: readonly Placed[], text: string, items: readonly Placed[], region: Region, units: ReadonlySet<string>, claims: ClaimIndex): boolean {
  if (region.byMark !== true) return false;
  const members = subItems.filter((p) => units.has(p.q.unit) && ADDITIVE_DIMENSIONS.has(p.q.dimension) && isPoint(p.q) && !changeBefore(subText.slice(Math.max(0, p.start - 6), p.start)));
  if (members.length < 2) return false;
  const heads = members.map((p) => withoutSubsetLead((claims.get(p.index)?.indicator ?? localLabel(subText, p)).replace(/^[\s\u3000，,；;：:、]+/, '')).replace(/^[，,：:]+/, ''));
  if (familyOf(heads) === undefined) return false;
  const parts = items.filter((p) => p.start >= region.from && p.end <= region.to && units.has(p.q.unit) && ADDITIVE_DIMENSIONS.has(p.q.dimension) && !changeBefore(text.slice(Math.max(0, p.start - 6), p.start)));
  if (parts.length < 2) return false;
  const s = sum(parts.map((p) => p.q.value));
  return members.every((m) => cmp(s, add(m.q.value, tolerance(m.q))) > 0);
}

/** Where a list of heads opens with two known complete families (`男性、女性 | 汉族、少数民族`), else undefined. */
function twoFamiliesSplit(heads: readonly string[]): number | undefined {
  const bare = heads.map((l) => withoutSubsetLead(l.replace(/^[\s\u3000，,；;：:、]+/, '')).replace(/^[，,：:]+/, ''));
  for (let k = 2; k + 2 <= bare.length; k++) {
    if (familyOf(bare.slice(0, k)) === undefined) continue;
    // (The second may be followed by a breakdown of one of its members: `；在少数民族中，…`.)
    for (let m = k + 2; m <= bare.length; m++) if (familyOf(bare.slice(k, m)) !== undefined) return k;
  }
  return undefined;
}

/** A line with no closing mark whose last figure ends it (`人户分离人口为257016人`). */
/**
 * `其中，招收博士生A，招收硕士生B；在学研究生T，比上年增加…。其中，在学博士生C，在学硕士生D`: a 其中 sentence whose
 * last `；` clause states one new amount of the parts' unit, named as the parts are (`在学…`), hands that
 * amount on as the total of the 其中 after it; otherwise which figure is meant is not written.
 */
function chainedTotal(prevText: string, prevItems: readonly Placed[], text: string, items: readonly Placed[], region: Region, units: ReadonlySet<string>): { totals: Placed[]; totalText: string; far: boolean } | undefined {
  const semi = Math.max(prevText.lastIndexOf('；'), prevText.lastIndexOf(';'));
  if (semi < 0) return undefined;
  // (Its change after it, `比上年增加2.2万人`, is no second amount.)
  const clause = prevItems.filter((p) => p.start > semi && units.has(p.q.unit) && ADDITIVE_DIMENSIONS.has(p.q.dimension) && !changeBefore(prevText.slice(Math.max(0, p.start - 6), p.start)));
  const total = clause[0];
  if (total === undefined || clause.length !== 1 || opensSubset(prevText.slice(semi + 1))) return undefined;
  const bare = (l: string): string => l.replace(/^[\s\u3000，,；;：:、]+/, '');
  const name = bare(localLabel(prevText, total));
  // (The parts of this 其中's own first clause: a `；` may hand on a total again.)
  const own = text.slice(region.from, region.to).search(/[；;]/);
  const end = own < 0 ? region.to : region.from + own;
  const parts = items.filter((p) => p.start >= region.from && p.end <= end && units.has(p.q.unit));
  if (parts.length < 2) return undefined;
  const sharesLead = (l: string): boolean => l.length >= 2 && name.length >= 2 && l.slice(0, 2) === name.slice(0, 2);
  return parts.every((p) => sharesLead(bare(localLabel(text, p)))) ? { totals: [total], totalText: prevText, far: false } : undefined;
}

function endsOnFigure(text: string, items: readonly Placed[]): boolean {
  const t = text.replace(/[\s\u3000]+$/, '');
  const last = items[items.length - 1];
  return last !== undefined && last.end === t.length && !/[。！？；;!?]$/.test(t);
}

/**
 * Whether a figure's label names what an in-mark names: the name itself, or, for a count of people, the
 * event it counts as the label's last words (`全年共出生1261人` for `出生人口中`).
 */
function labelNames(label: string, named: string): boolean {
  if (label.includes(named)) return true;
  const core = named.replace(/(?:人口|人数)$/, '');
  return core.length >= 2 && core !== named && label.replace(/[为為是达達：:]$/, '').endsWith(core);
}

/** The one figure of a sentence labelled with the name an in-mark gives (`全县常住人口为545094人`). */
function totalsNamed(text: string, items: Placed[], named: string, claims: ClaimIndex, far: boolean): { totals: Placed[]; totalText: string; far: boolean } | undefined {
  const depth = bracketDepths(text);
  const byName = items.filter((p) => depth[p.start] === 0 && ADDITIVE_DIMENSIONS.has(p.q.dimension) && labelNames(localLabel(text, p).replace(/[\s\u3000]+/g, ''), named));
  if (byName.length !== 1) return undefined;
  const totals = byName.filter((p) => eligible(p, text, claims.get(p.index)) && !NON_ADDITIVE_LABEL.test(sinceLastFigure(localLabel(text, p))) && !NET_OF.test(text.slice(p.end, p.end + 6)));
  return { totals, totalText: text, far };
}

/** Everything one region's partitions are read from. */
interface RegionInput {
  text: string;
  si: number;
  region: Region;
  items: Placed[];
  claims: ClaimIndex;
  totals: Placed[];
  totalText: string;
  /** The totals are two sentences back, past one that states none of the parts' units. */
  far: boolean;
}

/** A figure followed by 的 and a percentage: the base a rate is taken of (`占调整预算26.7亿元的99.9%`). */
const RATE_BASE = /^[）)]?的[0-9０-９][0-9０-９.．]*[%％]/;

/** `300,259万元`: a comma between digit groups is part of the figure, never a list separator. */
function digitGroupComma(text: string, i: number): boolean {
  return text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
}

/**
/**
 * Segments of a region as [start, end) offsets: split at `；`, or at `，` when it has no `；`. Only the
 * separators of the list's own level count: `…382.6万元（其中：购置费18.9万元；运行费363.7万元）` is one
 * item whose bracket breaks it down, not two more items.
 * `forced`: the separators to split at instead, as a string of single characters (each character
 * of the region is tested with `includes`, not a regex per character).
 */
function segmentsOf(text: string, region: Region, forced?: string): [number, number][] {
  const span = topLevel(text.slice(region.from, region.to));
  const splitter = forced ?? (/[；;]/.test(span) ? '；;' : '，,');
  const segments: [number, number][] = [];
  let segStart = region.from;
  for (let i = region.from; i <= region.to; i++) {
    // (`A、B及C`: the 及 closing a list paused by 、 joins its last item, as the 、 before it did: one segment.)
    if (i === region.to || (splitter.includes(span[i - region.from]!) && !digitGroupComma(text, i)) || (forced === undefined && joinsTwoItems(text, span, i - region.from, i) && !span.slice(segStart - region.from, i - region.from).includes('、'))) {
      if (i > segStart) segments.push([segStart, i]);
      segStart = i + 1;
    }
  }
  return segments;
}

/**
 * `乡村医生1236人和卫生员98人`: 和 or 及 right after a figure and its unit joins two items of the list, as a
 * comma would (only at the list's own level, and only between two figures: `A和B共98人` is one item).
 */
function joinsTwoItems(text: string, span: string, at: number, i: number): boolean {
  const c = span[at];
  if (c !== '和' && c !== '及') return false;
  // (A count, an amount or a size, never an age or a date: `35岁及以下` is a range.)
  // (Or a figure in brackets after its name: `再出口（33.7亿元）及本地产品出口（5.0亿元）`.)
  return (JOINED_ITEM_END.test(text.slice(Math.max(0, i - 6), i)) || BRACKETED_FIGURE_END.test(text.slice(Math.max(0, i - 12), i))) && /^(?!以[上下内內后後])[^，,；;。0-9０-９]{1,12}[0-9０-９]/.test(text.slice(i + 1, i + 16));
}

/** The end of a figure with its unit that an item may close with before 和 or 及. */
const JOINED_ITEM_END = /[0-9０-９](?:万|萬|亿|億|千)?(?:人次|人|个|個|家|户|戶|元|吨|噸|亩|畝|辆|輛|所|座|名|项|項|件|套|台|张|張|头|頭|只|公顷|公頃|公里|米)$/;

/** The text with everything inside brackets blanked out (same length), so that only its own level shows. */
function topLevel(span: string): string {
  if (!OPEN_BRACKET.test(span)) return span;
  let depth = 0;
  let out = '';
  for (const c of span) {
    if (OPEN_BRACKET.test(c)) depth++;
    out += depth > 0 ? ' '.repeat(c.length) : c;
    if (CLOSE_BRACKET.test(c) && depth > 0) depth--;
  }
  return out;
}

/**
 * A partition as stored between analyses: its figures as positions in the region's input (`i` the sentence's items, `t`
 * the totals), so that a re-analysis rebuilds it on the figures of its own run.
 */
interface StoredPartition {
  partition: Omit<Partition, 'total' | 'parts' | 'sentence'>;
  total: FigureRef;
  parts: FigureRef[];
}
type FigureRef = ['i' | 't', number];

/** Regions read before, by everything their reading depends on (memoizedRegionPartitions). */
const regionStore = memoStore<StoredPartition[]>();

/**
 * `regionPartitions`, remembered between analyses. An editor re-analyses a document whose sentences are mostly the same
 * on every pause of typing; a region's partitions depend only on its input: the sentence's text, the region, the
 * totals' text, and the figures and claims of both (what each figure is named, its key, kind and period). Those make
 * the key; a hit is rebuilt on this run's figures. (The region is copied into the key before it is read: reading
 * narrows it in place.)
 */
function memoizedRegionPartitions(input: RegionInput): Partition[] {
  const key = regionKey(input);
  const stored = regionStore.get(key);
  if (stored !== undefined) {
    const at = (ref: FigureRef): Placed | undefined => (ref[0] === 'i' ? input.items : input.totals)[ref[1]];
    const rebuilt: Partition[] = [];
    for (const s of stored) {
      const total = at(s.total);
      const parts = s.parts.map(at);
      if (total === undefined || parts.some((x) => x === undefined)) return regionPartitions(input);
      rebuilt.push({ ...s.partition, total, parts: parts as Placed[], sentence: input.si });
    }
    return rebuilt;
  }
  const out = regionPartitions(input);
  const ref = (x: Placed): FigureRef | undefined => {
    const i = input.items.indexOf(x);
    if (i >= 0) return ['i', i];
    const t = input.totals.indexOf(x);
    return t >= 0 ? ['t', t] : undefined;
  };
  const kept: StoredPartition[] = [];
  for (const p of out) {
    const total = ref(p.total);
    const parts = p.parts.map(ref);
    // (A figure from elsewhere cannot be rebuilt from the input: such a reading is not remembered.)
    if (total === undefined || parts.some((x) => x === undefined) || p.sentence !== input.si) return out;
    const { total: _t, parts: _p, sentence: _s, ...rest } = p;
    kept.push({ partition: rest, total, parts: parts as FigureRef[] });
  }
  regionStore.set(key, kept);
  return out;
}

/** Everything a region's reading depends on, as one string. */
function regionKey(input: RegionInput): string {
  const figure = (x: Placed): string => {
    const c = input.claims.get(x.index);
    const q = x.q;
    return `${x.start},${x.end},${q.text},${q.unit},${q.dimension},${q.qualifier ?? ''},${c === undefined ? '' : `${c.kind},${c.indicator},${c.key},${c.period.year ?? ''},${c.period.status},${c.period.scope ?? ''}`}`;
  };
  return [
    input.text,
    input.totalText,
    input.far ? 'far' : '',
    JSON.stringify(input.region),
    input.items.map(figure).join(';'),
    input.totals.map((t) => `${input.items.indexOf(t)}:${figure(t)}`).join(';'),
  ].join('\u0001');
}

function regionPartitions(input: RegionInput): Partition[] {
  const { text, region, items, totals, claims } = input;
  // `…由2019年的2.66亿元增加到2023年的4.56亿元，其中2021年…`: one year picked out of a span is a
  // part of the total only when the total is summed over the span (`累计`, `共完成`).
  // A breakdown from the first years on (`其中：2018年以前…，2019年…，2020年…`) or under a total over a span
  // (`2014-2017年实现脱贫A户`) sums the years too.
  const overYears = OVER_THE_SPAN.test(input.totalText) || FROM_THE_START.test(text.slice(region.from)) || YEAR_SPAN.test(input.totalText);
  if (region.subset && PICKS_A_YEAR.test(text.slice(region.from)) && !overYears) return [];
  // (`其中，8月18日，…B`: one day picked out of the period, its record; several dates in turn list the days.)
  if (region.subset && PICKS_A_DAY.test(text.slice(region.from)) && (text.slice(region.from, region.to).match(DAY_DATE)?.length ?? 0) === 1) return [];
  if (!region.bracketed) {
    const regionEnd = siblingCut(region, text, items, totals, claims, input.totalText) ?? unparallelCut(region, text, items, claims);
    // `其中，农业…；林业…；牧业…；渔业…；农林牧渔服务业…`: clauses that complete a known family are parts,
    // however unlike their names look.
    // Members of one family, not all of them, are siblings too (`其中农业…；林业…；牧业…；渔业…`).
    // Clauses of a nested 其中 (region.exclude) are the inner list's, not siblings here.
    const own = segmentsOf(text, region).filter(([a]) => !(region.exclude && a >= region.exclude[0] && a < region.exclude[1]));
    const heads = segmentHeads(text, own, items);
    if (regionEnd !== undefined && familyOf(heads) === undefined && !partialFamily(heads)) {
      // `其中：男性A；女性B；汉族C；少数民族D`: two complete families in a row cut the total two ways; the first
      // runs to its last member, wherever an unlike name would have ended the list.
      const k = twoFamiliesSplit(heads);
      const firstEnd = k === undefined ? undefined : own[k - 1]?.[1];
      region.to = firstEnd !== undefined && firstEnd > regionEnd ? firstEnd : regionEnd;
    }
  }
  // `其中：A、B、C，收入合计43.4亿元`: the sum of a wider balance ends the parts.
  const sumWord = SUM_AFTER.exec(text.slice(region.from, region.to));
  if (sumWord) region.to = region.from + sumWord.index;
  const stock = STOCK_CLAUSE.exec(text.slice(region.from, region.to));
  if (stock) region.to = region.from + stock.index;
  const ranked = RANKED_CLAUSE.exec(text.slice(region.from, region.to));
  if (ranked) region.to = region.from + ranked.index;
  const finer = FINER_CLASS_CLAUSE.exec(text.slice(region.from, region.to));
  if (finer) region.to = region.from + finer.index;
  const bound = BOUND_CLAUSE.exec(text.slice(region.from, region.to));
  if (bound) region.to = region.from + bound.index;
  const step = region.subset ? BALANCE_STEP_CLAUSE.exec(text.slice(region.from, region.to)) : null;
  if (step) region.to = region.from + step.index;
  const aspect = region.subset ? ASPECT_CLAUSE.exec(text.slice(region.from, region.to)) : null;
  if (aspect) region.to = region.from + aspect.index;
  // `其中：上划收入A，地方收入B，在地方收入中：…`: what follows breaks down B, not the total.
  const inner = innerBreakdownAt(text, region.from, region.to);
  if (inner !== undefined) region.to = inner;
  // `…，其中6个项目…，同时我乡新增…项目40个`: a new statement ends the list.
  const fresh = region.subset ? newStatementAt(text, region.from, region.to) : undefined;
  if (fresh !== undefined) region.to = fresh;
  // `去年外销产值A，…。其中日本去年B，…，今年前8月也买了C`: a part of another year (relative to the total's) ends the list.
  const totalYear = region.subset && input.totals[0] !== undefined ? lastRelativeYear(input.totalText.slice(0, input.totals[0].start)) : undefined;
  const otherYear = totalYear === undefined ? undefined : otherRelativeYearAt(text, region.from, region.to, totalYear);
  if (otherYear !== undefined) region.to = otherYear;
  // `…第二产业增加值A，同比增长g，二产业中工业增加值B…`: the clause breaks down the part it names.
  const named = innerNamedMarks(text, region.from, region.to).find((m) => items.some((p) => p.start >= region.from && p.end <= m.at && localLabel(text, p).includes(m.name)));
  if (named !== undefined && region.exclude === undefined) {
    const close = indexOfFrom(text, /[；;]/, named.at + 1);
    region.exclude = [named.at, close < 0 || close > region.to ? region.to : close];
  }
  // `其中：甲类基金权益A，包括本金B，收益C；乙类…`: the figures after 包括 break down the part before it.
  const includes = region.subset && region.exclude === undefined ? innerIncludesAt(text, region.from, region.to) : undefined;
  if (includes !== undefined) {
    const close = indexOfFrom(text, /[；;]/, includes + 1);
    region.exclude = [includes, close < 0 || close > region.to ? region.to : close];
  }
  // `其中：第一产业…；第二产业…；第三产业…，其中：交通运输…；批发和零售业…`: once the clauses complete a
  // known family the list is whole; the clauses after it break down its last member.
  const familyEnd =
    familyPrefixEnd(text, region, items) ??
    familyBeforeSemicolon(text, region, items) ??
    familyThenOther(text, region, items, region.nested !== true) ??
    enumeratedEnd(text, region, items, input.totals.map((t) => localLabel(input.totalText, t)));
  // `总人口中，男性A；女性B；14岁以下C；15-64岁D；65岁以上E`: age groups that cover every age after the
  // family are a second cut of the same total, read on their own.
  const agesAfter = familyEnd !== undefined && region.to > familyEnd + 1 ? ageCutAfter(text, { ...region, from: familyEnd + 1, exclude: undefined }, items) : undefined;
  if (familyEnd !== undefined) region.to = familyEnd;
  // `人员A，其中女性B，35岁及以下的C，36至54岁的D，55岁及以上的E`: age groups that cover every age after an
  // item of another cut make up the total on their own.
  const agesFrom = agesAfterOther(text, region, items);
  if (agesFrom !== undefined) region.from = agesFrom;
  // `收入7.71亿元，其中：税收收入…、非税收入…）、上级补助收入…`: a closing bracket with no opening one in
  // the list closes the breakdown the writer meant to bracket.
  const stray = strayCloseAt(text, region.from, region.to);
  if (stray !== undefined) region.to = stray;
  let segments = segmentsOf(text, region);
  // `其中：福州9.55万元、宁德1.34万元；109.11万元结转到下年`: under 其中, a `；` clause that opens on a bare figure
  // names no item; after items joined by 、 the list ended before it.
  const namelessAt = region.subset ? segments.findIndex(([a, b], j) => j > 0 && opensOnFigure(text, a, b, items)) : -1;
  // (Items joined by 、 after their figures: a 、 inside a name, `编造虚假项目、提供虚假资料`, joins no items.)
  if (namelessAt > 0 && segments.slice(0, namelessAt).some(([a, b]) => items.some((p) => p.start >= a && p.end < b && text.charAt(p.end) === '、')) && /[；;]/.test(text.charAt((segments[namelessAt]?.[0] ?? 1) - 1))) {
    region.to = segments[namelessAt - 1]![1];
    segments = segmentsOf(text, region);
  }
  // `…第三产业产值C，一、二、三产业产值比为43.5:18.7:37.8，农民人均…`: a clause stating the ratio of the items
  // closes the list; what follows it is a new statement.
  const ratioAt = segments.findIndex(([a, b], j) => j > 1 && STRUCTURE_RATIO.test(text.slice(a, b)));
  if (ratioAt > 1) {
    region.to = segments[ratioAt - 1]![1];
    segments = segmentsOf(text, region);
  }
  // `其中，蚕豆1900亩，…，冬荞700，其它400亩`: an item whose figure has no unit is an amount the parts cannot
  // count; what they add up to says nothing.
  if (segments.some(([a, b]) => unitlessItem(text, a, b, items))) return [];
  const ex = region.exclude;
  // `其中返还性收入9.74亿元（税收返还4.95亿元，非税返还4亿元…）`: figures in a bracket deeper than the
  // list itself break down the part before them; they are no further parts.
  const depth = bracketDepths(text);
  const level = depth[region.from] ?? 0;
  // (`总出口货值为T；再出口（A）及本地产品出口（B）`: in a family list a bracket holding nothing but the member's figure
  // is how it is written, no breakdown.)
  // (`不过夜旅客( 1,567,434人次 )`: spaces inside the bracket change nothing. Nor in any list: `当中珠海市( 248,712人次 )及
  // 广州市旅客( 204,644人次 )`, a bracket holding nothing but a name's figure, is how Macao writes the value.)
  const wrapped = (p: Placed): boolean =>
    (depth[p.start] ?? 0) === level + 1 && OPEN_BRACKET.test(text.slice(0, p.start).replace(/[\s\u3000]+$/, '').slice(-1)) && CLOSE_BRACKET.test(text.slice(p.end).replace(/^[\s\u3000]+/, '').charAt(0));
  const regionItems = items.filter((p) => p.start >= region.from && p.end <= region.to && !(ex && p.start >= ex[0] && p.end <= ex[1]) && ((depth[p.start] ?? 0) <= level || wrapped(p)));
  const out: Partition[] = [];
  for (const unit of new Set(regionItems.map((p) => p.q.unit))) {
    out.push(...unitPartitions(input, segments, regionItems, unit));
  }
  if (agesAfter !== undefined) out.push(...regionPartitions({ ...input, region: agesAfter }));
  return out;
}

/** True when a partition's parts add up to more than its total, by less than 0.5 % of it. */
function exceedsByASliver(p: Partition): boolean {
  const excess = sub(sum(p.parts.map((x) => x.q.value)), p.total.q.value);
  return cmp(excess, dec(0)) > 0 && cmp(shift(excess, 3), mul(p.total.q.value, dec(5))) < 0;
}

/** A clause stating a ratio of several items (`产值比为43.5:18.7:37.8`, `结构比例为1:2:7`). */
const STRUCTURE_RATIO = /(?:比|比例|之比|比重)(?:为|為|是|調整為|调整为)?[\s\u3000]*[0-9０-９.．]+[\s\u3000]*[：:︰∶][\s\u3000]*[0-9０-９.．]+[\s\u3000]*[：:︰∶]/;

/** A segment whose first figure comes before any name: only punctuation or spaces precede it. */
function opensOnFigure(text: string, from: number, to: number, items: readonly Placed[]): boolean {
  const first = items.find((p) => p.start >= from && p.end <= to);
  return first !== undefined && /^[\s\u3000，,；;：:、]*$/.test(text.slice(from, first.start));
}

/** A segment closing on a bare number (`冬荞700`): digits that no figure of the sentence reads. */
function unitlessItem(text: string, from: number, to: number, items: readonly Placed[]): boolean {
  const seg = text.slice(from, to).replace(/[\s\u3000]+$/, '');
  if (!UNITLESS_END.test(seg)) return false;
  // `实现旅游收入4649万元，同比增长41.7；武陵源区…`: a growth rate that lost its % is a change of the item
  // before it, no item of its own.
  if (directionAtEnd(seg.replace(/[0-9０-９]+(?:[.．][0-9０-９]+)?$/, '')) !== undefined) return false;
  const end = from + seg.length;
  return !items.some((p) => p.start < end && p.end >= end);
}

/**
 * A name then a number with nothing after it (`冬荞700`); not a measure that has no unit, said with a verb of
 * being or named as a ratio or an index (`性别比为103.7`, `指数102.1`), nor an ordinal (`第3`).
 */
const UNITLESS_END = /[\u4e00-\u9fff](?<![为為是达達比数數第至到约約近])[0-9０-９]+(?:[.．][0-9０-９]+)?$/;

/**
 * True when the i-th figure is a change: a change word right before it (`比上年增加2058万人`), or it goes
 * on a list of changes joined to the one before it (`分别比上年末增加2058万人和395万人`: 395 is a change too).
 */
function changeListed(text: string, figures: readonly Placed[], i: number): boolean {
  for (let k = i; k >= 0; k--) {
    const p = figures[k];
    if (p === undefined) return false;
    if (changeBefore(text.slice(Math.max(0, p.start - 6), p.start))) return true;
    const prev = figures[k - 1];
    if (prev === undefined || !/^[\s\u3000]*(?:和|与|與|及|、)[\s\u3000]*$/.test(text.slice(prev.end, p.start))) return false;
  }
  return false;
}

/** The rest of a region, when its clauses are exactly age groups that cover every age (a cut of its own). */
function ageCutAfter(text: string, rest: Region, items: Placed[]): Region | undefined {
  if (!namesAge(text.slice(rest.from, rest.to))) return undefined;
  const segments = segmentsOf(text, rest).filter(([a, b]) => items.some((p) => p.start >= a && p.end <= b));
  if (segments.length < 3 || segments.length > MAX_PARTS) return undefined;
  const heads = segmentHeads(text, segments, items);
  return heads.length === segments.length && familyOf(heads) === AGE_GROUPS ? rest : undefined;
}

/** The offset of the first closing bracket between `from` and `to` that no bracket there opened. */
/** The words a figure's own span opens with before its number (`突破400亿元`: 突破). */
function leadOf(figure: string): number {
  const m = /[0-9０-９零〇一二两兩三四五六七八九十百千万萬亿億]/.exec(figure);
  return m === null ? 0 : m.index;
}

function strayCloseAt(text: string, from: number, to: number): number | undefined {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i] ?? '';
    if (OPEN_BRACKET.test(c)) depth++;
    else if (CLOSE_BRACKET.test(c)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/**
 * The end of the first clauses that complete a known family, when the last of them opens a breakdown
 * of its own and the clauses after it do not belong to the family.
 */
function familyPrefixEnd(text: string, region: Region, items: Placed[]): number | undefined {
  const segments = segmentsOf(text, region);
  if (segments.length < 3 || segments.length > MAX_PARTS) return undefined;
  const heads: string[] = [];
  for (const [a, b] of segments) {
    const first = items.find((p) => p.start >= a && p.end <= b);
    if (first === undefined) return undefined;
    heads.push(text.slice(a, first.start).replace(/^[\s\u3000，,；;：:、]+/, ''));
  }
  if (familyOf(heads) !== undefined) return undefined;
  for (let k = 2; k < heads.length; k++) {
    const last = segments[k - 1];
    // Only where the last member opens a breakdown of its own (`第三产业…，其中：…`).
    if (last !== undefined && familyOf(heads.slice(0, k)) !== undefined && namesSubset(text.slice(last[0], last[1]))) return last[1];
  }
  return undefined;
}

/** A class of firms by size (`规模以上`, `限额以上`) before an item's name: that item's own subset. */
const SCALE_QUALIFIER = /^(?:规模以上|规上|限额以上|限上)/;

/**
 * `工农业总产值A，其中工业总产值B，农业总产值C，财政收入D`: once the items name every member the total's own name
 * enumerates (工 and 农), the list is whole; what follows is another indicator, no part.
 */
function enumeratedEnd(text: string, region: Region, items: Placed[], totalNames: readonly string[]): number | undefined {
  const segments = segmentsOf(text, region).filter(([a, b]) => items.some((p) => p.start >= a && p.end <= b));
  if (segments.length < 3 || segments.length > MAX_PARTS) return undefined;
  const heads = segmentHeads(text, segments, items);
  if (heads.length !== segments.length) return undefined;
  const names = totalNames.map((n) => sinceLastFigure(n).replace(/^[\s\u3000，,。；;：:]+/, '')).filter((n) => n.length >= 3);
  // (`工业总产值B；规模以上工业总产值B1；农业总产值C`: the above-scale firms' output is inside the item before it,
  // no member of its own.)
  const kept: number[] = [];
  heads.forEach((h, i) => {
    const inner = SCALE_QUALIFIER.exec(h);
    if (!(inner && heads.slice(0, i).some((earlier) => earlier.startsWith(h.slice(inner[0].length))))) kept.push(i);
  });
  for (let k = 2; k < kept.length; k++) {
    const end = segments[kept[k - 1] ?? -1]?.[1];
    const listed = kept.slice(0, k).map((i) => heads[i] ?? '');
    const next = heads[kept[k] ?? -1] ?? '';
    if (end !== undefined && names.some((n) => membersNamedBy(n, listed) !== undefined && membersNamedBy(n, [...listed, next]) === undefined)) return end;
  }
  return undefined;
}

/**
 * The start of a closing run of age groups that cover every age (cues/breakdowns.ts, AGE_GROUPS), when
 * the items before it are no age groups (`其中女性…，35岁及以下的…，36至54岁的…，55岁及以上的…`).
 */
function agesAfterOther(text: string, region: Region, items: Placed[]): number | undefined {
  if (!namesAge(text.slice(region.from, region.to))) return undefined;
  const segments = segmentsOf(text, region).filter(([a, b]) => items.some((p) => p.start >= a && p.end <= b));
  if (segments.length < 4 || segments.length > MAX_PARTS) return undefined;
  const heads = segmentHeads(text, segments, items);
  if (heads.length !== segments.length || familyOf(heads) !== undefined) return undefined;
  for (let k = 1; k <= heads.length - 3; k++) {
    if (familyOf(heads.slice(k)) !== AGE_GROUPS) continue;
    // Every item before the run is of another cut: none names an age.
    if (heads.slice(0, k).some(namesAge)) return undefined;
    return segments[k]?.[0];
  }
  return undefined;
}

/**
 * `其中：一般预算收入A，…，其中：税收收入B，非税收入C，上级补助收入D`: inside a nested 其中, the items that
 * complete a known family break its part down; the item after them returns to the outer list. In a
 * plain list, `其中，续建项目…；新开工项目…；亿元以上项目…`: the family is the whole, and the item of
 * another (cross-cutting) class after it cuts the total again.
 */
function familyThenOther(text: string, region: Region, items: Placed[], crossOnly: boolean): number | undefined {
  // A clause with no figure (`；人口均为汉族`) names no item of either cut, nor does one with a rate alone
  // (`其中进口A，下降13.3%，出口B，增长1.3%，贸易顺差C`: the changes of the items before them).
  const segments = segmentsOf(text, region).filter(([a, b]) => items.some((p) => p.start >= a && p.end <= b && ADDITIVE_DIMENSIONS.has(p.q.dimension)));
  if (segments.length < 3 || segments.length > MAX_PARTS) return undefined;
  const heads = segmentHeads(text, segments, items);
  if (heads.length !== segments.length) return undefined;
  for (let k = 2; k < heads.length; k++) {
    const end = segments[k - 1]?.[1];
    // In a plain 其中 list a family may be the first items of a longer list (批发/零售 before 住宿/餐饮):
    // only an item of a cross-cutting class (`亿元以上项目…`) shows that another cut has begun.
    // After the two halves of a cut (`非农业人口…；农业人口…`) no sibling of that cut can follow either.
    const family = familyOf(heads.slice(0, k));
    // (Nor can an item named as a total of its own, `；油料总产量…` after 小春 and 大春 grain.)
    const next = heads[k] ?? '';
    if (crossOnly && !crossCutting(next) && !(family !== undefined && opensOwnTotal(heads.slice(0, k), next)) && !(halvesOf(family) && familyOf(heads.slice(k, k + 2)) === undefined && !thirdKindAfterHalves(family, heads[0] ?? '', next))) continue;
    if (end !== undefined && family !== undefined && familyOf(heads.slice(0, k + 1)) === undefined) return end;
  }
  return undefined;
}

/**
 * `其中：一般债务A，专项债务B；核定债务限额C`: a first `；` clause whose `，` items complete a known
 * family, followed by a single clause that is no member of it, is the whole list: the clause after
 * the `；` is a sibling of the total. (Two or more clauses after it may be further cuts: left alone.)
 */
function familyBeforeSemicolon(text: string, region: Region, items: Placed[]): number | undefined {
  const clauses = segmentsOf(text, region, '；;');
  const [first, second] = clauses;
  if (clauses.length !== 2 || first === undefined || second === undefined) return undefined;
  const within = (a: number, b: number): Placed[] => items.filter((p) => p.start >= a && p.end <= b);
  const clauseItems = segmentsOf(text, { ...region, to: first[1] }, '，,').filter(([a, b]) => within(a, b).length > 0);
  // `男性A，女性B，分别占总人口的p%和q%`: a clause of rates that goes on about the items before it
  // (占, 增长, 分别) is no item of the list.
  const inner = clauseItems.filter(([a, b]) => within(a, b).some((p) => ADDITIVE_DIMENSIONS.has(p.q.dimension)));
  const remarks = clauseItems.filter((seg) => !inner.includes(seg));
  if (remarks.some(([a, b]) => !continuesItem(text.slice(a, within(a, b)[0]?.start ?? b).replace(/^[\s\u3000，,；;：:、]+/, '')))) return undefined;
  const heads = segmentHeads(text, inner, items);
  const family = heads.length >= 2 && heads.length === inner.length ? familyOf(heads) : undefined;
  if (family === undefined) return undefined;
  // One figure per clause, or the same units in the same order in every clause (`城市A户、B人，农村C户、D人`:
  // households and people side by side, each unit a list of its own).
  const shapeOf = ([a, b]: [number, number]): string => within(a, b).map((p) => p.q.unit).join('|');
  const shape = inner[0] === undefined ? '' : shapeOf(inner[0]);
  const units = shape.split('|');
  if (new Set(units).size !== units.length || inner.some((seg) => shapeOf(seg) !== shape)) return undefined;
  // `其中：城镇人口A，农村人口B；男性C，女性D`: a second family is another cut of the same total.
  if (familyOf(segmentHeads(text, segmentsOf(text, { ...region, from: second[0], to: second[1] }, '，,'), items)) !== undefined) return undefined;
  // (Read without their glosses: `商品和服务支出（公用支出）` is no 公用经费 of a list that 项目支出 would finish.)
  const restHead = withoutGloss(segmentHeads(text, [second], items)[0] ?? '');
  const bare = heads.slice(1).map(withoutGloss);
  if (familyOf([...bare, restHead]) !== undefined || familyOf([restHead, ...bare]) !== undefined) return undefined;
  return first[1];
}

/** A name without a bracketed gloss (`工资福利支出（人员支出）` → `工资福利支出`). */
function withoutGloss(name: string): string {
  return name.replace(/[（(][^（()）]*[）)]/g, '');
}

/** Each segment's words up to its first figure (`农业产值`), for family tests. */
function segmentHeads(text: string, segments: [number, number][], items: Placed[]): string[] {
  return groupBySegment(segments, items)
    .map((g, j) => {
      // `14岁以下3217人`, `15～64岁…`: a bound of a range, or an age right before the count, belongs to
      // the item's name, not its figure.
      // (`在前6个月中广东福彩销售A`: the months a segment opens with are no figure of its item, nor part of its name.)
      const seg = segments[j];
      const open = seg === undefined ? 0 : seg[0] + (/^[\s\u3000，,；;：:、]*/.exec(text.slice(seg[0]))?.[0].length ?? 0);
      const lead = seg === undefined ? 0 : monthsLeadLength(text.slice(open, seg[1]));
      const f = g.find((p, i) => p.start >= open + lead && !boundsItemName(text, p.end, g[i + 1]?.start));
      return f && seg ? text.slice(open + lead, f.start).replace(/^[\s\u3000，,；;：:、]+/, '') : '';
    })
    .filter((h) => h !== '');
}

/** One set of parts for one total: the t-th figure of each segment, or a one-segment list. */
interface Slot {
  parts: Placed[];
  labels: string[];
  /** The words right before the last part (`其余`, `、其他`), for the remainder test. */
  lastWords: string;
}

function unitPartitions(input: RegionInput, segments: [number, number][], regionItems: Placed[], unit: string): Partition[] {
  const { text, claims } = input;
  // A part's change written after it (`税收收入17924万元，比上年减少2956万元`) is no part: left out, but
  // only a known complete family is read then (below); in other lists changes go with nested levels
  // (`粮食面积…，增加…；水稻面积…；油料面积…`) often enough to make the set unreliable.
  // `床位640张，其中：…240张，每千人拥有床位1.82张`: a ratio closing the list is no item; elsewhere
  // (below) an average among the items makes the whole set unreliable.
  // (`…支出完成A，占调整预算B的99.9%`: the base of a part's completion rate is no item, and unsettles nothing.)
  // (A threshold an item crossed, `进口413.5亿元，…历史首次突破400亿元`, is no item and unsettles nothing: cues/breakdowns.ts
  // milestoneFigure.)
  const milestone = (p: Placed): boolean => !eligible(p, text, claims.get(p.index)) && milestoneFigure(text.slice(Math.max(0, p.start - 12), p.start + leadOf(text.slice(p.start, p.end))), text.slice(p.end, p.end + 4));
  const ofUnitAll = regionItems.filter((p) => p.q.unit === unit && !RATE_BASE.test(text.slice(p.end, p.end + 12)) && !milestone(p));
  // `…，是省林业厅下达任务38万亩的142%`: the plan the total is measured against ends the list.
  const planAt = ofUnitAll.findIndex((p, i) => i > 0 && restatesPlan(localLabel(text, p)));
  const ofThisUnit = planAt > 0 ? ofUnitAll.slice(0, planAt) : ofUnitAll;
  let keep = ofThisUnit.length;
  while (keep > 2 && NON_ADDITIVE_LABEL.test(localLabel(text, ofThisUnit[keep - 1]!)) && /^每/.test(localLabel(text, ofThisUnit[keep - 1]!).replace(/^[\s\u3000，,；;、]+/, ''))) keep--;
  const withChanges = ofThisUnit.slice(0, keep);
  const unitTotals = input.totals.filter((p) => p.q.unit === unit);
  const ofUnit = withChanges.filter((_, i) => !changeListed(text, withChanges, i));
  // `其中：村自筹资金A，申请财政奖补资金B，比上年财政奖补资金净增C`: a change after the last part speaks of
  // that part (or the total), and the list before it is whole; only changes among the parts unsettle it.
  const lastPartEnd = Math.max(...ofUnit.map((p) => p.end), 0);
  const changesLeftOut = withChanges.some((p) => !ofUnit.includes(p) && p.start < lastPartEnd);
  // Another ineligible figure of the unit (a bound, an average) makes the set unreliable.
  if (ofUnit.some((p) => !eligible(p, text, claims.get(p.index)))) return [];
  // `农副业产值6.5亿元，争取达7亿元；工业产值3亿元，力争达3.5亿元`: each item given a base and a stretch
  // target is two values of one item; the total (`…9.5亿元，争取达10.5亿元`) likewise.
  const stretch = (t: string, p: Placed): boolean => isStretchTarget(t.slice(Math.max(0, p.start - 8), p.start));
  if (ofThisUnit.some((p) => stretch(text, p)) || unitTotals.some((p) => stretch(input.totalText, p))) return [];
  // (`人均工资性收入` under a per-head income is a per-head component: summed below.)
  const perHeadTotal = unitTotals.some((p) => perHeadWhole(localLabel(input.totalText, p)));
  // (`高中生均经费85万元` is a fund named after its per-student standard: a total, summed.)
  if (ofUnit.some((p) => NON_ADDITIVE_LABEL.test(localLabel(text, p)) && !(perHeadTotal && perHeadComponent(localLabel(text, p))) && !perHeadFund(localLabel(text, p), p.q.unitText))) return [];
  // `财产净收入负64元`: figures are read without their sign; a negative part is not summed wrongly.
  if (ofUnit.some((p) => NEGATIVE_BEFORE.test(text.slice(Math.max(0, p.start - 1), p.start)))) return [];
  // `自然增加数为负762人，…其中，迁入人口以25至29岁418人最多…`: a negative amount (a net loss) is the whole of
  // no positive parts.
  if (unitTotals.some((p) => NEGATIVE_BEFORE.test(input.totalText.slice(Math.max(0, p.start - 1), p.start)))) return [];
  // `城镇居民人均消费支出A元，农村居民人均消费支出B元，其中食品烟酒支出C元`: which per-head figure the
  // components break down is not written when two stand before them.
  if (unitTotals.length > 1 && unitTotals.some((p) => NON_ADDITIVE_LABEL.test(localLabel(input.totalText, p)))) return [];
  // `存栏40202头，其中：黄牛28510头；奶牛8984头；马2708匹；生猪32029头…`: a list that counts its items
  // in several measure words of one dimension names kinds of several wholes (生猪 is no 大牲畜):
  // which of the 头 items belong to the total is not written.
  // (`夏粮总产量为A万吨（B亿斤）`: a bracket right after a figure that gives it in another unit restates it; no other measure.)
  const restated = (p: Placed, i: number): boolean => {
    const prev = regionItems[i - 1];
    return prev !== undefined && prev.q.dimension === p.q.dimension && prev.q.unit !== p.q.unit && CONVERSION_BRACKET.test(text.slice(prev.end, p.start));
  };
  const measured = regionItems.some(restated) ? regionItems.filter((p, i) => !restated(p, i)) : regionItems;
  if (mixedMeasures(measured, ofUnit, unit) && !pairedPerItem(segments, measured, ofUnit, unit)) return [];
  // `城乡居民人均可支配收入分别增长12%和13%，分别达43366元和13835元`: the subject before a 分别 list
  // names what every item measures; per-capita figures never add up to a total.
  if (!input.region.subset && ofUnit[0] && NON_ADDITIVE_LABEL.test(text.slice(input.region.from, ofUnit[0].start))) return [];
  const bySegment = groupBySegment(segments, ofUnit).filter((g) => g.length > 0);
  if (bySegment.length === 0 || unitTotals.length === 0) return [];
  // `人均可支配收入30362元。其中：工资性收入…；经营净收入…`: a per-head total adds up its per-head
  // components only; any other part (`城镇居民…`) makes the set no sum.
  if (unitTotals.some((p) => NON_ADDITIVE_LABEL.test(sinceLastFigure(localLabel(input.totalText, p)))) && !ofUnit.every((p) => perHeadComponent(localLabel(text, p)))) return [];
  let slots = slotsOf(input, segments, regionItems, ofUnit, bySegment, unitTotals.length);
  // How many segments the list was read in (the finer count when `，` separates items too).
  let segmentCount = bySegment.length;
  if (!slots && bySegment.some((g) => g.length > 1)) {
    // `其中：农业11.4亿元，占51.1%；林业1.3亿元，占5.8%，畜牧业9.5亿元…`: `；` and `，` both separate
    // items; split at both, so that each item is a segment of its own.
    const fine = segmentsOf(input.text, input.region, '；;，,');
    const byFine = groupBySegment(fine, ofUnit).filter((g) => g.length > 0);
    // Only for an explicit list (`其中：`) whose items are named alike (`…产值`), or for items that
    // complete a known family whatever the opener (`其中，…；渔业…，增长0.5%，农林牧渔服务业…`).
    const fineSlots = byFine.every((g) => g.length === 1) ? slotsOf(input, fine, regionItems, ofUnit, byFine, unitTotals.length) : undefined;
    const heads = fineSlots?.[0]?.labels.map((l) => l.replace(/^[\s\u3000，,；;：:、]+/, '')) ?? [];
    const head = heads[0];
    const alike = heads.length > 1 && head !== undefined && (familyOf(heads) !== undefined || heads.every((h) => commonSuffix(h, head) >= 2));
    const family = heads.length > 1 && familyOf(heads) !== undefined;
    // A budget balance's items (`一般公共预算支出…；债务还本支出…，安排预算稳定调节基金等…`): named alike
    // or as items only a balance lists (cues/breakdowns.ts).
    const balance = head !== undefined && heads.some((h) => BALANCE_ITEM.test(h)) && heads.every((h) => commonSuffix(h, head) >= 2 || BALANCE_ITEM.test(h));
    // (So do items named alike after a `按…分` mark with no colon: `按工程类型分，建筑工程产值A，…；安装工程产值B，…，
    // 其他产值C`, the classes of one classification whichever mark the writer put between them.)
    // (Not with a 其中 inside the cut: `第二产业增加值B，其中工业增加值C；第三产业…` nests a part in a class.)
    const classified = classifiedList(input.text, input.region.from) || (input.region.byMark === true && alike && !input.text.slice(input.region.from, input.region.to).includes('其中'));
    if ((explicitList(input.text, input.region.from) && alike) || family || balance || classified || repeatedGroups(heads, bySegment, input, unitTotals)) {
      slots = fineSlots;
      segmentCount = byFine.length;
    }
  }
  // Hostile input (a list of thousands of figures) is no report table: keep the work bounded.
  if (!slots && bySegment.length > 1 && bySegment.every((g) => g.length > 1 && g.length <= MAX_PARTS)) {
    // `其中，城镇人口A，乡村人口B；男性人口C，女性人口D`: each `；` clause cuts the one total another
    // way, when each is a known complete family.
    const last = unitTotals.at(-1);
    const cuts = familyCuts(input, segments, bySegment);
    if (last && cuts) return cuts.flatMap((slot) => partitionOf(input, slot, last, slot.parts.length) ?? []);
  }
  // `其中税收收入A、非税收入B，主要是…，政府性基金收入C`: the members of a known family joined by `、` in the list's first
  // clause make up the total; the clauses after them are statements of their own.
  if (!slots && bySegment.length > 1) {
    const head = bySegment[0] ?? [];
    const joined = head.length >= 2 && head.every((p, i) => i === 0 || /^[^，,；;。]*、[^，,；;。]*$/.test(text.slice(head[i - 1]!.end, p.start)));
    const labels = head.map((p, i) => (i === 0 ? localLabel(text, p) : text.slice(head[i - 1]!.end, p.start)).replace(/^[\s\u3000，,；;：:、]+/, ''));
    if (joined && familyOf(labels) !== undefined) {
      slots = [{ parts: head, labels, lastWords: labels[labels.length - 1] ?? '' }];
      segmentCount = 1;
    }
    // `其中：中央财政专项扶贫资金A、省级财政专项扶贫资金B、市级…资金C，县级配套资金D`: under 其中, one more item
    // per clause after the 、 list, each named alike (`…资金`), goes on the same list.
    const rest = bySegment.slice(1);
    if (!slots && joined && input.region.subset && rest.every((g) => g.length === 1)) {
      const more = rest.map((g) => localLabel(text, g[0]!).replace(/^[\s\u3000，,；;：:、]+/, ''));
      const first = labels[0] ?? '';
      const all = [...labels, ...more];
      if (all.every((l) => commonSuffix(l, first) >= 2 && !/\d/.test(l))) {
        const parts = [...head, ...rest.map((g) => g[0]!)];
        slots = [{ parts, labels: all, lastWords: all[all.length - 1] ?? '' }];
        segmentCount = parts.length;
      }
    }
  }
  if (!slots || slots.some((slot) => slot.parts.length > MAX_PARTS)) return [];
  if (changesLeftOut && slots.some((slot) => familyOf(slot.labels) === undefined)) return [];
  // `现房销售A，期房销售B。其中，商品住宅现房销售C；商品住宅期房销售D`: when the totals right before the parts
  // are themselves named by the members of the parts' family, each part is inside the total of its own name,
  // not a part of one.
  const partFamily = slots.length === 1 && slots[0] ? familyOf(slots[0].labels.map((l) => l.replace(/^[\s\u3000，,；;：:、]+/, ''))) : undefined;
  const lastTotals = unitTotals.slice(-(slots[0]?.parts.length ?? 0));
  if (partFamily !== undefined && lastTotals.length >= 2 && membersNamed(partFamily, lastTotals.map((p) => localLabel(input.totalText, p))) === lastTotals.length) return [];
  const byFamily = familyTotal(input, unitTotals, slots);
  const byMeasure = byFamily === undefined ? measureNamedTotal(input, unitTotals, slots) : undefined;
  const chosen = withPriceBasis(input, unitTotals, byFamily ?? byMeasure ?? unitTotals.slice(unitTotals.length - slots.length), slots);
  // `34个工业大类行业中，13个行业…增长，…其中，17个行业…`: an earlier figure that frames a set (`N个…中`)
  // may be what the 其中 picks from; which one is not written.
  // (With the total chosen by its measure name, the other candidates are the ones to weigh against it.)
  const earlier = byMeasure !== undefined ? unitTotals.filter((p) => !byMeasure.includes(p)) : unitTotals.slice(0, unitTotals.length - slots.length);
  if (input.region.subset && earlier.some((p) => SET_FRAME.test(input.totalText.slice(p.end, p.end + 16)))) return [];
  // `235个重点项目完成投资120.5亿元，…，35个省重点项目完成投资25亿元。其中，建成投运项目完成投资…`: opening
  // the next sentence, parts named by the measure of two figures before them may break down either.
  if (input.region.subset && input.region.totalsBefore < 0 && slots.length === 1 && ambiguousMeasure(input, chosen[0], earlier, slots[0])) return [];
  // `常住人口A，城镇人口B，乡村人口C，其中男性D，女性E`: a complete family that adds up to an earlier figure
  // exactly, not to the one right before it, breaks that earlier one down: the 其中 reaches back past C.
  // (Only to a figure the family may break down: 税收 + 非税 is no 财政总收入, and a part above its 一般公共预算收入
  // stays a slip.)
  const slot0 = slots[0];
  const mayHold = (p: Placed): boolean =>
    partFamily !== undefined && slot0 !== undefined && !familyNotUnder(partFamily, (input.claims.get(p.index)?.indicator ?? localLabel(input.totalText, p)).replace(/^[\s\u3000，,。]+/, ''), slot0.labels);
  if (partFamily !== undefined && slots.length === 1 && slot0 && chosen[0] && addsUpToEarlier(slot0, chosen[0], earlier.filter(mayHold))) return [];
  const out: Partition[] = [];
  slots.forEach((slot, t) => {
    const p = chosen[t] && partitionOf(input, slot, chosen[t], segmentCount);
    if (p) out.push(p);
  });
  return out;
}

/**
 * The `；` clauses of a region as slots, when every clause lists one known complete family (one
 * figure per member, each named by the words since the figure before it); else undefined.
 */
/** True when the region's `；` clauses (two or more) each state one amount and the last opens with 其他 / 其余. */
function closedByRemainder(region: Region, text: string, items: readonly Placed[]): boolean {
  // The last clause first (most lists have none that is a rest): one scan back to its `；`.
  let lastStart = region.to;
  while (lastStart > region.from && text[lastStart - 1] !== '；' && text[lastStart - 1] !== ';') lastStart--;
  if (lastStart <= region.from || !isRemainder(text.slice(lastStart, region.to).replace(/^[\s\u3000]+/, ''))) return false;
  const clauses: [number, number][] = [];
  let start = region.from;
  for (let i = region.from; i <= region.to; i++) {
    if (i < region.to && text[i] !== '；' && text[i] !== ';') continue;
    clauses.push([start, i]);
    start = i + 1;
  }
  const last = clauses.at(-1);
  if (clauses.length < 3 || last === undefined) return false;
  const amounts = (a: number, b: number): Placed[] => items.filter((p) => p.start >= a && p.end <= b && ADDITIVE_DIMENSIONS.has(p.q.dimension));
  if (clauses.some(([a, b]) => amounts(a, b).length !== 1)) return false;
  const head = text.slice(last[0], amounts(last[0], last[1])[0]?.start ?? last[1]).replace(/^[\s\u3000]+/, '');
  return isRemainder(head);
}

/**
 * `资金总计T，其中甲工程监理费A，测绘费B，青苗补偿费C；乙工程监理费D，测绘费E，青苗补偿费F`: under a total named
 * as a whole (总计, 合计), `；` clauses that each list the same distinct items in the same order (every name
 * ending as its counterpart does) are groups of one list, every amount a part. Items that share an ending
 * within a group (`投资A，完成投资B`) may be one amount told twice: not read so.
 */
function repeatedGroups(heads: readonly string[], bySegment: readonly Placed[][], input: RegionInput, unitTotals: readonly Placed[]): boolean {
  const n = bySegment[0]?.length ?? 0;
  if (n < 2 || bySegment.length < 2 || bySegment.some((g) => g.length !== n) || heads.length !== n * bySegment.length) return false;
  const total = unitTotals.at(-1);
  if (total === undefined || !WHOLE_WORD.test(nameOf(total, input.totalText, input.claims))) return false;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (commonSuffix(heads[i] ?? '', heads[j] ?? '') >= 2) return false;
  return heads.every((h, k) => commonSuffix(h, heads[k % n] ?? '') >= 2);
}

function familyCuts(input: RegionInput, segments: [number, number][], bySegment: Placed[][]): Slot[] | undefined {
  const { text, region } = input;
  const slots: Slot[] = [];
  for (const g of bySegment) {
    const first = g[0];
    const seg = first && segments.find(([a, b]) => first.start >= a && first.end <= b);
    if (!seg) return undefined;
    const labels = g.map((p, i) => text.slice(i === 0 ? Math.max(seg[0], region.from) : (g[i - 1]?.end ?? seg[0]), p.start).replace(/^[\s\u3000，,；;：:、]+/, ''));
    if (familyOf(labels) === undefined) return undefined;
    slots.push({ parts: g, labels, lastWords: labels.at(-1) ?? '' });
  }
  return slots;
}

/**
 * `在校生156928人，其中：小学312所，学生91635人；初级中学32所，学生44949人；…`: every item states one
 * figure of the other measure word (its schools) beside one of the unit (its pupils): a parallel list
 * of two measures, not kinds of several wholes counted in several measure words.
 */
function pairedPerItem(segments: [number, number][], regionItems: Placed[], ofUnit: Placed[], unit: string): boolean {
  const dimension = ofUnit[0]?.q.dimension;
  let items = 0;
  for (const [a, b] of segments) {
    const inSeg = regionItems.filter((p) => p.start >= a && p.end <= b && p.q.dimension === dimension);
    const mine = inSeg.filter((p) => p.q.unit === unit).length;
    const others = inSeg.length - mine;
    if (mine === 0 && others === 0) continue;
    if (mine !== 1 || others !== 1) return false;
    items++;
  }
  return items >= 2;
}

/** True when `wanted` occurs in `seq` in order, other entries allowed between (`户|万人|亿元` holds `户|亿元`). */
function holdsInOrder(seq: string[], wanted: string[]): boolean {
  let j = 0;
  for (const x of seq) if (x === wanted[j]) j++;
  return j === wanted.length;
}

/** True when a figure of the same dimension but another unit stands among the figures of `unit`. */
function mixedMeasures(regionItems: Placed[], ofUnit: Placed[], unit: string): boolean {
  const first = ofUnit[0];
  const last = ofUnit[ofUnit.length - 1];
  if (first === undefined || last === undefined || first === last) return false;
  return regionItems.some((p) => p.q.unit !== unit && p.q.dimension === first.q.dimension && p.start > first.start && p.start < last.start);
}

function slotsOf(
  input: RegionInput,
  segments: [number, number][],
  regionItems: Placed[],
  ofUnit: Placed[],
  bySegment: Placed[][],
  totalCount: number,
): Slot[] | undefined {
  const { text, region, claims } = input;
  if (bySegment.length === 1) {
    const list = bySegment[0];
    if (list === undefined) return undefined;
    // One part is still checkable under 其中 (it cannot exceed its total); elsewhere a single
    // figure is no list.
    if (list.length < 2 && !region.subset) return undefined;
    // Labels: the claim's indicator, else the words since the previous figure (`、其他0.5亿元`).
    const before = (i: number): string => {
      const p = list[i];
      return p === undefined ? '' : text.slice(list[i - 1]?.end ?? region.from, p.start);
    };
    const labels = list.map((p, i) => claims.get(p.index)?.indicator ?? before(i));
    return [{ parts: list, labels, lastWords: before(list.length - 1) }];
  }
  // No segment holds a figure of the unit (every part was in another unit): no slots.
  const first = bySegment[0];
  if (!first) return undefined;
  const k = first.length;
  if (bySegment.some((g) => g.length !== k) || totalCount < k) return undefined;
  // A segment's subject: its text up to its first figure (`重点产业项目`, `政府性投资`).
  // (`年龄35岁及以下的有A`: an age bound belongs to the subject, not its first figure.)
  // (`0—14岁人口为A万人`: an age range followed by the segment's count names the item too.)
  // (`在前6个月中广东福彩销售A`: the months a segment opens with are no figure of its subject, nor part of its name.)
  const opening = segments.map(([a, b]) => {
    const open = a + (/^[\s\u3000，,；;：:、]*/.exec(text.slice(a, b))?.[0].length ?? 0);
    const lead = monthsLeadLength(text.slice(open, b));
    return lead > 0 ? open + lead : a;
  });
  const firstOf = groupBySegment(segments, regionItems).map((g, j) => g.find((p, i) => p.start >= (opening[j] ?? 0) && !(p.q.unit === '岁' && (boundsItemName(text, p.end, g[i + 1]?.start) || g[i + 1] !== undefined))) ?? g[0]);
  const unitGroups = groupBySegment(segments, ofUnit);
  const segTexts: string[] = [];
  segments.forEach(([a, b], j) => {
    const g = unitGroups[j];
    if (g === undefined || g.length === 0) return;
    const head = text.slice(opening[j] ?? a, firstOf[j]?.start ?? b);
    // `其中有73个单位…套取资金A；584个单位挤占资金B；另有23个项目…涉及金额C`: a count that opens the clause (how many
    // units did it) has nothing but 有 before it; the item is named between the count and the amount.
    const count = firstOf[j];
    const amount = g[0];
    segTexts.push(count !== undefined && amount !== undefined && count !== amount && count.end <= amount.start && countLeadOnly(head) ? text.slice(count.end, amount.start) : head);
  });
  const labels = familyOf(segTexts) === undefined ? (subjectsBefore(text, segments, firstOf, unitGroups) ?? segTexts) : segTexts;
  const slots: Slot[] = [];
  // Every segment holds k figures (checked above), so g[t] is there.
  for (let t = 0; t < k; t++) slots.push({ parts: bySegment.map((g) => g[t]!), labels, lastWords: labels[labels.length - 1] ?? '' });
  return slots;
}

/**
 * `其中城市低保620户1253人，发放低保金327万元，农村低保784户1302人，发放低保金144万元`: the money
 * clauses name no subject; the clause before each (with no figure of the unit) does. Its words joined
 * to the clause's own are the labels, but only when they then name a known complete family.
 */
function subjectsBefore(text: string, segments: [number, number][], firstOf: (Placed | undefined)[], unitGroups: Placed[][]): string[] | undefined {
  const out: string[] = [];
  for (let j = 0; j < segments.length; j++) {
    const seg = segments[j];
    const g = unitGroups[j];
    if (seg === undefined || g === undefined || g.length === 0) continue;
    const prev = segments[j - 1];
    const prevGroup = unitGroups[j - 1];
    // `留宿旅客消费为A，按年减幅为x%，不过夜旅客消费则按年增加y%，为B`: a segment that opens the list, or follows
    // another item, is named by its own words.
    if (prev === undefined || (prevGroup !== undefined && prevGroup.length > 0)) {
      const own = text.slice(seg[0], firstOf[j]?.start ?? seg[1]).replace(/^[\s\u3000，,；;：:、]+/, '').replace(CHANGE_AFTER_SUBJECT, '');
      if (own === '' || /^(?:[为為是]|[达達]到?)$/.test(own)) return undefined;
      out.push(own);
      continue;
    }
    // (`内地旅客较去年同期多约15%，录得263万人次`: the subject's own change is no part of its name.)
    // (`住宅楼花买卖大幅减少63.3%至251个，成交金额下跌67.9%至24.2亿元`: nor the amount's own, nor an adverb or a
    // verb of amounting left before it.)
    const subject = text.slice(prev[0], firstOf[j - 1]?.start ?? prev[1]).replace(/^[\s\u3000，,；;：:、]+/, '').replace(CHANGE_AFTER_SUBJECT, '').replace(SUBJECT_TAIL, '');
    out.push(subject + text.slice(seg[0], firstOf[j]?.start ?? seg[1]).replace(/^[\s\u3000，,；;：:、]+/, '').replace(CHANGE_AFTER_SUBJECT, ''));
  }
  return familyOf(out) === undefined && complementPair(out) === undefined ? undefined : out;
}

/** Adverbs and verbs of amounting closing a subject once its change is cut off (`大幅`, `共`). */
const SUBJECT_TAIL = /(?:大幅|小幅|略|稍|亦|也|则|則)?(?:共有|共|有|为|為)?$/;

/** Where a subject's own change begins (`…旅客量较去年同期多约`, `…上月按年增加`): cut off before its name is read. */
const CHANGE_AFTER_SUBJECT = /(?:较|較|比(?![重例率值])|同比|环比|環比|按年|按月|上月|去年|今年|增长|增長|增加(?!值)|上升|下降|下跌|上涨|上漲|回落|提高|降低|减少|減少)[^，,；;。]*$/;

/** The reason of a partition closed by a remainder item (`其余…`, `其他…`). */
export const REMAINDER_REASON = '其余';
/** The reason of a fund statement's list (every source or use named, 其他 among them). */
export const FUND_STATEMENT_REASON = '基金收支';

/** The text from an offset to the end of its `；` clause (or sentence). */
function clauseAfter(text: string, from: number): string {
  const end = text.slice(from).search(/[；;。]/);
  return text.slice(from, end < 0 ? text.length : from + end);
}

/**
 * Two sub-year scopes of one figure's period: equal, or a running total to date (`累计`) or the month (`当月`) in
 * a text that names its month elsewhere.
 */
function sameSubYear(a: string, b: string): boolean {
  if (a === b || a === '累计' || b === '累计') return true;
  const month = (s: string): boolean => s === '当月' || /^\d{1,2}月$/.test(s);
  return (a === '当月' || b === '当月') && month(a) && month(b);
}

/** The opening of a bracket right after a figure that gives it in another unit (`（`, `（约`, `（折合`). */
const CONVERSION_BRACKET = /^[\s\u3000]*[（(][\s\u3000]*(?:约|約|折合|合|即)?$/;

/** How far before a total an average named for its whole list is looked for (AVERAGE_NAMED_BEFORE). */
const AVERAGE_WINDOW = 80;

/** The partition of one slot under one total, or undefined when the total is not theirs. */
/** `从54.7亿元提高到81.9亿元`: the figure is the level a change started from (an earlier period's). */
function startLevel(p: Placed, text: string): boolean {
  return startsAChange(text.slice(Math.max(0, p.start - 12), p.start), text.slice(p.end, p.end + 8));
}

function partitionOf(input: RegionInput, given: Slot, total: Placed, segmentCount: number): Partition | undefined {
  const { text, region, claims, totalText } = input;
  // `首季经常收入A，当中博彩税收B，单计3月的赌税C`: beside parts of the total's own period, a figure of a narrower one
  // (one month of the quarter) is a slice of a part, no part; which of the items are is then not certain. (Parts that
  // are all periods of their own, `一季度…其中1月份A；2月份B；3月份C`, cut the total by time.)
  const totalScope = claims.get(total.index)?.period.scope;
  if (totalScope !== undefined && given.parts.length > 1) {
    const own = (p: Placed): boolean => sameSubYear(claims.get(p.index)?.period.scope ?? totalScope, totalScope);
    if (given.parts.some(own) && !given.parts.every(own)) return undefined;
  }
  // `财政总收入达127.6亿元，其中一般公共预算收入从54.7亿元提高到81.9亿元`: the level a change started
  // from is a part only of a total that is such a level too (`总产值由123.7亿元增加到…，其中农业由43.4亿元…`).
  const fromTotal = startLevel(total, totalText);
  const same = given.parts.map((p) => startLevel(p, text) === fromTotal);
  const kept: Slot = same.every(Boolean)
    ? given
    : { parts: given.parts.filter((_, i) => same[i]), labels: given.labels.filter((_, i) => same[i]), lastWords: given.lastWords };
  // `有工业企业19个，其中规模以上6个，有营业面积超过50平方米以上的综合商店或超市114个`: an item opened by 有
  // that does not name the total's head noun is a new statement about the subject, not a part: the list
  // ends before it.
  const head = nameOf(total, totalText, claims).slice(-2);
  const existential = kept.labels.findIndex((l, i) => i > 0 && opensExistential(l) && !l.includes(head));
  // `其中一孩1901人，二孩869人，三孩及以上60人，已审核1403人`: the members of a known complete family listed first
  // close the list; what follows them is a new statement (`已审核`), not one more part.
  // `年度计划投资A。其中新建项目…计划投资B；续建项目…计划投资C；…完成投资D`: under a plan, the parts are plans;
  // an amount said to be done (完成, 实际) after two of them reports progress, and the list has ended.
  const totalLabel = localLabel(totalText, total);
  const planTotal = stageOf(totalLabel) !== undefined && !namesActual(totalLabel);
  const doneWords = kept.parts.map((p) => namesActual(localLabel(text, p)));
  const doneAt = planTotal ? doneWords.findIndex((done, i) => i >= 2 && done && !doneWords.slice(0, i).some(Boolean)) : -1;
  const familyStop = familyPrefixLength(kept.labels);
  const stop = existential > 0 ? existential : familyStop > 0 ? familyStop : doneAt;
  const slot: Slot = stop > 0 ? { parts: kept.parts.slice(0, stop), labels: kept.labels.slice(0, stop), lastWords: kept.labels[stop - 1] ?? '' } : kept;
  if (slot.parts.length === 0) return undefined;
  // A total in the previous sentence must be named like its parts (`固定资产投资…。其中，工业投资…`):
  // `进出口相抵，顺差506.8亿元。其中，对…国家进出口额786.2亿元` breaks down the trade, not the surplus.
  // An explicit list (`其中：`) and a part named after its figure (`其中，7项约束性指标`) are exempt.
  const lead = slot.parts[0];
  if (lead === undefined) return undefined;
  const partName = nameOf(lead, text, claims).replace(/^[\s\u3000，,：:]+/, '');
  const explicit = explicitList(text, region.from);
  const totalName = nameOf(total, totalText, claims);
  const family = familyOf(slot.labels);
  const named = membersNamedBy(totalName, slot.labels) ?? membersJoinedBy(totalName, slot.labels);
  // `…固定资产投资45.4亿元。分产业看，第一产业…；第二产业…；第三产业…`: under a `分…看` mark, members
  // of a complete family named bare cut the total before them whatever it measures.
  // `2010年全市林业产值54.2亿元。第一产业29.79亿元，第二产业16.12亿元，第三产业8.29亿元。`: so too members
  // named bare that open the sentence after one figure of their unit.
  const bareCut = region.byMark === true || (region.familyOnly === true && region.totalsBefore < 0);
  const underMark = bareCut && family !== undefined && bareMembers(family, slot.labels.map((l) => l.replace(/^[\s\u3000，,；;：:、]+/, ''))) && input.totals.filter((p) => p.q.unit === total.q.unit).length === 1;
  const fits = (family !== undefined && (familyFitsTotal(family, totalName, slot.labels) || underMark)) || named !== undefined;
  // (Or members the total's name enumerates: `进出境客运量A。进境客运量B；出境客运量C`.)
  // (`进出口总额A，出口B，进口C`: the members of a family the total's name enumerates, 进 and 出, though bare.)
  const enumerated = membersNamedBy(totalName, slot.labels) !== undefined;
  if (region.familyOnly && !enumerated && (family === undefined || !(familyFitsTotal(family, totalName, slot.labels) || underMark) || familyNotUnder(family, totalName.replace(/^[\s\u3000，,。]+/, ''), slot.labels))) return undefined;
  // Unless that sentence states one figure of the unit and nothing else it could be (`参保人数3.0万人，
  // 比上年末增加822人。其中企业参保职工…`): a net figure (顺差, 结余) still needs the name.
  const sole = input.totals.filter((p) => p.q.unit === total.q.unit).length === 1 && !NET_FIGURE.test(totalName);
  // Opening its sentence, the family breaks down the sentence before only when that one states a single
  // figure of the unit (`城镇人口A，牧区人口B。男性C，女性D`: the whole is stated further back).
  if (region.familyOnly && region.totalsBefore < 0 && !sole) return undefined;
  // (Or a list under the last amount of its unit in the sentence before, when their sum lies near that amount and far
  // from every other: `招收A；在校生B。其中，视力残疾学生…，其他残疾学生…`, `销售额A，筹集公益金B。其中，上缴中央…，各区留存…`.)
  const closedUnderLast = region.totalsBefore < 0 && region.subset && slot.parts.length >= 2 && nearestBySum(input.totals, total, slot.parts);
  if (region.totalsBefore < 0 && !explicit && !fits && !sole && !closedUnderLast && partName.length >= 2 && !related(totalName, partName)) return undefined;
  // `…经费A。一是安排公用经费B…；二是…`: items counted off break down the amount before them only when the
  // first is named like it (`地区生产总值A。一是固定资产投资B…` lists highlights, not parts).
  if (region.ordinal === true && !related(totalName.replace(/[\s\u3000]+/g, ''), partName.replace(/^一是/, ''))) return undefined;
  // Two sentences back, the total must be named like its parts or fit their family, even for `其中：`.
  if (input.far && !fits && !related(totalName, partName)) return undefined;
  // `覆盖半径25公里，其中广播覆盖半径35公里`: a radius or a height is no sum of parts.
  if (nonAdditive(totalName) || slot.labels.some((l) => nonAdditive(l))) return undefined;
  // `总财力为A（含上年净结余B后的总财力为C）`: a figure named as the total after something is counted in is the total
  // restated on another footing, no part of it.
  if (slot.parts.some((p) => restatesTotalAfter(text.slice(Math.max(0, p.start - 24), p.start), totalName))) return undefined;
  // `社会消费品零售总额…其中…批发业销售额8.4亿元`: a part measured otherwise (销售额 vs 零售额) is no part.
  if (!family && slot.parts.some((p) => measureConflict(totalName, nameOf(p, text, claims)))) return undefined;
  // `销售原煤A万吨…其中国有重点煤矿原煤产量B万吨`: sold and produced are two volumes, whatever family the parts make.
  if (slot.parts.some((p) => volumeConflict(totalName, nameOf(p, text, claims)))) return undefined;
  // `基本医疗保险参保人数A。企业职工基本养老保险参保人数B、城乡居民…C`: the insured of another insurance.
  if (slot.parts.some((p) => insuranceConflict(totalName, nameOf(p, text, claims)))) return undefined;
  // `注册外资A，实际利用外资B，其中开发区注册外资C`: the part is named like an earlier figure of the
  // clause, not like the total just before 其中: which one it breaks down is not certain.
  if (!family && named === undefined && closerTotal(input, total, partName)) return undefined;
  // `肉类总产量A；禽蛋产量B；牛奶产量C。其中猪肉产量D，占肉类总产量的76.9%`: the part's own share names
  // another figure before it as its whole.
  if (sharesAnotherWhole(input, total, slot, text)) return undefined;
  // `粮食播种面积36.9万亩，其中稻谷32.7万亩；烟叶4.5万亩；蔬菜27.8万亩`: after the grains the bulletin
  // goes on to other crops; which items still break down the grain is not written.
  if (slot.labels.some((l) => notGrainUnder(totalName, l))) return undefined;
  // `地区生产总值A。三次产业分别完成投资B、C、D`: sectors measured otherwise (投资) than their value added
  // are no parts of GDP; they break down a total that ends with what they measure.
  const sectorMeasure = sectorsMeasuredBy(slot.parts.map((p) => claims.get(p.index)?.key));
  if (sectorMeasure !== undefined && !totalName.endsWith(sectorMeasure)) return undefined;
  // `过亿美元企业9家，其中出口过亿美元企业5家、过千万美元企业22家`: another size class is another set.
  if (slot.labels.some((l) => otherSizeClass(localLabel(totalText, total), l))) return undefined;
  // `在园幼儿18527人，其中城区幼儿11023人，农村幼儿7504人，在园教职工2171人`: the first parts give the
  // total exactly and the rest are named with another head noun: the list ended before them.
  // (Members of one known family are no strays, however a slip makes the first of them add up.)
  if (!family && strayAfterExactPrefix(slot, total, totalName, text, claims)) return undefined;
  // `其中开发区实现开票收入A，占…，实现销售收入B`: the second figure measures the first part again.
  if (!family && slot.labels.some((l, i) => i > 0 && continuesItemBefore(slot.labels[0] ?? '', l))) return undefined;
  // `年度计划投资9.4亿元。其中，…总投资68.3亿元`: a project total is no part of a year's amount.
  const totalMeasure = measureOf(localLabel(totalText, total));
  if (totalMeasure && slot.parts.some((p) => (measureOf(localLabel(text, p)) ?? totalMeasure) !== totalMeasure)) return undefined;
  // `…；其余25项为…` / `包括…、其他…`: the last part is the remainder, so the parts cover the total.
  const listed = segmentCount === slot.parts.length || (region.inclusive === true && segmentCount === 1) || (segmentCount === 1 && enumeratedByPauses(slot, text));
  // (A lone `其中，其他营利性服务业43家`: a class so named in the statistics, no rest of named items before it.)
  const rest = isRemainder(slot.lastWords) && listed && slot.parts.length >= 2 ? REMAINDER_REASON : undefined;
  // `温州蜜柑面积为A，…，分别占橘园总面积…的49.1%…；椪柑为B…；…；其他为C`: a first figure that takes its own share
  // of a wider whole, outside any 其中, is the first of the kinds listed, not their total.
  if (rest !== undefined && !region.subset && family === undefined && takesShareOfNamedWhole(clauseAfter(totalText, total.end))) return undefined;
  // A fund's statement with its 其他收入 anywhere in the list names every source (cues/breakdowns.ts).
  const fund = (listed || segmentCount === 1) && fundStatementList(slot.labels, totalName.replace(/^[\s\u3000，,。]+/, '')) ? FUND_STATEMENT_REASON : undefined;
  // A family names a complete set only under a total it makes up (税收 + 非税 is no 财政总收入).
  const set =
    (family !== undefined && familyNotUnder(family, totalName.replace(/^[\s\u3000，,。]+/, ''), slot.labels) ? undefined : family) ??
    named ??
    fund ??
    rest ??
    complementPair(slot.labels) ??
    colonEnumeration(region, slot, segmentCount, total, text) ??
    // (`共投入资金A，其中中央资金B，省级资金C，县级配套D`: money from every level of government, top to bottom.)
    (total.q.dimension === 'money' && namesFunds(totalName) && levelsCover(slot.labels) ? LEVELS_REASON : undefined) ??
    // (`合计资金310万元，资金来源为中央衔接资金A、历年结余资金B`: the sources named in full, no 等 after them.)
    (region.sources === true && listed && slot.parts.length >= 2 && total.q.dimension === 'money' && !closesWithEtc(text.slice(slot.parts[slot.parts.length - 1]?.end ?? 0)) ? SOURCES_REASON : undefined) ??
    membersListedByTotal(totalName, slot.labels) ??
    // (`海关共监管三亚、海口两家离岛免税店销售免税品总金额A`: the members named in the total's clause before its name.)
    membersListedByTotal(localLabel(totalText, total), slot.labels) ??
    // (`总经费68亿元，公务预算及作业基金分别负担66.5亿元及1.5亿元`: the payers of a cost bear the whole of it.)
    (total.q.dimension === 'money' && slot.parts[0] !== undefined && payersSharingCost(localLabel(text, slot.parts[0])) === slot.parts.length ? COST_SHARED_REASON : undefined);
  // 分三类：A 9.6亿元，B 11.2亿元，C 8.7亿元 (one segment each) or A、B、C in one segment.
  const byCount =
    region.announced !== undefined && region.announced === slot.parts.length && (segmentCount === slot.parts.length || segmentCount === 1);
  return {
    total,
    parts: slot.parts,
    labels: slot.labels,
    keys: slot.parts.map((p) => claims.get(p.index)?.key),
    complete: byCount || set !== undefined,
    reason: byCount ? `分${region.announced}类` : (set ?? region.listName),
    subset: region.subset,
    sentence: input.si,
    ...(region.allocation ? { allocation: true } : {}),
    ...(region.plainBracket ? { plainBracket: true } : {}),
  };
}

/** How far (a fraction of the total) the sum of a closed list may lie from the amount it breaks down. */
const NEAR_SUM = dec(3, 1);

/**
 * True when `total` is the last amount of its unit among the candidates and the parts' sum lies within NEAR_SUM of
 * it and outside NEAR_SUM of every other candidate: which amount the list breaks down is then not in doubt.
 */
function nearestBySum(totals: readonly Placed[], total: Placed, parts: readonly Placed[]): boolean {
  const ofUnit = totals.filter((p) => p.q.unit === total.q.unit && p.q.dimension === total.q.dimension && isPoint(p.q));
  if (ofUnit[ofUnit.length - 1] !== total) return false;
  const s = sum(parts.map((p) => p.q.value));
  const near = (p: Placed): boolean => cmp(abs(sub(s, p.q.value)), mul(abs(p.q.value), NEAR_SUM)) <= 0;
  return near(total) && ofUnit.every((p) => p === total || !near(p));
}

/** Why payers named before `分别负担` make a complete list. */
const COST_SHARED_REASON = '各方分别负担的经费';

/**
 * `其中：A 3.43亿元、B 183.58亿元、…、C、D等其他转移支付104.85亿元`: one clause whose parts follow one another
 * with 、 between each and the next (an enumeration comma, no other figure between): each part is an item of
 * its own, as in a list split by commas, so a closing 其他 takes in the rest of them all.
 */
function enumeratedByPauses(slot: Slot, text: string): boolean {
  if (slot.parts.length < 2) return false;
  for (let k = 1; k < slot.parts.length; k++) {
    const before = slot.parts[k - 1];
    const part = slot.parts[k];
    if (before === undefined || part === undefined) return false;
    const between = text.slice(before.end, part.start);
    // (The last item may be joined by 及 or 和 instead: `A、B及其他C`.)
    const pause = between.includes('、') || (k === slot.parts.length - 1 && k >= 2 && /[及和与]/.test(between));
    if (!pause || /[，,；;。（(）)]/.test(between)) return false;
  }
  return true;
}

/** A total named as a whole (`总收入`, `合计`). */
const WHOLE_WORD = /[总總]|合[计計]/;

/**
 * Where a 其中 region ends early: at a `；` clause that names a sibling of the total rather than a
 * part of it (`一般公共预算收入10.2亿元，其中税收收入8.1亿元；一般公共预算支出30.5亿元`).
 */
function siblingCut(region: Region, text: string, items: Placed[], totals: Placed[], claims: ReadonlyMap<number, Claim>, totalText: string): number | undefined {
  if (!region.subset) return undefined;
  const totalNames = totals.map((t) => claims.get(t.index)?.indicator).filter((n): n is string => n !== undefined && n.length >= 3);
  if (totalNames.length === 0) return undefined;
  // The clauses of the list: split at `；`, or at `，` when it has none (`其中税收…，非税…，地方公共财政支出…`).
  const separator = /[；;]/.test(text.slice(region.from, region.to)) ? /[；;]/ : /[，,]/;
  // `乐透型A，占总销量的56.2%，其中…；竞猜型B，占总销量的35.4%`: a clause whose figure takes a share of the
  // whole the total takes its own share of is the total's sibling.
  const lastTotal = totals[totals.length - 1];
  // (Read in the total's own sentence: a total in the sentence before has its offsets there.)
  const totalWhole = lastTotal === undefined ? undefined : wholeNamedAfter(totalText.slice(lastTotal.end, lastTotal.end + 20));
  for (let i = region.from; i < region.to; i++) {
    if (!separator.test(text[i] ?? '')) continue;
    const next = items.find((p) => p.start > i && p.end <= region.to);
    if (totalWhole !== undefined && next !== undefined && separator.source.includes('；') && wholeNamedAfter(text.slice(next.end, next.end + 20)) === totalWhole) return i;
    const name = next && claims.get(next.index)?.indicator;
    if (!name) continue;
    // (`资产总额A，负债总额B。其中：行政单位资产总额C，事业单位资产总额D`: a clause named inside one candidate
    // total is a part of that one, whatever it shares with another.)
    if (totalNames.length > 1 && totalNames.some((t) => namedInside(name, t))) continue;
    // (Nor a clause that shares a longer tail, three characters or more, with another candidate than with the
    // one it looks like a sibling of: `交通集团资产总额` beside `资产总额` and `负债总额`.)
    const closer = (sib: string): boolean => totalNames.some((t) => t !== sib && commonSuffix(t, name) >= 3 && commonSuffix(t, name) > commonSuffix(sib, name));
    if (totalNames.some((t) => isSibling(t, name) && !closer(t))) return i;
    // `中央企业利润A，其中，中央管理企业B；地方国有企业C`: a clause opening with another member of the family the
    // total opens with is the total's sibling (the two members are disjoint). Not under a total that names a
    // whole (`一般公共预算总收入`, `财政总收入`): its member word names what the whole is of, not one member.
    // (The sibling states the total's own measure, `…累计利润` beside `…累计利润`: `财政收入…，其中国税累计完成…` lists
    // the collectors of that revenue, no siblings of it.)
    if (totalNames.some((t) => commonSuffix(t, name) >= 2 && !WHOLE_WORD.test(t) && nextMemberOf(t, name))) return i;
    const broken = totalNames[totalNames.length - 1];
    if (broken !== undefined && frameSibling(broken, name)) return i;
    // `输往内地的出口额A，其中输往泛珠三角九省区的出口额B；往香港的出口额C`: after `；` a clause of the total's measure
    // that drops the qualifier the total and its first part both carry (内地) is the total's sibling.
    if (broken !== undefined && separator.source.includes('；') && dropsQualifier(broken, firstNamed(region, items, claims), name)) return i;
    if (broken !== undefined && separator.source.includes('；') && repeatsTotalMeasure(broken, firstNamed(region, items, claims), name)) return i;
    // `造林面积A，其中人工造林面积B；种草改良面积C，其中人工种草面积D`: after `；` a clause that shares less of the
    // total's name than the first part does, and breaks itself down with a 其中 of its own, is the total's
    // sibling with a list of its own.
    // (`新增债务限额A，其中：一般债务限额B，专项债务限额C，当年收回债务限额D，其中：一般债务限额E…`: a clause whose own 其中
    // opens with the very name the list opened with is a total beside this one, after `，` too.)
    if (next !== undefined && opensSubset(text.slice(next.end, next.end + 8).replace(/^[，,]/, ''))) {
      const firstName = firstNamed(region, items, claims);
      const lessOfTotal = (f: string): boolean => separator.source.includes('；') && totalNames.some((t) => commonSuffix(t, f) >= 3 && commonSuffix(t, name) < commonSuffix(t, f));
      const innerFirst = items.find((p) => p.start > next.end);
      const innerName = innerFirst && claims.get(innerFirst.index)?.indicator;
      const sameOpening = (f: string): boolean => innerName !== undefined && withoutSubsetLead(innerName) === withoutSubsetLead(f);
      if (firstName !== undefined && firstName !== name && (lessOfTotal(firstName) || sameOpening(firstName))) return i;
    }
  }
  return undefined;
}

/**
 * True when the total's name and its first part's carry a qualifier before the measure they share with the
 * clause's name (`输往内地的出口额`, `输往泛珠三角内地九省区的出口额`: 内地), and the clause's name does not
 * (`往香港的出口额`).
 */
const ELIDABLE_QUALIFIER = /人均|户均|戶均|全年|累计|累計|合计|合計|本年|当年|當年|同期|上年|全市|全县|全縣|全区|全區|全省|全镇|全鎮|全国|全國/;

function dropsQualifier(total: string, first: string | undefined, name: string): boolean {
  if (first === undefined || first === name) return false;
  const shared = commonSuffix(total, name);
  if (shared < 3 || commonSuffix(first, name) < shared) return false;
  const lead = total.slice(0, total.length - shared).replace(/[的之]$/, '');
  const qualifier = lead.slice(-2);
  // (Not a word the later names may leave out, `人均生产性现金收入；非生产经营性现金收入`: per head, the year, the place.)
  return qualifier.length === 2 && /^[\u4e00-\u9fff]{2}$/.test(qualifier) && !ELIDABLE_QUALIFIER.test(qualifier) && first.includes(qualifier) && !name.includes(qualifier);
}

/** The indicator of the first named figure of a region. */
function firstNamed(region: Region, items: Placed[], claims: ReadonlyMap<number, Claim>): string | undefined {
  for (const p of items) {
    if (p.start < region.from || p.end > region.to) continue;
    const name = claims.get(p.index)?.indicator;
    if (name) return name;
  }
  return undefined;
}

/**
 * Where a `其中，…；…` region ends when no colon announces a list: at the first `；` clause whose
 * subject is not parallel to the first part (`其中出口7.9亿元；实际利用外资…，引进资金68.2亿元`).
 * `其中：A…；B…；C…` is an explicit list and keeps all its clauses.
 */
function unparallelCut(region: Region, text: string, items: Placed[], claims: ReadonlyMap<number, Claim>): number | undefined {
  if (!region.subset) return undefined;
  // `其中：夏粮0.94万亩；秋粮3.57万亩；油料面积2857亩`: even an explicit list ends at a clause that
  // shares no word with its first part (油料 is no kind of 粮).
  const explicit = explicitList(text, region.from);
  // `按行业划分：农业收入A；牧业收入B；运输业C…`: the classes of one classification, however unlike their names.
  if (classifiedList(text, region.from)) return undefined;
  // (Kinds of one known set, `初中…；小学…`, are items of it too.)
  const fits = explicit ? (a: string, b: string): boolean => related(a, b) || sameKindSet(a, b) : parallel;
  // Names from claims, else the words before the figure (`男108374人` has no claim of its own).
  // `7个市级示范镇3.55亿元`: a count that opens the clause (how many the subject holds) has no name of
  // its own; the first figure with one names the clause.
  const nameAfter = (from: number): string | undefined => {
    for (const next of items) {
      if (next.start < from || next.end > region.to) continue;
      const name = claims.get(next.index)?.indicator ?? withoutSubsetLead(localLabel(text, next).replace(/^[\s\u3000，,；;：:、]+/, ''));
      if (name) return name;
      if (!/^[个個家所]/.test(text.slice(next.end, next.end + 1))) return undefined;
    }
    return undefined;
  };
  const first = nameAfter(region.from);
  if (!first) return undefined;
  // `其中：案件审判A；案件执行B；“两庭”建设C；其他法院支出D`: a list whose last `；` clause is the rest (其他,
  // 其余) and whose every clause states one amount is one list, however unlike its names (`其中，增值税A；企业所得税B；
  // 个人所得税C；…等其他税种D` too, with no colon).
  if (closedByRemainder(region, text, items)) return undefined;
  // `其中：小学312所，学生91635人；初级中学32所，学生44949人`: clauses that state the same measures in the
  // same order (two or more) are parallel items however their subjects are named.
  // Only amounts and counts make the shape (a level and its growth is every clause's shape); figures in
  // a bracket (`普通高中20所（含一贯制学校8所），在校学生…`) say what one item holds and are no part of it.
  // (Depths are read only for a text with a bracket: most have none.)
  const depth = OPEN_BRACKET.test(text) ? bracketDepths(text) : undefined;
  const level = depth?.[region.from] ?? 0;
  const shapeOf = (from: number, to: number): string =>
    items
      .filter((p) => p.start >= from && p.end <= to && ADDITIVE_DIMENSIONS.has(p.q.dimension) && (depth?.[p.start] ?? 0) <= level)
      // (People and person-times are one kind of count here: `资助参保A万人，支出B；救助C万人次，支出D`.)
      .map((p) => p.q.unit.replace(/次$/, ''))
      .join('|');
  const clauseEnd = (from: number): number => {
    const end = indexOfFrom(text, /[；;]/, from);
    return end < 0 || end > region.to ? region.to : end;
  };
  const firstShape = shapeOf(region.from, clauseEnd(region.from));
  // `其中地丁银5.55万元，占62.29%；田赋附捐5550元，占6.23%；…`: clauses that each give one amount and its
  // share of no named whole are shares of one total, the 其中's: parallel items whatever their names.
  // (So are clauses that each give one amount and its share of one named whole, the same in every clause:
  // `其中住房公积金A，占归集额的p%；新职工住房补贴B，占归集额的q%`.)
  const sharedAmount = (from: number, to: number): string | undefined => {
    const amounts = items.filter((p) => p.start >= from && p.end <= to && ADDITIVE_DIMENSIONS.has(p.q.dimension));
    const amount = amounts[0];
    if (amounts.length !== 1 || amount === undefined) return undefined;
    const after = text.slice(amount.end, amount.end + 20);
    // (Most clauses take no share at all: one plain test before the share patterns.)
    if (!after.includes('占') && !after.includes('佔')) return undefined;
    return bareShareAfter(after) ? '' : wholeNamedAfter(after);
  };
  const firstShared = sharedAmount(region.from, clauseEnd(region.from));
  // One short bare name (two to six characters, no verb of its own), one amount, then one rate and
  // nothing more: the rate is its growth (`growth`) or a rate named in the clause (`，销糖率`), returned
  // as written so that two clauses match only on the same rate.
  const amountThenRate = (from: number, to: number): string | undefined => {
    const inClause = items.filter((p) => p.start >= from && p.end <= to);
    const amounts = inClause.filter((p) => ADDITIVE_DIMENSIONS.has(p.q.dimension));
    const rates = inClause.filter((p) => p.q.dimension === 'percent');
    const amount = amounts[0];
    const rate = rates[0];
    if (amounts.length !== 1 || rates.length !== 1 || amount === undefined || rate === undefined || rate.start < amount.end) return undefined;
    const head = text.slice(from, amount.start).replace(/^[\s\u3000，,；;：:、]+/, '');
    if (!BARE_ITEM_NAME.test(withoutSubsetLead(head).replace(/^[\s\u3000，,：:]+/, '').replace(/(?:[为為]|[达達]到?)$/, ''))) return undefined;
    const between = text.slice(amount.end, rate.start);
    if (GROWTH_BETWEEN.test(between)) return 'growth';
    const named = between.replace(/^[\s\u3000，,]+/, '').replace(/(?:[为為]|[达達]到?)$/, '');
    return NAMED_RATE.test(named) ? named : undefined;
  };
  const sameRateShape = (from: number): boolean => {
    const first = amountThenRate(region.from, clauseEnd(region.from));
    return first !== undefined && first === amountThenRate(from, clauseEnd(from));
  };
  // `其中甲工程监理费A，测绘费B，青苗补偿费C；乙工程监理费D，测绘费E，青苗补偿费F`: clauses that list as many
  // amounts (two or more) under the same item names, each ending as its counterpart does, are groups of one list.
  const tailsOf = (from: number, to: number): string[] =>
    items
      .filter((p) => p.start >= from && p.end <= to && ADDITIVE_DIMENSIONS.has(p.q.dimension) && (depth?.[p.start] ?? 0) <= level)
      .map((p) => claims.get(p.index)?.indicator ?? localLabel(text, p));
  const firstTails = tailsOf(region.from, clauseEnd(region.from));
  const sameTails = (from: number): boolean => {
    const tails = tailsOf(from, clauseEnd(from));
    return firstTails.length >= 2 && tails.length === firstTails.length && tails.every((t, k) => commonSuffix(t, firstTails[k] ?? '') >= 2);
  };
  for (let i = region.from; i < region.to; i++) {
    if (text[i] !== '；' && text[i] !== ';') continue;
    if (new Set(firstShape.split('|')).size >= 2 && holdsInOrder(shapeOf(i + 1, clauseEnd(i + 1)).split('|'), firstShape.split('|'))) continue;
    if (sameTails(i + 1)) continue;
    // `其中，湖库养殖面积A、产量B、产值C；…；池塘等其他养殖产量D、产值E`: the remainder clause closing such
    // a list may leave out a measure (its area); two or more of the same measures in order still make it
    // an item.
    const shape = shapeOf(i + 1, clauseEnd(i + 1)).split('|');
    if (new Set(shape).size >= 2 && holdsInOrder(firstShape.split('|'), shape) && isRemainder(text.slice(i + 1, clauseEnd(i + 1)).replace(/[0-9０-９][^]*$/, ''))) continue;
    if (firstShared !== undefined && firstShared === sharedAmount(i + 1, clauseEnd(i + 1))) continue;
    // `其中：税收…；非税…；加上转移性收入…`: the balance's next step, whatever it is named.
    if (opensBalanceStep(text.slice(i + 1, i + 8))) return i;
    const name = nameAfter(i + 1);
    if (explicit && !name) continue;
    // `其中，一般公共预算支出…；债务还本支出…，安排预算稳定调节基金等…`: an item only a budget balance
    // lists (cues/breakdowns.ts) goes on the balance's list whatever the first item was named.
    // `其中造船255.72亿元，同比下降1.97%；修船45.63亿元，同比增长47.48%；海工装备33.13亿元，…`: clauses that
    // each give one short bare name, one amount of the unit and its growth, as the first does, are items.
    // So are clauses that each give a bare name, one amount and the same named rate (`其中，销售甘蔗糖A万吨，
    // 销糖率B%；销售甜菜糖C万吨，销糖率D%`).
    if (name && !fits(first, name) && sameRateShape(i + 1)) continue;
    // (`收入预算A，其中上年结转B；一般公共预算拨款收入C；事业收入D`: after a budget's balance item, its sources of income.)
    if (!name || !(fits(first, name) || BALANCE_ITEM.test(name) || (BALANCE_ITEM.test(first) && /(?:收入|拨款|撥款)$/.test(name)))) return i;
  }
  return undefined;
}

/**
 * The length of the shortest run of labels from the first that names a known complete family, when the
 * whole list names none and the label right after the run opens a later step of handling (cues/lists.ts
 * opensHandledStage); else -1.
 */
function familyPrefixLength(labels: readonly string[]): number {
  if (labels.length < 3 || familyOf([...labels]) !== undefined) return -1;
  const bare = labels.map((l) => l.replace(/^[\s\u3000，,；;：:、]+/, ''));
  for (let k = 2; k < bare.length; k++) {
    const family = familyOf(bare.slice(0, k));
    if (family === undefined) continue;
    // Only a later step of handling the same items after the run (`已审核`, `已发放`) ends it.
    return opensHandledStage(bare[k] ?? '') ? k : -1;
  }
  return -1;
}

/** True when the slot's parts miss `total` but add up, within their rounding, to one of `earlier`. */
function addsUpToEarlier(slot: Slot, total: Placed, earlier: readonly Placed[]): boolean {
  let acc = dec(0);
  let slack = dec(0);
  for (const p of slot.parts) {
    acc = add(acc, p.q.value);
    slack = add(slack, tolerance(p.q));
  }
  const fits = (t: Placed): boolean => t.q.unit === total.q.unit && cmp(abs(sub(acc, t.q.value)), add(slack, tolerance(t.q))) <= 0;
  return !fits(total) && earlier.some(fits);
}

function strayAfterExactPrefix(slot: Slot, total: Placed, totalName: string, text: string, claims: ClaimIndex): boolean {
  const parts = slot.parts;
  if (parts.length < 3) return false;
  const head = totalName.replace(/[\s\u3000]+$/, '');
  let acc = dec(0);
  let slack = tolerance(total.q);
  for (let k = 0; k < parts.length - 1; k++) {
    const p = parts[k]!;
    acc = add(acc, p.q.value);
    slack = add(slack, tolerance(p.q));
    if (k < 1 || cmp(abs(sub(acc, total.q.value)), slack) > 0) continue;
    // A closing remainder (`其它750亩`) continues the list: it is no stray item of another head; nor is
    // one more place after places (`市本级A，东区B，…，米易县C，盐边县D`).
    // Nor is an item joined by 、 and named with the head of an item before it (`…、饲料A、糖料B` after `粮食作物…、
    // 油料…`): the first items fit the total only through their rounding or a slip, and the list goes on. (After a
    // comma a name of that head may start another measure: `，单日到发旅客2.7万人次` after `发送旅客…，到达…`.)
    const heads = new Set(parts.slice(0, k + 1).map((q) => nameOf(q, text, claims).replace(/[\s\u3000]+$/, '').slice(-1)));
    return parts.slice(k + 1).every((r, j) => {
      const name = nameOf(r, text, claims).replace(/[\s\u3000]+$/, '');
      const prev = parts[k + j];
      const listed = prev !== undefined && text.slice(prev.end, r.start).startsWith('、') && heads.has(name.slice(-1));
      return commonSuffix(name, head) < 2 && !listed && !isRemainder(slot.labels[k + 1 + j] ?? '') && !placeItems(slot.labels[0] ?? '', slot.labels[k + 1 + j] ?? '');
    });
  }
  return false;
}

/** Distinct characters of `name` found in `other`. */
function overlap(name: string, other: string): number {
  let n = 0;
  for (const c of new Set(name)) if (other.includes(c)) n++;
  return n;
}

/**
 * Another figure before the chosen total is named by the same measure (`…完成投资`) as the total and as
 * every part: the parts do not say which of the two they break down.
 */
function ambiguousMeasure(input: RegionInput, total: Placed | undefined, earlier: Placed[], slot: Slot | undefined): boolean {
  if (total === undefined || slot === undefined) return false;
  const name = nameOf(total, input.totalText, input.claims);
  const parts = slot.parts.map((p) => nameOf(p, input.text, input.claims));
  // A known family names its own total (familyTotal).
  if (familyOf(slot.labels) !== undefined) return false;
  return earlier.some((e) => {
    const other = nameOf(e, input.totalText, input.claims);
    // (`禽蛋产量…；肉类总产量…。其中猪肉产量…`: 肉 ties the part to the second one.)
    return commonSuffix(other, name) >= 2 && parts.every((n) => commonSuffix(n, name) >= 2 && commonSuffix(n, other) === commonSuffix(n, name) && overlap(n, other) >= overlap(n, name));
  });
}

/** A part's share names as its whole (`占肉类总产量的`) another candidate total, not the chosen one. */
function sharesAnotherWhole(input: RegionInput, total: Placed, slot: Slot, text: string): boolean {
  const bare = (n: string): string => n.replace(/^[\s\u3000，,：:；;]*(?:全[县縣区區市州旗省])?/, '');
  const names = (whole: string, p: Placed): boolean => {
    const n = bare(nameOf(p, input.totalText, input.claims));
    return n.length >= 2 && (n.includes(whole) || whole.includes(n));
  };
  return slot.parts.some((p) => {
    const whole = wholeNamedAfter(text.slice(p.end, p.end + 30));
    return whole !== undefined && !names(whole, total) && input.totals.some((t) => t !== total && names(whole, t));
  });
}

/** Another total of the same unit shares clearly more of the part's name than the chosen one. */
function closerTotal(input: RegionInput, total: Placed, partName: string): boolean {
  const chosenName = nameOf(total, input.totalText, input.claims);
  const chosen = overlap(chosenName, partName);
  // `共完成进出口A，…，进口B，…，其中，曹县进出口完成C…`: the parts name one earlier figure's measure word for word
  // and not the chosen total's (进口 is no word of 进出口).
  const wordFor = (name: string): string => name.replace(LEADING_VERBS, '');
  const chosenWord = wordFor(chosenName);
  const wordOnly = chosenWord.length >= 2 && !partName.includes(chosenWord);
  return input.totals.some((t) => {
    if (t === total || t.q.unit !== total.q.unit) return false;
    const name = nameOf(t, input.totalText, input.claims);
    // (`菏泽进出口`: the other figure's name may open with its place; its ending is the measure.)
    const word = longestEndingIn(wordFor(name), partName);
    return overlap(name, partName) >= chosen + 2 || (wordOnly && word.length > chosenWord.length);
  });
}

/** The longest ending of `name` (two characters or more) that `text` contains, or ''. */
function longestEndingIn(name: string, text: string): string {
  for (let k = name.length; k >= 2; k--) if (text.includes(name.slice(-k))) return name.slice(-k);
  return '';
}

/** A place, a count word and a verb of doing before a total's measure (`全市共完成`, `累计实现`). */
const LEADING_VERBS = /^(?:全[市县縣区區省州旗]|本[市县縣区區])?(?:共|累计|累計)?(?:完成|实现|實現)?/;

function nameOf(p: Placed, text: string, claims: ReadonlyMap<number, Claim>): string {
  return claims.get(p.index)?.indicator ?? localLabel(text, p);
}

/**
 * Figures per segment, in one walk (both lists are in sentence order): out[j] holds the figures
 * lying inside segments[j].
 */
function groupBySegment(segments: [number, number][], figures: Placed[]): Placed[][] {
  const out: Placed[][] = segments.map(() => []);
  let j = 0;
  for (const f of figures) {
    while (j < segments.length && segments[j]![1] < f.end) j++;
    // out has one list per segment: both are undefined exactly when j is past the last segment.
    const seg = segments[j];
    const bucket = out[j];
    if (seg === undefined || bucket === undefined) break;
    if (f.start >= seg[0]) bucket.push(f);
  }
  return out;
}

/** True when one part's indicator names another part (a nested subset: 工业企业 ⊃ 规上工业企业). */
/**
 * The partition without the parts whose key holds another part's key (`职业高中` beside `高中`):
 * what is left cannot overlap by name, so its sum is held to the total like any subset.
 */
export function outerOnly(partition: Partition): Partition | undefined {
  const keys = partition.keys;
  // `农业人口…，非农业人口…`: a negated name is the other half of a cut, not a class inside it (the list
  // may then hold two cuts, 男/女 and 农业/非农业): no outer parts to hold.
  if (keys.some((a, i) => keys.some((b, j) => i !== j && a && b && a !== b && a.includes(b) && /^[非不未无無]/.test(a.replace(b, ''))))) return undefined;
  const keep = keys.map((_, i) => !keys.some((_b, j) => inside(partition, i, j)));
  return { ...partition, parts: partition.parts.filter((_, i) => keep[i]), labels: partition.labels.filter((_, i) => keep[i]), keys: keys.filter((_, i) => keep[i]) };
}

/**
 * Part i lies inside part j: its key holds j's (`职业高中` beside `高中`), or a known hierarchy puts
 * its class inside j's (`玉米` beside `谷物`, cues/cuts.ts).
 */
function inside(partition: Partition, i: number, j: number): boolean {
  if (i === j) return false;
  // (`土地增值税、契税等其他税种` beside `增值税`: the rest of the list, named by examples, lies beside the parts.)
  if (isRemainder(partition.labels[i] ?? '')) return false;
  const a = partition.keys[i];
  const b = partition.keys[j];
  // (`2018年以前脱贫` beside `2019年脱贫`: a time word left over from the year, `前`, makes no class inside.)
  // (`非在编` beside `在编`: the complement of a class lies beside it, not inside it; so does a deputy beside the
  // principal, `副主任候选人` beside `主任候选人`.)
  // (A part named only by the bare measure, `销售额` after a remark that took its subject, names no class: the
  // others are no classes inside it.)
  if (a && b && a !== b && a.includes(b) && !TIME_REMNANT.test(a.replace(b, '')) && a !== `非${b}` && a !== `副${b}` && !bareMeasure(b)) return true;
  return holdsClass(partition.labels[j] ?? '', partition.labels[i] ?? '');
}

/** A key that is a measure word alone (`销售额`, `产值`): the part's subject was lost, it names no class. */
function bareMeasure(key: string): boolean {
  return measureWordOf(key) === key;
}

/** What a year leaves of a time phrase at the head of a name (`2018年以前脱贫` → `前脱贫`). */
const TIME_REMNANT = /^(?:以|之)?[前后後来來]$/;

export function nested(partition: Partition): boolean {
  return partition.keys.some((_, i) => partition.keys.some((_b, j) => inside(partition, i, j)));
}

/**
 * `全市常住人口中0—14岁人口为A`: a figure whose own name puts it inside the whole (the whole's name, then 中) is a
 * part of that whole, never the whole itself.
 */
function partNamedUnder(label: string, whole: string): boolean {
  const at = label.replace(/[\s\u3000]+/g, '').indexOf(whole + '中');
  return whole.length >= 2 && at >= 0;
}

/** Where the clause holding offset `at` starts: after the last `，`, `；` or `。` (or an ASCII comma not inside a figure). */
function clauseStartBefore(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i] ?? '';
    if ('，；;。'.includes(c)) return i + 1;
    if (c === ',' && !(/[0-9]/.test(text[i - 1] ?? '') && /[0-9]/.test(text[i + 1] ?? ''))) return i + 1;
  }
  return 0;
}

