// Property tests for the quantity scanner: it never throws, its spans are well-formed, it is
// linear on hostile input, and formatting a value with a unit then scanning it gives the value back.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanQuantities } from '../../server/src/analysis/quantities';
import { type Decimal, eq, normalize, shift, toPlain } from '../../server/src/analysis/decimal';
import { at } from '../at';

// Characters that exercise every branch: digits (both widths), numerals, multipliers, units,
// qualifiers, connectors, quotes, letters and spaces.
const ALPHABET = [
  ...'0123456789０１２３４５６７８９.．,，%％‰+-—–~～至到/／·:：',
  ...'零〇一二两三四五六七八九十百千万亿',
  ...'元亩人次个家户所件项座场批名处条台辆套间张只头株棵篇部期例支组对宗起栋幢口',
  ...'吨瓦伏时度方米公里顷平分之倍成天小钟月岁微克立',
  ...'近约超过突破达以上内下不足余多左右第每级年日号届“”「」《》〔〕（）()、。；',
  ...'SGAKVMWkgmμPab ',
  '\u3000',
  '\t',
  '\uFEFF',
];

const noisy = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 80 }).map((a) => a.join(''));

function checkShape(text: string): void {
  const qs = scanQuantities(text);
  let prevEnd = 0;
  for (const q of qs) {
    assert.ok(Number.isInteger(q.start) && Number.isInteger(q.end));
    assert.ok(q.start >= prevEnd, 'sorted and non-overlapping');
    assert.ok(q.start < q.end && q.end <= text.length, 'span inside the text');
    assert.ok(typeof q.unit === 'string' && q.unit.length > 0);
    assert.ok(typeof q.value.units === 'bigint');
    prevEnd = q.end;
  }
}

describe('quantities: properties', () => {
  test('random strings never throw; spans inside, sorted, non-overlapping', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => checkShape(s)), { numRuns: 2000 });
  });

  test('strings built from number-ish characters keep the same properties', () => {
    fc.assert(fc.property(noisy, (s) => checkShape(s)), { numRuns: 5000 });
  });

  test('full Unicode strings (surrogates included) keep the same properties', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (s) => checkShape(s)), { numRuns: 1000 });
  });

  // A formatted figure in a neutral sentence: "完成<number><unit>。"
  const UNITS: ReadonlyArray<[written: string, unit: string, exp: number]> = [
    ['元', '元', 0],
    ['万元', '元', 4],
    ['亿元', '元', 8],
    ['万亿元', '元', 12],
    ['%', '%', 0],
    ['‰', '%', -1],
    ['个百分点', '个百分点', 0],
    ['亩', '亩', 0],
    ['万亩', '亩', 4],
    ['公顷', '公顷', 0],
    ['平方公里', '平方公里', 0],
    ['万平方米', '平方米', 4],
    ['人', '人', 0],
    ['万人次', '人次', 4],
    ['个', '个', 0],
    ['家', '家', 0],
    ['户', '户', 0],
    ['万吨', '吨', 4],
    ['万千瓦', '千瓦', 4],
    ['MW', '千瓦', 3],
    ['立方米', '立方米', 0],
    ['公里', '公里', 0],
    ['天', '天', 0],
    ['倍', '倍', 0],
  ];

  const decimalArb = fc
    .record({ units: fc.bigInt({ min: 0n, max: 10n ** 12n }), scale: fc.integer({ min: 0, max: 4 }) })
    .map((d): Decimal => normalize(d));

  test('format a decimal with a unit, scan it, get the value back', () => {
    fc.assert(
      fc.property(decimalArb, fc.constantFrom(...UNITS), fc.constantFrom('', ' '), (d, [written, unit, exp], space) => {
        const text = `完成${toPlain(d)}${space}${written}。`;
        const qs = scanQuantities(text);
        assert.equal(qs.length, 1, text);
        assert.equal(at(qs, 0).unit, unit, text);
        assert.ok(eq(at(qs, 0).value, shift(d, exp)), `${text}: ${toPlain(at(qs, 0).value)}`);
        assert.equal(text.slice(at(qs, 0).start, at(qs, 0).end), `${toPlain(d)}${space}${written}`);
      }),
      { numRuns: 3000 },
    );
  });

  test('ranges round-trip: lo-hi unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 100000 }), fc.constantFrom('-', '—', '～', '至'), (a, b, sep) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const text = `推进${lo}${sep}${hi}家`;
        const qs = scanQuantities(text);
        assert.equal(qs.length, 1, text);
        const q = at(qs, 0);
        assert.equal(toPlain(q.value), String(lo));
        assert.equal(q.hi && toPlain(q.hi), String(hi));
      }),
      { numRuns: 1000 },
    );
  });

  test('Chinese numerals round-trip: 一百零五, 三千零五十, 两万, 九千九百九十九万…', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99_999_999 }), fc.boolean(), (n, liang) => {
        const written = toChinese(n, liang);
        const text = `完成${written}个项目`;
        const qs = scanQuantities(text);
        assert.equal(qs.length, 1, text);
        assert.equal(toPlain(at(qs, 0).value), String(n), text);
        assert.equal(text.slice(at(qs, 0).start, at(qs, 0).end), `${written}个`);
      }),
      { numRuns: 3000 },
    );
  });

  test('grouping commas are read exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1000n, max: 10n ** 15n }), (n) => {
        const grouped = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        const qs = scanQuantities(`合计${grouped}元`);
        assert.equal(qs.length, 1);
        assert.equal(toPlain(at(qs, 0).value), n.toString());
      }),
    );
  });
});

