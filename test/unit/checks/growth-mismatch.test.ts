import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFixture } from '../fixtures';
import { applyFix, covered, findingsOf } from '../markers';
import { at } from '../../at';

const CODE = 'growth-mismatch';
const ACTUAL = '一、2022年国民经济和社会发展计划执行情况\n';
const TARGET = '二、2023年主要预期目标\n';

test('text vs text: one indicator and year with two growth rates', () => {
  const text = `${ACTUAL}全年固定资产投资增长11.6%。\n（二）投资\n全年完成固定资产投资88.9亿元，同比增长12.6%。\n`;
  const fs = findingsOf(text, CODE);
  assert.equal(fs.length, 1);
  const f = at(fs, 0);
  assert.equal(covered(text, f), '12.6%');
  assert.equal(text.slice(at(f.related, 0).span.start, at(f.related, 0).span.end), '11.6%');
  assert.match(f.message.zh, /12\.6%.*11\.6%/);
  assert.match(f.message.en, /12\.6%.*11\.6%/);
  assert.equal(f.severity, 'error');
});

test('both fix directions are offered and each removes the finding', () => {
  const text = `${ACTUAL}全年固定资产投资增长11.6%。\n全年完成固定资产投资88.9亿元，同比增长12.6%。\n`;
  const f = at(findingsOf(text, CODE), 0);
  assert.equal(f.fixes.length, 2);
  const toFirst = applyFix(text, at(f.fixes, 0));
  const toSecond = applyFix(text, at(f.fixes, 1));
  assert.ok(toFirst.includes('同比增长11.6%'));
  assert.ok(toSecond.includes('投资增长12.6%'));
  assert.deepEqual(findingsOf(toFirst, CODE), []);
  assert.deepEqual(findingsOf(toSecond, CODE), []);
});

test('text vs table: the table row disagrees with the text (000 with one cell changed)', () => {
  const original = readFixture('000_4030585dcbde8695.txt');
  assert.deepEqual(findingsOf(original, CODE), [], 'the real 000 agrees with its table');
  // 表1 row 2 (固定资产投资) actual growth 11.6 → 12.6
  const text = original.replace('\t预期性\n\t8\n\t11.6\n', '\t预期性\n\t8\n\t12.6\n');
  assert.notEqual(text, original);
  const fs = findingsOf(text, CODE);
  assert.ok(fs.length >= 1);
  assert.ok(fs.some((f) => covered(text, f) === '12.6' || f.related.some((r) => text.slice(r.span.start, r.span.end) === '12.6')));
  const fix = at(fs, 0).fixes.find((x) => x.edits.some((e) => text.slice(e.span.start, e.span.end) === '12.6'));
  assert.ok(fix, 'a fix rewrites the table cell');
  assert.equal(at(fix.edits, 0).newText, '11.6', 'a table cell gets a bare number');
});

test('a fall and a rise of the same size disagree', () => {
  const text = `${ACTUAL}工业用电量下降3.2%。\n全年工业用电量增长3.2%。\n`;
  assert.equal(findingsOf(text, CODE).length, 1);
});

test('percentage-point changes are compared too', () => {
  const text = `${ACTUAL}城镇化率达到45%，提高1.6个百分点。\n城镇化率提高1.2个百分点。\n`;
  assert.equal(findingsOf(text, CODE).length, 1);
});

test('not flagged: target vs actual, different years, populations, scopes, bounds, bases', () => {
  const cases = [
    `${ACTUAL}地区生产总值增长2.3%。\n${TARGET}地区生产总值增长6.5%左右。\n`, // actual vs target
    `${ACTUAL}地区生产总值增长2.3%。\n2021年地区生产总值增长8.1%。\n`, // another year named
    `${ACTUAL}城镇居民人均可支配收入增长1.6%。\n全体居民人均可支配收入增长10.5%。\n`, // different populations
    `${ACTUAL}工业增加值增长5.1%。\n规模以上工业增加值增长6.2%。\n`, // 工业 vs 规上工业
    `${ACTUAL}地区生产总值增长2.3%。\n上半年地区生产总值增长1.1%。\n`, // sub-year scope
    `${ACTUAL}固定资产投资增长11.6%。\n${TARGET}固定资产投资增长18%以上。\n`, // target bound
    `${ACTUAL}税收收入增长2.1%。\n税收收入增长2%左右。\n`, // approximation
    `${ACTUAL}地区生产总值增长2.3%。\n地区生产总值增长2.3%。\n`, // same value restated
    `${ACTUAL}城镇化率提升至45%。\n城镇化率提升至46%。\n`, // levels, not growth (value-mismatch's job)
    `${ACTUAL}一、二、三产业增加值分别增长3.7%、2.6%、1.9%。\n第一产业增加值增长3.7%。\n`, // list position agrees
  ];
  for (const t of cases) assert.deepEqual(findingsOf(t, CODE).map((f) => f.message.zh), [], t);
});

