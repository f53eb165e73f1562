// Linear-time audit of the engine's regular expressions (issue 6).
//
// 1. Static: every regex literal in server/src/analysis/**/*.ts is parsed and rejected when it
//    has a shape that backtracks super-linearly:
//    - nested: a repeated group containing a repeated atom, where no mandatory "separator" atom
//      of each iteration is disjoint from the inner repeated atoms (`(a+)+`, `(\d+\.?\d*)+`,
//      `(.*)*` fail; `(\d+,)*` and `(?:，[^，]+)*` pass);
//    - overlapping alternatives under a repeat (`(\d|\d\.)+`);
//    - adjacent repeats over overlapping classes with only optional atoms between them
//      (`\d+\.?\d*`, `\s*.*`): polynomial on a long run of the shared characters.
//    Character classes are compared by testing them with the JavaScript engine itself on a
//    sample alphabet (ASCII, Latin-1, general and CJK punctuation, full-width forms, a spread
//    of CJK ideographs and every literal character of the scanned sources): conservative and
//    simple. `new RegExp(...)` in the engine is reported, since its pattern cannot be checked.
//    A literal the detector misjudges can be exempted with a `regex-audit-ok: <reason>` comment
//    on its line or the line above; exemptions are listed by the test.
// 2. Dynamic, timing-free: every literal is run on adversarial strings built from its own
//    repeated classes, and analyze() on 100 KB of pathological input, in a worker thread. The
//    only assertion is that it finished before a generous deadline (a hang detector, not a
//    speed test: the speed figures live in `npm run bench`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { at } from '../at';

const ROOT = join(__dirname, '..', '..', '..');
const ANALYSIS_DIR = join(ROOT, 'server', 'src', 'analysis');
const ENGINE = join(__dirname, '..', '..', 'server', 'src', 'analysis', 'index.js');

// ------------------------------------------------------------------ finding the literals

interface Literal {
  file: string;
  line: number;
  source: string;
  flags: string;
  exempt?: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const REGEX_PRECEDERS = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const REGEX_KEYWORDS = /(?:^|[^\w$])(?:return|typeof|case|of|in|void|delete|throw|new|else|do|yield|await)$/;

/**
 * Regex literals of a TypeScript source, with strings, template literals and comments skipped.
 * A `/` starts a regex where an expression may start (after an operator, a bracket or a keyword).
 */
function findLiterals(file: string, code: string): { literals: Literal[]; dynamic: number[] } {
  const literals: Literal[] = [];
  const dynamic: number[] = [];
  const lines = code.split('\n');
  const lineAt = (i: number): number => code.slice(0, i).split('\n').length;
  const exemption = (line: number): string | undefined => {
    for (const l of [lines[line - 1], lines[line - 2]]) {
      const m = l === undefined ? null : /regex-audit-ok:\s*(.+)$/.exec(l);
      if (m) return (m[1] ?? '').trim();
    }
    return undefined;
  };
  let prev = ''; // last significant character
  let i = 0;
  const templateDepth: number[] = []; // brace depth at which each open template resumes
  let braces = 0;
  while (i < code.length) {
    const c = code.charAt(i);
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      i = code.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && next === '*') {
      i = code.indexOf('*/', i + 2) + 2;
      if (i < 2) break;
      continue;
    }
    if (c === "'" || c === '"') {
      i++;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i++;
      prev = c;
      continue;
    }
    if (c === '`' || (c === '}' && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === braces)) {
      if (c === '}') templateDepth.pop();
      i++;
      while (i < code.length && code[i] !== '`') {
        if (code[i] === '\\') i += 2;
        else if (code[i] === '$' && code[i + 1] === '{') {
          templateDepth.push(braces);
          i += 2;
          break;
        } else i++;
      }
      if (code[i] === '`') {
        i++;
        prev = '`';
      } else prev = '{';
      continue;
    }
    if (c === '{') braces++;
    if (c === '}') braces--;
    if (c === '/') {
      const before = code.slice(Math.max(0, i - 12), i).trimEnd();
      const isRegex = prev === '' || REGEX_PRECEDERS.has(prev) || REGEX_KEYWORDS.test(before);
      if (isRegex) {
        let j = i + 1;
        let inClass = false;
        while (j < code.length && (inClass || code[j] !== '/') && code[j] !== '\n') {
          if (code[j] === '\\') j++;
          else if (code[j] === '[') inClass = true;
          else if (code[j] === ']') inClass = false;
          j++;
        }
        let k = j + 1;
        while (k < code.length && /[a-z]/.test(code.charAt(k))) k++;
        const line = lineAt(i);
        literals.push({ file, line, source: code.slice(i + 1, j), flags: code.slice(j + 1, k), exempt: exemption(line) });
        i = k;
        prev = '/';
        continue;
      }
    }
    if (/\bnew RegExp\s*\($/.test(code.slice(Math.max(0, i - 14), i + 1)) || (c === '(' && /\bRegExp\s*$/.test(code.slice(Math.max(0, i - 10), i)))) {
      const line = lineAt(i);
      if (!exemption(line)) dynamic.push(line);
    }
    if (!/\s/.test(c)) prev = c;
    i++;
  }
  return { literals, dynamic };
}

// ------------------------------------------------------------------ a small regex parser

interface Quant {
  min: number;
  max: number;
}
type Atom =
  | { kind: 'char'; src: string } // matches one character; `src` is a regex for it
  | { kind: 'group'; alts: Item[][]; lookaround: boolean }
  | { kind: 'zero' }; // anchors, \b, backreferences: no characters of their own
interface Item {
  atom: Atom;
  q: Quant;
}

const ONE: Quant = { min: 1, max: 1 };

function parse(source: string): Item[][] {
  let i = 0;
  const alternation = (): Item[][] => {
    const alts: Item[][] = [sequence()];
    while (source[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return alts;
  };
  const sequence = (): Item[] => {
    const items: Item[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = parseAtom();
      items.push({ atom, q: quantifier() });
    }
    return items;
  };
  const parseAtom = (): Atom => {
    const c = source.charAt(i); // called only while i < source.length
    if (c === '(') {
      i++;
      let lookaround = false;
      if (source[i] === '?') {
        const m = /^\?(?:<[=!]|[=!]|:|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i));
        if (m) {
          lookaround = /^\?<?[=!]/.test(m[0]);
          i += m[0].length;
        }
      }
      const alts = alternation();
      i++; // ')'
      return { kind: 'group', alts, lookaround };
    }
    if (c === '[') {
      const start = i;
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      return { kind: 'char', src: source.slice(start, i) };
    }
    if (c === '\\') {
      const rest = source.slice(i);
      const m = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[pP]\{[^}]+\}|k<[^>]+>|[1-9]\d*|.)/.exec(rest);
      const esc = m ? m[0] : '\\';
      i += esc.length;
      if (/^\\(?:[bB]|k<|[1-9])/.test(esc)) return { kind: 'zero' };
      return { kind: 'char', src: esc };
    }
    i++;
    if (c === '^' || c === '$') return { kind: 'zero' };
    return { kind: 'char', src: c === '.' ? '.' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') };
  };
  const quantifier = (): Quant => {
    const c = source[i];
    let q: Quant = ONE;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return ONE;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
      i += m[0].length - 1;
    } else return ONE;
    i++;
    if (source[i] === '?') i++; // lazy: backtracks just as much
    return q;
  };
  return alternation();
}

