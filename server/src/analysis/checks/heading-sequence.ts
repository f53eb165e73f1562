// heading-sequence: heading numbers skipped (二、 then 四、), repeated, out of order, or a level
// used without its parent ((1) directly under 一、).
//
// Siblings are compared per kind under the same parent (一、 … under the root, （一） … under
// one 一、, 1. … under one （一） or 专栏); 专栏, 表 and 附件 count document-wide. A sibling
// sequence that starts again at 1 starts a new list: documents legitimately restart 1. 2. after
// an unnumbered or run-in sub-head, which the outline nests beside the earlier list.
// Excerpts and section files: the first heading of a kind in the document sets where that kind
// starts (a file holding one part of a report opens with 三、, a part without its parents opens
// with （三）); every later list of that kind must start at 1, and skips, repeats and reversals
// after the first heading are reported as usual.
// Parent rule (GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）): real reports skip a level
// below 一、 (1. directly under 一、, 1. directly under （一） or 专栏), so only the clear slip is
// reported: （1） directly under 一、 with neither （一） nor 1. between them.

import type { Check, Draft, Model } from './check';
import { perModel } from '../relations/perModel';
import type { Fix, Heading, HeadingKind, Related, Span } from '../types';
import { clip, lineNumber } from './format';
import { markOf, numeralLike } from '../numbering';

interface Entry {
  h: Heading;
  n: number;
  /** The numeral as it stands in the source (`二`, `３`). */
  written: string;
}

const SIBLING_KINDS: ReadonlySet<HeadingKind> = new Set(['part', 'chapter', 'section', 'item']);
const DOCUMENT_WIDE: ReadonlySet<HeadingKind> = new Set(['box', 'table', 'annex']);
/** Kinds whose first number must be 1: a list of 1. or （1） that starts at 2 is more often a
 * heading the outline could not see (a number mid-paragraph) than a drafting slip. */
const MUST_START_AT_ONE: ReadonlySet<HeadingKind> = new Set(['part', 'chapter', 'box', 'table', 'annex']);

export const headingSequence: Check = {
  code: 'heading-sequence',
  defaultSeverity: 'warning',
  needsClaims: false,
  title: { zh: '标题编号跳号、重号、顺序颠倒或缺少上一级（如“二、”之后是“四、”）', en: 'Heading numbers skipped, repeated, out of order, or a level without its parent (e.g. 二、 then 四、)' },
  docs: {
    description: {
      zh: '标题序号跳号、重号、顺序颠倒，或缺少上级标题。例：「二、」之后是「四、」，或「（二）」出现在「（一）」之前。',
      en: 'Heading numbering skipped, repeated, out of order, or a level used without its parent. Example: `二、` followed by `四、`, or `（二）` before `（一）`.',
    },
    finding: 'heading numbers skipped, repeated or out of order (warning); a level without its parent (information)',
    example: '003 lines 1250/1258: under 四、, （二） before （一）',
    quickFix: 'renumber the sequence',
  },
  run(model: Model): Draft[] {
    const drafts: Draft[] = [];
    const opening = firstOfEachKind(model.outline);
    const documentWide = new Map<string, Entry[]>();
    const visit = (parent: Heading | undefined, children: Heading[]): void => {
      const groups = new Map<HeadingKind, Entry[]>();
      for (const h of children) {
        const e = entryOf(model, h);
        if (e && SIBLING_KINDS.has(h.kind)) {
          const g = groups.get(h.kind) ?? [];
          if (bareRepeat(model, g.at(-1), e)) continue;
          g.push(e);
          groups.set(h.kind, g);
        } else if (e && DOCUMENT_WIDE.has(h.kind)) {
          const key = h.kind === 'table' && /^\s*附表/.test(h.title) ? 'appendix-table' : h.kind;
          const g = documentWide.get(key) ?? [];
          if (bareRepeat(model, g.at(-1), e)) continue;
          g.push(e);
          documentWide.set(key, g);
        }
      }
      for (const [kind, entries] of groups) drafts.push(...checkSequence(model, kind, entries, opening));
      if (parent && parent.kind === 'part') {
        const orphan = children.find((c) => c.kind === 'item' && c.label !== undefined);
        if (orphan) drafts.push(orphanDraft(model, parent, orphan));
      }
      for (const h of children) visit(h, h.children);
    };
    visit(undefined, model.outline);
    for (const entries of documentWide.values()) {
      const head = entries[0];
      if (head !== undefined) drafts.push(...checkSequence(model, head.h.kind, entries, opening));
    }
    return drafts;
  },
};

