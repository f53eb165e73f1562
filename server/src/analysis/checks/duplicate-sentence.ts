// duplicate-sentence: a whole sentence (≥ 15 Han characters) that occurs again in the document,
// exactly or with one or two characters changed. The later occurrence is flagged; the fix
// deletes it. Sentences are indexed by three 6-character probes (start, middle, end), so
// only sentences sharing a probe are compared: no pairwise loop over the document.

import type { Check, Draft, Model } from './check';
import type { Heading, Paragraph, Sentence } from '../types';
import { withinEdits } from '../editDistance';
import { clip, lineNumber } from './format';
import { sourceText } from '../logical';
import { memoOfText } from '../memo';
// (A page's furniture, `订阅…频道：https://…`, `请同意隐私权规范…`, is printed as often as its template says.)
import { pageFurniture } from '../cues/pageFurniture';
import { balanceSides, continuesBreakdown } from '../cues/breakdowns';
import { matchMarker } from '../headingMarkers';
import { SCOPE } from '../cues/periods';

/**
 * Counted in Han characters: web pages repeat short label lines that are mostly digits and
 * brackets (`[ 成文日期 ] 2022-09-28` / `[ 发布日期 ] 2022-09-28`), which are no sentences.
 */
const MIN_HAN = 15;
/** A title or label line: a whole short paragraph without terminal punctuation. */
const TITLE_MAX = 40;
const TERMINAL = /[。！？；!?;…]$/;
/** Notes under tables and sources repeat by design (`注：表中部分数据因四舍五入…` under each table). */
const NOTE = /^(注|说明|备注|资料来源|数据来源)[0-9０-９]?[：:]/;
const MAX_EDITS = 2;

/**
 * Text with neither a comma nor an end mark is a title or a label, not a sentence: a web page
 * repeats its title above the article and its metadata (`[ 发布日期 ] 2022-09-28`) by design.
 */
const CLAUSE_MARK = /[。！？；，!?;,]/;
const PROBE = 6;
/** An empty bucket, shared: most probes find none. */
const NO_CANDIDATES: readonly number[] = [];
/** Bound on comparisons per probe bucket, so repetitive input stays linear. */
const MAX_BUCKET = 16;


/**
 * Only real sentences are compared. A title line repeated by the page it was copied from (page
 * title, then the document's own title block) or a heading repeated as a running head is layout,
 * not a drafting error.
 */
function isSentence(model: Model, s: Sentence, t: string, reading: TextReading): boolean {
  if (!reading.sentenceLike) return false;
  if (!reading.maybeTitle) return true;
  // Only a short line without terminal punctuation can be a title: the paragraph is looked at
  // then alone (comparing every sentence with its paragraph would be quadratic in long paragraphs).
  const paragraph = model.paragraphs[s.paragraph];
  return !(paragraph !== undefined && paragraph.text.length <= TITLE_MAX * 2 && paragraph.text.replace(/[\s\u3000]+/g, '') === t);
}

/** What a sentence's text alone says: read once per text (memoized: a re-analysis meets the same sentences). */
interface TextReading {
  /** Enough Han characters, a clause mark, and no note: a sentence unless it is a title line. */
  sentenceLike: boolean;
  /** Short and without terminal punctuation: a title if it is its whole paragraph. */
  maybeTitle: boolean;
  /** The probe keys (see probes). */
  keys: string[];
}

/** A sentence's text without spaces (`t`, what is compared) and its reading. */
const readSentence = memoOfText((text: string): { t: string; reading: TextReading } => {
  const t = text.replace(/[\s\u3000]+/g, '');
  return {
    t,
    reading: {
      sentenceLike: !NOTE.test(t) && !pageFurniture(t) && hasHan(t, MIN_HAN) && CLAUSE_MARK.test(t),
      maybeTitle: t.length <= TITLE_MAX && !TERMINAL.test(t),
      keys: probes(t),
    },
  };
});

/** True when `t` holds at least `n` Han characters (stops counting there). */
function hasHan(t: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < t.length && count < n; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) count++;
  }
  return count >= n;
}

function probes(t: string): string[] {
  const mid = Math.floor(t.length / 2) - PROBE / 2;
  return [`s${t.slice(0, PROBE)}`, `m${t.slice(mid, mid + PROBE)}`, `e${t.slice(-PROBE)}`];
}

