// The memos of the engine's pure text functions (analysis/memo.ts): an answer from the memo is the
// answer the function gives, the memo stays bounded, and an analysis never depends on what was
// analysed before it (a re-analysis of unchanged text sees the same findings as a first one).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { forgetMemos, memoOfText, memoStore } from '../../server/src/analysis/memo';
import { analyze } from '../../server/src/analysis';

/** An identity function under a memo, counting how often it really ran. */
function counted(limit?: number): { lookup: (t: string) => string; calls: () => number } {
  let n = 0;
  const lookup = memoOfText((t: string) => {
    n++;
    return t;
  }, limit);
  return { lookup, calls: () => n };
}

describe('memoOfText', () => {
  it('answers a repeated text from the memo, undefined answers included', () => {
    const calls: string[] = [];
    const lookup = memoOfText((t: string) => {
      calls.push(t);
      return t.startsWith('无') ? undefined : t.length;
    });
    assert.equal(lookup('地区生产总值'), 6);
    assert.equal(lookup('无指标'), undefined);
    assert.equal(lookup('地区生产总值'), 6);
    assert.equal(lookup('无指标'), undefined);
    assert.deepEqual(calls, ['地区生产总值', '无指标']);
  });

  it('stays bounded: past two generations an old text is computed again', () => {
    const { lookup, calls } = counted(2);
    for (const t of ['甲', '乙', '丙', '丁', '戊']) lookup(t);
    assert.equal(calls(), 5);
    lookup('甲'); // dropped with the oldest generation
    assert.equal(calls(), 6);
    lookup('戊'); // still young
    assert.equal(calls(), 6);
  });

  it('keeps a text that is still asked for across the turn-over of generations', () => {
    const { lookup, calls } = counted(2);
    lookup('常用');
    for (const t of ['一', '二', '三', '四', '五', '六']) {
      lookup(t);
      lookup('常用');
    }
    assert.equal(calls(), 7, 'the text asked for between every other one was computed once');
  });

  it('forgetMemos empties every memo', () => {
    const { lookup, calls } = counted();
    lookup('文本');
    forgetMemos();
    lookup('文本');
    assert.equal(calls(), 2);
  });
});

describe('memoStore', () => {
  it('keeps what was stored under its key, bounded like memoOfText, and forgetMemos empties it', () => {
    const store = memoStore<number>(2);
    store.set('甲', 1);
    assert.equal(store.get('甲'), 1);
    assert.equal(store.get('乙'), undefined);
    for (const [k, v] of [['乙', 2], ['丙', 3], ['丁', 4], ['戊', 5]] as const) store.set(k, v);
    assert.equal(store.get('甲'), undefined, 'dropped with the oldest generation');
    assert.equal(store.get('戊'), 5);
    forgetMemos();
    assert.equal(store.get('戊'), undefined);
  });
});

describe('analysis with warm memos', () => {
  const first = '一、2023年经济运行\n全年地区生产总值120亿元，增长5.0%。其中，第一产业增加值20亿元，第二产业增加值50亿元，第三产业增加值40亿元。\n';
  const other = '一、2023年财政收支\n一般公共预算收入8.5亿元，增长3.1%，其中税收收入6.2亿元。全年地区生产总值120亿元，增长5.5%。\n';
  const view = (text: string) => analyze(text).findings.map((f) => `${f.code}@${f.span.start}-${f.span.end}`);

  it('finds the same after other documents were analysed as in a fresh engine', () => {
    forgetMemos();
    const fresh = view(first);
    assert.ok(fresh.some((f) => f.startsWith('sum-mismatch')), `the parts (110) do not add up to 120: ${fresh.join(', ')}`);
    view(other);
    assert.deepEqual(view(first), fresh);
    forgetMemos();
    assert.deepEqual(view(first), fresh);
  });

  it('reads a list again in its own document: the same sentence under another total gives that total\'s parts (s49)', () => {
    // The second sentence is the same in both documents; the total it breaks down stands in the sentence before.
    const a = '年末常住人口96.0万人。其中，城镇人口50.0万人，乡村人口46.0万人。\n';
    const b = '年末常住人口99.0万人。其中，城镇人口50.0万人，乡村人口46.0万人。\n';
    const parts = (text: string) => analyze(text).partOf.map((x) => `${x.part}>${x.total}:${x.complete}`);
    forgetMemos();
    const freshA = parts(a);
    const freshB = parts(b);
    assert.ok(freshA.length === 2 && freshB.length === 2, `${freshA.join(',')} / ${freshB.join(',')}`);
    for (let k = 0; k < 2; k++) {
      assert.deepEqual(parts(a), freshA);
      assert.deepEqual(parts(b), freshB);
    }
    // The sums differ only in the total's figure: a remembered reading of one document is rebuilt on the other's figures.
    const sum = (text: string) => analyze(text).findings.filter((f) => f.code === 'sum-mismatch').map((f) => text.slice(f.span.start, f.span.end));
    assert.deepEqual(sum(a), []);
    assert.deepEqual(sum(b), ['99.0万人']);
  });

  it('reads a sentence\'s claims again in its own document: the same sentence under another year\'s heading is that year\'s (s49)', () => {
    const a = '一、2022年经济运行情况\n全年地区生产总值120亿元，增长5.0%。\n';
    const b = '一、2023年经济运行情况\n全年地区生产总值120亿元，增长5.0%。\n';
    const c = '一、2023年经济运行情况\n前言。\n全年地区生产总值120亿元，增长5.0%。\n';
    const claims = (text: string) => analyze(text).claims.map((x) => JSON.stringify(x));
    forgetMemos();
    const fresh = [a, b, c].map(claims);
    assert.ok(fresh[0]?.[0]?.includes('"year":2022') && fresh[1]?.[0]?.includes('"year":2023'), fresh.flat().join(' '));
    for (let k = 0; k < 2; k++) assert.deepEqual([a, b, c].map(claims), fresh);
  });
});