/** How many lines after a caption its bare label may stand again. */
const BARE_REPEAT_LINES = 4;

/**
 * `表7  社会救助情况` and a few lines on `表7` alone: a page that prints a table's caption over an image
 * repeats its label as the image's text. The bare label is the same table, not a second one.
 */
function bareRepeat(model: Model, before: Entry | undefined, e: Entry): boolean {
  // (The title is the label alone: `表7`, with nothing after the number.)
  const alone = e.h.title.replace(/^[\s\u3000]*(?:附表|表|专栏|專欄|附件)[\s\u3000]*/, '').trim() === (e.h.label ?? '').trim();
  if (before === undefined || before.n !== e.n || !alone) return false;
  return lineNumber(model, e.h.span.start) - lineNumber(model, before.h.span.start) <= BARE_REPEAT_LINES;
}

/** The first numbered heading of each kind, in document order. */
function firstOfEachKind(outline: Heading[]): Set<Heading> {
  const first = new Map<HeadingKind, Heading>();
  const walk = (hs: Heading[]): void => {
    for (const h of hs) {
      if (h.number !== undefined && h.label) {
        const seen = first.get(h.kind);
        if (!seen || h.span.start < seen.span.start) first.set(h.kind, h);
      }
      walk(h.children);
    }
  };
  walk(outline);
  return new Set(first.values());
}

/**
 * A numbered clause with a figure and a comma in its title (`2、为变动预算的35.6%，同比下降2.1%`):
 * a numbered sentence of prose, a list item or a chunk number a document site put into the text,
 * not a heading whose number a reader follows. It keeps its place in the sequence, but no finding
 * is reported on it or on the number after it (precision first).
 */
export function sentenceLike(h: Pick<Heading, 'title'>): boolean {
  // (Traditional script too: `2. 累計1至10月營業額為6兆8,572億元`.)
  return /[\d０-９][\d.．]*[\s\u3000]*[%％万亿元个项人吨亩户家萬億個項噸畝戶]/.test(h.title) && /[，,]/.test(h.title);
}

function entryOf(model: Model, h: Heading): Entry | undefined {
  if (h.number === undefined || h.label === undefined || h.label === '') return undefined;
  const written = h.labelSpan ? model.text.slice(h.labelSpan.start, h.labelSpan.end) : h.label;
  return { h, n: h.number, written };
}

function mark(e: Entry): string {
  return markOf(e.h.kind, e.written, e.h);
}

function markFor(e: Entry, n: number): string {
  return markOf(e.h.kind, numeralLike(e.written, n), e.h);
}

function where(model: Model, e: Entry): string {
  return `${lineNumber(model, e.h.span.start)}`;
}

/** The mark after a section number (`.`, `．`, `、`), read from the source; '' for none. */
function markAfter(model: Model, e: Entry): string {
  const at = spanOfEntry(e).start;
  const m = /^[\s\u3000]*[（(]?[0-9０-９]+[)）]?([.．、,，]?)/.exec(model.text.slice(at, at + 12));
  return m?.[1] === '．' ? '.' : (m?.[1] ?? '');
}

function spanOfEntry(e: Entry): Span {
  return e.h.labelSpan ?? e.h.span;
}

/**
 * A page's own mark that it left text out (`……此处隐藏838个字……`, `（以下略）`): the headings in the
 * hidden text are unknown, so no sequence is read across it.
 */
const ELISION = /此[处處](?:隐藏|隱藏|省略)|以下(?:内容)?省略|[（(](?:中|下|以下)略[）)]/;

/** Whether the text holds such a mark at all: read once per model (a long text has many heading groups). */
const hasElision = perModel((model: Model): boolean => ELISION.test(model.text));

function acrossElision(model: Model, d: Draft): boolean {
  const starts = [d.span.start, ...d.related.map((r) => r.span.start)];
  const from = Math.min(...starts);
  const to = Math.max(...starts);
  return to > from && ELISION.test(model.text.slice(from, to));
}

