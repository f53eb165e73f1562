// count-mismatch: a stated count that the text itself contradicts.
//  1. A count followed by its enumeration in the same sentence:
//     `6个风电项目：A、B、C、D、E` (five names), `分六类安排：…；…` (segments), `三个方面：一是…二是…`.
//  2. A count whose sentence ends with `：` and whose list follows as numbered headings
//     (`实施民生实事11件：` then 1. … 10.).
//  3. A total split into complementary parts in one sentence: `25项…完成13项…10项未达到`.
//
// Precision first: only explicit enumerations right after `：` in the same sentence, never a list
// with 等/包括/主要 (open lists), never a list whose items carry counts of their own, and a
// conjunction inside an item (`A和B`) widens the accepted count instead of guessing.

import type { Check, Draft, Model } from './check';
import type { Heading, Paragraph, Quantity, Related, Sentence, Span } from '../types';
import { spanOf } from '../logical';
import { chineseOrdinal } from '../chineseOrdinal';
import { add, eq, toPlain, type Decimal, ZERO } from '../decimal';
import { numeralLike } from '../numbering';
import { clip, lineNumber } from './format';
import { LIST_OPEN_END, LIST_OPEN_START, RANKED_PICK, SUBSET_AFTER } from '../cues/breakdowns';
import { asciiDigits } from '../digits';

/** `6个风电项目：`, `实施民生实事11件：`, `分六类安排：` — the count, its classifier, an optional short noun phrase, a colon. */
const COUNT_COLON = /([0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})(个|项|件|家|所|座|条|类|大|种|批|处|场|方面|部分|方向|领域|板块)([^，。；：:、（）()\s0-9０-９,;]{0,12})[：:]/g;
/** Totals inside a list of names: the list mixes counts and items. */
const SUBTOTAL = /共计|合计|累计/;
/** An item that carries a count of its own (`养老3个领域`): not a flat list of names. */
const ITEM_COUNT = /([0-9０-９]+|[一二三四五六七八九十两]+)(个|项|件|家|所|座|条|类|大|种|批|处|场|方面|部分|方向|领域|板块|万|亿|%|％)/;
const CONJUNCTION = /和|及|与|以及|或/g;
/** A predicate between the counted noun and the colon (`…全部办结：`, `…已完成：`). */
const PREDICATE = /全部|均已|均|已|办结|完成|落实|推进|取得|顺利|圆满|到位|见效/;
/** Words that make the counted set a point of view (`十大行业来看`, `五类企业中`), not an announced list. */
const VIEWPOINT = /(?:来看|來看|看来|看來|而言|中)$/;
const MAX_ITEM = 20;
/** An item this long is a clause (a subject and what it did), not a name. */
const CLAUSE_ITEM = 8;
/** An item this short inside a list of clauses is a name of an inner list. */
const INNER_NAME = 4;
const CONJUNCTION_TEST = /和|及|与|以及|或/;
const MAX_SENTENCE = 1500;

export const countMismatch: Check = {
  code: 'count-mismatch',
  defaultSeverity: 'warning',
  needsClaims: false,
  title: { zh: '写明的数量与列举的项数或分项之和不符（如“6个项目：”后只列出5个）', en: 'A stated count differs from the items listed or the parts (e.g. 6个项目： followed by five names)' },
  docs: {
    description: {
      zh: '所述数量与列举的项目数不符，或各数量相加不符。例：「建成6个风电项目」后只列出五个名称。',
      en: 'A stated count that differs from the items listed, or counts that do not add up. Example: `建成6个风电项目` followed by five names.',
    },
    finding: 'a stated count vs the items listed, or counts that do not add up',
    example: '`6个风电项目：A、B、C、D、E` (five)',
    quickFix: '—',
  },
  run(model: Model): Draft[] {
    const drafts: Draft[] = [];
    const headingAt = indexHeadings(model.outline);
    const byParagraph = quantitiesByParagraph(model.quantities);
    // Sentences and each paragraph's quantities are both in text order: one cursor per
    // paragraph hands each sentence its own quantities without rescanning the paragraph.
    const cursor = new Map<number, number>();
    for (const s of model.sentences) {
      const p = model.paragraphs[s.paragraph];
      if (!p) continue;
      const qs = byParagraph.get(s.paragraph) ?? [];
      let i = cursor.get(s.paragraph) ?? 0;
      while (i < qs.length && qs[i]!.at < s.at) i++;
      const first = i;
      while (i < qs.length && qs[i]!.at < s.at + s.text.length) i++;
      cursor.set(s.paragraph, i);
      // Real sentences are short; a huge run-on "sentence" (hostile input) is not worth a
      // clause-by-clause reading that would cost its length for every figure in it.
      if (s.text.length > MAX_SENTENCE) continue;
      if (s.text.includes('：') || s.text.includes(':')) drafts.push(...listCounts(model, p, s, headingAt));
      if (i - first >= 3) drafts.push(...partCounts(p, s, qs.slice(first, i)));
    }
    return drafts;
  },
};