// ------------------------------------------------------------------ character sets

function sampleAlphabet(extra: string): string[] {
  const codes = new Set<number>();
  const range = (a: number, b: number, step = 1): void => {
    for (let c = a; c <= b; c += step) codes.add(c);
  };
  range(0, 0x2ff);
  range(0x2000, 0x206f);
  range(0x2460, 0x24ff); // ① …
  range(0x3000, 0x303f);
  range(0xff00, 0xffef);
  range(0x4e00, 0x9fff, 37);
  codes.add(0xfeff);
  for (const ch of extra) codes.add(ch.codePointAt(0) ?? 0);
  return [...codes].map((c) => String.fromCodePoint(c));
}

type CharSet = Set<string>;

class Sets {
  private readonly cache = new Map<string, CharSet>();
  constructor(
    private readonly alphabet: string[],
    private readonly flags: string,
  ) {}

  of(src: string): CharSet {
    let set = this.cache.get(src);
    if (!set) {
      const re = new RegExp(`^(?:${src})$`, this.flags.replace(/[gy]/g, ''));
      set = new Set(this.alphabet.filter((ch) => re.test(ch)));
      this.cache.set(src, set);
    }
    return set;
  }
}

const overlaps = (a: CharSet, b: CharSet): boolean => [...a].some((ch) => b.has(ch));
const union = (sets: CharSet[]): CharSet => new Set(sets.flatMap((s) => [...s]));

/**
 * Characters of every variably repeated char atom inside `items` (`a+`, `a*`, `a{1,3}`, or any
 * atom inside such a group), nested groups included. A fixed count (`\d{3}`) is unambiguous.
 */
function repeatedChars(items: Item[], sets: Sets, repeatedAbove = false): CharSet[] {
  return items.flatMap((it) => {
    const repeated = repeatedAbove || it.q.max > it.q.min;
    if (it.atom.kind === 'char') return repeated ? [sets.of(it.atom.src)] : [];
    if (it.atom.kind === 'group' && !it.atom.lookaround) return it.atom.alts.flatMap((alt) => repeatedChars(alt, sets, repeated));
    return [];
  });
}

