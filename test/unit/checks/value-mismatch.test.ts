import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, marked, spansOf } from '../markers';
import { readFixture, CORPUS } from '../fixtures';
import { at } from '../../at';

const CODE = 'value-mismatch';
const HEAD = '一、2022年国民经济和社会发展计划执行情况\n';

function flags(src: string): void {
  const m = marked(src);
  const found = findingsOf(m.text, CODE);
  assert.deepEqual(spansOf(found), m.spans, JSON.stringify(found.map((f) => f.message.zh)));
}

// ------------------------------------------------------------------ must flag

test('flags GDP stated with two levels', () => {
  flags(HEAD + '实现地区生产总值231.7亿元，同比增长2.3%。\n全年地区生产总值⟦238.7亿元⟧。');
});

test('flags a balance updated in one place only', () => {
  flags(HEAD + '金融机构存款余额334.8亿元，同比增长16.2%。\n年末金融机构存款余额⟦343.8亿元⟧。');
});

test('flags counts of people that differ', () => {
  flags(HEAD + '实现城镇新增就业5327人。\n全年城镇新增就业⟦5372人⟧，失业人员就业1982人。');
});

test('flags an approximation far from the figure', () => {
  flags(HEAD + '实现一般公共预算收入15.1亿元。\n一般公共预算收入⟦约20亿元⟧。');
});

test('message names both sides and the line; related to the other mention', () => {
  const text = HEAD + '实现地区生产总值231.7亿元，同比增长2.3%。\n全年地区生产总值238.7亿元。';
  const f = at(findingsOf(text, CODE), 0);
  assert.match(f.message.zh, /地区生产总值 2022年数值前后不一致：此处为 238.7亿元，第 2 行为 231.7亿元（相差 \+7亿元）/);
  assert.equal(f.related.length, 1);
  assert.equal(f.severity, 'error');
});

test('both fixes (either direction) remove the finding', () => {
  const text = HEAD + '实现地区生产总值231.7亿元，同比增长2.3%。\n全年地区生产总值2387000万元。';
  const f = at(findingsOf(text, CODE), 0);
  assert.equal(f.fixes.length, 2);
  assert.equal(at(at(f.fixes, 0).edits, 0).newText, '2317000万元');
  assert.equal(at(at(f.fixes, 1).edits, 0).newText, '238.7亿元');
  for (const fix of f.fixes) assert.deepEqual(findingsOf(applyFix(text, fix), CODE), [], fix.title.zh);
});

// ------------------------------------------------------------------ must not flag

test('does not flag equal values in different units (6000亩 vs 0.6万亩)', () => {
  flags(HEAD + '粮食播种面积6000亩。\n全年粮食播种面积0.6万亩。');
});

test('does not flag the same figure at different precision (231.7 vs 231.72 vs 232)', () => {
  flags(HEAD + '地区生产总值231.7亿元。\n地区生产总值231.72亿元。\n地区生产总值232亿元。');
});

test('does not flag a target against an actual', () => {
  flags(HEAD + '实现地区生产总值231.7亿元。\n二、2023年主要预期目标\n力争地区生产总值达到250亿元。');
});

test('does not flag different years', () => {
  flags(HEAD + '2021年地区生产总值226.5亿元。\n2022年地区生产总值231.7亿元。');
});

test('does not flag different populations (城镇 vs 全体 vs 农村)', () => {
  flags(HEAD + '城镇居民人均可支配收入33298元，农村居民人均可支配收入13789元，全体居民人均可支配收入25000元。');
});

test('does not flag 规上工业 vs 工业', () => {
  flags(HEAD + '工业总产值60.5亿元。\n规模以上工业总产值31亿元。');
});

test('does not flag bounds (以上, 突破)', () => {
  flags(HEAD + '一般公共预算收入15亿元以上。\n一般公共预算收入15.1亿元。\n一般公共预算收入突破10亿元。');
});

test('does not flag an approximation close to the figure', () => {
  flags(HEAD + '一般公共预算收入15.1亿元。\n一般公共预算收入约15亿元。');
});

test('does not flag generic heads that recur for different projects (年度投资, 总投资)', () => {
  flags(HEAD + '计划实施全社会固定资产投资项目396个，年度投资141亿元。\n计划实施重点项目230个，年度投资136亿元。');
});

test('leaves a 万/亿 slip to magnitude-suspect', () => {
  flags(HEAD + '一般公共预算收入15.1亿元。\n一般公共预算收入15.1万元。');
});

