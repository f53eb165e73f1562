// Case table for cues/measures.ts: the measure a name ends in, and whether a 其中 part may belong
// to a total as far as their names tell. Adding a phrasing is one row here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { grossBalance, measureOf, namesRelate, nonAdditive, otherCountedThing, sameMeasure, namesSumsInsured, namesWithoutMeasure } from '../../../server/src/analysis/cues/measures';

const MEASURE_OF: [string, string | undefined][] = [
  ['一般公共预算收入', '收入'],
  ['税收收入', '收入'],
  ['增值税', '收入'],
  ['肉类总产量', '产量'],
  ['，禽肉产量', '产量'],
  ['粮食总产', '产量'],
  ['建筑业总产值', '产值'],
  ['全区实现销售产值', '销售产值'],
  ['出口交货值', '出口交货值'],
  ['共签订合同额', '合同额'],
  ['社会消费品零售总额', '零售额'],
  ['固定资产投资完成', '投资'],
  ['各项贷款余额', '贷款'],
  ['住户存款餘額', '存款'],
  ['民生支出', '支出'],
  ['整合资金', undefined], // funds are revenue, spending or investment alike
  ['地方配套', undefined],
  ['外贸进出口总额', '进出口'],
  ['完成港口货物吞吐量', '吞吐量'], // what a port handles, not what is carried (s48)
  ['完成货运量', '运量'],
  ['城镇', undefined], // a scope word: no measure of its own
  ['县本级', undefined],
  ['可用财力达', '财力'], // 达 is a verb after the name, like 达到
  ['综合財力', '财力'],
  ['所有者权益总额', '权益'],
  ['国有资本权益总额', '权益'],
  ['净资产', '权益'],
  ['负债总额', '负债'],
  ['资产总额', '资产'],
  ['行政事业单位国有资产', '资产'],
  ['', undefined],
];

test('the measure is the head noun at the end of a name, total and verb words dropped', () => {
  for (const [name, measure] of MEASURE_OF) assert.equal(measureOf(name), measure, name);
});

const SAME: [string, string][] = [
  ['公共财政预算收入', '税收收入'], // a member of the revenue
  ['肉类总产量', '禽肉产量'],
  ['社会消费品零售总额', '城镇消费品零售额'],
  ['固定资产投资', '工业投资'],
  ['一般公共预算收入', '城镇'], // the part inherits the total's measure
  ['转移性收入', '调入资金'], // funds fit any budget total
  ['计划总投资', '地方配套'],
  ['调入资金', '非税收入'], // a fund names no measure: any revenue may feed it
];

const OTHER: [string, string][] = [
  ['建筑业总产值', '合同额'], // a builder's contracts are no part of its output
  ['一般公共预算支出', '税收收入'],
  ['粮食总产量', '播种面积'],
  ['一般公共预算收入', '可用财力'], // what may be spent: revenue plus transfers, no kind of revenue
  ['家禽存栏', '肉鸡出栏'], // livestock on hand and livestock sold: a stock and a flow
];

test('a part with the total’s measure, or none of its own, may be a part', () => {
  for (const [total, part] of SAME) assert.equal(sameMeasure(total, part), true, `${total} ⊃ ${part}`);
});

test('a part that names another measure than its total is no sure part', () => {
  for (const [total, part] of OTHER) assert.equal(sameMeasure(total, part), false, `${total} / ${part}`);
});

test('names relate by one measure, a common head character or a common two-character word', () => {
  assert.equal(namesRelate('肉类总产量', '禽肉产量'), true);
  assert.equal(namesRelate('农民专业合作社', '国家级示范社'), true);
  assert.equal(namesRelate('医疗卫生机构', '村卫生室'), true);
  assert.equal(namesRelate('县乡自筹', '整合资金'), false);
  assert.equal(namesRelate('建筑业总产值', '共签订合同额'), false); // two measures
});

test('a radius, a distance, a height or a depth adds up to nothing', () => {
  for (const name of ['无线覆盖半径', '广播覆盖半径', '平均海拔', '运输距离', '水库最大深度', '产地收购价格为每公斤', '批发价格', '鲜果均价', '每公斤', '粮食亩产', '夏糧畝產', '水稻单产达到', '乔木林每公顷蓄积', '每亩化肥施用量']) assert.equal(nonAdditive(name), true, name);
  for (const name of ['公路通车里程', '农村公路', '管网长度', '播种面积', '大气污染深度治理投资', '深度贫困县', '价格补贴资金', '价格调节基金收入', '粮食总产', '亩产值超万元的设施农业面积']) assert.equal(nonAdditive(name), false, name);
  assert.equal(nonAdditive('河道平均宽度为'), true);
  // A rate per unit paid out (`补偿标准`) is no sum; a fund set by standards is.
  assert.equal(nonAdditive('每亩每年补偿标准'), true);
  assert.equal(nonAdditive('低保标准提高到'), true);
  assert.equal(nonAdditive('标准化厂房面积'), false);
});

test('two counted things with different head nouns', () => {
  const cases: [string, string, boolean][] = [
    ['累计建设充电桩共', '充电枪', true], // a post carries several guns
    ['学校', '小学', false], // a kind that keeps the whole's head
    ['充电桩', '公共充电桩', false],
    ['企业', '规模以上企业', false],
    ['医疗卫生机构', '村卫生室', false], // a kind with a head of its own
    ['光伏组件', '光伏电池', false], // no shared stem right before the head
    ['供水管网', '供水管道', true],
  ];
  for (const [t, p, want] of cases) assert.equal(otherCountedThing(t, p), want, `${t} / ${p}`);
});

test('grossBalance: gross assets and liabilities are consolidated, equity is not', () => {
  for (const name of ['养老基金资产总额', '负债总额', '地方养老基金资产总额', '银行业总资产', '資產總額達', '总负债为']) assert.equal(grossBalance(name), true, name);
  for (const name of ['权益总额', '净资产', '资产负债率', '固定资产投资', '国有资产收益', '总资产收益率']) assert.equal(grossBalance(name), false, name);
});

test('a sum insured (namesSumsInsured): the words right before the amount', () => {
  for (const w of ['从保险金额来看，全市共有', '提供风险保障', '總保額達', '承保金额为']) assert.equal(namesSumsInsured(w), true, w);
  for (const w of ['保费收入', '赔款与给付支出', '保险金额来看。全年保费']) assert.equal(namesSumsInsured(w), false, w);
});

test('namesWithoutMeasure: a total named without its measure word', () => {
  const rows: [string, string, boolean][] = [
    ['体育服务业', '体育服务业增加值', true],
    ['工业', '工业增加值', false], // too short to name one total
    ['体育服务业', '体育服务业从业人员', false], // another measure than a measure word
    ['体育服务业增加值', '体育服务业增加值', false],
  ];
  for (const [short, full, names] of rows) assert.equal(namesWithoutMeasure(short, full), names, `${short} / ${full}`);
});
