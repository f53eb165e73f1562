// dangling-reference: `详见附件2`, `见专栏3`, `（表2）` in the text, but the document has no 附件2,
// 专栏3 or 表2 (compared with the outline's annex/box/table entries and table captions).
//
// Precision: `表` is part of many words (代表, 表彰, 发表, 报表), and 专栏/附件 followed by a count
// (`专栏20余个`, `附件3份`) are not references; a bare `表N` therefore needs a reference context
// (见/如/详见 before it, a bracket around it, 所示/所列 after it), and so does a Chinese numeral
// (`专栏一直`). A mention at the start of a paragraph is the heading or caption itself.

import type { Check, Draft, Model } from './check';
import type { Fix, Heading, Related, Sentence } from '../types';
import { spanOf } from '../logical';
import { leadingNoise } from '../headingMarkers';
import { chineseOrdinal } from '../chineseOrdinal';
import { lineNumber } from './format';
import { asciiDigits } from '../digits';

type RefKind = 'annex' | 'box' | 'table';

const WORDS: Record<string, RefKind> = { 附件: 'annex', 专栏: 'box', 附表: 'table', 表: 'table' };
const REF = /(附件|专栏|附表|表)[ \u3000]?([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})/g;
/** After the number: a count (专栏20余个, 附件3份) or a decimal, so not a reference. */
const COUNT_AFTER = /^[ \u3000]?[余多个项家处条次名篇期批份页张类种万千百十亿%％.．]/;
/** Words before the mention that make it a reference. */
const CUE_BEFORE = /(见|如|参照|参阅|按照|根据|依据|详)[ \u3000]*$/;
const CUE_AFTER = /^[ \u3000]?(所示|所列|所述)/;
/** Between two references of one list (`见附件1、附件2`, `表1和表2`). */
const LIST_JOIN = /^[ \u3000]?(、|和|及|与|以及|至|，)[ \u3000]?$/;

/** An unnumbered 附件 heading that opens a numbered list of annexes (`附件：1.…`). */
const ANNEX_LIST = /^[\s\u3000]*附件[ \u3000]*[：:][ \u3000]*[1１][.．、]/;

interface Inventory {
  numbers: Record<RefKind, Set<number>>;
  /** A single 附件 without a number counts as 附件1. */
  unnumberedAnnex: boolean;
  /** Source offsets where a heading's own label stands: never a reference. */
  labels: Set<number>;
  /** First heading of each kind, for related information. */
  examples: Record<RefKind, Heading[]>;
  /** Where the highest-numbered one of each kind starts (its heading or caption). */
  lastStart: Partial<Record<RefKind, number>>;
}

function inventory(model: Model): Inventory {
  const inv: Inventory = {
    numbers: { annex: new Set(), box: new Set(), table: new Set() },
    unnumberedAnnex: false,
    labels: new Set(),
    examples: { annex: [], box: [], table: [] },
    lastStart: {},
  };
  const highest: Partial<Record<RefKind, number>> = {};
  const note = (kind: RefKind, n: number, at: number): void => {
    if ((highest[kind] ?? 0) <= n) {
      highest[kind] = n;
      inv.lastStart[kind] = at;
    }
  };
  const walk = (hs: Heading[]): void => {
    for (const h of hs) {
      if (h.kind === 'annex' || h.kind === 'box' || h.kind === 'table') {
        if (h.number !== undefined && h.label) {
          inv.numbers[h.kind].add(h.number);
          note(h.kind, h.number, h.span.start);
        }
        if (h.kind === 'annex' && !h.label) {
          inv.unnumberedAnnex = true;
          // `附件：1.资金安排表` / `2.项目明细表`: one 附件 heading that lists its annexes as numbered items
          // declares each of them (the items nest under it as numbered sections).
          if (ANNEX_LIST.test(model.text.slice(h.span.start, h.span.start + 12))) {
            for (const c of h.children) {
              if (c.number === undefined || !/^[0-9０-９]+$/.test(c.label ?? '')) continue;
              inv.numbers.annex.add(c.number);
              note('annex', c.number, c.span.start);
            }
          }
        }
        if (h.labelSpan) inv.labels.add(h.labelSpan.start);
        inv.labels.add(h.span.start);
        if (inv.examples[h.kind].length < 3) inv.examples[h.kind].push(h);
      }
      walk(h.children);
    }
  };
  walk(model.outline);
  for (const t of model.tables) {
    const m = /^\s*(?:附表|表)\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})/.exec(t.caption ?? '');
    const n = m ? numberOf(m[1] ?? '') : undefined;
    if (n !== undefined) {
      inv.numbers.table.add(n);
      note('table', n, t.span.start);
    }
  }
  return inv;
}