export const duplicateSentence: Check = {
  code: 'duplicate-sentence',
  defaultSeverity: 'warning',
  needsClaims: false,
  title: { zh: '重复语句（如同一句话粘贴两次）', en: 'Repeated sentence (e.g. a sentence pasted twice)' },
  docs: {
    description: {
      zh: '整句（不少于 15 个字符）在文中重复出现，完全相同或仅有一两个字不同。例：同一段中两次出现「全面提高救助保障标准，发放救助资金4.4亿元……」。概述与分述中重复引用同一数据属于正常写法，不报；隔开数句后重述并紧接“其中”分项的、或近似重复而仅措辞不同（数字相同）或仅所述时期不同（当月与累计）的、分属同级不同章节且前句为同一模板的、或中间隔有整段的，仅作提示信息；同一段、相邻段内的重复为警告。',
      en: 'A whole sentence (at least 15 characters) repeated in the document, exactly or with one or two characters changed. Example: the same sentence `全面提高救助保障标准，发放救助资金4.4亿元……` pasted twice in one paragraph. A figure restated in the summary and the detail section is not flagged; a sentence restated further on and broken down right after (其中…), or a near repeat that differs in words only (no figure) or only in the period it names (a month and the months to date), or a repeat across two parallel sections of one level (their lead-in sentences one template), or one with a whole paragraph between the copies, is information only; a repeat in the same or the next paragraph is a warning.',
    },
    finding: 'a sentence (≥ 15 characters) repeated exactly or with 1–2 characters changed; a passage of consecutive sentences pasted twice is one finding whose fix deletes the whole repeat',
    example: '001 line 40: `全面提高救助保障标准，发放救助资金4.4亿元，…` twice in one paragraph',
    quickFix: 'delete the repeat',
  },
  run(model: Model): Draft[] {
    const pairs: Pair[] = [];
    // One pair of lookups per scope (lede, body; see below): no key is built by concatenation.
    const lede = { exact: new Map<string, number>(), buckets: new Map<string, number[]>() };
    const body = { exact: new Map<string, number>(), buckets: new Map<string, number[]>() };
    // A page's labelled abstract has a scope of its own: it repeats the lede as much as the body.
    const abstract = { exact: new Map<string, number>(), buckets: new Map<string, number[]>() };
    const texts: string[] = [];
    // A lede or abstract before the first numbered heading (a summary, a news site's lead, a
    // page's 摘要) quotes sentences of the body on purpose: lede and body are searched apart, so
    // such a pair is no paste error, while a repeat inside either still is.
    // With no numbered heading, a news page's summary line (`截至目前…累计…。` alone under its byline) stands before the
    // article's first paragraph of two sentences or more: it is the lede, and the body repeats it by design.
    const bodyStart = firstNumbered(model.outline)?.span.start ?? firstFullParagraph(model);
    // A numbered summary section (`一、主要指标情况`) quotes the sections after it the same way.
    const summaries = summarySections(model.outline);
    const inSummary = (at: number): boolean => summaries.some((h) => at >= h.sectionSpan.start && at < h.sectionSpan.end);
    // A paragraph labelled as a page's summary (`内容提要：…`, `核心提示：…`) is a lede wherever it stands.
    const labelled = new Set<number>();
    // A photo's caption (`…大会开幕。张三摄`) repeats what the article says and is no sentence of it.
    const captions = new Set<number>();
    // (The paragraph a label alone on its line labels: one that opens with a label of its own right after
    // it, `导读：` / `【编者按】…` / `【编者按】…`, is the article's opening, which the abstract repeats.)
    const underBareLabel = new Set<number>();
    model.paragraphs.forEach((p, i) => {
      if (truncatedAbstract(model.paragraphs, i)) labelled.add(i);
      // (The credit closes the paragraph and is short: its last characters are enough, and cheaper on long paragraphs.)
      if (PHOTO_CREDIT.test(p.text.trimEnd().slice(-CREDIT_TAIL))) captions.add(i);
      // A page's breadcrumb (`首页 > 新闻资讯 > 标题`) names the article it leads to: navigation, not text.
      if (BREADCRUMB.test(p.text)) captions.add(i);
      if (!SUMMARY_LABEL.test(p.text) || underBareLabel.has(i - 1)) return;
      labelled.add(i);
      // `导读：` on a line of its own labels the paragraph after it.
      if (p.text.replace(SUMMARY_LABEL, '').trim() === '') {
        labelled.add(i + 1);
        underBareLabel.add(i + 1);
      }
    });
    const scopeOf = (s: Sentence): typeof body =>
      labelled.has(s.paragraph) ? abstract : (bodyStart !== undefined && s.span.start < bodyStart) || inSummary(s.span.start) ? lede : body;
    model.sentences.forEach((s, i) => {
      const { t, reading } = readSentence(s.text);
      texts.push(t);
      if (!isSentence(model, s, t, reading) || captions.has(s.paragraph)) return;
      // The pigeonhole keys, read once for the lookup and the insertion.
      const { exact, buckets } = scopeOf(s);
      const keys = reading.keys;
      const firstExact = exact.get(t);
      let original: number | undefined = firstExact;
      let edits = 0;
      if (original === undefined) {
        // At most 3 × MAX_BUCKET candidates: a short array beats a Set per sentence.
        const seen: number[] = [];
        for (const p of keys) {
          for (const j of buckets.get(p) ?? NO_CANDIDATES) {
            if (seen.includes(j)) continue;
            seen.push(j);
            const other = texts[j];
            if (other === undefined) continue;
            const d = withinEdits(other, t, MAX_EDITS);
            if (d !== undefined && !sidesOfOneBalance(other, t) && !countedOffSubjects(other, t)) {
              original = j;
              edits = d;
              break;
            }
          }
          if (original !== undefined) break;
        }
        exact.set(t, i);
      }
      if (original !== undefined) {
        const earlier = model.sentences[original];
        if (earlier !== undefined) {
          const other = texts[original] ?? '';
          const note =
            edits > 0 && wordingOnly(other, t)
              ? 'wording'
              : edits > 0 && periodsOnly(other, t)
                ? 'periods'
              : edits > 0 && (yearsOnly(other, t) || (figuresOnly(other, t) && (templateSeries(texts, original, i, model.sentences[i + 1]?.text) || ownSubjects(model, texts, original, i))))
                ? 'figures'
              : restatedToElaborate(model, original, i)
                ? 'elaborated'
              : headlineRepeated(model, original, i)
                ? 'headline'
              : inAbstract(model, original)
                ? 'abstract'
                : inSiblingSections(model.outline, earlier.span.start, s.span.start) && parallelLeadIns(texts, original, i)
                  ? 'sections'
                  : // `收入A，与上年相比增加0万元。原因是：…。支出B，与上年相比增加0万元。原因是：…。`: each copy closes its
                    // own sentence of one template, filled in for two subjects.
                    i - original >= 2 && parallelLeadIns(texts, original, i)
                    ? 'parallel'
                    : closesTwoItems(model, original, i)
                    ? 'items'
                    : apart(model, original, i)
                    ? 'apart'
                    : undefined;
          // `（一）…“三公”经费支出决算总体情况说明。` / `（二）…具体情况说明。`: two numbered headings of one
          // template that differ in words only are the document's outline, not a repeat.
          const headings = note === 'wording' && withoutMarker(other) !== other && withoutMarker(t) !== t;
          // `（1）…年营业收入2000万元及以上的…` / `（2）…1000万元及以上的…`: items numbered apart in one list, however
          // close their words; a pasted repeat carries its number along.
          const items = edits > 0 && markerOf(other) !== markerOf(t) && markerOf(other) !== undefined && markerOf(t) !== undefined;
          // `年营业收入2000万元及以上的服务业法人企业。` / `…1000万元及以上的…`: sentences that differ only in a
          // threshold name two classes, even where a page lost the list's numbers.
          // (Numbered items are judged by their numbers above: one number twice is a paste.)
          const classes = edits > 0 && markerOf(other) === undefined && markerOf(t) === undefined && thresholdOnly(other, t);
          // `2015年綜合住戶統計調查按季統計報告。` / `2016年…`: titles of a yearly series, no figure besides the year, list the
          // series' issues (a page's sources); no statement is repeated.
          const series = edits > 0 && yearsOnly(other, t) && !/[0-9０-９]/.test(t.replace(/(?:19|20)[0-9]{2}(?=年)/g, ''));
          if (!headings && !items && !classes && !series) pairs.push({ first: original, repeat: i, edits, note });
        }
        // A third copy is judged against the nearest one before it (pasted next to it, or not).
        if (firstExact !== undefined) exact.set(t, i);
      }
      if (firstExact === undefined) {
        for (const p of keys) {
          const b = buckets.get(p);
          if (b === undefined) buckets.set(p, [i]);
          else if (b.length < MAX_BUCKET) b.push(i);
        }
      }
    });
    return runsOf(pairs, model).flatMap((run) => passageDraft(model, run) ?? []);
  },
};

