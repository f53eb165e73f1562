// Level, growth rate and increment of one indicator in one clause group:
//   `税收收入3260万元，增长8.5%，增收255万元`   255 = 3260 − 3260 ÷ 1.085 (within rounding)
//   `非税收入1.2亿元，下降6%，减收766万元`     766 = 1.2亿 ÷ 0.94 − 1.2亿
// The growth implied by the level X and the increment Y is Y ÷ (X − Y) (up) or Y ÷ (X + Y)
// (down), or Y ÷ X when X is last year's (`较上年决算5520万元，增收1716万元，增幅31.1%`); the stated
// growth must agree within the rounding of all three figures.
// Money figures are read nominal only (below); counts and physical quantities (人次, 万吨, 亩) have no price to
// take out, so their growth and increment always share a base.
// Only nominal money figures are read: a GDP or value-added growth is at comparable prices while
// its increment is nominal, and a balance's `比年初增加` has another base than its `同比增长`.

import type { Model } from '../checks/check';
import type { Claim, Quantity } from '../types';
import { type Placed, claimsByQuantity, quantitiesBySentence } from './bySentence';
import { approxTolerance, isPoint, tolerance, writtenDecimals } from './precision';
import { perModel } from './perModel';
import { yearPairIncrements } from './yearPairs';
import { type Decimal, add, cmp, div, mul, sub, dec } from '../decimal';
import { changeBefore, namesSubset } from '../cues/breakdowns';
import { PER_HEAD_CHANGE, namesOtherSubject } from '../cues/changes';
import { BASE_WINDOW, COMPARABLE_BASE_SURVEY, basisClass, fromMonthEnd, namesBaseLevel } from '../cues/bases';
import { overThePlan } from '../cues/stages';
import { constantPriceAsideAfter } from '../cues/calibers';

export interface IncrementRelation {
  level: Quantity;
  growth: Quantity;
  increment: Quantity;
  direction: 'up' | 'down';
  name: string;
  /** The level is last year's (`较上年决算5520万元，增收1716万元，增幅31.1%`): growth = Y ÷ X. */
  levelIsBase: boolean;
  /** Both the increment and the growth are counted from the start of the year (`较年初增加…，较年初增长…`). */
  fromYearStart?: true;
  /** Both counted from a month's end (`较上月末减少A，环比下降g%`). */
  fromMonthEnd?: true;
}

/** `，比上年减少`, `，较去年同期增加`, `，同比增收`: last year named right after a level, then its change. */
const LAST_YEAR_CHANGE_AFTER = /^[，,][\s\u3000]*(?:(?:比|较|與|与)(?:上年|去年)(?:同期)?(?:相比)?[，,]?|同比)(?:增加|减少|增收|减收|增支|减支)/;

/** The words of the level's clause before it (from the last clause break). */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 24);
  const seg = text.slice(from, at);
  const cut = Math.max(seg.lastIndexOf('，'), seg.lastIndexOf(','), seg.lastIndexOf('；'), seg.lastIndexOf('。'));
  return seg.slice(cut + 1);
}