function numberOf(written: string): number | undefined {
  const ascii = asciiDigits(written);
  return /^\d+$/.test(ascii) ? Number(ascii) : chineseOrdinal(ascii);
}

function exists(inv: Inventory, kind: RefKind, n: number): boolean {
  return inv.numbers[kind].has(n) || (kind === 'annex' && n === 1 && inv.unnumberedAnnex);
}

const NAMES: Record<RefKind, { zh: string; en: string }> = {
  annex: { zh: '附件', en: 'annex' },
  box: { zh: '专栏', en: 'box' },
  table: { zh: '表', en: 'table' },
};

export const danglingReference: Check = {
  code: 'dangling-reference',
  defaultSeverity: 'warning',
  needsClaims: false,
  title: { zh: '引用了文档中不存在的附件、专栏或表（如“详见附件2”）', en: 'Reference to an annex, box or table the document does not contain (e.g. 详见附件2)' },
  docs: {
    description: {
      zh: '引用了文中不存在的附件、专栏或表格。例：文中并无附件2，却写「详见附件2」。文中根本没有附件（专栏、表）时仅作提示信息：它们常作为单独文件另附；编号不从 1 开始（如只有表5）或全文止于最后一张表内时，本文似为节选，引用范围以外的编号也仅作提示。',
      en: 'A reference to an annex, box or table the document does not contain. Example: `详见附件2` when there is no 附件2. Information only when the document has no annex (box, table) at all: those usually travel as separate files; and when the numbering present does not start at 1 (only 表5), or the text ends inside the last table present, the text is a section or an excerpt of a longer one, so a number outside that range is information too.',
    },
    finding: '`详见附件2`, `见专栏3`, `表2` that the document does not contain; information only when it has no annex (专栏, 表) at all, since those usually travel as separate files, or when its numbering starts past 1 or the text ends inside the last one (a section or excerpt) and the number lies outside it',
    example: '001 line 8: `（详见附件1）`, no annex in the file (information)',
    quickFix: 'delete the bracketed reference',
  },
  run(model: Model): Draft[] {
    const inv = inventory(model);
    const drafts: Draft[] = [];
    for (const s of model.sentences) {
      if (!/[附专表]/.test(s.text)) continue;
      drafts.push(...scanSentence(model, inv, s));
    }
    return drafts;
  },
};