const TABLE = (rural: string): string =>
  '| 指标 | 单位 | 目标 | 完成 | 增长 |\n| --- | --- | --- | --- | --- |\n' +
  '| 城镇居民人均可支配收入 | 元 | 45000 | 44860 | 4.6% |\n' +
  `| 农村居民人均可支配收入 | 元 | 22000 | 22150 | ${rural} |\n\n`;

test('text vs a Markdown table whose growth column writes % in the cells; the year comes from the part', () => {
  const text = `## ${ACTUAL}\n${TABLE('7.9%')}农村居民人均可支配收入22150元，增长6.9%。\n`;
  const fs = findingsOf(text, CODE);
  assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message.zh)));
  assert.equal(covered(text, at(fs, 0)), '6.9%');
  assert.deepEqual(findingsOf(`## ${ACTUAL}\n${TABLE('6.9%')}农村居民人均可支配收入22150元，增长6.9%。\n`, CODE), []);
  // Both fixes keep each place's own form: `7.9%` in the text, `6.9%` in a cell written with %.
  const [toTable, toText] = at(fs, 0).fixes.map((f) => applyFix(text, f));
  assert.ok(toTable !== undefined && toText !== undefined);
  assert.ok(toTable.includes('增长7.9%。') && !toTable.includes('%%'), toTable);
  assert.ok(toText.includes('| 6.9% |'), toText);
  assert.deepEqual(findingsOf(toTable, CODE), []);
  assert.deepEqual(findingsOf(toText, CODE), []);
});

