// Quantities → claims: what each figure measures (indicator), whose it is (subject scope), when
// (period), at which stage, against what (basis) and how (kind): the frame of GUIDE §5.
// Sentence by sentence: a figure's indicator is the noun phrase before it, or, for a figure
// that follows another with no new subject (`…231.7亿元，同比增长2.3%`), the previous one's.
// Lists of figures map position by position onto a list of subjects (`分别`, `城乡…`).
//
// The steps, in order: the document's context (section periods, own territory) → per sentence,
// its budget book and period cues → runs of figures (a list, or one figure) → the indicators of a
// run (listIndicators / singleIndicator, which read and update the sentence's Carry) → the frame
// fields of each figure (frameFields) → the claim.

import type { Claim, Heading, Period, Quantity, Sentence } from '../types';
import { placeInSentences, type Placed } from '../placement';
import { expandSubjects, indicatorIn, indicatorKey, splitStage } from './indicator';
import { kindOf, type KindInfo } from './kind';
import { cuesOf, openingYear, periodAt, sectionAt, sectionPeriods, type SectionPeriod, type SentenceCues } from './period';
import { basisClass, lastBasis } from '../cues/bases';
import { canonicalKey, componentsOf } from '../relations/aggregates';
import { CONTRIBUTION } from '../cues/changes';
import { beforeRespectively, boundsItemName, hasRespectively, isListGap, measureAfterRespectively } from '../cues/lists';
import { caliberBefore } from '../cues/calibers';
import { COMPARISON, FISCAL_AGGREGATE, FISCAL_COMPONENT, lastMarkIn, ownLevel, populationIn, subjectMarks, type SubjectMark, type SubjectScope } from '../cues/subjects';
import { budgetStage, stageOnly, statesOutcome, type Stage } from '../cues/stages';
import { continuesBreakdown, namesSubset } from '../cues/breakdowns';
import { startsWithShareVerb, withoutRatePhrases } from '../cues/shares';
import { memoOfText, memoStore } from '../memo';
import { toPlain } from '../decimal';

export { basisClass } from '../cues/bases';
export { tableFigures } from './tableClaims';

/** How far back in the sentence period cues (`2023年`, `预期`, `上半年`) are looked for. */
const PERIOD_WINDOW = 160;
/** How far back a comparison or contribution cue (`高于全省…`, `拉动…`) is looked for. */
const CLAUSE_WINDOW = 40;
/** A quick test before the contribution pattern: most clauses hold none of its words. */
const CONTRIBUTION_WORD = /[拉带]/;
/** How far back in the clause a subject (`全市`, `某产业园`) is looked for. */
const SUBJECT_WINDOW = 60;
/** How far back the population base (户籍 / 常住) of a clause is looked for. */
const POPULATION_WINDOW = 200;

/**
 * True when the sentence names 户籍 at all. Asked for every figure of a sentence, answered once
 * per sentence: a sentence may hold thousands of figures.
 */
const mentionsHousehold = (() => {
  let lastText: string | undefined;
  let lastAnswer = false;
  return (text: string): boolean => {
    if (text !== lastText) {
      lastText = text;
      lastAnswer = text.includes('户籍');
    }
    return lastAnswer;
  };
})();

/** The clause (since the last `；`) before `at`, within a bounded window. */
function clauseBefore(text: string, at: number, window: number): string {
  const start = Math.max(0, at - window);
  const seg = text.slice(start, at);
  return seg.slice(seg.lastIndexOf('；') + 1);
}

/** What holds for the whole document. */
interface DocumentContext {
  sections: SectionPeriod[];
  /** The report's own territorial level (`县`), from the prefixes it writes most. */
  own?: string;
}

/**
 * What the figures of one sentence hand on to the next figure. Explicit because the attribution
 * of a figure without its own subject depends on the figures before it; reset per sentence.
 */
