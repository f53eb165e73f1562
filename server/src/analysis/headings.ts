// Classifies paragraphs as headings: numbered (一、 （一） 1. （1）), 专栏/表/附件, Markdown `#`,
// run-in heads (`巩固拓展脱贫攻坚成果。` opening a paragraph), unnumbered section heads, and the
// document's title block.

import type { HeadingKind, Paragraph, Span } from './types';
import { leadingNoise, matchMarker } from './headingMarkers';
import { sourceText, spanOf } from './logical';
import { displayWidth } from './width';
import { runInEnd } from './runIn';
import { memoOfText } from './memo';
import { endsAsListItem, labelsACell, linksToLabels, opensNotes, ordinalItemNumber, untitled } from './notHeadings';

export interface FlatHeading {
  kind: HeadingKind;
  /** Rank in the hierarchy: smaller is higher. */
  rank: number;
  label?: string;
  number?: number;
  title: string;
  span: Span;
  labelSpan?: Span;
  paragraph: number;
}

/** Hierarchy ranks; 专栏 and 表 sit between （一） and 1. so their numbered items nest inside. */
const RANK: Record<HeadingKind, number> = {
  title: 1,
  annex: 1,
  part: 1,
  chapter: 2,
  box: 2.5,
  table: 2.5,
  section: 3,
  item: 4,
  unnumbered: 4.5,
  runin: 5,
  markdown: 1,
};

const TITLE_STOP = /[。！？；：:!?;]/;
const MAX_TITLE = 60;

/** Where a heading's title ends in its paragraph: at the first stop mark, or a bounded length. */
function titleEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_TITLE);
  for (let i = from; i < limit; i++) if (TITLE_STOP.test(text.charAt(i))) return i;
  if (text.length <= from + MAX_TITLE) return text.length;
  const comma = text.indexOf('，', from + 20);
  return comma > 0 && comma < limit ? comma : limit;
}

function isTitleNoise(t: string): boolean {
  return (
    /文件$|会议上$|^\d{4}\s*年\s*\d{1,2}\s*月|委员会$|人民政府$|办公室$|局$|(县|市|区|州|省)长\s*\S{2,4}$|^\S{2,4}$|^[（(].*[）)]$/.test(t) ||
    t.length > 60
  );
}

const CELL_RESIDUE = /[|｜]\s*$/;

/**
 * What a paragraph's opening says (cell residue, leading noise, Markdown hashes, heading marker),
 * read once per paragraph text: a re-analysis meets the same paragraphs again. Read-only.
 */
const headOf = memoOfText((text: string) => {
  const noise = leadingNoise(text);
  return { cellResidue: CELL_RESIDUE.test(text), noise, hashes: countHashes(text), marker: matchMarker(text, noise) };
});

/** A paragraph's text from `from` to `to`, as written in `source` when the paragraphs hold a reading view. */
type Quote = (p: Paragraph, from: number, to: number) => string;

/**
 * `source` is the original text when the paragraphs hold a reading view that differs from it:
 * titles are then quoted as written (`(一)`, `產業`), while classification reads the view.
 */
export function classifyHeadings(paragraphs: Paragraph[], source?: string): FlatHeading[] {
  const out: FlatHeading[] = [];
  const quote: Quote = (p, from, to) => (source === undefined ? p.text.slice(from, to) : sourceText(p, source, from, Math.max(0, to - from)));
  const bodyStart = findBodyStart(paragraphs);
  pushTitle(paragraphs, bodyStart, out, quote);

  // The number and marker style of the last enumeration item (notHeadings.ts): the items after
  // it in the same run are items too, the last one closing with `。`.
  let list: { kind: string; number?: number } | undefined;
  let notes = false;
  // The number of the last `第X、` item (notHeadings.ts): `十一、` right after `第十、` goes on with that list.
  let ordinal: number | undefined;
  for (let i = bodyStart; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p === undefined) continue;
    const item = ordinalItemNumber(p);
    if (item !== undefined) {
      ordinal = item;
      continue;
    }
    // A table cell copied from a web page, one per line with its column bar (`二、转移性支出 |`).
    const { cellResidue, noise, hashes, marker } = headOf(p.text);
    if (cellResidue) continue;
    if (marker && untitled(p, marker.end)) continue;
    // A page's list of links to its tables (`表 1 表 2 …`, or `表 10` / `表 11` one per line) names no table here.
    if (marker && (marker.kind === 'table' || marker.kind === 'box' || marker.kind === 'annex') && linksToLabels(paragraphs, i, marker.end)) continue;
    // Numbered notes after `附注：` (until a part or chapter heading ends them).
    if (opensNotes(p)) {
      notes = true;
      continue;
    }
    if (marker && notes && marker.kind !== 'part' && marker.kind !== 'chapter') continue;
    if (marker) notes = false;
    if (marker && marker.kind === 'part' && ordinal !== undefined && marker.number === ordinal + 1) {
      ordinal = marker.number;
      continue;
    }
    if (marker) ordinal = undefined;
    if (marker) {
      // Part numbers (一、) are left to the heading rules: a part's run-in text may end anyhow.
      const itemLike = marker.kind === 'item' || marker.kind === 'section' || marker.kind === 'chapter';
      const continues = itemLike && list !== undefined && list.kind === marker.kind && list.number !== undefined && marker.number === list.number + 1;
      // `（一）扩大原料生产；` followed by `1.…`, `2.…`: a title closed by `；` that opens numbered points of a
      // lower level is a heading of its own, not an item of a run.
      if (((itemLike && endsAsListItem(p)) || continues) && !opensLowerPoints(paragraphs, i, marker.kind)) {
        list = endsAsListItem(p) ? { kind: marker.kind, number: marker.number } : undefined;
        continue;
      }
      // (A table's caption, `表二：…统计表`, followed by its flattened cells is still the caption.)
      if (marker.kind !== 'table' && labelsACell(paragraphs, i)) continue;
    }
    list = undefined;
    if (marker) {
      const end = titleEnd(p.text, marker.end);
      const labelStart = marker.kind === 'chapter' || marker.kind === 'item' ? marker.start + 1 : marker.start;
      const labelAt = marker.kind === 'box' || marker.kind === 'table' || marker.kind === 'annex'
        ? p.text.indexOf(marker.label, marker.start)
        : labelStart;
      out.push({
        kind: marker.kind,
        rank: RANK[marker.kind],
        label: marker.label,
        number: marker.number,
        title: quote(p, marker.start, end).trim(),
        span: spanOf(p, marker.start, end - marker.start),
        labelSpan: marker.label ? spanOf(p, labelAt, marker.label.length) : undefined,
        paragraph: i,
      });
      continue;
    }
    if (hashes > 0) {
      const end = p.text.length;
      out.push({
        kind: 'markdown',
        rank: hashes,
        title: quote(p, noise, end).trim(),
        span: spanOf(p, noise, end - noise),
        paragraph: i,
      });
      continue;
    }
    const runin = runInEnd(p.text, noise);
    if (runin !== undefined) {
      out.push({
        kind: 'runin',
        rank: RANK.runin,
        title: quote(p, noise, runin),
        span: spanOf(p, noise, runin - noise),
        paragraph: i,
      });
      continue;
    }
    if (isUnnumberedHead(p, i, paragraphs)) {
      out.push({
        kind: 'unnumbered',
        rank: RANK.unnumbered,
        title: quote(p, noise, p.text.length).trim(),
        span: spanOf(p, noise, p.text.length - noise),
        paragraph: i,
      });
    }
  }
  return out;
}