// Tables: a 单位 column, or the unit in the header; year and status from header or part.
const UNIT_TABLE = (rural: string): string =>
  '| 指标 | 单位 | 2022年目标 | 2022年完成 | 比上年增减 |\n| --- | --- | --- | --- | --- |\n' +
  '| 地区生产总值 | 亿元 | 240 | 231.7 | 5.2 |\n' +
  `| 农村居民人均可支配收入 | 元 | 15000 | ${rural} | 900 |\n\n`;

test('flags a table cell (单位 column) that differs from the text', () => {
  const text = `${HEAD}${UNIT_TABLE('14789')}农村居民人均可支配收入1.3789万元，增长7%。\n`;
  const found = findingsOf(text, CODE);
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message.zh)));
  assert.equal(text.slice(at(found, 0).span.start, at(found, 0).span.end), '1.3789万元');
  // Either fix keeps each place's own form: 万元 in the text, a bare number in the cell.
  const [toCell, toText] = at(found, 0).fixes.map((f) => applyFix(text, f));
  assert.ok(toCell !== undefined && toText !== undefined);
  assert.ok(toCell.includes('1.4789万元'), toCell);
  assert.ok(toText.includes('| 13789 |'), toText);
  assert.deepEqual(findingsOf(toCell, CODE), []);
  assert.deepEqual(findingsOf(toText, CODE), []);
});

test('flags a cell whose unit is in the header (完成（亿元）)', () => {
  const table = '| 指标 | 完成（亿元） |\n| --- | --- |\n| 地区生产总值 | 238.7 |\n\n';
  flags(`${HEAD}${table}全年实现地区生产总值⟦231.7亿元⟧。\n`);
});

test('does not flag tables that agree, targets, or change columns (增减)', () => {
  // 13789 元 = 1.3789万元; 240 is the target; 900 and 5.2 are changes, not levels.
  flags(`${HEAD}${UNIT_TABLE('13789')}农村居民人均可支配收入1.3789万元，增长7%。全年实现地区生产总值231.7亿元。\n`);
});

test('corpus: no value mismatch in the three reports (restated figures agree)', () => {
  for (const name of CORPUS) assert.deepEqual(findingsOf(readFixture(name), CODE).map((f) => f.message.zh), [], name);
});

test('does not merge subjects cut at a verb (建筑业企业实现利润总额 vs 工业企业实现利润总额)', () => {
  flags(HEAD + '规模以上工业企业实现利润总额28.4亿元，增长3.2%。资质以上建筑业企业实现利润总额2.1亿元，增长4.0%。');
  flags(HEAD + '全年货物进出口总额18.7亿元，增长6.5%。民营企业实现进出口总额15.2亿元，增长9.1%。');
});

test('still merges 全年实现地区生产总值 with 地区生产总值', () => {
  flags(HEAD + '全年实现地区生产总值231.7亿元。\n全县地区生产总值⟦238.7亿元⟧。');
});

test('budget books: 上级补助收入 of the fund budget is not the general budget one', () => {
  const general = '一般公共预算收入24.68亿元，加上上级补助收入38.46亿元，收入总计63.14亿元。\n';
  const fund = '全区政府性基金预算收入18.92亿元，加上上级补助收入1.26亿元，收入总计20.18亿元。\n';
  const capital = '全区国有资本经营预算收入1.52亿元，加上上级补助收入0.08亿元，收入总计1.60亿元。\n';
  flags(HEAD + general + fund + capital);
  // Within the general budget a restated figure is still compared.
  flags(HEAD + general + fund + '上级补助收入⟦36.46亿元⟧，比上年增加2.35亿元。\n');
});

test('figures in brackets after a budget total share its stage (年初预算为：…（税收收入…、非税收入…）)', () => {
  flags(HEAD + '县人大批准的年初预算为：一般公共预算收入80350万元（税收收入50210万元、非税收入30140万元）。\n（一）一般公共预算执行情况\n一般公共预算收入88435万元，完成调整预算的99.2%，较上年增长19.7%，其中：税收收入39029万元，下降12%；非税收入49406万元，增长67.1%。');
  // The same actual stated twice with two values is still a mismatch.
  flags(HEAD + '全年一般公共预算收入88435万元，其中税收收入39029万元。\n（一）税收\n全年税收收入⟦39092万元⟧，下降12%。');
});

test('a tax under 财政总收入 and a tax under 一般公共预算收入 are two amounts, even a paragraph apart', () => {
  const text = (own: string) =>
    [
      '一、2023年财政预算执行情况',
      '全年全县财政总收入完成30.50亿元，增长4.1%。税收收入完成24.10亿元，下降3.0%。',
      '一般公共预算收入完成数15.20亿元，增长6.2%。主要收入项目完成情况是：',
      `税收收入完成${own}，增长2.5%，其中增值税5.10亿元。`,
    ].join('\n');
  flags(text('10.30亿元'));
  // Under one aggregate, two values of its tax are a contradiction.
  flags('一、2023年财政预算执行情况\n一般公共预算收入完成数15.20亿元，增长6.2%。税收收入完成10.30亿元。\n全年税收收入⟦11.30亿元⟧，增长2.5%。');
});