/** A sentence found again: the earlier copy, the repeat, the characters changed, the reason it may be meant. */
interface Pair {
  first: number;
  repeat: number;
  edits: number;
  note: keyof typeof NOTES | undefined;
}

function pairDraft(model: Model, p: Pair): Draft | undefined {
  const first = model.sentences[p.first];
  const repeat = model.sentences[p.repeat];
  return first && repeat ? draftFor(model, first, repeat, p.edits, p.note) : undefined;
}

/**
 * Exact repeats of consecutive sentences, copied in the same order within one paragraph (a
 * passage pasted twice), as runs: one finding per passage rather than one per sentence.
 */
function runsOf(pairs: Pair[], model: Model): Pair[][] {
  const runs: Pair[][] = [];
  for (const p of pairs) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    const continues =
      run !== undefined &&
      last !== undefined &&
      p.edits === 0 &&
      last.edits === 0 &&
      p.note === undefined &&
      last.note === undefined &&
      p.repeat === last.repeat + 1 &&
      p.first === last.first + 1 &&
      // The copy lies wholly before the repeat (a sentence written many times in a row is no passage).
      p.first < (run[0]?.repeat ?? 0) &&
      model.sentences[p.repeat]?.paragraph === model.sentences[last.repeat]?.paragraph;
    if (continues) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

/** One finding for a run: the pair's own when the run is one sentence long. */
function passageDraft(model: Model, run: Pair[]): Draft | undefined {
  const head = run[0];
  const tail = run.at(-1);
  if (head === undefined || tail === undefined) return undefined;
  if (run.length === 1) return pairDraft(model, head);
  const first = model.sentences[head.first];
  const firstEnd = model.sentences[tail.first];
  const from = model.sentences[head.repeat];
  const to = model.sentences[tail.repeat];
  if (!first || !firstEnd || !from || !to) return pairDraft(model, head);
  const span = { start: from.span.start, end: to.span.end };
  const line = lineNumber(model, first.span.start);
  const p = model.paragraphs[from.paragraph];
  const text = clip(p ? sourceText(p, model.text, from.at, from.text.length) : from.text);
  const n = run.length;
  return {
    span,
    message: {
      zh: `重复段落：自“${text}”起连续 ${n} 句与第 ${line} 行起的句子完全相同`,
      en: `Repeated passage: ${n} sentences in a row, starting with "${text}", already appear starting on line ${line}`,
    },
    related: [{ span: { start: first.span.start, end: firstEnd.span.end }, message: FIRST_OCCURRENCE }],
    fixes: [{ title: DELETE_REPEAT, edits: [{ span, newText: '' }], preferred: true }],
  };
}

/** The parts where two near-repeats differ, after their common head and tail. */
function differingParts(a: string, b: string): [string, string] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return [a.slice(head, a.length - tail), b.slice(head, b.length - tail)];
}

/**
 * A size threshold right after a figure that goes on to name what it bounds (`万元及以上的企业`, `人以下规模`):
 * the figure bounds a class. (`新增企业25家以上。` is a target of at least 25: no class.)
 */
