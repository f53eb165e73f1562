// Case table for cues/cuts.ts: which 其中 lists may overlap (so their sum may exceed the total)
// and which are parallel parts of one cut. Adding a phrasing is one row here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesOverlap, countedIndustrySet, namesDoubleCount, opensOwnTotal, crossCutting, holdsClass, mixesTotals, overlapping, statesAmongThem, subtracted, offEstablishment, otherFundLevel, concludes, mayExceedItsTotal } from '../../../server/src/analysis/cues/cuts';

const OVERLAPPING: string[][] = [
  ['通过直接投资渠道入市', '通过“债券通”渠道入市', '同时通过两个渠道入市'], // an item in both others is their overlap (s50)
  ['工业投资', '民间投资'], // industry and ownership
  ['高技术产业投资', '制造业投资'], // a cross-cutting category
  ['民生支出', '教育支出'],
  ['一般公共预算收入', '税收收入'], // two levels of one hierarchy
  ['地方一般预算收入', '税收总收入'], // the older name of the budget revenue
  ['卫生技术人员', '执业（助理）医师', '注册护士（师）'],
  ['工业投资', '房地产开发投资', '基础设施投资'], // infrastructure counts power and water supply: industry
  ['亿元以上项目投资', '5000万元以上项目投资'], // thresholds nest, though named alike
  ['省重点项目投资', '市重点项目投资'],
  ['城镇人口', '少数民族人口'], // residence and nationality
  ['女党员', '少数民族党员'], // sex and nationality
  ['高速公路通车里程', '国道', '省道', '县道', '乡道', '村道'], // technical grade and administrative level
  ['农业人口', '劳动力'], // the labour force is people of the population
  ['固定资产投资', '设备投资'], // equipment bought is fixed-asset investment
  ['内资企业', '私营企业', '外资企业', '个体工商户'], // private firms are domestic firms
  ['已签约落地项目', '已开工项目'], // a started project was signed first
  ['副高职称', '中级职称', '具有博士学位的', '硕士学位的'], // titles and degrees
  ['涉农贷款', '小微企业贷款'], // a loan's purpose and its borrower's size
  ['合同台资', '实际利用台资'], // two stages of one investment: signed and arrived
  ['外销菜', '洋葱'], // vegetables sold outside, of every kind, and one kind
  ['协议引资', '到位资金'],
  ['来自内地的旅客', '个人游旅客'], // the individual visit scheme's visitors are mainland visitors
];

const PARALLEL: string[][] = [
  ['乡村振兴领域', '城市更新领域'], // one classifier word: declared one cut
  ['行政事业性收费收入', '罚没收入', '其他收入（生态环境损害赔偿金）'], // an aside names no cut
  ['执业（助理）医师', '注册护士（师）'],
  ['交通基础设施项目投资', '水利基础设施项目投资', '城市基础设施项目投资'], // one category names the set they divide
  ['地方公共财政预算收入', '税收返还、转移支付补助收入', '上年结余结转收入'], // a tax rebate is a grant, no tax
  ['国税收入', '地方财政收入'], // what the state tax office collects: no tax inside the local revenue
  ['工业废水', '城镇生活废水'], // domestic use in towns is a source beside industry, no residence cut (s50)
  ['工业用水', '乡村生活用水'],
  ['基础设施类完成投资', '产业类完成投资'], // one classifier word (类) before the measure: one cut
  ['省属国有企业', '市州及以下国有企业'], // levels of government: the province's firms and those below it
  ['县级以上财政资金', '县及以下配套资金'], // from the county up and from the county down
  ['城镇人口', '乡村人口'], // one cut: residence
  ['县级以上财政资金', '群众自筹资金'], // levels of government that pay, no size threshold
  ['省以上资金', '市级配套资金', '县级配套'],
  ['农业人口', '非农业人口'],
  ['男性', '女性'],
  ['汉族人口', '少数民族人口'],
  ['国道', '省道', '县道', '乡道', '村道'], // roads by administrative level
  ['高速公路', '一级公路', '二级公路', '等外公路'], // roads by technical grade
  ['高速公路完成投资', '普通国省道完成投资', '农村公路完成投资'], // 普通国省道: the ones that are no expressway
  ['在岗职工培训', '失业人员技能培训', '农村劳动力技能培训', '创业培训'], // trainees by group: one cut
  ['地厅级干部', '县处级干部', '乡科级及以下干部'], // ranks of cadres, the lowest closing the list
  ['完成铁路固定资产投资', '完成公路固定资产投资', '完成民航基本建设和技术改造投资'], // a sector's whole: construction and renovation
  ['乐透数字型彩票筹集公益金', '竞猜型彩票筹集公益金', '即开型彩票筹集公益金'], // lottery games by how they are drawn, no digital economy (s49)
];

