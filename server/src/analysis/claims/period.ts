// The period a figure describes: the report year vs the target year, from the enclosing part
// heading (`一、2022年…执行情况` reports 2022; `二、2023年…预期目标` plans 2023) and from cues
// in the sentence (`预期`, `力争`, an explicit `2023年`).

import type { Heading, Period } from '../types';
import { LAST_YEAR, SCOPE, YEAR, subYearScope } from '../cues/periods';
import { TARGET_CUE, TARGET_LIST_AFTER } from '../cues/stages';
import { memoOfText } from '../memo';

export interface SectionPeriod {
  start: number;
  year?: number;
  status: Period['status'];
  /** Sub-year scope of a whole release (`2022年上半年…经济运行情况`). */
  scope?: string;
}

const ACTUAL = /(执行情况|完成情况|回顾|过去|成绩|成效|进展)/;
const TARGET = /(目标|计划草案|安排|重点工作|思路|任务|预期|打算|建议)/;

/** Titles of statistical releases: a 统计公报, a quarterly or monthly 经济运行 release. */
const RELEASE = /(统计公报|经济运行|统计快报|统计月报|主要经济指标)/;
/** Sub-year scopes a release title may name (a single month there is a release date). */
const TITLE_SCOPE = /(上半年|前三季度|[一二三四]季度|[1-9１-９]\s*[-—～~至]\s*[\d０-９]{1,2}\s*月)/;

/**
 * The year (and sub-year scope) a statistical release reports on, from its title
 * (`某市2024年国民经济和社会发展统计公报`, `2022年上半年某区经济运行情况`): its parts (`一、综合`)
 * name no year and its sentences say only `全年` or nothing. Other titles are not used: a
 * 政府工作报告 is dated by the year it is delivered in, not the year it reviews.
 */
function releasePeriod(outline: Heading[]): { year: number; scope?: string } | undefined {
  const title = outline.find((h) => h.kind === 'title' || h.kind === 'markdown');
  if (!title || !RELEASE.test(title.title)) return undefined;
  // A date line merged into the title block (`…统计局　2024年3月15日`) is the release date.
  const undated = title.title.replace(/(19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g, '');
  // A title repeated in the block (`2023年…公报 2023年，…`) names its year twice: one year.
  const years = new Set([...undated.matchAll(/(20\d\d)\s*年/g)].map((m) => Number(m[1])));
  if (years.size !== 1) return undefined;
  const [year] = years;
  if (year === undefined) return undefined;
  const scope = TITLE_SCOPE.exec(undated);
  return { year, scope: scope ? subYearScope(scope[1] ?? '') : undefined };
}

/**
 * The year an excerpt without a title reviews, from its opening words: `2022年，面对…` opens a
 * bulletin's or a report's review of 2022. Only the very start of the text counts.
 */
export function openingYear(firstSentence: string | undefined): number | undefined {
  // `2022年，面对…`, `2022年是…之年`, or a release title run into the text (`2023年某区…统计公报 2023年，…`).
  const m = firstSentence === undefined ? null : /^[\s\u3000]*(20\d\d)\s*年\s*(?:[，,]|是|[^，,。\d]{0,30}(?:统计公报|经济运行))/.exec(firstSentence);
  return m ? Number(m[1]) : undefined;
}

/**
 * One entry per top-level part heading, in document order (after the bulletin's own year).
 * `opening` is the year an untitled excerpt opens with (see openingYear): it dates the review
 * parts that name no year, never a plan part.
 */
export function sectionPeriods(outline: Heading[], opening?: number): SectionPeriod[] {
  const out: SectionPeriod[] = [];
  const release = releasePeriod(outline);
  const titled = release?.year;
  // An opening sentence short enough to pass for a title (`2022年，全县经济稳中向好。`) is no title.
  const hasTitle = outline.some((h) => h.kind === 'title' && openingYear(h.title) === undefined);
  const bulletin = titled ?? (hasTitle ? undefined : opening);
  if (bulletin !== undefined) out.push({ start: 0, year: bulletin, status: 'actual', scope: release?.scope });
  let reportYear: number | undefined = bulletin;
  for (const h of outline) {
    if (h.kind !== 'part' && h.kind !== 'markdown') continue;
    const m = /(20\d\d)\s*年/.exec(h.title);
    let status: Period['status'] = ACTUAL.test(h.title) ? 'actual' : TARGET.test(h.title) ? 'target' : 'actual';
    const year = m ? Number(m[1]) : titled !== undefined || status === 'actual' ? bulletin : undefined;
    if (status === 'actual' && year !== undefined) {
      // `二、2023年…计划总体考虑` after `一、2022年…执行情况`: a later year than the one
      // reported on is a plan, whatever the heading calls it.
      if (reportYear !== undefined && year > reportYear) status = 'target';
      else reportYear ??= year;
    }
    out.push({ start: h.span.start, year, status, scope: status === 'actual' && !m ? release?.scope : undefined });
  }
  return out;
}

interface Cue {
  start: number;
  end: number;
  value: string;
}

/** Period cues of one sentence, found once: years, target words, sub-year scopes. */
export interface SentenceCues {
  years: Cue[];
  targets: Cue[];
  scopes: Cue[];
  /** Offsets of `；`: a target cue does not reach past one (`低于预期目标0.4个百分点；规上工业增长8.4%`). */
  breaks: number[];
  /** `去年`, `上年` naming a period (not the base of `比上年`). */
  lastYear: Cue[];
  /** Target cues that announce a list with a colon (`主要调控目标是：…；…`): they reach past `；` to the sentence's end. */
  targetLists: Cue[];
}

function all(re: RegExp, text: string): Cue[] {
  const out: Cue[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, value: m[1] ?? '' });
  return out;
}