const THRESHOLD_AFTER = /^[\u4e00-\u9fff]{0,3}?(?:及以上|以上|及以下|以下|以内|及以内)(?=的|[\u4e00-\u9fff])/;

/** True when two near-repeats differ only in one figure and that figure is a threshold (`2000万元及以上`). */
function thresholdOnly(a: string, b: string): boolean {
  const [x, y] = differingParts(a, b);
  if (!/^[0-9０-９.．]+$/.test(x) || !/^[0-9０-９.．]+$/.test(y)) return false;
  // The common tail after the differing figure (its unit may be part of it).
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  // (A common leading digit, `2000`/`1000`, leaves the figure's start in the head: step back over digits.)
  const after = a.slice(head + x.length);
  return THRESHOLD_AFTER.test(after.replace(/^[0-9０-９.．]+/, ''));
}

/** A Chinese numeral that counts off one of a series of classes, periods or batches. */
const SERIES_NUMERAL = /^[一二三四五六七八九十]$/;
/** What such a numeral counts off when no 第 stands before it (`一季度`, `二产业`). */
const SERIES_AFTER = /^(?:季度|产业|產業|批|类|類|档|檔|级|級|期|号|號|标段|標段)/;

/**
 * `第一产业投资同比增长7.6%，拉动…0.2个百分点。` / `第二产业投资同比增长0.6%，拉动…0.2个百分点。`: two
 * near-repeats whose first difference is the numeral of a counted-off series (第一/第二, 一季度/二季度) speak
 * of two members of it, each with its own figures: parallel statements, no repeat.
 */
function countedOffSubjects(a: string, b: string): boolean {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  const x = a[head] ?? '';
  const y = b[head] ?? '';
  if (!SERIES_NUMERAL.test(x) || !SERIES_NUMERAL.test(y)) return false;
  return a[head - 1] === '第' || SERIES_AFTER.test(a.slice(head + 1, head + 3));
}

/** The words where two near-repeats differ are 收入 and 支出: the two sides of one balanced budget. */
function sidesOfOneBalance(a: string, b: string): boolean {
  const [x, y] = differingParts(a, b);
  return balanceSides(x, y);
}

/** The text after a leading heading number (`（二）`, `3.`), if it opens with one. */
/** The list marker a sentence opens with (`（2）`, `3.`), or undefined. */
function markerOf(t: string): string | undefined {
  const m = matchMarker(t);
  return m !== undefined && m.start === 0 ? t.slice(0, m.end) : undefined;
}

function withoutMarker(t: string): string {
  const m = matchMarker(t);
  return m !== undefined && m.start === 0 ? t.slice(m.end) : t;
}

/** Digits and number characters: a change among them changes a figure. */
const NUMBER_CHAR = /[0-9０-９零〇一二两三四五六七八九十百千万亿]/;

/**
 * `…本单位无经营收入，与去年相比无变化。` / `…本单位无其他收入，与去年相比无变化。`: two near-repeats that
 * differ in words only, no figure, are parallel statements about two items (a department's
 * accounts say the same of each line), or two headings (`总体情况` / `具体情况`): information. A
 * repeat that changed a figure is the paste-and-edit slip the check is for.
 */
function wordingOnly(a: string, b: string): boolean {
  // A heading's own number (`（一）…总体情况` / `（二）…具体情况`) is no figure of the sentence.
  const [x, y] = differingParts(withoutMarker(a), withoutMarker(b));
  return !NUMBER_CHAR.test(x) && !NUMBER_CHAR.test(y);
}

/**
 * True when two texts differ only in the years they name (`…介绍了2022年上半年…` / `…介绍了2023年上半年…`): one
 * template told of two years (a page that lists two years' releases), no pasted repeat.
 */
function yearsOnly(a: string, b: string): boolean {
  const years = /(?:19|20)[0-9]{2}(?=年)/g;
  return a !== b && a.replace(years, 'Y') === b.replace(years, 'Y');
}

/**
 * True when two texts differ only in the sub-year periods they name (`2020年7月，…前三位的为A、B和C。` /
 * `2020年1-7月，…前三位的为A、B和C。`): one statement made of the month and of the months to date, whose results
 * agree, no pasted repeat.
 */
function periodsOnly(a: string, b: string): boolean {
  const periods = (t: string): string => t.replace(SCOPE, 'P');
  return a !== b && periods(a) === periods(b) && periods(a) !== a;
}

/** True when two texts differ only in their figures (`辍学率达0.84%` / `辍学率达0.27%`). */
function figuresOnly(a: string, b: string): boolean {
  const digits = /[0-9０-９.．]+/g;
  return a !== b && a.replace(digits, '#') === b.replace(digits, '#');
}

/**
 * `20xx年全乡共有17所小学，…。学龄儿童入学率达100%，…辍学率达0.84%。` then the same two sentences with
 * the next year's figures: a near repeat that differs in figures only, next to a sentence that also
 * restates its neighbour with other figures, is one template written for another year or subject.
 * (A copy pasted with one figure edited has no such parallel neighbour: it stays a warning.)
 */
function templateSeries(texts: readonly string[], first: number, repeat: number, nextText: string | undefined): boolean {
  const before = first > 0 && repeat - 1 > first && figuresOnly(texts[first - 1] ?? '', texts[repeat - 1] ?? '');
  const nextOfFirst = texts[first + 1];
  const after = first + 1 < repeat && nextOfFirst !== undefined && nextText !== undefined && figuresOnly(nextOfFirst, nextText.replace(/[\s\u3000]+/g, ''));
  return before || after;
}

