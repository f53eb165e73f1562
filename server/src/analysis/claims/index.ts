// Quantities → claims: what each figure measures (indicator), when (period), and how (kind).
// Sentence by sentence: a figure's indicator is the noun phrase before it, or, for a figure
// that follows another with no new subject (`…231.7亿元，同比增长2.3%`), the previous one's.
// Lists of figures map position by position onto a list of subjects (`分别`, `城乡…`).

import type { Claim, Heading, Period, Quantity, Sentence } from '../types';
import { placeInSentences, type Placed } from '../placement';
import { expandSubjects, indicatorIn, indicatorKey } from './indicator';
import { kindOf } from './kind';
import { cuesOf, periodAt, sectionPeriods } from './period';

/** Bases of a growth rate; the last one before the figure applies (`比上年增长6.8%，同口径增长9.2%`). */
const BASIS = /(同比|比上年同期|较上年同期|比上年|较上年|比去年|较去年|同口径|可比口径|按可比价格?|按不变价格?|年均|名义|扣除价格因素后?实际|实际|(?:较|比)(?:19|20)\d\d年)/g;
/** Comparisons with another place or benchmark (`高于全市平均水平0.4个百分点`): no claim of the subject. */
const COMPARISON = /((高|低|快|慢)于|领先于?|落后于?|超出)[^，,；;。]*$|比(?!上年|去年|年初|上月|同期|(19|20)\d\d年)[^，,；;。]*(?<![提升降增])(高|低|快|慢|多|少)出?$/;
/** What may separate the figures of one list: `42.9亿元、33.8亿元和155亿元`. */
const LIST_GAP = /^[\s\u3000]*(?:[、和及与][\s\u3000]*)?$/;

/** How far back in the sentence period cues (`2023年`, `预期`, `上半年`) are looked for. */
const PERIOD_WINDOW = 160;

type Item = Placed;

