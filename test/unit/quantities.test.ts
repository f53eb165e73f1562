// Table-driven tests for the quantity scanner (server/src/analysis/quantities).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanQuantities, type RawQuantity } from '../../server/src/analysis/quantities';
import { toPlain } from '../../server/src/analysis/decimal';
import { CORPUS_CASES, FORM_CASES, IN_CONTEXT, NON_QUANTITIES, type Case } from './quantities-cases';
import { at } from '../at';

interface Expected {
  span: string;
  value: string;
  unit: string;
  dimension: string;
  hi?: string;
  qualifier?: string;
  unitText?: string;
}

function parseExpected(s: string): Expected {
  const [span, value, unit, dimension, ...rest] = s.split('|');
  assert.ok(span !== undefined && value !== undefined && unit !== undefined && dimension !== undefined, `malformed case ${s}`);
  const e: Expected = { span, value, unit, dimension };
  for (const kv of rest) {
    const eq = kv.indexOf('=');
    const k = kv.slice(0, eq);
    const v = kv.slice(eq + 1);
    if (k === 'hi') e.hi = v;
    else if (k === 'q') e.qualifier = v;
    else if (k === 'ut') e.unitText = v;
    else throw new Error(`bad key ${k} in ${s}`);
  }
  return e;
}

function describeFound(text: string, q: RawQuantity): Expected {
  const d: Expected = {
    span: text.slice(q.start, q.end),
    value: toPlain(q.value),
    unit: q.unit,
    dimension: q.dimension,
  };
  if (q.hi !== undefined) d.hi = toPlain(q.hi);
  if (q.qualifier !== undefined) d.qualifier = q.qualifier;
  return d;
}

function runCase([input, ...expected]: Case): void {
  const found = scanQuantities(input);
  const want = expected.map(parseExpected);
  const got = found.map((q) => describeFound(input, q));
  // unitText is asserted only where the table gives it.
  const wantCore = want.map(({ unitText: _u, ...rest }) => rest);
  assert.deepEqual(got, wantCore, `in ${JSON.stringify(input)}`);
  want.forEach((w, i) => {
    if (w.unitText !== undefined) assert.equal(at(found, i).unitText, w.unitText, `unitText of ${w.span}`);
  });
}

function caseTitle(c: Case): string {
  return c[0].length > 40 ? c[0].slice(0, 40) + '…' : c[0];
}

describe('quantities: written forms', () => {
  for (const c of FORM_CASES) test(caseTitle(c), () => runCase(c));
});

describe('quantities: corpus clauses', () => {
  for (const c of CORPUS_CASES) test(caseTitle(c), () => runCase(c));
});

describe('quantities: traps in context', () => {
  for (const c of IN_CONTEXT) test(caseTitle(c), () => runCase(c));
});

describe('quantities: not quantities', () => {
  for (const s of NON_QUANTITIES) {
    test(s, () => {
      const got = scanQuantities(s).map((q) => describeFound(s, q));
      assert.deepEqual(got, [], `in ${JSON.stringify(s)}`);
    });
  }
});

describe('quantities: table sizes', () => {
  test('at least 400 cases and 60 non-quantities', () => {
    assert.ok(FORM_CASES.length + CORPUS_CASES.length + IN_CONTEXT.length >= 400);
    assert.ok(NON_QUANTITIES.length >= 60);
  });
});