interface Carry {
  /** End of the previous figure: the text since then is the next figure's `pre`. */
  prevEnd: number;
  /** The subject of the last single level, for a change or share right after it. */
  prevIndicator?: string;
  /** The subjects of the last list, for `…，分别增长1.6%、7%`. */
  prevSubjects?: string[];
  /** Subjects of the single figures so far (`第一产业增加值a亿元、第二产业…b亿元，分别增长…`). */
  singles: string[];
  /** The indicator of the share just stated, for a point change right after it. */
  lastShare?: string;
  /** True right after a share: a growth with no subject of its own is not attributed (see singleIndicator). */
  afterShare: boolean;
  /** The total a `其中` construction breaks down (`民营经济增加值…，其中：第一产业增加值…`). */
  under?: string;
  /** The scope of the last level (`…收入（同口径）30161万元`): its growth is on that scope too. */
  caliber?: { indicator: string; word: string };
  /** The indicator of the last level stated as a 其中 part: its growth is that part's too. */
  partOf?: string;
  /** The items a count right before names (`进出口、出口和进口三项指标`), for a 分别 list right after it. */
  counted?: string;
}

/**
 * What a sentence hands to the next one of its paragraph, for a breakdown that opens a new
 * sentence: the last subject (the total broken down), the period, and the construction's sentence.
 */
interface Lead {
  paragraph: number;
  subject?: string;
  period?: Period;
  construction?: number;
  /**
   * The budget stage the paragraph speaks of so far (`批准年初一般公共预算收入81.75亿元。其中：…。
   * 一般公共预算支出总计81.75亿元。`): a sentence without stage or outcome words of its own goes on
   * at it; one that names a stage or an outcome (`实际完成`) sets it anew.
   */
  stage?: Stage;
}

/**
 * Openers of a breakdown in its own sentence. The lead unifies these with the breakdown cues of
 * relations/ (cues/breakdowns.ts) at merge.
 */
/** Verbs that report an outcome: a sentence with one speaks of the actual, whatever came before. */
const OUTCOME_VERB = /完成|实现|达到|决算/;

export function buildClaims(sentences: Sentence[], quantities: Quantity[], outline: Heading[]): Claim[] {
  const doc: DocumentContext = {
    sections: sectionPeriods(outline, openingYear(sentences[0]?.text)),
    own: ownLevel(sentences.map((s) => s.text).join('\n')),
  };
  const claims: Claim[] = [];
  const books = bookTracker();
  const fiscal = fiscalTracker();
  // The last subject of the previous sentence of the paragraph: a sentence that opens with 其中
  // breaks it down (`…民营经济增加值256亿元。其中：第一产业增加值…`).
  let lead: Lead = { paragraph: -1 };
  placeInSentences(sentences, quantities).forEach((items, sentenceIndex) => {
    const sentence = sentences[sentenceIndex];
    if (sentence === undefined) return;
    books.enter(sentence);
    fiscal.enter(sentence);
    if (lead.paragraph !== sentence.paragraph) lead = { paragraph: sentence.paragraph };
    if (items.length === 0) return;
    // `…地区生产总值148.9亿元。其中：第一产业…` / `。分产业看：第一产业…`: the breakdown goes on the
    // construction of the sentence before it (its total, its period, its sentence as anchor).
    const continued = continuesBreakdown(sentence.text) && lead.construction !== undefined ? lead : undefined;
    const ownStage = budgetStage(sentence.text) !== undefined || statesOutcome(sentence.text) || OUTCOME_VERB.test(sentence.text);
    const { out, last } = memoizedSentenceClaims(doc, sentence, sentenceIndex, items, { books, fiscal }, continued, ownStage ? undefined : lead.stage);
    claims.push(...out);
    const head = out[out.length - 1];
    // The sentence's stage for the next one: only when all its levels share one.
    const stage = !ownStage ? lead.stage : sharedStage(out);
    lead = { paragraph: sentence.paragraph, subject: last, period: head?.period, construction: continued?.construction ?? sentenceIndex, stage };
  });
  return claims;
}

/** The stage all the level claims share (no stage counts as one), or undefined. */
function sharedStage(claims: readonly Claim[]): Stage | undefined {
  let seen = false;
  let stage: Stage | undefined;
  for (const c of claims) {
    if (c.kind !== 'level') continue;
    if (seen && c.stage !== stage) return undefined;
    seen = true;
    stage = c.stage;
  }
  return stage;
}

/** The trackers carried through the document, entered at the sentence (their `at` reads an offset of it). */
interface Trackers {
  /** The budget book (政府性基金预算 …) in force. */
  books: Carried;
  /** The fiscal aggregate (财政总收入, 一般公共预算收入) last named. */
  fiscal: Carried;
}

/** A sentence's claims as stored between analyses: each with the position of its figure among the sentence's items. */
interface StoredClaims {
  claims: { at: number; claim: Omit<Claim, 'quantity' | 'sentence' | 'construction'> }[];
  last?: string;
}

