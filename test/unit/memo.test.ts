// The memos of the engine's pure text functions (analysis/memo.ts): an answer from the memo is the
// answer the function gives, the memo stays bounded, and an analysis never depends on what was
// analysed before it (a re-analysis of unchanged text sees the same findings as a first one).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { forgetMemos, memoOfText } from '../../server/src/analysis/memo';
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
});