/** Indicators whose growth is at comparable prices (real), not the nominal change. */
// (`亩主产品产值`, `每亩总产值`: a cost-benefit survey's output per mu is price times yield, at current prices.)
const REAL_GROWTH = /生产总值|增加值|GDP|(?<!亩(?:主产品|主產品|主|总|總)?)产值|經濟總量|经济总量|可比|零售总额|消费价格|指数/;
/** Increments on another base than the year-on-year growth (`比年初增加`, `较上月`; not `年初预算`). */
// (`比向区人代会报告数据增加…`: the figure reported to the congress, named without its amount, is
// another base than last year's; with its amount, `比…报告数X增加Y`, it is the base and is read.)
// (`余额1497亿元，同比增长22.6%，上半年贷款新增206.8亿元`: what was added since the year began, not on a
// year before.)
// (`绿色贷款余额4.08万亿元，同比增长22.5%，前三季度增加5497亿元`: added since January, written right after the period.)
// (`五年增加20840元`, `“十三五”期间累计增加…`: what the years of a span added, no change on the year before.)
const OTHER_BASE = /[比较]年初|上月|上季|环比|同口径|自然口径|(?<![0-9０-９〇零一])(?:近|过去)?[二三四五六七八九十两]年(?:来|间|間|里|裡)?(?:累计|累計|共)?(?:增加|增長|增长|新增|提高|减少|減少)|“?十[一二三四五]五”?(?:以来|期间|期間)(?:累计|累計|共)?(?:增加|新增|提高|减少|減少)|[比较][^，,；;。0-9]{0,12}(?:报告数|预算数?|预计数)据?(?:增加|减少|增收|减收|多|少)|(?:上半年|今年以来|年初以来|一季度|前三季度|前[一二三四五六七八九十两]{1,2}个?月)(?:[^，,；;。\d]{0,6}新增|增加|多增)/;
/**
 * A balance at the year's end (`年末各项存款余额A，比年初增加B，增长C%`): the start of the year is last
 * year's end, so `比年初` is the year-on-year base there, not another one.
 */
// (Not last year's end: `截至3月末…，增速较上年年末加快` speaks of March.)
const YEAR_END = /(?<!上|去|上年|去年)年[末底]|(?<!上年|去年)12月末|(?<!上年|去年)十二月末/;
const YEAR_START_BASE = /[比较]年初/g;

/**
 * `截至一季度末，贷款余额8101亿元，新增362亿元，余额同比增长17.3%`: a balance at a point inside the year with a
 * bare 新增 or 增加 counts what was added since January, not on a year before.
 */
const SUB_YEAR_BALANCE = /(?:[一二三]季度末|季末|(?<![1十])(?:1[01]|[1-9]|[一二三四五六七八九]|十一)月[末底]|上半年末|半年末)[^；;。]{0,40}余额[^；;。]{0,30}?(?<!同比|同期|比上年|较上年|比去年|较去年)(?:新增|增加)/;

function otherBaseIn(segment: string, yearEnd: boolean): boolean {
  const t = yearEnd ? segment.replace(YEAR_START_BASE, '') : segment;
  return OTHER_BASE.test(t) || /可比/.test(t) || (!yearEnd && SUB_YEAR_BALANCE.test(t));
}

/** An increment's own verb and the marks a bulleted page puts between clauses (`增收`, `净增`, `[3] -`): no subject. */
const INCREMENT_VERB = /增收|减收|減收|增支|减支|減支|净增|淨增|净减|淨減|新增|多收|少收|多增|少增|[多少]|\[\d+\]|[-—－–]/g;

const DOWN_WORDS = /(减少|下降|减收|减支|降低|少收|回落)[了约近超达]?$/;
/** Growth words the claim layer may not read as such (`增幅31.1%`, `减幅4%`). */
const RATE_WORDS = /(增幅|增速|增长|涨幅|减幅|降幅|下降)(?:为|达)?$/;
const RATE_DOWN = /(减幅|降幅|下降)(?:为|达)?$/;

/** Offsets of the `；` that split a sentence into clause groups (found once per sentence). */
function groupBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1b || c === 0x3b) out.push(i); // `；` or `;`
  }
  return out;
}

/** The clause group a figure lies in, by binary search over the breaks: linear on any sentence. */
function groupOf(breaks: readonly number[], length: number, p: Placed): [number, number] {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] ?? length) < p.start) lo = mid + 1;
    else hi = mid;
  }
  const a = lo > 0 ? (breaks[lo - 1] ?? -1) + 1 : 0;
  // The first break at or after the figure's end closes its group.
  let k = lo;
  while (k < breaks.length && (breaks[k] ?? length) < p.end) k++;
  return [a, breaks[k] ?? length];
}

