import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis';
import { applyEdits, findingsOf, marked, spanTexts } from '../markers';
import { CORPUS, readFixture } from '../fixtures';
import { at } from '../../at';

const CODE = 'malformed-number';
const HEAD = '一、2022年国民经济和社会发展计划执行情况\n';

function expectMarked(src: string): void {
  const { text, spans } = marked(src);
  const found = findingsOf(text, CODE);
  assert.deepEqual(spanTexts(text, found.map((f) => f.span)), spanTexts(text, spans), found.map((f) => f.message.zh).join('\n'));
}

// ---------------------------------------------------------------- flagged

test('two decimal points: flagged on the figure, with what is wrong and the probable value', () => {
  const src = '全年城镇居民人均可支配收入增长⟦14..3%⟧，农村居民增长6.1%。';
  expectMarked(src);
  const f = at(findingsOf(marked(src).text, CODE), 0);
  assert.equal(f.severity, 'warning');
  assert.match(f.message.zh, /“14\.\.3%”.*连续出现两个小数点.*可能应为“14\.3%”/);
  assert.match(f.message.en, /"14\.\.3%".*two decimal points.*probably "14\.3%"/);
});

test('many figures of one text unreadable the same way are information: a layout, not slips', () => {
  const few = HEAD + '收入3,0000万元，支出2,5000万元。';
  assert.deepEqual(findingsOf(few, CODE).map((f) => f.severity), ['warning', 'warning']);
  const many = HEAD + ['收入3,0000万元', '支出2,5000万元', '结余5,0000万元', '债务1,2000万元', '资产8,1000万元', '负债4,4000万元'].join('，') + '。';
  const found = findingsOf(many, CODE);
  assert.equal(found.length, 6);
  assert.ok(found.every((f) => f.severity === 'info'), found.map((f) => f.severity).join(' '));
  assert.match(at(found, 0).message.zh, /本文共有 6 个数字如此/);
  // Another kind beside them keeps its warning.
  assert.deepEqual(findingsOf(many + '增长14..3%。', CODE).filter((f) => f.severity === 'warning').length, 1);
});

test('a middle dot for the decimal point', () => {
  expectMarked('农村居民人均消费支出增长⟦1·8%⟧，城镇增长⟦2•5%⟧，全体增长⟦2・1万元⟧。');
  // Quoted, but no month·day (13 is no month): still a slipped point.
  expectMarked('全年增速为“⟦13·5%⟧”。');
});

test('grouping commas that do not mark every three digits', () => {
  expectMarked('安排专项资金⟦3,0000万元⟧，其中省级补助⟦12,3456元⟧。');
});

test('several decimal points, and a point with no decimals', () => {
  const src = '完成投资⟦1.2.3亿元⟧，增长⟦12.%⟧。';
  expectMarked(src);
  const [several, trailing] = findingsOf(marked(src).text, CODE);
  assert.ok(several !== undefined && trailing !== undefined);
  assert.match(several.message.zh, /多个小数点.*无法判断原意/);
  assert.deepEqual(several.fixes, [], 'no single reading: no fix');
  assert.match(trailing.message.zh, /小数点后没有数字.*“12%”.*漏了小数位/);
  assert.deepEqual(trailing.fixes, [], 'a missing digit cannot be guessed: no fix');
});

test('a stray comma between a grouped figure and its unit', () => {
  const src = '政府性基金预算支出⟦70,734,万元⟧，为预算的96%。';
  expectMarked(src);
  const f = at(findingsOf(marked(src).text, CODE), 0);
  assert.match(f.message.zh, /多了一个逗号.*可能应为“70,734万元”/);
  assert.equal(applyEdits(marked(src).text, at(f.fixes, 0).edits), '政府性基金预算支出70,734万元，为预算的96%。');
});