/** Splits a sentence's figures into runs: a list of same-unit figures, or a single figure. */
function runsOf(text: string, items: Item[]): Item[][] {
  const runs: Item[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && prev.q.unit === item.q.unit && LIST_GAP.test(text.slice(prev.end, item.start))) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

export function buildClaims(sentences: Sentence[], quantities: Quantity[], outline: Heading[]): Claim[] {
  const sections = sectionPeriods(outline);
  const claims: Claim[] = [];
  const grouped = placeInSentences(sentences, quantities);

  // The budget book a paragraph is about, carried from sentence to sentence (see bookAt).
  let book: { paragraph: number; name?: string } = { paragraph: -1 };
  grouped.forEach((items, sentenceIndex) => {
    const sentence = sentences[sentenceIndex];
    const text = sentence.text;
    if (book.paragraph !== sentence.paragraph) book = { paragraph: sentence.paragraph };
    const carried = book.name;
    const books = [...text.matchAll(BOOK)];
    if (books.length > 0) book.name = books[books.length - 1][1];
    if (items.length === 0) return;
    const cues = cuesOf(text);
    let prevEnd = 0;
    let prevIndicator: string | undefined;
    let prevSubjects: string[] | undefined;
    /** Subjects of the single figures so far (`第一产业增加值a亿元、第二产业…b亿元，分别增长…`). */
    const singles: string[] = [];
    /** The indicator of the share just stated, for a point change right after it. */
    let lastShare: string | undefined;

    for (const run of runsOf(text, items)) {
      const first = run[0];
      const pre = text.slice(prevEnd, first.start);

      const subset = /其中/.test(pre);
      const bases = [...pre.matchAll(BASIS)];
      const basis = bases.length > 0 ? bases[bases.length - 1][1] : undefined;
      const comparison = COMPARISON.test(pre);
      // Period cues are read from a bounded window before the figure: the whole sentence prefix
      // would make a sentence with thousands of figures quadratic.
      const period = periodAt(sections, first.q.span.start, cues, first.start, PERIOD_WINDOW);

      let indicators: (string | undefined)[];
      if (run.length > 1) {
        const head = pre.includes('分别') ? pre.slice(0, pre.indexOf('分别')) : pre;
        const phrase = indicatorIn(head);
        const subjects = phrase ? expandSubjects(phrase, run.length) : undefined;
        // `…，分别增长1.6%、7%` reuses the subjects of the list before it.
        const recent = pre.includes('分别') && !phrase && singles.length >= run.length ? singles.slice(-run.length) : undefined;
        const list = subjects ?? (prevSubjects?.length === run.length && !phrase ? prevSubjects : recent);
        indicators = list ?? run.map(() => undefined);
        if (list) prevSubjects = list;
      } else {
        let phrase = indicatorIn(pre);
        const { kind } = kindOf(first.q, pre);
        if (kind === 'share' && prevIndicator && phrase?.startsWith('占')) {
          // `民生支出49.9亿元，占一般公共预算支出的78.2%`: the share of the previous subject.
          phrase = `${prevIndicator}${phrase}`;
        } else if (phrase?.startsWith('占')) {
          phrase = undefined;
        }
        // Inherit the previous subject only for a change or share of it (`，同比增长2.3%`) or a
        // figure run together with the previous one (`16780户34065人`), not after a bare comma.
        const relational = kind === 'growth' || kind === 'ppChange' || kind === 'change' || kind === 'share' || kind === 'completion';
        const inherit = !phrase && prevIndicator !== undefined && !/[；;]/.test(pre) && (relational || /^[\s\u3000]*$/.test(pre));
        // `占…的80.5%，比上年提高1.6个百分点`: the point change is the share's, not its subject's.
        const ofShare = kind === 'ppChange' && !phrase && lastShare !== undefined && !/[；;。]/.test(pre) ? lastShare : undefined;
        indicators = [comparison ? undefined : (phrase ?? ofShare ?? (inherit ? prevIndicator : undefined))];
        lastShare = kind === 'share' ? (phrase ?? undefined) : undefined;
        if (phrase && kind !== 'share') prevIndicator = phrase;
        if (phrase && kind !== 'share' && singles[singles.length - 1] !== phrase) singles.push(phrase);
        if (phrase) prevSubjects = undefined;
      }

      run.forEach((item, i) => {
        const indicator = indicators[i];
        const key = indicator ? indicatorKey(indicator) : undefined;
        prevEnd = item.end;
        if (!indicator || !key) return;
        const { kind, direction } = kindOf(item.q, i === 0 ? pre : pre);
        claims.push({
          quantity: item.index,
          indicator,
          key,
          period: inBook(period, bookAt(books, item.start, carried)),
          kind,
          direction,
          basis,
          sentence: sentenceIndex,
          subset: subset || undefined,
          listIndex: run.length > 1 ? i : undefined,
          listSize: run.length > 1 ? run.length : undefined,
        });
      });
    }
  });
  return claims;
}

export { tableFigures } from './tableClaims';

/**
 * The class of a growth rate's basis, for grouping: growth against the previous year (同比, 比上年,
 * or none) is one class; 同期 (year to date), 同口径 / 可比, 年均, 名义, 实际 and 较2019年 are others.
 * Two rates of different classes may differ without contradiction.
 */
export function basisClass(basis: string | undefined): string {
  if (!basis) return '';
  if (/同期/.test(basis)) return 'ytd';
  if (/同口径|可比口径/.test(basis)) return 'comparable';
  if (/可比价|不变价/.test(basis)) return '';
  if (/年均/.test(basis)) return 'average';
  if (/名义/.test(basis)) return 'nominal';
  if (/实际/.test(basis)) return 'real';
  const year = /(19|20)\d\d/.exec(basis);
  return year ? `vs${year[0]}` : '';
}

/**
 * The budget books of a 预算执行 report. 上级补助收入, 调入资金, 收入总计 … recur in each book with
 * other values, so a figure after a mention of a book other than the general one is scoped to it.
 */
const BOOK = /(政府性基金预算|国有资本经营预算|社会保险基金预算|一般公共预算)/g;

/** The last book named before `at` in the sentence, else the one carried from the paragraph. */
function bookAt(books: RegExpMatchArray[], at: number, carried: string | undefined): string | undefined {
  let name = carried;
  for (const m of books) if ((m.index ?? 0) < at) name = m[1];
  return name === '一般公共预算' ? undefined : name;
}

function inBook(period: Period, book: string | undefined): Period {
  return book ? { ...period, scope: period.scope ? `${book}·${period.scope}` : book } : period;
}