/** The period cues of a sentence (memoized: a re-analysis asks again for unchanged sentences). */
export const cuesOf = memoOfText(readCues);

function readCues(text: string): SentenceCues {
  const breaks: number[] = [];
  for (let i = text.indexOf('；'); i >= 0; i = text.indexOf('；', i + 1)) breaks.push(i);
  const targets = all(TARGET_CUE, text);
  const targetLists = targets.filter((c) => TARGET_LIST_AFTER.test(text.slice(c.end, c.end + 2)));
  return { years: all(YEAR, text), targets, scopes: all(SCOPE, text), breaks, lastYear: all(LAST_YEAR, text), targetLists };
}

const NO_CUES: readonly Cue[] = [];

/**
 * Cues wholly inside [from, to), in order. Matches of one pattern never overlap, so a binary
 * search for the last one starting before `to` and a walk back over at most the window suffice.
 */
function within(cues: Cue[], from: number, to: number): readonly Cue[] {
  // Most sentences have no cue of a kind: no array is made for them (asked four times per run).
  if (cues.length === 0) return NO_CUES;
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start < to) lo = mid + 1;
    else hi = mid;
  }
  const out: Cue[] = [];
  for (let i = lo - 1; i >= 0; i--) {
    const cue = cues[i];
    if (cue === undefined || cue.start < from) break;
    if (cue.end <= to) out.unshift(cue);
  }
  return out;
}

/** The last section starting at or before `offset` (binary search: a long document has many). */
export function sectionAt(sections: SectionPeriod[], offset: number): SectionPeriod | undefined {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return sections[lo - 1];
}

/**
 * Period of a figure at document `offset`, starting at `at` in its sentence: the section's
 * period, refined by the cues in the `window` characters of the sentence before the figure.
 */
export function periodAt(sections: SectionPeriod[], offset: number, cues: SentenceCues, at: number, window: number): Period {
  const section = sectionAt(sections, offset);
  let year = section?.year;
  let status: Period['status'] = section?.status ?? 'actual';
  const from = Math.max(0, at - window);
  const years = within(cues.years, from, at);
  const latest = years.at(-1);
  if (latest) year = Number(latest.value);
  // The last clause break before the figure (breaks are in text order): a binary search, since a
  // sentence may hold thousands of breaks and figures.
  let clause = from;
  const lastBreak = lastBefore(cues.breaks, at);
  if (lastBreak !== undefined && lastBreak + 1 > clause) clause = lastBreak + 1;
  const targets = within(cues.targets, clause, at);
  // (`主要调控目标是：国内生产总值增长12%；…；社会消费品零售总额增长12%`: every item of the announced list is a target.)
  const listed = cues.targetLists.length > 0 && within(cues.targetLists, 0, at).length > 0;
  // `预计全年…` in a review part is an expected actual (the year is not closed yet), not a plan.
  if (targets.length > 0) status = status === 'actual' && targets.every((c) => c.value === '预计') ? 'estimate' : 'target';
  else if (listed) status = 'target';
  // `去年…` / `在去年增长5.8%的基础上`: last year's actual, counted from the year the report is
  // delivered in — the plan part's year, or the year after the review part's.
  // A sentence that opens with it (`去年全县…；…`) is about last year throughout; elsewhere the cue
  // holds within its clause (`在去年增长5.8%的基础上…；规上工业增长8%`).
  const lastYear = within(cues.lastYear, from, at).filter((c) => c.start >= clause || c.start <= 2).pop();
  const explicit = years[years.length - 1];
  if (lastYear && section?.year !== undefined && (!explicit || explicit.start < lastYear.start)) {
    const delivered = section.status === 'actual' ? section.year + 1 : section.year;
    year = delivered - 1;
    if (!targets.some((c) => c.start > lastYear.start)) status = 'actual';
  }
  // The last scope cue before the figure holds, unless a later year names another period.
  const scopes = within(cues.scopes, from, at);
  const last = scopes[scopes.length - 1];
  const yearAfter = last !== undefined && years.some((y) => y.start >= last.end);
  // Without a cue, a release's own scope holds (`2022年上半年…经济运行情况`: every figure is 上半年).
  const scope = !last ? section?.scope : yearAfter ? undefined : sinceYearStart(scopes, subYearScope(last.value));
  return { year, status, scope };
}

/**
 * `1~8月，电信业务收入累计完成A`: 累计 after a span from January in the same window is that span, counted up (the
 * parts after it, `1~8月…固定通信业务收入B`, are of the same period).
 */
function sinceYearStart(scopes: readonly { value: string }[], scope: string | undefined): string | undefined {
  if (scope !== '累计') return scope;
  for (let k = scopes.length - 2; k >= 0; k--) {
    const earlier = subYearScope(scopes[k]?.value ?? '');
    if (earlier !== undefined && FROM_JANUARY.test(earlier)) return earlier;
  }
  return scope;
}

/** Canonical sub-year scopes that run from January (`1-8月`, 上半年, 前三季度, 一季度). */
const FROM_JANUARY = /^(?:1-\d{1,2}月|上半年|前三季度|一季度)$/;

/** The last value below `at` of an ascending list, or undefined. */
function lastBefore(sorted: readonly number[], at: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? at) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}