/** Memoized per model: share-mismatch and magnitude-suspect read the same relations. */
export const findIncrements: (model: Model) => IncrementRelation[] = perModel(computeIncrements);

function computeIncrements(model: Model): IncrementRelation[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: IncrementRelation[] = [];
  model.sentences.forEach((sentence, si) => {
    const text = sentence.text;
    const items = placed[si];
    if (items === undefined || items.length === 0) return;
    const breaks = groupBreaks(text);
    const yearEnd = YEAR_END.test(text);
    // Another base (`比年初`, `环比`, `可比`) is read per `；` clause group, once each: in a long
    // sentence it speaks of its own group only.
    const otherBase = new Map<number, boolean>();
    const hasOtherBase = ([a, b]: [number, number]): boolean => {
      let v = otherBase.get(a);
      if (v === undefined) {
        const group = text.slice(a, b);
        v = otherBaseIn(group, yearEnd);
        otherBase.set(a, v);
      }
      return v;
    };
    items.forEach((item, i) => {
      // The triple first (it turns most figures down at once), the group's other base only then.
      const rel = incrementAt(text, breaks, items, i, claims);
      if (!rel) return;
      const group = groupOf(breaks, text.length, item);
      if (!hasOtherBase(group) || sameStartOfYearBase(text, rel, items) || rel.fromMonthEnd === true) {
        out.push(rel);
        return;
      }
      // `…增长42.3%，增收368.7亿元，若剔除…按同口径计算增长53.5%`: another base named only after the
      // growth and the increment speaks of a later figure; up to them the group is plain year-on-year.
      const last = rel && items.find((p) => p.q === (rel.growth.span.start > rel.increment.span.start ? rel.growth : rel.increment));
      if (rel && last && !otherBaseIn(text.slice(group[0], last.end + 1), yearEnd)) out.push(rel);
    });
  });
  // `2014年为A，2013年为B，增加C，上升幅度为g%`: the rate over the earlier year's amount.
  const taken = new Set(out.map((r) => r.growth));
  out.push(...yearPairIncrements(model).filter((r) => !taken.has(r.growth)));
  return out;
}

/** `比年初增加`, `较年初增长`: a change counted from the start of the year, right before the figure. */
const FROM_YEAR_START = /(?:比|较|較)年初(?:增加|增长|增長|减少|減少|下降|增收|减收)(?:了)?$/;

/**
 * `总资产22.0万亿元，较年初增加1.4万亿元，较年初增长6.9%`: the increment and the growth both counted from the start
 * of the year share that base, whatever other base the group names: the growth is the increment over the level then.
 */
function sameStartOfYearBase(text: string, rel: IncrementRelation, items: Placed[]): boolean {
  const at = (q: Quantity): number => items.find((p) => p.q === q)?.start ?? -1;
  const inc = at(rel.increment);
  const growth = at(rel.growth);
  if (inc < 0 || growth < 0) return false;
  return FROM_YEAR_START.test(text.slice(Math.max(0, inc - 8), inc).replace(/[\s\u3000]+/g, '')) && FROM_YEAR_START.test(text.slice(Math.max(0, growth - 8), growth).replace(/[\s\u3000]+/g, ''));
}

/** The triple that starts at the level items[i], when the next two figures are a growth and an increment. */
/** What an increment is read for: amounts of money and additive counts or physical quantities. */
const INCREMENT_DIMENSIONS: ReadonlySet<string> = new Set(['money', 'people', 'visits', 'count', 'mass', 'area', 'volume', 'energy', 'length']);