function scanSentence(model: Model, inv: Inventory, s: Sentence): Draft[] {
  const p = model.paragraphs[s.paragraph];
  if (!p) return [];
  const drafts: Draft[] = [];
  const paragraphStart = leadingNoise(p.text);
  let lastRefEnd = -1;
  for (const m of s.text.matchAll(REF)) {
    const at = m.index ?? 0;
    // Both groups are mandatory in REF, and every word it matches is in WORDS.
    const word = m[1] ?? '';
    const written = m[2] ?? '';
    const end = at + m[0].length;
    const kind = WORDS[word];
    if (kind === undefined) continue;
    const before = s.text.slice(Math.max(0, at - 6), at);
    const after = s.text.slice(end, end + 4);
    const n = numberOf(written);
    if (n === undefined || n === 0) continue;
    // 代表3人, 发表2篇: `表` inside another word. 附表 is matched as one word first.
    // (`表2-1-1`, `表3.2`: numbered within a chapter; the flat count of tables says nothing of it.)
    if (COUNT_AFTER.test(after) || /^[0-9０-９]/.test(after) || /^[-－–—.．][0-9０-９]/.test(after)) continue;
    const bracketed = /[（(][ \u3000]?(?:详见|参见|见)?[ \u3000]?$/.test(before) && /^[ \u3000]?[）)]/.test(after);
    const listed = lastRefEnd >= 0 && at - lastRefEnd <= 6 && LIST_JOIN.test(s.text.slice(lastRefEnd, at));
    const cued = CUE_BEFORE.test(before) || CUE_AFTER.test(after) || bracketed || listed;
    const chineseNumber = !/[0-9０-９]/.test(written);
    if ((word === '表' || chineseNumber) && !cued) continue;
    if (word === '表' && /[代发列报图年外仪电水钟手图统计]$/.test(before) && !CUE_BEFORE.test(before.slice(0, -1))) continue;
    // The heading or caption itself: a mention opening its paragraph, or a heading's label.
    if (s.at + at <= paragraphStart) continue;
    const span = spanOf(p, s.at + at, m[0].length);
    if (inv.labels.has(span.start)) continue;
    lastRefEnd = end;
    if (exists(inv, kind, n)) continue;
    drafts.push(draft(model, inv, kind, n, m[0], span, bracketRemoval(model, p, s, at, end)));
  }
  return drafts;
}

/** `（详见附件1）` as a whole: the fix can drop the bracketed reference. */
function bracketRemoval(model: Model, p: Model['paragraphs'][number], s: Sentence, at: number, end: number): Fix[] {
  // Bounded windows: an anchored regex over the whole prefix would cost the sentence's length per mention.
  const before = /[（(][ \u3000]?(?:(?:详见|参见|见)[ \u3000]?)?$/.exec(s.text.slice(Math.max(0, at - 8), at));
  const after = /^[ \u3000]?[）)]/.exec(s.text.slice(end, end + 4));
  if (!before || !after) return [];
  const start = at - before[0].length;
  const stop = end + after[0].length;
  const span = spanOf(p, s.at + start, stop - start);
  const removed = model.text.slice(span.start, span.end);
  return [
    {
      title: { zh: `删除“${removed}”`, en: `Delete "${removed}"` },
      edits: [{ span, newText: '' }],
    },
  ];
}

/**
 * True when the text ends inside the last table present, with no sentence after its heading: `…详见表2、表3、表4：` and then 表2 down to the last line. The ones after it were cut
 * off with the rest of the document (an excerpt, a page of a longer report).
 */
function endsInLast(model: Model, inv: Inventory, kind: RefKind): boolean {
  const lastStart = inv.lastStart[kind];
  if (lastStart === undefined) return false;
  return !/[。！？]/.test(model.text.slice(lastStart));
}

/** True when the last one of its kind is the document's last line: its heading, with no body after it. */
function endsOnHeadingOfLast(model: Model, inv: Inventory, kind: RefKind): boolean {
  const lastStart = inv.lastStart[kind];
  if (lastStart === undefined) return false;
  return !model.text.slice(lastStart).trim().includes('\n');
}

/**
 * True when the text stops in the middle of a sentence: its last line is prose (a clause with a comma) that
 * ends on no closing mark (`…雖該公司已針對部分土地規劃辦理`). The page was cut there, and tables after the
 * last one present may have gone with the rest. (A signature or date closing a whole report has no comma.)
 */
function stopsMidSentence(model: Model): boolean {
  const last = model.text.trimEnd().split('\n').pop()?.trim() ?? '';
  return last.length >= 20 && /[，,]/.test(last) && !/[。！？!?.…；;：:）)」』”"’]$/.test(last);
}

type Reason = 'section' | 'title' | 'mid' | 'inside';