test('a space that splits one number (a page that broke a line inside it, or set the decimal point apart)', () => {
  // (`零售总额215 . 6亿元`: a decimal point set apart by spaces is one broken number too, never 6亿元; s48.)
  const cases: [string, RegExp][] = [
    ['年末全市总人口⟦68 3.42万人⟧，其中非农业人口41.15万人。', /被空格断开.*可能应为“683\.42万人”/],
    ['全区实现社会消费品零售总额⟦215 . 6亿元⟧，同比增长9.2%。其中，限额以上企业实现零售额61.24亿元。', /被空格断开.*可能应为“215\.6亿元”/],
  ];
  for (const [src, probably] of cases) {
    expectMarked(src);
    assert.match(at(findingsOf(marked(src).text, CODE), 0).message.zh, probably);
    // The split figure is no total: the part after 其中 is not held to what is left of it.
    assert.deepEqual(findingsOf(marked(src).text, 'sum-mismatch'), []);
  }
  // A year, a second cell or a number after a space are not one number.
  expectMarked('2021 5.87万人参加培训；收入 70 5.87万元；| 70 5.87万元 |；| 215 . 6亿元 |。');
  // Three digits after the space are a thousands group (`3 011.5亿元`), not a split.
  expectMarked('第二产业增加值3 011.5亿元。');
});

test('with a space before the unit, after ASCII punctuation, and in traditional script', () => {
  expectMarked('增长 ⟦14..3 %⟧,收入⟦1·8億元⟧;支出5.1萬元。');
});

// ---------------------------------------------------------------- never used in arithmetic

test('the malformed figure is no quantity: no piece of it (the 3% of 14..3%) enters a check', () => {
  const text = `${HEAD}全县地区生产总值增长14..3%。全县地区生产总值增长3%。`;
  const a = analyze(text);
  assert.deepEqual(a.quantities.map((q) => q.text), ['3%'], 'only the well-formed 3% is a quantity');
  assert.deepEqual(a.findings.filter((f) => f.code === 'growth-mismatch'), [], 'the 3% inside 14..3% is not compared with the other 3%');
  assert.equal(findingsOf(a, CODE).length, 1);
});

test('the fix writes the probable figure, and the finding is gone afterwards', () => {
  const text = '城镇居民增长14..3%，农村增长1·8%，资金3,0000万元。';
  let fixed = text;
  for (const f of findingsOf(text, CODE).reverse()) fixed = applyEdits(fixed, at(f.fixes, 0).edits);
  assert.equal(fixed, '城镇居民增长14.3%，农村增长1.8%，资金30000万元。');
  assert.deepEqual(findingsOf(fixed, CODE), []);
});

// ---------------------------------------------------------------- must not flag

const NOT_FLAGGED: readonly string[] = [
  '“11·08”专案告破，追回损失。',
  '5·12纪念活动在县城举行。',
  // A quoted month·day names a day even when a unit-like word follows it (人道, 万人行).
  '在“5·8人道公益日”活动中募集善款合计1.6亿元。',
  '“9·5万人行”募捐共收到善款320万元。',
  '2022.3.15召开全县经济工作会议。',
  '按照2022.03.15印发的方案执行。',
  '升级至V1.2.3版本，上线No.1服务。',
  '咨询电话0571-88888888，传真0571.8888.8888。',
  '根据《某县人民政府关于印发方案的通知》（某政发〔2022〕37号）。',
  '安排资金5.1万元，增长6.3%，完成1,100.9亿元，合计30,161万元。',
  '分别增长5.2%,6.3%,7.1%。',
  '分别为5,6个和7个。',
  '1.2.3 亿元以上项目的认定标准\n项目按规定认定。',
  '2.万人助企行动\n组织干部进企业。',
  '详见第1.2.3条。',
  '城镇居民人均可支配收入增长12.3%。农村居民增长8.1%。',
  '全年接待游客12.',
  '……增长中。5..。',
  '192.168.1.1地址',
  '上午10:30召开，结构比为9.3:41.0:49.7。',
  '增长5%，万元GDP能耗下降3%。',
  '完成5000，万元以上项目12个。',
];

for (const text of NOT_FLAGGED) {
  test(`not flagged: ${text.replace(/\n/g, '⏎')}`, () => {
    assert.deepEqual(findingsOf(text, CODE).map((f) => f.message.zh), []);
  });
}

test('corpus: no malformed figure in the three reports', () => {
  for (const name of CORPUS) assert.deepEqual(findingsOf(readFixture(name), CODE).map((f) => f.message.zh), [], name);
});

test('a small list number with a point inside a line, before a word that only starts like a unit (2.人口…), is no figure', () => {
  expectMarked('上一篇：（一）人口规模 下一篇：2.人口结构持续优化，老龄化程度加深。');
  expectMarked('年末全市户籍人口⟦2186.万人⟧，比上年增加1.2万人。');
  expectMarked('全年粮食产量增长⟦12.%⟧，比上年提高2个百分点。');
});