/**
 * `赣粤豫鄂四省联盟…中选价格平均降幅67%。按照联盟省份首年采购需求量计算，预计可节约采购资金1.6亿元。` and a later
 * paragraph on another alliance closing with the same sentence and 4.3亿元: a near repeat in figures only
 * in two paragraphs that open on two subjects of one kind (their openers differ, yet share a run of
 * words: `…联盟…带量采购是我省首次牵头开展的…`) is one template written for each. (Openers with nothing in
 * common, `1.加快产业转型升级。` / `2.持续扩大有效投资。`, make the second copy a pasted slip: a warning.)
 */
function ownSubjects(model: Model, texts: readonly string[], first: number, repeat: number): boolean {
  const a = model.sentences[first];
  const b = model.sentences[repeat];
  if (a === undefined || b === undefined || a.paragraph === b.paragraph) return false;
  const opener = (k: number, paragraph: number): number => {
    let j = k;
    while (j > 0 && model.sentences[j - 1]?.paragraph === paragraph) j--;
    return j;
  };
  const oa = opener(first, a.paragraph);
  const ob = opener(repeat, b.paragraph);
  if (oa === first || ob === repeat) return false;
  const x = texts[oa] ?? '';
  const y = texts[ob] ?? '';
  return x !== y && !figuresOnly(x, y) && withinEdits(x, y, MAX_EDITS) === undefined && sharesRun(x, y, PARALLEL_RUN);
}

/** How long a run of characters two parallel openers share. */
const PARALLEL_RUN = 6;

/** True when `a` and `b` share a run of `n` characters (openers are short: quadratic is fine, bounded). */
function sharesRun(a: string, b: string, n: number): boolean {
  const x = a.slice(0, 200);
  const y = b.slice(0, 200);
  for (let i = 0; i + n <= x.length; i++) if (y.includes(x.slice(i, i + n))) return true;
  return false;
}

/** Titles of a summary section that restates the figures of the sections after it. */
const SUMMARY_TITLE = /(主要指标|主要經濟指標|主要经济指标|主要指標|总体情况|總體情況|总体概况|基本情况|基本情況|概况|概況|综述|綜述|概述|摘要|要点|要點)/;

/** Labels that open a web page's summary paragraph, which quotes the article below it (`摘要` alone on its line too). */
const SUMMARY_LABEL =
  /^[\s\u3000]*(?:[【\[](?:内容提要|內容提要|内容摘要|內容摘要|摘要|提要|导读|導讀|核心提示|编者按|編者按)[】\]]|(?:内容提要|內容提要|内容摘要|內容摘要|摘要|提要|导读|導讀|核心提示|编者按|編者按)[\s\u3000]*(?:[：:]|$))/;

/** A breadcrumb line opening with the home page (`首页 > 新闻资讯 >`, `当前位置：首页 » 政务公开`). */
const BREADCRUMB = /^[\s\u3000]*(?:(?:当前位置|您的位置|您现在的位置|所在位置)[：:]?[\s\u3000]*)?(?:网站)?(?:首页|主页)[\s\u3000]*[>»›＞]/;

/** A photographer's credit closing a paragraph: `陈某摄`, `（记者 王某 摄）`, `新华社记者李某摄`. */
// (`…有所提升。图/视觉中国`, `图片来源：某某网`: an agency's or site's credit closing the caption.)
/** How many closing characters of a paragraph can hold a photographer's credit. */
const CREDIT_TAIL = 40;
// (`（圖/記者某某攝，2019.05.28）`: a date after the credit, inside its bracket; `（图/文：某某）`: picture and words by one.)
const PHOTO_CREDIT = /[\u4e00-\u9fff][\s\u3000]?摄(?:[，,][\s\u3000]*\d{4}[.\/／-]\d{1,2}[.\/／-]\d{1,2})?[）)]?$|(?:图|圖)(?:[\/／]文)?(?:片来源|片來源)?[\/／:：][\s\u3000]?[\u4e00-\u9fffA-Za-z]{2,10}[）)]?$/;

