// Lines → paragraphs. Two layouts occur in practice (GUIDE §2):
// - one paragraph per line (Word/WPS copy, Markdown): each non-blank line is a paragraph;
// - PDF extraction: lines hard-wrapped at a fixed width, blank lines between them, page
//   footers (`— 4 —`). A paragraph then runs until a line that stops short of the width.
// Table regions (one cell per line, pipe tables) are set aside for tables.ts.

import type { Line, Paragraph } from './types';
import { LogicalBuilder } from './logical';
import { glossRanges } from './script/glosses';
import { leadingNoise, matchMarker } from './headingMarkers';
import { findTableRegions, type TableRegion } from './tableRegions';
import { displayWidth, displayWidthAbove } from './width';
import { runInEnd } from './runIn';

export { displayWidth };

export interface Layout {
  /** True for hard-wrapped (PDF-extracted) text. */
  wrapped: boolean;
  /** The wrap width in display columns (CJK = 2), when wrapped. */
  width: number;
}

/** The widest wrap width taken for hard-wrapped text (display columns). */
const MAX_WRAP = 120;
/**
 * The narrowest: even a newspaper column holds a dozen characters. Lines narrower than this
 * throughout are cells or labels set one per line (`學雜費收入` / `749,687,868` / `35.71%`), and
 * joining them as wrapped text would glue one figure to the next.
 */
const MIN_WRAP = 24;

const FOOTER = /^\s*[—－-]{1,2}\s*\d{1,4}\s*[—－-]{1,2}\s*$/;

function isFooter(line: string): boolean {
  return line.length < 20 && FOOTER.test(line);
}

/**
 * `source`: the original text when `lines` come from a reading view. Widths are measured on what
 * was written: the view's full-width `，` for a web page's `,` would widen every line.
 */
function detectLayout(lines: Line[], skip?: Uint8Array, source?: string): Layout {
  const widths: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Table cells (one per line) are short by nature: they say nothing of the wrap width.
    if (skip?.[i]) continue;
    const line = lines[i];
    if (line === undefined) continue;
    const t = (source === undefined ? line.text : source.slice(line.start, line.start + line.text.length)).trim();
    // Any width above MAX_WRAP reads alike below (p90 above it, or a line at or past 0.8 × p90), so
    // a long line (a whole paragraph in one-per-line text) is measured only that far.
    // A figure alone on its line (a cell of a table set one value per line) says nothing of it either.
    if (t && !isFooter(t) && !BARE_FIGURE.test(t)) widths.push(displayWidthAbove(t, MAX_WRAP));
  }
  if (widths.length < 20) return { wrapped: false, width: 0 };
  const sorted = [...widths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)];
  if (p90 === undefined || p90 > MAX_WRAP || p90 < MIN_WRAP) return { wrapped: false, width: 0 };
  // Hard-wrapped text has most lines close to the wrap width.
  const near = widths.filter((w) => w >= p90 * 0.8).length;
  return near >= widths.length * 0.4 ? { wrapped: true, width: p90 } : { wrapped: false, width: 0 };
}

export interface ParagraphResult {
  layout: Layout;
  paragraphs: Paragraph[];
  tableRegions: TableRegion[];
}

/**
 * In wrapped text a sentence that ends a full-width line and a run-in head that opens the next
 * look alike; only short clauses (the usual run-in head) are taken as a paragraph start.
 */
const WRAPPED_RUNIN_MAX = 14;