test('the budget passed (批准年初…), its breakdown in the next sentences, and the outcome are three stages', () => {
  flags(
    '一、2022年预算执行情况\n区人大第四次会议批准年初一般公共预算收入65.20亿元。其中：本级收入35.10亿元，转移性收入30.10亿元。一般公共预算支出总计65.20亿元。其中：本级支出59.40亿元，转移性支出5.80亿元。2022年，区本级一般公共预算实际完成收入70.10亿元，其中：本级收入36.00亿元，转移性收入34.10亿元。支出70.10亿元，其中：本级支出56.30亿元，转移性支出13.80亿元。',
  );
});

test('does not compare one revenue counted before and after a fiscal reform (口径)', () => {
  flags('2025年财政体制改革前一般公共预算收入完成20.40亿元，其中：税收收入完成13.10亿元，非税收入完成7.30亿元。财政体制改革后一般公共预算收入完成15.90亿元，其中：税收收入完成9.20亿元，非税收入完成6.70亿元。');
});

test('flags the same revenue stated twice on one caliber', () => {
  flags('2025年财政体制改革后非税收入完成6.70亿元。2025年财政体制改革后非税收入完成⟦6.90亿元⟧。');
});

test('a figure in a breakdown sentence whose own subject was not read is of no known scope', () => {
  // The clause opens with its sector (`纺织业`), and the later `实现利润总额` is that sector's: the
  // engine reads no subject for it, so it never meets the whole region's profit.
  flags(HEAD + '效益改善面扩大。上半年，全区规模以上工业重点行业实现营业收入31.4亿元，同比增长16.0%，占全部规上工业营业收入的90.8%；实现利润总额8.4亿元，同比增长12.6%。其中，效益较好的行业依次为：纺织业实现营业收入2.6亿元，同比增长18.1%，实现利润总额0.41亿元，同比增长1.3倍；化学工业实现营业收入9.7亿元，同比增长22.4%，实现利润总额2.2亿元，同比增长47.5%。');
});

test('a restated total outside any breakdown still meets the first', () => {
  flags(HEAD + '效益改善面扩大。上半年，全区规模以上工业重点行业实现营业收入31.4亿元，同比增长16.0%；实现利润总额8.4亿元，同比增长12.6%。上半年，全区实现利润总额⟦8.7亿元⟧。');
});

test('a paragraph that opens on the own level (本级) under the same heading is another scope', () => {
  flags('一、2023年预算执行情况\n（一）一般公共预算\n全区收入总量1820.5亿元，为预算的121.4%。支出总量1796.2亿元，为预算的98.7%。\n自治区本级收入总量1604.3亿元，为预算的126.2%。其中，地方收入31.2亿元。支出总量1587.9亿元，为预算的97.1%。');
});

test('without a paragraph on the own level, the same total restated is still compared', () => {
  flags('一、2023年预算执行情况\n（一）一般公共预算\n全区收入总量1820.5亿元，为预算的121.4%。支出总量1796.2亿元，为预算的98.7%。\n全年支出总量⟦1769.2亿元⟧，保障有力。');
});

// ------------------------------------------------------------------ how sure: a typing slip or two quantities

test('two levels one digit apart, or with a dropped point, are an error', () => {
  for (const [a, b] of [['76.4亿元', '78.4亿元'], ['13.5亿元', '135亿元'], ['4320万元', '4230万元']]) {
    const text = `${HEAD}全年实现建筑业总产值${a}。\n（二）建筑业\n全年实现建筑业总产值${b}。\n`;
    assert.deepEqual(findingsOf(text, CODE).map((f) => f.severity), ['error'], `${a} / ${b}`);
  }
});

test('two levels that differ everywhere are shown as information: another caliber or stage is likelier', () => {
  const text = `${HEAD}全年实现建筑业总产值76.4亿元。\n（二）建筑业\n全年实现建筑业总产值81.9亿元。\n`;
  assert.deepEqual(findingsOf(text, CODE).map((f) => f.severity), ['info']);
});