/** How a paragraph that is complete ends: a closing mark, bracket or quote. */
const CLOSED = /[。．.！!？?；;…”"’）)】\]]$/;
/** An ellipsis closing a paragraph: `…`, `……`, `...`. */
const ELLIPSIS_END = /(?:…+|\.{3,}|。{3,})$/;
/** The last characters of a paragraph read first, and how many of them (spaces aside) settle its ending. */
const TAIL_READ = 16;
const MIN_TAIL = 4;
/** How many paragraphs after a cut-off abstract the full text may start. */
const ABSTRACT_REACH = 3;

/**
 * A web page's abstract: a paragraph cut off mid-sentence (no closing mark) whose words open one of
 * the next few paragraphs, which goes on past the cut. The site printed the first characters of the
 * article above it; the article's own sentences are no repeat of it.
 */
function truncatedAbstract(paragraphs: readonly Paragraph[], i: number): boolean {
  const raw = paragraphs[i]?.text ?? '';
  // (Most paragraphs close with a mark and no ellipsis: read from their last characters alone.)
  const tail = raw.slice(-TAIL_READ).replace(/[\s\u3000]+/g, '');
  if (tail.length >= MIN_TAIL && CLOSED.test(tail) && !ELLIPSIS_END.test(tail)) return false;
  // Compared without spaces: the site may lay the abstract out with other spaces than the article.
  const written = raw.replace(/[\s\u3000]+/g, '');
  // (`…近年来，云南着力提高…`: a site's abstract cut off with an ellipsis, which the article does not have.)
  const text = written.replace(ELLIPSIS_END, '');
  if (text.length < 20 || (text === written && CLOSED.test(text))) return false;
  // The cut may fall in the article's second or third paragraph: it opens the paragraphs read together.
  let after = '';
  for (let j = i + 1; j <= i + ABSTRACT_REACH && j < paragraphs.length; j++) {
    const next = (paragraphs[j]?.text ?? '').replace(/[\s\u3000]+/g, '');
    // (Not a line that ends with the same ellipsis: `…每天传递温暖。...` printed twice is a repeat.)
    if (after === '' && next.length > text.length && next.startsWith(text)) return next !== written;
    if (after === '' && !text.startsWith(next)) continue;
    after += next;
    if (after.length > text.length) return after.startsWith(text);
    if (!text.startsWith(after)) return false;
  }
  return false;
}

/** Top-level headings whose title names a summary (at most a few: bounded work per sentence). */
function summarySections(outline: readonly Heading[]): Heading[] {
  return outline.filter((h) => SUMMARY_TITLE.test(h.title)).slice(0, 4);
}

/** The first numbered heading in document order (depth first: children follow their parent). */
/** Most paragraphs looked at for the first one of two sentences or more (bounded work on any input). */
const OPENING_REACH = 6;

/**
 * The start of the first paragraph of two sentences or more, when one-sentence paragraphs stand before it within the
 * first OPENING_REACH paragraphs; else undefined (the document opens with its body).
 */
function firstFullParagraph(model: Model): number | undefined {
  const count = new Map<number, number>();
  for (const s of model.sentences) {
    if (s.paragraph >= OPENING_REACH) break;
    count.set(s.paragraph, (count.get(s.paragraph) ?? 0) + 1);
  }
  let byline = false;
  let single = false;
  for (let i = 0; i < Math.min(OPENING_REACH, model.paragraphs.length); i++) {
    const n = count.get(i) ?? 0;
    // (`2月11日，记者从…获悉`, `某报讯 记者…`: the article's dateline opens the body; a summary of any length under
    // the byline stands before it.)
    // (The dateline's paragraph an article's own, of two sentences or more: a one-sentence copy of the summary is a repeat.)
    if (byline && single && n >= 2 && DATELINE.test(model.paragraphs[i]?.text ?? '')) return model.paragraphs[i]?.span.start;
    if (n >= 2 && byline && !single && DATELINE.test(model.paragraphs[i + 1]?.text ?? '')) {
      single = true;
      continue;
    }
    // (A summary of several sentences under the byline, then the article whose opening sentences say its first
    // one again: `…开捕。…增加30%左右。` / `菊花开，闻蟹来。…开捕。…`: the article starts after the summary.)
    if (n >= 2 && byline && !single && firstSentenceOpensNext(model, i)) return model.paragraphs[i + 1]?.span.start;
    if (n >= 2) return single ? model.paragraphs[i]?.span.start : undefined;
    // Only a summary under a page's byline (`来源：某报 作者：某某 2023-09-07`): an article's own first paragraph
    // repeated by the next is a repeat.
    if (n === 1 && byline) single = true;
    if (BYLINE.test(model.paragraphs[i]?.text ?? '')) byline = true;
  }
  return undefined;
}

/**
 * True when the first sentence of paragraph i is one of the first two sentences of paragraph i + 1 and its
 * second sentence is not in it: the article reuses the summary's opening (a whole summary printed again
 * is a repeat).
 */
function firstSentenceOpensNext(model: Model, i: number): boolean {
  const own = model.sentences.filter((s) => s.paragraph === i).slice(0, 2).map((s) => s.text.trim());
  const next = model.sentences.filter((s) => s.paragraph === i + 1).map((s) => s.text.trim());
  const [first, second] = own;
  return first !== undefined && next.slice(0, 2).includes(first) && (second === undefined || !next.includes(second));
}

/** An article's dateline: `2月11日，记者从…获悉`, `羊城晚报讯 记者…`, `新华社哈尔滨12月25日电`. */
const DATELINE = /^[\s\u3000]*(?:[^，,。；;\s]{1,12}(?:讯|訊|电|電)[\s\u3000（(]|[0-9０-９]{1,2}月[0-9０-９]{1,2}日[，,]?[\s\u3000]*(?:记者|記者|采访人员|採訪人員))/;

/** A news page's byline or date line: source, author, time of publication. */
// (`21.10.2016  14:08`: a foreign site's day, month, year and time.)
const BYLINE = /来源[：:]|來源[：:]|作者[：:]|发布时间|發布時間|发表时间|發表時間|发布日期|發布日期|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|^[\s\u3000]*\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}[\s\u3000]+\d{1,2}:\d{2}/;

function firstNumbered(outline: readonly Heading[]): Heading | undefined {
  for (const h of outline) {
    if (h.number !== undefined) return h;
    const inner = firstNumbered(h.children);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

// Shared by every finding: a repetitive document can have tens of thousands of them.
const FIRST_OCCURRENCE = Object.freeze({ zh: '首次出现', en: 'First occurrence' });
const DELETE_REPEAT = Object.freeze({ zh: '删除重复的句子', en: 'Delete the repeated sentence' });

/**
 * `…会议透露，初步预计，生产总值将达到A。…（其他几句）…初步预计，生产总值将达到A。其中：一产业…`: a
 * sentence repeated away from its first copy and then broken down (the next sentence opens with
 * 其中 or 分产业看) restates the lede to elaborate it, as news releases do. Two copies side by side
 * are a paste error whatever follows.
 */
/**
 * `2016年12月份，全国居民消费价格同比上涨2.1%。` alone on its line, then the next paragraph opening with that
 * sentence and going on (`其中，城市上涨2.1%…`): a news page's headline line before its article.
 */
function headlineRepeated(model: Model, first: number, repeat: number): boolean {
  const a = model.sentences[first];
  const b = model.sentences[repeat];
  const after = model.sentences[repeat + 1];
  if (a === undefined || b === undefined) return false;
  const alone = model.sentences[first - 1]?.paragraph !== a.paragraph && model.sentences[first + 1]?.paragraph !== a.paragraph;
  const opens = model.sentences[repeat - 1]?.paragraph !== b.paragraph;
  if (alone && opens && b.paragraph - a.paragraph <= HEADLINE_GAP && (after === undefined || after.paragraph !== b.paragraph) && titleLine(b.text)) return true;
  return alone && opens && after !== undefined && after.paragraph === b.paragraph && b.paragraph - a.paragraph <= HEADLINE_GAP;
}

/** A paragraph marked as an abstract (`摘 要：`, `【内容提要】`, `导读：`): it restates the text after it. */
// (The label's colon or bracket is required: `提要求、定目标` opens no abstract.)
const ABSTRACT_LEAD = /^[\s\u3000]*(?:【(?:内容)?(?:摘要|提要|导读|導讀)】|(?:内容)?(?:摘[\s\u3000]?要|提[\s\u3000]?要|导[\s\u3000]?读|導[\s\u3000]?讀)[\s\u3000]*[:：])/;

function inAbstract(model: Model, first: number): boolean {
  const a = model.sentences[first];
  const p = a === undefined ? undefined : model.paragraphs[a.paragraph];
  return p !== undefined && ABSTRACT_LEAD.test(p.text.slice(0, 16));
}

/**
 * A line that reads as a title: no figure and no closing full stop (`强降雨天气，食用菌生产如何应对？`). A page prints
 * its title in the title bar and again over the article: two such lines, each alone, are its headline twice.
 */
function titleLine(text: string): boolean {
  return !/[0-9０-９]/.test(text) && !/[。.][\s\u3000”’」』）)]*$/.test(text);
}

/** How many paragraphs (blank lines count) a headline line may stand before the article it opens. */
const HEADLINE_GAP = 2;

function restatedToElaborate(model: Model, first: number, repeat: number): boolean {
  const next = model.sentences[repeat + 1];
  const here = model.sentences[repeat];
  return repeat - first > 1 && next !== undefined && here !== undefined && next.paragraph === here.paragraph && continuesBreakdown(next.text);
}

/** The innermost numbered heading whose section holds `at`, or undefined. */
function innermostSection(outline: readonly Heading[], at: number): Heading | undefined {
  for (const h of outline) {
    if (at < h.sectionSpan.start || at >= h.sectionSpan.end) continue;
    return innermostSection(h.children, at) ?? (h.number !== undefined ? h : undefined);
  }
  return undefined;
}

/**
 * `（二）大本级 … 获得转贷债券12.0亿元，全部为置换债券。（三）市本级 … 获得转贷债券12.0亿元，全部为置换债券。`:
 * two numbered sections at one level, each about its own subject, may say the same of each. A
 * repeat across two such sections that run in parallel (parallelLeadIns) is shown as information;
 * inside one section, or after unlike sentences, it is a paste error.
 */
function inSiblingSections(outline: readonly Heading[], a: number, b: number): boolean {
  const x = innermostSection(outline, a);
  const y = innermostSection(outline, b);
  return x !== undefined && y !== undefined && x !== y && x.kind === y.kind;
}

/** How unlike two lead-in sentences may be (edits per character) and still be one template. */
const TEMPLATE_EDITS = 0.4;

/**
 * The sentences right before the two copies are one template filled in twice (`2017年，大本级债务限额
 * 300.1亿元…` / `2017年，市本级债务限额132.3亿元…`): the sections run in parallel, so the same closing
 * sentence is said of each subject.
 */
function parallelLeadIns(texts: readonly string[], first: number, repeat: number): boolean {
  const a = texts[first - 1];
  const b = texts[repeat - 1];
  if (a === undefined || b === undefined || a === b || first - 1 === repeat - 1) return false;
  const budget = Math.floor(TEMPLATE_EDITS * Math.max(a.length, b.length));
  return budget > 0 && withinEdits(a, b, budget) !== undefined;
}

/**
 * The two copies stand with at least one paragraph between them. A paste error repeats a sentence
 * where it was pasted: in its paragraph, the next one, or as the next sentence. A copy paragraphs away
 * is far more often a restatement (a summary, a lede, a section that sums up another), which the
 * GUIDE calls normal report style: information, so a reviewer can still look.
 */
/** An item number written inside a paragraph: `（二）`, `(3)`, `②`. */
const INLINE_ITEM = /[（(](?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[）)]|[①-⑳]/;

/**
 * `…主要用于三个方面：（一）…每户补助不超过1万元。补助标准视申报情况而定。（二）…最高不超过30万元。补助标准视申报
 * 情况而定。`: the same closing provision, without a figure, of two items numbered inside one paragraph (an
 * item number before the first copy, another between the copies) is said of each item on purpose: information.
 */
function closesTwoItems(model: Model, first: number, repeat: number): boolean {
  const a = model.sentences[first];
  const b = model.sentences[repeat];
  // (A copy with a figure is more often pasted into the wrong item: it stays a warning.)
  if (a === undefined || b === undefined || a.paragraph !== b.paragraph || /[0-9０-９]/.test(a.text)) return false;
  const text = model.paragraphs[a.paragraph]?.text ?? '';
  return INLINE_ITEM.test(text.slice(0, a.at)) && INLINE_ITEM.test(text.slice(a.at + a.text.length, b.at));
}

function apart(model: Model, first: number, repeat: number): boolean {
  const a = model.sentences[first];
  const b = model.sentences[repeat];
  if (a === undefined || b === undefined || repeat - first <= 1) return false;
  // A web page that lost its line breaks keeps a space where each paragraph ended (`…组合。 规模达到…`): a
  // gap between two sentences of one paragraph counts as a paragraph break. Only when both copies stand in
  // that one paragraph: a page pasted twice (its text in two paragraphs, each with such gaps) is a paste error.
  if (a.paragraph !== b.paragraph) return b.paragraph - a.paragraph > 1;
  let breaks = 0;
  for (let k = first + 1; k <= repeat && breaks <= 1; k++) {
    const s = model.sentences[k];
    const prev = model.sentences[k - 1];
    if (s !== undefined && prev !== undefined && s.paragraph === prev.paragraph && s.at > prev.at + prev.text.length) breaks++;
  }
  return breaks > 1;
}

const NOTES = {
  abstract: Object.freeze({
    zh: '；前一处在标明“摘要”“提要”或“导读”的段落中，摘要重述正文，仅供参考',
    en: '; the earlier one stands in a paragraph marked as an abstract (摘要, 提要, 导读), which restates the text: shown for reference',
  }),
  headline: Object.freeze({
    zh: '；前一处单独成段，后一段以它开头并展开，可能是页面的导语，仅供参考',
    en: '; the earlier one stands alone as a paragraph and the next paragraph opens with it and goes on, so it may be the page\'s headline: shown for reference',
  }),
  apart: Object.freeze({
    zh: '；两处相隔数段，可能是有意的重述（概述、导语或小结），仅供参考',
    en: '; the two stand paragraphs apart, so the later one may restate the earlier on purpose (a summary, a lede): shown for reference',
  }),
  sections: Object.freeze({
    zh: '；两处分属同级的不同章节，可能是对不同对象的平行表述，仅供参考',
    en: '; the two stand in different sections of one level, so they may be parallel statements about two subjects: shown for reference',
  }),
  elaborated: Object.freeze({
    zh: '；其后接分项，可能是为展开而重述前文，仅供参考',
    en: '; it is broken down right after, so it may restate the earlier sentence on purpose: shown for reference',
  }),
  parallel: Object.freeze({
    zh: '；两处分别接在同一句式的两句之后，可能是对两个对象的同一说明，仅供参考',
    en: '; each follows one of two sentences built on one template, so it may say the same of two subjects: shown for reference',
  }),
  items: Object.freeze({
    zh: '；两处分属同一段中编号不同的两项，可能是对每一项的同一规定，仅供参考',
    en: '; each closes one of two items numbered in one paragraph, so it may be said of each item on purpose: shown for reference',
  }),
  periods: Object.freeze({
    zh: '；两句仅所述时期不同（如当月与累计），可能是对两个时期的同一结论，仅供参考',
    en: '; the two differ only in the period they name (a month and the months to date), so they may state one result for two periods: shown for reference',
  }),
  figures: Object.freeze({
    zh: '；两句仅数字不同，可能是对不同年份或不同对象的平行表述，仅供参考',
    en: '; the two differ in figures only, so they may be parallel statements about two years or subjects: shown for reference',
  }),
  wording: Object.freeze({
    zh: '；两句仅措辞不同、数字相同，可能是对不同事项的平行表述，仅供参考',
    en: '; the two differ in wording only, not in any figure, so they may be parallel statements about two items: shown for reference',
  }),
};

function draftFor(model: Model, first: Sentence, repeat: Sentence, edits: number, note?: keyof typeof NOTES): Draft {
  const line = lineNumber(model, first.span.start);
  // Quoted as written (the sentence text is the reading view: `(草案)` reads as `（草案）`).
  const p = model.paragraphs[repeat.paragraph];
  const text = clip(p ? sourceText(p, model.text, repeat.at, repeat.text.length) : repeat.text);
  const exact = edits === 0;
  const base = exact
    ? { zh: `重复语句：“${text}”与第 ${line} 行的句子完全相同`, en: `Repeated sentence: "${text}" already appears on line ${line}` }
    : {
        zh: `近似重复语句：“${text}”与第 ${line} 行的句子仅差 ${edits} 个字`,
        en: `Nearly repeated sentence: "${text}" differs from the sentence on line ${line} by ${edits} character(s)`,
      };
  return {
    span: repeat.span,
    ...(note ? { severity: 'info' as const } : {}),
    message: note ? { zh: base.zh + NOTES[note].zh, en: base.en + NOTES[note].en } : base,
    related: [{ span: first.span, message: FIRST_OCCURRENCE }],
    fixes: [
      {
        title: DELETE_REPEAT,
        edits: [{ span: repeat.span, newText: '' }],
        preferred: exact,
      },
    ],
  };
}