// ---------------------------------------------------------------- 1 and 2: count vs items listed

interface Listed {
  /** Accepted range of the number of items (a conjunction inside an item may join two). */
  min: number;
  max: number;
  /** Logical range of the list in the sentence. */
  from: number;
  to: number;
  items: string[];
  how: { zh: string; en: string };
  /** The list runs to the end of the text: an excerpt or a section file may hold only its first items. */
  open?: boolean;
}

function countValue(written: string): number | undefined {
  const ascii = asciiDigits(written);
  return /^\d+$/.test(ascii) ? Number(ascii) : chineseOrdinal(ascii.replace('两', '二'));
}

/** A count right before another in a series (`8个镇、`, `1个乡和`). */
const PRIOR_COUNT = /([0-9０-９]{1,3}|[一二三四五六七八九十两]{1,3})(?:个|項|项|家|所|座|条|類|类|种|處|处)[^，。；：:、\s0-9０-９]{0,6}[、和及与]$/;

/** The sum of the counts in series right before `at`, or undefined when none stands there. */
function seriesBefore(t: string, at: number): { sum: number; start: number } | undefined {
  let sum: number | undefined;
  let end = at;
  for (let k = 0; k < 6; k++) {
    const m = PRIOR_COUNT.exec(t.slice(Math.max(0, end - 16), end));
    const v = m ? countValue(m[1] ?? '') : undefined;
    if (!m || v === undefined) break;
    sum = (sum ?? 0) + v;
    end = Math.max(0, end - 16) + m.index;
  }
  return sum === undefined ? undefined : { sum, start: end };
}

