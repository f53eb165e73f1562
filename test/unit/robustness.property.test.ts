// Property-based robustness of the engine (issue 6): over random strings and mutated corpus
// text, analyze() never throws, every span lies within the text, results are deterministic
// (also after analysing something else in between: no leaked global state such as a /g regex's
// lastIndex), and LF, CRLF and a BOM give the same analysis at the same logical places.
//
// Spans are found by walking the whole result generically (any object with numeric `start` and
// `end`, any piece with `source`/`length`), so stages added later are covered without edits here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis';
import type { Analysis } from '../../server/src/analysis/types';
import { CORPUS, readFixture } from './fixtures';
import { at } from '../at';

const corpus = CORPUS.map(readFixture);

// ------------------------------------------------------------------ generators

/** Pieces of report language: numbering, figures, units, qualifiers, punctuation, breaks. */
const TOKENS = [
  '一、', '二、', '十一、', '（一）', '（二）', '(三)', '1.', '2．', '12.', '（1）', '(2)', '①',
  '专栏1', '专栏', '表1', '表2 ', '附件1', '# ', '## ', '|', ' | ', '---', '\t',
  '亿元', '万元', '元', '%', '％', '‰', '个百分点', '万亩', '公顷', '平方公里', '万人', '人次', '个', '倍', '成',
  '增长', '下降', '提高', '同比', '比上年', '较上年同期', '占', '比重', '完成率', '预期', '力争',
  '约', '以上', '以内', '左右', '余', '多', '近', '超', '突破', '达',
  '2022年', '2023年', '年末', '上半年', '一季度', '地区生产总值', '一般公共预算收入', 'GDP',
  '0', '1', '5', '9', '0.5', '6.5', '231.7', '1,234', '1.5万户', '3:2:5', '1-2', '1～2', '-', '—', '～',
  '亿', '万', '千', '百', '十', '零', '〇', '两', '半',
  '。', '，', '；', '：', '、', '？', '！', '（', '）', '(', ')', '“', '”', '《', '》', '…',
  '\n', '\n', '\n\n', ' ', '\u3000', '\u00a0',
  // Hostile code units: BOM in the middle, lone surrogates, astral characters, NUL, RTL mark.
  '\ufeff', '\ud800', '\udfff', '😀', '\u0000', '\u200f',
];

const token = fc.constantFrom(...TOKENS);
/** Report-like text: mostly tokens, some arbitrary code units (lone surrogates included). */
const reportish = fc
  .array(fc.oneof({ weight: 6, arbitrary: token }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), {
    maxLength: 300,
  })
  .map((parts) => parts.join(''));
const anyCodeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 })
  .map((units) => String.fromCharCode(...units));

const corpusSlice = fc
  .record({ doc: fc.nat({ max: corpus.length - 1 }), start: fc.nat(), length: fc.integer({ min: 0, max: 4000 }) })
  .map(({ doc, start, length }) => {
    const text = at(corpus, doc);
    const from = start % (text.length + 1);
    return text.slice(from, from + length);
  });

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'copy'; from: number; count: number; to: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(token, reportish) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('copy' as const), from: fc.nat(), count: fc.integer({ min: 1, max: 200 }), to: fc.nat() }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = (n: number): number => n % (t.length + 1);
    if (m.kind === 'insert') t = t.slice(0, at(m.at)) + m.text + t.slice(at(m.at));
    else if (m.kind === 'delete') t = t.slice(0, at(m.at)) + t.slice(at(m.at) + m.count);
    else {
      const piece = t.slice(at(m.from), at(m.from) + m.count);
      t = t.slice(0, at(m.to)) + piece + t.slice(at(m.to));
    }
  }
  return t;
}

const mutatedCorpus = fc
  .tuple(corpusSlice, fc.array(mutation, { maxLength: 8 }))
  .map(([slice, mutations]) => mutate(slice, mutations));

const anyText = fc.oneof(reportish, anyCodeUnits, corpusSlice, mutatedCorpus);

// ------------------------------------------------------------------ span walking

interface FoundSpan {
  path: string;
  start: number;
  end: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Every span-like object in the analysis (except the top-level text), with its path. */
function collectSpans(analysis: Analysis): FoundSpan[] {
  const found: FoundSpan[] = [];
  const walk = (value: unknown, path: string): void => {
    if (!isRecord(value)) return;
    if (typeof value.start === 'number' && typeof value.end === 'number') {
      found.push({ path, start: value.start, end: value.end });
    }
    if (typeof value.source === 'number' && typeof value.length === 'number') {
      found.push({ path: `${path}(piece)`, start: value.source, end: value.source + value.length });
    }
    for (const [key, child] of Object.entries(value)) {
      if (path === '' && key === 'text') continue;
      walk(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
    }
  };
  walk(analysis, '');
  return found;
}

function assertSpansWithin(text: string, analysis: Analysis): void {
  assert.equal(analysis.text, text, 'analysis.text is the input');
  for (const s of collectSpans(analysis)) {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
    if (!ok) assert.fail(`span ${s.path} = [${s.start}, ${s.end}) is not within [0, ${text.length}]`);
  }
}

/** JSON that also carries the BigInts of exact decimals. */
function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value);
}

