import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPARISON, FISCAL_COMPONENT, OTHER_POPULATION, POPULATION_CLASS, ownLevel, populationIn, rankingPeers, subjectIn, withoutTerritoryPrefix, otherSubjectThan, rankedSubset, placeItems, lastProvinceIn } from '../../../server/src/analysis/cues/subjects';

/** clause before a figure (in a county report) → subject ('own', `territory:全市`, `part:某镇`). */
const CASES: [string, string][] = [
  ['全县地区生产总值', 'own'],
  ['地区生产总值', 'own'],
  ['我县规上工业增加值', 'own'],
  ['全市城镇居民人均可支配收入为', 'territory:全市'],
  ['全省规上工业增加值增长', 'territory:全省'],
  ['全国居民消费价格', 'territory:全国'],
  ['全省增长5.1%，我县增长', 'own'],
  ['青石工业园区实现营业收入', 'part:青石工业园区'],
  ['南岭镇财政收入', 'part:南岭镇'],
  ['东河经济开发区新增就业', 'part:东河经济开发区'],
  ['远航集团实现产值', 'part:远航集团'],
  ['城镇居民人均可支配收入', 'own'],
  ['推进乡村振兴，投入资金', 'own'],
  ['新型城镇化率', 'own'],
  ['特色小镇建设投资', 'own'],
];

function render(clause: string): string {
  const s = subjectIn(clause, '县') ?? { scope: 'own' as const };
  return s.scope === 'own' ? 'own' : `${s.scope}:${s.name}`;
}

test('cues/subjects: territorial prefixes, parts and the report itself', () => {
  for (const [clause, expected] of CASES) assert.equal(render(clause), expected, clause);
});

test('cues/subjects: the report’s own level is the prefix written most', () => {
  assert.equal(ownLevel('全县地区生产总值…全县…全市为…'), '县');
  assert.equal(ownLevel('我市…全省…'), '市');
  assert.equal(ownLevel('地区生产总值增长5%'), undefined);
});

test('cues/subjects: without a known own level, a prefix stays as written', () => {
  assert.deepEqual(subjectIn('全县地区生产总值', undefined), { scope: 'territory', name: '全县' });
});

test('cues/subjects: 户籍 and 常住', () => {
  assert.equal(populationIn('户籍人口'), '户籍');
  assert.equal(populationIn('常住人口城镇化率'), '常住');
  assert.equal(populationIn('城镇化率'), undefined);
  assert.equal(populationIn('户籍总人口134.9万人，比上年下降1.0%，其中城镇人口'), '户籍');
  assert.equal(populationIn('户籍人口下降，常住人口'), '常住');
});

test('cues/subjects: comparisons with another place are gaps, not values', () => {
  for (const pre of ['，比全市高', '，高于全省平均水平', '，快于全市', '，领先全省']) assert.ok(COMPARISON.test(pre), pre);
  for (const pre of ['，比上年提高', '，比年初增加', '，较2021年增长']) assert.ok(!COMPARISON.test(pre), pre);
});

test('a tax rebate is a grant, not a tax component of a fiscal aggregate', () => {
  for (const k of ['税收收入', '增值税', '非税收入', '稅收收入']) assert.ok(FISCAL_COMPONENT.test(k), k);
  for (const k of ['税收返还收入', '税收返还和转移支付补助收入', '返还性收入']) assert.equal(FISCAL_COMPONENT.test(k), false, k);
});

test('cues/subjects: an indicator key drops its territorial prefix, towns and banners too', () => {
  const rows: [string, string][] = [
    ['全县地区生产总值', '地区生产总值'],
    ['全镇生产总值', '生产总值'],
    ['全乡财政收入', '财政收入'],
    ['全旗粮食产量', '粮食产量'],
    ['我镇一般公共预算收入', '一般公共预算收入'],
    ['镇村道路里程', '镇村道路里程'],
    ['我院支出合计', '支出合计'],
    ['本单位收入总计', '收入总计'],
    ['院办公室经费', '院办公室经费'],
  ];
  for (const [words, key] of rows) assert.equal(withoutTerritoryPrefix(words), key, words);
});

/** [words before a count, words after it, a ranking's peers?] */
const PEERS: [string, string, boolean][] = [
  ['零售额在全省', '个地市中继续保持总量第一', true],
  ['在全国', '个省会城市中总量排第十位', true],
  ['在同类', '个开发区中位居前列', true],
  ['在全县', '个村中，已有80个村通公路', false], // a total with a subset
  ['全县共有', '个村，其中', false],
];

test('a count a ranking places the subject among is no total', () => {
  for (const [before, after, yes] of PEERS) assert.equal(rankingPeers(before, after), yes, before + '…' + after);
});

test('groups named like a population that are no total population', () => {
  for (const k of ['另有流动人口', '出生人口', '外出务工人口', '暫住人口', '我乡总贫困人口', '农村低保人口', '汉族人口', '各少数民族人口', '女性人口', '60周岁及以上老年人口']) assert.ok(OTHER_POPULATION.test(k), k);
  for (const k of ['辖区总人口', '户籍人口', '常住人口', '乡村人口']) assert.equal(OTHER_POPULATION.test(k), false, k);
  for (const k of ['会泽县农业人口', '非农业人口', '城镇人口', '農村人口']) assert.ok(POPULATION_CLASS.test(k), k);
  for (const k of ['辖区总人口', '户籍人口', '常住人口', '少数民族人口']) assert.equal(POPULATION_CLASS.test(k), false, k);
});

test('a whole named with the territory is no other subject\'s figure of that measure', () => {
  const cases: [string, string, boolean][] = [
    ['全县工业总产值', '全市县域工业集中区', true],
    ['全县工业总产值', '旬阳县生态工业集中区', true],
    ['全县工业总产值', '某某有限公司', true],
    ['全县工业总产值', '', false],
    ['全县工业总产值', '规模以上', false],
    ['建筑业总产值', '建筑业企业共完成', false], // no territory named: a longer name may still be it
  ];
  for (const [whole, prefix, other] of cases) assert.equal(otherSubjectThan(whole, prefix), other, `${whole} / ${prefix}`);
});

test('rankedSubset: a total named as the top of a ranking', () => {
  for (const k of ['前十位国家/地区实际投入外资', '前5名企业产值', '排名前20强企业营业收入']) assert.ok(rankedSubset(k), k);
  for (const k of ['实际利用外资', '十大产业产值']) assert.equal(rankedSubset(k), false, k);
});

test('items named only by a place (and the level\'s own 本级) are members of one list of places', () => {
  const cases: [string, string, boolean][] = [
    ['市本级资金', '米易县', true],
    ['东区资金 ', '盐边县', true],
    ['其中，城关镇', '河口乡', true],
    ['县本级', '开发区资金', true],
    ['市本级资金', '县级配套资金', false], // a level of funding, no place
    ['东区资金', '项目资金', false],
    ['米易县', '农村居民', false],
  ];
  for (const [a, b, want] of cases) assert.equal(placeItems(a, b), want, `${a} / ${b}`);
});

test('lastProvinceIn: the last province or autonomous region named before a figure (s50)', () => {
  const rows: [string, string | undefined][] = [
    ['华南地区排名第一的省份是广东省2016年上半年工业亏损额为', '广东省'],
    ['西南地区居首的是广西壮族自治区2016年', '广西壮族自治区'],
    ['全省规模以上工业', undefined],
    ['各省份平均', undefined],
    ['省级财政补助', undefined],
  ];
  for (const [words, want] of rows) assert.equal(lastProvinceIn(words), want, words);
});