/** Characters an item can match at all. */
function charsOf(item: Item, sets: Sets): CharSet {
  const a = item.atom;
  if (a.kind === 'char') return sets.of(a.src);
  if (a.kind === 'group' && !a.lookaround) return union(a.alts.flatMap((alt) => alt.map((it) => charsOf(it, sets))));
  return new Set();
}

function nullable(item: Item): boolean {
  if (item.q.min === 0) return true;
  const a = item.atom;
  if (a.kind === 'zero' || (a.kind === 'group' && a.lookaround)) return true;
  if (a.kind === 'group') return a.alts.some((alt) => alt.every(nullable));
  return false;
}

/** Characters a sequence can start with. */
function firstChars(seq: Item[], sets: Sets): CharSet {
  const out: CharSet[] = [];
  for (const it of seq) {
    const a = it.atom;
    if (a.kind === 'char') out.push(sets.of(a.src));
    else if (a.kind === 'group' && !a.lookaround) out.push(...a.alts.map((alt) => firstChars(alt, sets)));
    if (!nullable(it)) break;
  }
  return union(out);
}

/** Problems of one pattern, described for the failure message. */
function audit(source: string, sets: Sets): string[] {
  const problems: string[] = [];
  const visit = (alts: Item[][]): void => {
    for (const seq of alts) {
      // Adjacent repeats over overlapping classes, with only nullable items between them.
      for (const [x, item] of seq.entries()) {
        if (item.q.max !== Infinity) continue;
        const left = charsOf(item, sets);
        for (let y = x + 1; y < seq.length; y++) {
          const later = at(seq, y);
          if (later.q.max === Infinity && overlaps(left, charsOf(later, sets))) {
            problems.push(`adjacent repeats over overlapping characters (items ${x + 1} and ${y + 1})`);
            break;
          }
          if (!nullable(later)) break;
        }
      }
      for (const it of seq) {
        if (it.atom.kind !== 'group') continue;
        const group = it.atom;
        if (it.q.max > 1 && !group.lookaround) {
          // Nested repeats: each iteration needs a mandatory separator disjoint from the repeats.
          const inner = union(group.alts.flatMap((alt) => repeatedChars(alt, sets)));
          if (inner.size > 0) {
            const separated = group.alts.every((alt) =>
              alt.some((x) => !nullable(x) && x.atom.kind === 'char' && x.q.max === 1 && !overlaps(sets.of(x.atom.src), inner)),
            );
            if (!separated) problems.push('nested repeats without a disjoint separator');
          }
          // Overlapping alternatives under a repeat.
          const firsts = group.alts.map((alt) => firstChars(alt, sets));
          for (const [p, first] of firsts.entries())
            for (let q = p + 1; q < firsts.length; q++)
              if (overlaps(first, at(firsts, q))) problems.push(`repeated alternatives ${p + 1} and ${q + 1} can start alike`);
        }
        visit(group.alts);
      }
    }
  };
  visit(parse(source));
  return [...new Set(problems)];
}

// ------------------------------------------------------------------ the tests

const files = tsFiles(ANALYSIS_DIR);
const found = files.map((f) => findLiterals(relative(ROOT, f), readFileSync(f, 'utf8')));
const literals = found.flatMap((f) => f.literals);
const alphabet = sampleAlphabet(literals.map((l) => l.source).join(''));
const where = (l: Literal): string => `${l.file}:${l.line}  /${l.source}/${l.flags}`;

test('the detector itself: flags the classic super-linear shapes and passes the safe ones', () => {
  const sets = new Sets(sampleAlphabet(''), 'u');
  for (const bad of ['(a+)+', '(\\d+\\.?\\d*)+', '(.*)*', '(?:\\s*\\S+)*', '(\\d|\\d\\.)+', '\\d+\\.?\\d*%', '\\s*.*$', '(?:[0-9]+)*x']) {
    assert.ok(audit(bad, sets).length > 0, `should flag /${bad}/`);
  }
  for (const good of ['(\\d+,)*', '(?:，[^，]+)*', '\\d+(?:\\.\\d+)?', '^[一二三四五六七八九十]+、', '（[一二三]）', '\\B(?=(\\d{3})+(?!\\d))', '[^。！？]*[。！？]', '(?:[一二三]、)+']) {
    assert.deepEqual(audit(good, sets), [], `should pass /${good}/`);
  }
});

function problemsOf(l: Literal): string[] {
  try {
    new RegExp(l.source, l.flags + (l.flags.includes('u') || l.flags.includes('v') ? '' : 'u'));
    return audit(l.source, new Sets(alphabet, l.flags.includes('u') || l.flags.includes('v') ? l.flags : l.flags + 'u'));
  } catch {
    // Not valid as a `u` pattern (e.g. an identity escape): check it without the u flag.
    try {
      return audit(l.source, new Sets(alphabet, l.flags));
    } catch (error) {
      return [`could not be parsed by the audit: ${String(error)}`];
    }
  }
}