/** `source`: the original text when `text` is its reading view (same offsets); widths are measured on it. */
export function buildParagraphs(text: string, lines: Line[], source?: string): ParagraphResult {
  const tableRegions = findTableRegions(lines);
  const inTable = new Uint8Array(lines.length);
  for (const r of tableRegions) for (let i = r.firstLine; i <= r.lastLine; i++) inTable[i] = 1;
  const layout = detectLayout(lines, inTable, source);

  const paragraphs: Paragraph[] = [];
  let builder = new LogicalBuilder();
  let first = -1;
  let last = -1;
  // Whether the previous line ended a sentence: a run-in head may then open a paragraph.
  let endedSentence = false;
  // The previous line of the current paragraph (one-per-line layout: a fragment may join it).
  let previous = '';
  const flush = (): void => {
    if (!builder.isEmpty) paragraphs.push(builder.build(first, last));
    builder = new LogicalBuilder();
    first = -1;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    if (inTable[i]) {
      flush();
      continue;
    }
    const lead = leadingWhitespace(line.text);
    // trimEnd removes exactly what \s+$ matched (white space and line terminators), without a regex per line.
    const content = line.text.slice(lead).trimEnd();
    if (!content) {
      if (!layout.wrapped) flush();
      continue;
    }
    if (isFooter(content)) continue; // a page footer neither ends nor joins anything
    if (!layout.wrapped && !builder.isEmpty && !continuesFragment(previous, content)) flush();
    previous = content;

    if (layout.wrapped && !builder.isEmpty && (startsNewParagraph(content) || (endedSentence && runInEnd(content, 0, 0, WRAPPED_RUNIN_MAX) !== undefined))) {
      flush();
    }
    endedSentence = /[。！？；：]$/.test(content);
    if (first < 0) first = i;
    last = i;
    // Pinyin glosses of mirror sites (`產(chǎn)業(yè)`) are left out of the logical text.
    let from = line.start + lead;
    for (const [a, b] of glossRanges(text, from, line.start + lead + content.length)) {
      builder.append(text, from, a);
      from = b;
    }
    builder.append(text, from, line.start + lead + content.length);
    const written = source === undefined ? content : source.slice(line.start + lead, line.start + lead + content.length);
    if (layout.wrapped && endsParagraph(written, layout.width) && !(CONTINUES.test(content) && !startsNewParagraph(content))) {
      flush();
    }
  }
  flush();
  return { layout, paragraphs, tableRegions };
}

/** A paragraph never opens with these: the line is the tail of the one before. */
const FRAGMENT_START = /^[，,、。；;：:%％）)”’]/;
/** A line ending in these stops mid-clause. */
const FRAGMENT_END = /[，,、（(“‘]$/;
const ENDS_CLAUSE = /[。！？!?；;：:]$/;
const BARE_FIGURE = /^[0-9０-９][0-9０-９.．,，]*[%％]?$/;
const UNIT_START = /^[亿万元%％个人户家亩吨项年月日]/;
/** After a figure, words that carry its sentence on (`…14.6:53.1:32.3` / `调整为2016年的…`, `…万元` / `比上年增长…`). */
const GOES_ON_AFTER_FIGURE = /^(?:(?:调整|調整|演变|演變|优化|優化|转变|轉變|变|變)(?:为|為|到|至)|比上年|較上年|较上年|比去年|同比)/;

/**
 * One-paragraph-per-line text copied from a web page whose inline elements landed on lines of
 * their own (`面积达` / `7860` / `亩,增长` / `10.2%` / `,较上年…`): a line continues the one before
 * when the break cannot be a paragraph end: a line opening with `，` or `%`, a line before it
 * ending with `，` or `（`, a unit after a number, a bare figure after words. A heading never joins.
 */
function continuesFragment(previous: string, content: string): boolean {
  if (!previous || ENDS_CLAUSE.test(previous) || startsNewParagraph(content)) return false;
  if (FRAGMENT_START.test(content) || FRAGMENT_END.test(previous)) return true;
  const lastCode = previous.charCodeAt(previous.length - 1);
  const endsDigit = (lastCode >= 0x30 && lastCode <= 0x39) || (lastCode >= 0xff10 && lastCode <= 0xff19);
  // `（二）…三次产业比由2012年的14.6:53.1:32.3` / `调整为2016年的…`: a numbered paragraph goes on too.
  if (endsDigit && GOES_ON_AFTER_FIGURE.test(content)) return true;
  if (startsNewParagraph(previous)) return false;
  if (endsDigit) return UNIT_START.test(content);
  return lastCode >= 0x3400 && BARE_FIGURE.test(content);
}

function leadingWhitespace(s: string): number {
  let i = 0;
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\u3000')) i++;
  return i;
}

/**
 * A line that stops mid-figure or mid-clause (`…年度目标为3500`, `…结构比调整为16.6：`, `…，`) goes
 * on, however short: digits and Latin letters are narrower than the CJK text the wrap width is
 * measured in, so such lines look short without ending anything.
 */
const CONTINUES = /([0-9０-９.．，,、（(“‘《]|[0-9０-９][：:])$/;

/** In wrapped text a line that stops well short of the wrap width ends its paragraph. */
function endsParagraph(content: string, width: number): boolean {
  // A full-width line that happens to end with 。 usually still continues its paragraph, so
  // only the width decides; a wrong join costs nothing downstream, a wrong split would.
  return displayWidth(content) < width * 0.8;
}

/** A line that opens with heading numbering or a dash item starts a new paragraph. */
function startsNewParagraph(content: string): boolean {
  if (content.startsWith('——')) return true;
  if (/^各位代表/.test(content)) return true;
  return matchMarker(content, leadingNoise(content)) !== undefined;
}