test('lists from two cuts, a cross-cutting category or two levels may overlap', () => {
  for (const labels of OVERLAPPING) assert.equal(overlapping(labels), true, labels.join('/'));
});

test('parallel parts of one cut do not overlap', () => {
  for (const labels of PARALLEL) assert.equal(overlapping(labels), false, labels.join('/'));
});

test('a total word among some parts mixes totals and parts; shared by all it is part of their names', () => {
  assert.equal(mixesTotals(['农业产值', '林业产值', '合计']), true);
  assert.equal(mixesTotals(['电信业务总量', '邮政业务总量']), false);
  assert.equal(mixesTotals(['税收收入', '非税收入']), false);
  // 累计 inside one item's name before the measure every item ends with counts that item (s49).
  assert.equal(mixesTotals(['农田流失及埋没累计损失', '农业设施损失', '畜禽设施估计损失']), false);
  assert.equal(mixesTotals(['本月销售', '累计销售']), true);
  assert.equal(mixesTotals(['农田流失累计损失', '农业设施面积']), true);
});

test('a part counted with 有N个 is a kind among the parts before it; 有机… names a part', () => {
  assert.equal(statesAmongThem(['已执行', '，有']), true);
  assert.equal(statesAmongThem(['果业', '，有机茶叶', '，稻渔综合种养']), false);
  assert.equal(statesAmongThem(['，有']), false, 'the first part is no fact about earlier ones');
});


test('cross-cutting classes: thresholds and categories, not members of a cut', () => {
  for (const l of ['亿元以上项目', '民生支出', '高技术产业投资', '省重点项目', '旱涝保收面积', '高标准农田面积', '永久基本农田面积', '粮食生产功能区面积', '自然保护区面积', '地下水资源量', '不重复计算量', '大专学历']) assert.equal(crossCutting(l), true, l);
  for (const l of ['续建项目', '新开工项目', '工业投资', '住宿业', '地下水源供水量', '地表水资源量']) assert.equal(crossCutting(l), false, l);
});

test('a double count named beside a list (namesDoubleCount)', () => {
  for (const t of ['，两区重复计算量4.7亿立方米', '扣除重复计算量后', '與地表水重複計算量', '不重复计算的人数']) assert.equal(namesDoubleCount(t), true, t);
  for (const t of ['，重点项目12个', '，复工复产企业320家', '重复建设项目']) assert.equal(namesDoubleCount(t), false, t);
});

test('classes inside another class of the same list (holdsClass: outer, inner)', () => {
  const cases: [string, string, boolean][] = [
    ['一般公共预算收入', '地方税收收入', true],
    ['谷物', '玉米', true],
    ['卫生技术人员', '执业（助理）医师', true],
    ['税收收入', '增值税、营业税、所得税三大税种税收', true],
    ['税收收入', '增值税', true],
    ['农业特产税', '烤烟特产税', true],
    ['建设用地面积', '已建成区域用地面积', true], // what is built lies inside what is to be built
    ['计划项目', '已完成项目', true],
    ['农用地计划', '耕地计划', true], // farmland is farm land
    ['耕地', '农用地', false],
    ['已建成区域用地面积', '建设用地面积', false],
    ['税收收入', '非税收入', false],
    ['地税收入', '营业税', false],
    ['玉米', '谷物', false],
    ['第一产业', '第二产业', false],
  ];
  for (const [outer, inner, want] of cases) assert.equal(holdsClass(outer, inner), want, `${outer} ⊃ ${inner}`);
});