function incrementAt(text: string, breaks: readonly number[], items: Placed[], i: number, claims: ReadonlyMap<number, Claim>): IncrementRelation | undefined {
  const level = items[i];
  if (level === undefined) return undefined;
  const claim = claims.get(level.index);
  // Last year's level after its comparison words (`较上年决算5520万元`) is a base, not a claim of
  // the subject: the claim layer leaves it without one.
  const asBase = claim === undefined && namesBaseLevel(text.slice(Math.max(0, level.start - BASE_WINDOW), level.start));
  // `支出614万元，比上年减少1575万元，下降72.9%`: a level the claim layer left unnamed (a bare 支出) is still
  // read when last year is named right after it: the three figures then speak of one amount.
  const unnamed = claim === undefined && !asBase && LAST_YEAR_CHANGE_AFTER.test(text.slice(level.end, level.end + 16)) && !REAL_GROWTH.test(clauseBefore(text, level.start));
  if (!INCREMENT_DIMENSIONS.has(level.q.dimension) || !isPoint(level.q) || (claim?.kind !== 'level' && !asBase && !unnamed)) return undefined;
  // (GDP and value added grow in real terms: their increment ÷ last year is no stated growth, unless the growth is
  // told on current prices, its constant-price growth in an aside after it; see below.)
  const realGrowth = claim !== undefined && REAL_GROWTH.test(claim.key);
  if ((claim && COMPARABLE_BASE_SURVEY.test(claim.key)) || changeBefore(text.slice(Math.max(0, level.start - 6), level.start))) return undefined;
  // `完成预算的172.6%，超收14519万元，同比减收…`: an amount over or under the plan is no level.
  if (overThePlan(text.slice(Math.max(0, level.start - 6), level.start))) return undefined;
  // `完成预算数257288万元的41.9%`: a plan figure (the base of a comparison) is not the level.
  if (text[level.end] === '的') return undefined;
  // The increment and the growth among the next figures of the clause group (a 完成率 may stand
  // between: `决算数X万元，为调整预算数的100.7%，比上年增收Y万元，增长g%`).
  const [group0, group1] = groupOf(breaks, text.length, level);
  // Two plans and their rates may stand between (`完成年初预算A的122%，完成调整预算B的100%，同比增收…`):
  // eight figures are looked at, a bound that keeps a sentence of thousands of figures linear.
  // (A bracketed aside after the level, `15663亿元（含对地方税收返还和补助支出8240亿元）`, says what it holds: its
  // figures are neither the increment nor the growth.)
  const next = items.slice(i + 1, i + 9).filter((p) => p.start >= group0 && p.end <= group1 && text[p.end] !== '的' && !insideAsideAfter(text, level.end, p.start));
  const increment = next.find((p) => p.q.dimension === level.q.dimension);
  if (!increment || increment.q.unit !== level.q.unit || !isPoint(increment.q)) return undefined;
  // `订单金额A，同比增长g%，其中电子产品增加B`: a change after 其中 is a part's, not the level's.
  if (namesSubset(text.slice(level.end, increment.start))) return undefined;
  // Two amounts before the increment in its clause group (`财政收入完成4859万元，…，月进度29万元，较上年同月
  // 减收300万元`): whose change it is is not written. Plan figures (`…的`) and changes do not count.
  // Last year's amount (`较上年决算2600万元`) is the base the increment is counted from, no rival.
  // Looked for among the eight figures before the increment: a sentence of thousands of figures stays linear.
  // A growth rate before the level closes the clause of the figures before it (`余额A，增加B，增长C%，其中
  // 储蓄余额D，增加E，增长F%`): A is no rival of D. A share or completion rate closes nothing
  // (`收入A，占月进度的99%，月进度B，较上年同月减收C`: whose change C is stays unwritten).
  let clauseFrom = group0;
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const p = items[k];
    if (p !== undefined && p.start >= group0 && p.q.dimension === 'percent' && growthDirection(text, p, claims) !== undefined) {
      clauseFrom = p.end;
      break;
    }
  }
  const rivals = items.slice(Math.max(0, i - 8), i + 9).filter(
    (p) =>
      p !== level &&
      p.start >= clauseFrom &&
      p.end <= increment.start &&
      p.q.dimension === level.q.dimension &&
      text[p.end] !== '的' &&
      !insideAsideAfter(text, level.end, p.start) &&
      !changeBefore(text.slice(Math.max(0, p.start - 6), p.start)) &&
      !namesBaseLevel(text.slice(Math.max(0, p.start - BASE_WINDOW), p.start)) &&
      !comparedWith(text, p),
  );
  const levelIsBase = namesBaseLevel(text.slice(Math.max(0, level.start - BASE_WINDOW), level.start)) || comparedWith(text, level);
  if (rivals.length > 0 && !levelIsBase) return undefined;
  const growth = next.find((p) => p.q.dimension === 'percent' && growthDirection(text, p, claims) !== undefined);
  // (`增幅约2.18%`: a growth given as about so much is read to one unit of its last digit, below.)
  if (!growth || !(isPoint(growth.q) || (growth.q.qualifier === 'approx' && growth.q.hi === undefined))) return undefined;
  if (realGrowth && !constantPriceAsideAfter(text.slice(growth.end, growth.end + 12))) return undefined;
  // `吨煤税金78元，同比增加了11元，全行业上交税金同比增长6.42%`: a growth whose clause names another subject is
  // that subject's, not the level's.
  if (namesOtherSubject(text.slice(increment.end, growth.start), claim?.indicator ?? '')) return undefined;
  // (`贷款余额A，同比增长g% [3] - 对公贷款净增B`: an increment after the growth, named for another subject, is that one's.)
  if (growth.end <= increment.start && namesOtherSubject(text.slice(growth.end, increment.start).replace(INCREMENT_VERB, ''), claim?.indicator ?? '')) return undefined;
  // `增加2628元，实际增长12.1%` (扣除价格因素, 按可比价): a real growth is no increment ÷ last year.
  if (basisClass(claims.get(growth.index)?.basis) === 'real' || /实际|可比/.test(text.slice(Math.max(increment.end, growth.start - 10), growth.start))) return undefined;
  // `较“十五”末净增10.5亿元，年均增长39.06%`: a growth per year over a span is no increment ÷ the base.
  if (basisClass(claims.get(growth.index)?.basis) === 'average') return undefined;
  // Another amount between them starts another subject (`…增收255万元，非税收入1200万元，增长8.5%`).
  if (next.some((p) => p !== increment && p.start < growth.start && p.q.dimension !== 'percent')) return undefined;
  // A level inside brackets is a part named in passing (`总收入126亿元（县本级98.9亿元，高新区27.2亿元）`),
  // not the figure the increment and growth after the bracket speak of.
  if (insideBrackets(text, level.start)) return undefined;
  // A comparison word between increment and growth: two bases (`比报告数…增加8051万元，比2019年决算数增长18.8%`).
  // (`同比` is the year-on-year of both, no second base: `同比增收56533万元，同比增长26%`.)
  // `比上年增加2628元，比上年增长14.5%`: last year named again is the same base.
  // (`较年初增加1.4万亿元，较年初增长6.9%`: the start of the year named again before both is one base too.)
  const fromYearStart = FROM_YEAR_START.test(text.slice(Math.max(0, increment.start - 8), increment.start).replace(/[\s\u3000]+/g, ''));
  // (`较2月末减少A，环比下降g%`: both counted from the month before; a year-on-year word between is another base.)
  const monthly = fromMonthEnd(text.slice(Math.max(0, increment.start - 24), increment.start).replace(/[\s\u3000]+/g, ''));
  const between = text.slice(increment.end, growth.start).replace(/[比较](?:上年|去年)(?:同期)?(?![决预执])/g, '');
  if (monthly && /同比|同期|上年|去年|年初/.test(between)) return undefined;
  if (/(?<!同)[比较]/.test(fromYearStart ? between.replace(/[比较較]年初/g, '') : monthly ? between.replace(/[环環]比/g, '') : between)) return undefined;
  const direction = growthDirection(text, growth, claims);
  const incBefore = text.slice(Math.max(0, increment.start - 6), increment.start);
  if (!direction || !changeBefore(incBefore)) return undefined;
  // `销售额3.9亿元，同比增长12.1%，助力人均增收5360元`: a change per head is no change of a total (unless the
  // level is itself per head: `人均可支配收入A元，增加B元`).
  if (PER_HEAD_CHANGE.test(text.slice(Math.max(0, increment.start - 10), increment.start)) && !/人均|户均|戶均/.test(claim?.indicator ?? '')) return undefined;
  const incDown = DOWN_WORDS.test(incBefore.replace(/\s+/g, ''));
  if ((direction === 'down') !== incDown) return undefined;
  // A base level's indicator is its comparison words (`较上年决算`): no name for messages then.
  // An unnamed level is called by the words of its clause (`支出`), for messages only.
  const name = levelIsBase ? '' : claim ? claim.indicator : unnamed ? clauseBefore(text, level.start).replace(/^[\s\u3000]+|(?:为|達|达)$/g, '').slice(-12) : '';
  const bothFromYearStart = fromYearStart && FROM_YEAR_START.test(text.slice(Math.max(0, growth.start - 8), growth.start).replace(/[\s\u3000]+/g, ''));
  return { level: level.q, growth: growth.q, increment: increment.q, direction, name, levelIsBase, ...(bothFromYearStart ? { fromYearStart: true as const } : {}), ...(monthly ? { fromMonthEnd: true as const } : {}) };
}