/** Sentences read before, by everything their claims depend on (memoizedSentenceClaims). */
const claimStore = memoStore<StoredClaims>();

/**
 * `sentenceClaims`, remembered between analyses: a re-analysis meets the same sentences in the same places. A sentence's
 * claims depend on its text, its figures, the period of the section each figure stands in, the budget book and fiscal
 * aggregate in force as it begins, the breakdown it continues (its subject and period), the paragraph's stage and the
 * report's own level. Those make the key; a hit is rebuilt on this run's figures and sentence.
 */
function memoizedSentenceClaims(
  doc: DocumentContext,
  sentence: Sentence,
  sentenceIndex: number,
  items: Placed[],
  trackers: Trackers,
  continued: Lead | undefined,
  paragraphStage: Stage | undefined,
): { out: Claim[]; last?: string } {
  const section = (x: Placed): string => {
    const s = sectionAt(doc.sections, x.q.span.start);
    return s === undefined ? '' : `${s.year ?? ''}/${s.status}/${s.scope ?? ''}`;
  };
  const key = [
    sentence.text,
    doc.own ?? '',
    trackers.books.at(0) ?? '',
    trackers.fiscal.at(0) ?? '',
    continued === undefined ? '-' : `${continued.subject ?? ''}|${continued.period?.year ?? ''}/${continued.period?.status ?? ''}/${continued.period?.scope ?? ''}|${continued.construction === undefined ? '' : 'c'}`,
    paragraphStage ?? '',
    items.map((x) => `${x.start},${x.end},${x.q.text},${x.q.unit},${section(x)}`).join(';'),
  ].join('\u0001');
  const stored = claimStore.get(key);
  if (stored !== undefined) {
    const out: Claim[] = [];
    for (const { at, claim } of stored.claims) {
      const item = items[at];
      if (item === undefined) return sentenceClaims(doc, sentence, sentenceIndex, items, trackers, continued, paragraphStage);
      // (Field by field, in the order sentenceClaims writes them: one object shape for every claim, and the same order
      // of keys in the JSON output.)
      const c: Claim = {
        quantity: item.index,
        indicator: claim.indicator,
        key: claim.key,
        period: claim.period,
        kind: claim.kind,
        direction: claim.direction,
        basis: claim.basis,
        sentence: sentenceIndex,
        subset: claim.subset,
        listIndex: claim.listIndex,
        listSize: claim.listSize,
      };
      if (claim.subject !== undefined) c.subject = claim.subject;
      if (claim.population !== undefined) c.population = claim.population;
      if (claim.stage !== undefined) c.stage = claim.stage;
      if (claim.caliber !== undefined) c.caliber = claim.caliber;
      if (continued?.construction !== undefined) c.construction = continued.construction;
      if (claim.topic !== undefined) c.topic = claim.topic;
      out.push(c);
    }
    return { out, last: stored.last };
  }
  const result = sentenceClaims(doc, sentence, sentenceIndex, items, trackers, continued, paragraphStage);
  const kept: StoredClaims['claims'] = [];
  for (const c of result.out) {
    const at = items.findIndex((x) => x.index === c.quantity);
    if (at < 0) return result;
    const { quantity: _q, sentence: _s, construction: _c, ...rest } = c;
    kept.push({ at, claim: rest });
  }
  claimStore.set(key, { claims: kept, ...(result.last !== undefined ? { last: result.last } : {}) });
  return result;
}