test('a part named as a deduction is taken off the others', () => {
  for (const l of ['，追减调整预算', '，调减', '；扣除', '，减：', '，商业企业亏损']) assert.equal(subtracted(l), true, l);
  for (const l of ['，县级专项支出经费安排', '，减少', '，减免税收', '，企业亏损补贴']) assert.equal(subtracted(l), false, l);
});

test('staff off the establishment are no part of a total counted on it', () => {
  assert.equal(offEstablishment('实有在职在编人员', '，临聘人员'), true);
  assert.equal(offEstablishment('在编职工', '，编外合同制人员'), true);
  assert.equal(offEstablishment('职工总数', '，临聘人员'), false);
  assert.equal(offEstablishment('在编人员', '，专业技术人员'), false);
});

test('otherFundLevel and concludes: a fund of another level, a conclusion', () => {
  assert.ok(otherFundLevel('中央财政补贴资金', '下达省级财政补贴资金'));
  assert.ok(otherFundLevel('中央财政补贴资金', '2020年结转省级财政补贴资金'));
  assert.ok(!otherFundLevel('中央财政补贴资金', '用于兑付2020年超录资金'));
  assert.ok(!otherFundLevel('省级财政资金', '省级财政补助'));
  assert.ok(!otherFundLevel('市级及以上彩票公益金支持社会福利事业资金', '中央集中福彩公益金支持'));
  assert.ok(!otherFundLevel('共收到中央、省级及返还市县福彩公益金', '省级'));
  assert.ok(!otherFundLevel('收到省级财政返还体育彩票公益金', '市级分成'));
  assert.ok(concludes('所以2021年我县可用农机购置补贴资金'));
  assert.ok(!concludes('用于兑付资金'));
});

test('cues/cuts: a profit from operations may exceed the total profit', () => {
  for (const w of ['其中，主营活动利润', '主营业务利润', '主營活動利潤', '营业利润为', '经营利润']) assert.ok(mayExceedItsTotal(w), w);
  for (const w of ['利润总额', '其中，国有企业利润', '净利润', '主营业务收入']) assert.equal(mayExceedItsTotal(w), false, w);
});

test('cues/cuts: firms by control (国有控股) and by registration (股份制, 私营) overlap', () => {
  assert.equal(overlapping(['国有控股企业实现利润总额', '股份制企业利润总额']), true);
  assert.equal(overlapping(['国有企业', '集体企业', '私营企业']), false); // registration types, one cut
});

test('an item named as a total of its own ends a family that names none', () => {
  assert.equal(opensOwnTotal(['小春粮食产量', '大春粮食产量'], '油料总产量'), true);
  assert.equal(opensOwnTotal(['夏粮产量', '秋粮产量'], '肉類總產量'), true);
  assert.equal(opensOwnTotal(['农业总产值', '工业总产值'], '建筑业总产值'), false, 'members that are totals go on');
  assert.equal(opensOwnTotal(['小春粮食产量', '大春粮食产量'], '油料产量'), false);
});

test('a counted set of themed industries', () => {
  for (const t of ['全区“三个千亿级”产业总产出', '五大新兴产业产值', '3个百亿级产业']) assert.equal(countedIndustrySet(t), true, t);
  for (const t of ['工业总产出', '第三产业增加值', '战略性新兴产业产值']) assert.equal(countedIndustrySet(t), false, t);
});

test('namesOverlap: a counted item in two classes at once (s50)', () => {
  for (const t of ['家同时通过两个渠道入市。', '人两者兼有', '户同时享受两类补贴']) assert.ok(namesOverlap(t), t);
  for (const t of ['家通过直接投资渠道入市，', '人同时在岗']) assert.equal(namesOverlap(t), false, t);
});