function checkSequence(model: Model, kind: HeadingKind, given: Entry[], opening: Set<Heading>): Draft[] {
  // `八五、近年非營業特種基金…改善 日期:109年9月 報告名稱:…` then `八五、近年非營業特種基金…改善`: a web page's title
  // block restating the heading right after it, not a number used twice. The copy before is left out.
  // (When the title block opened the document, the heading it restates opens it now.)
  const opens = new Set(opening);
  const entries = given.filter((e, i) => {
    const next = given[i + 1];
    const restated = next !== undefined && next.n === e.n && e.h.title.length >= 12 && e.h.title.slice(0, 12) === next.h.title.slice(0, 12);
    if (restated && opens.has(e.h)) opens.add(next.h);
    return !restated;
  });
  const all = sequenceDrafts(model, kind, entries, opens);
  const drafts = all.length > 0 && hasElision(model) ? all.filter((d) => !acrossElision(model, d)) : all;
  // Findings on a numbered sentence, or that point at one, are dropped.
  const loose = new Set(entries.filter((e) => sentenceLike(e.h)).flatMap((e) => [e.h.span.start, spanOfEntry(e).start]));
  if (loose.size === 0) return drafts;
  return drafts.filter((d) => !loose.has(d.span.start) && !d.related.some((r) => loose.has(r.span.start)));
}

function sequenceDrafts(model: Model, kind: HeadingKind, entries: Entry[], opening: Set<Heading>): Draft[] {
  if (entries.length === 0) return [];
  const nums = entries.map((e) => e.n);
  if (entries.length >= 2 && isUnsortedPermutation(nums) && !excerptThenRestart(nums, entries, opening)) {
    const draft = outOfOrderPermutation(model, entries);
    return draft ? [draft] : [];
  }
  const drafts: Draft[] = [];
  let run: Entry[] = [];
  const flush = (): void => {
    if (run.length > 0) drafts.push(...checkRun(model, kind, run, opening));
    run = [];
  };
  for (const e of entries) {
    if (e.n === 1) flush();
    run.push(e);
  }
  flush();
  return drafts;
}

/**
 * 二、三、四、 then 一、…: an excerpt that opens mid-list (a table of contents, a section file) and
 * a list that starts again at 1. Its runs are checked one by one; it is no reversed permutation.
 */
function excerptThenRestart(nums: number[], entries: Entry[], opening: Set<Heading>): boolean {
  const first = entries[0];
  const one = nums.indexOf(1);
  // Two or more in a row before the 1: a swapped pair (（二）（一）) stays a reversal. One alone is
  // enough when it is three or more (`三、文盲人口` closing one bulletin, then `一、城乡人口` opening the next):
  // no swap of neighbours puts 三 before 一.
  if (first === undefined || !opening.has(first.h) || one < 1 || (one === 1 && (nums[0] ?? 0) < 3)) return false;
  return nums.slice(0, one).every((n, i) => n === (nums[0] ?? 0) + i);
}

/** 2, 1, 3, 4: every number of 1…k present once, in the wrong order. */
function isUnsortedPermutation(nums: number[]): boolean {
  const seen = new Set<number>();
  for (const n of nums) {
    if (n < 1 || n > nums.length || seen.has(n)) return false;
    seen.add(n);
  }
  return nums.some((n, i) => n !== i + 1);
}

function renumberFix(run: Entry[], first = 1): Fix[] {
  if (run.some((e) => e.h.labelSpan === undefined)) return [];
  const edits = run
    .map((e, i) => ({ e, want: first + i }))
    .filter(({ e, want }) => e.n !== want)
    .map(({ e, want }) => ({ span: spanOfEntry(e), newText: numeralLike(e.written, want) }));
  const head = run[0];
  const last = run.at(-1);
  if (edits.length === 0 || head === undefined || last === undefined) return [];
  const from = markFor(head, first);
  const to = markFor(last, first + run.length - 1);
  return [
    {
      title: { zh: `按顺序重新编号：${from}至${to}`, en: `Renumber in order: ${from} to ${to}` },
      edits,
      preferred: true,
    },
  ];
}