/** The claims of one sentence's figures, run by run. */
function sentenceClaims(
  doc: DocumentContext,
  sentence: Sentence,
  sentenceIndex: number,
  items: Placed[],
  { books, fiscal }: Trackers,
  continued: Lead | undefined,
  paragraphStage: Stage | undefined,
): { out: Claim[]; last?: string } {
  const text = sentence.text;
  const cues = cuesOf(text);
  const marks = subjectMarks(text, doc.own);
  const carry: Carry = { prevEnd: 0, singles: [], afterShare: false, under: continued?.subject };
  // A continued breakdown without period cues of its own keeps the period of its total.
  const ownCues = cues.years.length + cues.scopes.length + cues.targets.length + cues.lastYear.length > 0;
  const inherited = continued && !ownCues ? continued.period : undefined;
  const out: Claim[] = [];
  const readings = runReadingsOf(text);
  const lead = items[0] === undefined ? undefined : lastMarkIn(marks, 0, items[0].start);
  const topic = lead !== undefined && lead.scope !== 'own' ? lead : undefined;
  for (const run of runsOf(text, items)) {
    const first = run[0];
    if (first === undefined) continue;
    const reading = runReading(readings, text, carry.prevEnd, first.start);
    const { pre, gap } = reading;
    if (reading.subset) carry.under = carry.prevIndicator ?? carry.under;
    // `完成调整预算收入计划275000万元的100%`: a plan figure named by the completion rate after it
    // hands on no subject: `，同比增收56533万元` after it is still the revenue's.
    const single = run.length > 1 ? undefined : singleIndicator(first, reading, carry, text[first.end] === '的');
    const found = single ? [single.indicator] : listIndicators(run, pre, carry);
    const indicators = gap ? run.map(() => undefined) : found;
    const fields = runFields(doc, cues, marks, first, reading);
    const shared = inherited ? { ...fields, period: inherited } : fields;
    run.forEach((item, i) => {
      // `；18岁以下8365人`: an age bound is part of the next item's name, so the words before that
      // item start before the age.
      if (!(item.q.unit === '岁' && boundsItemName(text, item.end, items[items.indexOf(item) + 1]?.start))) carry.prevEnd = item.end;
      const written = indicators[i];
      if (!written) return;
      // A single figure's kind was read by singleIndicator already.
      const { kind, direction } = single?.kind ?? kindOf(item.q, pre);
      // `占年初预算的106%` names the plan a rate is measured against: no stage to split off.
      const indicator = kind === 'share' || kind === 'completion' ? written : splitStage(written).indicator || written;
      const key = indicatorKey(indicator);
      if (!key) return;
      // A completion rate or a share names the plan it is measured against (`为调整预算的105%`),
      // not a stage of its own.
      const stage = kind === 'completion' || kind === 'share' ? undefined : (single?.stage ?? shared.stage ?? (kind === 'level' ? paragraphStage : undefined));
      // `地方一般公共预算收入（同口径）完成30161万元，同比增长14.6%`: the growth is on the level's scope.
      let basis = shared.basis;
      // `其中税收收入18.5亿元，比上年增长40.3%`: the growth of a 其中 part is a part's figure too.
      let subset = shared.subset;
      if (kind === 'level' && run.length === 1) carry.partOf = subset ? indicator : undefined;
      else if (kind !== 'level' && carry.partOf === indicator) subset = true;
      if (kind === 'level' && run.length === 1) {
        const scope = CALIBER.exec(pre) ?? CALIBER.exec(text.slice(item.end, item.end + 8));
        carry.caliber = scope ? { indicator, word: scope[1] ?? '' } : undefined;
      } else if (kind === 'growth' && carry.caliber?.indicator === indicator && basisClass(basis) === 'yoy') {
        basis = carry.caliber.word;
      }
      const claim: Claim = {
        quantity: item.index,
        indicator,
        key,
        period: inBook(shared.period, books.at(item.start)),
        kind,
        direction,
        basis,
        sentence: sentenceIndex,
        subset: subset || undefined,
        listIndex: run.length > 1 ? i : undefined,
        listSize: run.length > 1 ? run.length : undefined,
      };
      // The optional fields are added only when present, in this order (no spread of small
      // objects per figure).
      const subject = subjectOf(shared.subject, key, carry.under, fiscal.at(item.start));
      if (subject !== undefined) claim.subject = subject;
      if (shared.population === '户籍') claim.population = '户籍';
      if (stage) claim.stage = stage;
      if (shared.caliber) claim.caliber = shared.caliber;
      if (continued?.construction !== undefined) claim.construction = continued.construction;
      if (topic !== undefined) claim.topic = topic;
      out.push(claim);
    });
  }
  return { out, last: carry.prevIndicator };
}

/**
 * The subject scope of a claim. A sector of another total than its own aggregate
 * (`民营经济增加值…，其中：第一产业增加值…`) is that total's part, not the county's sector.
 */