test('the same indicator with a zone taken out (剔除…) or counted in (含…计算) is another quantity', () => {
  const text = '2021年全州一般公共预算收入108.36亿元，增长3.1%。剔除某经济区收入2.12亿元，2021年全州一般公共预算收入为106.24亿元，增长3.9%。';
  assert.deepEqual(findingsOf(text, 'value-mismatch'), []);
  assert.deepEqual(findingsOf(text, 'growth-mismatch'), []);
  // Without the caliber words the two are one indicator stated twice.
  assert.equal(findingsOf(text.replace('剔除某经济区收入2.12亿元，', ''), 'value-mismatch').length, 1);
  const zone = '2023年全区一般公共预算收入152.4亿元，增长6.2%。含某经开区计算，2023年全区一般公共预算收入171.9亿元，增长7.4%。';
  assert.deepEqual(findingsOf(zone, 'value-mismatch'), []);
});

// A figure and its conversion in brackets (`耕地13934.5公顷（20.9万亩）`): 1 公顷 = 15 亩, 1 平方公里 = 100 公顷.
test('a bracketed conversion into another unit of area must match the figure before it', () => {
  const found = (t: string) => findingsOf(t, CODE).map((f) => f.message.zh);
  assert.equal(found('（一）耕地8421.6公顷（⟦14.6万亩⟧）。其中，水田7302.45公顷（10.95万亩），占86.71%。'.replace(/[⟦⟧]/g, '')).length, 1);
  // Within the rounding of both figures, and the other way round (亩 first), nothing.
  assert.deepEqual(found('（一）耕地8421.6公顷（12.6万亩）。其中，水田7302.45公顷（10.95万亩），占86.71%。'), []);
  assert.deepEqual(found('全镇总面积52.6平方公里（7.89万亩），耕地600亩（40公顷）。'), []);
  // Cut rather than rounded (185185.05 亩 written 18.51万亩): one unit of the last digit is no mismatch.
  assert.deepEqual(found('其中水田12345.67公顷（18.51万亩）。'), []);
  assert.equal(found('其中水田12345.67公顷（18.49万亩）。').length, 1);
  // Three decimals, two units off (185185 亩 written 18.516万亩): under a thousandth, taken as written.
  assert.deepEqual(found('其中果园12345.67公顷（18.516万亩）。'), []);
  assert.equal(found('其中果园12345.67公顷（18.496万亩）。').length, 1);
  // One digit mistyped, however small the gap (185185 亩 written 185175亩), is a slip.
  assert.equal(found('其中果园12345.67公顷（185175亩）。').length, 1);
  const f = findingsOf('耕地600亩（48公顷）。', CODE)[0];
  assert.equal(f?.fixes[0]?.edits[0]?.newText, '40公顷');
});

// `职工医保基金收入A，其中：…，利息收入B。…城乡居民医保基金收入C，其中：…，利息收入D`: one name under two totals.
test('items named alike in the lists of two different totals are two quantities', () => {
  const text = '2023年一季度职工基本医疗保险基金收入3820万元，其中：基本医疗保险费收入3410万元，利息收入215万元，财政补贴收入195万元。2023年一季度城乡居民基本医疗保险基金收入98万元，其中：个人缴费收入51万元，利息收入21万元，其他收入26万元。';
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('an export-orders amount (外销订单金额) is an indicator whose two values for one month contradict each other', () => {
  flags('2019年5月外销订单金额402.6亿美元，年减4.1%。\n据统计，2019年5月外销订单金额为⟦420.6亿美元⟧，较去年同期减少4.1%。');
  flags('2019年5月外销订单金额402.6亿美元，年减4.1%。\n据统计，2019年5月外销订单金额为402.6亿美元，较去年同期减少4.1%。');
});

test('a sentence that opens on another territory carries it into its `；` clauses: no comparison with the report\'s own figures', () => {
  const national = '2023年全国棉花播种面积4180万亩，比上年下降3.1%；棉花单位面积产量136公斤/亩；棉花总产量561万吨。';
  flags(`${national}\n2023年，本省棉花播种面积820万亩；棉花单位面积产量148公斤/亩；棉花总产量121万吨。`);
  // Two sentences of the report's own territory still meet.
  flags('2023年，本省棉花播种面积820万亩；棉花单位面积产量148公斤/亩；棉花总产量121万吨。\n据调查，2023年棉花总产量为⟦127万吨⟧。');
});

test('the same indicator and period of two provinces, each named before its figure, are two subjects (s50)', () => {
  const text = '华南地区排名第一的省份是广东省2016年上半年规模以上工业企业亏损总额为186.2亿元，占华南地区的41%。\n华东地区排名第一的省份是江苏省2016年上半年规模以上工业企业亏损总额为172.4亿元，占华东地区的27%。\n';
  assert.deepEqual(findingsOf(text, CODE), []);
  // One province named twice with two values is still one subject.
  const same = text.replace('是江苏省2016年', '是广东省2016年');
  assert.equal(findingsOf(same, CODE).length, 1);
});
