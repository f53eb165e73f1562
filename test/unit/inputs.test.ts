// Pure parts of the input readers: Word's list-number rendering, encoding detection and the
// map from extracted-text offsets back to paragraphs and pages.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeText } from '../../server/src/inputs/decodeText';
import { chineseCounting, formatCounter, renderLabel, type LevelFormat } from '../../server/src/inputs/listNumberFormat';
import { relocateText } from '../../server/src/inputs/relocateMessages';
import { describeLocation, ExtractedTextBuilder, quoteOf, sourceLocationAt } from '../../server/src/inputs/sourceLocation';

describe('Word list numbers', () => {
  test('chineseCounting reads like a person writes it', () => {
    assert.deepEqual([1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 115].map(chineseCounting), [
      '一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一百一十五',
    ]);
  });

  test('other formats Word uses in reports', () => {
    assert.equal(formatCounter(3, 'decimal'), '3');
    assert.equal(formatCounter(3, 'decimalEnclosedCircle'), '③');
    assert.equal(formatCounter(12, 'decimalFullWidth'), '１２');
    assert.equal(formatCounter(2, 'ideographTraditional'), '乙');
    assert.equal(formatCounter(28, 'lowerLetter'), 'ab');
    assert.equal(formatCounter(4, 'upperRoman'), 'IV');
    assert.equal(formatCounter(1, 'bullet'), '');
  });

  test('lvlText with the counters of outer levels, and the separator before the text', () => {
    const levels: LevelFormat[] = [
      { numFmt: 'chineseCounting', lvlText: '%1、', start: 1, suffix: 'tab' },
      { numFmt: 'chineseCounting', lvlText: '（%2）', start: 1, suffix: 'tab' },
      { numFmt: 'decimal', lvlText: '%1.%3', start: 1, suffix: 'space' },
      { numFmt: 'decimal', lvlText: '第%4章', start: 1, suffix: 'nothing' },
    ];
    assert.equal(renderLabel(levels, [3], 0), '三、');
    assert.equal(renderLabel(levels, [3, 12], 1), '（十二）');
    assert.equal(renderLabel(levels, [2, 1, 5], 2), '二.5 ');
    assert.equal(renderLabel(levels, [1, 1, 1, 7], 3), '第7章');
    assert.equal(renderLabel([{ numFmt: 'bullet', lvlText: '•', start: 1, suffix: 'tab' }], [1], 0), '');
  });
});

describe('text encodings', () => {
  const report = '一、总体情况\n全年生产总值增长5.2%。\n';
  test('BOMs name UTF-8 and UTF-16; the BOM is not part of the text', () => {
    for (const [bytes, encoding] of [
      [Buffer.from(`\ufeff${report}`), 'utf-8'],
      [Buffer.from(`\ufeff${report}`, 'utf16le'), 'utf-16le'],
      [Buffer.from(`\ufeff${report}`, 'utf16le').swap16(), 'utf-16be'],
    ] as const) {
      assert.deepEqual(decodeText(bytes), { ok: true, text: report, encoding });
    }
  });

  test('bytes that are not UTF-8 are GB18030; neither is a failure, not mojibake', () => {
    // 中国 in GB18030
    assert.deepEqual(decodeText(Buffer.from([0xd6, 0xd0, 0xb9, 0xfa])), { ok: true, text: '中国', encoding: 'gb18030' });
    assert.deepEqual(decodeText(Buffer.from('中国')), { ok: true, text: '中国', encoding: 'utf-8' });
    assert.equal(decodeText(Buffer.from([0x81, 0x20, 0xff, 0xff])).ok, false);
    assert.deepEqual(decodeText(Buffer.from([0xd6, 0xd0]), 'utf-8'), { ok: false, encoding: 'utf-8' });
  });
});

describe('source locations', () => {
  test('offsets map back to the block they came from, separators to the block before', () => {
    const out = new ExtractedTextBuilder();
    out.add('一、总体情况', { kind: 'paragraph', paragraph: 1, quote: quoteOf('一、总体情况') });
    out.add('| 指标 | 2024年 |', { kind: 'tableRow', table: 1, row: 1, quote: '指标' });
    out.add('全年生产总值增长5.2%，比上年加快0.3个百分点。', { kind: 'page', page: 2, line: 7 });
    const { text, segments } = { text: out.text, segments: out.segments };
    assert.equal(text.split('\n').length, 4);
    assert.deepEqual(sourceLocationAt(segments, 0), { kind: 'paragraph', paragraph: 1, quote: '一、总体情况' });
    assert.deepEqual(sourceLocationAt(segments, text.indexOf('\n')), { kind: 'paragraph', paragraph: 1, quote: '一、总体情况' });
    assert.equal(sourceLocationAt(segments, text.indexOf('2024'))?.kind, 'tableRow');
    const last = sourceLocationAt(segments, text.indexOf('5.2%'));
    assert.ok(last);
    assert.equal(describeLocation(last, 'en'), 'page 2, line 7');
    assert.equal(describeLocation(last, 'zh'), '第 2 页第 7 行');
    assert.equal(quoteOf('全年生产总值增长5.2%，比上年加快0.3个百分点。'), '全年生产总值增长5.2%…');
  });
});

describe('line references in messages', () => {
  test('"line N" of the extracted text becomes the place in the original; other numbers stay', () => {
    const out = new ExtractedTextBuilder();
    out.add('一、总体情况', { kind: 'paragraph', paragraph: 1, quote: '一、总体情况' });
    out.add('全年生产总值增长5.2%。', { kind: 'paragraph', paragraph: 2, quote: '全年生产总值增长5.2%。' });
    const starts = [0, out.text.indexOf('\n') + 1];
    const lineStart = (n: number): number | undefined => starts[n - 1];
    assert.equal(
      relocateText('Repeated sentence: already appears on line 2 (5.2% in 2024)', 'en', out.segments, lineStart),
      'Repeated sentence: already appears on paragraph 2 “全年生产总值增长5.2%。” (5.2% in 2024)',
    );
    assert.equal(relocateText('与第 1 行的句子完全相同', 'zh', out.segments, lineStart), '与第 1 段「一、总体情况」的句子完全相同');
    assert.equal(relocateText('on line 9', 'en', out.segments, lineStart), 'on line 9');
    assert.equal(relocateText('on line 2', 'en', [], lineStart), 'on line 2');
  });
});