function subjectOf(subject: SubjectScope, key: string, under: string | undefined, fiscal: string | undefined): SubjectScope | undefined {
  if (subject.scope !== 'own') return subject;
  // `财政总收入…。税收收入完成44亿元` vs `一般公共预算收入…。税收收入完成17亿元`: a tax is the part of
  // the fiscal aggregate last named before it (FiscalTracker), unless it is that aggregate itself.
  if (fiscal !== undefined && FISCAL_COMPONENT.test(key) && !key.includes(fiscal)) return { scope: 'part', name: fiscal };
  if (under === undefined) return undefined;
  const aggregate = aggregateOfPart().get(canonicalKey(key));
  if (aggregate === undefined) return undefined;
  const parentKey = indicatorKey(under);
  return parentKey !== undefined && canonicalKey(parentKey) !== aggregate ? { scope: 'part', name: parentKey } : undefined;
}

/** Totals with a fixed family of parts (relations/aggregates): a part of one belongs to it. */
const AGGREGATES = ['地区生产总值', '社会消费品零售总额', '进出口总额'];
let partToAggregate: Map<string, string> | undefined;

/** Part key → its aggregate, built once. */
function aggregateOfPart(): Map<string, string> {
  if (!partToAggregate) {
    partToAggregate = new Map();
    for (const a of AGGREGATES) for (const k of componentsOf(a)?.keys ?? []) partToAggregate.set(k, a);
  }
  return partToAggregate;
}

/** Splits a sentence's figures into runs: a list of same-unit figures, or a single figure. */
function runsOf(text: string, items: Placed[]): Placed[][] {
  const runs: Placed[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && prev.q.unit === item.q.unit && isListGap(text.slice(prev.end, item.start))) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

/**
 * The subjects of a list of figures: written before `分别` (`一、二、三产业增加值分别…`), else the
 * previous list's (`…，分别增长…`), else the single figures just stated, one per item.
 */
function listIndicators(run: Placed[], pre: string, carry: Carry): (string | undefined)[] {
  const respectively = hasRespectively(pre);
  // `…，占全国政府采购规模的比重分别为a、b、c`: a share phrase names the whole, not the list's subjects;
  // they are the previous list's.
  const written = indicatorIn(beforeRespectively(pre));
  const phrase = written !== undefined && startsWithShareVerb(written) ? undefined : written;
  // `三次产业分别完成投资A、B、C`: bare sectors take the measure named after 分别 (第一产业投资, not
  // the sector's value added).
  const measure = measureAfterRespectively(pre);
  const subjects = phrase ? expandSubjects(phrase, run.length)?.map((s) => (measure && /[产產][业業]$/.test(s) ? `${s}${measure}` : s)) : undefined;
  // `进出口、出口和进口三项指标…，分别完成A、B、C`: the items a count just named, one per figure.
  const counted = respectively && !phrase && carry.counted !== undefined ? expandSubjects(carry.counted, run.length) : undefined;
  carry.counted = undefined;
  const recent = respectively && !phrase && !counted && carry.singles.length >= run.length ? carry.singles.slice(-run.length) : undefined;
  // `现货住宅(2,722个)及住宅楼花(157个)成交金额分别为A及B`: the subjects stand before their own figures in brackets,
  // the measure once after the last bracket; each subject takes the measure.
  const bracketed =
    respectively && subjects === undefined && phrase !== undefined && /^[)）]/.test(pre) && !/[、和及与與]/.test(phrase) && carry.singles.length >= run.length
      ? carry.singles.slice(-run.length).map((s) => `${s.replace(/^[及和与與、]+/, '')}${phrase}`)
      : undefined;
  const list = subjects ?? bracketed ?? counted ?? (carry.prevSubjects?.length === run.length && !phrase ? carry.prevSubjects : recent);
  if (list) carry.prevSubjects = list;
  carry.afterShare = false;
  return list ?? run.map(() => undefined);
}

/** The most items a count may name for a 分别 list after it (`…三项指标`). */
const MAX_COUNTED_ITEMS = 8;

/** Only a verb of reaching between a figure and the level after it (`增长12.6%达92.9亿元`). */
// (`經外港碼頭入境旅客增加23.5%，為5,084,179人次`: 为 after a growth and a comma names the level reached too.)
const REACHED = /^[，,\s\u3000]*(?:达到?|至|[为為]|(?:增长|增加|提高|提升|上升|下降|减少|降低|扩大|增|减)(?:到|至)(?:(?:19|20)\d\d\s*年)?(?:\d{1,2}\s*月)?(?:末|底|初)?的?)[\s\u3000]*$/;

