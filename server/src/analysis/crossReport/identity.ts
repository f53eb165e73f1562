// Which county and year a report speaks for, from its title block and opening lines (GUIDE §5a).
// A 2023 政府工作报告 (delivered in 2023) reviews 2022 and sets 2023 targets; a 2022 计划执行
// report gives 2022 actuals and 2023 targets; a 统计公报 titled 2022 gives 2022 actuals; a
// 预算执行 report on 2022 gives 2022 actuals. Reports of one county and reviewed year form a group.

import type { Heading } from '../types';

export type ReportKind = 'bulletin' | 'workReport' | 'plan' | 'budget' | 'other';

export interface ReportIdentity {
  kind: ReportKind;
  /** The county (or city, district) as written in the title: 酉阳土家族苗族自治县. */
  county?: string;
  /** The year whose actuals the report gives. */
  year?: number;
  /** The year whose targets it sets, when it sets any. */
  targetYear?: number;
}

/** How much of the document's start is read for its identity. */
const HEAD_CHARS = 1200;

/** Whitespace dropped: PDF extraction writes `2023 年 2 月 8 日`. */
function squeeze(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

function kindOf(s: string): ReportKind | undefined {
  if (/统计公报/.test(s)) return 'bulletin';
  if (/政府工作报告/.test(s)) return 'workReport';
  if (/预算执行情况|预算草案/.test(s)) return 'budget';
  if (/计划执行情况|计划草案/.test(s)) return 'plan';
  return undefined;
}

const COUNTY = /^(?:关于)?([\u4e00-\u9fff]{2,12}?(?:自治县|自治旗|县|区|市|旗))(?=人民政府|(?:19|20)\d\d年|国民经济|政府工作|统计|关于|财政|本级|全县|全区|全市)/;

function countyOf(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = COUNTY.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

/** A delivery date (`2023年2月8日在…会议上`): the year a 政府工作报告 is delivered in. */
const DATE = /((?:19|20)\d\d)年\d{1,2}月\d{1,2}日/;

function yearsOf(kind: ReportKind, title: string, head: string, outline: readonly Heading[]): { year?: number; targetYear?: number } {
  const titleNoDate = title.replace(/(?:19|20)\d\d年\d{1,2}月\d{1,2}日/g, '');
  if (kind === 'bulletin') {
    const years = [...new Set([...titleNoDate.matchAll(/((?:19|20)\d\d)年/g)].map((m) => Number(m[1])))];
    return years.length === 1 ? { year: years[0] } : {};
  }
  if (kind === 'plan' || kind === 'budget') {
    const m = /((?:19|20)\d\d)年[^。；]{0,30}?执行情况/.exec(titleNoDate) ?? /((?:19|20)\d\d)年[^。；]{0,30}?执行情况/.exec(head);
    if (!m) return {};
    const year = Number(m[1]);
    const t = /((?:19|20)\d\d)年[^。；年]{0,20}?(?:计划|预算)草案/.exec(titleNoDate);
    return { year, targetYear: t ? Number(t[1]) : year + 1 };
  }
  if (kind === 'workReport') {
    // The review part names the reviewed year (`一、2022年工作回顾`); else the delivery year − 1.
    for (const h of outline) {
      if (h.kind !== 'part') continue;
      const m = /((?:19|20)\d\d)年(?:工作)?回顾/.exec(squeeze(h.title));
      if (m) return { year: Number(m[1]), targetYear: Number(m[1]) + 1 };
    }
    const d = DATE.exec(head) ?? /((?:19|20)\d\d)年政府工作报告/.exec(titleNoDate);
    if (d) return { year: Number(d[1]) - 1, targetYear: Number(d[1]) };
  }
  return {};
}

/** The report's identity; fields it cannot tell stay undefined (such a report joins no group). */
export function reportIdentity(text: string, outline: readonly Heading[]): ReportIdentity {
  const titleHeading = outline.find((h) => h.kind === 'title' || h.kind === 'markdown');
  const title = squeeze(titleHeading?.title ?? '').replace(/^#+/, '');
  const headText = text.slice(0, HEAD_CHARS);
  const lines = headText
    .split(/\r\n|\r|\n/)
    .map((l) => squeeze(l).replace(/^#+/, ''))
    .filter((l) => l.length > 0)
    .slice(0, 12);
  const head = lines.join('');
  const kind = kindOf(title) ?? kindOf(head) ?? 'other';
  const county = countyOf([title, ...lines]);
  return { kind, county, ...yearsOf(kind, title, head, outline) };
}

/** A county's name for grouping: `酉阳土家族苗族自治县` and `酉阳县` are one county. */
export function countyKey(county: string): string {
  const autonomous = /^([\u4e00-\u9fff]{2}).*族自治(县|旗)$/.exec(county);
  return autonomous ? `${autonomous[1]}${autonomous[2]}` : county;
}

/** The group a report belongs to (county and reviewed year), or undefined when either is unknown. */
export function groupKey(identity: ReportIdentity): string | undefined {
  if (identity.county === undefined || identity.year === undefined) return undefined;
  return `${countyKey(identity.county)}|${identity.year}`;
}