function listCounts(model: Model, p: Paragraph, s: Sentence, headingAt: Map<number, Sibling>): Draft[] {
  const drafts: Draft[] = [];
  const t = s.text;
  for (const m of t.matchAll(COUNT_COLON)) {
    const at = m.index ?? 0;
    const prev = t[at - 1] ?? '';
    // 第三类：, 2.5个, 十二 as part of a longer numeral: not a count.
    if (prev === '第' || /[0-9０-９.．一二三四五六七八九十百千万两]/.test(prev)) continue;
    // “三个必须”, 《五大行动》: a slogan or title with a numeral is a name, not a count.
    if (/[“"《「『‘]/.test(prev)) continue;
    // All three groups are mandatory in COUNT_COLON (the third may match empty).
    const num = m[1] ?? '';
    const unit = m[2] ?? '';
    const rest = m[3] ?? '';
    // `辖8个镇、6个乡：A镇、…、N乡`, `下设1个乡、6个街道：…`: a series of counts joined by 、 or 和 numbers
    // the list together; their sum is what it holds.
    const own = countValue(num);
    const before = own === undefined ? undefined : seriesBefore(t, at);
    const n = own === undefined || before === undefined ? own : own + before.sum;
    // (The finding then covers the whole series: `1个乡、5个街道` states 6.)
    const start = before?.start ?? at;
    if (n === undefined || n < 2 || n > 30) continue;
    // `十件民生实事全部办结：A；B；C`: the colon follows a statement about the items, and what
    // comes after it are highlights, not the list of all ten.
    if (PREDICATE.test(rest)) continue;
    // `从该区十大行业来看：A…；B…`: a viewpoint names the set the highlights are picked from, not a list of all.
    if (VIEWPOINT.test(rest)) continue;
    // `五类案件数量排名前十的地市为：…`: a second count in the words before the colon (前十) is the one the list
    // answers; the first counts something else.
    if (/[一二三四五六七八九十两]/.test(rest)) continue;
    const countLength = at - start + num.length + unit.length;
    const colonEnd = at + m[0].length;
    let listed = enumerationAfter(t, colonEnd);
    if (!listed && isLastInParagraph(p, s, colonEnd)) listed = headingsAfter(model, s.paragraph, headingAt);
    if (!listed) continue;
    if (n >= listed.min && n <= listed.max) continue;
    // `重点做好八项工作：一是…六是着` and the text ends: an excerpt cut in the list holds too few.
    if (n > listed.max && cutAtEnd(model, s)) continue;
    // `抓好五个方面的工作：` then （一）…（三） and the text ends: the rest may lie beyond an excerpt.
    if (n > listed.max && listed.open) continue;
    // `报告分四个部分：一是…；二是…；三是…。四是…`: the list goes on in the next sentence.
    if (n > listed.max && MARKER_START.test(nextSentenceText(model, s))) continue;
    // `四个特点：一是…；二是…。今年…比例1:14…；三是…；四是…`: the next item's 三是 comes after a sentence of detail,
    // later in the paragraph.
    // (However the items were marked: `首先是…；其次是…；第三是…。` then `第四，…`.)
    if (n > listed.max && nextOrdinalLater(model, s, listed.max + 1)) continue;
    // `超额完成的有10项：A，完成率200%；…；G，完成率110%。H，完成率147.6%。`: the next sentence is
    // shaped like the items (the same ending, figures aside): the list goes on past the 。.
    if (n > listed.max && sameEnding(listed.items[listed.items.length - 1] ?? '', nextSentenceText(model, s))) continue;
    drafts.push(listDraft(model, p, s, start, countLength, t.slice(start, at) + num, unit + rest, n, listed));
  }
  return drafts;
}

function isLastInParagraph(p: Paragraph, s: Sentence, colonEnd: number): boolean {
  return s.at + colonEnd >= p.text.trimEnd().length;
}

/** Splits at `sep` outside brackets and quotes. */
function splitTop(text: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of text) {
    if ('（(“《「【'.includes(c)) depth++;
    else if ('）)”》」】'.includes(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.includes(c)) {
      out.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out;
}

/** The numbering style an item opens with (`1.`, `一、`, `（1）`, `（一）`), or undefined for none. */
function markerStyle(item: string): string | undefined {
  if (/^[0-9０-９]{1,2}[.．、]/.test(item)) return 'digit';
  if (/^[一二三四五六七八九十]{1,3}、/.test(item)) return 'chinese';
  if (/^[（(][0-9０-９]{1,2}[）)]/.test(item)) return 'paren-digit';
  if (/^[（(][一二三四五六七八九十]{1,3}[）)]/.test(item)) return 'paren-chinese';
  return undefined;
}

/** A counted group with its own colon at the start of a list (`抽查到人到户项目2个：`). */
const NESTED_COUNT_COLON = /^[\s\u3000]*[^，。；：:,;]{0,16}?(?:[0-9０-９]{1,3}|[一二三四五六七八九十两]{1,3})(?:个|项|件|家|所|座|条|类|种|批|处)[^，。；：:,;0-9０-９]{0,8}[：:]/;

/** The explicit enumeration right after the colon, to the end of the sentence, or undefined. */
function enumerationAfter(t: string, from: number): Listed | undefined {
  // `…十个城市分别是：泰顺县、遂昌县、文成县、青田县、宁??海县…`: a sentence that stops at a `?` stops where
  // a page lost a character (a report asks no questions in a list); the rest of the list is cut off.
  if (/[?？][\s\u3000]*$/.test(t)) return undefined;
  let end = t.length;
  while (end > from && /[。！？!?”’）)\s]/.test(t[end - 1]!)) end--;
  const body = t.slice(from, end);
  const trimmed = body.trim();
  if (trimmed.length === 0 || LIST_OPEN_START.test(trimmed) || LIST_OPEN_END.test(body)) return undefined;

  // 一是…；二是…；三是…  or  （1）…（2）…: count the markers, which must run 1, 2, 3 …
  const markers = sequentialMarkers(body);
  if (markers !== undefined) {
    return markers >= 2 ? { min: markers, max: markers, from, to: end, items: [], how: { zh: '逐条列出', en: NUMBERED_HOW } } : undefined;
  }
  if (SUBTOTAL.test(body)) return undefined;
  // (`…：成都、广州和武汉人口总量位居前三`: the leaders of a ranking of the counted, not all of them.)
  if (RANKED_PICK.test(body)) return undefined;
  // `抽查10个：抽查到人到户项目2个：A；B。…`: a list that opens with a counted group and a colon of its own is
  // a list of groups, each with its own items; the items do not count the groups' total.
  if (NESTED_COUNT_COLON.test(body)) return undefined;

  const semis = splitTop(body, '；;');
  if (semis.length >= 2) {
    const items = semis.map((x) => x.trim());
    // A trailing `；` leaves an empty last item; any other empty item means a broken list.
    if (items[items.length - 1] === '') items.pop();
    if (items.length < 2 || items.some((x) => x === '')) return undefined;
    // `三个示范园区：A园区、B园区和C、D、E园区；以三个园区为中心…`: the first clause enumerates with 、
    // on its own; which level is the list (the names or the clauses) is not written: silence.
    if (splitTop(items[0] ?? '', '、').length >= 3) return undefined;
    // `四大行业：A增长x%，B增长y%，C增长z%，D增长w%；…`: items run by `，` inside the first clause (more
    // than a name and its figure) likewise.
    if (splitTop(items[0] ?? '', '，,').length >= 3) return undefined;
    // `用于以下2个项目：1.…；2.…；二、…`: an item opening with another style of number is the next
    // heading run into the sentence (a lost line break), not one more item.
    const style = markerStyle(items[0] ?? '');
    const other = style === undefined ? -1 : items.findIndex((x) => markerStyle(x) !== style);
    if (other >= 0) items.splice(other);
    if (items.length < 2) return undefined;
    // `这6个项目：A项目审减…；B、C、D项目审减…；E…；F…`: an item that names several subjects joined by 、
    // (in its first clause) may count as several: the list holds between items.length and that many more.
    const joined = items.reduce((n, x) => n + splitTop(splitTop(x, '，,')[0] ?? '', '、').length - 1, 0);
    return { min: items.length, max: items.length + joined, from, to: end, items, how: { zh: '以分号列出', en: 'separated by ；' } };
  }

  // A 、-list of names up to the first comma; what follows the comma must not continue the list.
  // `以下五个方面：1、全力以赴拼发展，…`: an item number opening the body is no name of a list.
  if (markerStyle(trimmed) !== undefined) return undefined;
  const parts = splitTop(body, '，,');
  const head = parts[0];
  if (head === undefined) return undefined;
  if (parts.slice(1).some((x) => x.includes('、'))) return undefined;
  const items = splitTop(head, '、').map((x) => x.trim());
  if (items.length < 2 || items.some((x) => x === '' || x.length > MAX_ITEM || ITEM_COUNT.test(x))) return undefined;
  // `…、武侯区、锦江区，绵阳市涪城区，宜宾市翠屏区`: names of the same kind after the comma (ending like the last
  // item) go on with the list: how many it holds is not read from the 、 alone.
  const kind = items[items.length - 1]?.slice(-1) ?? '';
  if (parts.slice(1).some((x) => {
    const name = x.trim().replace(/[。.；;]$/, '');
    return name.length >= 2 && name.length <= MAX_ITEM && name.endsWith(kind) && !/[0-9０-９]/.test(name);
  })) return undefined;
  let extra = 0;
  for (const x of items) extra += (x.match(CONJUNCTION) ?? []).length;
  // `3个特点：加工贸易持续增长、对欧盟、美国和韩国进出口保持两位数增幅、民营企业进出口大幅增长`: in a list of
  // clauses, a short item before one that closes with 和 opens an inner list of names inside that clause.
  const clauses = items.some((x) => x.length >= CLAUSE_ITEM);
  const inner = clauses ? items.filter((x, k) => x.length <= INNER_NAME && CONJUNCTION_TEST.test(items[k + 1] ?? '')).length : 0;
  return {
    min: items.length - inner,
    max: items.length + extra,
    from,
    to: from + head.length,
    items,
    how: { zh: '以顿号列出', en: 'separated by 、' },
  };
}

/** Number of 一是/二是 … or （1）（2）… markers when they run 1, 2, 3 … from the start; undefined when none. */
function sequentialMarkers(body: string): number | undefined {
  const cn = [...body.matchAll(/(?:^|[，；。,;])\s*([一二三四五六七八九十]{1,3})是/g)].map((m) => chineseOrdinal(m[1] ?? ''));
  const paren = [...body.matchAll(/(?:^|[，；。,;])\s*[（(]([0-9]{1,2})[）)]/g)].map((m) => Number(m[1]));
  const found = cn.length >= paren.length ? cn : paren;
  if (found.length === 0) return undefined;
  for (let i = 0; i < found.length; i++) if (found[i] !== i + 1) return 0; // not a clean run: stay silent
  return found.length;
}

interface Sibling {
  h: Heading;
  siblings: Heading[];
  index: number;
}

function indexHeadings(outline: Heading[]): Map<number, Sibling> {
  const map = new Map<number, Sibling>();
  const walk = (hs: Heading[]): void => {
    hs.forEach((h, index) => {
      map.set(h.span.start, { h, siblings: hs, index });
      walk(h.children);
    });
  };
  walk(outline);
  return map;
}

/** `…11件：` ending its paragraph, then headings 1. 2. … (or （1）, （一）): count the run. */
function headingsAfter(model: Model, paragraph: number, headingAt: Map<number, Sibling>): Listed | undefined {
  const next = model.paragraphs[paragraph + 1];
  if (!next) return undefined;
  let sib: Sibling | undefined;
  for (let k = next.span.start; k < next.span.start + 8 && !sib; k++) sib = headingAt.get(k);
  if (!sib || sib.h.number !== 1) return undefined;
  const kind = sib.h.kind;
  if (kind !== 'section' && kind !== 'item' && kind !== 'chapter') return undefined;
  let count = 0;
  let last = sib.h;
  for (let i = sib.index; i < sib.siblings.length; i++) {
    const h = sib.siblings[i];
    if (h === undefined) break;
    if (h.kind !== kind || h.number !== count + 1) break;
    count++;
    last = h;
  }
  // The run reaches the end of a document cut mid-sentence (`…加快推进绿橙、油茶、`): an excerpt,
  // whose list may go on beyond it, so the headings cannot be counted.
  const toTheEnd = model.text.slice(last.sectionSpan.end).trim() === '';
  if (toTheEnd && !/[。！？!?”"）)]\s*$/.test(model.text)) return undefined;
  return {
    open: toTheEnd,
    min: count,
    max: count,
    from: -1,
    to: -1,
    items: [],
    how: { zh: `下文编号列出（至第 ${lineNumber(model, last.span.start)} 行）`, en: `as numbered headings below (to line ${lineNumber(model, last.span.start)})` },
  };
}

function listDraft(_model: Model, p: Paragraph, s: Sentence, at: number, length: number, written: string, what: string, n: number, listed: Listed): Draft {
  const span = spanOf(p, s.at + at, length);
  const numberSpan = spanOf(p, s.at + at, written.length);
  const got = listed.min === listed.max ? `${listed.min}` : `${listed.min}～${listed.max}`;
  const items = listed.items.length > 0 ? `：${clip(listed.items.join('、'), 40)}` : '';
  const related: Related[] = [];
  if (listed.from >= 0) {
    related.push({ span: spanOf(p, s.at + listed.from, listed.to - listed.from), message: { zh: `列出 ${got} 项`, en: `${got} item(s) listed` } });
  }
  // A series of counts (`1个乡、5个`) is no one numeral to replace: which count is wrong is not written.
  const fixes = listed.min === listed.max && listed.min > 0 && /^(?:[0-9０-９]+|[一二三四五六七八九十两百]+)$/.test(written)
    ? [
        {
          title: { zh: `将 ${written} 改为 ${numeralLike(written, listed.min)}`, en: `Change ${written} to ${numeralLike(written, listed.min)}` },
          edits: [{ span: numberSpan, newText: numeralLike(written, listed.min) }],
        },
      ]
    : [];
  return {
    span,
    message: {
      zh: `数量不符：写明“${written}${what}”（${n}），但${listed.how.zh} ${got} 项${items}`,
      en: `Count mismatch: "${written}${what}" states ${n}, but ${got} item(s) are listed (${listed.how.en})${items}`,
    },
    related,
    fixes,
  };
}

// ---------------------------------------------------------------- 3: total vs complementary parts

function quantitiesByParagraph(qs: Quantity[]): Map<number, Quantity[]> {
  const map = new Map<number, Quantity[]>();
  for (const q of qs) {
    if (q.paragraph < 0 || q.dimension !== 'count') continue;
    const list = map.get(q.paragraph) ?? [];
    list.push(q);
    map.set(q.paragraph, list);
  }
  return map;
}

const POSITIVE = /完成|达到|实现|达标|完工|竣工/;
const NEGATIVE = /(未|没有|尚未|未能|不)(能)?(完成|达到|实现|达标|完工|竣工)/;

type Role = 'neutral' | 'positive' | 'negative';

/** The clause around a figure (between separators), classified as done / not done / neither. */
/** What opens and closes a figure's clause, tested one UTF-16 unit at a time (no regex per character). */
const CLAUSE_OPENS = '，,；;：:。（(';
const CLAUSE_ENDS = '，,；;。）)';

function roleOf(t: string, from: number, to: number): Role {
  let a = from;
  while (a > 0 && !CLAUSE_OPENS.includes(t[a - 1]!)) a--;
  let b = to;
  while (b < t.length && !CLAUSE_ENDS.includes(t[b]!)) b++;
  const clause = t.slice(a, b);
  if (NEGATIVE.test(clause)) return 'negative';
  if (POSITIVE.test(clause)) return 'positive';
  return 'neutral';
}

function partCounts(p: Paragraph, s: Sentence, inSentence: Quantity[]): Draft[] {
  const byUnit = new Map<string, Quantity[]>();
  for (const q of inSentence) {
    const list = byUnit.get(q.unit) ?? [];
    list.push(q);
    byUnit.set(q.unit, list);
  }
  const drafts: Draft[] = [];
  for (const group of byUnit.values()) {
    if (group.length < 3) continue;
    if (group.some((q) => q.hi !== undefined || q.qualifier !== undefined)) continue;
    const t = s.text;
    const roles = group.map((q) => roleOf(t, q.at - s.at, q.at - s.at + q.length));
    // The complement ends once parts done and not done were both seen (`52个完成，6个未完成`); a count after it
    // (`支出进度达到95%以上的部门41个`) is another criterion, not a third part.
    const complete = roles.findIndex((_, k) => k > 0 && roles.slice(1, k + 1).includes('positive') && roles.slice(1, k + 1).includes('negative'));
    // A further count after the complement may be a third part (`完成11项，未完成1项，126项正在推进` of 138):
    // when the counts after the total add up with it, the list is consistent.
    const all = group.slice(1).reduce<Decimal>((acc, q) => add(acc, q.value), ZERO);
    const lead = group[0];
    const further = complete > 0 && complete + 1 < group.length && lead !== undefined && eq(all, lead.value);
    if (complete > 0) {
      group.splice(complete + 1);
      roles.splice(complete + 1);
    }
    if (group.length < 3) continue;
    const [total, ...parts] = group;
    if (total === undefined || parts[0] === undefined) continue;
    const partRoles = roles.slice(1);
    if (roles[0] !== 'neutral' || partRoles.some((r) => r === 'neutral')) continue;
    if (!partRoles.includes('positive') || !partRoles.includes('negative')) continue;
    // 其中 after the first part opens a subset (完成13项，其中超额完成5项): not a partition.
    const firstPart = parts[0].at - s.at;
    if (SUBSET_AFTER.test(t.slice(firstPart))) continue;
    // A part inside brackets is a remark, not a part.
    if (parts.some((q) => insideBrackets(t, q.at - s.at))) continue;
    const partSum = parts.reduce<Decimal>((acc, q) => add(acc, q.value), ZERO);
    if (eq(partSum, total.value) || further) continue;
    drafts.push(partDraft(p, total, parts, partSum));
  }
  return drafts;
}

function insideBrackets(t: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (t[i] === '（' || t[i] === '(') depth++;
    else if ((t[i] === '）' || t[i] === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

function partDraft(p: Paragraph, total: Quantity, parts: Quantity[], partSum: Decimal): Draft {
  const unit = total.unitText || total.unit;
  const terms = parts.map((q) => toPlain(q.value)).join(' + ');
  const span: Span = spanOf(p, total.at, total.length);
  return {
    span,
    message: {
      zh: `数量不符：总数 ${toPlain(total.value)} ${unit}，但各分项之和为 ${toPlain(partSum)} ${unit}（${terms}）`,
      en: `Counts do not add up: total ${toPlain(total.value)} ${unit}, but the parts sum to ${toPlain(partSum)} ${unit} (${terms})`,
    },
    related: parts.map((q) => ({ span: spanOf(p, q.at, q.length), message: { zh: `分项 ${q.text}`, en: `Part ${q.text}` } })),
    fixes: [],
  };
}

/** True when the sentence runs to the end of the text without a closing mark (the text is cut). */
function cutAtEnd(model: Model, s: Sentence): boolean {
  return model.text.slice(s.span.end).trim() === '' && !/[。！？；!?;]\s*$/.test(s.text);
}

/** An enumeration marker opening a sentence (`四是`, `第四，`). */
const MARKER_START = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、])/;

/** The text of the sentence after `s` in its paragraph, or ''. */
/** An item's ending with its figures folded to `#` (`完成率147.6%。` → `完成率#%`). */
function endingShape(text: string): string {
  return text.replace(/[。；;，,\s\u3000]+$/, '').replace(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g, '#').slice(-6);
}

/** True when two clauses end alike, figures aside, over at least four characters with a figure. */
function sameEnding(item: string, next: string): boolean {
  if (item === '' || next === '') return false;
  const a = endingShape(item);
  const b = endingShape(next);
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k >= 4 && a.slice(-k).includes('#');
}

/** How a list counted off in its own sentence is described (one string: compared above). */
const NUMBERED_HOW = 'numbered in the sentence';

// (`第四，…；第五，…`: the items may be counted with 第 as well.)
const ORDINAL_CLAUSE = /(?:^|[，；。,;：:])\s*(?:第([一二三四五六七八九十])[，,、是]|([一二三四五六七八九十])是)/g;

/** True when the k-th ordinal of a 一是, 二是 … list (`三是`) opens a clause later in the sentence's paragraph. */
function nextOrdinalLater(model: Model, s: Sentence, k: number): boolean {
  const numeral = '一二三四五六七八九十'[k - 1];
  if (numeral === undefined) return false;
  const i = model.sentences.indexOf(s);
  for (let j = i + 1; j < model.sentences.length && j <= i + 6; j++) {
    const next = model.sentences[j];
    // (`帶來5大亮點：首先是…；其次是…；第三是…。` then a paragraph `他說，第四，…；第五，…`: a speaker's list may go on
    // in the next paragraph.)
    if (next === undefined || (next.paragraph !== s.paragraph && next.paragraph !== s.paragraph + 1)) return false;
    if ([...next.text.matchAll(ORDINAL_CLAUSE)].some((m) => (m[1] ?? m[2]) === numeral)) return true;
    // (`…；(2)光電產業…。(3)電腦及周邊產業…`: a bracketed number goes on in the next sentence too.)
    if (bracketedNumberOpens(next.text, k)) return true;
  }
  return false;
}

/** A bracketed number opening a clause (`；(3)`, `（4）`). */
const BRACKETED_NUMBER_CLAUSE = /(?:^|[，；。,;])[\s\u3000]*[（(]([0-9]{1,2})[）)]/g;

/** True when `(k)` / `（k）` opens a clause of `text`. */
function bracketedNumberOpens(text: string, k: number): boolean {
  return [...text.matchAll(BRACKETED_NUMBER_CLAUSE)].some((m) => m[1] === String(k));
}

function nextSentenceText(model: Model, s: Sentence): string {
  const i = model.sentences.indexOf(s);
  const next = i >= 0 ? model.sentences[i + 1] : undefined;
  return next && next.paragraph === s.paragraph ? next.text : '';
}