describe('quantities: API shape', () => {
  test('offsets are UTF-16 offsets into the original text (BOM, full-width, CRLF kept)', () => {
    const text = '\uFEFF增长５％，\r\n总额２３１．７亿元';
    const qs = scanQuantities(text);
    assert.deepEqual(
      qs.map((q) => text.slice(q.start, q.end)),
      ['５％', '２３１．７亿元'],
    );
  });
  test('exact decimals: 42.9亿元 + 33.8亿元 + 155亿元 is 231.7亿元 to the yuan', () => {
    const qs = scanQuantities('42.9亿元、33.8亿元、155亿元');
    const total = qs.reduce((acc, q) => acc + q.value.units * 10n ** BigInt(10 - q.value.scale), 0n);
    assert.equal(total, 23170000000n * 10n ** 10n);
  });
  test('absent hi and qualifier are absent keys, not undefined values', () => {
    for (const text of ['增长2.3%', '三分之一', '百分之三十', '1-2场']) {
      for (const q of scanQuantities(text)) {
        if (q.qualifier === undefined) assert.ok(!('qualifier' in q), text);
        if (q.hi === undefined) assert.ok(!('hi' in q), text);
      }
    }
  });
  test('results are sorted and do not overlap', () => {
    const text = '改造349处7.7万平方米，识别16780户34065人，增长3%—10%';
    const qs = scanQuantities(text);
    for (let i = 1; i < qs.length; i++) assert.ok(at(qs, i - 1).end <= at(qs, i).start);
  });
  test('a qualifier never reaches into the previous figure', () => {
    const qs = scanQuantities('5家近3家');
    assert.deepEqual(
      qs.map((q) => [q.start, q.end]),
      [
        [0, 2],
        [2, 5],
      ],
    );
  });
});

/** Full-width digits, letters and signs, as Word and WPS sometimes produce them. */
function toFullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z%.+\-/~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

describe('quantities: metamorphic', () => {
  const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures');
  const text = readFileSync(join(dir, '001_d0fe4f7f7cc8ad9c.txt'), 'utf8');
  test('full-width copies of the corpus give the same figures at the same offsets', () => {
    for (const line of text.split(/\r?\n/)) {
      const plain = scanQuantities(line).map((q) => [q.start, q.end, toPlain(q.value), q.unit, q.qualifier]);
      const wide = scanQuantities(toFullWidth(line)).map((q) => [q.start, q.end, toPlain(q.value), q.unit, q.qualifier]);
      assert.deepEqual(wide, plain);
    }
  });
  test('a space between number and unit changes nothing but the span', () => {
    for (const c of CORPUS_CASES) {
      const spaced = c[0].replace(/(\d)(万|亿|元|%|个|家|户|人|亩)/g, '$1 $2');
      const a = scanQuantities(c[0]).map((q) => [toPlain(q.value), q.unit, q.qualifier]);
      const b = scanQuantities(spaced).map((q) => [toPlain(q.value), q.unit, q.qualifier]);
      assert.deepEqual(b, a, spaced);
    }
  });
  test('a paragraph is the concatenation of its clauses', () => {
    // Scanning clause by clause or the whole joined text finds the same figures.
    const clauses = CORPUS_CASES.slice(0, 120).map((c) => c[0]);
    const joined = clauses.join('，');
    const whole = scanQuantities(joined).map((q) => toPlain(q.value) + q.unit);
    const parts = clauses.flatMap((c) => scanQuantities(c).map((q) => toPlain(q.value) + q.unit));
    assert.deepEqual(whole, parts);
  });
});

describe('quantities: whole corpus files', () => {
  const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures');
  for (const name of ['000_4030585dcbde8695.txt', '001_d0fe4f7f7cc8ad9c.txt', '003_7e2e0f9dafc359a0.txt']) {
    test(`${name}: no year, no code, every money figure`, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      for (const line of text.split(/\r?\n/)) {
        const qs = scanQuantities(line);
        for (const q of qs) {
          const span = line.slice(q.start, q.end);
          assert.ok(!/[^/]年$/.test(span), `year found: ${span}`);
          assert.ok(!/^(S|G)\d/.test(span), `road code found: ${span}`);
          assert.ok(q.unit !== 'kV' && q.unit !== '千伏', `voltage found: ${span}`);
        }
        // Every "<digits>亿元" or "<digits>万元" in a line is found with the right value.
        for (const m of line.matchAll(/(\d+(?:\.\d+)?)\s?(亿|万)元/g)) {
          const at = m.index ?? 0;
          const hit = qs.find((q) => q.start <= at && at < q.end);
          assert.ok(hit, `missed ${m[0]}`);
        }
      }
    });
  }
});
