// Sentence splitting: 。！？, and a web page's ASCII full stop between words.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';

function sentencesOf(text: string): string[] {
  return analyze(text).sentences.map((s) => s.text);
}

const CASES: [string, string[]][] = [
  ['全县低保对象8340人，比上年增加3453人。其中城镇1139人。', ['全县低保对象8340人，比上年增加3453人。', '其中城镇1139人。']],
  // An ASCII full stop between words ends a sentence, as on many mirror pages.
  // (Sentences are read in the reading view: ASCII commas and colons read as full-width ones.)
  ['全县低保对象8340人,比上年增加3453人.其中:城镇1139人.', ['全县低保对象8340人，比上年增加3453人.', '其中：城镇1139人.']],
  ['增长14.3%.全年完成投资', ['增长14.3%.', '全年完成投资']],
  // Never inside a figure, and never after a numeral (a heading number).
  ['全年增长14.3%，完成投资2.5亿元。', ['全年增长14.3%，完成投资2.5亿元。']],
  ['一.基本情况', ['一.基本情况']],
  // Nor inside a compound unit: the dot of a person-month.
  ['城市低保标准为730元/人.月，农村为5120元/人.年。', ['城市低保标准为730元/人.月，农村为5120元/人.年。']],
];

test('sentences end at 。！？ and at an ASCII full stop between words', () => {
  for (const [text, want] of CASES) assert.deepEqual(sentencesOf(text), want, text);
});