/** The parts of an analysis that must not depend on earlier calls (everything but `text`). */
function snapshot(analysis: Analysis): string {
  return toJson({ ...analysis, text: undefined });
}

// ------------------------------------------------------------------ LF / CRLF / BOM

/**
 * A copy of the analysis with every source offset mapped back to the LF document and CRLF in
 * strings read as LF, so that analyses of the LF, CRLF and BOM variants compare equal.
 */
function project(analysis: Analysis, toLf: (offset: number) => number): unknown {
  const map = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return value.replace(/\r\n/g, '\n');
    if (typeof value === 'number' && (key === 'start' || key === 'end' || key === 'source')) return toLf(value);
    if (Array.isArray(value)) return value.map((v) => map(v, ''));
    if (isRecord(value)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = map(v, k);
      return out;
    }
    return value;
  };
  const { text: _text, ...rest } = analysis;
  return map(rest, '');
}

/** Offset in the CRLF variant → offset in the LF original (each \r precedes a \n). */
function crlfToLf(crlf: string): (offset: number) => number {
  const crBefore = new Int32Array(crlf.length + 1);
  for (let i = 0; i < crlf.length; i++) crBefore[i + 1] = crBefore[i]! + (crlf.charCodeAt(i) === 13 ? 1 : 0);
  return (offset) => offset - crBefore[Math.min(Math.max(offset, 0), crlf.length)]!;
}

/**
 * The first place where two plain-data values differ, as `path: a ≠ b`, or undefined. Used
 * instead of assert.deepEqual, whose diff of two large analyses is slow enough to stall
 * fast-check's shrinking for minutes.
 */
function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (isRecord(a) && isRecord(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const d = firstDifference(a[key], b[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
      if (d) return d;
    }
    return undefined;
  }
  const show = (v: unknown): string => toJson(v).slice(0, 200);
  return `${path || '(root)'}: ${show(a)} ≠ ${show(b)}`;
}

function assertSameAcrossLineEndings(lf: string): void {
  const crlf = lf.replace(/\n/g, '\r\n');
  const bom = '\ufeff' + lf;
  const base = project(analyze(lf), (o) => o);
  const crlfDiff = firstDifference(project(analyze(crlf), crlfToLf(crlf)), base);
  if (crlfDiff) assert.fail(`CRLF variant differs from LF at ${crlfDiff}`);
  // A text that already starts with U+FEFF has its BOM; a second one would be content.
  if (lf.startsWith('\ufeff')) return;
  const bomDiff = firstDifference(project(analyze(bom), (o) => Math.max(0, o - 1)), base);
  if (bomDiff) assert.fail(`BOM variant differs from LF at ${bomDiff}`);
}

// ------------------------------------------------------------------ properties

// Sizes are kept small (≤ a few KB per case) so the file runs in a few seconds.
const runs = { numRuns: 150, includeErrorInReport: true };

test('analyze() never throws and every span lies within the text', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      assertSpansWithin(text, analyze(text));
    }),
    { numRuns: 400, includeErrorInReport: true },
  );
});

test('analyze() is deterministic, also after analysing another text in between', () => {
  fc.assert(
    fc.property(fc.oneof(corpusSlice, mutatedCorpus, reportish), reportish, (text, other) => {
      const once = analyze(text);
      const first = snapshot(once);
      analyze(other);
      // Compared as strings (cheap); on failure show only where they part.
      const again = analyze(text);
      if (snapshot(again) !== first) assert.fail(`second analysis differs: ${firstDifference(again, once)}`);
    }),
    runs,
  );
});

test('LF, CRLF and a BOM give the same analysis at the same logical places (random text)', () => {
  // Lone CRs are a different line break (old Mac); they are left out of the LF original.
  const noCr = (s: string): string => s.replace(/\r/g, '');
  fc.assert(
    fc.property(fc.oneof(corpusSlice, mutatedCorpus, reportish).map(noCr), (lf) => assertSameAcrossLineEndings(lf)),
    runs,
  );
});

for (const name of CORPUS) {
  test(`LF, CRLF and a BOM give the same analysis on the whole of ${name}`, () => {
    assertSameAcrossLineEndings(readFixture(name));
  });
}

test('every span lies within the text on the whole corpus, findings included', () => {
  for (const text of corpus) {
    const analysis = analyze(text);
    assertSpansWithin(text, analysis);
    // The walk found the stages the issue names (a vacuous pass would prove nothing).
    const paths = new Set(collectSpans(analysis).map((s) => s.path.replace(/\[\d+\]/g, '[]').split('.')[1]));
    for (const stage of ['outline[]', 'sentences[]', 'lines[]', 'paragraphs[]']) assert.ok(paths.has(stage), `no spans in ${stage}`);
  }
});