/** Undefined only when every entry is in place, which the caller has ruled out. */
function outOfOrderPermutation(model: Model, entries: Entry[]): Draft | undefined {
  const i = entries.findIndex((e, k) => e.n !== k + 1);
  const here = entries[i];
  if (here === undefined) return undefined;
  const expected = entries.find((e) => e.n === i + 1) ?? here;
  const a = mark(here);
  const b = mark(expected);
  return {
    span: spanOfEntry(here),
    message: {
      zh: `标题编号顺序颠倒：${a}排在${b}（第 ${where(model, expected)} 行）之前`,
      en: `Heading numbers out of order: ${a} comes before ${b} (line ${where(model, expected)})`,
    },
    related: [{ span: expected.h.span, message: { zh: `${b}在此`, en: `${b} is here` } }],
    fixes: renumberFix(entries),
  };
}

/**
 * `三、部门决算情况说明（一）收入支出决算总体情况说明` then `（二）收入决算情况说明`: the first item run into the
 * heading before it (a line break the page lost) is there, though no heading of its own.
 */
function firstRunIn(model: Model, second: Entry): boolean {
  let before: Heading | undefined;
  const walk = (hs: Heading[]): void => {
    for (const h of hs) {
      if (h.span.end <= second.h.span.start && (before === undefined || h.span.start > before.span.start)) before = h;
      walk(h.children);
    }
  };
  walk(model.outline);
  if (before === undefined) return false;
  const one = markFor(second, 1).replace(/^[（(]|[）)]$/g, '');
  const title = model.text.slice(before.span.start, before.span.end);
  return title.includes(`（${one}）`) || title.includes(`(${one})`);
}

function checkRun(model: Model, kind: HeadingKind, run: Entry[], opening: Set<Heading>): Draft[] {
  const drafts: Draft[] = [];
  const first = run[0];
  if (first === undefined) return drafts;
  const fixes = (): Fix[] => renumberFix(run, opening.has(first.h) ? first.n : 1);
  // The document's first heading of a kind may start anywhere: an excerpt or a section file.
  if (first.n > 1 && MUST_START_AT_ONE.has(kind) && !opening.has(first.h) && !(first.n === 2 && firstRunIn(model, first))) {
    const missing = markFor(first, 1);
    drafts.push({
      span: spanOfEntry(first),
      message: {
        zh: `标题编号跳号：编号从${mark(first)}开始，缺少${missing}`,
        en: `Heading number skipped: numbering starts at ${mark(first)}; ${missing} is missing`,
      },
      related: [],
      fixes: fixes(),
    });
  }
  const seen = new Map<number, Entry>([[first.n, first]]);
  // Every entry a short name (`3.杨龙生`) in a long run: ranked lists, whose numbers start again with each list.
  const ranked = run.length >= RANKED_RUN && run.every(entryItem);
  let prev = first;
  for (let i = 1; i < run.length; i++) {
    const e = run[i];
    if (e === undefined) continue;
    const earlier = seen.get(e.n);
    const related: Related[] = [];
    let zh = '';
    let en = '';
    // `1.陶瑞生 … 10.王友华`, then `2.周宜法 3.朱祖钢`: numbered names or terms of a few characters are entries of
    // ranked lists, not headings; a second list numbered again repeats no heading.
    if (earlier && ranked) {
      seen.set(e.n, e);
      if (e.n > prev.n) prev = e;
      continue;
    }
    // `2.人身险…` in a table, then `注：1、…2、…` in its notes: a number written with another mark after it (`.` then
    // `、`) opens another list, whose numbers start again.
    if (earlier && markAfter(model, earlier) !== markAfter(model, e)) {
      seen.clear();
      seen.set(e.n, e);
      prev = e;
      continue;
    }
    if (earlier) {
      zh = `标题编号重复：${mark(e)}已在第 ${where(model, earlier)} 行使用`;
      en = `Heading number repeated: ${mark(e)} is already used on line ${where(model, earlier)}`;
      related.push({ span: earlier.h.span, message: { zh: `${mark(earlier)}首次出现`, en: `First ${mark(earlier)}` } });
    } else if (e.n > prev.n + 1 && !missingWritten(model, prev, e)) {
      const missing = missingMarks(prev, e);
      zh = `标题编号跳号：${mark(prev)}之后是${mark(e)}，缺少${missing}`;
      en = `Heading number skipped: ${mark(prev)} is followed by ${mark(e)}; ${missing} is missing`;
      related.push({ span: prev.h.span, message: { zh: `上一个编号${mark(prev)}`, en: `Previous number ${mark(prev)}` } });
    } else if (e.n < prev.n) {
      zh = `标题编号顺序颠倒：${mark(e)}排在${mark(prev)}（第 ${where(model, prev)} 行）之后`;
      en = `Heading numbers out of order: ${mark(e)} comes after ${mark(prev)} (line ${where(model, prev)})`;
      related.push({ span: prev.h.span, message: { zh: `上一个编号${mark(prev)}`, en: `Previous number ${mark(prev)}` } });
    }
    if (zh) drafts.push({ span: spanOfEntry(e), message: { zh, en }, related, fixes: fixes() });
    seen.set(e.n, e);
    if (e.n > prev.n) prev = e;
  }
  return drafts;
}