test('not flagged: a growth table in the plan part against the actual in the review part', () => {
  const text = `## ${ACTUAL}\n农村居民人均可支配收入22150元，增长6.9%。\n\n## ${TARGET}\n${TABLE('7.9%')}`;
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('the three corpus reports have no growth contradiction', () => {
  for (const name of ['000_4030585dcbde8695.txt', '001_d0fe4f7f7cc8ad9c.txt', '003_7e2e0f9dafc359a0.txt']) {
    assert.deepEqual(findingsOf(readFixture(name), CODE).map((f) => f.message.zh), [], name);
  }
});

// Found by probing hand-written reports: two rates that do not contradict each other.
test('not flagged: rates on different bases (同口径, 名义/实际, 年均, 较2019年) and comparisons with a benchmark', () => {
  const cases = [
    // 比上年 and 同口径 are two measures of one revenue.
    '一般公共预算收入16.8亿元，比上年增长6.8%，同口径增长9.2%。',
    // 名义 and 实际 for urban and rural incomes: four rates, none contradicting another.
    '城镇居民人均可支配收入45210元，名义增长5.9%，扣除价格因素后实际增长5.5%；农村居民人均可支配收入21890元，名义增长6.5%，扣除价格因素后实际增长6.1%。',
    // 年均 rates of two indicators.
    '地区生产总值从2018年的198.4亿元增加到285.6亿元，年均增长6.3%；一般公共预算收入从11.9亿元增加到16.8亿元，年均增长7.1%。',
    // Growth against the previous year and against 2019.
    '全年接待国内外游客1520万人次，比上年增长31.2%，较2019年增长8.5%。',
    // Differences from a benchmark belong to no indicator of their own.
    '地区生产总值增长5.8%，高于全市平均水平0.4个百分点。规模以上工业增加值增长9.1%，高于全市平均水平1.5个百分点。',
  ];
  for (const c of cases) assert.deepEqual(findingsOf(ACTUAL + c + '\n', CODE).map((f) => f.message.zh), [], c);
});

test('not flagged: a table cell -3.5 and the text 下降3.5%', () => {
  const table = '| 指标 | 完成增长（%） |\n| --- | --- |\n| 单位地区生产总值能耗 | -3.5 |\n\n';
  assert.deepEqual(findingsOf(`## ${ACTUAL}\n${table}单位地区生产总值能耗下降3.5%。\n`, CODE), []);
  // …while -3.0 against 下降3.5% is still a contradiction.
  assert.equal(findingsOf(`## ${ACTUAL}\n${table.replace('-3.5', '-3.0')}单位地区生产总值能耗下降3.5%。\n`, CODE).length, 1);
});

test('not flagged: 预计 in the review part (an estimate) against the target column of its year', () => {
  const table = '| 指标 | 2022年目标增长 | 2022年预计增长 |\n| --- | --- | --- |\n| 地区生产总值 | 7% | 6.3% |\n\n';
  const text = `## ${ACTUAL}\n预计全年实现地区生产总值212.4亿元，增长6.3%。\n\n${table}`;
  assert.deepEqual(findingsOf(text, CODE), []);
  // The estimate column and the estimate in the text are compared with each other.
  assert.equal(findingsOf(text.replace('| 6.3% |', '| 6.8% |'), CODE).length, 1);
});

test('table rows in % with a 单位 column: growth rows meet the text, estimates meet estimates', () => {
  const table =
    '| 指标 | 单位 | 2022年计划 | 2022年预计完成 | 属性 |\n| --- | --- | --- | --- | --- |\n' +
    '| 地区生产总值增长 | % | 6 | 5.8 | 预期性 |\n| 城镇调查失业率 | % | 5.5以内 | 5.2 | 预期性 |\n\n';
  assert.equal(findingsOf(`## ${ACTUAL}\n预计全年地区生产总值增长6.1%。\n\n${table}`, CODE).length, 1);
  assert.deepEqual(findingsOf(`## ${ACTUAL}\n预计全年地区生产总值增长5.8%。\n\n${table}`, CODE), []);
  // The plan column (6%) is a target: no contradiction with the estimate.
  assert.deepEqual(findingsOf(`## ${ACTUAL}\n预计全年地区生产总值增长5.8%，低于年初计划。\n\n${table}`, CODE), []);
});

test('not flagged: 左右 after a 分别 list qualifies every item (分别增长6%和7.5%左右)', () => {
  const text = `${TARGET}城乡居民人均可支配收入分别增长6%和7.5%左右。\n（一）民生\n城镇居民人均可支配收入增长6.2%。\n`;
  assert.deepEqual(findingsOf(text, CODE), []);
  // Without the qualifier the two figures do contradict.
  assert.equal(findingsOf(text.replace('7.5%左右', '7.5%'), CODE).length, 1);
});

// ------------------------------------------------------------------ real budget releases (our figures)

const LEVELS_REPORT = (whole: string, own: string): string =>
  `${ACTUAL}（一）全区收支完成情况\n1—9月，全区一般公共预算收入完成36.2亿元，为预算的98%，同比增长${whole}。\n（二）区本级收支完成情况\n1—9月，区本级财政收入完成41.5亿元。其中：一般公共预算收入完成24.8亿元，同比增长${own}。\n`;

test('全区 and 本级 sections of a budget release are different scopes, even when a sentence does not say so', () => {
  assert.deepEqual(findingsOf(LEVELS_REPORT('12.4%', '13.1%'), CODE), []);
  // Inside one section the two rates still contradict each other.
  const text = `${ACTUAL}（一）全区收支完成情况\n全区一般公共预算收入完成36.2亿元，同比增长12.4%。全区一般公共预算收入同比增长13.1%，增速较上半年回落。\n区本级财政收入另见附表。\n`;
  assert.equal(findingsOf(text, CODE).length, 1);
});

test('a comparison base or a budget stage is no indicator (比2021年决算数增长…, 可比增长…)', () => {
  const text = `${ACTUAL}本级收入51260万元，比报告数51200万元增加60万元，比2021年决算数下降21.3%。\n转移性收入412800万元，比2021年决算数增长16.9%。\n农林牧渔业增加值28.4亿元，可比增长3.6%。工业增加值41.2亿元，可比增长6.1%。\n`;
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('a scope written with the level (（同口径）, （自然口径）) holds for the growth after it', () => {
  const text = `${ACTUAL}地方一般公共预算收入完成32013万元（自然口径），占调整预算105.47%，同比增长10.85%。税务部门完成13866万元。地方一般公共预算收入（同口径）完成30161万元，同比增长14.6%。\n`;
  assert.deepEqual(findingsOf(text, CODE), []);
  // Without a written scope the two rates of one indicator still contradict each other.
  const plain = `${ACTUAL}地方一般公共预算收入完成32013万元，同比增长10.85%。另据统计，地方一般公共预算收入同比增长14.6%。\n`;
  assert.equal(findingsOf(plain, CODE).length, 1);
});

test('one name under two totals (其中税收收入 of 财政总收入 and of 一般公共预算收入) is two scopes', () => {
  const text = `${ACTUAL}财政总收入21.46亿元，比上年增长41.2%，其中税收收入18.52亿元，比上年增长40.3%。一般公共预算收入14.18亿元，比上年增长50.1%，其中税收收入11.2亿元，比上年增长51.6%。\n`;
  assert.deepEqual(findingsOf(text, CODE), []);
  assert.deepEqual(findingsOf(text, 'value-mismatch'), []);
});

test('one crop named in an area list and an output list: the two rates measure different things', () => {
  const text = `${ACTUAL}全年农作物播种面积42000公顷。其中，玉米18000公顷，同比增长2.1%；薯类520公顷，同比下降48.50%。\n全年粮食总产量21万吨。其中，玉米15.2万吨，同比增长3.4%；薯类3300吨，同比下降55.10%。`;
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('does not give the point change of a sector share to the GDP the share is of', () => {
  const text = `${ACTUAL}全省生产总值3120.4亿元，比上年增长8.2%，增速比上年提高2.6个百分点。第三产业增加值占全省生产总值的比重为46.3%，比上年提高1.1个百分点。\n`;
  assert.deepEqual(findingsOf(text, CODE), []);
});

// ------------------------------------------------------------------ how sure: a typing slip or two quantities

test('two rates one slip apart (a digit, a swap, the sign) are an error', () => {
  for (const [a, b] of [['增长6.4%', '增长6.9%'], ['增长5.2%', '增长2.5%'], ['增长3.7%', '下降3.7%']]) {
    const text = `${ACTUAL}全年社会消费品零售总额${a}。\n（三）消费\n全年社会消费品零售总额${b}。\n`;
    assert.deepEqual(findingsOf(text, CODE).map((f) => f.severity), ['error'], `${a} / ${b}`);
  }
});

test('two rates that differ everywhere are shown as information, with the reason', () => {
  // 8.3 vs 5.6: more often a 可比 and a 现价 rate, or two scopes, than one figure mistyped.
  const text = `${ACTUAL}全年社会消费品零售总额增长8.3%。\n（三）消费\n全年社会消费品零售总额增长5.6%。\n`;
  const fs = findingsOf(text, CODE);
  assert.deepEqual(fs.map((f) => f.severity), ['info']);
  assert.match(at(fs, 0).message.zh, /不止一位数字/);
  assert.match(at(fs, 0).message.en, /more than one digit/);
});

test('a rate in a breakdown sentence whose own subject was not read is of no known scope', () => {
  assert.deepEqual(findingsOf(ACTUAL + '效益改善面扩大。上半年，全区规模以上工业重点行业实现营业收入31.4亿元，同比增长16.0%，占全部规上工业营业收入的90.8%；实现利润总额8.4亿元，同比增长12.6%。其中，效益较好的行业依次为：纺织业实现营业收入2.6亿元，同比增长18.1%，实现利润总额0.41亿元，同比增长16.2%；化学工业实现营业收入9.7亿元，同比增长22.4%，实现利润总额2.2亿元，同比增长47.5%。', CODE), []);
});

test('not flagged: the same indicator restated without a part of the territory (不含…计算)', () => {
  // A district reports its population with and without the zone it hosts: two quantities.
  const text = `${ACTUAL}年末全区常住人口86.30万人，增长0.4%。其中城镇人口61.20万人。\n不含临港片区计算，年末常住人口70.15万人，增长0.2%。\n`;
  assert.deepEqual(findingsOf(text, CODE), []);
  // Without the words, the same restatement is a contradiction.
  const plain = `${ACTUAL}年末全区常住人口86.30万人，增长0.4%。其中城镇人口61.20万人。\n年末全区常住人口86.30万人，增长0.2%。\n`;
  assert.equal(findingsOf(plain, CODE).length, 1);
});

test('a bare 总产量 after a crop\'s area is that crop\'s: two crops are no one indicator', () => {
  const text = `${ACTUAL}粮食种植面积31.2万亩，下降2.1%；总产量10.4万吨，下降2.5%。蔬菜种植面积18.6万亩，增长3.2%；总产量27.3万吨，下降2.6%。\n`;
  assert.deepEqual(findingsOf(text, CODE), []);
  // Named with its crop, one indicator stated twice is still held to one growth.
  const named = `${ACTUAL}粮食总产量10.4万吨，下降2.5%。\n全年粮食总产量10.4万吨，下降2.6%。\n`;
  assert.equal(findingsOf(named, CODE).length, 1);
});

// Each 三公 item compared with last year's actual spending (`比2010年实际支出X`): the base names no indicator.
test('last year\'s actual spending named as the base gives no indicator to the changes after it', () => {
  assert.deepEqual(findingsOf('2012年，我局“三公经费”支出预算总额412.30万元，比2011年实际支出538.60万元，减少126.30万元，降低23.45%。其中：\n\n公务接待费38万元，比2011年实际支出52.40万元，减少14.40万元，降低27.48%。', CODE), []);
});

test('changes after two different levels of one indicator are the changes of two subjects (以上 / 以下 classes)', () => {
  const text = `${ACTUAL}年吞吐量5000吨以上的码头有32个，完成吞吐量占全市码头吞吐量的96.4%，占比较上年下降0.3个百分点。年吞吐量5000吨以下的码头有118个，完成吞吐量占全市码头吞吐量的3.6%，占比较上年提高0.3个百分点。\n`;
  assert.deepEqual(findingsOf(text, CODE).filter((f) => f.severity !== 'info'), []);
  // One level stated twice with two changes is still one subject.
  const same = `${ACTUAL}全市码头完成吞吐量占全省港口吞吐量的36.4%，占比较上年下降0.3个百分点。\n（二）港口\n全市码头完成吞吐量占全省港口吞吐量的36.4%，占比较上年提高0.3个百分点。\n`;
  assert.equal(findingsOf(same, CODE).filter((f) => f.severity === 'error').length, 1);
});

test('每亩产量 after a crop\'s 单产 is that crop\'s yield: two crops\' yields are no one indicator', () => {
  const src = '2020年，全省粮食作物单产386公斤/亩，每亩产量比上年增加0.8公斤，增长0.2%。\n2020年，全省谷物单产426公斤/亩，每亩产量比上年增加1.7公斤，增长0.4%。';
  assert.deepEqual(findingsOf(src, 'growth-mismatch'), []);
});

test('every item of a target list announced with a colon is a target, past each `；`', () => {
  const head = '一、2023年国民经济和社会发展计划执行情况\n';
  const targets = '市人大会议批准的2023年全市经济和社会发展主要调控目标是：地区生产总值增长7%；财政总收入增长9%，其中地方财政收入增长9%；社会消费品零售总额增长8%；外贸出口增长10%。\n';
  const actuals = '2023年是极不平凡的一年。据统计，全年实现地区生产总值1234.5亿元，增长7.6%；财政总收入108.6亿元，增长12.2%；社会消费品零售总额增长9%；外贸出口增长12%。';
  assert.deepEqual(findingsOf(head + targets + actuals, 'growth-mismatch'), []);
});