/** The direction of a growth rate: from its claim, else from the words right before it. */
function growthDirection(text: string, p: Placed, claims: ReadonlyMap<number, Claim>): 'up' | 'down' | undefined {
  const c = claims.get(p.index);
  if (c?.kind === 'growth' && c.direction) return c.direction;
  if (c && c.kind !== 'rate' && c.kind !== 'growth') return undefined;
  const before = text.slice(Math.max(0, p.start - 6), p.start).replace(/\s+/g, '');
  if (!RATE_WORDS.test(before)) return undefined;
  return RATE_DOWN.test(before) ? 'down' : 'up';
}

/**
 * True when the last bracket opened before `at` (within a bounded window: a sentence may hold
 * thousands of figures) is not closed before it.
 */
function insideBrackets(text: string, at: number): boolean {
  const seg = text.slice(Math.max(0, at - 200), at);
  const open = Math.max(seg.lastIndexOf('（'), seg.lastIndexOf('('));
  return open >= 0 && Math.max(seg.lastIndexOf('）'), seg.lastIndexOf(')')) < open;
}

/** A figure its clause compares with (`比报告数567118万元增加…`): the base of a change, no amount of the subject. */
function comparedWith(text: string, p: Placed): boolean {
  const from = Math.max(0, p.start - 80);
  const before = text.slice(from, p.start);
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；')) + 1);
  // (`亦較111年度之1,616.93元增加…`: an adverb may open the clause; Taiwan writes 較 and 與.)
  // (`常住人口與2010年第六次全國人口普查的A相比，增加B`: the level closed by 相比 is the base, however the clause opens.)
  const closedByCompare = /[与與][^，,；;。]{0,30}$/.test(clause) && /^[\s\u3000]*(?:相比|相較|相较|比較|比较)/.test(text.slice(p.end, p.end + 6));
  return closedByCompare || /^[\s\u3000]*(?:亦|也|则|則|均|并|並)?[比较較与與]/.test(clause);
}