/** The indicator of a single figure, and what it hands on to the next one. */
function singleIndicator(first: Placed, reading: RunReading, carry: Carry, planBase = false): { indicator?: string; stage?: Stage; kind: Readonly<KindInfo> } {
  const pre = reading.pre;
  const words = reading.words ?? (reading.words = readPreWords(pre));
  const { written, planStage, split } = words;
  let phrase = written === undefined ? undefined : split?.indicator || written;
  const kindInfo = kindOf(first.q, pre);
  const { kind } = kindInfo;
  if (kind === 'share' && carry.prevIndicator && phrase?.startsWith('占')) {
    // `民生支出49.9亿元，占一般公共预算支出的78.2%`: the share of the previous subject.
    phrase = `${carry.prevIndicator}${phrase}`;
  } else if (phrase?.startsWith('占')) {
    phrase = undefined;
  }
  // A stage alone (`，调整预算20亿元`) restates the previous subject at another stage.
  const levelLike = kind === 'level' || kind === 'count';
  const restated = levelLike && (planStage !== undefined || split?.indicator === '');
  if (restated) phrase = undefined;
  // Inherit the previous subject only for a change or share of it (`，同比增长2.3%`) or a
  // figure run together with the previous one (`16780户34065人`), not after a bare comma.
  const relational = kind === 'growth' || kind === 'ppChange' || kind === 'change' || kind === 'share' || kind === 'completion';
  const sameClause = words.sameClause;
  // `占比达62.3%，同比下降4.1%`: the growth may be the part's or the share's; silence.
  const blockedByShare = carry.afterShare && kind === 'growth';
  // `地区生产总值增长12.6%达92.9亿元`: the level reached, right after the subject's growth. (The words of
  // reaching name nothing: `增长到2018年底的` leaves no indicator of its own.)
  const reached = levelLike && words.reached;
  if (reached) phrase = undefined;
  const inherit = !phrase && carry.prevIndicator !== undefined && sameClause && !blockedByShare && (relational || restated || reached || words.blank);
  // `占…的80.5%，比上年提高1.6个百分点`: the point change is the share's, not its subject's.
  const ofShare = kind === 'ppChange' && !phrase && carry.lastShare !== undefined && words.noStop ? carry.lastShare : undefined;
  const indicator = phrase ?? ofShare ?? (inherit ? carry.prevIndicator : undefined);
  carry.lastShare = kind === 'share' ? (phrase ?? undefined) : undefined;
  // `占年初预算的106.1%，比上年增长52%`: a share of a plan is a completion rate; the growth after
  // it is the subject's, as after any completion rate.
  const shareOfPlan = kind === 'share' && planStage !== undefined;
  carry.afterShare = (kind === 'share' && !shareOfPlan) || (carry.afterShare && !phrase && kind !== 'level' && kind !== 'count');
  // A share's or a completion rate's phrase names the whole or the plan (`完成预算的107%`), not a
  // subject that a growth right after it could be of (`，增长25%` is still the revenue's).
  const ownSubject = phrase !== undefined && kind !== 'share' && kind !== 'completion' && !planBase;
  // (A count of listed items, `X、Y和Z三项`, names them for the 分别 list that may follow.)
  // (Only a name joining items, `、` or `和`, can: most counts are passed over before any split.)
  const items = kind === 'count' && phrase !== undefined && /[、和及与]/.test(phrase) ? Number(toPlain(first.q.value)) : 0;
  carry.counted = phrase !== undefined && items >= 2 && items <= MAX_COUNTED_ITEMS && expandSubjects(phrase, items) !== undefined ? phrase : undefined;
  if (ownSubject && phrase) carry.prevIndicator = phrase;
  if (ownSubject && phrase && carry.singles[carry.singles.length - 1] !== phrase) carry.singles.push(phrase);
  if (phrase) carry.prevSubjects = undefined;
  return { indicator, stage: levelLike ? planStage : undefined, kind: kindInfo };
}

/**
 * A figure inside brackets right after a total (`年初预算为：一般公共预算收入76138万元（税收收入47008万元、
 * …）`) shares the total's budget stage. The plan named by a completion rate before the bracket
 * (`完成调整预算的99.2%（…）`) is no stage of the figures inside it.
 */
function bracketStage(text: string, at: number): 'budget' | 'adjusted' | undefined {
  const seg = text.slice(Math.max(0, at - 120), at);
  const open = Math.max(seg.lastIndexOf('（'), seg.lastIndexOf('('));
  if (open < 0 || Math.max(seg.lastIndexOf('）'), seg.lastIndexOf(')')) > open) return undefined;
  const before = seg.slice(0, open);
  const clause = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('。')) + 1);
  const withoutRates = withoutRatePhrases(clause);
  return statesOutcome(withoutRates) ? undefined : budgetStage(withoutRates);
}