/** Why a missing number may lie in the part of the document left out: the second half of an information message. */
const REASONS: Record<Reason, (name: { zh: string; en: string }, last: number) => { zh: string; en: string }> = {
  section: (name) => ({
    zh: `编号不从 1 开始，本文可能是较长文档的一部分，${name.zh}可能在其余部分`,
    en: `its numbering does not start at 1, so it may be a section of a longer document that holds the ${name.en}`,
  }),
  title: (name, last) => ({
    zh: `全文止于${name.zh}${last}的标题，${name.zh}可能另附为单独文件或未包含在本文中`,
    en: `the text ends on the heading of ${name.en} ${last}, so the others may be separate files or cut off`,
  }),
  mid: (name, last) => ({
    zh: `全文止于半句，其后的${name.zh}可能未包含在本文中`,
    en: `the text stops mid-sentence, so the ones after ${name.en} ${last} may have been cut off`,
  }),
  inside: (name, last) => ({
    zh: `全文止于${name.zh}${last}，其后的${name.zh}可能未包含在本文中`,
    en: `the text ends inside ${name.en} ${last}, so the ones after it may have been cut off`,
  }),
};

function draft(model: Model, inv: Inventory, kind: RefKind, n: number, ref: string, span: { start: number; end: number }, fixes: Fix[]): Draft {
  const name = NAMES[kind];
  const present = [...inv.numbers[kind]].sort((a, b) => a - b);
  if (kind === 'annex' && inv.unnumberedAnnex) present.unshift(0);
  // Numbering that does not start at 1 (`表5`, `表6` only) marks a section of a longer document: a
  // number outside the range present may stand in the part left out, so that is information; a gap
  // inside the range is still a warning. So is a number past the last one when the text ends inside
  // that last one, or stops mid-sentence (an excerpt or page cut off after it).
  const first = present[0];
  const last = present[present.length - 1];
  const section = first !== undefined && last !== undefined && first > 1 && (n < first || n > last);
  // (Tables only: a document ends with its annexes by design, and an annex runs to its end.)
  const beyond = !section && kind === 'table' && last !== undefined && n > last;
  const cutInside = beyond && endsInLast(model, inv, kind);
  const cutMid = beyond && !cutInside && stopsMidSentence(model);
  // Annexes: a text ending on the last annex's own heading line (`附件1：某县项目表`, with nothing
  // after it) carries the annex titles only: the annexes travel as separate files, or the page was cut.
  const titleOnly = !section && kind === 'annex' && last !== undefined && n > last && endsOnHeadingOfLast(model, inv, kind);
  const why: Reason | undefined = section ? 'section' : titleOnly ? 'title' : cutMid ? 'mid' : cutInside ? 'inside' : undefined;
  if (why !== undefined) {
    const list = present.map((k) => `${name.zh}${k}`).join('、');
    const reason = REASONS[why](name, last ?? 0);
    return {
      span,
      severity: 'info',
      message: {
        zh: `引用了“${ref}”，但文档中只有${list}；${reason.zh}`,
        en: `"${ref}" is referenced, but the document only contains ${list}; ${reason.en}`,
      },
      related: [],
      fixes,
    };
  }
  const list = present.map((n) => (n === 0 ? name.zh : `${name.zh}${n}`)).join('、');
  const related: Related[] = inv.examples[kind].map((h) => ({
    span: h.span,
    message: { zh: `文档中的${name.zh}（第 ${lineNumber(model, h.span.start)} 行）`, en: `A ${name.en} of the document (line ${lineNumber(model, h.span.start)})` },
  }));
  return {
    span,
    // With no annex (box, table) in the file at all, the likeliest story is that they travel as
    // separate files — budget reports publish their 附表 as attachments — so the finding is
    // information, not a warning; a missing one among those present is a real warning.
    severity: present.length === 0 ? 'info' : undefined,
    message: present.length === 0
      ? {
          zh: `引用了“${ref}”，但文档中没有任何${name.zh}（若${name.zh}另附为单独文件，可忽略）`,
          en: `"${ref}" is referenced, but the document contains no ${name.en} at all (ignore if it is a separate file)`,
        }
      : {
          zh: `引用了“${ref}”，但文档中只有${list}`,
          en: `"${ref}" is referenced, but the document only contains ${list}`,
        },
    related,
    fixes,
  };
}