function countHashes(text: string): number {
  const m = /^ {0,3}(#{1,6})\s/.exec(text);
  return m?.[1]?.length ?? 0;
}

/** Short, unpunctuated, standing alone, followed by text: a section head without a number. */
function isUnnumberedHead(p: Paragraph, i: number, all: Paragraph[]): boolean {
  const t = p.text.trim();
  if (t.length < 4 || displayWidth(t) > 60 || i + 1 >= all.length) return false;
  if (/[。！？；：:，,!?;、]$/.test(t) || /[。；]/.test(t)) return false;
  if (!/[\u4e00-\u9fff]/.test(t) || /^[\d\s.%％]+$/.test(t)) return false;
  if (t.startsWith('——') || t.startsWith('|')) return false;
  // The next paragraph must be body text, not another fragment.
  const next = all[i + 1];
  return next !== undefined && next.text.length > t.length;
}

/** Index of the first body paragraph: after `各位代表：`, or at the first part heading. */
function findBodyStart(paragraphs: Paragraph[]): number {
  const limit = Math.min(paragraphs.length, 12);
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i];
    if (p === undefined) break;
    const t = p.text.trim();
    if (/^各位(代表|委员)/.test(t) && t.length < 20) return i + 1;
    const noise = leadingNoise(t);
    const m = matchMarker(t, noise);
    if (m && m.kind === 'part') return i;
    // `第一、通辽市…`: a numbered list starts the body (its items are no lines of the title).
    if (ordinalItemNumber(p) !== undefined) return i;
    if (displayWidth(t) > 120) return i;
  }
  return 0;
}

function pushTitle(paragraphs: Paragraph[], bodyStart: number, out: FlatHeading[], quote: Quote): void {
  let first = -1;
  let last = -1;
  let title = '';
  for (let i = 0; i < bodyStart; i++) {
    const p = paragraphs[i];
    if (p === undefined) break;
    const t = p.text.trim();
    if (/^各位(代表|委员)/.test(t)) break;
    if (isTitleNoise(t)) {
      if (first >= 0) break; // the title is one contiguous run
      continue;
    }
    if (first < 0) first = i;
    last = i;
    title += quote(p, 0, p.text.length).trim().replace(/^#+\s*/, '');
  }
  if (first < 0) return;
  const head = paragraphs[first];
  const tail = paragraphs[last];
  if (head === undefined || tail === undefined) return;
  out.push({
    kind: 'title',
    rank: RANK.title,
    title,
    span: { start: head.span.start, end: tail.span.end },
    paragraph: first,
  });
}

/** True when the next non-empty paragraph after `i` opens with a marker of a lower level than `kind`. */
function opensLowerPoints(paragraphs: Paragraph[], i: number, kind: HeadingKind): boolean {
  for (let j = i + 1; j < paragraphs.length; j++) {
    const next = paragraphs[j];
    if (next === undefined) return false;
    if (next.text.trim() === '') continue;
    const m = headOf(next.text).marker;
    return m !== undefined && RANK[m.kind] > RANK[kind] && (m.kind === 'section' || m.kind === 'item') && m.number === 1;
  }
  return false;
}