test('every regex literal in server/src/analysis is free of super-linear shapes', () => {
  assert.ok(files.length > 0 && literals.length > 0, 'the scan found the engine sources and their regexes');
  const failures: string[] = [];
  for (const l of literals) {
    const problems = problemsOf(l);
    if (problems.length > 0 && !l.exempt) failures.push(`${where(l)}\n    ${problems.join('; ')}`);
  }
  const exempt = literals.filter((l) => l.exempt);
  if (exempt.length > 0) console.log(`regex-audit exemptions:\n${exempt.map((l) => `  ${where(l)} — ${l.exempt}`).join('\n')}`);
  assert.equal(failures.length, 0, `super-linear regex shapes (${failures.length} of ${literals.length} literals):\n${failures.join('\n')}`);
});

const dynamicRegexes = found.flatMap((f, i) => f.dynamic.map((line) => `${relative(ROOT, at(files, i))}:${line}`));

// `new RegExp(...)` escapes the static audit: each one must be rewritten as a literal or carry a
// `regex-audit-ok: <reason>` comment saying why its pattern is linear. An unaudited one fails.
test('the engine builds no regexes at run time without a regex-audit-ok comment', () => {
  assert.deepEqual(dynamicRegexes, [], 'new RegExp(...) without a regex-audit-ok comment');
});

/** Runs `code` (CommonJS, with `workerData`) in a worker; fails if it has not finished by `ms`. */
function runWithDeadline(code: string, workerData: unknown, ms: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`did not finish within ${ms} ms (hang detector; see npm run bench for speed)`));
    }, ms);
    worker.once('message', (value: unknown) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(value);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

test('every regex literal finishes on adversarial strings built from its own repeated classes', { timeout: 120_000 }, async () => {
  // For each repeated class: 4,000 copies of a character it matches, then one that ends the run
  // (enough to hang an exponential or cubic pattern; a quadratic one still finishes).
  const cases = literals.map((l) => {
    let attacks: string[] = [];
    try {
      const sets = new Sets(alphabet, l.flags.includes('u') ? l.flags : '');
      const chars = union(parse(l.source).flatMap((alt) => repeatedChars(alt, sets)));
      attacks = [...chars].slice(0, 12).flatMap((ch) => [ch.repeat(4_000) + '\u0000', ch.repeat(4_000) + '\n!']);
    } catch {
      /* unparsable: covered by the static test */
    }
    return { source: l.source, flags: l.flags, attacks, where: where(l) };
  });
  const done = await runWithDeadline(
    `const { parentPort, workerData } = require('node:worker_threads');
     let n = 0;
     for (const c of workerData) {
       const re = new RegExp(c.source, c.flags);
       for (const s of c.attacks) { re.lastIndex = 0; if (re.global || re.sticky) s.replace(re, ''); else re.exec(s); n++; }
     }
     parentPort.postMessage(n);`,
    cases,
    90_000,
  );
  assert.equal(done, cases.reduce((n, c) => n + c.attacks.length, 0));
});

/** 100 KB of each pathological shape, for analyze() as a whole. */
function pathological(): Record<string, string> {
  const kb = 100_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(kb / unit.length)).slice(0, kb);
  return {
    digits: fill('1'),
    'digits and dots': fill('1.'),
    'digits and commas': fill('1,'),
    'decimal then unit': fill('1.5亿'),
    亿: fill('亿'),
    'open brackets': fill('（'),
    'nested brackets': fill('（(【'),
    'heading marks': fill('一、'),
    'chapter marks': fill('（一）'),
    'section marks': fill('1.'),
    'ideographic spaces': fill('\u3000'),
    tabs: fill('\t'),
    'blank lines': fill('\n'),
    'no punctuation': fill('经济增长'),
    'percent signs': fill('%'),
    'growth words': fill('增长下降'),
    'em dashes and tildes': fill('—～-'),
    colons: fill('：'),
    'table marks': fill('表1'),
    'box marks': fill('专栏'),
    'pipes': fill('|'),
    'quotes': fill('“'),
    'one long sentence with figures': fill('增长6.5%，'),
  };
}

test('analyze() finishes on 100 KB of each pathological input', { timeout: 300_000 }, async () => {
  const inputs = pathological();
  const done = await runWithDeadline(
    `const { parentPort, workerData } = require('node:worker_threads');
     const { analyze } = require(workerData.engine);
     const names = [];
     for (const [name, text] of Object.entries(workerData.inputs)) { analyze(text); names.push(name); }
     parentPort.postMessage(names);`,
    { engine: ENGINE, inputs },
    240_000,
  );
  assert.deepEqual(done, Object.keys(inputs));
});