/** Standard Chinese numeral for 1 ≤ n < 10^8 (十二 not 一十二; 零 for skipped places). */
function toChinese(n: number, liang: boolean): string {
  const digits = '零一二三四五六七八九';
  const section = (x: number, lead: boolean): string => {
    let out = '';
    let gap = false;
    for (const [u, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
      const q = Math.floor(x / u) % 10;
      if (q === 0) {
        if (out) gap = true;
        continue;
      }
      if (gap) out += '零';
      gap = false;
      // 两 is the usual 2 before 千 and 百 (and before 万 as a whole section).
      out += (q === 2 && liang && (u >= 100 || (!out && lead)) ? '两' : digits[q]) + name;
    }
    return out;
  };
  const wan = Math.floor(n / 10000);
  const low = n % 10000;
  let s = '';
  if (wan) s += section(wan, true) + '万';
  if (low) s += (s && low < 1000 ? '零' : '') + section(low, !s);
  return s.startsWith('一十') ? s.slice(1) : s;
}

describe('quantities: hostile input stays linear', () => {
  const cases: Array<[string, string]> = [
    ['10 MB of digits', '7'.repeat(10_000_000)],
    ['亿亿亿…', '1' + '亿'.repeat(2_000_000)],
    ['一一一…', '一'.repeat(2_000_000)],
    ['1.1.1.…', '1.'.repeat(1_000_000)],
    ['1,111,…', '1' + ',111'.repeat(500_000)],
    ['1-1-1-…', '1-'.repeat(300_000) + '家'],
    ['1万1万…', '1万'.repeat(300_000)],
    ['“1”“1”…', '“1”'.repeat(300_000)],
    ['spaces between number and unit', '5' + ' '.repeat(2_000_000) + '元'],
    ['近近近…', '近'.repeat(1_000_000) + '5元'],
    ['digits and units', '5元'.repeat(300_000)],
  ];
  for (const [name, text] of cases) {
    test(name, () => {
      const t0 = process.hrtime.bigint();
      const qs = scanQuantities(text);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      assert.ok(Array.isArray(qs));
      // Generous bound (CI machines are slow and shared); a quadratic scanner would take hours here.
      assert.ok(ms < 5000, `${name}: ${ms.toFixed(0)} ms`);
    });
  }
});