/** A scope written with a level (`（同口径）`, `（自然口径）`): it holds for the growth after it too. */
const CALIBER = /(同口径|自然口径|可比口径)/;

/** Frame fields shared by the figures of one run, read from the text before its first figure. */
interface RunFields {
  period: Period;
  basis?: string;
  subject: SubjectScope;
  population?: '户籍' | '常住';
  stage?: Stage;
  caliber?: string;
  subset: boolean;
}

function runFields(doc: DocumentContext, cues: SentenceCues, marks: readonly SubjectMark[], first: Placed, reading: RunReading): RunFields {
  // Period cues are read from a bounded window before the figure: the whole sentence prefix
  // would make a sentence with thousands of figures quadratic.
  const period = periodAt(doc.sections, first.q.span.start, cues, first.start, PERIOD_WINDOW);
  const subject = lastMarkIn(marks, reading.subjectFrom, first.start) ?? { scope: 'own' };
  return { period, basis: reading.basis, subject, population: reading.population, stage: reading.stage, caliber: reading.caliber, subset: reading.subset };
}

/**
 * What the words of a sentence say about a run of figures, before the document is consulted:
 * a pure function of the sentence text, the end of the previous figure and the start of the
 * run's first figure. Kept per sentence text (a re-analysis meets the same sentences again),
 * so an unchanged sentence is not read again; `pre` is kept too, so the memos keyed by it find
 * the same string object.
 */
interface RunReading {
  /** The text since the previous figure. */
  pre: string;
  /** A gap to another place or a contribution to another figure: no claim of any subject. */
  gap: boolean;
  /** `其中` before the run. */
  subset: boolean;
  basis?: string;
  stage?: Stage;
  caliber?: string;
  population?: '户籍' | '常住';
  /** Where the clause (since `；`) holding the run's subject starts. */
  subjectFrom: number;
  /** What `pre` says to a single figure (singleIndicator): read the first time it is asked. */
  words?: PreWords;
}

/** The words before a single figure, as singleIndicator reads them (pure functions of `pre`). */
interface PreWords {
  /** The indicator phrase written. */
  written?: string;
  /** `，完成年计划18亿元` or `，调整预算20亿元`: the previous subject at another stage. */
  planStage?: Stage;
  /** `一般公共预算收入年初预算18亿元`: the stage is read off (see runFields), the subject carried on. */
  split?: { indicator: string; stage?: Stage };
  /** No `；` since the previous figure. */
  sameClause: boolean;
  /** Only a verb of reaching (REACHED). */
  reached: boolean;
  /** Only spaces. */
  blank: boolean;
  /** No `；` nor `。`. */
  noStop: boolean;
}

function readPreWords(pre: string): PreWords {
  const written = indicatorIn(pre);
  return {
    written,
    planStage: written === undefined ? undefined : stageOnly(written),
    split: written === undefined ? undefined : splitStage(written),
    sameClause: !/[；;]/.test(pre),
    reached: REACHED.test(pre),
    blank: /^[\s\u3000]*$/.test(pre),
    noStop: !/[；;。]/.test(pre),
  };
}

/** A sentence's run readings, by `prevEnd * (text.length + 1) + start`. */
const runReadingsOf = memoOfText((_text: string) => new Map<number, RunReading>());
/** Texts shorter than this pack both offsets into one safe integer (longer ones are read uncached). */
const READING_KEY = 0x4000000;

function runReading(readings: Map<number, RunReading>, text: string, prevEnd: number, start: number): RunReading {
  const cacheable = text.length < READING_KEY;
  // Unique for offsets in [0, text.length]; a small integer for any usual sentence, which a Map
  // hashes faster than a double.
  const key = prevEnd * (text.length + 1) + start;
  const known = cacheable ? readings.get(key) : undefined;
  if (known !== undefined) return known;
  const reading = readRun(text, prevEnd, start);
  if (cacheable) readings.set(key, reading);
  return reading;
}