const HUNDRED = dec(100);
/** Slack for the division's own rounding (10 decimals). */
const EPS = dec(1, 8);

function pct(a: Decimal, b: Decimal): Decimal | undefined {
  return div(mul(a, HUNDRED), b, 10);
}

/**
 * The growth implied by a level X and its increment Y, as an interval over their rounding:
 * Y ÷ (X − Y) when up, Y ÷ (X + Y) when down (both increase with Y and decrease with X); Y ÷ X
 * when X is last year's. Undefined when the base is not positive (the figures cannot both be right).
 */
export function impliedGrowth(rel: Pick<IncrementRelation, 'level' | 'increment' | 'direction' | 'levelIsBase'>): [Decimal, Decimal] | undefined {
  const x = rel.level;
  const y = rel.increment;
  const tx = countTolerance(x);
  const ty = countTolerance(y);
  const xlo = sub(x.value, tx);
  const xhi = add(x.value, tx);
  const ylo = sub(y.value, ty);
  const yhi = add(y.value, ty);
  const base = (xv: Decimal, yv: Decimal): Decimal => (rel.levelIsBase ? xv : rel.direction === 'up' ? sub(xv, yv) : add(xv, yv));
  // The lowest growth has the largest base (X high, Y low), the highest the smallest.
  const bhi = base(xhi, ylo);
  const blo = base(xlo, yhi);
  if (blo.units <= 0n || bhi.units <= 0n) return undefined;
  const lo = pct(ylo, bhi);
  const hi = pct(yhi, blo);
  return lo && hi ? [sub(lo, EPS), add(hi, EPS)] : undefined;
}