/** A numbered entry whose title is a name of at most three characters, with no figure (`3.杨龙生`, `9.施 平`). */
function entryItem(e: Entry): boolean {
  const t = e.h.title.replace(/[\s\u3000]+/g, '').replace(/^[（(]?[0-9０-９一二三四五六七八九十百]+[)）]?[.．、,，]?/, '');
  return t.length >= 2 && t.length <= 3 && !/[0-9０-９]/.test(t);
}

/** How many such entries make a run of ranked lists (two top-tens, a top-five). */
const RANKED_RUN = 8;

/**
 * `1、…` then a line `2、5万亩）…` then `3、…`: every missing number opens a line (or a sentence) between
 * the two, in the same style, though not read as a heading (a figure follows it, or a page marker of a document
 * site): the numbering is whole as written.
 */
function missingWritten(model: Model, prev: Entry, next: Entry): boolean {
  const lines = model.text.slice(prev.h.span.end, next.h.span.start).split('\n').map((l) => l.replace(/^[\s\u3000]+/, ''));
  for (let n = prev.n + 1; n < next.n; n++) {
    const num = numeralLike(prev.written, n);
    const opens = (l: string): boolean => {
      const t = l.replace(/^[（(]/, '');
      return t.startsWith(num) && /^[、.．,，）)]/.test(t.slice(num.length));
    };
    // `…占总人口的0.48%。(4)第四种人：…` inside the paragraph before the next heading: written after a
    // sentence's end, in the same style.
    const inline = (l: string): boolean => l.split(/[。；;]/).slice(1).some((part) => opens(part.replace(/^[\s\u3000]+/, '')));
    // `七、“三公”经费支出决算表八、政府性基金…`: a page that lost a line break glued the missing heading to the end
    // of the one before; it is written, only not on a line of its own.
    const glued = (l: string): boolean => {
      const at = l.indexOf(`${num}、`, 1);
      return at > 0 && /[\u4e00-\u9fff”」）)]/.test(l[at - 1] ?? '') && /[\u4e00-\u9fff“「]/.test(l[at + num.length + 1] ?? '');
    };
    const own = model.text.slice(prev.h.span.start, prev.h.span.end).split('\n')[0] ?? '';
    if (!lines.some((l) => opens(l) || inline(l)) && !glued(own)) return false;
  }
  return true;
}

function missingMarks(prev: Entry, next: Entry): string {
  const marks: string[] = [];
  for (let n = prev.n + 1; n < next.n && marks.length < 4; n++) marks.push(markFor(prev, n));
  if (next.n - prev.n - 1 > 4) marks.push('…');
  return marks.join('、');
}

function orphanDraft(model: Model, parent: Heading, item: Heading): Draft {
  const written = item.labelSpan ? model.text.slice(item.labelSpan.start, item.labelSpan.end) : item.label ?? '';
  const itemMark = markOf('item', written);
  const parentTitle = clip(parent.title, 20);
  const sectionMark = markOf('section', numeralLike(written, 1));
  return {
    span: item.labelSpan ?? item.span,
    message: {
      zh: `标题层级缺失：${itemMark}直接位于“${parentTitle}”（第 ${lineNumber(model, parent.span.start)} 行）之下，缺少上一级“${sectionMark}”层`,
      en: `Heading level without its parent: ${itemMark} sits directly under "${parentTitle}" (line ${lineNumber(model, parent.span.start)}) with no ${sectionMark} level between`,
    },
    related: [{ span: parent.span, message: { zh: '上级标题', en: 'Parent heading' } }],
    fixes: [],
    // A skipped level is a matter of style, not a numbering error: county reports often put
    // （1） straight under 一、, and on real text every such warning was a list or a table taken
    // for headings. Shown as information; skips, repeats and reversals stay warnings.
    severity: 'info',
  };
}