function readRun(text: string, prevEnd: number, start: number): RunReading {
  const pre = text.slice(prevEnd, start);
  // A gap to another place (`高于全省平均增幅（11%）8.9个百分点`) or a contribution to another
  // figure (`拉动经济增长1.2个百分点`) is no claim of any subject; the cue may stand before a
  // bracketed figure, so the clause is read, not only the text since the previous figure.
  const clause = text.slice(Math.max(0, start - CLAUSE_WINDOW), start);
  const gap = COMPARISON.test(clause) || (CONTRIBUTION_WORD.test(clause) && CONTRIBUTION.test(clause));
  // The subject is the last one named in the clause (since `；`) before the figure.
  // Searched within a bounded window: an unbounded lastIndexOf would make a sentence with
  // thousands of figures quadratic.
  const windowStart = Math.max(0, start - SUBJECT_WINDOW);
  const subjectFrom = windowStart + text.slice(windowStart, start).lastIndexOf('；') + 1;
  // The population base holds for the clause: `户籍总人口…，其中城镇人口…` counts 户籍 throughout.
  const population = mentionsHousehold(text) ? populationIn(clauseBefore(text, start, POPULATION_WINDOW)) : undefined;
  const caliber = caliberBefore(text, start);
  return { pre, gap, subset: namesSubset(pre), basis: lastBasis(pre), stage: budgetStage(pre) ?? bracketStage(text, start), caliber, population, subjectFrom };
}

/**
 * The budget books of a 预算执行 report. 上级补助收入, 调入资金, 收入总计 … recur in each book with
 * other values, so a figure after a mention of a book other than the general one is scoped to it.
 */
const BOOK = /(政府性基金预算|国有资本经营预算|社会保险基金预算|一般公共预算)/g;

/** A name a pattern matched in a sentence, and where. */
interface Named {
  index: number;
  name: string | undefined;
}

/**
 * The names a pattern matches in a sentence, read once per sentence text (a re-analysis meets the
 * same sentences again). `hint` is a word every name holds, so that most sentences are passed
 * over without running the pattern.
 */
function namesIn(pattern: RegExp, hint: string): (text: string) => readonly Named[] {
  const read = memoOfText((text) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, name: m[1] })));
  // The hint is tested before the memo: for most sentences that is the cheaper answer.
  return (text) => (text.includes(hint) ? read(text) : NONE_NAMED);
}
const NONE_NAMED: readonly Named[] = [];

/**
 * The last name a pattern matched before an offset, carried from sentence to sentence: within a
 * paragraph (`perParagraph`) or through the whole document.
 */
class Carried {
  private paragraph = -1;
  private name: string | undefined;
  /** The name in force when the sentence entered last began, and the names it holds. */
  private carried: string | undefined;
  private named: readonly Named[] = NONE_NAMED;

  /** `hidden`: a name read as none (the general budget book is the default: no scope). */
  constructor(
    private readonly names: (text: string) => readonly Named[],
    private readonly perParagraph: boolean,
    private readonly hidden?: string,
  ) {}

  /**
   * Enters a sentence (every one, in order). Its names are kept in fields, not in a closure per
   * sentence: most sentences hold no figure and are never asked.
   */
  enter(sentence: Sentence): void {
    if (this.perParagraph && this.paragraph !== sentence.paragraph) {
      this.paragraph = sentence.paragraph;
      this.name = undefined;
    }
    this.carried = this.name;
    this.named = this.names(sentence.text);
    const last = this.named.at(-1);
    if (last) this.name = last.name;
  }

  /** The name in force at an offset of the sentence entered last. */
  at(offset: number): string | undefined {
    let name = this.carried;
    for (const m of this.named) if (m.index < offset) name = m.name;
    return name === this.hidden ? undefined : name;
  }
}

const BOOK_NAMES = namesIn(BOOK, '预算');
const FISCAL_NAMES = namesIn(FISCAL_AGGREGATE, '收入');

/** The budget book a paragraph is about (the general one is the default: no scope). */
function bookTracker(): Carried {
  return new Carried(BOOK_NAMES, true, '一般公共预算');
}

/**
 * The fiscal aggregate last named before a figure (cues/subjects.ts FISCAL_AGGREGATE), carried
 * through the document, headings included: a report gives 财政总收入 and its taxes, then
 * 一般公共预算收入 and its own, often under a heading of their own (`（一）税收收入`).
 */
function fiscalTracker(): Carried {
  return new Carried(FISCAL_NAMES, false);
}

function inBook(period: Period, book: string | undefined): Period {
  return book ? { ...period, scope: period.scope ? `${book}·${period.scope}` : book } : period;
}