/**
 * A count written as a whole number ending in zeros (`将发送旅客3250万人，同比增加360万人`) is rounded to its last
 * significant digit more often than not (forecasts, releases in round figures): held to half a unit of it.
 * Amounts of money keep their written precision (budgets and accounts are stated to the unit).
 */
function countTolerance(q: Quantity): Decimal {
  if (q.dimension === 'money' || writtenDecimals(q) > 0) return tolerance(q);
  const rounded = mul(approxTolerance(q), HALF);
  return cmp(rounded, tolerance(q)) > 0 ? rounded : tolerance(q);
}

const HALF = dec(5, 1);

/** No growth is held closer than 0.05 point: one written to two decimals comes from unrounded amounts. */
const MIN_GROWTH_SLACK = dec(5, 2);

/**
 * True when the stated growth agrees with the level and the increment: within one whole unit of its
 * last digit (offices round growth from unrounded or comparable-scope figures), never less than
 * 0.05 point. Undefined when the figures give no growth at all (a base that is not positive).
 */
export function growthAgrees(rel: Pick<IncrementRelation, 'level' | 'increment' | 'growth' | 'direction' | 'levelIsBase'>, slack?: Decimal): boolean | undefined {
  const b = impliedGrowth(rel);
  if (!b) return undefined;
  const g = rel.growth.value;
  const twice = rel.growth.qualifier === 'approx' ? add(approxTolerance(rel.growth), tolerance(rel.growth)) : add(tolerance(rel.growth), tolerance(rel.growth));
  const least = slack !== undefined && cmp(slack, MIN_GROWTH_SLACK) > 0 ? slack : MIN_GROWTH_SLACK;
  const tg = cmp(twice, least) >= 0 ? twice : least;
  return cmp(add(g, tg), b[0]) >= 0 && cmp(sub(g, tg), b[1]) <= 0;
}

/** True when a bracket opened between `from` and `at` is still open at `at`: the figure there is inside an aside. */
function insideAsideAfter(text: string, from: number, at: number): boolean {
  let depth = 0;
  let opened = -1;
  for (let k = from; k < at; k++) {
    const c = text[k];
    if (c === '（' || c === '(') {
      if (depth === 0) opened = k;
      depth++;
    } else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  // `增加100.11元（增幅6.19%）`: a bracket holding nothing but the rate's word is how the rate is written, no aside.
  return depth > 0 && !RATE_ONLY_BRACKET.test(text.slice(opened + 1, at));
}

/** The opening of a bracket that holds a growth rate alone (`（增幅`, `(增長`). */
const RATE_ONLY_BRACKET = /^[\s\u3000]*(?:增幅|增長|增长|增加|成長|成长|减幅|減幅|降幅|下降|減少|减少)(?:率)?(?:为|為|达|達)?[\s\u3000]*$/;
