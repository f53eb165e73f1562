import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, marked, spansOf } from '../markers';
import { readFixture } from '../fixtures';
import { analyze } from '../../../server/src/analysis';
import { at } from '../../at';

const CODE = 'sum-mismatch';
const HEAD = '一、2022年国民经济和社会发展计划执行情况\n';

function flags(src: string): void {
  const m = marked(src);
  const found = findingsOf(m.text, CODE);
  assert.deepEqual(spansOf(found), m.spans, JSON.stringify(found.map((f) => f.message.zh)));
}

/** A consistent text is silent; with one figure changed (`from` → `to`), its total is flagged. */
function holdsToTotal(text: string, total: string, from: string, to: string): void {
  assert.deepEqual(findingsOf(text, CODE), []);
  flags(text.replace(total, `⟦${total}⟧`).replace(from, to));
}

// ------------------------------------------------------------------ must flag

test('flags 新建/续建 counts that miss the total (000 line 188)', () => {
  flags('计划实施重点项目⟦230个⟧，完成年度投资136亿元。其中：实施甲项目等新建类项目152个，完成投资89亿元；实施乙项目等续建类项目45个，完成投资47亿元。');
});

test('flags the three sectors not adding up to GDP', () => {
  flags(HEAD + '实现地区生产总值⟦231.7亿元⟧，同比增长2.3%，其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、165亿元。');
});

test('flags 分N类 with N parts that do not add up', () => {
  flags('实施重点项目⟦220个⟧，总投资972.9亿元。项目分三类安排：产业项目70个，总投资333.2亿元；城市项目61个，总投资131.4亿元；民生项目17个，总投资508.3亿元。');
});

test('flags 政府/社会 investment not adding up', () => {
  flags('年度计划投资⟦255.2亿元⟧，其中：政府性投资151.4亿元，社会性投资113.8亿元。');
});

test('flags a partial list under 其中 that exceeds its total', () => {
  flags('完成年度投资⟦141亿元⟧。其中：乡村振兴领域20亿元，城市更新领域28亿元，文旅融合领域90亿元，绿色发展领域13亿元。');
});

test('message shows the arithmetic; related info to each part', () => {
  const m = marked('计划实施重点项目230个，完成年度投资136亿元。其中：实施甲项目等新建类项目152个，完成投资89亿元；实施乙项目等续建类项目45个，完成投资47亿元。');
  const f = at(findingsOf(m.text, CODE), 0);
  assert.match(f.message.zh, /分项之和 197 个（152 \+ 45）≠ 合计 230 个/);
  assert.match(f.message.en, /197 个 \(152 \+ 45\)/);
  assert.equal(f.related.length, 2);
  assert.equal(f.severity, 'error');
});

test('fix: replacing the total with the sum removes the finding', () => {
  const text = HEAD + '实现地区生产总值231.7亿元，同比增长2.3%，其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、165亿元。';
  const f = at(findingsOf(text, CODE), 0);
  assert.equal(f.fixes.length, 1);
  assert.equal(at(at(f.fixes, 0).edits, 0).newText, '241.7亿元');
  const fixed = applyFix(text, at(f.fixes, 0));
  assert.deepEqual(findingsOf(fixed, CODE), []);
});

test('fix on counts: 230个 → 197个, then nothing to report', () => {
  const text = '计划实施重点项目230个，完成年度投资136亿元。其中：新建类项目152个，完成投资89亿元；续建类项目45个，完成投资47亿元。';
  const f = at(findingsOf(text, CODE), 0);
  const fixed = applyFix(text, at(f.fixes, 0));
  assert.match(fixed, /重点项目197个/);
  assert.deepEqual(findingsOf(fixed, CODE), []);
});

// ------------------------------------------------------------------ must not flag

test('does not flag 42.9 + 33.8 + 155 = 231.7 (exact decimals)', () => {
  flags(HEAD + '实现地区生产总值231.7亿元，同比增长2.3%，其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、155亿元。');
});

test('does not flag a difference within rounding of the parts', () => {
  // 42.9 + 33.8 + 155.1 = 231.8; tolerance 0.05 + 0.05 + 0.05 + 0.05 = 0.2.
  flags(HEAD + '实现地区生产总值231.7亿元，其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、155.1亿元。');
});

test('does not flag a subset under 其中 that falls short of its total', () => {
  flags('实现一般公共预算收入15.1亿元，其中税收收入7.6亿元。');
});

test('does not flag an incomplete list under 其中 below its total', () => {
  flags('完成年度投资141亿元。其中：乡村振兴领域20亿元，城市更新领域28亿元。');
});

test('does not flag nested subsets (工业企业 ⊃ 规上工业企业)', () => {
  flags('新培育工业市场主体2353家，其中工业企业1491家，规上工业企业总数达1310家。');
});

test('does not add per-capita figures (城镇/农村 人均收入)', () => {
  flags('全体居民人均可支配收入25000元，其中城镇居民人均可支配收入33298元，农村居民人均可支配收入13789元。');
});

test('flags per-head income whose four sources do not add up; a consumption part above its total', () => {
  flags('全年农村居民人均可支配收入⟦21600元⟧，增长6.1%。其中：工资性收入9120元，增长5.2%；经营净收入7340元，增长4.8%；财产净收入410元，增长9.7%；转移净收入5030元，增长7.9%。');
  flags('城镇居民人均消费支出⟦18200元⟧，增长3.4%，其中食品烟酒支出5400元，居住支出4300元，交通通信支出2700元，教育文化娱乐支出2500元，医疗保健支出2100元，衣着支出1600元。');
});

test('does not flag per-head income sources that add up, nor urban and rural under the all-resident figure', () => {
  flags('全年农村居民人均可支配收入21900元，增长6.1%。其中：工资性收入9120元，增长5.2%；经营净收入7340元，增长4.8%；财产净收入410元，增长9.7%；转移净收入5030元，增长7.9%。');
  flags('全体居民人均可支配收入31450元，增长5.5%。其中，城镇居民41200元，增长4.9%；农村居民20350元，增长6.8%。');
  flags('城镇居民人均消费支出18200元，其中食品烟酒支出5400元，居住支出4300元。');
});

test('flags a bracketed breakdown of one part inside a plain 其中 list', () => {
  flags('全镇一般公共预算收入5230万元。其中：税收收入960万元（增值税410万元、房产税220万元），非税收入150万元（罚没收入30万元、国有资源有偿使用收入120万元），上级补助收入⟦4120万元⟧（返还性收入80万元，一般性转移支付收入470万元，县级对镇转移支付3600万元）。');
});

test('flags debt split into general and special debt, and grants into rebates and transfers', () => {
  flags('年末政府债务余额⟦96420万元⟧，其中：一般债务55310万元，专项债务38110万元；省核定的债务限额101500万元。');
  flags('全县上级补助收入⟦88450万元⟧，其中：返还性收入1930万元，一般性转移支付收入70215万元，专项转移支付收入14305万元。');
});

test('does not flag debt and grant families that add up; a ceiling after `；` is no part', () => {
  flags('年末政府债务余额93420万元，其中：一般债务55310万元，专项债务38110万元；省核定的债务限额101500万元，其中：一般债务限额60200万元、专项债务限额41300万元。');
  flags('全县上级补助收入86450万元，其中：返还性收入1930万元，一般性转移支付收入70215万元，专项转移支付收入14305万元。');
  flags('新增债券资金21.6亿元，其中一般债券6.2亿元、专项债券13.1亿元、再融资债券2.3亿元。');
});

test('does not sum a part written as negative (负), nor components under one of two per-head figures', () => {
  flags('农村居民人均可支配收入15320元，其中工资性收入6140元；经营净收入5220元；转移净收入4050元；财产净收入负90元。');
  flags('城镇居民人均可支配收入40100元，农村居民人均可支配收入19320元，其中工资性收入16140元，经营净收入3220元。');
});

test('flags summer and autumn grain under a grain total in the sentence before', () => {
  flags('全年粮食播种面积⟦38.62万亩⟧，比上年增加0.41万亩。其中夏粮9.85万亩，增长1.2%；秋粮27.94万亩，增长0.3%。');
  flags('全年粮食播种面积37.79万亩，比上年增加0.41万亩。其中夏粮9.85万亩，增长1.2%；秋粮27.94万亩，增长0.3%。');
});

test('does not take firms of another size class for a part; flags one of the same class', () => {
  flags('全市进出口过亿美元企业达到7家，其中出口过亿美元企业4家、过千万美元企业19家。');
  flags('全市进出口过亿美元企业达到⟦7家⟧，其中出口过亿美元企业9家。');
});

test('flags a budget total whose parts include a tax rebate named 税收返还', () => {
  flags('全区一般公共预算总收入⟦185,230万元⟧，增长4.2%，其中：地方公共财政预算收入90,415万元，为年度预算的101.2%；税收返还、转移支付补助收入98,160万元；上年结余结转收入8,420万元。');
});

test('flags a bracketed list after a later item of a balance sentence; not a bracket with one figure', () => {
  flags('全县一般公共预算收入52310万元（为调整预算的101.3%），上级补助收入⟦31200万元⟧（返还性收入2310万元，专项转移支付9640万元，一般转移支付19830万元），调入资金4120万元（调入结余资金1090万元，调入土地收益3030万元），收入合计87630万元。');
  flags('全县一般公共预算收入52310万元（为调整预算的101.3%），上级补助收入31780万元（返还性收入2310万元，专项转移支付9640万元，一般转移支付19830万元），调入资金4120万元（上年5200万元），收入合计88210万元。');
});

test('flags the details after 具体为： that exceed the total of the sentence before; not those within it', () => {
  flags('调增本年支出预算⟦42310万元⟧。具体为：专项转移支付调增支出5120万元、一般性转移支付调增支出30480万元、新增债券调增支出9650万元。');
  flags('调增本年支出预算45250万元。具体为：专项转移支付调增支出5120万元、一般性转移支付调增支出30480万元、新增债券调增支出9650万元。');
});

test('flags sector investment after 三次产业分别 against the investment of the sentence before', () => {
  flags('上半年，全县固定资产投资完成⟦86.40亿元⟧，同比增长9.1%。三次产业分别完成投资4.12亿元、37.55亿元、41.73亿元。');
  flags('上半年，全县固定资产投资完成83.40亿元，同比增长9.1%。三次产业分别完成投资4.12亿元、37.55亿元、41.73亿元。');
});

test('does not hold sector investment to GDP, in one sentence or after it', () => {
  flags(HEAD + '全县地区生产总值91.20亿元，增长5.2%，三次产业分别完成投资4.12亿元、37.55亿元、41.73亿元。');
  flags(HEAD + '全县地区生产总值91.20亿元，增长5.2%。三次产业分别完成投资4.12亿元、37.55亿元、41.73亿元。');
});

test('does not add a part of a part after `在…中` whose comma the page lost', () => {
  flags('粮食作物播种面积43.20万亩，比上年减少2.1%。其中，谷物播种面积41.20万亩，减少3%在谷物播种面积中，玉米播种面积38.10万亩，增长1.2%。');
});

test('flags a department\'s spending that its basic and project spending do not make up', () => {
  flags('2023年部门支出⟦3,245.6万元⟧，其中：基本支出1,812.4万元，项目支出1,503.2万元。');
  flags('经费支出⟦2,871,530.40元⟧，其中：人员经费1,204,118.20元，日常公用支出312,450.10元，项目支出1,304,962.10元。');
  flags('经费支出2,821,530.40元，其中：人员经费1,204,118.20元，日常公用支出312,450.10元，项目支出1,304,962.10元。');
});

test('flags parts listed after a colon right after the total that exceed it; not a list within it', () => {
  flags('完成一般公共预算支出⟦96.40亿元⟧：省市专项支出18.25亿元；区级一般公共预算支出80.73亿元，为调整预算的98%，其中街道支出7.12亿元。');
  flags('完成一般公共预算支出96.40亿元：省市专项支出15.67亿元；区级一般公共预算支出80.73亿元，为调整预算的98%，其中街道支出7.12亿元。');
  flags('截至年底累计完成投资96亿元：2021年21亿元，2022年33亿元，2023年42亿元。');
});

test('flags an income total, its spending and the year\'s balance side by side that do not agree', () => {
  flags('国有资本经营预算收入总计⟦5230万元⟧、支出5118万元，年终结余121万元。');
  flags('社会保险基金预算收入⟦61,420万元⟧、支出55,730万元，本年收支结余6,010万元，年末滚存结余40,115万元。');
  // The fund named again before its balance (`基金当年结余`).
  flags('全年城乡居民养老保险基金收入⟦18.6亿元⟧，待遇支出12.9亿元，基金当年结余6.2亿元。');
  flags('全年城乡居民养老保险基金收入19.1亿元，待遇支出12.9亿元，基金当年结余6.2亿元。');
});

// Two lotteries, welfare and sports; the insured staff and the retired; seaports and river ports.
test('福利 + 体育彩票, 参保职工 + 离退休人员 and 沿海 + 内河港口 make up their totals', () => {
  flags('3月份，全市筹集彩票公益金⟦6420.50万元⟧。其中，福利彩票公益金筹集3815.26万元；体育彩票公益金筹集2405.24万元。');
  flags('3月份，全市筹集彩票公益金6220.50万元。其中，福利彩票公益金筹集3815.26万元；体育彩票公益金筹集2405.24万元。');
  flags('年末全市参加城镇职工基本养老保险人数为⟦86.3万人⟧。其中，参保职工61.2万人，参保离退休人员23.4万人。');
  flags('年末全市参加城镇职工基本养老保险人数为84.6万人。其中，参保职工61.2万人，参保离退休人员23.4万人。');
  flags('1-6月，全省港口货物吞吐量完成⟦41260万吨⟧，同比增长5.2%。其中，沿海港口完成35120万吨；内河港口完成6940万吨。');
  flags('1-6月，全省港口货物吞吐量完成42060万吨，同比增长5.2%。其中，沿海港口完成35120万吨；内河港口完成6940万吨。');
});

// A village's income by trade: the classes of one classification, however unlike their names.
test('a list opened by 按行业划分： keeps all its classes, and a semester pair makes up the year', () => {
  flags('2015年农村经济总收入⟦1180.4万元⟧，按行业划分：农业收入702.3万元；牧业收入366万元；运输业52万元，商饮业44.8万元；服务业21.3万元。');
  flags('2015年农村经济总收入1186.4万元，按行业划分：农业收入702.3万元；牧业收入366万元；运输业52万元，商饮业44.8万元；服务业21.3万元。');
  flags('学前教育政府资助6120人次，发放资金⟦252万元⟧，其中春季学期资助3410人次，资助金额141万元；秋季学期资助2710人次，资助金额121万元。');
  flags('学前教育政府资助6120人次，发放资金262万元，其中春季学期资助3410人次，资助金额141万元；秋季学期资助2710人次，资助金额121万元。');
});

// A state-assets report brackets the assets of each kind of unit right after the net assets.
test('gross-named parts in a bracket after a net figure are no parts of it', () => {
  flags('全省行政事业性国有资产总额6.2万亿元，负债总额1.4万亿元，净资产4.8万亿元（行政单位资产1.1万亿元，事业单位资产5.1万亿元）。');
  flags('全省行政事业性国有资产总额6.2万亿元，负债总额1.4万亿元，净资产⟦4.8万亿元⟧（行政单位净资产1.6万亿元，事业单位净资产3.5万亿元）。');
});

// Families of the third gathering: the insured staff and retirees, farmed and caught fish, central and
// local state enterprises, funds by the level that passed them down.
test('参保 = 在职 + 退休, 水产品 = 养殖 + 捕捞, 国企 = 中央 + 地方, 资金 = 中央 + 省级 + 市级', () => {
  flags('本月末，全市职工基本医疗保险参保人员⟦61.42万人⟧（在职职工40.15万人，退休人员22.27万人）。');
  flags('本月末，全市职工基本医疗保险参保人员62.42万人（在职职工40.15万人，退休人员22.27万人）。');
  flags('去年全区水产品总产量达⟦18620吨⟧，其中养殖产量18412吨，捕捞产量308吨。');
  flags('去年全区水产品总产量达18720吨，其中养殖产量18412吨，捕捞产量308吨。');
  flags('1-8月，国有企业利润总额⟦9364.2亿元⟧，同比增长6.1%。其中，中央企业6802.4亿元，增长9.3%；地方国有企业2461.8亿元，下降2.2%。');
  flags('1-8月，国有企业利润总额9264.2亿元，同比增长6.1%。其中，中央企业6802.4亿元，增长9.3%；地方国有企业2461.8亿元，下降2.2%。');
  flags('截至9月底，全县共收到财政直达资金⟦86420.15万元⟧（中央75210.40万元、省级9846.25万元、市级1263.50万元）。');
  flags('截至9月底，全县共收到财政直达资金86320.15万元（中央75210.40万元、省级9846.25万元、市级1263.50万元）。');
});

// More two-way cuts: operating and non-operating assets, domestic and foreign trade cargo, the insured by scheme.
test('资产 = 经营性 + 非经营性, 物流量 = 内贸 + 外贸, 参保人数 = 城镇职工 + 城镇居民', () => {
  flags('全省国有资产总量共计⟦9620.4亿元⟧。在全部国有资产总量中，经营性资产达6215.8亿元（占64%），比上年增长5.1%；非经营性资产3504.6亿元（占36%），增长12.3%。');
  flags('全省国有资产总量共计9720.4亿元。在全部国有资产总量中，经营性资产达6215.8亿元（占64%），比上年增长5.1%；非经营性资产3504.6亿元（占36%），增长12.3%。');
  flags('1—10月，全省港口进出港总物流量累计达⟦5320.4万吨⟧，其中内贸物流量4102.6万吨，外贸物流量1327.8万吨。');
  flags('1—10月，全省港口进出港总物流量累计达5430.4万吨，其中内贸物流量4102.6万吨，外贸物流量1327.8万吨。');
  flags('一季度全省医疗保险参保人数达⟦1062.3万人⟧，其中城镇职工438.5万人，城镇居民633.8万人。');
  flags('一季度全省医疗保险参保人数达1072.3万人，其中城镇职工438.5万人，城镇居民633.8万人。');
});

// A gazetteer gives the sexes, then the non-farm population, in one 、-list under 其中.
test('a known family opening a longer 其中 list makes up the total by itself', () => {
  flags('1998年，总人口⟦412530人⟧，其中男221460人、女200070人、非农业人口186240人。');
  // An error, not a list far above its total shown for reference.
  assert.deepEqual(findingsOf('1998年，总人口432530人，其中男241460人、女200070人、非农业人口186240人。', CODE).map((f) => f.severity), ['error']);
  flags('1998年，总人口421530人，其中男221460人、女200070人、非农业人口186240人。');
  // Three members of one cut that add up: the first two are no family of their own then.
  flags('全年实施交通建设项目48个，其中续建项目19个、新开工项目22个、开展前期工作项目7个。');
  // A later sibling with 亿 for 万 overshoots by its whole size: a slip in the list, no second cut.
  assert.equal(findingsOf('2024年度本年支出合计4366.52万元。其中：基本支出2585.17万元；项目支出1779.92万元；经营支出1.30万元，对附属单位补助支出0.13亿元。', CODE).some((f) => f.message.en.includes('基本支出/项目支出')), false);
  // A family of two whose later siblings overshoot by a little: a slip among the siblings, not another cut.
  assert.equal(findingsOf('2024年度本年支出合计4366.52万元。其中：基本支出2585.17万元，占59.2%；项目支出1779.92万元，占40.8%；经营支出1.47万元，对附属单位补助支出0.13万元。', CODE).some((f) => f.message.en.includes('基本支出/项目支出')), false);
});

// Basic spending by economic class, in a bracket after a second 其中.
test('基本支出 = 工资福利 + 商品和服务 + 对个人和家庭补助', () => {
  flags('预算总支出8625.40万元，其中：基本支出⟦7521.20万元⟧，其中（工资福利支出5812.60万元，一般商品和服务支出1120.35万元，对个人和家庭补助支出488.25万元）。项目支出1104.20万元。');
  flags('预算总支出8625.40万元，其中：基本支出7421.20万元，其中（工资福利支出5812.60万元，一般商品和服务支出1120.35万元，对个人和家庭补助支出488.25万元）。项目支出1204.20万元。');
});

// Each kind of lottery takes its share of the year's sales: the kinds after a 其中 part are siblings.
test('a ；-clause taking a share of the whole the total takes its share of is the total\'s sibling', () => {
  flags('2016年乐透型彩票销售962亿元，占总销量的55.1%，其中超级大乐透全年共销售274亿元；竞猜型彩票销售618亿元，占总销量的35.4%；即开型彩票销售166亿元，占总销量的9.5%。');
  // An approximate share (约) of that whole marks a sibling too.
  flags('各类企业吸纳毕业生28.6万人，占总就业人数的70.4%，其中到中小企业的25.9万人，占到企业就业总数的90%以上；到事业单位的3.9万人，占总就业人数的约9.6%；到机关的0.4万人，占总就业人数的1.02%。');
  // Bare shares (`占比为`) name no whole: the kinds under 其中 stay parts of the total.
  flags('本报讯 记者某某报道：截至7月末，该行小企业贷款余额⟦131.4亿元⟧，较年初增加38.7亿元；支持企业个数3268个。其中，加工类企业贷款余额82.4亿元，占比为62.71%；养殖类企业贷款余额17.8亿元，占比为13.55%；种植类企业贷款余额14.5亿元，占比为11.04%；流通类企业贷款余额13.0亿元，占比为8.9%；其他类贷款企业余额5亿元，占比为3.81%。');
  // Without their own shares the clauses are read as parts.
  flags('2016年彩票销售⟦962亿元⟧，其中乐透型彩票销售274亿元；竞猜型彩票销售618亿元；即开型彩票销售166亿元。');
});

// Coal output by who owns the mines.
test('原煤产量 = 国有重点 + 国有地方 + 乡镇煤矿', () => {
  flags('今年1月至9月，全省原煤产量完成⟦14260万吨⟧，同比增加2310万吨，增长18.9%。其中，国有重点煤矿产煤6920万吨，增长12.1%；国有地方煤矿产煤2250万吨，增长7.6%；乡镇煤矿产煤5190万吨，增长33.4%。');
  flags('今年1月至9月，全省原煤产量完成14360万吨，同比增加2310万吨，增长19.2%。其中，国有重点煤矿产煤6920万吨，增长12.1%；国有地方煤矿产煤2250万吨，增长7.6%；乡镇煤矿产煤5190万吨，增长33.4%。');
});

// A cost audit: what was submitted is what the audit approved plus what it cut.
test('送审 = 审定 + 审减 (核减), the three side by side', () => {
  flags('全年完成政府投资项目结算审计16个，送审金额⟦5312.40万元⟧，审定金额4870.25万元，审减金额452.15万元，审减率8.5%。');
  flags('全年完成政府投资项目结算审计16个，送审金额5322.40万元，审定金额4870.25万元，审减金额452.15万元，审减率8.5%。');
  // Approximate amounts (约) are passed over.
  flags('全年完成结算审计项目41个，送审金额约5312.40万元，审定金额约4870.25万元，审减金额约452.15万元。');
});

// The 三公 cars named as 车辆 without 公务.
test('三公经费 = 出国 + 车辆购置及运行 + 接待, each with its growth and reason', () => {
  const text = (total: string) =>
    `2015年市本级公共预算财政拨款安排的“三公”经费预算总额为${total},比上年预算下降8.2%,其中:因公出国(境)费用1126万元,增长3.1%,主要原因是对外交流增多; 车辆购置及运行维护费12410万元,下降9.5%; 公务接待费3380万元,下降14.2%。`;
  flags(text('⟦1.79亿元⟧'));
  flags(text('1.69亿元'));
});

// A gazetteer counts each trade's workers, then men and women in the next short sentence.
test('男/女 make up any set of people (工人, 人员, 教师), told in the sentence after', () => {
  flags('职工3,210人。男1,905人，女1,305人。\n农牧渔业工人⟦2,640人⟧。男1,512人，女1,138人。\n');
  flags('职工3,210人。男1,905人，女1,305人。\n农牧渔业工人2,650人。男1,512人，女1,138人。\n');
});

// A farmer's per-head wage income is made of per-head wages earned at home and away.
test('per-head 务工收入 = 本地务工 + 外出务工, under an in-mark', () => {
  const text = (local: string) =>
    `2012年农民人均工资性收入742元，同比增长15.2%。其中，农民务工收入人均418元，增长17.4%。在务工收入中，本地务工收入人均${local}，增长20.1%；外出务工收入人均262元，增长16.3%。`;
  flags(text('⟦166元⟧').replace('人均418元', '人均⟦418元⟧').replace('⟦166元⟧', '166元'));
  flags(text('156元'));
});

test('does not hold own revenue, a 支出总计 or a carried balance to income less spending', () => {
  flags('国有资本经营预算收入总计5230万元、支出5118万元，年终结余112万元。');
  flags('全县一般公共预算收入10.2亿元，支出31.6亿元，年终结余0.5亿元。');
  flags('一般公共预算收入总计65.5亿元，支出总计65.5亿元，年终结余0.5亿元。');
  flags('社保基金收入8.87亿元，支出7.87亿元，年末滚存结余21.2亿元。');
});

test('a nested 其中 whose items complete a family ends there: the next item returns to the outer list', () => {
  flags('全县一般公共预算总收入预计完成186400万元。其中：一般预算收入完成21350万元，同比增长8.2%，其中：税收收入9140万元，非税收入12210万元，上级补助收入131200万元，债务转贷收入25600万元；上年结余8250万元。');
  flags('全县一般公共预算总收入预计完成186400万元。其中：一般预算收入完成⟦21350万元⟧，同比增长8.2%，其中：税收收入10140万元，非税收入12210万元，上级补助收入131200万元，债务转贷收入25600万元；上年结余8250万元。');
});

test('flags a breakdown opened by `X收入中，` or by `…包括：` after the total of the sentence before', () => {
  flags('地方一般公共预算收入完成⟦64210万元⟧，下降12.4%。地方一般公共预算收入中，税收收入完成52330万元，下降9.1%；非税收入完成12880万元，下降24.6%。');
  flags('地方一般公共预算收入完成65210万元，下降12.4%。地方一般公共预算收入中，税收收入完成52330万元，下降9.1%；非税收入完成12880万元，下降24.6%。');
  flags('省财政补助收入⟦351200万元⟧，同比增长11.2%。省补助收入包括：返还性收入7410万元；一般性转移支付318650万元；专项转移支付26140万元。');
  flags('省财政补助收入352200万元，同比增长11.2%。省补助收入包括：返还性收入7410万元；一般性转移支付318650万元；专项转移支付26140万元。');
});

test('flags a fund\'s income, spending and the year\'s balance, and births, deaths and natural increase, that disagree', () => {
  flags('全市基本医疗保险基金总收入⟦128.40亿元⟧，比上年增长6.2%；总支出101.35亿元，比上年增长3.1%；当期结存28.05亿元，累计结存210.6亿元。');
  flags('全市基本医疗保险基金总收入129.40亿元，比上年增长6.2%；总支出101.35亿元，比上年增长3.1%；当期结存28.05亿元，累计结存210.6亿元。');
  flags('全年出生人口⟦3860人⟧，出生率7.12‰；死亡人口2410人，死亡率4.45‰；自然增长人口1350人，自然增长率2.67‰。');
  flags('全年出生人口3760人，出生率7.12‰；死亡人口2410人，死亡率4.45‰；自然增长人口1350人，自然增长率2.67‰。');
  flags('全年出生人口3760人，死亡人口4910人，自然减少1150人。');
});

test('cash taken in = cash paid out + the net withdrawn (净回笼) or put out (净投放), across sentences', () => {
  // 862.4 − 831.9 = 30.5
  flags('全年金融机构现金收入⟦862.4亿元⟧，增长12.1%；现金支出831.9亿元，增长11.6%。货币净回笼36.5亿元。');
  flags('全年金融机构现金收入862.4亿元，增长12.1%；现金支出831.9亿元，增长11.6%。货币净回笼30.5亿元。');
  flags('全年金融机构现金收入612.4亿元，现金支出640.2亿元。净投放现金27.8亿元。');
  flags('全年金融机构现金收入612.4亿元，现金支出⟦650.2亿元⟧。净投放现金27.8亿元。');
  // Two cash incomes (the county's and a bank's): which pairs with the net is not written.
  flags('全年金融机构现金收入862.4亿元，其中农村信用社现金收入120.3亿元；现金支出831.9亿元。货币净回笼36.5亿元。');
});

test('does not flag parts given as bounds (以上)', () => {
  flags('年度投资100亿元，其中：政府投资30亿元以上，社会投资80亿元。');
});

test('does not flag equal values in different units (6000万元 + 0.4亿元 = 1亿元)', () => {
  flags('年度计划投资1亿元，其中：政府性投资6000万元，社会性投资0.4亿元。');
});

test('does not mix units: counts and money are separate totals', () => {
  flags('计划实施重点项目230个，完成年度投资136亿元。其中：新建类项目185个，完成投资89亿元；续建类项目45个，完成投资47亿元。');
});

test('does not flag growth rates under 其中', () => {
  flags(HEAD + '实现地区生产总值231.7亿元，同比增长2.3%，其中，一、二、三产业增加值分别增长3.7%、2.6%、1.9%。');
});

test('flags a single part under 其中 that exceeds its total, in the next sentence too', () => {
  flags('年末各项存款余额⟦2345.6亿元⟧，比年初增加187.3亿元，增长8.7%。其中，住户存款余额2567.8亿元，增长11.2%。');
  flags('实现一般公共预算收入⟦15.1亿元⟧，其中税收收入17.6亿元。');
});

test('flags one part above the total even in a list of overlapping cuts', () => {
  flags('全年完成固定资产投资⟦50亿元⟧，其中工业投资20亿元，民间投资55亿元。');
});

test('does not add overlapping cuts under 其中 (by industry and by ownership)', () => {
  flags('全年完成固定资产投资50亿元，其中工业投资20亿元，民间投资35亿元。');
  flags('全年固定资产投资120亿元，其中基础设施投资45亿元，高技术产业投资30亿元，民间投资70亿元。');
});


test('does not take a sibling clause after ；for a part (收入 … ；支出 …)', () => {
  flags('全年一般公共预算收入10.2亿元，增长5%，其中税收收入8.1亿元；一般公共预算支出30.5亿元，增长3%。');
  flags('年末金融机构各项存款余额2345.6亿元，其中住户存款1567.8亿元；各项贷款余额2987.6亿元。');
});

test('after `；`, a clause of the measure that drops the qualifier the total and its first part carry is a sibling', () => {
  // 往东盟 drops 内陆 (of 输往内陆省份 and its part 输往内陆西部省份): no part of 5.2.
  assert.deepEqual(findingsOf('全年输往内陆省份的出口额为5.2亿元，增长3.1%，其中输往内陆西部省份的出口额为2.4亿元，增长4.0%；往东盟的出口额为18.6亿元，下降2.2%。', CODE), []);
  // A per-head word the later names leave out is no qualifier: the clause is still a part.
  flags('全县农村居民人均现金收入⟦4620元⟧，增长8.1%，其中人均生产性现金收入4150元，增长9.0%；非生产经营性现金收入520元，下降3.4%。');
  // The part that keeps the qualifier is still held to its total.
  flags('全年输往内陆省份的出口额为⟦5.2亿元⟧，增长3.1%，其中输往内陆西部省份的出口额为6.4亿元，增长4.0%；往东盟的出口额为18.6亿元，下降2.2%。');
});

test('a bank\'s net revenue by its three sources, the last told in the next sentence', () => {
  const banks = (total: string): string => `本国银行前三季净收益合计${total}，年增4.1%。其中，利息净收益达2,410.6亿元，年增9%；手续费净收益1,102.8亿元，年增7.5%。不过，投资及其他净收益为846.3亿元，年减11.2%。`;
  flags(banks('4,359.7亿元'));
  flags(banks('⟦4,559.7亿元⟧'));
});

test('the three major institutional investors\' net buying and selling add up, sold amounts taken off', () => {
  flags('三大法人合计卖超512.40亿元，其中外资卖超301.15亿元，投信卖超120.05亿元，自营商卖超91.20亿元。');
  flags('三大法人合计卖超⟦532.40亿元⟧，其中外资卖超301.15亿元，投信卖超120.05亿元，自营商卖超91.20亿元。');
  // Mixed: 96.4 − 12.3 − 30.8 = 53.3.
  flags('三大法人合计买超53.30亿元，其中外资买超96.40亿元，投信卖超12.30亿元，自营商卖超30.80亿元。');
  flags('三大法人合计买超⟦63.30亿元⟧，其中外资买超96.40亿元，投信卖超12.30亿元，自营商卖超30.80亿元。');
});

test('a known family named before 分别 after a `；` breaks down the total of the clause before', () => {
  flags('全年商品房销售额246.8亿元，下降3.5%；现房及期房销售额分别为60.3亿元和186.5亿元。');
  flags('全年商品房销售额⟦246.8亿元⟧，下降3.5%；现房及期房销售额分别为60.3亿元和196.5亿元。');
  // Members with their counts in brackets, the amounts given after 分别为: still the family's levels.
  flags('住宅买卖1,592个，总值⟦96.0亿元⟧；现货住宅(1,204个)及住宅楼花(388个)成交金额分别为71.3亿元及26.7亿元。');
  flags('住宅买卖1,592个，总值96.0亿元；现货住宅(1,204个)及住宅楼花(388个)成交金额分别为71.3亿元及24.7亿元。');
  // Names of no known family after the `；` share out nothing of the clause before.
  flags('全年商品房销售额246.8亿元，下降3.5%；甲区及乙区销售额分别为60.3亿元和196.5亿元。');
});

test('retail sales by its two halves (批发零售业, 住宿餐饮业) add up to the total', () => {
  flags('上半年实现社会消费品零售总额642.35亿元，增长7.4%。其中，批发零售业零售额571.20亿元，增长7.9%；住宿餐饮业零售额71.15亿元，增长3.6%。');
  flags('上半年实现社会消费品零售总额⟦672.35亿元⟧，增长7.4%。其中，批发零售业零售额571.20亿元，增长7.9%；住宿餐饮业零售额71.15亿元，增长3.6%。');
});

test('per-head sales of farm produce by branch add up to the per-head total', () => {
  const sales = (crops: string): string => `农民出售农产品的收入人均612元，同比增长9.1%。其中，出售种植业产品的收入人均${crops}，增长6.3%；出售林产品的收入人均18元，增长4.0%；出售牧业产品的收入人均247元，增长15.2%；出售渔业产品的收入人均31元，增长2.2%。`;
  flags(sales('316元'));
  flags(sales('⟦356元⟧').replace('人均612元', '人均⟦612元⟧').replace('⟦356元⟧', '356元'));
});

test('a port\'s throughput is what arrived plus what left, each given after its change with 分别', () => {
  const port = (total: string): string => `2023年第3季港口货品吞吐量较2022年同期上升1.6%，达${total}。其中，抵港港口货品及离港港口货品较2022年同期分别上升0.4%及3.9%，达2,410万吨及1,560万吨。`;
  flags(port('3,970万吨'));
  flags(port('⟦4,370万吨⟧'));
});

test('gross output is what an industry used up plus the value it added', () => {
  flags('全年制造业产值及其他收益为58.4亿元，按年增长6.2%，消耗总额(41.3亿元)与增加值总额(17.1亿元)分别增长5.9%及7.0%。');
  flags('全年制造业产值及其他收益为⟦58.4亿元⟧，按年增长6.2%，消耗总额(43.3亿元)与增加值总额(17.1亿元)分别增长5.9%及7.0%。');
  // Receipts less expenditure is no profit by definition here (a trade survey counts the change in stocks): silence.
  flags('批发零售业收益为120.6亿元，支出增加1.2%至108.1亿元，行业盈利下跌4.0%至14.3亿元。');
});

test('a trade balance after 进口 and 出口, each with its change, is no third part of 进出口', () => {
  const trade = (imports: string): string => `1-10月全市进出口额2486.4亿元，下降3.2%，其中进口${imports}，下降8.1%，出口1782.6亿元，增长0.9%，贸易顺差1078.8亿元，扩大6.4%。`;
  flags(trade('703.8亿元'));
  // 793.8 + 1782.6 misses 2486.4: an error on the pair, not a note on three parts that overshoot.
  const found = findingsOf(trade('793.8亿元'), CODE);
  assert.deepEqual(found.map((f) => f.severity), ['error']);
  assert.match(at(found, 0).message.en, /\(793\.8 \+ 1782\.6\)/);
});

test('flags 出口 + 进口 that do not add up to 进出口 (a complete pair, across ；)', () => {
  flags('全年货物进出口总额⟦345.6亿元⟧，比上年增长7.3%。其中，出口总额210.2亿元，增长9.1%；进口总额145.4亿元，增长4.6%。');
  flags('全年货物进出口总额345.6亿元，比上年增长7.3%。其中，出口总额210.2亿元，增长9.1%；进口总额135.4亿元，增长4.6%。');
});

test('a sibling clause ends the parts; the parts before it are still held to the total', () => {
  flags('全年一般公共预算收入⟦10.2亿元⟧，其中税收收入12.1亿元；一般公共预算支出30.5亿元。');
});

// ------------------------------------------------------------------ corpus

test('corpus 000: only the 230 projects (152 + 45)', () => {
  const found = findingsOf(readFixture('000_4030585dcbde8695.txt'), CODE);
  assert.deepEqual(found.map((f) => f.message.zh), ['分项之和 197 个（152 + 45）≠ 合计 230 个（新建/续建，各分项应合计为总数）']);
});

test('corpus 001 and 003: every partition adds up (分六类, 政府/社会)', () => {
  assert.deepEqual(findingsOf(readFixture('001_d0fe4f7f7cc8ad9c.txt'), CODE), []);
  assert.deepEqual(findingsOf(readFixture('003_7e2e0f9dafc359a0.txt'), CODE), []);
});

test('flags a list closed by 其余 that does not add up; not when it does (001 line 47)', () => {
  flags('共设置指标⟦32项⟧。其中，7项约束性指标是政府必须达到的；其余24项为预期性指标。');
  flags('共设置指标32项。其中，7项约束性指标是政府必须达到的；其余25项为预期性指标。');
});

test('the base of a comparison (为年初预算18.2亿元的102.3%) is not the total of the parts', () => {
  flags('一般公共预算收入完成18.62亿元，为年初预算18.2亿元的102.3%，增长6.4%。其中，税收收入12.47亿元，非税收入6.15亿元。');
});

test('GDP and its three sectors stated in different sentences must add up', () => {
  const text = HEAD + '全年实现地区生产总值⟦198.6亿元⟧，增长6.1%。\n（一）经济实力稳步提升。三次产业增加值分别实现30.4亿元、78.2亿元、95.4亿元，分别增长4.2%、7.5%、5.6%。';
  flags(text);
  flags(text.replace('⟦198.6亿元⟧', '204亿元'));
});

test('分N类 with the parts joined by 、 is a complete partition', () => {
  flags('争取中央预算内投资和专项债券资金⟦28.5亿元⟧，分三类安排：交通基础设施9.6亿元、市政基础设施11.2亿元、社会事业8.7亿元。');
  flags('争取中央预算内投资和专项债券资金29.5亿元，分三类安排：交通基础设施9.6亿元、市政基础设施11.2亿元、社会事业8.7亿元。');
});

test('其中 without a colon ends at a ；clause that is not parallel to its first part', () => {
  flags('外贸进出口总额8.6亿元，其中出口7.9亿元；实际利用外资1.2亿元，引进市外到位资金68.2亿元。');
  flags('投入乡村振兴资金5.62亿元，其中衔接推进乡村振兴补助资金2.35亿元；科学技术支出1.26亿元；节能环保支出2.08亿元。');
});

test('a size cut (亿元以上项目) overlaps the new/continued split', () => {
  flags('全年实施重点项目126个，其中新开工项目58个、续建项目68个，亿元以上项目41个。');
});

test('a project total (总投资) is no part of a year amount (年度计划投资)', () => {
  flags('实施生态环保项目10个、年度计划投资9.4亿元。其中，表2所列4个重大项目总投资68.3亿元。');
});

test('按…分 breakdowns: a known pair must add up to the total two sentences back', () => {
  const text = (goods: string): string =>
    `全年社会消费品零售总额⟦1105.2亿元⟧，比上年增长6.3%。按经营地分，城镇消费品零售额936.8亿元，增长6.0%；乡村消费品零售额168.4亿元，增长8.1%。按消费类型分，商品零售额${goods}亿元，增长5.9%；餐饮收入额118.9亿元，增长9.6%。`;
  flags(text('968.3'));
  flags(text('986.3').replace('⟦1105.2亿元⟧', '1105.2亿元'));
});

test('按…分 with an open list is a subset; a density (公里/百平方公里) is no total', () => {
  flags('全县公路总里程达到5263.4公里，比上年增加132.6公里，公路网密度达到178.5公里/百平方公里。按行政等级分，高速公路126.5公里，国道186.2公里，省道312.8公里。');
});

test('a total in the previous sentence must be named like its parts (顺差 is no total of 进出口额)', () => {
  flags('全年货物进出口总额1862.4亿元。进出口相抵，顺差506.8亿元。其中，对共建“一带一路”国家进出口额786.2亿元，增长8.1%。');
  flags('全年完成固定资产投资⟦50亿元⟧。其中，工业投资62亿元。');
});

// ------------------------------------------------------------------ 其中 scope and nesting (issue 10, group 3)

test('a ；sibling after a 其中 part, in a ；series, is no part of that total', () => {
  // 棉花 is the next item of the series 稻谷；玉米；茶叶, not a part of 茶叶.
  flags('稻谷产量31.4万吨，下降0.6%；玉米产量9.8万吨，增长1.2%；茶叶产量6.2万吨，增长5.1%，其中：绿茶产量4.7万吨，增长6.3%；棉花产量27.5万吨，增长2.2%。');
  // The part itself is still held to its total.
  flags('稻谷产量31.4万吨，下降0.6%；茶叶产量⟦6.2万吨⟧，增长5.1%，其中：绿茶产量7.4万吨，增长6.3%；棉花产量27.5万吨，增长2.2%。');
});

test('a bracketed 其中 holds the parts of the figure right before the brackets only', () => {
  flags('债务转贷收入5820万元（其中：新增一般债券收入3150万元，再融资债券收入2670万元），调入资金960万元，上年结余410万元。');
  flags('债务转贷收入⟦5820万元⟧（其中：新增一般债券收入3150万元，再融资债券收入2970万元），调入资金960万元，上年结余410万元。');
});

test('a part with its own 其中 is summed at its own level, never mixed', () => {
  // 14.2 + 5.3 = 19.5 of 19.5 (outer); 3.6 of 14.2 (inner): nothing wrong.
  flags('一般公共预算收入19.5亿元，其中税收收入14.2亿元，其中地方税收3.6亿元；非税收入5.3亿元。');
  // The inner level alone is wrong: 15.1 > 14.2.
  flags('一般公共预算收入19.5亿元，其中税收收入⟦14.2亿元⟧，其中地方税收15.1亿元；非税收入5.3亿元。');
  // The outer level alone is wrong: 14.2 + 7.3 > 19.5 (税收/非税 is a complete pair).
  flags('一般公共预算收入⟦19.5亿元⟧，其中税收收入14.2亿元，其中地方税收3.6亿元；非税收入7.3亿元。');
});

test('parts that add up to an earlier part break that part down (a level below, not more parts)', () => {
  // 9.1 + 3.4 = 12.5: 税收 and 非税 are parts of 公共财政预算收入, which is a part of 总收入 18.3.
  flags('全县财政总收入18.3亿元，增长4.2%。其中公共财政预算收入完成12.5亿元，增长3.1%；税收收入完成9.1亿元，增长2.8%；非税收入完成3.4亿元，增长3.9%。');
});

test('an explicit 其中 list ends at a clause unrelated to its first part (油料 is no kind of 粮)', () => {
  // 1.25 + 4.36 = 5.61: the 油料 clause after them is a sibling of the total.
  flags('粮食播种面积5.61万亩，增长0.8%，其中：夏粮1.25万亩，增长1.5%；秋粮4.36万亩，增长0.6%；油料面积3120亩，下降4.2%。');
});

test('a 分别 list of per-capita incomes is no partition of the total before it', () => {
  flags('一般公共预算支出增长4.1%达23.6亿元，城乡常住居民人均可支配收入分别增长7%和8.5%，分别达39210元和15320元。');
});

test('a 共有… item starts another cut of the staff, not a part', () => {
  flags('年末全局在职职工38人，其中行政编制12人，事业编制9人，共有专业技术人员24人。');
});

test('税收/非税 and 夏粮/秋粮 are complete pairs', () => {
  flags('全年一般公共预算收入⟦12.8亿元⟧，其中：税收收入9.3亿元；非税收入3.9亿元。');
  flags('全年一般公共预算收入12.8亿元，其中：税收收入9.3亿元；非税收入3.5亿元。');
  flags('粮食总产量⟦8.7万吨⟧，其中：夏粮产量2.3万吨；秋粮产量6.1万吨。');
  flags('粮食总产量8.4万吨，其中：夏粮产量2.3万吨；秋粮产量6.1万吨。');
});

test('a class inside another class of one 其中 list is no further part (农用地 ⊃ 耕地)', () => {
  flags('1-6月，全县共执行新增建设用地计划180.20公顷，其中农用地计划150.40公顷，耕地计划60.25公顷。');
  flags('1-6月，全县共执行新增建设用地计划⟦140.20公顷⟧，其中农用地计划150.40公顷，耕地计划60.25公顷。');
});

test('a clause after a 其中 part that opens with the other member of the total\'s family is the total\'s sibling', () => {
  flags('一季度，国有企业累计实现利润3000.0亿元。中央企业累计实现利润2100.0亿元，同比增长55.8%。其中，中央管理企业累计实现利润1600.0亿元，同比增长93.7%；地方国有企业累计实现利润900.0亿元，同比增长30.2%。');
  // Collectors of a revenue (国税, 地税, the rest) after a total named by another member word are its parts.
  flags('上半年，全镇财政收入完成⟦1420万元⟧，占全年任务2355万元的60%，其中国税累计完成161万元，地税累计完成778万元，其他380万元。');
  // Parts that do exceed their total are still flagged.
  flags('一季度，中央企业累计实现利润⟦1500.0亿元⟧，同比增长55.8%。其中，中央管理企业累计实现利润1600.0亿元，同比增长93.7%。');
});

test('after a `；` series, each clause\'s own 其中 breaks down that clause\'s figure', () => {
  flags('全市项目均已开工；累计争取上级补助资金16000.00万元，其中：中央预算资金14200.00万元，省级预算资金1800.00万元；累计争取债券资金⟦27000万元⟧，其中：专项债资金23400万元，一般债资金4100万元。');
  flags('全市项目均已开工；累计争取上级补助资金16000.00万元，其中：中央预算资金14200.00万元，省级预算资金1800.00万元；累计争取债券资金27500万元，其中：专项债资金23400万元，一般债资金4100万元。');
});

test('a whole, what of it is done and what is left add up (计划A，累计完成B，剩余C)', () => {
  flags('1-10月，全镇在库项目26个。计划投资⟦128.6亿元⟧，累计完成投资85.2亿元，剩余可用投资42.4亿元。');
  flags('1-10月，全镇在库项目26个。计划投资127.6亿元，累计完成投资85.2亿元，剩余可用投资42.4亿元。');
  flags('截至目前，累计排查返乡人员共计⟦360人⟧，累计解除隔离341人，其余9人仍在隔离中。');
  flags('全年造林任务4800亩，已完成3900亩，剩余900亩。');
  // A share between them, or what is left in another unit, makes no such run.
  flags('计划投资128.6亿元，累计完成投资85.2亿元，占66.3%，剩余可用投资42.4亿元。');
  flags('计划投资128.6亿元，累计完成投资85.2亿元，剩余项目12个。');
});

test('under a plan, an amount said to be done after the planned parts reports progress: the list has ended', () => {
  const text = (plan: string): string => `2021年全县共安排重点项目72个，年度计划投资${plan}。其中新建项目40个，年度计划投资36.4亿元；续建项目32个，年度计划投资60.1亿元；40个新建项目已开工33个，开工率82.5%，截至六月底完成投资51.2亿元，占年度计划的53.1%。`;
  flags(text('⟦94.5亿元⟧'));
  flags(text('96.5亿元'));
});

test('a 其中 after two amounts breaks down the one its parts are named like (资产总额, not 负债总额)', () => {
  flags('全市行政事业单位资产总额⟦9800.00亿元⟧，负债总额2400.00亿元。其中：行政单位资产总额3100.00亿元，事业单位资产总额6900.00亿元。');
  flags('全市行政事业单位资产总额10000.00亿元，负债总额2400.00亿元。其中：行政单位资产总额3100.00亿元，事业单位资产总额6900.00亿元。');
  // Parts of no known family, named like the earlier amount: held to not exceeding it.
  flags('全市国有企业资产总额⟦9800.00亿元⟧，负债总额2400.00亿元。其中：交通集团资产总额3100.00亿元，城投集团资产总额6900.00亿元。');
  flags('全市国有企业资产总额10500.00亿元，负债总额2400.00亿元。其中：交通集团资产总额3100.00亿元，城投集团资产总额6900.00亿元。');
});

test('a rate per unit (补偿标准) is no total of the amounts after it', () => {
  assert.deepEqual(findingsOf('提高98.2万亩生态公益林每亩每年补偿标准6元，其中集体生态公益林85.3万亩，增补512万元。', 'sum-mismatch'), []);
});

test('livestock sold is no part of livestock on hand (存栏 / 出栏)', () => {
  assert.deepEqual(findingsOf('全市家禽存栏900.00万只，增长5.1%。其中，肉鸡存栏220.00万只，增长8.5%；肉鸡出栏870.00万只，增长3.8%。', 'sum-mismatch'), []);
  flags('全市家禽存栏⟦200.00万只⟧，增长5.1%。其中，肉鸡存栏220.00万只，增长8.5%。');
});

test('projects started and continued are no parts of the projects signed', () => {
  assert.deepEqual(findingsOf('上半年新签约招引项目3个，新开工项目2个，结转续建项目6个。', 'sum-mismatch'), []);
  flags('全区在库项目⟦9个⟧，其中新开工项目2个，结转续建项目6个。');
});

test('a bare stage word after a 其中 part counts some of that part, no further part', () => {
  assert.deepEqual(findingsOf('全镇在库项目9个；其中5000万元以上项目4个，竣工2个，5000万元以下项目5个。', 'sum-mismatch'), []);
});

test('a lone 其中 part named 其他… is a class of its own, no rest of the items before it', () => {
  assert.deepEqual(findingsOf('1-4月，在库规模以上服务业企业60家，实现营业收入18.4亿元。其中，其他营利性服务业47家，完成营业收入16.9亿元。', 'sum-mismatch'), []);
  // After named items, 其他 is the rest: the list covers the total.
  flags('在库规模以上服务业企业⟦60家⟧，其中，交通运输业12家，其他营利性服务业47家。');
});

test('banks named for town and country are no complete 城镇/农村 pair', () => {
  // Three kinds of local bank make up the total; the first two alone are no residence classes.
  flags('年末，全省地方金融机构的存贷款余额分别为900.0亿元和585.8亿元。其中农村信用社的存款余额为650.50亿元，贷款余额为420.30亿元，分别占全省的18.2%和17.9%；城市信用社的存款余额为110.20亿元，贷款余额为70.10亿元，分别占全省的3.1%和2.6%；城市商业银行的存款余额为139.30亿元，贷款余额为95.40亿元。');
});

test('常住人口 = 城镇人口 + 乡村人口', () => {
  flags('年末常住人口⟦41.36万人⟧，其中城镇人口22.15万人，乡村人口18.71万人。');
  flags('年末常住人口40.86万人，其中城镇人口22.15万人，乡村人口18.71万人。');
  // The cut may name the population it cuts in brackets, then open its list with 其中.
  flags('年末全县常住人口⟦26.4万人⟧。按城乡划分（常住人口），其中城镇人口11.20万人、乡村人口16.10万人。');
  flags('年末全县常住人口27.3万人。按城乡划分（常住人口），其中城镇人口11.20万人、乡村人口16.10万人。');
});

test('包括…、其他… lists are complete and must add up', () => {
  flags('政府性基金收入⟦6.4亿元⟧，包括土地出让收入5.1亿元、城市基础设施配套费0.6亿元、其他收入0.4亿元。');
  flags('政府性基金收入6.1亿元，包括土地出让收入5.1亿元、城市基础设施配套费0.6亿元、其他收入0.4亿元。');
  // Without a remainder the list may be partial: short of the total is fine.
  flags('政府性基金收入6.4亿元，包括土地出让收入5.1亿元、城市基础设施配套费0.6亿元。');
});

test('分产业看 breakdowns: the total stands in the previous sentence', () => {
  flags(HEAD + '全年实现地区生产总值⟦312.4亿元⟧，增长5.2%。分产业看，第一产业增加值41.2亿元，第二产业增加值118.6亿元，第三产业增加值148.1亿元。');
  flags(HEAD + '全年实现地区生产总值307.9亿元，增长5.2%。分产业看，第一产业增加值41.2亿元，第二产业增加值118.6亿元，第三产业增加值148.1亿元。');
});

test('budget balance: base 加上 the listed items = 收入总计 / 支出总计', () => {
  const income = '全县一般公共预算本级收入23.9亿元，增长4%，加上：上年结转0.5亿元、上级补助收入31.8亿元、调入资金9.8亿元，收入总计';
  flags(HEAD + income + '66亿元。');
  flags(HEAD + income + '⟦67亿元⟧。');
  // Bracketed figures break an item down and are no further items.
  const spending = '全县一般公共预算本级支出62.3亿元，下降1.4%，加上：上解支出3.3亿元、年终结余0.5亿元（其中：本级0.1亿元），支出总计';
  flags(HEAD + spending + '66.1亿元。');
  flags(HEAD + spending + '⟦66.5亿元⟧。');
  // A base closing the sentence before is read too: 加上 written out, every item priced.
  flags(HEAD + '本级收入23.9亿元。加上上级补助收入31.8亿元，收入总计⟦60亿元⟧。');
  flags(HEAD + '本级收入23.9亿元。加上上级补助收入31.8亿元，收入总计55.7亿元。');
  // Items named without their amounts (`调入资金等`) leave the sum open: only exceeding it shows.
  flags(HEAD + '本级收入23.9亿元。加上上级补助收入31.8亿元、调入资金等，收入总计60亿元。');
});

test('names joined under one amount (A、B等X; 返还和补助收入X) are one priced item of a carried balance', () => {
  const text = (total: string) =>
    `全区一般公共预算收入128450万元，为调整预算的101.2%。加上市级税收返还和补助收入86200万元，上年结转收入、调入资金、动用预算稳定调节基金等40310万元，以及债务转贷收入21000万元，收入总量为${total}。`;
  flags(text('275960万元'));
  flags(text('⟦285960万元⟧'));
});

test('a carried balance skips the 其中 sentences that break its base down (收入A。其中税收B。非税C。加上…)', () => {
  const text = (total: string) =>
    `全区一般公共预算本级收入完成42.60亿元，增长5.1%。其中，税收收入30.20亿元，增长6.3%。非税收入12.40亿元，增长2.2%。加上转移支付收入25.30亿元、调入资金4.10亿元、上年结转2.00亿元，收入总量为${total}。`;
  flags(text('74.00亿元'));
  flags(text('⟦76.00亿元⟧'));
});

test('a family completes a 其中 list however unlike its last name looks (农林牧渔服务业)', () => {
  const parts = '其中，农业产值42.9亿元，增长3.3%；林业产值2.5亿元，下降6.8%；牧业产值41.4亿元，增长3.2%；渔业产值69.4亿元，增长3.5%；农林牧渔服务业8.8亿元，增长4%。';
  flags(`农林牧渔业总产值165亿元，增长3%。${parts}`);
  flags(`农林牧渔业总产值⟦168亿元⟧，增长3%。${parts}`);
});

test('a clause with no subject of its own takes the subject of the clause before it', () => {
  // 820 + 930 = 1750 < 1850: short of the total, which only a complete pair (城市/农村) shows.
  const src = '全县3120户5840人享受城乡低保，发放低保金⟦1850万元⟧，其中城市低保1180户2260人，发放低保金820万元，农村低保1940户3580人，发放低保金930万元。';
  flags(src);
  flags(src.replace('⟦1850万元⟧', '1750万元'));
  // Subjects that name no complete family leave a 其中 list open: parts under the total are fine.
  flags(src.replace('⟦1850万元⟧', '1850万元').replace('农村低保', '特困供养'));
});

test('a bracket that breaks down the last item does not split the list into more items', () => {
  const src = '全县“三公”经费支出决算数为⟦412.6万元⟧，下降3.1%。其中：因公出国（境）费为0万元；公务接待费为150.3万元，增长2.2%；公务用车购置及运行维护费为252.3万元，下降6.4%（其中：公务用车购置费30.1万元，下降12%；公务用车运行维护费222.2万元，增长1.2%）。';
  // 0 + 150.3 + 252.3 = 402.6, short of 412.6: the three 三公 items are the whole.
  flags(src);
  flags(src.replace('⟦412.6万元⟧', '402.6万元'));
});

test('a whole-caliber revenue is its central and local levels', () => {
  const src = '1-6月，全市全口径一般公共预算收入⟦48.3亿元⟧，增长6.1%。从收入级次看，中央级收入17.2亿元，下降1.5%；地方级29.1亿元，增长9.3%。';
  flags(src);
  flags(src.replace('⟦48.3亿元⟧', '46.3亿元'));
  // Not a revenue: a project's funds by level may leave out its own funding.
  flags('项目总投资48.3亿元。从资金来源看，中央级资金17.2亿元；地方级资金29.1亿元。');
});

test('a 其中 sentence breaks down the one figure of its unit in the sentence before, however named', () => {
  flags('年末全县参加城镇基本养老保险人数为⟦2.4万人⟧，比上年末增加610人。其中企业参保职工1.9万人，机关事业单位参保职工0.7万人。');
  flags('年末全县参加城镇基本养老保险人数为2.6万人，比上年末增加610人。其中企业参保职工1.9万人，机关事业单位参保职工0.7万人。');
  // Two figures of the unit before it: which one the 其中 breaks down is not written.
  flags('年末全县参加城镇基本养老保险人数为2.4万人，参加失业保险人数1.1万人。其中企业参保职工1.9万人，机关事业单位参保职工0.7万人。');
  // A surplus nets two flows: its 其中 breaks down the trade, not the surplus.
  flags('全年进出口相抵，顺差12.4亿元。其中，对东盟国家出口额15.2亿元。');
});

test('per-head components named 人均… still add up to their per-head total', () => {
  const src = '农村居民人均可支配收入⟦15820元⟧，增长7.2%，其中人均工资性收入7240元，增长8.1%；经营净收入5310元；财产净收入420元；转移净收入2450元。';
  flags(src);
  flags(src.replace('⟦15820元⟧', '15420元'));
});

test('items that all name one category (…基础设施…) divide that category: their sum is held to it', () => {
  const src = '重点基础设施项目完成投资⟦46.2亿元⟧。其中：交通基础设施项目完成投资31.5亿元，完成年度计划的61.2%；水利基础设施项目完成投资9.8亿元；城市基础设施项目完成投资6.3亿元。';
  flags(src);
  flags(src.replace('⟦46.2亿元⟧', '48.2亿元'));
  // Thresholds named alike nest (亿元以上 ⊂ 5000万元以上): no sum.
  flags('重点项目完成投资46.2亿元。其中：亿元以上项目完成投资31.5亿元；5000万元以上项目完成投资39.8亿元。');
});

test('a family, then an item of a cross-cutting class: the family is the whole, the item another cut', () => {
  const src = '全县共实施重点项目212项、总投资⟦486.3亿元⟧。其中，续建项目120项，总投资301.2亿元；新开工项目92项、总投资175.1亿元；亿元以上项目64项、总投资402.7亿元。';
  // 301.2 + 175.1 = 476.3: short of the total, which only the complete 续建/新开工 pair shows.
  flags(src);
  flags(src.replace('⟦486.3亿元⟧', '476.3亿元'));
});

test('workers moved inside and outside the province make up the transfer', () => {
  flags('全年农村劳动力转移就业⟦6230人⟧，其中省内转移4870人，省外转移1260人。');
  flags('全年农村劳动力转移就业6130人，其中省内转移4870人，省外转移1260人。');
});

test('a town\'s GDP (全镇生产总值) and its three sectors in one sentence add up', () => {
  const src = '初步统计，2023年全镇实现生产总值⟦21.40亿元⟧，增长7.9%，第一产业增加值9.12亿元，增长6.1%，第二产业增加值5.36亿元，增长11%，第三产业增加值7.12亿元，增长6.3%。';
  flags(src);
  flags(src.replace('⟦21.40亿元⟧', '21.60亿元'));
});

test('the uses of an amount (…亿元，用于A…，B…) never exceed it, however their names cut', () => {
  const src = '全市新增一般债券4.6亿元，用于教育1.1亿元，卫生0.8亿元；县本级新增专项债券⟦6.2亿元⟧，用于市政基础设施建设5.1亿元，交通基础设施1.3亿元，农林水利建设0.9亿元，社会保障0.6亿元。';
  flags(src);
  const f = findingsOf(marked(src).text, CODE)[0];
  assert.match(f?.message.zh ?? '', /用途之和不应超过/);
  flags(src.replace('⟦6.2亿元⟧', '7.9亿元'));
  // Uses that fall short of the amount are fine: not every use need be listed.
  flags(src.replace('⟦6.2亿元⟧', '8.5亿元'));
});

test('a named total (在总收入中) is the one the parts break down, even past a 其中 of its own', () => {
  const src = '2009年，全县财政总收入⟦15230万元⟧，增长3.1%，其中地方财政收入10120万元，增长4%。在总收入中，国税完成3420万元，增长2.2%；地税完成5010万元，增长18%；财政完成6600万元，下降2.4%。';
  flags(src);
  flags(src.replace('⟦15230万元⟧', '15030万元'));
});

test('a 其中 part equal to the whole total leaves no room for siblings: the items after it cut otherwise', () => {
  flags('全村有农户58户，乡村人口231人，其中农业人口231人，劳动力164人，其中外出务工人员52人。');
  // Two parts that both fall short of the total and together exceed it are still flagged.
  flags('全村乡村人口⟦231人⟧，其中农业人口190人，非农业人口52人。');
});

test('a GDP named with its place (某某市地区生产总值) meets its three sectors; a per-head GDP never does', () => {
  const src = '2023年某某市地区生产总值⟦3912.6亿元⟧，按不变价格计算，比上年增长6.2%。分产业，第一产业增加值131.5亿元，增长4.1%；第二产业增加值1702.3亿元，增长7.5%；第三产业增加值1988.8亿元，增长5.6%。';
  flags(src);
  flags(src.replace('⟦3912.6亿元⟧', '3822.6亿元'));
  flags('2023年某某市人均地区生产总值3912.6亿元。分产业，第一产业增加值131.5亿元；第二产业增加值1702.3亿元；第三产业增加值1988.8亿元。');
});

test('basic spending is its personnel and running costs; industrial and commercial taxes are 国税 and 地税', () => {
  const spend = '2020年基本支出⟦52310.4万元⟧（人员经费45102.6万元，日常公用经费6907.8万元），项目支出8120.5万元。';
  flags(spend);
  flags(spend.replace('⟦52310.4万元⟧', '52010.4万元'));
  const tax = '完成工商税收⟦9832.6万元⟧，同比增长21.3%，其中，国税完成4211.5万元，增长18.2%，地税完成5421.1万元，增长23.9%。';
  flags(tax);
  flags(tax.replace('⟦9832.6万元⟧', '9632.6万元'));
  // Under 税收收入 the two need not be all (财政部门 collects some taxes): a shortfall is fine.
  flags(tax.replace('工商税收⟦9832.6万元⟧', '税收收入9832.6万元'));
});

test('a change from one level to another with its size (由A增长到B，增加了C) holds B = A + C', () => {
  flags('五年间，国民收入由18210万元增长到⟦23460万元⟧，增加了5150万元，增长了28.8%。');
  flags('五年间，国民收入由18210万元增长到23360万元，增加了5150万元，增长了28.3%。');
  flags('人均收入由每人⟦741元⟧降至690元，减少了41元。');
  flags('人均收入由每人731元降至690元，减少了41元。');
  // A size that goes the other way, or a rate, is no such clause.
  flags('国民收入由18210万元增长到23460万元，减少了5150万元。');
  flags('城镇化率由41.2%提高到43.5%，提高2.1个百分点。');
  // Three-month periods with their months, and a size rounded and said so (約), held to its hundreds.
  flags('總就業人數由2024年5月至7月的⟦3,702,400人⟧，下跌至2024年6月至8月的3,699,300人，減少約3,600人。');
  flags('總就業人數由2024年5月至7月的3,702,400人，下跌至2024年6月至8月的3,699,300人，減少約3,100人。');
  flags('總就業人數由2024年10月至12月的⟦3,702,400人⟧，下跌至2024年11月至2025年1月的3,699,300人，減少約3,600人。');
  flags('失業人數由上一個3個月期間的⟦131,600人⟧，下跌至126,500人，減少約5,700人。');
  flags('失業人數由上一個3個月期間的131,600人，下跌至126,500人，減少約5,100人。');
  flags('中央補助款由⟦713億元⟧降為662億元，整整少了46億元。');
  flags('中央補助款由708億元降為662億元，整整少了46億元。');
});

test('the last member of a family in the next sentence completes a 其中 list', () => {
  const head = '全年农林牧渔业总产值⟦63.5亿元⟧，增长3.1%。其中农业产值35.2亿元，增长2.6%；林业产值4.1亿元，增长1.2%；';
  const tail = '牧业产值20.6亿元，增长4.4%；渔业产值2.9亿元，增长2%。农林牧渔专业及辅助性活动产值0.7亿元，增长8.1%。';
  // 35.2 + 4.1 + 20.6 + 2.9 + 0.7 = 63.5: consistent.
  flags(head.replace('⟦63.5亿元⟧', '63.5亿元') + tail);
  // 林业 4.1 → 4.6: the four listed parts still stay under the total; the fifth shows the excess.
  flags(head.replace('4.1亿元', '4.6亿元') + tail);
  // The same amount written in 万元 is the same fifth part.
  flags(head.replace('4.1亿元', '4.6亿元') + tail.replace('0.7亿元', '7000万元'));
  // A new paragraph, another measure, or a sentence that opens a breakdown of its own is not read on.
  const quiet = head.replace('⟦63.5亿元⟧', '63.5亿元').replace('4.1亿元', '4.6亿元');
  flags(quiet + tail.replace('。农林', '。\n农林'));
  flags(quiet + tail.replace('产值0.7亿元', '面积0.7万亩'));
  flags(quiet + tail.replace('。农林', '。其中农林'));
});

test('the three sectors under 分产业看 break down GDP whatever the total is called', () => {
  const parts = '分产业看：第一产业4.41亿元，增长1.8%；第二产业19.31亿元，增长6.4%；第三产业28.5亿元，增长2.8%。';
  flags(`全县地区生产总值总量为52.22亿元，同比增长4%，比去年同期加快2.2个百分点。${parts}`);
  flags(`全县地区生产总值总量为⟦55.22亿元⟧，同比增长4%，比去年同期加快2.2个百分点。${parts}`);
});

test('a bracketed figure is no total of the breakdown after it', () => {
  flags('本级一般公共预算收入完成75.3亿元（包括开发区收入1.4亿元），增长9.2%，分项目看：税收完成16.8亿元，非税完成58.5亿元。');
  flags('本级一般公共预算收入完成⟦75.3亿元⟧（包括开发区收入1.4亿元），增长9.2%，分项目看：税收完成16.8亿元，非税完成56.5亿元。');
});

test('an explicit list whose items are separated by both ；and ，is read item by item', () => {
  const tail = '林业产值1.3亿元，占5.8%；畜牧业产值9.5亿元，占42.6%，渔业产值0.1亿元，占0.5%。';
  flags(`上半年完成农林牧渔业总产值22.3亿元，增长11%。其中：农业产值11.4亿元，占51.1%；${tail}`);
  flags(`上半年完成农林牧渔业总产值⟦22.3亿元⟧，增长11%。其中：农业产值12.8亿元，占51.1%；${tail}`);
  // Items named unlike each other (a sibling measure) are not split out that way.
  flags('上半年社会消费品零售总额67.6亿元，其中，限额以上消费品零售额4亿元，增长9.6%，批发业销售额为103.8亿元，下降3.6%；零售业销售额为43.9亿元。');
});

test('男/女 under 其中, and the clause after ；is no part', () => {
  flags('年末户籍人口⟦210184人⟧。其中，男108374人，女101710人；出生人口1290人，出生率为6.12‰；死亡人口1549人。');
  flags('年末户籍人口210084人。其中，男108374人，女101710人；出生人口1290人，出生率为6.12‰；死亡人口1549人。');
});

test('a wider 收入合计 closes a 其中 list', () => {
  flags('加上转移性收入38.18亿元，其中：税收返还收入4650万元、转移支付收入26.16亿元、调入资金5亿元、动用预算稳定调节基金1.16亿元，收入合计43.43亿元。');
  flags('加上转移性收入⟦38.18亿元⟧，其中：税收返还收入4650万元、转移支付收入29.16亿元、调入资金7.5亿元、动用预算稳定调节基金1.16亿元，收入合计43.43亿元。');
});

test('percentage points and other measures are no parts (个百分点; 销售额 under 零售总额)', () => {
  flags('一般公共预算收入12.4亿元，其中税收收入完成进度高于序时进度16.6个百分点，非税收入高于序时进度17.73个百分点。');
  flags('社会消费品零售总额13.1亿元，增长8%，其中限额以上消费品零售额5.2亿元，批发业销售额18.4亿元。');
  // A part measured alike is still held to its total.
  flags('社会消费品零售总额⟦13.1亿元⟧，增长8%，其中限额以上消费品零售额15.2亿元。');
});

test('traditional measure words and annotated 个(gè)百分点 keep their meaning', () => {
  flags('上半年實現社會消費品零售總額13.1亿元，增长3.3%；其中限额以上消费品零售额增长23.6%，批發業銷售額8.4亿元，零售業銷售額11.4亿元。');
  flags('一般公共预算收入完成5.3亿元，低于序时进度12.4个(gè)百分点。其中：税收收入低于序时进度16.6个(gè)百分点；非税收入低于序时进度17.73个(gè)百分点。');
});

test('a level reached after its growth (增长g%达X亿元) carries the subject: sector sums are checked', () => {
  // Summary style of a work report's opening: growth first, then the level reached.
  flags('预计全县地区生产总值增长6.1%达⟦118.4亿元⟧，第一产业增长4.2%达19.6亿元，第二产业增长7.3%达44.1亿元，第三产业增长5.8%达57.7亿元。');
  flags('预计全县地区生产总值增长6.1%达121.4亿元，第一产业增长4.2%达19.6亿元，第二产业增长7.3%达44.1亿元，第三产业增长5.8%达57.7亿元。');
  // 达 after an unrelated figure of another subject does not carry that subject over a clause.
  flags('全县新增市场主体增长6.1%；达到规模以上标准的企业52家。');
});

test('never throws on a 其中 whose bracketed breakdown sits in thousands-separated 万元 among 为预算的 rates', () => {
  // A shape from a real budget progress release (figures ours) that once made the relation stage throw.
  const text = [
    '（一）全县收支完成情况',
    '',
    '2023年1—9月，全县地方财政收入完成412,300万元，为预算的78%，同比增长12.1%。其中一般公共预算收入完成251,800万元，为预算的96.4%，同比增长10.2%（税收收入完成104,600万元，为预算的71.5%，同比下降6.3%；非税收入完成147,200万元，为预算的131.6%，同比增长28%）。政府性基金预算收入完成153,900万元，为预算的58.2%，同比增长15.4%。国有资本经营预算收入完成6600万元，为预算的88%，同比下降20.5%。',
  ].join('\n');
  const a = analyze(text);
  assert.deepEqual(a.notices, []);
  assert.deepEqual(findingsOf(a, CODE), []);
});

test('levels of one hierarchy under one 其中 are not added (地方税收收入 lies inside 地方一般公共预算收入)', () => {
  flags(HEAD + '全年实现一般公共预算总收入18.36亿元，同比增长3.2%。其中：地方一般公共预算收入13.27亿元，增长6.1%；地方税收收入9.45亿元，增长8.4%。');
  // Two parallel items of one level that exceed the total are still flagged.
  flags(HEAD + '全年实现一般公共预算总收入⟦18.36亿元⟧，同比增长3.2%。其中：上划中央收入6.12亿元；上划省级收入13.27亿元。');
});

test('a breakdown in brackets right after its total (no 其中) is summed when the parts are a known family', () => {
  flags(HEAD + '县人大批准的年初预算为：一般公共预算收入⟦81250万元⟧（税收收入50210万元、非税收入30140万元）；政府性基金预算收入60000万元。');
  flags(HEAD + '县人大批准的年初预算为：一般公共预算收入80350万元（税收收入50210万元、非税收入30140万元）；政府性基金预算收入60000万元。');
  // Parts named in passing (本级 and a park) are no family: nothing to add up.
  flags(HEAD + '全县一般公共预算总收入完成126.05亿元（县本级98.88亿元，高新区27.17亿元），完成调整预算的103.67%。');
  // An aside without figures is no breakdown.
  flags(HEAD + '地方一般公共预算收入（同口径）完成30161万元（自然口径），同比增长14.6%。');
});

test('农林牧渔业总产值 and its five parts however they are worded, across the sentence boundary', () => {
  const parts = '其中，农业30.24亿元，增长4.9%；林业0.34亿元，下降4.3%；畜牧业6.76亿元，增长3.5%；渔业0.04亿元，增长8.7%；农林牧渔服务业1.04亿元，增长3.6%。';
  flags(HEAD + `全县完成农林牧渔业总产值⟦42.61亿元⟧，较上年增长4.5%。${parts}`);
  flags(HEAD + `全县完成农林牧渔业总产值38.42亿元，较上年增长4.5%。${parts}`);
});

test('this year = last year ± the change, when all three are written in one clause', () => {
  flags(HEAD + '其中：公共安全支出5,379万元，比上年同期4,917万元增支462万元，增长9.4%；卫生健康支出14,078万元，比上年同期24,465万元减支10,387万元，下降42.5%。');
  flags(HEAD + '其中：公共安全支出⟦6024万元⟧，比上年同期4,917万元增支462万元，增长9.4%。');
  flags(HEAD + '卫生健康支出14,078万元，比上年同期⟦24,465万元⟧减支10,087万元。');
  // Last year named by its year, or with 的 before the amount.
  flags(HEAD + '2022年度“三公”经费预算数为3185万元，较2021年⟦3620 万元⟧减少425万元，下降12.0%。');
  flags(HEAD + '2022年度“三公”经费预算数为3185万元，较2021年3610 万元减少425万元，下降11.8%。');
  flags(HEAD + '全年一般公共预算收入⟦5382万元⟧，较上年的4910万元增收462万元。');
  // 超出 / 高出 after last year's amount: more by the change.
  flags(HEAD + '截至11月底，烟农售烟收入已达12.84亿元，比去年全年10.52亿元超出2.32亿元。');
  flags(HEAD + '截至11月底，烟农售烟收入已达⟦12.48亿元⟧，比去年全年10.52亿元高出2.32亿元。');
  // A subject named with a 包括 clause: the change is not a part inside this year's amount.
  flags(HEAD + '今年市级部门，包括行政单位和事业单位安排的招待费预算总额为3.42亿元，较2022年的3.87亿元减少0.45亿元，下降11.6%。\n其中，会议费0.71亿元，减少0.45亿元；培训费与差旅费分别为0.62亿元和2.09亿元。');
  flags(HEAD + '今年市级部门，包括行政单位和事业单位安排的招待费预算总额为3.42亿元，较2022年的⟦3.97亿元⟧减少0.45亿元，下降11.6%。\n其中，会议费0.71亿元，减少0.45亿元；培训费与差旅费分别为0.62亿元和2.09亿元。');
  // Last year's amount of another clause, or a change on another base, is no such triple.
  flags(HEAD + '教育支出24,338万元，增长9.1%；比上年同期多支出的科目有12个，涉及资金2,035万元，新增项目投入500万元。');
});

test('a budget balance with a subtotal inside restarts from the subtotal (…总收入T1，加上年结余…，收入总计T2)', () => {
  const base = '2023年全县公共财政预算收入52100万元，加上级补助收入412300万元（其中：专项补助收入21800万元、返还性收入4600万元、一般性转移支付收入385900万元），地方政府一般债券转贷收入17400万元，全县一般预算总收入481800万元，加上年结余10900万元，加调入资金420万元，再加动用预算稳定调节基金1600万元，收入总计';
  flags(HEAD + base + '494720万元。');
  flags(HEAD + base + '⟦496720万元⟧。');
});

test('a bracketed 包括 says what one item covers: no breakdown', () => {
  flags(HEAD + '项目资金来源：中央财政补助800万元，县乡自筹30万元，受益区农民自筹（包括投工投劳折资）24.6万元，整合资金512.3万元。');
});

test("last year's amount (与2022年…, 比上年同期…, 比上年决算数…) is neither a total nor a part nor a balance's base", () => {
  flags(HEAD + '一般公共预算收入91230万元，与2022年84410万元同比增长8.1%，其中：税收收入70620万元（占比77.4%），非税收入20610万元（占比22.6%）。');
  flags(HEAD + '一般公共预算收入⟦91230万元⟧，与2022年84410万元同比增长8.1%，其中：税收收入70620万元，非税收入21610万元。');
  flags(HEAD + '1-5月，全县总支出完成231450万元，比上年同期201370万元增长14.94%，其中一般预算支出完成171260万元，比上年同期172800万元下降0.89%。');
  flags(HEAD + '2022年，一般公共预算收入预算数为16.12亿元，实际完成16.12亿元，比上年决算数15.63亿元增长3.1%，加上上级补助收入13.91亿元、债券转贷收入2.11亿元、调入资金0.06亿元，收入合计32.20亿元。');
  // `比上年的A`: last year's amount with 的, no total of the 其中 in the next sentence.
  flags(HEAD + '全县普通初中生均公用经费为1845.20元，比上年的1702.36元增长8.39%。其中：农村为1790.15元，比上年的1655.02元增长8.16%。');
  // Averages in plain 元 to the fen: a group's may exceed the whole's (information at most).
  assert.deepEqual(findingsOf('1.全省普通小学为10236.54元，比上年的9812.30元增长4.32%。其中，农村为10318.20元，比上年的9907.61元增长4.14%。', CODE).filter((f) => f.severity !== 'info'), []);
  // 短收 is a difference to the plan, not the total of the 其中 after it.
  flags(HEAD + '1-5月，一般预算财政收入完成13210万元，占年预算31500万元的41.94%，短收190万元，比上年同期增长3.9%。其中：税务部门完成6420万元，比上年同期下降18.3%；财政部门完成6790万元，比上年同期增长41.2%。');
});

test('a 其中 list counted in several measure words (头, 匹, 只) names kinds of several wholes: silent', () => {
  // 猪 is no 大牲畜: the 头 items after the 匹 item belong to another whole.
  flags(HEAD + '年末大牲畜存栏5200头，增长3.1%。其中：肉牛存栏3100头；奶牛存栏1500头；马存栏600匹；生猪存栏4800头；羊存栏2600只。');
  // One measure word throughout: the parts are still held to their total.
  flags(HEAD + '年末大牲畜存栏⟦5200头⟧，增长3.1%。其中：肉牛存栏3100头；奶牛存栏1500头；驴存栏800头；骡存栏950头。');
});

test('parts named with 总量 like their total (业务总量) are parts, not a mix of totals and parts', () => {
  const body = (post: string, telecom: string) =>
    `${HEAD}全年邮电业务总量${post}，比上年增长9.1%。其中，电信业务总量${telecom}，增长9.6%；邮政业务总量31.4亿元，增长6.2%。`;
  flags(body('212.6亿元', '181.2亿元'));
  flags(body('⟦212.6亿元⟧', '191.2亿元'));
});

test('a population by sex, or 农业/非农业, covers its total in the sentence before (其中， / 在总人口中：)', () => {
  flags(HEAD + '年末户籍人口38.42万人，比上年末减少0.35万人。其中，男性19.86万人，女性18.56万人。');
  flags(HEAD + '年末户籍人口⟦38.42万人⟧，比上年末减少0.35万人。其中，男性19.86万人，女性19.56万人。');
  flags(HEAD + '年末总人口为52160人，比上年增加310人。在总人口中：农业人口30415人，非农业人口21745人。');
  flags(HEAD + '年末总人口为⟦52160人⟧，比上年增加310人。在总人口中：农业人口31415人，非农业人口21745人。');
  // A phrase with 在…中 inside a sentence opens no breakdown.
  flags(HEAD + '全县户籍人口52160人，在全市考核中，新增就业3100人，城镇登记失业人员1200人。');
});

test('a budget balance listed under its total with 其中： adds up to it (总收入 = 本级 + 转移性 + 调入 + 结转)', () => {
  const balance = (total: string, own: string) =>
    `${HEAD}全县一般公共预算总收入${total}，其中：一般公共预算收入${own}，完成调整预算的101.2%，增长4.3%；转移性收入21.35亿元，调入资金2.40亿元，动用预算稳定调节基金0.35亿元；上年结转0.90亿元。`;
  flags(balance('33.60亿元', '8.60亿元'));
  flags(balance('⟦33.60亿元⟧', '9.60亿元'));
  // Without an item only a balance lists, a 其中 list is a subset as usual: it may fall short.
  flags(`${HEAD}全县一般公共预算总收入33.60亿元，其中：税收收入6.20亿元，非税收入2.40亿元，国有资源收入1.10亿元。`);
  // A second 其中 makes two levels: the list is not summed as one balance.
  flags(`${HEAD}全县一般公共预算总支出30.20亿元，其中：一般公共预算支出27.10亿元，其中教育支出5.30亿元；上解支出1.20亿元，安排预算稳定调节基金0.40亿元。`);
});

test('the 三保 of a budget add up to their total', () => {
  flags(HEAD + '全年“三保”支出18.40亿元，增长3.2%。其中：“保工资”支出11.20亿元，“保运转”支出0.90亿元，“保基本民生”支出6.30亿元。');
  flags(HEAD + '全年“三保”支出⟦18.40亿元⟧，增长3.2%。其中：“保工资”支出11.20亿元，“保运转”支出0.90亿元，“保基本民生”支出7.30亿元。');
});

test('a balance whose base closes the sentence before: the items may not exceed the 总计', () => {
  const income = (transfer: string, total: string) =>
    `${HEAD}全县一般公共预算收入21500万元，完成预算的101%，增长3.2%。加上转移性收入${transfer}，其中，上级补助收入150300万元、调入资金4100万元和上年结转收入12600万元，债务收入26000万元，收入总计${total}。`;
  flags(income('167000万元', '214500万元'));
  // A breakdown item raised: the items now exceed the total.
  flags(income('167000万元', '⟦214500万元⟧').replace('上级补助收入150300万元', '上级补助收入168300万元'));
  // With 加上 written out and every item priced the total is defined: falling short shows too.
  flags(income('167000万元', '⟦224500万元⟧'));
  // The uses side, without 加上: items only a balance lists open the sentence.
  flags(`${HEAD}全县一般公共预算支出198000万元，增长2.0%。债务还本支出9000万元，上解支出5000万元，年终结转2500万元，支出总计⟦209500万元⟧。`);
  // Without 加上 a narrative may leave a small item out: falling short is no finding.
  flags(`${HEAD}全县一般公共预算支出198000万元，增长2.0%。债务还本支出9000万元，上解支出5000万元，支出总计218000万元。`);
  // The sentence before holds two amounts: which is the base is not written.
  flags(`${HEAD}本级收入21500万元，非税收入6200万元。加上转移性收入167000万元，收入总计180000万元。`);
});

test('a threshold that names a class (2000万元规模以上) is no part; an aside in brackets names no cut', () => {
  flags(HEAD + '全镇实现工业总产值150亿元，同比增长12%。其中2000万元规模以上工业企业产值达92.4亿元；规下企业实现产值57.6亿元。');
  flags(HEAD + '全镇实现工业总产值⟦150亿元⟧，同比增长12%。其中2000万元规模以上工业企业产值达98.4亿元；规下企业实现产值57.6亿元。');
  flags(HEAD + '非税收入⟦32100万元⟧。其中：行政事业性收费收入21900万元，罚没收入6300万元，其他收入（生态环境损害赔偿金）1400万元，专项收入3500万元。');
});

test('health staff: physicians and nurses listed after 卫生技术人员 lie inside it, not beside it', () => {
  flags(HEAD + '卫生机构人员820人，其中，卫生技术人员590人，执业（助理）医师215人，注册护士（师）262人。');
  // Listed beside each other only, they are still held to the total.
  flags(HEAD + '卫生机构人员⟦420人⟧，其中，执业（助理）医师215人，注册护士（师）262人。');
});

test('an amount restated in another currency in brackets (美金X（折合新台币Y）) is the same amount, not a part of it', () => {
  assert.deepEqual(findingsOf('全年核准外来投资金额计美金31亿2,050万元（折合新台币965亿4,380万元），较上年减少8.2%。', CODE), []);
});

test('a figure on another scope in brackets (省口径 X（市口径 Y）) is the same total, not a part of it', () => {
  flags(HEAD + '全年财政总收入省口径完成48.30亿元（市口径61.20亿元），增长1.6%。其中，地方一般公共预算收入26.10亿元，增长2.4%。');
});

test('tax and non-tax revenue with their own changes written after them still add up to their total', () => {
  const text = (tax: string) =>
    `${HEAD}全县一般公共预算收入完成41,520万元，比上年增加380万元，增长0.9%，完成年初预算的99.1%，其中：税收收入完成${tax}，比上年减少1,240万元，下降5.1%；非税收入完成18,400万元，比上年增加1,620万元，增长9.7%。`;
  flags(text('23,120万元'));
  flags(text('25,120万元').replace('41,520万元', '⟦41,520万元⟧'));
  // Changes inside a list that is no known family leave it unread (nested crops, areas by crop).
  flags(`${HEAD}全年粮食种植面积52000亩，比上年增加60亩。其中，小麦种植面积26000亩，比上年增加40亩；玉米种植面积18000亩，比上年减少900亩；油料种植面积9000亩，增加20亩。`);
});

test('retail sales by industry, and sectors of an investment total, are complete families', () => {
  flags(HEAD + '全区实现社会消费品零售总额⟦865200万元⟧，同比增长6.1%。分行业看，批发业完成61200万元，同比下降3.0%；零售业完成712000万元，同比增长6.8%；住宿业完成9800万元；餐饮业完成92200万元。');
  flags(HEAD + '全区实现社会消费品零售总额875200万元，同比增长6.1%。分行业看，批发业完成61200万元，同比下降3.0%；零售业完成712000万元，同比增长6.8%；住宿业完成9800万元；餐饮业完成92200万元。');
  flags(HEAD + '全年全县农林牧渔业总产值⟦96.40亿元⟧，同比增长4.2%。其中：种植业产值61.20亿元；林业产值3.10亿元；牧业产值24.60亿元；渔业产值2.30亿元；农林牧渔服务业产值3.20亿元。');
});

test('tax and non-tax revenue make up 一般公共预算收入, not 财政收入 (which counts shared taxes too)', () => {
  flags(HEAD + '上半年，全区财政收入1210.40亿元，同比增长8.0%。其中，税收收入480.20亿元，增长10.1%；非税收入236.50亿元，下降7.2%。');
  flags(HEAD + '上半年，全区一般公共预算收入⟦736.70亿元⟧，同比增长8.0%。其中，税收收入480.20亿元，增长10.1%；非税收入236.50亿元，下降7.2%。');
});

test('a count told with 有N个 is a kind among the parts before it, no further part', () => {
  flags(HEAD + '全县先后编制了12个五年规划，其中已执行11个，有9个规划的目标基本或超额完成。');
});

test('a 分别 list takes its total from its own ； clause; 可支配收入 is per head even without 人均', () => {
  flags(HEAD + '全年全县生产总值达到96亿元，增长6%；固定资产投资完成38.2亿元；城乡居民可支配收入预计分别达到32100元、13250元，增长7%和9%。');
});

test('收支相抵: the income total is the spending total plus what is left', () => {
  const text = (left: string) =>
    `${HEAD}全年市本级一般公共预算总收入126.40亿元。其中：一般公共预算收入28.30亿元，转移性收入98.10亿元；市本级一般公共预算总支出118.20亿元，其中：一般公共预算支出71.50亿元，转移性支出46.70亿元。收支相抵，年终结余${left}。`;
  flags(text('8.20亿元'));
  flags(text('⟦9.20亿元⟧').replace('总收入126.40亿元', '总收入⟦126.40亿元⟧').replace('⟦9.20亿元⟧', '9.20亿元'));
});

test('a price\'s rise or fall from last year\'s amount (上涨, 下跌) holds the three amounts together', () => {
  flags('每亩小麦种子费用⟦84.52元⟧，比去年71.30元上涨14.22元，涨幅为18.5%。');
  flags('每亩小麦种子费用85.52元，比去年71.30元上涨14.22元，涨幅为19.9%。');
  flags('每亩化肥费用120.4元，比去年⟦131.6元⟧下跌10.2元。');
  flags('每亩化肥费用121.4元，比去年131.6元下跌10.2元。');
});

test('a part whose own share puts its whole on another figure is not under the total it was given', () => {
  flags(HEAD + '上半年对外直接投资备案额41.6亿美元，下降12.3%。完成对外承包工程营业额27.5亿美元，增长8.4%。从对外投资主体来看，制造业对外投资额30.8亿美元，占比达74.0%。');
  // A share that fits no other figure leaves the list alone: the part does exceed its total.
  flags(HEAD + '全县一般公共预算收入⟦27.5亿元⟧，增长8.4%。其中税收收入30.8亿元，占比达74.0%，非税收入10.8亿元。');
});

test('a cut of who invests (从…投资主体来看) divides an investment, not the contracted projects before it', () => {
  flags(`${HEAD}上半年对外直接投资备案额41.6亿美元，下降12.3%。完成对外承包工程营业额27.5亿美元，增长8.4%。从对外投资主体来看，制造业占据主导地位，对外投资额30.8亿美元。`);
  flags(`${HEAD}全县固定资产投资⟦86.4亿元⟧，增长7.2%。从投资主体看，国有投资30.1亿元，民间投资58.3亿元。`);
});

test('items whose counts add up to the total\'s count make up its amount too (项目35个…其中新开工28个…复工7个…)', () => {
  const text = (starts: string, restart: string) => `${HEAD}全年开复工项目42个，完成投资⟦15.8亿元⟧，其中新开工项目${starts}个、完成投资10.2亿元，复工项目${restart}个、完成投资4.9亿元。`;
  flags(text('31', '11'));
  // Counts that miss the total leave the list open (a part under 其中 may be all there is to say).
  flags(text('29', '11').replace('⟦15.8亿元⟧', '15.8亿元'));
  // Another measure under the total (总投资 over 完成投资) is no such list.
  flags(text('31', '11').replace('完成投资⟦15.8亿元⟧', '总投资15.8亿元'));
  // Amounts that do add up: silent.
  flags(text('31', '11').replace('⟦15.8亿元⟧', '15.1亿元'));
});

test('a total at a stage of the plan is not the whole of parts said to be done', () => {
  flags(HEAD + '2025园区财政收入完成73100万元一是一般公共预算收入71230万元一般公共预算收入年初预算数68400万元，超收2830万元，增长9%。其中税收收入完成70810万元，同比增长10.5%非税收入完成420万元。');
  // Parts at the plan's own stage are its parts.
  flags(HEAD + '园区一般公共预算收入年初预算数⟦68400万元⟧。其中税收收入预算数70810万元，非税收入预算数420万元。');
});

test('a 其中 list ends where the balance goes on (，加上…); 及 inside an item\'s name is no unpriced item', () => {
  const text = (tax: string, sum: string) => `${HEAD}全区一般公共预算收入完成⟦46.20亿元⟧，完成预算的100.2%，其中，税收收入完成${tax}亿元，增长3.1%，非税收入完成15.40亿元，下降1.2%，加上中央及市级转移支付21.6亿元、动用预算稳定调节基金4.2亿元，收入总量为${sum}。`;
  flags(text('33.80', '72.00亿元'));
  flags(text('30.80', '72.00亿元').replace('⟦46.20亿元⟧', '46.20亿元'));
  flags(text('30.80', '⟦73.00亿元⟧').replace('⟦46.20亿元⟧', '46.20亿元'));
  // Items named without amounts (调入资金和上年结转等) leave the sum unknown.
  flags(`${HEAD}全区一般公共预算收入完成46.20亿元，加上转移支付21.6亿元、调入资金和上年结转等，收入总量为80.40亿元。`);
});

test('出生人口中 names the figure of the births (全年共出生A人) in the sentence before', () => {
  flags(`${HEAD}全年共出生⟦1530人⟧，死亡1744人。出生人口中，男性为782人，女性为738人。`);
  flags(`${HEAD}全年共出生1520人，死亡1744人。出生人口中，男性为782人，女性为738人。`);
  flags(`${HEAD}全年共出生1520人，死亡⟦1744人⟧。死亡人口中，男性为912人，女性为822人。`);
});

test('a one-part 其中 completed by its complement opening the next sentence (。非税收入B)', () => {
  const text = (nonTax: string) => `${HEAD}全区一般公共预算本级收入完成⟦47.30亿元⟧，增长6.2%。其中，税收收入31.60亿元，增长8.1%。非税收入${nonTax}，下降2.4%。加上转移支付20.5亿元。`;
  flags(text('17.70亿元'));
  flags(text('15.70亿元').replace('⟦47.30亿元⟧', '47.30亿元'));
  // An actual glued to its own completion rate (`…亿元完成预算的51.4%`) is still read as a part.
  flags(`${HEAD}区本级一般公共预算收入⟦19.40亿元⟧下降3.1%，完成预算的52.3%。其中，税收收入12.20亿元完成预算的55.1%。非税收入8.10亿元完成预算的47.6%。`);
  // The next sentence opening on something else, or more of the unit after the part: silent.
  flags(`${HEAD}全区一般公共预算本级收入完成47.30亿元。其中，税收收入31.60亿元。一般公共预算支出17.70亿元。`);
  flags(`${HEAD}全区一般公共预算本级收入完成47.30亿元。其中，税收收入31.60亿元，其中增值税12.1亿元。非税收入17.70亿元。`);
});

test('a cut into the three sectors, past a one-part 其中 sentence, divides the total before it', () => {
  const text = (first: string) => `${HEAD}1-10月，全县固定资产投资⟦286.4亿元⟧，同比增长7.2%。其中，民间投资121.5亿元，下降1.8%。从三次产业看，第一产业投资${first}亿元，增长5.1%；第二产业投资96.3亿元，下降0.6%；第三产业投资171.2亿元，增长9.9%。`;
  flags(text('28.9'));
  flags(text('18.9').replace('⟦286.4亿元⟧', '286.4亿元'));
  // Sectors that add up to the 其中 part, or name it, are that part's: silent.
  flags(`${HEAD}全县固定资产投资286.4亿元。其中，民间投资121.5亿元。从三次产业看，第一产业投资10.5亿元；第二产业投资41.3亿元；第三产业投资69.7亿元。`);
  flags(`${HEAD}全县固定资产投资286.4亿元。其中，民间投资121.5亿元。从三次产业看，民间投资中第一产业10.5亿元；第二产业41.3亿元；第三产业79.7亿元。`);
});

test('two complete families in one 其中 list (男/女, then 汉族/少数民族): the first is read to its last member', () => {
  const text = (men: string) => `${HEAD}总人口为⟦86520人⟧。其中：男性${men}人，占总人口的50.90%；女性42480人，占总人口的49.10%，性别比为103.7；汉族51230人，占总人口的59.2%；少数民族35290人，占总人口的40.8%。`;
  flags(text('44080'));
  flags(text('44040').replace('⟦86520人⟧', '86520人'));
  // (A breakdown of the second family's member after it: `；在少数民族中，…`.)
  flags(`${text('44080').slice(0, -1)}；在少数民族中，回族12010人，占总人口13.9%；蒙古族9120人，占总人口10.5%。`);
});

test('a survey\'s output less what it deducts (扣除…) is what is left (亩均效益, 亩净利)', () => {
  flags(`${HEAD}晚稻平均每亩总产值1388.20元，扣除亩均消耗支出471.35元，亩均效益916.85元，增长3.1%。`);
  flags(`${HEAD}晚稻平均每亩总产值⟦1398.20元⟧，扣除亩均消耗支出471.35元，亩均效益916.85元，增长3.1%。`);
  flags(`${HEAD}农户出售后现金收入⟦1206元⟧，扣除亩生产成本投入874元（含用工），亩净利322元（不含补贴）。`);
  // A growth net of prices (扣除价格因素) deducts no amount.
  flags(`${HEAD}城镇居民人均可支配收入38250元，增长6.8%，扣除价格因素实际增长5.1%。`);
});

test('two years\' amounts and the change between them (2024年为A，2023年为B，增加C)', () => {
  flags(`${HEAD}物质与服务费用：2024年为318.40元/亩，2023年为296.15元/亩，增加22.25元/亩，上升幅度为7.51%。`);
  flags(`${HEAD}物质与服务费用：2024年为⟦318.40元/亩⟧，2023年为296.15元/亩，增加23.25元/亩，上升幅度为7.51%。`);
  flags(`${HEAD}现金收益：2024年为212.60元/亩，2023年为⟦355.90元/亩⟧，减少142.30元/亩，下降幅度为40.26%。`);
  flags(`${HEAD}现金收益：2023年为355.90元/亩，2024年为213.60元/亩，减少142.30元/亩。`);
});

test('a bracket naming the larger whole, and a clause naming the top of another cut, are no parts', () => {
  flags('以村干部为管理人员，600户（全村1100户农户）养殖农户参加组建了合作社。');
  flags('种植的品种42个，总面积5830多亩，其中甲种植面积4640亩，其它41个品种种植面积1190多亩，种植品种最多的镇为乙镇，23个品种，面积410多亩。');
  // (`；外资方面，…8个区`: another aspect, no part of the 7 districts before it.)
  flags('尽管全市总体外贸和外资实现了增长,但各区情况分化。外贸方面,7个区进出口正增长,其中东江、北岭、西湖、南塘、中山、新港6个区的增速高于全市平均水平;外资方面,老城、中山、新港、西湖、河东、东江、长宁、远山等8个区实际外资正增长,老城、中山等区的增速高于全市平均水平。');
  // A bracket of parts is still read.
  flags('参加农户⟦600户⟧（甲村300户，乙村400户），覆盖面广。');
});

test('a budget\'s 总收入 less its plain spending right after it is the balance (收支相抵, 减去支出)', () => {
  const text = (left: string, verb: string) => `${HEAD}减去债务还本支出0.4亿元，一般公共预算总收入52.6亿元。一般公共预算支出49.9亿元，增长3.1%。${verb}一般公共预算结余${left}，全部为结转项目资金。`;
  flags(text('2.7亿元', '全年收支相抵，'));
  flags(text('2.7亿元', '预算总收入减去支出，'));
  flags(text('3.1亿元', '全年收支相抵，').replace('总收入52.6亿元', '总收入⟦52.6亿元⟧'));
  flags(text('3.1亿元', '预算总收入减去支出，').replace('总收入52.6亿元', '总收入⟦52.6亿元⟧'));
  // Spending written over the income total: the balance cannot be what is left.
  flags(text('2.7亿元', '全年收支相抵，').replace('支出49.9亿元', '支出55.9亿元').replace('总收入52.6亿元', '总收入⟦52.6亿元⟧'));
  // Another use spent between them (上解) leaves the plain spending short of all that was spent: silent.
  flags(`${HEAD}一般公共预算总收入52.6亿元。一般公共预算支出45.9亿元，上解支出3.2亿元，全年收支相抵，一般公共预算结余3.5亿元。`);
  // A plain revenue (no 总收入) is no balance's whole: transfers fill the gap.
  flags(`${HEAD}一般公共预算收入22.6亿元。一般公共预算支出49.9亿元，全年收支相抵，一般公共预算结余2.7亿元。`);
});

test('a balance listed under a total in the sentence before; what is left over may stand beside the uses', () => {
  flags(`${HEAD}全年市本级一般公共预算总收入⟦126.40亿元⟧。其中：一般公共预算收入30.30亿元，转移性收入98.10亿元。`);
  // 支出总计 = the three uses; the 年末结余 stated after them is not one of them.
  flags(`${HEAD}2023年，全区支出总计498,200万元。其中：一般公共预算支出441,000万元；一般债务还本支出54,100万元；上解支出3,100万元，年末结余15万元。`);
});

// ------------------------------------------------------------------ members named by the total, budget wholes

test('flags parts that the total names one character each (猪牛羊 → 猪肉, 牛肉, 羊肉)', () => {
  flags('全年猪牛羊肉总产量⟦5.6万吨⟧，比上年增长1.2%。其中，猪肉3.1万吨，牛肉0.9万吨，羊肉1.1万吨。');
});

test('does not flag 猪牛羊 parts that add up, nor 农林牧渔 without its services', () => {
  flags('全年猪牛羊肉总产量5.1万吨，比上年增长1.2%。其中，猪肉3.1万吨，牛肉0.9万吨，羊肉1.1万吨。');
  flags('全年农林牧渔业总产值36.2亿元，其中农业20.1亿元，林业2.3亿元，牧业9.4亿元，渔业2.9亿元。');
});

test('flags own revenue plus transfers that miss the budget total', () => {
  flags('全年一般公共预算收入⟦58.40亿元⟧。其中：本级收入21.36亿元，转移性收入33.05亿元。');
});

test('does not flag own revenue plus a grant that fall short: grants are one item of the transfers', () => {
  flags('全年一般公共预算收入58.40亿元。其中：本级收入21.36亿元，上级补助收入33.05亿元。');
});

test('flags the second 其中 of a sentence, after a `；`, against the figure of its own clause', () => {
  flags(
    '全年一般公共预算总收入96.18亿元。其中：一般公共预算收入40.11亿元，转移性收入56.07亿元；一般公共预算总支出⟦90.02亿元⟧，其中：一般公共预算支出71.30亿元，转移性支出19.62亿元。',
  );
});

test('does not flag two 其中 lists of one sentence that both add up', () => {
  flags(
    '全年一般公共预算总收入96.18亿元。其中：一般公共预算收入40.11亿元，转移性收入56.07亿元；一般公共预算总支出90.92亿元，其中：一般公共预算支出71.30亿元，转移性支出19.62亿元。',
  );
});

test('flags high and junior schools that miss the schools and pupils of 普通中学', () => {
  flags('全县普通中学⟦42所⟧，在校学生2.61万人，其中高中8所，在校学生1.02万人；初中31所，在校学生1.59万人。');
});

test('flags a carried balance whose base stands before a 其中 sentence, counting 上年结余 as a source', () => {
  const text = (grant: string) =>
    `一般公共预算收入完成52140万元，为预算的101.2%。其中：税收收入完成33020万元；非税收入完成19120万元。加上级补助收入${grant}、上年结余8460万元、调入资金12300万元，收入总计⟦160500万元⟧。`;
  // 52140 + 87600 + 8460 + 12300 = 160500: consistent
  flags(text('87600万元').replace('⟦160500万元⟧', '160500万元'));
  // a grant raised by 6000 makes the listed sources exceed the total
  flags(text('93600万元'));
});

// ------------------------------------------------------------------ adjustments and remainders

test('flags a budget adjustment whose size is not the difference (由A调整为B，调减C)', () => {
  flags('经批准，一般公共预算收入由年初的⟦64250万元⟧调整为60130万元，调减4210万元。');
  flags('经批准，一般公共预算收入由年初的64250万元调整为60130万元，调减4120万元。');
  flags('非税收入由21000万元调增为⟦26500万元⟧，调增5300万元。');
  flags('非税收入由21000万元调增为26300万元，调增5300万元。');
});

test('flags a balance whose total less its spending is not what is left (A，减B，结余C)', () => {
  flags('收入总计⟦215430万元⟧，减支出总计209870万元，年终滚存结余5650万元。');
  flags('收入总计215430万元，减支出总计209870万元，年终滚存结余5560万元。');
});

test('does not read an adjustment of another unit or without its size', () => {
  flags('三次产业结构由上年的18:43:39调整为17:44:39，调整幅度较大。');
  flags('一般公共预算收入由年初的64250万元调整为60130万元，主要是减税降费。');
});

// ------------------------------------------------------------------ 从…看, 在…中 and what they break down

test('flags the sexes after 从性别看 and after 在总人口中 against the population', () => {
  flags('年末全县总人口⟦64.20万人⟧，从性别看，男性人口33.15万人，女性人口30.85万人。');
  flags('年末全县总人口64.00万人，从性别看，男性人口33.15万人，女性人口30.85万人。');
  flags('年末户籍总人口为⟦412300人⟧。在总人口中男性人口为211870人；女性人口为199530人。');
});

test('flags the four trades of retail sales after 从…构成看', () => {
  flags('全年社会消费品零售总额⟦58.64亿元⟧。从社会消费品零售总额的行业构成看，批发业零售额12.30亿元；零售业40.12亿元；住宿业2.05亿元；餐饮业4.07亿元。');
});

test('does not hold a breakdown after a 其中 sentence to the total before that sentence', () => {
  flags('全年社会消费品零售总额为280.40亿元。其中，限额以上零售额160.26亿元。从消费形态看，商品零售154.90亿元；餐饮收入5.36亿元。');
});

test('flags either cut when a 其中 lists two complete families in two clauses', () => {
  flags('年末户籍人口为⟦98430人⟧。其中，城镇人口41260人，乡村人口57170人；男性人口50120人，女性人口49310人。');
  flags('年末户籍人口为98430人。其中，城镇人口41260人，乡村人口57170人；男性人口50120人，女性人口48310人。');
});

test('does not read clauses that are no complete family as cuts of the total', () => {
  flags('年末户籍人口为98430人。其中，城镇人口41260人，外出人口7170人；学龄人口12120人，退休人口9310人。');
});

test('flags insured persons, investment and revenue by collector that miss their totals', () => {
  flags('全县基本医疗保险参保⟦52.60万人⟧，其中城乡居民医保46.12万人，职工医保6.58万人。');
  flags('全县基本医疗保险参保52.70万人，其中城乡居民医保46.12万人，职工医保6.58万人。');
  flags('全区完成固定资产投资⟦83.45亿元⟧。其中项目投资51.20亿元；房地产开发投资31.95亿元。');
  flags('全区一般公共预算收入⟦18.62亿元⟧，其中：税务部门组织收入13.05亿元，财政部门组织收入5.47亿元。');
});

// ------------------------------------------------------------------ lessons of an untouched batch (holdout8)

test('does not hold a 其中 sentence to a total whose own 其中 list ends with another candidate', () => {
  flags('1-6月全县一般公共预算总收入24350万元，其中：中央级收入9820万元；地方本级收入11240万元。其中税收收入6850万元，非税收入4390万元。');
});

test('does not pick the last count before 其中 when an earlier count frames the set', () => {
  flags('全区规模以上工业36个行业大类中，15个行业产值同比增长，其中，19个行业增速高于全区平均水平。');
});

test('infrastructure and industrial investment may overlap', () => {
  flags('全区固定资产投资186.30亿元。其中，工业投资70.20亿元；房地产开发投资80.50亿元；基础设施投资38.10亿元。');
});

test('an item under 其中 inside a balance list breaks down the item before it', () => {
  flags('全镇一般公共预算收入3810万元，加上级转移支付收入1650万元，其中：一般转移支付收入1290万元（含均衡性转移支付收入150万元），上年结转结余70万元，基金调入90万元，收入合计为5620万元。');
  flags('全镇一般公共预算收入3810万元，加上级转移支付收入1650万元，其中：一般转移支付收入1290万元（含均衡性转移支付收入150万元），上年结转结余70万元，基金调入90万元，收入合计为⟦5720万元⟧。');
});

// ------------------------------------------------------------------ lessons of an untouched batch (holdout9)

test('a bracketed plan before its 的 is no total of the 其中 after it', () => {
  flags('全年综合预算收入512.6亿元（已剔除调入资金41.2亿元），完成预算（478.4亿元）的107.2%。其中：一般公共预算收入390.5亿元，政府性基金收入120.8亿元，国有资本经营收入12.1亿元。');
});

test('a contract value is no part of output value', () => {
  flags('全县资质以上建筑企业实现总产值98640.5万元，其中，建筑工程产值97210.3万元，共签订合同额186420.7万元，增长8.2%。');
});

test('does not hold 全社会固定资产投资 to its project and real-estate parts (farm households count too)', () => {
  flags('全年全社会固定资产投资86.40亿元，其中项目投资51.20亿元，房地产开发投资31.95亿元。');
});

test('从全省看 compares with a wider territory: no breakdown, no part above the county total', () => {
  flags('全县地区生产总值126.5亿元，增长6.1%。从全省看，全省地区生产总值5120.3亿元，增长5.8%。');
});

// ------------------------------------------------------------------ doubtful pairings: information

/** The severity of each finding of this code, in text order. */
function severities(text: string): string[] {
  return findingsOf(text, CODE).map((f) => f.severity);
}

test('counted units under 其中 whose sum exceeds the total: information, they may be classified twice', () => {
  // A firm is both 国有 and 规上; a project both 新开工 and 竣工: the counts may overlap.
  assert.deepEqual(severities('全镇共有企业46家，其中：股份制企业21家，外资企业9家，出口企业19家。'), ['info']);
  assert.match(findingsOf('全镇共有企业46家，其中：股份制企业21家，外资企业9家，出口企业19家。', CODE)[0]?.message.en ?? '', /classified several ways/);
});

test('one counted part above its count total stays an error: overlapping classes cannot do that', () => {
  assert.deepEqual(severities('全县有农民专业合作社318个，其中国家级示范社381个。'), ['error']);
});

test('a part that names another measure than its total: information, the pairing is doubtful', () => {
  assert.deepEqual(severities('全年一般公共预算支出9.6亿元，其中：税收收入11.2亿元。'), ['info']);
});

test('a 其中 after a figure that follows a wider total (总人口) may break down that one: information', () => {
  const text = '全镇总户数5120户，总人口21460人，外出务工人口6230人，其中非农业人口1870人，少数民族人口9380人。';
  assert.deepEqual(severities(text), ['info']);
  assert.match(findingsOf(text, CODE)[0]?.message.zh ?? '', /更大总数/);
  // With no wider total before it, or one too small to hold the part, it stays an error.
  assert.deepEqual(severities('全镇外出务工人口6230人，其中少数民族人口7380人。'), ['error']);
  assert.deepEqual(severities('全镇总户数5120户，总人口6960人，外出务工人口6230人，其中少数民族人口7380人。'), ['error']);
});

test('parts that name the total’s measure, or none, exceeding it: still an error', () => {
  assert.deepEqual(severities('全年蔬菜总产量3.2万吨，其中：叶菜类产量1.4万吨，瓜果类产量2.3万吨。'), ['error']);
  assert.deepEqual(severities('全年一般公共预算收入5.6亿元，其中：县本级4.1亿元，园区2.3亿元。'), ['error']);
});

// ------------------------------------------------------------------ structure the text explains

test('does not flag parts that add up to another figure of the sentence: they break that one down', () => {
  // 4.1 + 3.9 = 8.0, the 财政总收入: which figure the 其中 belongs to is not written.
  flags('全年财政总收入8.0亿元，一般公共预算收入7.0亿元，其中税收收入4.1亿元、非税收入3.9亿元。');
});

test('does not add the parts of a part (`在地方收入中：`) to the total', () => {
  flags('全年组织财政收入12.5亿元，其中：上划中央收入4.3亿元，地方收入8.2亿元，在地方收入中：一般公共预算收入7.6亿元，其中税收收入5.3亿元，非税收入2.3亿元。');
});

test('a lone part above its total is flagged even when the parts add up to another figure', () => {
  flags('全年财政总收入22.3亿元，一般公共预算收入⟦9.7亿元⟧，其中税收收入19.0亿元，非税收入3.3亿元。');
});

test('a configured severity never raises a doubtful finding back, but may lower it', () => {
  const text = '全镇共有企业46家，其中：股份制企业21家，外资企业9家，出口企业19家。';
  const sev = (setting: 'error' | 'hint'): string[] => analyze(text, { severities: { [CODE]: setting } }).findings.filter((f) => f.code === CODE).map((f) => f.severity);
  assert.deepEqual(sev('error'), ['info']);
  assert.deepEqual(sev('hint'), ['hint']);
});

test('parts far from their total (over half again, no 万/亿 slip to explain it) are information: another total is likelier', () => {
  const fs = findingsOf('地区生产总值45.0亿元，其中第一产业增加值10.0亿元，第二产业增加值30.0亿元，第三产业增加值50.0亿元。', CODE);
  assert.deepEqual(fs.map((f) => f.severity), ['info']);
  assert.match(fs[0]?.message.zh ?? '', /相差悬殊/);
});

test('parts near their total, or one part off by a 万/亿 slip, stay errors', () => {
  assert.deepEqual(severities('地区生产总值95.0亿元，其中第一产业增加值10.0亿元，第二产业增加值30.0亿元，第三产业增加值50.0亿元。'), ['error']);
  // 3.2万元 for 3.2亿元 with the sum not exact otherwise: still the sum's finding, or magnitude-suspect's.
  const both = analyze('地区生产总值93.4亿元，其中第一产业增加值3.2万元，第二产业增加值30.1亿元，第三产业增加值50.0亿元。').findings.filter((f) => f.code === CODE || f.code === 'magnitude-suspect');
  assert.ok(both.length > 0 && both.every((f) => f.severity === 'error' || f.severity === 'warning'), JSON.stringify(both.map((f) => [f.code, f.severity])));
});

test('a total one typed digit away from its sum is a slip, however far: an error, not information', () => {
  // 2736 for 27336 (= 9418 + 17918): a digit dropped.
  assert.deepEqual(severities('全年新增债务转贷收入2736万元（新增一般债券9418万元，再融资债券17918万元）。'), ['error']);
  // One part with a digit too many (94180 for 9418) likewise.
  assert.deepEqual(severities('全年债务转贷收入27336万元（新增一般债券94180万元，再融资债券17918万元）。'), ['error']);
  // Short figures are one edit apart by chance: still information when far.
  assert.deepEqual(severities('地区生产总值15亿元，其中第一产业增加值1亿元，第二产业增加值1亿元，第三产业增加值3亿元。'), ['info']);
});

test('per-head amounts in plain 元 are never parts of a total in 亿元 (城乡居民收入…分别…)', () => {
  flags('全年完成地方财政收入2.65亿元、增长7.4%，城乡居民收入达到31560元和12870元、分别增长6.2%和8.1%。');
});

// ------------------------------------------------------------------ lessons of holdout10 (our words and numbers)

test('a balance whose total is named 收入总量 / 支出总量 adds up like 收入总计', () => {
  flags('全区一般公共预算支出312.4亿元，下降1.6%，加上上解支出14.2亿元、债务还本支出18亿元、结转下年支出6.3亿元，支出总量为⟦352.9亿元⟧。');
  flags('全区一般公共预算支出312.4亿元，下降1.6%，加上上解支出14.2亿元、债务还本支出18亿元、结转下年支出6.3亿元，支出总量为350.9亿元。');
});

test('a balance base is never a figure named in brackets after it (`（含市拨专款…）`)', () => {
  flags('区级一般公共预算收入186.3亿元（含市拨专款41.2亿元），加上年结转收入5.4亿元、调入资金3.3亿元，收入总量为195亿元。');
});

test('谷物, 豆类 and 薯类 make up 粮食', () => {
  flags('粮食总产量达到⟦18.6万吨⟧，其中，谷物产量171240吨，豆类产量2310吨，薯类产量6050吨。');
  flags('粮食总产量达到18.0万吨，其中，谷物产量171240吨，豆类产量2310吨，薯类产量6050吨。');
});

test('从项目批次来看 opens a breakdown of the total before it', () => {
  flags('全市186个重点项目完成投资⟦204.6亿元⟧。从项目批次来看，建成投运项目完成投资61.2亿元；续建项目完成投资131.8亿元；新开工项目完成投资19.4亿元。');
});

test('a 其中 that opens a `；` clause lists its parts in the clauses after it', () => {
  flags('全市新增创业担保贷款发放⟦8.42亿元⟧，完成全年任务的96%；其中：个人创业贷款5.93亿元，完成全年任务的101%；小微企业贷款3.06亿元，完成全年任务的88%。');
  // Inside a clause of a `；` series, the next `；` still returns to the series.
  flags('全年粮食产量30.2万吨；油料14.5万吨，其中：油菜籽11.1万吨；蔬菜49.9万吨。');
});

test('one year picked out of a span (`其中2021年…`) is no part of a level reached; it is of a total over the span', () => {
  flags('五年来，全镇财政总收入由2019年的2.66亿元增加到2023年的4.56亿元，增长比例达71%，其中2021年财政总收入达到5.54亿元。');
  flags('五年来累计完成固定资产投资⟦120亿元⟧，其中2023年完成投资135亿元。');
});

// ------------------------------------------------------------------ lessons of holdout11 (our words and numbers)

test('figures in a bracket after a part break that part down; they are no further parts', () => {
  flags('上级补助收入8.62亿元，完成年初预算47.1%。其中返还性收入6.35亿元（税收返还3.71亿元，完成年初预算50.2%；非税返还2.64亿元），转移支付收入2.27亿元。');
});

test('a part named as the whole its total belongs to (生产总值 under 第三产业增加值) is no part of it', () => {
  flags('全年实现生产总值1826420万元，第一产业增加值251306万元，第二产业增加值1264310万元，第三产业增加值310804万元。其中：县属实现生产总值612870万元，增长4.1%。');
});

test('a lone part above its total stays an error only when the names show it belongs there', () => {
  // 禽肉产量 under 肉类总产量: one measure; 示范社 under 合作社: one head noun.
  assert.deepEqual(severities('全年肉类总产量6.3万吨。其中，猪肉产量4.9万吨；禽肉产量7.2万吨。'), ['error']);
  assert.deepEqual(severities('全县有农民专业合作社318个，其中国家级示范社381个。'), ['error']);
  // 整合资金 under 县乡自筹: nothing in the names ties them; the pairing was a guess.
  assert.deepEqual(severities('项目县乡自筹25万元，其中：整合资金49.6万元。'), ['info']);
});

test('figures grouped by spaces, as yearbooks print them, add up as written', () => {
  flags('全年实现生产总值5 820亿元，增长9%。其中，第一产业增加值702.4亿元；第二产业增加值3 011.5亿元；第三产业增加值2 106.1亿元。');
  flags('全年实现生产总值⟦5 820亿元⟧，增长9%。其中，第一产业增加值702.4亿元；第二产业增加值3 011.5亿元；第三产业增加值2 206.1亿元。');
});

test('two 从…看 breakdowns in a row both break down the total before them, not each other', () => {
  flags('全区完成全社会固定资产投资96.00亿元，增长12.5%。从管理渠道看，基本建设投资38.21亿元，增长20.7%；更新改造投资36.05亿元，增长4.5%。从产业结构看，第二产业完成投资40.11亿元，增长9.5%；第三产业完成投资50.37亿元，增长16.2%。');
});

test('a `；` list whose last member follows a `，` still completes its family', () => {
  const text = (fishery: string): string =>
    `全县农林牧渔业总产值⟦84.2亿元⟧，比上年增长3.9%。其中，农业产值50.31亿元，增长4.6%；林业产值3.12亿元，下降11%；牧业产值24.06亿元，增长2.8%；渔业产值${fishery}亿元，增长1.5%，农林牧渔专业及辅助性活动产值5.91亿元，增长6.1%。`;
  flags(text('0.80').replace('⟦84.2亿元⟧', '84.2亿元'));
  flags(text('1.80'));
});

test('a budget balance list goes on through items only a balance lists, even after a comma', () => {
  const text = (fund: string): string =>
    `支出总量1960.5亿元，增长1.2%，为预算的112.8%。其中，一般公共预算支出1702.3亿元，下降5.4%；债务还本支出36.1亿元，安排预算稳定调节基金等${fund}亿元。收支相抵，结转下年410.2亿元。`;
  flags(text('222.1'));
  flags(text('262.1').replace('支出总量1960.5亿元', '支出总量⟦1960.5亿元⟧'));
});

test('grain crops listed under 粮食 one by one are one 其中 list: an excess is flagged, a shortfall is not', () => {
  const text = (potato: string): string => `粮食产量⟦9.52万吨⟧，增长1.3%，其中，稻谷产量8.61万吨，增长1.1%；甘薯5126吨，增长1.4%；马铃薯${potato}吨，增长0.9%；大豆388吨，增长2.2%。`;
  flags(text('9012'));
  flags(text('2012').replace('⟦9.52万吨⟧', '9.52万吨'));
});

test('a balance listed without 加上 may not exceed its 收入总计 when it opens with its base', () => {
  const text = (carry: string): string => `收入：全区国有资本经营预算收入完成20,416万元，上级补助收入10,622万元，上年结余${carry}万元，收入总计⟦32,078万元⟧，与上年持平。`;
  flags(text('1,040').replace('⟦32,078万元⟧', '32,078万元'));
  flags(text('1,940'));
  // Opening with a transfer: the base stands elsewhere, the list is not the whole.
  flags('全区一般公共预算支出302.2亿元，下降6.4%。上解支出18.5亿元，债务还本支出23.8亿元，支出总量为490.7亿元。');
});

test('under 分产业看, bare sector names cut the total before them whatever it measures', () => {
  const text = (third: string): string => `全年固定资产投资完成⟦28.40亿元⟧，同比增长10.9%。分产业看，第一产业完成21651万元，同比增长12.1%；第二产业102072万元，同比增长23.6%；第三产业${third}万元，同比增长5.5%。`;
  flags(text('160277').replace('⟦28.40亿元⟧', '28.40亿元'));
  flags(text('190277'));
});

test('a listed balance reads past rates between its amounts, but never counts a plan amount as an item', () => {
  flags('全县政府性基金预算支出41298万元，为预算的108.5%，增长27.9%，调出资金5960万元，年终结转结余7979万元，支出总计⟦54237万元⟧。');
  // Falling short is no finding: a balance told in prose may leave an item out.
  flags('全县政府性基金预算支出41298万元，为预算的108.5%，增长27.9%，调出资金5960万元，年终结转结余7979万元，支出总计56237万元。');
  flags('全县政府性基金预算支出41298万元，为预算的108.5%，增长27.9%，调出资金5960万元，年终结转结余7979万元，支出总计55237万元。');
  flags('全县政府性基金预算支出41298万元，完成预算38000万元的108.7%，调出资金5960万元，年终结转结余7979万元，支出总计55237万元。');
});

test('under a 分…看 mark, sectors that say what they measure still need a total of that measure', () => {
  flags('地区生产总值150亿元，固定资产投资80亿元。分产业看，第一产业增加值20亿元；第二产业增加值60亿元；第三产业增加值70亿元。');
});

test('the local budget revenue (older name 地方一般预算收入) and the taxes are two levels, not two parts', () => {
  flags('全年财政总收入168625万元，比上年增长44.2%。其中：地方一般预算收入113307万元，增长56.9%；税收总收入94717万元，增长59.6%。');
});

test('visitors by origin and taxes by the level they accrue to are complete families', () => {
  flags('全年各景点接待游客⟦290万人次⟧，增长59%。其中，国内游客244.8万人次，增长66.6%；港澳台同胞33.49万人次，增长17.5%；外国游客1.71万人次，增长42.5%。');
  flags('全年各景点接待游客280万人次，增长59%。其中，国内游客244.8万人次，增长66.6%；港澳台同胞33.49万人次，增长17.5%；外国游客1.71万人次，增长42.5%。');
  flags('全县工商税收入库⟦26772.8万元⟧，比上年增长15.16%。按税收体制分：中央税12973.1万元，省级税3072.7万元，县级税9727万元，分别比上年增长12.2%、110%、5.2%。');
  // A project's funds by level leave out what the people raise: no complete family.
  flags('项目总投资1000万元，其中中央资金600万元，省级资金200万元，县级配套100万元。');
});

test('funds named by level alike are still no complete family under a project total', () => {
  flags('项目总投资1000万元，其中中央资金600万元，省级资金200万元，县级资金100万元。');
});

test('a total announced as made of N parts (由三部分构成) is their sum', () => {
  flags('2024年全镇财政总收入为⟦5128万元⟧，由三部分构成：一是本年本镇财政收入2254万元；二是上级财政补助收入2492万元；三是上年结转282万元。');
  flags('2024年全镇财政总收入为5028万元，由三部分构成：一是本年本镇财政收入2254万元；二是上级财政补助收入2492万元；三是上年结转282万元。');
});

test('a `；` clause naming the opposite member of the total (固定 → 移动) closes the 其中 list', () => {
  flags('年末本地固定电话用户14.53万户，增长50.4%，其中乡村电话用户11.03万户，增长37.9%；移动电话用户12.05万户，增长41.1%。');
  // The trade total names both members: export and import are its parts.
  flags('全区完成外贸进出口总额⟦84.7亿元⟧，下降17.2%。其中，完成出口总额87.0亿元，下降16.9%；进口总额7.7亿元，下降20.4%。');
});

test('sectors that complete GDP end the list when the last one opens its own 其中', () => {
  const text = (first: string): string =>
    `全年实现地区生产总值（GDP）⟦1830109万元⟧，同比增长4.2%，其中：第一产业增加值为${first}万元，较上年增长4.4%；第二产业增加值为497220万元，较上年增长3.7%；第三产业增加值为1031905万元，较上年增长4.3%，其中：交通运输、仓储和邮政业增加值实现61518万元，同比增长9.5%；批发和零售业增加值实现43642万元，同比下降2.8%；金融业增加值实现105273万元；其他服务业增加值实现610001万元。`;
  flags(text('300985').replace('⟦1830109万元⟧', '1830109万元'));
  flags(text('400985'));
});

test('a closing bracket that nothing opened ends the 其中 list it was meant to bracket', () => {
  flags('（1）全县完成一般公共预算收入6.71亿元，其中：税收收入4.93亿元、非税收入1.78亿元）、上级补助收入20.64亿元（其中：返还性收入1.91亿元、一般性转移支付17.05亿元、专项转移支付1.68亿元）。');
  flags('（1）全县完成一般公共预算收入⟦6.71亿元⟧，其中：税收收入5.93亿元、非税收入1.78亿元）、上级补助收入20.64亿元。');
});

test('a sibling after a comma, named with the total\'s frame and another head, ends the 其中 list', () => {
  flags('2018年，某州实现地方公共财政预算收入⟦1.9939亿元⟧。其中税收收入1.0175亿元，非税收入0.8764亿元，地方公共财政支出98.5044亿元，增长5%。');
  flags('2018年，某州实现地方公共财政预算收入1.8939亿元。其中税收收入1.0175亿元，非税收入0.8764亿元，地方公共财政支出98.5044亿元，增长5%。');
});

// ------------------------------------------------------------------ lessons of the eighth session (tune15)

test('a `；加上…` clause after a 其中 list is the balance\'s next step, not one more part', () => {
  flags('2023年，全县一般公共预算收入8.42亿元，完成预算的96.1%，其中：税收收入6.05亿元，增长3.2%；非税收入2.37亿元，下降8.8%；加上转移性收入21.66亿元（其中：返还性收入0.52亿元，一般性转移支付收入15.3亿元），全县一般公共预算可用财力为30.08亿元。');
  // Without 加上 the same clause would be read as a third part: the list still flags a real excess.
  flags('2023年，全县一般公共预算收入⟦8.42亿元⟧，其中：税收收入7.05亿元，增长3.2%；非税收入2.37亿元，下降8.8%；加上转移性收入21.66亿元，全县一般公共预算可用财力为30.08亿元。');
});

test('an item that opens on its verb (`，实现销售收入…`) measures the part before it again; it is no second part', () => {
  flags('2022年三个园区共完成开票收入86.5亿元，占全县的58%。其中高新区实现开票收入47亿元，占三个园区的54%，实现营业收入63.8亿元。');
  // A known family keeps its members whatever verb opens them: 8.2 + 3.1 is above 10.5.
  flags('全县财政总收入⟦10.5亿元⟧，其中：税收收入8.2亿元，实现非税收入3.1亿元。');
});

test('a part named like an earlier figure of the clause is not held to the total just before 其中', () => {
  flags('全年园区共签约合同外资3.62亿美元，实际使用外资1.48亿美元，其中开发区签约合同外资2.75亿美元，实际使用外资1.06亿美元。');
  // Named like the total just before 其中, the part is still held to it.
  flags('全年园区共签约合同外资3.62亿美元，实际使用外资⟦1.48亿美元⟧，其中开发区实际使用外资2.06亿美元。');
});

test('a balance closed by 可用财力 / 可用资金 starts from the revenue its 其中 list breaks down', () => {
  const text = (transfers: string): string =>
    `2023年，全县一般公共预算收入8.42亿元，完成预算的96.1%，其中：税收收入6.05亿元，增长3.2%；非税收入2.37亿元，下降8.8%；加上转移性收入${transfers}亿元（其中：返还性收入0.52亿元，一般性转移支付收入15.3亿元），全县一般公共预算可用财力为⟦30.08亿元⟧。`;
  flags(text('21.66').replace('⟦30.08亿元⟧', '30.08亿元'));
  flags(text('23.66'));
});

test('last year\'s amount named again with its indicator (`比上年专项转移支付收入X`) is no total of the next 其中', () => {
  flags('2023年专项转移支付收入18420.5万元，比上年专项转移支付收入11215.3万元增加7205.2万元，增长64.2%。其中，一般公共预算收入15007.4万元，政府性基金收入3413.1万元。');
  flags('2023年专项转移支付收入⟦18420.5万元⟧，比上年专项转移支付收入11215.3万元增加7205.2万元，增长64.2%。其中，一般公共预算收入16007.4万元，政府性基金收入3413.1万元。');
});

test('a per-head ratio closing a 其中 list (`每千人拥有床位…张`) is no part of it', () => {
  flags('全县设病床820张，其中，县人民医院有床位360张，县中医院150张，乡镇卫生院有床位310张，每千人拥有病床2.15张。');
  flags('全县设病床⟦820张⟧，其中，县人民医院有床位360张，县中医院150张，乡镇卫生院有床位350张，每千人拥有病床2.15张。');
});

test('figures with thousands separators in a bracketed 其中 list (`300,259万元(其中:1,755万元、…)`) are summed whole', () => {
  flags('2023年，全县一般公共预算收入6,415万元、上级补助收入212,604万元(其中:返还性收入1,322万元、一般性转移支付补助118,540万元、专项转移支付补助92,742万元)，收入总计219,019万元。');
  flags('2023年，全县一般公共预算收入6,415万元、上级补助收入⟦212,604万元⟧(其中:返还性收入1,322万元、一般性转移支付补助128,540万元、专项转移支付补助92,742万元)，收入总计219,019万元。');
});

test('every bracketed 其中 of a balance sentence breaks down the figure right before it', () => {
  const text = (bonds: string): string =>
    `2023年，全县一般公共预算收入6,415万元、上级补助收入212,604万元（其中：返还性收入1,322万元、一般性转移支付补助118,540万元、专项转移支付补助92,742万元）、一般债券转贷收入${bonds}（其中：新增一般债券收入8,300万元、再融资债券12,450万元）、调入资金2,210万元（其中：政府性基金调入310万元，国有资本经营预算调入1,900万元），收入总计241,979万元。`;
  flags(text('20,750万元'));
  flags(text('⟦19,750万元⟧'));
});

test('a bracketed breakdown right after a figure is read even when the sentence has a 其中 later', () => {
  flags('全系统现有职工⟦512人⟧（在编职工438人，聘用人员84人），其中：专业技术人员431人，管理人员49人，工勤人员32人。');
  flags('全系统现有职工512人（在编职工438人，聘用人员74人），其中：专业技术人员431人，管理人员49人，工勤人员32人。');
});

test('`从各行业实现零售额的情况看` opens a breakdown by trade, even with the period repeated after it', () => {
  const text = (wholesale: string): string =>
    `2023年1-6月，某区实现社会消费品零售总额⟦286.4亿元⟧，同比增长5.2%。从各行业实现零售额的情况看，1-6月，批发业实现零售额${wholesale}亿元，同比增长7.1%；零售业实现零售额231.5亿元，同比增长4.4%；住宿业实现零售额6.2亿元，同比增长9.8%；餐饮业实现零售额27.3亿元，同比增长8.0%。`;
  flags(text('21.4').replace('⟦286.4亿元⟧', '286.4亿元'));
  flags(text('24.4'));
});

test('parts that give the total exactly, then an item with another head noun: the list ended before it', () => {
  flags('全镇在园幼儿2465人，其中城区幼儿1380人，农村幼儿1085人，在园教职工312人。');
  flags('全镇在园幼儿⟦2465人⟧，其中城区幼儿1480人，农村幼儿1085人，在园教职工312人。');
});

test('a total glued to a character the page lost (`常住总?87.8万人`) is not read as a total', () => {
  flags('年末全市常住总?87.8万人，比上年末增加2.0万人，其中城镇人口239.7万人，乡村人口48.1万人。');
});

test('a total named by its members (肉蛋奶) is covered only by parts that open with them (猪肉 is one meat)', () => {
  flags('全年肉蛋奶产量达4.82万吨，其中，猪肉产量2.16万吨，禽蛋产量1.35万吨，牛奶产量0.09万吨。');
  flags('全年肉蛋奶产量达⟦4.82万吨⟧，其中，猪肉产量3.46万吨，禽蛋产量1.35万吨，牛奶产量0.09万吨。');
});

test('crops that are no grain (烟叶, 蔬菜) after the grains of a 粮食 total are no parts of it', () => {
  flags('全县粮食播种面积28.4万亩，增长0.5%，其中稻谷面积25.16万亩，增长0.3%；烟叶种植面积3.62万亩，增长8.1%；蔬菜面积19.35万亩，增长2.4%。');
  flags('全年粮食总产量12.85万吨，增长0.4%，其中，稻谷产量11.92万吨，增长0.2%；烤烟产量5210吨，增长4.3%；蔬菜产量33.46万吨，增长2.1%。');
  // Grains alone above their total are still flagged.
  flags('全县粮食播种面积⟦28.4万亩⟧，其中稻谷面积25.16万亩，玉米面积4.35万亩。');
});

test('items given a target and a stretch target (争取达, 力争) are not summed; plain targets still are', () => {
  // As a gazetteer prints it: ASCII commas, lines broken mid-sentence.
  flags('1962年3月,县计委下达国民经济计划。其计划目标是:全年农林牧渔业总产值达8.2亿元,争取达\n9亿元,增20%~31%,其中种植业产值5.1亿元,争取达5.6亿元,增18%~30%;畜\n牧业产值3亿元,力争达3.4亿元,增25%~40%。');
  flags('其计划目标是:全年农林牧渔业总产值达8.2亿元,争取达9亿元,增20%~31%,其中种植业产值5.1亿元,争取达5.6亿元,增18%~30%;畜牧业产值3亿元,力争达3.4亿元,增25%~40%。');
  flags('全年计划目标：农林牧渔业总产值达⟦8.2亿元⟧，其中种植业产值5.1亿元；畜牧业产值3.9亿元。');
});

test('a 其中 opening a `；` clause after 第二产业 breaks it down up to 第三产业; each level is summed on its own', () => {
  const text = (industry: string, tertiary: string): string =>
    `全县地区生产总值完成⟦512300万元⟧，同比增长7.2%。其中：第一产业增加值120400万元，增长4.1%；第二产业增加值⟦86500万元⟧，下降1.2%；其中：工业增加值${industry}万元，下降0.6%；建筑业增加值5300万元，下降18.1%；第三产业增加值${tertiary}万元，增长9.0%。`;
  // consistent: nothing (建筑业 is no fourth sector)
  flags(text('81200', '305400').replace(/[⟦⟧]/g, ''));
  // the industries above their sector
  flags(text('84200', '305400').replace('⟦512300万元⟧', '512300万元'));
  // the sectors off their GDP
  flags(text('81200', '325400').replace('⟦86500万元⟧', '86500万元'));
});

test('GDP on two price bases: the sectors on current prices are held to the current-price GDP', () => {
  const text = (tertiary: string): string =>
    `全县地区生产总值（现价）完成512300万元，同比增长7.2%，地区生产总值（可比价）完成478100万元，增长5.6%。其中：第一产业增加值（现价）120400万元；第二产业增加值（现价）86500万元；第三产业增加值（现价）${tertiary}万元。`;
  flags(text('305400'));
  flags(text('325400').replace('完成512300万元', '完成⟦512300万元⟧'));
});

test('details announced after the total in its own sentence (`，分项情况是：`) are its parts', () => {
  const text = (vat: string): string =>
    `2024年返还性收入⟦5210万元⟧，系基数性补助，分项情况是：所得税基数返还收入640万元；成品油税费改革税收返还收入1320万元；增值税税收返还收入${vat}万元；消费税税收返还收入5万元；增值税“五五分享”税收返还收入1515万元。`;
  flags(text('2130'));
  flags(text('1730').replace(/[⟦⟧]/g, ''));
});

test('revenue by collecting office (国税/地税/财政部门) and bonds (新增/再融资) are complete families', () => {
  const offices = (total: string): string =>
    `1-5月，全区一般公共预算收入完成${total}万元，完成年初预算的45.5%，同比增长8.1%。其中：国税部门完成16420万元，同比增长9.1%；地税部门完成21350万元，同比增长5.4%；财政部门完成3460万元，同比下降7.1%。`;
  flags(offices('41230'));
  flags(offices('⟦46230').replace('46230万元', '46230万元⟧'));
  flags('2024年，债务转贷收入68450万元（其中新增债券21300万元，再融资债券47150万元）。');
  flags('2024年，债务转贷收入⟦76450万元⟧（其中新增债券21300万元，再融资债券47150万元）。');
  // Two of three offices: an incomplete list, below its total, is no finding.
  flags('全区一般公共预算收入完成46230万元。其中：国税部门完成16420万元；地税部门完成21350万元。');
});

test('a state-capital balance told sentence by sentence: income total = spending + the year\'s balance', () => {
  const text = (left: string): string =>
    `2024年，全县国有资本经营预算收入5820万元，为调整预算的101.2%。加上上年结转收入310万元，全县国有资本经营收入总计6130万元。全县国有资本经营支出5640万元，完成调整预算的98.6%。其中：解决历史遗留问题支出3200万元；国有企业资本金注入2440万元。全县国有资本经营预算执行当年结余${left}万元，结转下年使用。`;
  flags(text('490'));
  flags(text('590').replace('收入总计6130万元', '收入总计⟦6130万元⟧'));
  // A transfer out to the general budget is a third use: no three-term balance.
  flags('全县国有资本经营收入总计6130万元。全县国有资本经营支出5040万元，调出资金600万元。全县国有资本经营预算执行当年结余590万元。');
  // A general budget's plain spending is not its 支出总计 (上解, 还本 come on top): silent.
  flags('全县一般公共预算收入总计61300万元。全县一般公共预算支出50400万元。全县一般公共预算当年结余590万元。');
});

test('a clause turning to the stock so far (，目前…达到) ends the 其中 list of the period\'s increase', () => {
  const text = (part: string): string =>
    `上半年新增设施蔬菜面积2.40万亩，其中连栋大棚面积${part}万亩，目前全县设施蔬菜面积达到41.30万亩，其中连栋大棚面积达到9.60万亩。`;
  flags(text('0.85'));
  flags(text('2.85').replace('面积2.40万亩', '面积⟦2.40万亩⟧'));
});

test('holdout22 families: trade halves, 五保 support, staff by post, project grants as project spending', () => {
  const trade = '1-4月，全市批发零售业零售额412.0亿元，同比增长6.2%，其中批发业零售额61.30亿元，同比增长6.3%；零售业零售额350.70亿元，同比增长6.2%。住宿餐饮业零售额120.40亿元，同比增长6.3%，其中住宿业零售额6.10亿元；餐饮业零售额114.30亿元。';
  flags(trade);
  flags(trade.replace('零售额412.0亿元', '零售额⟦412.0亿元⟧').replace('350.70', '390.70'));
  flags(trade.replace('零售额120.40亿元', '零售额⟦120.40亿元⟧').replace('114.30', '124.30'));
  flags('全乡现有五保户410人，其中：分散供养对象352人，集中供养对象58人。');
  flags('全乡现有五保户⟦420人⟧，其中：分散供养对象352人，集中供养对象58人。');
  flags('现有公办教职工5210人，其中管理人员21人，工人64人，专业技术人员5125人。');
  flags('现有公办教职工⟦5310人⟧，其中管理人员21人，工人64人，专业技术人员5125人。');
  flags('2023年总支出6520.40万元，其中财政项目补助支出610.20万元，基本支出5910.20万元。');
  flags('2023年总支出⟦6620.40万元⟧，其中财政项目补助支出610.20万元，基本支出5910.20万元。');
  // Traditional script reads the same.
  flags('1-4月，全市批發零售業零售額⟦452.0億元⟧，其中批發業零售額61.30億元；零售業零售額350.70億元。');
});

test('a budget adjusted 从A调减至B，调减C: A = B + C', () => {
  flags('区政府拟将2023年一般公共预算总收支从58.4亿元调减至55.9亿元，调减2.5亿元。');
  flags('区政府拟将2023年一般公共预算总收支从⟦58.4亿元⟧调减至55.9亿元，调减3.5亿元。');
});

test('sectors named 第一二三产业 (no 、) before 分别 break down the GDP of the sentence before', () => {
  flags('2023年全县地区生产总值⟦356.26亿元⟧，增长6.3%。第一二三产业增加值分别为65.6亿元、88.51亿元、212.15亿元。');
  flags('2023年全县地区生产总值366.26亿元，增长6.3%。第一二三产业增加值分别为65.6亿元、88.51亿元、212.15亿元。');
  flags('2023年全县地区生产总值⟦356.26亿元⟧，增长6.3%。三大产业增加值分别为65.6亿元、88.51亿元、212.15亿元。');
});

test('the 三公 expenses detailed after 分项情况是： in the next sentence, the last with its own 其中; poor households by kind', () => {
  const text = (total: string, reception: string): string =>
    `2023年，“三公”经费决算总额${total}万元，比上年下降1.8%。分项情况是：因公出国（境）经费决算120万元，比上年增长79.1%；公务接待费决算${reception}万元，比上年下降7.6%；公务用车购置及运行费决算1618万元，比上年下降1.2%，其中：公务用车购置费决算414万元，比上年增长7.5%；公务用车运行费决算1204万元，比上年下降3.9%。`;
  flags(text('2771', '1033'));
  flags(text('⟦2971', '1033').replace('2971万元', '2971万元⟧'));
  flags(text('⟦2771', '1233').replace('2771万元', '2771万元⟧'));
  flags('目前全区尚有未脱贫人口724户1595人（其中：低保户556户1243人，五保户28户34人，一般贫困户140户318人）。');
  flags('目前全区尚有未脱贫人口724户⟦1695人⟧（其中：低保户556户1243人，五保户28户34人，一般贫困户140户318人）。');
  // 购置 and 运行 of anything else are no complete pair.
  flags('信息化支出100万元，其中：设备购置费40万元，系统运行费50万元。');
});

test('a remainder item named `A、B等其他…累计支出` closes the list; `增加支出X` is a change, never the total', () => {
  const text = (total: string, education: string): string =>
    `2024年1—10月，全区民生支出达${total}亿元，较上年同期增加支出2.86亿元，增幅达17.2%。其中：教育支出${education}亿元，社会保障和就业支出2.41亿元，医疗卫生支出1.12亿元，“三农”、保障房等其他民生事业累计支出10.05亿元。`;
  flags(text('19.50', '5.92'));
  flags(text('⟦19.50', '6.52').replace('19.50亿元', '19.50亿元⟧'));
  flags(text('⟦21.50', '5.92').replace('21.50亿元', '21.50亿元⟧'));
});

test('GDP opening a paragraph under a heading with its year, its sectors in the next sentences without one', () => {
  const text = (secondary: string): string =>
    `一、综合\n2021年，全县完成地区生产总值⟦224.8亿元⟧，按可比价格计算，同比增长10.3%。第一产业完成增加值27.0亿元，同比增长9.5%。第二产业完成增加值${secondary}亿元，同比增长9.9%。第三产业完成增加值97.4亿元，同比增长10.8%。`;
  flags(text('110.4'));
  flags(text('100.4').replace(/[⟦⟧]/g, ''));
  // A sector figure in another paragraph without a year is of no known period.
  flags('一、综合\n2021年，全县完成地区生产总值224.8亿元。\n第一产业完成增加值27.0亿元。第二产业完成增加值110.4亿元。第三产业完成增加值97.4亿元。');
});

test('four of the five farm trades under 其中, the services in the next sentence: still one list', () => {
  const text = (crops: string): string =>
    `2022年，全县农林牧渔业总产值42.75亿元，增长3.2%。其中农业产值${crops}亿元，增长2.8%；林业产值1.38亿元，增长1.7%；牧业12.63亿元，增长4.0%；渔业产值0.42亿元，增长1.9%。农林牧渔专业及辅助性活动产值0.46亿元，增长9.2%。`;
  flags(text('27.86'));
  flags(text('31.20').replace('总产值42.75亿元', '总产值⟦42.75亿元⟧'));
});

test('details after `，具体构成如下：` are parts of the total before them', () => {
  flags('预算内预计可用财力为⟦68240万元⟧，具体构成如下：财力基数和超收分成46000万元、专款指标和一次性补助15200万元、国有资产经营收入5100万元、其他收入11940万元。');
  flags('预算内预计可用财力为68240万元，具体构成如下：财力基数和超收分成36000万元、专款指标和一次性补助15200万元、国有资产经营收入5100万元、其他收入11940万元。');
});

test('a fund drawn on (结余A，计划动用B，动用后…结余资金为C) and a total opening its list with `X亿元中：`', () => {
  const fund = (left: string): string =>
    `2022年年初预算稳定调节基金结余⟦143432万元⟧，计划动用预算稳定调节基金66410万元，动用后年底预算稳定调节基金结余资金为${left}万元。`;
  flags(fund('87022'));
  flags(fund('77022').replace(/[⟦⟧]/g, ''));
  flags('2020年1-9月，我市一般公共预算收入⟦560.40亿元⟧中：税收收入412.30亿元，下降9.6%；非税收入108.10亿元，增长2.1%。');
  flags('2020年1-9月，我市一般公共预算收入520.40亿元中：税收收入412.30亿元，下降9.6%；非税收入108.10亿元，增长2.1%。');
});

test('`在X中，` opening a sentence breaks down the figure named X in the sentence before, not its last one', () => {
  const text = (cereals: string): string =>
    `二、农林牧渔业。全旗粮食作物播种面积154.1万亩，增长0.4%；经济作物播种面积41.5万亩，增长27.5%。在粮食作物播种面积中，谷物面积${cereals}万亩，下降0.2%；豆类面积23.9万亩，增长3.7%；薯类面积0.3万亩，增长1.1%。`;
  flags(text('129.9'));
  flags(text('139.9').replace('面积154.1万亩', '面积⟦154.1万亩⟧'));
});

test('a bracketed 其中 after a rate and an aside breaks down the amount before them', () => {
  const text = (livestock: string): string =>
    `全年全县农林牧渔业总产值102.30亿元，同比增长7.4%（可比价，以下同）（其中农业产值52.35亿元；林业产值6.10亿元；牧业产值${livestock}亿元；渔业产值2.43亿元；农林牧渔服务业产值2.50亿元）。`;
  flags(text('38.92'));
  flags(text('42.92').replace('总产值102.30亿元', '总产值⟦102.30亿元⟧'));
});

test('a 其中 inside a sentence opened by a by-mark breaks down that sentence\'s figure; a unit\'s basic, project and business spending', () => {
  const trade = (retail: string): string =>
    `2023年1-4月，全市社会消费品零售总额645.50亿元。按消费类型分，1-4月，全市批发零售业零售额505.0亿元，同比增长6.2%，其中批发业零售额80.33亿元，同比增长6.3%；零售业零售额${retail}亿元，同比增长6.2%。`;
  flags(trade('424.67'));
  flags(trade('474.67').replace('零售额505.0亿元', '零售额⟦505.0亿元⟧'));
  // A by-mark sentence that lists the cut itself, one item with its own 其中, a `；` lost before it.
  flags('实现地区生产总值835.3亿元，同比增长5.5%。分产业看，第一产业增加值28.4亿元，增长4.0%第二产业增加值405.8亿元，其中工业增加值338.5亿元，分别增长5.9%和5.1%；第三产业增加值401.1亿元，增长5.2%。');
  flags('2017年度，本单位支出为1942.57万元。其中：基本支出1121.09万元，占57.71%；项目支出821.48万元，占42.29%；经营支出0万元，占0%。');
  flags('2017年度，本单位支出为⟦2175.68万元⟧。其中：基本支出1121.09万元，占57.71%；项目支出821.48万元，占42.29%；经营支出0万元，占0%。');
});

test('a 分别 list of a known family is held to the last candidate total named as the family\'s total', () => {
  const text = (gdp: string): string =>
    `2022年，我县地区生产总值突破110亿元，达到${gdp}亿元，这是又一新台阶，较上年多出8亿元，三次产业分别完成15.17亿元、40.86亿元、59.74亿元。`;
  flags(text('115.77'));
  flags(text('⟦125.77').replace('125.77亿元', '125.77亿元⟧'));
});

test('a 分别 list closed by `；` before a later 其中 of its sentence is read; a year after 继 dates nothing', () => {
  const text = (gdp: string): string =>
    `2022年，我县地区生产总值突破110亿元，达到${gdp}亿元，这是继2021年突破100亿元之后又一新台阶，三次产业分别完成15.17亿元、40.86亿元、59.74亿元；三次产业结构比为13.1:35.3:51.6，其中工业增加值实现32.79亿元，同比增长6.8%。`;
  flags(text('115.77'));
  flags(text('⟦125.77').replace('125.77亿元', '125.77亿元⟧'));
});

test('农林牧渔及其服务业 before 分别: five trades that add up to the farm output', () => {
  const text = (livestock: string): string =>
    `2022年，全县农林牧渔业总产值完成28.53亿元，同比增长3.5%，农林牧渔及其服务业产值分别为18.24亿元、1.50亿元、${livestock}亿元、2.37亿元、1.63亿元；增幅分别为2.3%、5.4%、3.7%、4.5%、12.0%。`;
  flags(text('4.79'));
  flags(text('5.79').replace('总产值完成28.53亿元', '总产值完成⟦28.53亿元⟧'));
});

test('财政总收入 = the shares passed up (中央, 省/自治区, 市) + the county\'s own revenue', () => {
  flags('全旗财政总收入达到⟦256.31亿元⟧，增长5.6%。其中：上划中央收入84.35亿元，增长3.8%；上划自治区收入52.9亿元，下降1.2%；上划市级收入31.35亿元，增长1.1%；一般公共预算收入77.71亿元，增长15.3%。');
  flags('全旗财政总收入达到246.31亿元，增长5.6%。其中：上划中央收入84.35亿元，增长3.8%；上划自治区收入52.9亿元，下降1.2%；上划市级收入31.35亿元，增长1.1%；一般公共预算收入77.71亿元，增长15.3%。');
  flags('全县财政总收入⟦32.50亿元⟧，其中：上划中央收入12.10亿元，上划省级收入4.20亿元，地方收入14.20亿元。');
  // Two of the levels only: an incomplete list below its total.
  flags('全县财政总收入32.50亿元，其中：上划中央收入12.10亿元，上划省级收入4.20亿元。');
});

test('a total followed by the members of a known family, with no breakdown word, is summed', () => {
  // Population by residence, by sex and by registration; grain by season: the members cover the total.
  flags('年末全县常住人口⟦46.8万人⟧，城镇人口19.7万人，乡村人口26.4万人，城镇化率42.1%。');
  flags('年末户籍总人口⟦38.6万人⟧，比上年增加0.2万人，男性19.9万人，占51.6%，女性17.9万人，占46.4%。');
  flags('全年粮食总产量⟦21.35万吨⟧，夏粮8.12万吨，秋粮12.84万吨。');
  flags('年末全乡总人口⟦18362人⟧，其中汉族人口9125人，少数民族人口9337人。');
  // Staff in brackets after their total, with no 其中: serving, retired and 离休 cover it.
  flags('年末县级行政事业单位共86个，总人数⟦5230人⟧（在职3120人、退休2051人、离休12人）。');
  flags('年末县级行政事业单位共86个，总人数5183人（在职3120人、退休2051人、离休12人）。');
  // Pay and staff by the kind of employer.
  flags('全年全县职工劳动报酬为⟦21850万元⟧，比上年增长8.2%。其中：企业2480万元，下降6.1%；事业12730万元，增长10.4%；机关6920万元，增长12.5%。');
  flags('年末固定电话和移动电话用户共⟦47.6万户⟧，固定电话用户6.3万户，移动电话用户40.2万户。');
});

test('a plain list after a total is read only as a complete family under a total named to fit it', () => {
  const src = [
    // Exact, and within rounding.
    '年末全县常住人口46.8万人，城镇人口19.7万人，乡村人口27.1万人。',
    '全年粮食总产量21.35万吨，夏粮8.12万吨，秋粮13.23万吨。',
    // The members add up to the figure right before them, not to an earlier one of the unit.
    '年末全县户籍人口38.6万人，常住人口46.8万人，城镇人口19.7万人，乡村人口27.1万人。',
    // The first clause is no total of the members (a count of households: another unit).
    '全县共有农户9.6万户，城镇人口19.7万人，乡村人口20.1万人。',
    // Per-head figures never add up.
    '全体居民人均可支配收入25310元，城镇居民人均可支配收入34120元，农村居民人均可支配收入17650元。',
    // Not a complete family: two of three sectors, or siblings without a family.
    '全年地区生产总值120.5亿元，第一产业增加值20.3亿元，第二产业增加值60.1亿元。',
    '全年完成固定资产投资86.4亿元，工业投资32.5亿元，民间投资51.2亿元。',
    // The family is in another `；` clause than the figure before it.
    '年末总人口38.6万人，比上年增加0.2万人；全年出生人口0.4万人，男性婴儿0.2万人，女性婴儿0.3万人。',
  ].join('\n');
  assert.deepEqual(findingsOf(src, CODE), []);
});

test('a count opening each clause of a 其中 list (`5个市级示范镇…`) does not end the list', () => {
  flags('上半年，12个示范镇财政收入⟦8.42亿元⟧，同比增长18.5%，其中5个省级示范镇6.13亿元，同比增长17.2%；7个市级示范镇3.29亿元，同比增长21%。');
  flags('上半年，12个示范镇财政收入9.42亿元，同比增长18.5%，其中5个省级示范镇6.13亿元，同比增长17.2%；7个市级示范镇3.29亿元，同比增长21%。');
});

test('a balance listed in one sentence with its sum opening the next (。支出合计T) may not exceed it', () => {
  const list = (last: string): string => `全年收入总计41260万元；完成一般公共预算支出36480万元，上解支出1250万元，债务还本支出2870万元，结转下年支出${last}万元。`;
  flags(list('760') + '支出合计⟦41260万元⟧，收支平衡。');
  flags(list('660') + '支出合计41260万元，收支平衡。');
  // A list that opens with a transfer, or names no item only a balance has, is no balance of the sum.
  flags('全年收入总计41260万元；上解支出1250万元，债务还本支出42870万元。支出合计41260万元。');
  flags('全年完成教育支出36480万元，卫生支出7250万元。支出合计41260万元。');
});

test('a 其中 whose own `；` clause states an amount breaks that one down, never an amount of an earlier clause', () => {
  // The clause's own amount is a bound (突破10亿美元): no total at all, not the 2.1 of the clause before.
  flags('全年实际利用外资完成2.1亿美元，增长6.2%；外贸进出口总额首次突破10亿美元，其中出口完成3.76亿美元，增长28.4%。');
  // A 其中 opening its own clause still breaks down the amount before the `；`.
  flags('全年一般公共预算收入⟦5.20亿元⟧，增长8.1%；其中税收收入6.13亿元。');
});

test('the level a change started from (从A提高到B) is no part of this period\'s total', () => {
  flags('五年来，财政总收入突破百亿大关，达118.4亿元，其中一般公共预算收入从49.6亿元提高到76.3亿元；人均GDP突破一万美元。');
  // The level it reached still is.
  flags('五年来，财政总收入达⟦68.4亿元⟧，其中一般公共预算收入从49.6亿元提高到76.3亿元。');
  // Levels a change started from make up a total that is such a level too.
  flags('工农业总产值由⟦113.7亿元⟧增加到244.7亿元，其中农业总产值由43.4亿元增加到62.0亿元，工业总产值由80.3亿元增加到182.7亿元。');
  flags('工农业总产值由123.7亿元增加到244.7亿元，其中农业总产值由43.4亿元增加到62.0亿元，工业总产值由80.3亿元增加到182.7亿元。');
});

test('a change written 少 (or in traditional script, 減少) is a decrease: last year = this year + the change', () => {
  flags(HEAD + '公务用车运行维护费2.68万元，比去年2.79万元少0.11万元，基本持平。');
  flags(HEAD + '公務用車運行維護費2.68萬元，比去年2.79萬元減少0.11萬元。');
  flags(HEAD + '公务用车运行维护费2.68万元，比去年⟦2.89万元⟧少0.11万元。');
});

test('a sentence that is nothing but the members of a family breaks down the one figure of the sentence before', () => {
  flags('全年粮食作物播种面积⟦18.46万亩⟧，增长0.4%。夏粮播种面积8.12万亩，下降1.1%；秋粮播种面积9.27万亩，增长1.8%。');
  flags('全年粮食作物播种面积17.39万亩，增长0.4%。夏粮播种面积8.12万亩，下降1.1%；秋粮播种面积9.27万亩，增长1.8%。');
  flags('共有教职工⟦6120人⟧。在职教职员工4310人，退（离）休教职工1620人。');
  // The sentence before states two figures of the unit (the whole is further back): which one is not written.
  flags('年末总人口7.31万人。城镇人口3.26万人，牧区人口4.05万人。男性人口3.68万人，女性人口3.63万人。');
  // A family after another item of the sentence is no sentence of members.
  flags('年末全县参加城镇职工基本养老保险人数为33329人，城乡居民社会养老保险参保人数为244481人；参加城镇职工医疗保险人数为24234人。');
});

test('`在X中，` finds X in a 其中 sentence before it: the family after it breaks X down', () => {
  const head = '全县农作物播种面积168.2万亩，增长3.1%。其中，粮食作物播种面积131.6万亩，增长0.5%；经济作物播种面积36.6万亩，增长12.4%。';
  flags(head.replace('131.6万亩', '⟦131.6万亩⟧') + '在粮食作物播种面积中，谷物面积118.4万亩，下降0.3%；豆类面积22.9万亩，增长2.6%；薯类面积0.3万亩，增长1.1%。');
  flags(head + '在粮食作物播种面积中，谷物面积108.4万亩，下降0.3%；豆类面积22.9万亩，增长2.6%；薯类面积0.3万亩，增长1.1%。');
});

test('items that each state one figure of two measure words (schools and pupils) are a parallel list', () => {
  flags('全县现有中小学校286所，在校生⟦98420人⟧，其中：小学241所，学生61230人；初级中学40所，学生30180人；普通高中4所，学生9260人；特殊教育学校1所，学生75人。');
  flags('全县现有中小学校286所，在校生100745人，其中：小学241所，学生61230人；初级中学40所，学生30180人；普通高中4所，学生9260人；特殊教育学校1所，学生75人。');
  // An item may state one more measure between them (the workers of a kind of firm).
  flags('实有市场主体85210户，注册资本⟦1210.4亿元⟧。其中，国有企业620户，注册资本140.2亿元；私营企业18230户，从业人员9.2万人，注册资本1001.6亿元；个体工商户64120户，从业人员16.4万人，资金数额96.3亿元；农民专业合作社2240户，出资总额22.3亿元。');
  // A level and its growth per clause is no such shape: the clause after `；` is a sibling.
  flags('全县财政总收入4.86亿元，增长21.3%，其中县级一般预算收入2.41亿元，增长18.2%；全县财政支出4.95亿元，增长16.4%。');
});

test('a 其中 after a sentence with none of the parts\' units breaks down the figure two sentences back, when named to fit', () => {
  flags('年末全县总人口为⟦186420人⟧，比上年末增长1.2%。年末总户数52310户，比上年增长2.1%。其中：农业人口131260人，非农业人口45160人。');
  flags('年末全县总人口为176420人，比上年末增长1.2%。年末总户数52310户，比上年增长2.1%。其中：农业人口131260人，非农业人口45160人。');
  // Parts not named like the figure two back (nor a family of it) are left alone.
  flags('全年接待游客186420人次，增长9.2%。新增星级酒店3家，增长2.1%。其中：组织出境旅游191260人次。');
});

test('an opening `X中` with no comma (`基本支出中人员经费…`) breaks down the figure named X before it', () => {
  const head = (basic: string): string => `2019年单位总支出5362.40万元，其中项目支出418.60万元，基本支出${basic}万元。`;
  const tail = '基本支出中人员经费3921.15万元，公用经费907.35万元，其他支出115.30万元。';
  flags(head('4943.80') + tail);
  flags(head('4943.80').replace('4943.80万元', '⟦4943.80万元⟧') + tail.replace('907.35', '997.35'));
  // A sibling sentence opened by the same words is no total of the next one.
  flags('全年地方级收入61.8亿元，增长4.6%。地方级收入中市本级收入19.2亿元，增长1.3%；县区级收入42.6亿元，增长6.1%。地方级收入中税收收入47.5亿元，下降1.9%。');
  // When the sentence before names no such figure, which one is broken down is not written.
  flags('全年一般公共预算收入9.6亿元，增长6.2%。地方级收入中税收收入12.3亿元，非税收入2.4亿元。');
});

test('a figure of disposable resources (可用财力) after a 其中 part is no second part of the revenue', () => {
  // Reported for reference only: the two figures measure different things.
  const text = '全年完成一般公共预算收入7615万元，其中税收收入完成6802万元，税收占比89.3%，可用财力达2864万元。';
  assert.deepEqual(findingsOf(text, CODE).filter((f) => f.severity !== 'info').map((f) => f.message.en), []);
  flags('全年完成一般公共预算收入7615万元，其中税收收入完成6802万元，税收占比89.3%，非税收入达813万元。');
  flags('全年完成一般公共预算收入⟦7615万元⟧，其中税收收入完成6802万元，税收占比89.3%，非税收入达1813万元。');
});

test('older bulletins: 现房/期房, 县以上/县以下 and a merged income source make up their totals', () => {
  flags('全年商品房销售额⟦64.20亿元⟧，其中现房5.93亿元，期房56.27亿元；期末空置面积7.41万平方米。');
  flags('全年商品房销售额62.20亿元，其中现房5.93亿元，期房56.27亿元；期末空置面积7.41万平方米。');
  flags('全年社会消费品零售总额⟦31820万元⟧，比上年增长13.6%。其中：县以上的消费品零售额19240万元，增长11.8%，县以下的消费品零售额11380万元，增长16.2%。');
  flags('全年社会消费品零售总额30620万元，比上年增长13.6%。其中：县以上的消费品零售额19240万元，增长11.8%，县以下的消费品零售额11380万元，增长16.2%。');
  flags('农民人均纯收入⟦5206元⟧，增长12.4%。其中人均工资性收入2380元，增长21.5%；家庭经营收入2417元，增长4.1%；转移性和财产性收入389元，增长9.6%。');
  flags('农民人均纯收入5186元，增长12.4%。其中人均工资性收入2380元，增长21.5%；家庭经营收入2417元，增长4.1%；转移性和财产性收入389元，增长9.6%。');
});

test('older wordings of two families: 财产保费 premiums, 县的/县以下 retail sales', () => {
  flags('全年保费收入⟦4126万元⟧，其中财产保费收入1208万元，人身险保费收入2718万元。');
  // Life insurance (寿险) is one kind of 人身险: with property insurance it may fall short of the total.
  flags('全年保费收入4126万元，其中财产保费收入1208万元，寿险保费收入2718万元。');
  flags('全县社会消费品零售总额⟦84210万元⟧，增长11.6%，其中：县的零售额47350万元，增长13.2%；县以下零售额33860万元，增长9.4%。');
  flags('全县社会消费品零售总额81210万元，增长11.6%，其中：县的零售额47350万元，增长13.2%；县以下零售额33860万元，增长9.4%。');
});

test('signed projects are those under contract and those under an agreement', () => {
  flags('1-9月，全县共签约项目⟦31个⟧，其中合同项目26个，协议项目4个；签约项目总投资68.40亿元，其中合同资金57.15亿元，协议资金11.25亿元。');
  flags('1-9月，全县共签约项目30个，其中合同项目26个，协议项目4个；签约项目总投资68.40亿元，其中合同资金57.15亿元，协议资金11.25亿元。');
  // Without 签约 the two words may name other things: not a known set.
  flags('全年引进项目31个，其中合同项目26个，协议项目4个。');
});

test('a small-form semicolon (﹔) of a mirror site separates the parts like ；', () => {
  flags('上半年，全区外贸进出口⟦812.4亿元⟧，同比增长21.6%，增速全市第一。其中，出口436.2亿元，同比增长25.3%﹔进口286.2亿元，同比增长16.4%。');
  flags('上半年，全区外贸进出口722.4亿元，同比增长21.6%，增速全市第一。其中，出口436.2亿元，同比增长25.3%﹔进口286.2亿元，同比增长16.4%。');
});

test('a radius is no sum of parts, even under 其中', () => {
  flags('全县广播人口覆盖率达到82%，无线覆盖半径30公里，其中电视覆盖半径42公里；城区有线电视入户率88%。');
  flags('全县公路通车里程⟦1250公里⟧，其中国道86公里，省道214公里，县乡公路1020公里。');
});

// Sessions 15–16, untouched text: every sum more than a quarter off its total (with no 万/亿 slip and
// no dropped digit of the total) came from parts of another figure; the real slips lay within a sixth.
test('a sum more than a quarter off its total is information; closer, or off by a dropped digit, an error', () => {
  const text = (grain: string): string => `全县农作物播种面积52.4万亩，其中：粮食作物${grain}万亩，经济作物8.6万亩，其他作物3.3万亩。`;
  assert.deepEqual(severities(text('43.1')), ['error']);
  assert.deepEqual(severities(text('57.1')), ['info']);
  assert.match(findingsOf(text('57.1'), CODE)[0]?.message.en ?? '', /far from the total/);
  // A total that lost a digit (4558 for 45158) stays an error however far it moves the sum.
  assert.deepEqual(severities('全县常住人口4558人，其中：男性23010人，女性22148人。'), ['error']);
});

// holdout100–108 lessons. `其中A x，占p%；B y，占q%；…`: every clause gives an amount and its share of
// no named whole, so all are parts of the 其中's total, whatever their names; small items may be in 元.
test('`；` clauses that each give an amount and its bare share are parts of one total', () => {
  const text = (levy: string): string => `当年全乡收入总额6.42万元，其中公粮款3.86万元，占60.12%；屠宰费${levy}元，占9.35%；集市管理费1.5万元，占23.36%；其他杂费4560元，占7.10%。`;
  flags(text('6003'));
  assert.deepEqual(severities(text('8003')), ['error']);
  // Without the shares the names (公粮款, 屠宰费) share nothing: the clauses may be siblings; 元 under 万元 may be per head.
  flags('当年全乡收入总额6.42万元，其中公粮款3.86万元；屠宰费8003元；集市管理费1.5万元；其他杂费4560元。');
  // A clause whose share names another whole is no part of this list.
  flags('当年全乡收入总额6.42万元，其中公粮款3.86万元，占60.12%；乡办企业产值38.4万元，占全县的2.1%。');
});

// holdout117–122 lessons: a change after the last part speaks of that part, and the list is whole;
// a later total in the sentence with its own family (`劳动力D，男E，女F`) is read too.
test('a change written after the last part leaves the list of parts whole', () => {
  // A yield per mu (单产) is no sum: a crop's yield above the season's is no excess.
  flags('今年全区种植三麦15.80万亩，夏粮单产301公斤，总产4.76万吨，其中小麦单产305.4公斤，比去年增加12公斤。');
  flags('全镇申报项目18个，项目总投资⟦186.4万元⟧，其中：村自筹资金58.3万元，申请财政奖补资金131.1万元，比上年财政奖补资金净增21.6万元，增长19.7%。');
  flags('全镇申报项目18个，项目总投资189.4万元，其中：村自筹资金58.3万元，申请财政奖补资金131.1万元，比上年财政奖补资金净增21.6万元，增长19.7%。');
});

test('a bracketed aside in a member’s name (`少数民族{满族}`) still names the member', () => {
  flags('2010年末，全乡总人口⟦18420人⟧。少数民族{满族}12610人，汉族5710人。');
  flags('2010年末，全乡总人口18320人。少数民族（满族）12610人，汉族5710人。');
});

test('each total of a sentence followed by its own family is read, a labour force by sex too', () => {
  flags('全乡农村人口12380人，男6410人，女5970人，农村劳动力⟦6930人⟧，男3720人，女3010人，劳动力按文化程度分组，高中以上860人。');
  flags('全乡农村人口12380人，男6410人，女5970人，农村劳动力6730人，男3720人，女3010人，劳动力按文化程度分组，高中以上860人。');
});

// holdout117–122 lesson: `其中土地面积…，林地…，水域…，在土地面积中耕地…，水旱田各占…`: the 在…中 clause breaks down a
// part even without a comma after 中; its figures are no further parts of the total.
test('a `在…中` clause without a comma after 中 ends the list of parts', () => {
  flags('全乡总幅员面积10,250公顷，其中土地面积为5,200公顷，林地面积为480公顷，水域面积为2,900公顷，在土地面积中耕地总面积为3,600公顷，水旱田面积各占1,800公顷。');
});

// holdout109–116 lessons.
test('a part whose removal brings the others near the total is no slip of 万/亿: a far sum stays information', () => {
  // 12480 + 18770 is near 31250: the 地方财政收入 is another cut (国税/地税 cut the whole again), no part in 亿.
  assert.deepEqual(severities('全年街道财政总收入31250万元。其中地方财政收入18120万元，比上年下降9%；国税收入12480万元，增长11%；地税收入18770万元，下降2%。'.replace('18770', '18700')), ['info']);
  // Exactly the total, the last two are the whole cut: silence.
  assert.deepEqual(severities('全年街道财政总收入31250万元。其中地方财政收入18120万元，比上年下降9%；国税收入12480万元，增长11%；地税收入18770万元，下降2%。'), []);
});

test('the sources of an amount (`资金来源：`) are its parts', () => {
  flags('该项目总投资⟦620万元⟧，资金来源：中央预算内投资480万元，省级配套资金165万元。');
  flags('该项目总投资645万元，资金来源：中央预算内投资480万元，省级配套资金165万元。');
  // What was put in, listed level by level after it, with no breakdown word.
  flags('三年来，全省扶持村级集体经济项目累计投入⟦12.00亿元⟧，中央财政拨付7.10亿元，省级财政配套2.40亿元，市县配套2.10亿元，共扶持1500个村。');
  flags('三年来，全省扶持村级集体经济项目累计投入11.60亿元，中央财政拨付7.10亿元，省级财政配套2.40亿元，市县配套2.10亿元，共扶持1500个村。');
  // Sources named without amounts say nothing of the sum.
  flags('该项目总投资850万元，资金来源为上级补助和群众自筹，已完成投资620万元。');
});

test('`总人口中，` opens a breakdown of the population before it, past another cut after the sexes', () => {
  flags('截至年末，全乡总人口有⟦4820人⟧。总人口中，男性2530人，占52.5%；女性2390人，占47.5%；以瑶族为主，达4110人，占85.3%；汉族630人，占13.1%。');
  flags('截至年末，全乡总人口有4920人。总人口中，男性2530人，占51.4%；女性2390人，占48.6%；以瑶族为主，达4110人，占83.5%；汉族630人，占12.8%。');
});

test('a second 其中 that runs to the end of the sentence breaks down the part right before it', () => {
  flags('全年一般公共预算总收入完成15820万元，其中：一般公共预算收入完成⟦8460万元⟧，完成预算的101.2%，其中：税收收入5120万元，非税收入3440万元。');
  flags('全年一般公共预算总收入完成15820万元，其中：一般公共预算收入完成8560万元，完成预算的101.2%，其中：税收收入5120万元，非税收入3440万元。');
  // A subset under the inner 其中 may fall short of its part.
  flags('全年财政总收入8.5亿元，其中地方收入5.1亿元，其中税收收入3.2亿元。');
  // After two parts the second 其中 is another cut of the total (the sexes of the whole population).
  assert.deepEqual(findingsOf('年末全区户籍总人口86420人，其中城镇人口51230人，乡村人口35190人，城镇化率达到59.3%，其中男性44210人，女性42210人。', CODE), []);
});

test('sectors named bare opening the sentence after one figure of their unit break that figure down', () => {
  flags('全年全县林业总产值⟦38.6亿元⟧。第一产业20.15亿元，第二产业12.40亿元，第三产业7.05亿元。');
  flags('全年全县林业总产值39.6亿元。第一产业20.15亿元，第二产业12.40亿元，第三产业7.05亿元。');
  // Two figures of the unit before: which one the sectors cut is not written.
  flags('全年全县林业总产值38.6亿元，旅游总收入12.2亿元。第一产业20.15亿元，第二产业12.40亿元，第三产业7.05亿元。');
});

// holdout100–108 lessons: `全县常住人口中，流动人口A，省内流动人口B，跨省流入人口C`: the scope mark opens the
// sentence; the family after the first figure breaks that figure down.
test('after a scope mark (`常住人口中，`), a family right after the first figure breaks it down', () => {
  flags('全县常住人口中，流动人口⟦21460人⟧，省内流动人口18120人，跨省流入人口2940人。');
  flags('全县常住人口中，流动人口21060人，省内流动人口18120人，跨省流入人口2940人。');
  // Two cuts of the mark's total: the second (男/女) does not break down the last item of the first.
  assert.deepEqual(findingsOf('年末全县总户数3.16万户，户籍人口为9.54万人，比上年末增加0.09万人。出生人数935人，死亡人数702人。在总人口中，非农业人口2.74万人，农业人口6.80万人；男性人口4.92万人，女性人口4.62万人，人口性别比为106.5。', CODE), []);
  // A cut mark (`从…看`) lists the cut itself from its first clause.
  flags('全市重点项目完成投资⟦92.2亿元⟧。从项目批次来看，竣工项目完成投资30.1亿元；续建项目完成投资55.3亿元；新开工项目完成投资9.6亿元。');
});

// holdout100–108 lessons: economic census bulletins state the second and third sectors together, then
// each on its own (in the next sentence, or under a 其中), and by definition they add up.
test('the second and third sectors make up a total named as both', () => {
  flags('年末全县第二产业和第三产业法人单位从业人员⟦51230人⟧，比上年末增加2210人，其中女性从业人员21870人。第二产业从业人员19415人，减少320人；第三产业从业人员30815人，增加2530人。');
  flags('年末全县第二产业和第三产业法人单位从业人员50230人，比上年末增加2210人，其中女性从业人员21870人。第二产业从业人员19415人，减少320人；第三产业从业人员30815人，增加2530人。');
  flags('全县共有第二、三产业法人单位⟦2480个⟧，其中，第二产业法人单位615个；第三产业法人单位1765个。');
  // Another measure of the sectors (value added) is no part of a count of people.
  flags('全县第二、三产业从业人员5.2万人，比上年增长3%。第二产业增加值12.1亿元；第三产业增加值30.2亿元。');
  // A total not named as the two sectors (all units) may hold the first sector too.
  flags('全县共有法人单位2480个。第二产业法人单位615个；第三产业法人单位1765个。');
});

// holdout100–108 lessons: `人员A，其中女性B，35岁及以下的C，36至54岁之间的D，55岁及以上的E`.
test('age groups that cover every age after an item of another cut make up the total', () => {
  const text = (young: string): string => `全乡农业生产经营人员⟦8420人⟧，其中女性3915人，年龄35岁及以下的${young}人，年龄在36至54岁之间的4862人，年龄55岁及以上的2306人。`;
  flags(text('1252').replace(/[⟦⟧]/g, ''));
  flags(text('1352'));
  // Age groups that leave ages out (no group under 36) are a few of the total's parts.
  flags('全乡农业生产经营人员8420人，其中女性3915人，年龄在36至54岁之间的4862人，年龄55岁及以上的2306人。');
  // An age named before the run: the list is not two cuts but one, left alone.
  flags('全乡农业生产经营人员8420人，其中60岁以上的女性915人，年龄35岁及以下的1352人，年龄在36至54岁之间的4862人，年龄55岁及以上的2306人。');
});

// holdout100–108 lessons: a land-survey bulletin lists the sub-classes a county has under each class.
test('land-survey sub-classes make up their class, under the class’s own name only', () => {
  flags('（六）交通运输用地⟦6.85万亩⟧。其中，铁路用地0.61万亩，公路用地2.17万亩，农村道路3.97万亩。');
  flags('（六）交通运输用地6.75万亩。其中，铁路用地0.61万亩，公路用地2.17万亩，农村道路3.97万亩。');
  flags('全县耕地⟦64.80万亩⟧。其中，水浇地21.36万亩，旱地42.44万亩。');
  flags('（三）林地⟦41.62万亩⟧。其中，乔木林地25.30万亩，灌木林地9.71万亩，其他林地5.61万亩。');
  flags('五、湿地。全盟湿地⟦96.40万亩⟧。其中：森林沼泽12.31万亩，沼泽草地70.25万亩，内陆滩涂12.84万亩。');
  // 其他园地 is the rest of the whole 种植园用地 (三调's name for 园地): a shortfall is an error.
  assert.deepEqual(severities('（二）种植园用地2.85万亩。其中，果园2.61万亩，占91.6%；其他园地0.14万亩，占4.9%。'), ['error']);
  // The first three add up to the total by a slip; the fourth is still a sub-class, no stray of another head.
  flags('（八）水域及水利设施用地⟦3.62万亩⟧。其中，河流水面1.20万亩，水库水面1.85万亩，坑塘水面0.57万亩，沟渠0.05万亩。');
  // Under another total (a town's 建设用地, a project's land) the sub-classes named may be a few of many.
  flags('全镇建设用地8600亩，其中村庄4210亩，采矿用地380亩。');
  flags('项目总用地1260亩，其中公路用地320亩，农村道路110亩。');
});

test('a list closed by 其他 that falls short of its total is information; above it, an error', () => {
  // The closing 其他 may be the rest of one way of classing the investment (real estate left unwritten).
  const short = findingsOf('全社会完成固定资产投资10.46亿元，增长28.3%，其中：基本建设投资6.12亿元，更新改造投资2.05亿元，其他投资0.81亿元。', CODE);
  assert.deepEqual(short.map((f) => f.severity), ['info']);
  assert.match(short[0]?.message.en ?? '', /closing "other" item/);
  flags('全社会完成固定资产投资⟦8.46亿元⟧，增长28.3%，其中：基本建设投资6.12亿元，更新改造投资2.05亿元，其他投资0.81亿元。');
});

test('a part whose name holds another’s (职业高中 beside 高中) is set aside; the others may still exceed the total', () => {
  flags('全县在校学生⟦26410人⟧，其中小学16820人，初中8630人，高中3540人，职业高中60人。');
  // 职业高中 may lie inside 高中: without it the parts fit.
  flags('全县在校学生26410人，其中小学14800人，初中8050人，高中3500人，职业高中60人。');
  // 农业/非农业 is the other half of a second cut (男/女): no sum is held.
  flags('全县年末总人口58.20万人，其中：男性人口30.10万人，女性人口28.10万人；农业人口49.70万人，非农业人口8.50万人。');
});

test('freight by mode of transport (公路；水运) is one list; a closing 其它 keeps a list going', () => {
  flags('全年货运量⟦312万吨⟧，比上年增长6.2%，其中公路148万吨，增长2.1%；水运181万吨，增长9.8%。');
  flags('全年货运量312万吨，比上年增长6.2%，其中公路131万吨，增长2.1%；水运181万吨，增长9.8%。');
  // The first two parts fit the total only through rounding; the closing 其它 still belongs to the list.
  flags('建成经济林基地⟦6.52万亩⟧，其中板栗5.4万亩、油茶1.17万亩、其它620亩。');
  flags('建成经济林基地6.52万亩，其中板栗5.4万亩、油茶1.06万亩、其它620亩。');
});

test('cultivated land is paddy and dry land (with irrigated land where there is some), only under 耕地', () => {
  flags('全镇辖区面积86.4平方公里，耕地面积⟦31250亩⟧（其中水田12480亩，旱地17770亩），林地面积9.6万亩。');
  flags('全镇辖区面积86.4平方公里，耕地面积30250亩（其中水田12480亩，旱地17770亩），林地面积9.6万亩。');
  // Not under another total: 水田 and 旱地 of a project may leave out the rest.
  flags('全年完成土地整治12000亩，其中水田4200亩，旱地6100亩。');
});

test('items listed clause by clause and closed by 共计 add up to it', () => {
  const list = (boiler: string): string => `扶贫车间建设厂房及配套设施14.26万元；购置烘干设备一套21.4万元；购置锅炉一台${boiler}万元；新建冷库两座5.8万元；共计⟦48.61万元⟧，带动贫困户19户。`;
  flags(list('8.15'));
  flags(list('7.15').replace('⟦48.61万元⟧', '48.61万元'));
  // A clause with a change or two amounts is no single item: the list is not read.
  flags('扶贫车间建设厂房14.26万元，比上年增加2.1万元；购置烘干设备一套21.4万元；共计37.76万元。');
  flags('厂房14.26万元；设备21.4万元，其中进口设备12.0万元；共计30.66万元。');
});

test('国税收入 beside 地方财政收入 are two parts of the total revenue, not two levels', () => {
  flags('1—10月份实现财政总收入⟦186万元⟧，其中国税收入121万元，完成全年任务的108%；地方财政收入78万元，完成计划的92.3%。');
  flags('1—10月份实现财政总收入199万元，其中国税收入121万元，完成全年任务的108%；地方财政收入78万元，完成计划的92.3%。');
});

test('a farmer’s per-head income by the industry it came from adds up to it', () => {
  flags('全村农民人均纯收入⟦4210元⟧，增长9.3%，其中：种植业2106元，畜牧业913元，第三产业1048元，其他243元。');
  flags('全村农民人均纯收入4310元，增长9.3%，其中：种植业2106元，畜牧业913元，第三产业1048元，其他243元。');
  // Per-head incomes of two populations never add up.
  flags('全县居民人均可支配收入18420元，其中：城镇居民26310元，农村居民12940元。');
});

test('a cereal beside 谷物 lies inside it: only 谷物, 豆类 and 薯类 are held to the grain total', () => {
  flags('粮食作物播种面积26.40千公顷，其中谷物播种面积21.2千公顷；玉米播种面积6.8千公顷；豆类播种面积3.05千公顷；薯类播种面积2.10千公顷。');
  flags('粮食作物播种面积⟦26.40千公顷⟧，其中谷物播种面积22.2千公顷；玉米播种面积6.8千公顷；豆类播种面积3.05千公顷；薯类播种面积2.10千公顷。');
});

test('农村投资 after the parts of 城镇以上投资 is its sibling, not one more part', () => {
  flags('全县完成固定资产投资81240万元。总投资中城镇以上投资70110万元，增长25.4%，其中基本建设投资41250万元，增长12%；更新改造投资22360万元，增长18%；房地产投资6500万元，增长48%；农村投资11130万元，增长16%，其中非农户投资5110万元，下降15%；农户投资6020万元，增长17%。');
  flags('全县完成固定资产投资81240万元。总投资中城镇以上投资⟦70110万元⟧，增长25.4%，其中基本建设投资41250万元，增长12%；更新改造投资23360万元，增长18%；房地产投资6500万元，增长48%；农村投资11130万元，增长16%，其中非农户投资5110万元，下降15%；农户投资6020万元，增长17%。');
});

test('the peers of a ranking (`在全省13个地市中位居第二`) are no total of a 其中 after them', () => {
  flags('全市旅游收入在全省13个地市中位居第二，增速居第五位。其中接待游客人次在全国31个重点城市中排第九位。');
});

test('a 其中 part whose own share names an earlier figure as its whole is not held to the last figure', () => {
  flags('全区肉类总产量8200吨，增长6.1%；禽蛋产量3100吨，增长2.8%；牛奶产量2900吨，下降1.2%。其中猪肉产量6100吨，占肉类总产量的74.4%。');
  // Named as the last figure, the pairing stands.
  flags('全区禽蛋产量3100吨，增长2.8%；肉类总产量⟦5900吨⟧，增长6.1%。其中猪肉产量6100吨，占肉类总产量的103.4%。');
});

test('收入合计 = 支出合计 + 年终结余 when the 支出合计 leaves the balance out; silent when it counts it', () => {
  flags('收入合计48.30亿元，支出合计41.20亿元，年终结余7.10亿元。');
  flags('收入合计⟦49.30亿元⟧，支出合计41.20亿元，年终结余7.10亿元。');
  // Equal to the income, the 支出合计 counts the balance among its uses.
  flags('收入合计48.30亿元，支出合计48.30亿元，年终结余7.10亿元。');
});

test('a 其中 opening the next sentence, named by the measure of two figures before it, breaks down either: silent', () => {
  flags('上半年，180个市重点项目完成投资96.2亿元，28个省重点项目完成投资21亿元，完成年度目标任务48.5%。其中，竣工项目完成投资30.1亿元；在建项目完成投资62.4亿元。');
  // Named by one of them only, the pairing stands.
  flags('全年禽蛋产量2100吨；肉类总产量⟦4900吨⟧。其中猪肉产量3600吨，牛肉产量1500吨。');
});

test('a population density is no total of the 其中 after it', () => {
  flags('全镇总户数5210户，总人口19870人。国土总面积120.5平方公里，人口密度每平方公里164.9人。其中，农业人口18860人，占总人口的94.9%。');
});

test('`总人口中，男性…；女性…；14岁以下…`: the sexes add up to the total; the age groups are another cut', () => {
  flags('2015年末，某镇辖区总人口26410人。总人口中，男性13720人，占52%；女性12690人，占48%；14岁以下4630人，占17.5%；15～64岁18510人，占70.1%。');
  flags('2015年末，某镇辖区总人口⟦26410人⟧。总人口中，男性14720人，占52%；女性12690人，占48%；14岁以下4630人，占17.5%；15～64岁18510人，占70.1%。');
});

test('`总人口中，` names its total two sentences back, past a sentence about another population', () => {
  flags('2016年末，某乡总人口31200人，其中城镇常住人口5400人。另有流动人口1830人。总人口中，男性16100人，占51.6%；女性15100人，占48.4%；14岁以下5020人，占16.1%。');
  flags('2016年末，某乡总人口⟦31200人⟧，其中城镇常住人口5400人。另有流动人口1830人。总人口中，男性17100人，占51.6%；女性15100人，占48.4%；14岁以下5020人，占16.1%。');
});

test('`一、二、三产增加值分别实现a、b、c` (产 for 产业) are the three sectors of the GDP before them', () => {
  flags('全年实现地区生产总值150.2亿元，增长8.4%，其中一、二、三产增加值分别实现10.2亿元、60.5亿元、79.5亿元。');
  flags('全年实现地区生产总值⟦160.2亿元⟧，增长8.4%，其中一、二、三产增加值分别实现10.2亿元、60.5亿元、79.5亿元。');
});

test('land by quality (旱涝保收) and land by use (果园) cut one irrigated area two ways: their sum is not held to it', () => {
  flags('全年有效灌溉面积38100公顷，增长0.3%，其中果园灌溉面积15200公顷，旱涝保收面积27400公顷，增长2.1%。');
  // One part alone above the total is still wrong.
  flags('全年有效灌溉面积⟦38100公顷⟧，增长0.3%，其中果园灌溉面积15200公顷，旱涝保收面积39400公顷，增长2.1%。');
});

test('international and domestic visitors make up all visitors', () => {
  flags('全年共接待游客86.40万人次，增长7.5%。其中：国际游客3.40万人次，增长0.6%；国内游客83万人次，增长7.9%。');
  flags('全年共接待游客⟦86.40万人次⟧，增长7.5%。其中：国际游客3.40万人次，增长0.6%；国内游客81万人次，增长7.9%。');
});

test('the labour force beside 农业人口 under a population is another cut, not one more part', () => {
  flags('全村有农户41户，有乡村人口162人，其中农业人口121人，劳动力96人，其中从事第一产业人数90人。');
  flags('全村有农户41户，有乡村人口⟦162人⟧，其中农业人口121人，劳动力196人。');
});

test('a closing clause with no figure (`；人口均为汉族`) does not hide the family before the age groups', () => {
  flags('2012年末,某镇辖区总人口18420人,其中城镇常住人口930人。总人口中,男性9610人,占52.2%;女性8810人,占47.8%;14岁以下2950人,占16.0%;65岁以上2210人,占12.0%;人口均为汉族。');
  flags('2012年末,某镇辖区总人口⟦18420人⟧,其中城镇常住人口930人。总人口中,男性9910人,占52.2%;女性8810人,占47.8%;14岁以下2950人,占16.0%;65岁以上2210人,占12.0%;人口均为汉族。');
});

test('`一般公共预算收入完成A，下降…；税收收入完成B，…；非税收入完成C，…`: the members in `；` clauses of their own', () => {
  flags('1—4月，一般公共预算收入完成52310万元，下降3.2%；税收收入完成34120万元，下降1.8%；非税收入完成18190万元，下降5.7%。');
  flags('1—4月，一般公共预算收入完成⟦52310万元⟧，下降3.2%；税收收入完成36120万元，下降1.8%；非税收入完成18190万元，下降5.7%。');
  // A member beside the total in its clause: no such list (the total's clause is its own).
  flags('年末参加城镇职工基本养老保险人数为31200人，城乡居民社会养老保险参保人数为214300人；参加城镇职工医疗保险人数为22100人。');
});

test('a plain bracket that falls short, in a report whose other brackets all add up, is flagged', () => {
  const others = '全年计划投资52400万元（中央资金21000万元，银行贷款31400万元）。累计完成投资30150万元（中央资金12600万元，银行贷款17550万元）。';
  flags(others + '社会事业计划投资⟦18300万元⟧（中央资金16200万元，地方配套1500万元）。');
  flags(others + '社会事业计划投资17700万元（中央资金16200万元，地方配套1500万元）。');
  // One other bracket only: no convention shown.
  flags('全年计划投资52400万元（中央资金21000万元，银行贷款31400万元）。社会事业计划投资18300万元（中央资金16200万元，地方配套1500万元）。');
  // Another bracket that does not add up: the report lists some parts only.
  flags(others + '工业计划投资9000万元（中央资金4000万元，银行贷款3000万元）。社会事业计划投资18300万元（中央资金16200万元，地方配套1500万元）。');
  // A bracket opened by 含 may list some parts only.
  flags(others + '社会事业计划投资18300万元（含中央资金16200万元，地方配套1500万元）。');
});

test('an item opened by 有 that does not name the total is a new statement (`有…综合商店或超市N个`), not a part', () => {
  flags('2018年，某镇有工业企业23个，其中规模以上7个，有营业面积超过50平方米以上的综合商店或超市96个。');
  flags('2018年，某镇有工业企业⟦23个⟧，其中规模以上27个，有营业面积超过50平方米以上的综合商店或超市96个。');
});

// A clause of shares after the members (`，分别占总人口的p%和q%`) goes on about them: the family before
// the `；` is still the whole list, and the clause after it a sibling of the total.
test('the sexes with their shares in a clause of their own, then a sibling after `；`', () => {
  const line = (total: string, men: string) =>
    `年末全县户籍人口${total}，其中男性人口${men}，女性人口25.60万人，分别占总人口的51.1%和48.9%；全县非农业人口11.3万人，占总人口的21.6%，比上年提高1.2个百分点。`;
  flags(line('52.40万人', '26.80万人'));
  flags(line('⟦52.40万人⟧', '28.30万人'));
});

// `二产业中工业增加值…` (no 在, no comma after 中) breaks down the part it names, inside its `；` clause.
test('an inner `X中` clause naming the part before it is no further part of the list', () => {
  flags('2019年，全区实现生产总值86400万元，同比增长9.5%。其中：第一产业增加值13200万元，增长4.1%；第二产业增加值35100万元，增长12.3%，二产业中工业增加值26800万元，增长13%；第三产业增加值38100万元，增长8.2%。');
  flags('2019年，全区实现生产总值⟦86400万元⟧，同比增长9.5%。其中：第一产业增加值13200万元，增长4.1%；第二产业增加值35100万元，增长12.3%，二产业中工业增加值26800万元，增长13%；第三产业增加值39100万元，增长8.2%。');
});

// `其中：税收收入A，…，增值税、营业税…五大税种税收B`: the group of taxes lies inside the taxes.
test('a group of single taxes beside the taxes under 其中 is inside them, not a further part', () => {
  flags('2018年全市一般公共预算收入18.62亿元，增长9.1%。其中：税收收入15.30亿元，增长8.2%，增值税、企业所得税、个人所得税三大税种税收11.84亿元。');
  flags('2018年全市一般公共预算收入⟦14.62亿元⟧，增长9.1%。其中：税收收入15.30亿元，增长8.2%，增值税、企业所得税、个人所得税三大税种税收11.84亿元。');
});

// `其中非农业人口A，…；农业人口B，…；全年出生人口C`: after the two halves of a cut no sibling of it can
// follow; the births are no third part.
test('the two halves of a cut end a 其中 list; the clause after them is no part', () => {
  const line = (total: string) => `年末全县户籍人口${total}，较上年末增加652人，其中非农业人口6.20万人，比上年减少2.1%；农业人口9.75万人，比上年增长1.8%；全年出生人口1830人，死亡人口1120人。`;
  flags(line('15.95万人'));
  flags(line('⟦17.95万人⟧'));
});

// The total's own indicator restated after the list (at another date) is no part of it.
test('the total restated after its parts, at another date, is no part above the total', () => {
  flags('2021年底全县债务余额382400万元，其中：一般债务余额301200万元，专项债务余额81200万元，2022年新增债务后，全县债务余额415600万元。');
});

// `公共汽车298辆，其中小公共263辆，出租车3540辆`: a part over five times its total, with no slip of its
// digits, is a sibling taken for a part: information. A part a little above its total stays an error.
test('a lone part many times its total is shown for reference; one a little above stays an error', () => {
  // A third above: more than a slip in one figure moves it; a sibling taken for a part, shown for reference.
  assert.deepEqual(severities('全县有公共汽车215辆，其中小型公共汽车286辆。'), ['info']);
  assert.deepEqual(severities('城区交通便利，有公共汽车215辆，其中小型公共汽车186辆，出租车2460辆。'), ['info']);
  // Eight times the total: a zero too many, or a dropped digit of the total, or a sibling; which is not written.
  assert.deepEqual(severities('全县有公共汽车215辆，其中小型公共汽车1860辆。'), ['info']);
  assert.deepEqual(severities('全县有公共汽车215辆，其中小型公共汽车252辆。'), ['error']);
});

// `参加养老保险人数A，其中：城镇…，农村…；参加医疗保险人数B…；参加失业保险人数C`: the clauses after the
// `；` are other insurances, siblings of the total, not more of its parts.
test('another social insurance after `；` is no part of the list under 养老保险', () => {
  flags('年末全县参加基本养老保险人数81250人，其中：参加城镇基本养老保险人数5120人，参加农村社会养老保险人数76130人；参加城镇职工基本医疗保险人数11840人，同比增长2.1%；参加失业保险人数4920人。');
});

// `从业人员A，其中在岗职工B，其他从业人员C`: the 其他 item names the whole total, so a list that falls
// short is an error, not information (a bare `其他投资` may still be the rest of one class only).
test('a closing 其他 item that repeats the total\'s name makes a shortfall an error', () => {
  assert.deepEqual(severities('全年列入劳资统计的单位团体从业人员9630人，其中在岗职工9215人，其他从业人员315人。'), ['error']);
  assert.deepEqual(severities('全年列入劳资统计的单位团体从业人员9530人，其中在岗职工9215人，其他从业人员315人。'), []);
  assert.deepEqual(severities('固定资产投资9.12亿元，其中：基本建设投资5.10亿元，更新改造投资2.60亿元，其他投资1.22亿元。'), ['info']);
});

// `收入由A调整为B，其中…；加上转移性收入…`: A is the former value, no total of the parts after 其中.
test('the former value of an adjustment (`由A调整为B`) is no total of the parts', () => {
  flags('根据上述调整，全区一般公共预算收入由1680000万元调整为1593210万元，其中本级1102400万元，园区490810万元；加上转移性收入577600万元后，全区一般公共预算可用资金为2170810万元。');
});

// holdout82–84 lessons. `总人口A，另有流动人口B，总人口中，男性…；女性…`: the mark names A, not B.
test('a mid-sentence 总人口中 breaks down the figure it names, past a floating population', () => {
  const text = (men: string) => `2012年末，某乡辖区总人口${'⟦'}26840人${'⟧'}，另有流动人口215人，总人口中，男性${men}，占51.2%；女性13090人，占48.8%；18岁以下4830人，占18%。`;
  flags(text('14150人'));
  flags(text('13750人').replace(/[⟦⟧]/g, ''));
});

// `耕地面积A，其中水田B，旱土C，人平0.6亩，林地面积D`: paddy and dry land are the whole of it; the
// woodland after them is a sibling, no part above the total.
test('paddy and dry land (旱土 too) make up the cultivated land; the woodland after them is no part', () => {
  flags('固定电话用户12户。耕地面积1260亩，其中水田980亩，旱土280亩，人平0.7亩，林地面积2300亩。');
  flags('固定电话用户12户。耕地面积⟦1360亩⟧，其中水田980亩，旱土280亩，人平0.7亩，林地面积2300亩。');
});

// A census's floating population: `全县常住人口中，流动人口为A人。其中跨省流入人口为B人，省内流动人口为C人。`
// The two make up A (the sentence opened by `常住人口中，` states A alone, so the 其中 breaks A down).
test('a census floating population is those from other provinces and those moving within it', () => {
  flags('十、流动人口\n全县常住人口中，流动人口为28410人。其中跨省流入人口为3125人，省内流动人口为25285人。');
  flags('十、流动人口\n全县常住人口中，流动人口为⟦29410人⟧。其中跨省流入人口为3125人，省内流动人口为25285人。');
});

// A census bulletin: `全县常住人口为A人，…。` / `二、性别构成` / `全县常住人口中，男性为B人，…；女性为C人，…`: the
// mark names its total in full, past the heading between them.
test('a census `常住人口中，` under its own heading breaks down the population stated before the heading', () => {
  const text = (total: string) => `一、常住人口\n全县常住人口为${total}，与2010年相比，增加5210人，增长1.0%。常住人口保持增长。\n二、性别构成\n全县常住人口中，男性为271430人，占总人口的51.6%；女性为254610人，占总人口的48.4%。`;
  flags(text('526040人'));
  flags(text('⟦536040人⟧'));
});

// `每10万人中拥有大学文化程度的由A人增加到B人；拥有高中文化程度的由C人…`: rates per 100,000, no total and parts.
test('census rates per 100,000 people are no total of the ones after them', () => {
  assert.deepEqual(severities('与2010年相比，每10万人中拥有大学文化程度的由6210人增加到11830人；拥有高中文化程度的由10320人增加到12640人；拥有初中文化程度的由38150人减少到33020人。'), []);
});

// `在建项目16个，…，其中6个项目进入收尾阶段，…，同时我乡新增垦造耕地项目40个`: 同时 opens a new statement.
test('a clause opened by 同时 is no further part of the list before it', () => {
  flags('上半年在建垦造耕地项目14个，面积780亩左右，其中5个项目进入收尾阶段，3个项目在清表，同时我乡新增垦造耕地项目36个约3400亩。');
});

// Census: `人户分离人口为A人，其中，市辖区内人户分离人口为B人，流动人口为C人`: the two make up A.
test('people away from their registered address: those within the city districts and the floating population', () => {
  flags('全市人户分离人口为213480人，其中，市辖区内人户分离人口为142360人，流动人口为71120人。');
  flags('全市人户分离人口为⟦223480人⟧，其中，市辖区内人户分离人口为142360人，流动人口为71120人。');
});

// `财政总收入A，其中农业税B，农业特产税C，烤烟特产税D，其他税收E`: the tobacco tax lies inside C.
test('a tobacco tax beside the special agricultural product taxes is inside them, not a further part', () => {
  flags('2003年全乡财政总收入164.20万元，其中农业税（减免后）20.50万元，农业特产税142.80万元，烤烟特产税140.6万元，其他税收0.90万元。');
});

// `其中，女性A。在农业生产经营人员中，年龄35岁及以下的有B，36至54岁之间的有C，55岁及以上的有D`: groups that
// cover every age make up the total.
test('age groups that cover every age add up to the people they divide', () => {
  const text = (total: string) => `2016年，全县有农业生产经营人员${total}，其中，女性9.86万人。在农业生产经营人员中，年龄35岁及以下的有2.41万人，年龄36至54岁之间的有10.37万人，年龄55岁及以上的有8.02万人。`;
  flags(text('20.80万人'));
  flags(text('⟦21.80万人⟧'));
});

// `耕地A，园地B，…，其他土地H。按三大类分，…。按权属分：国有土地X，集体土地Y`: the sentence before lists the
// land classes; the area they all make up is not written, so the 按…分 cut has no total to be held to.
test('a 按…分 cut after a sentence that lists three or more amounts has no total there', () => {
  flags('全县耕地132.6万亩，园地17.20万亩，林地352万亩，草地3.91万亩，水域及水利设施用地41.27万亩，其他土地13.88万亩。按三大类分，农用地530.12万亩，建设用地43.5万亩，未利用地22.17万亩。按权属分：国有土地29.42万亩，集体土地566.37万亩。');
});

// `实有人数A，其中：在职人数B，包括行政人员B；退休人员C`: 包括 names what the part before it holds.
test('a part opened by 包括 breaks down the part before it and is no sibling of it', () => {
  flags('本单位实有人数58人，其中：在职人数31人，包括行政人员31人（含借调人员4人）；退休人员14人；聘用人员9人；遗属补助人员4人。');
  flags('本单位实有人数⟦58人⟧，其中：在职人数61人，包括行政人员28人；退休人员14人；聘用人员19人。');
});

// A department's final account: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, and
// 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余, by the form of the account.
test('a final account adds its year column and its carried balances up to the grand total', () => {
  const text = (income: string, year: string) =>
    `2022年度收入总计${income}，其中：本年收入合计${year}，使用非财政拨款结余0.00万元，年初结转和结余1.37万元。2022年度支出总计612.55万元，其中：本年支出合计611.18万元，结余分配0.00万元，年末结转和结余1.37万元。`;
  flags(text('612.55万元', '611.18万元'));
  flags(text('612.56万元', '611.18万元')); // within rounding
  flags(text('⟦672.55万元⟧', '611.18万元'));
  flags(text('⟦612.55万元⟧', '641.18万元'));
});

// The accounting identity: 资产总额 = 负债总额 + 所有者权益 (净资产), the three in one sentence.
test('total assets are liabilities plus owners’ equity', () => {
  const text = (assets: string) => `截至2022年末，全区区属国有企业资产总额${assets}，较年初增长4.12%；负债总额512.37亿元，较年初增长6.05%；所有者权益314.28亿元，较年初增长1.21%。`;
  flags(text('826.65亿元'));
  flags(text('⟦862.65亿元⟧'));
  flags('全区行政事业性国有资产总额⟦128.40亿元⟧，负债总额9.62亿元，净资产总额108.78亿元。');
  flags('全区行政事业性国有资产总额118.40亿元，负债总额9.62亿元，净资产总额108.78亿元。');
});

test('the parent’s share of equity, current assets and another entity’s figures are no terms of the identity', () => {
  // 归属于母公司所有者权益 is a part of equity; 流动资产 a part of assets.
  flags('全区国有企业资产总额826.65亿元，负债总额512.37亿元，归属于母公司所有者权益290.12亿元。');
  flags('全区国有企业流动资产426.65亿元，负债总额512.37亿元，所有者权益314.28亿元。');
  // Two entities in one sentence, each with its own three: each triple on its own.
  flags('企业国有资产总额826.65亿元，负债总额512.37亿元，所有者权益314.28亿元；行政事业性国有资产总额118.40亿元，负债总额9.62亿元，净资产108.78亿元。');
  // Last year's assets beside this year's liabilities: no triple.
  flags('资产总额较年初增加36.5亿元，负债总额512.37亿元，所有者权益314.28亿元。');
});

// `总人口A（其中常住人口B，服务人口C，农业人口D）` with B + C = A: 农业人口 cuts the total another way.
test('parts after the first ones that already make up the total are another cut', () => {
  flags('全街道总户数6120户，总人口5.8316万人（其中常住人口2.6104万人，服务人口3.2212万人，农业人口1.4307万人）。');
  flags('全街道总人口⟦5.8316万人⟧（其中常住人口2.6104万人，服务人口3.5212万人，农业人口1.4307万人）。');
});

// `耕地A（其中永久基本农田B，粮食功能区C）`: designations laid over the land overlap; B + C may exceed A.
test('land designations under 耕地 overlap one another and are not summed', () => {
  flags('农用地中，耕地面积2846.30公顷（其中永久基本农田面积2291.05公顷，粮食功能区面积918.62公顷），占土地总面积的12.40%。');
  // One designation alone above the land it lies on is still wrong.
  flags('农用地中，耕地面积⟦2846.30公顷⟧（其中永久基本农田面积2991.05公顷，粮食功能区面积918.62公顷）。');
});

// `普通高中20所（含一贯制学校8所），在校学生A；初中28所，在校学生B`: the bracket says what one item holds;
// the clauses are still parallel (schools, then pupils).
test('a bracket inside one item of a school list leaves the list parallel', () => {
  const text = (senior: string) =>
    `全县共有中小学96所，在校学生85430人，其中：普通高中6所（含完全中学2所），在校学生${senior}；初中21所（含九年一贯制学校5所），在校学生24310人；小学69所，在校学生49920人。`;
  flags(text('11200人'));
  flags(text('11200人').replace('85430人', '⟦85430人⟧').replace('11200人', '13200人'));
});

// `“五大任务”支出A，其中：…方面支出B，…`: the total's name counts its items; five named items are all of them.
test('a total whose name counts its items (五大任务) is made up by that many parts', () => {
  const text = (total: string) =>
    `统筹资金保障“四大任务”支出${total}，其中：生态屏障方面支出12.45亿元，安全稳定方面支出3.20亿元，能源基地方面支出9.85亿元，农畜产品基地方面支出41.30亿元。`;
  flags(text('66.80亿元'));
  flags(text('⟦68.80亿元⟧'));
  // Fewer items than the name counts: a subset, which may fall short.
  flags('统筹资金保障“四大任务”支出68.80亿元，其中：生态屏障方面支出12.45亿元，农畜产品基地方面支出41.30亿元。');
});

// Poverty relocation: registered poor households (建档立卡) and those moved with them (同步搬迁) are all.
test('people relocated are the registered poor and those moved with them', () => {
  flags('全县计划搬迁1650户6420人，其中建档立卡贫困户1602户6231人，同步搬迁48户189人。');
  flags('全县计划搬迁1650户⟦6520人⟧，其中建档立卡贫困户1602户6231人，同步搬迁48户189人。');
  // Elsewhere 建档立卡 is one kind of household among others.
  flags('全镇共有农户1650户6420人，其中建档立卡贫困户102户331人。');
});

// `总人口中，男性A；女性B；14岁以下C；15—64岁D；65岁以上E`: the sexes, then age groups covering every age:
// two cuts of one total, each summed on its own.
test('age groups after the sexes are a second cut of the same total', () => {
  const text = (middle: string) => `2012年末，全镇总人口4.26万人。总人口中，男性2.17万人，占50.9%；女性2.09万人，占49.1%；14岁以下6120人，占14.4%；15—64岁${middle}，占75.2%；65岁以上4440人，占10.4%。`;
  flags(text('32040人'));
  flags(text('35040人').replace('4.26万人。', '⟦4.26万人⟧。'));
});

// `总产值A。其中：农业B；林业C。牧业D；渔业E；服务业F。`: the list breaks off at a 。 and the last three
// members open the next sentence; together they still make up the total.
test('the last members of a family in the next sentence complete the 其中 list', () => {
  const text = (livestock: string) => `全年农林牧渔业总产值31460万元，增长5.2%。其中：农业产值22410万元，增长6.1%；林业产值380万元，同比持平。牧业产值${livestock}，下降3.4%；渔业产值1870万元，同比持平；农林牧渔服务业产值420万元，增长12.5%。`;
  flags(text('6380万元'));
  flags(text('7380万元').replace('31460万元', '⟦31460万元⟧'));
});

// `基金A，其中：城乡居民医保B；职工医保C；医疗救助D` with B + C + D = A: the list goes on past the family.
test('a family that falls short by exactly the items after it in the list is not the whole list', () => {
  flags('全年共筹集医疗保障基金18342.56万元，其中：城乡居民医保13105.20万元；职工医保4412.09万元；医疗救助825.27万元。');
  // Short by something else: still an error.
  flags('全年共筹集医疗保障基金⟦18942.56万元⟧，其中：城乡居民医保13105.20万元；职工医保4412.09万元；医疗救助825.27万元。');
});

// `月发低保金877.74万元：A 373.9052万元 + B 503.8417万元` (877.7469): a total cut off, not rounded, after
// parts written to four decimals.
test('a total written to two fewer decimals than its parts may be cut off rather than rounded', () => {
  flags('12月发放低保金612.48万元。其中：城市低保发放221.3066万元；农村低保发放391.1803万元。');
  flags('12月发放低保金⟦612.46万元⟧。其中：城市低保发放221.3066万元；农村低保发放391.1803万元。');
});

// `其中农业人口A，非农人口B`: 非农 is the short form of 非农业.
test('非农人口 is the other half of 农业人口', () => {
  flags('全乡总人口9382人，其中农业人口为9106人，非农人口为276人。');
  flags('全乡总人口⟦9482人⟧，其中农业人口为9106人，非农人口为276人。');
});

// `总收入合计A；总支出合计B；当年收支结余C`: 当年 before 收支 still names the year's balance.
test('a year’s balance named 当年收支结余 is income less spending', () => {
  flags('全年街道账面总收入合计8642.30万元；总支出合计8411.85万元；当年收支结余230.45万元。');
  flags('全年街道账面总收入合计⟦8742.30万元⟧；总支出合计8411.85万元；当年收支结余230.45万元。');
});

// `一般债务限额 A，专项债务限额B`: a stray space after one member's name does not break the family.
test('a space after a member’s name leaves the family whole', () => {
  flags('下达我县债务限额总额为52.4亿元，其中一般债务限额 14.32亿元，专项债务限额38.08亿元。');
  flags('下达我县债务限额总额为⟦53.4亿元⟧，其中一般债务限额 14.32亿元，专项债务限额38.08亿元。');
});

// `耕地A亩，其中水田…，旱地…，…，总人口B人，其中农业人口…，非农业人口…`: the second 其中 follows a figure of
// another unit and breaks that one down.
test('a second 其中 right after a figure of another unit breaks down that figure', () => {
  const text = (people: string) => `耕地面积36210亩，其中水田9820亩，旱地26390亩，林地面积41260亩，辖5个村委会，总人口${people}，其中农业人口14330人，非农业人口1250人。`;
  flags(text('15580人'));
  flags(text('⟦16580人⟧'));
});

// `一般公共预算总收入A，总支出B，年终结转结余C`: grand totals of income and spending leave the carried balance.
test('a grand total of income less a grand total of spending is the balance carried over', () => {
  flags('2019年度，全区一般公共预算总收入98.40亿元，总支出93.15亿元，年终结转结余5.25亿元。');
  flags('2019年度，全区一般公共预算总收入⟦99.40亿元⟧，总支出93.15亿元，年终结转结余5.25亿元。');
  // A plain revenue (transfers fill the gap) and a department's 年末结转和结余 (what was carried in may be left
  // out of its 总收入) are not read.
  flags('全县一般公共预算收入12.3亿元，支出35.6亿元，年终结余0.5亿元。');
  flags('2022年部门总收入1695.60万元，总支出1661.98万元，年末结转和结余53.62万元。');
});

// The three of a balance sheet over the sentences of one paragraph, names with bracketed asides.
test('a balance sheet told sentence by sentence, with bracketed aliases, still adds up', () => {
  const text = (assets: string) => `截至2021年末，全区行政事业性国有资产总额（账面净值，下同）${assets}，较上年增长8.2%。负债总额24.6亿元，较上年增长3.1%。净资产（所有者权益）187.3亿元，较上年增长9.0%。`;
  flags(text('211.9亿元'));
  flags(text('⟦221.9亿元⟧'));
  // In another paragraph the equity is no term of the assets before.
  flags('全区国有企业资产总额221.9亿元，负债总额24.6亿元。\n全区行政事业单位净资产187.3亿元。');
});

// Insured staff are those in work and the retired; health staff are five kinds, all named.
test('insured staff (在职 + 退休) and health staff by kind make up their totals', () => {
  flags('全市参加职工基本医疗保险人数84.62万人，其中参保在职职工62.35万人，参保退休人员22.27万人。');
  flags('全市参加职工基本医疗保险人数⟦86.62万人⟧，其中参保在职职工62.35万人，参保退休人员22.27万人。');
  // Not under a headcount, where the employed, retired and others may all be listed.
  flags('单位实有人数45人，其中在职人员30人，退休人员13人。');
  flags('全县卫生人员2416人，其中：卫生技术人员1932人，其他技术人员96人，管理人员84人，工勤技能人员221人，乡村医生83人。');
  flags('全县卫生人员⟦2426人⟧，其中：卫生技术人员1932人，其他技术人员96人，管理人员84人，工勤技能人员221人，乡村医生83人。');
  // Four kinds named (no village doctors written): a subset, which may fall short.
  flags('全县卫生人员2416人，其中：卫生技术人员1932人，其他技术人员96人，管理人员84人，工勤技能人员221人。');
});

// A fund's statement names every source and use: its closing 其他收入 / 其他支出 is the rest of the
// whole flow, so a list short of its total is an error. A budget's 其他支出 is one functional class.
test('a fund income closed by 其他收入 that falls short of its total is an error', () => {
  const fund = (total: string) => `2024年三季度，城乡居民医保基金收入${total}，其中：个人缴费收入2310万元，财政补助收入5120万元，利息收入46万元，其他收入8万元。`;
  assert.deepEqual(severities(fund('7484万元')), []);
  assert.deepEqual(severities(fund('8384万元')), ['error']);
  assert.deepEqual(severities('全县一般公共预算支出8.40亿元，其中：教育支出2.10亿元，卫生健康支出1.05亿元，其他支出0.30亿元。'), ['info']);
});

// `一般债务限额A，专项债务限额为B`: the copula before one figure does not make the pair another family.
test('debt ceilings split into general and special add up even with 为 before one figure', () => {
  flags('2023年全区政府债务限额为186420万元，其中一般债务限额120350万元，专项债务限额为66070万元。');
  flags('2023年全区政府债务限额为⟦196420万元⟧，其中一般债务限额120350万元，专项债务限额为66070万元。');
});

// Water resources are not additive: ground water is partly the same water as surface water
// (水资源总量 = 地表水 + 地下水 − 重复计算量).
test('surface and ground water resources overlap: their sum is not held to the total', () => {
  flags('2022年全县水资源总量为6.84亿立方米，其中地表水资源量6.12亿立方米，地下水资源量2.37亿立方米，重复计算量1.65亿立方米。');
  flags('全县水资源总量9.35亿m3，其中地表水资源量7.28亿m3，地下水资源量3.06亿m3（含重复计算量0.99亿m3）。');
  // Water supplied by source is a partition.
  flags('全县总供水量⟦2.96亿立方米⟧，其中地表水源供水量2.31亿立方米，地下水源供水量0.85亿立方米。');
});

// Staff by schooling are often counted cumulatively (大专 standing for 大专 and above).
test('teachers by schooling may be counted cumulatively: no error when they exceed the total', () => {
  assert.deepEqual(severities('全镇现有在职教师64人，其中大专学历58人，合格率90.6%；本科学历17人，本科率26.6%。'), []);
});

// A per-student amount is no part of another: averages never add up.
test('per-student spending of several school types is no sum', () => {
  flags('职业高中生均一般公共预算教育经费26410.25元，普通高中生均一般公共预算教育经费31250.40元，普通初中生均一般公共预算教育经费29870.15元。');
});

// `…，其中：年初批复预算A，专项安排B，追减调整预算C`: a deduction is taken off, not added.
test('a deduction among the parts (追减, 调减, 扣除) keeps the list from being added up', () => {
  flags('财政局全年下达28个单位预算总额为24180.50万元，其中：年初批复预算20130.20万元，专项经费安排4096.40万元，追减调整预算46.10万元。');
});

// `计划造林A，其中…，实际完成造林B，完成计划的p%`: the outcome is the plan's own actual, no part of it.
test('the outcome written after a planned total\'s parts is no part of it', () => {
  flags('林场计划造林6200亩，其中防护林造林2600亩，公益林补植造林3600亩，实际完成造林6450亩，完成计划的104%。');
  flags('林场计划造林⟦6200亩⟧，其中防护林造林2600亩，公益林补植造林3800亩。');
});

// A negative figure (`负债总额-166.06万元`) is as precise as a positive one: rounding holds both ways.
test('a negative liability keeps the rounding tolerance of its written digits', () => {
  flags('截至2022年末，专户资产总额73520.46万元，负债总额-35.12万元，净资产总额73555.57万元。');
  flags('截至2022年末，专户资产总额⟦73520.86万元⟧，负债总额-35.12万元，净资产总额73555.57万元。');
});

// Temporary staff are counted beside the establishment, not inside it.
test('temporary staff listed after the staff on the establishment are no part of them', () => {
  flags('2023年本院实有在职在编人员52人，其中专业技术人员49人，临聘人员6人。');
  flags('2023年本院实有在职在编人员⟦52人⟧，其中专业技术人员49人，管理人员5人。');
});

// A fund statement names every source: its 其他收入 may stand anywhere in the list.
test('a fund income with 其他收入 inside its list adds up to the total', () => {
  const text = (total: string) => `2023年全县机关事业养老保险基金总收入${total}（其中：养老保险费收入8640万元、利息收入12万元、其他收入25万元、转移收入206万元、上级补助收入5120万元）。`;
  flags(text('14003万元'));
  flags(text('⟦15003万元⟧'));
});

// Township enterprises by who runs them: the township, the village, partner households, single households.
test('township enterprises by 乡办/村办/联户办/个体办 make up their total', () => {
  flags('全县乡镇企业总产值48260万元，其中乡办8120万元、村办5340万元、联户办3900万元、个体办30900万元。');
  flags('全县乡镇企业总产值⟦49260万元⟧，其中乡办8120万元、村办5340万元、联户办3900万元、个体办30900万元。');
});

// `基金收入A，支出B，收支相抵结余C`: the balance is said in words.
test('收支相抵结余 is the fund income less its spending', () => {
  flags('2022年城乡居民养老保险基金收入18260万元，支出15410万元，收支相抵结余2850万元。');
  flags('2022年城乡居民养老保险基金收入⟦19260万元⟧，支出15410万元，收支相抵结余2850万元。');
});

// 凈 is a variant of 淨 that mirror pages use: `凈資產` is the equity all the same.
test('a balance sheet in traditional script with the variant 凈 still adds up', () => {
  flags('截至2021年底，資產總額86.42億元，負債總額31.18億元，凈資產55.24億元。');
  flags('截至2021年底，資產總額⟦96.42億元⟧，負債總額31.18億元，凈資產55.24億元。');
});

// `在总人口中，男…，女…`: the whole the mark names stands a few sentences back; the amounts nearer are others.
test('an in-mark (在总人口中) reaches back past nearer amounts to the total it names', () => {
  const text = (male: string) => `2015年末，全县总人口为642380人，比上年增加5120人。其中，常住人口为558210人。当年出生8620人。非农业人口为96350人，占总人口的15.0%；农业人口为546030人，占总人口的85.0%。在总人口中，男性人口为${male}，女性为311600人。`;
  flags(text('330780人'));
  flags(text('⟦340780人⟧').replace('⟦340780人⟧', '340780人').replace('全县总人口为642380人', '全县总人口为⟦642380人⟧'));
});

// The last parts make up the total exactly: the first one is another cut of it.
test('when the last parts make up the total, the first part is another cut', () => {
  flags('全县共有流入育龄人口58620人，其中已婚育龄妇女14230人，来自省外流入8210人，市外流入6150人，跨县区流入44260人。');
});

// A 其中 inside a bracket breaks down an amount inside that bracket.
test('a 其中 inside a bracket breaks down the amount before it in the bracket', () => {
  flags('已婚育龄妇女8620人，其中无孩妇女310人，一孩妇女4870人，二孩妇女3240人，多孩妇女200人（常住人口中已婚育龄妇女3915人，其中无孩妇女265人，一孩妇女2130人，二孩妇女1410人，多孩妇女110人）。');
});

// `从分乡镇来看：…` breaks down the total before it by town: the towns may not exceed it.
test('a breakdown by town (从分乡镇来看) may not exceed its total', () => {
  const text = (town: string) => `1-4月份全区规模以上工业企业实现产值⟦124亿元⟧，累计现价比增10.9%。从分乡镇来看：甲街道实现产值15.3亿元，比增8.6%；乙镇实现产值${town}，比增6.5%；丙镇实现产值40.2亿元，比增8.4%。`;
  flags(text('76.8亿元'));
  flags(text('66.8亿元').replace('⟦124亿元⟧', '124亿元'));
});

// Sales output (销售产值) is measured apart from output: the towns' 产值 are no parts of it.
test('output by town is no breakdown of the sales output stated right before it', () => {
  // At most information (the pairing is doubtful), never an error.
  const found = severities('1-4月份全区规模以上工业企业实现产值124亿元。全区实现销售产值120亿元，产销率96.8%。从分乡镇来看：甲街道实现产值15.3亿元；乙镇实现产值66.8亿元；丙镇实现产值40.2亿元。');
  assert.deepEqual(found.filter((s) => s !== 'info'), []);
});

// A third 其中 in a `；` series breaks down its own clause's figure, as the first two do.
test('a third 其中 of a ；-series breaks down the figure of its own clause', () => {
  const text = (output: string) => `1995年全县有运输企业8420家，其中乡办36家、村办84家、联户办310家、个体办7990家；从业人员12680人，其中乡办960人、村办410人、联户办1150人、个体办10160人；运输产值${output}，其中乡办1180万元、村办390万元、联户办1020万元、个体办12860万元。`;
  flags(text('15450万元'));
  flags(text('⟦16450万元⟧'));
});

// `支出A，加B，C，D，支出总计T`: a bare 加 opening a clause lists the other uses, as 加上 does.
test('a bare 加 opening a clause lists the other items of a balance', () => {
  const text = (repay: string) => `一般公共预算支出52.6亿元，加债务还本支出${repay}，上解上级支出1.2亿元，结转下年3.5亿元，支出总计60.1亿元。`;
  flags(text('2.8亿元'));
  flags(text('3.8亿元').replace('60.1亿元', '⟦60.1亿元⟧'));
  // A verb that starts with 加 lists nothing.
  flags('一般公共预算支出52.6亿元，加大民生投入1.2亿元，加快债务化解2.8亿元，支出总计60.1亿元。');
});

// `加上级补助收入A、调入资金和上年结转等，收入总计T`: items named without amounts leave the sum unknown.
test('a 加上 list naming some items without their amounts is not held to its total', () => {
  flags('全区一般公共预算收入26410万元，加上级补助收入182350万元、调入资金和上年结转等，收入总计305120万元。');
});

// `其中：2018年以前脱贫A户，2019年脱贫B户，2020年脱贫C户`: a yearly breakdown from the first years on sums the
// years, like 累计; one year picked out of a span (`其中2021年…`) still is no part.
test('a yearly breakdown that opens with the years before one is a breakdown of the total', () => {
  const text = (y2019: string) => `全村共有建档立卡贫困户124户352人，其中：2018年以前脱贫41户118人，2019年脱贫75户${y2019}，2020年脱贫8户21人。`;
  flags(text('213人'));
  flags(text('223人').replace('352人', '⟦352人⟧'));
  flags('全县税收收入由2019年的2.66亿元增加到2023年的4.56亿元，其中2021年3.10亿元，2022年3.90亿元。');
});

// `总人口A人，其中党员B名。其中女性C人，男性D人。`: a 其中 part of another unit is no total of the next 其中.
test('a 其中 sentence after a 其中 part of another unit breaks down the total before it', () => {
  const text = (male: string) => `全村总人口812人，其中党员26名。其中女性395人，男性${male}。`;
  flags(text('417人'));
  flags(text('427人').replace('812人', '⟦812人⟧'));
  // Of the same unit, the part may be the one broken down: silence.
  flags('全村总人口812人，其中党员26人。其中女性395人，男性427人。');
});

// `…三个行业…分别为a、b、c。…三个行业合计T`: the counted group summed a sentence or two after its list.
test('a counted group summed after its 分别 list adds up its figures', () => {
  const text = (total: string) => `今年以来，制造业、建筑业和金融业三个行业表现突出，前三季度入库税收分别为21.36亿元、18.42亿元、9.75亿元。其特点一是总量大。据统计，前三季度三个行业合计实现税收${total}，同比增长12.3%。`;
  flags(text('49.53亿元'));
  flags(text('⟦49.58亿元⟧'));
  // Another count names another group: no sum.
  flags('制造业、建筑业和金融业三个行业前三季度入库税收分别为21.36亿元、18.42亿元、9.75亿元。四个行业合计实现税收60.12亿元。');
});

// Current and non-current assets or liabilities, a fund's pooled part and personal accounts, postal and
// telecom business: each pair is the whole of its total by definition.
test('流动/非流动, 统筹基金/个人账户 and 邮政/电信 make up their totals', () => {
  flags('负债合计⟦62.4亿元⟧（其中：流动负债55.12亿元，非流动负债0.36亿元），净资产118.3亿元。');
  flags('负债合计55.48亿元（其中：流动负债55.12亿元，非流动负债0.36亿元），净资产118.3亿元。');
  flags('季末职工医保基金累计结存⟦39.60亿元⟧，其中统筹基金累计结余18.27亿元，个人账户累计结存16.33亿元。');
  flags('全年完成邮电业务总量⟦3820万元⟧，增长12.1%，其中邮政业务总量486万元，增长2.3%；电信业务总量2934万元，增长14.0%。');
  flags('全年完成邮电业务总量3420万元，增长12.1%，其中邮政业务总量486万元，增长2.3%；电信业务总量2934万元，增长14.0%。');
});

// Express parcels go within the city, to other cities, or abroad: the three make up the business volume.
test('快递业务量 = 同城 + 异地 + 国际及港澳台', () => {
  const text = (total: string) =>
    `1—9月，全市快递服务企业业务量累计完成${total}，同比增长18.2%；业务收入累计完成6.41亿元，同比增长15.3%。其中，同城业务量累计完成812.30万件，同比下降6.1%；异地业务量累计完成4398.50万件，同比增长23.4%；国际及港澳台业务量累计完成129.66万件，同比增长41.0%。`;
  flags(text('⟦5320.46万件⟧'));
  // A known family: an error, not a list that may classify its items several ways (information).
  assert.deepEqual(findingsOf(text('5320.46万件'), CODE).map((f) => f.severity), ['error']);
  flags(text('5340.46万件'));
  // Revenue by the same three kinds falls short of the total by 其他业务收入 (storage, cash on delivery).
  flags('全年快递服务企业业务收入累计完成52.60亿元，同比增长12.4%。其中，同城业务收入累计完成6.10亿元；异地业务收入累计完成28.35亿元；国际及港澳台业务收入累计完成9.42亿元。');
});

// A page broke the line after the total: `人户分离人口为A人` alone, then `其中，…`.
test('a 其中 paragraph goes on from a line that ends on its total with no closing mark', () => {
  flags('人户分离人口为⟦184210人⟧\n其中，市辖区内人户分离人口为120350人，流动人口为65860人。\n');
  flags('人户分离人口为186210人\n其中，市辖区内人户分离人口为120350人，流动人口为65860人。\n');
  // A line closed by 。 is a sentence of its own paragraph: the 其中 after a break is not read against it.
  flags('人户分离人口为184210人。\n其中，市辖区内人户分离人口为120350人，流动人口为65860人。\n');
});

// A housing fund's business income less its spending is its net gain; a unit's income less spending its surplus.
test('业务收入 − 业务支出 = 增值收益, and 收入总计 − 支出总计 = 本年盈余', () => {
  flags('2022年全市实现住房公积金业务收入⟦8,412.60万元⟧，业务支出5,730.25万元，实现住房公积金增值收益2,582.35万元。');
  flags('2022年全市实现住房公积金业务收入8,312.60万元，业务支出5,730.25万元，实现住房公积金增值收益2,582.35万元。');
  flags('2022年，县人民医院收入总计⟦5182.40万元⟧，支出总计5018.66万元，本年盈余173.74万元。');
  flags('2022年，县人民医院收入总计5192.40万元，支出总计5018.66万元，本年盈余173.74万元。');
});

// 特困人员 are supported in an institution or at home, by definition: the pair makes up the total even with
// no breakdown word.
test('特困人员 = 集中供养 + 分散供养, with or without 其中', () => {
  flags('全县共有城乡特困人员⟦3852人⟧，集中供养612人，分散供养3140人，累计发放金额1526.30万元。');
  flags('全县共有城乡特困人员3752人，集中供养612人，分散供养3140人，累计发放金额1526.30万元。');
  // Not under another total (敬老院 beds are no count of persons supported).
  flags('全县敬老院床位3852张，集中供养612人，分散供养3140人。');
});

test('a 其中 list of `；` clauses in one frame with other measure words (甲类业务收入/乙类业务支出) is one list', () => {
  // Heads differ, the frame 类业务 is shared: the clauses are items of one list, so they are held to the total.
  flags('全年各类业务支出⟦820.5亿元⟧。其中，甲类业务赔付410.2亿元；乙类业务给付395.6亿元；丙类业务赔付61.3亿元。');
  // Same head, different measure: two measures of one thing, so the list ends before the second.
  flags('全年个人贷款余额820.5亿元。其中，个人住房贷款余额610.2亿元；个人住房贷款发放额395.6亿元。');
});

test('其中 parts that each take their share of the total, the shares over 100 %, are overlapping cuts', () => {
  // 41.2 % + 72.5 % says the two parts overlap, whatever they are named.
  flags('年末全县户籍人口52.40万人。其中，东区人口21.60万人，占户籍人口的41.2%；西区人口38.00万人，占户籍人口的72.5%。');
  // 城镇 and 少数民族 cut the population two ways (cues/cuts.ts), shares or none.
  flags('年末全县户籍人口52.40万人。其中，城镇人口21.60万人；少数民族人口38.00万人。');
  // Shares that add up to no more than 100 % do not excuse parts above their total.
  flags('年末全县户籍人口⟦52.40万人⟧。其中，东区人口21.60万人，占户籍人口的31.2%；西区人口38.00万人，占户籍人口的52.5%。');
});

test('`A亿元中，B，C` and a next sentence opening `限额中…` break down the amount before them', () => {
  flags('今年拟发行专项债券⟦420.0亿元⟧中，市级使用96亿元，转贷区县336.0亿元。');
  flags('今年拟发行专项债券420.0亿元中，市级使用84亿元，转贷区县336.0亿元。');
  flags('省里核定我市新增债务限额⟦500亿元⟧。新增债务限额中可发行一般债券130亿元，可发行专项债券380亿元。');
  flags('省里核定我市新增债务限额500亿元。新增债务限额中可发行一般债券120亿元，可发行专项债券380亿元。');
  // A year or a half-year followed by 中 is no amount.
  flags('2023年中，全县完成投资12亿元，其中工业投资5亿元。');
});

test('`，在X当中，` after a figure named X breaks that figure down; a mark naming another figure does not', () => {
  flags('本年度本单位项目支出⟦8200.00万元⟧，占总支出的61.0%，在项目支出当中，教育支出8460.50万元，科研支出120.30万元。');
  flags('本年度本单位项目支出8200.00万元，占总支出的61.0%，在项目支出当中，教育支出7960.50万元，科研支出120.30万元。');
  flags('本年度本单位项目支出8200.00万元，在基本支出中，教育支出8460.50万元，科研支出120.30万元。');
});

test('a cut mark after a sentence that is a cut itself, or naming another measure, has no total there', () => {
  // 城镇 + 乡村 make the unwritten whole: 乡村 is no total of the trade cut after it.
  flags('全年城镇零售额820.0万元，增长8%；乡村零售额180.0万元，增长6%。从行业看，批发业零售额90.0万元；零售业零售额730.0万元；住宿业零售额20.0万元；餐饮业零售额160.0万元。');
  // The mark names 纯收入: the spending before it is no whole of the income parts.
  flags('全年农民人均生活消费支出5200元，增长6.1%。从农民人均纯收入构成看，工资性收入3100元；家庭经营收入3900元；财产性收入150元；转移性收入450元。');
  // Named as the measure before it, the pairing stands.
  flags('全年农民人均纯收入⟦7800元⟧，增长8.1%。从农民人均纯收入构成看，工资性收入3100元；家庭经营收入3900元；财产性收入150元；转移性收入450元。');
});

test('a fund balance: income − spending = the year\'s balance across brackets, a year and the next sentence', () => {
  // 2360.40 − 2100.15 = 260.25: the balance opening the next sentence is the year's.
  flags('全年医保基金总收入⟦2360.40亿元⟧，比上年增长9.1%，基金总支出2100.15亿元，比上年增长8.2%。基金当期结存270.25亿元，累计结存1835.60亿元。');
  flags('全年医保基金总收入2360.40亿元，比上年增长9.1%，基金总支出2100.15亿元，比上年增长8.2%。基金当期结存260.25亿元，累计结存1835.60亿元。');
  // Asides in brackets and a year before the balance: still the same three.
  flags('补充医疗保险基金（大病保险）总收入⟦620.50万元⟧（其中：保费收入610.20万元），大病保险总支出598.30万元（为上缴上级保费），2024年当年结余28.20万元。');
  flags('补充医疗保险基金（大病保险）总收入620.50万元（其中：保费收入610.20万元），大病保险总支出598.30万元（为上缴上级保费），2024年当年结余22.20万元。');
});

test('轻工业 + 重工业 make up the industry', () => {
  flags('1965年，全县工业总产值⟦1300万元⟧，其中轻工业740万元，重工业460万元。');
  flags('1965年，全县工业总产值1200万元，其中轻工业740万元，重工业460万元。');
});

test('a total that counts its members (三县区) is made up by a 分别 list of that many amounts', () => {
  flags('引进甲、乙、丙三县区资金⟦96.0亿元⟧，分别到位40.5亿元、32.0亿元、26.5亿元。');
  flags('引进甲、乙、丙三县区资金99.0亿元，分别到位40.5亿元、32.0亿元、26.5亿元。');
  // A list of another length than the count names other things: not held to the total.
  flags('引进甲、乙、丙三县区资金96.0亿元，分别到位40.5亿元、32.0亿元。');
});

test('items counted off with 一是, 二是 … after an amount are its parts when named like it', () => {
  flags('今年上级下达学校保障经费⟦1500.00万元⟧。一是安排公用经费820万元，保证学校运行；二是安排生活费补助310.5万元；三是安排校舍维修经费420万元。');
  flags('今年上级下达学校保障经费1550.50万元。一是安排公用经费820万元，保证学校运行；二是安排生活费补助310.5万元；三是安排校舍维修经费420万元。');
  // Highlights after a total of another measure are no parts of it.
  flags('全年实现地区生产总值312亿元，增长7%。一是固定资产投资280亿元，增长10%；二是社会消费品零售总额150亿元，增长8%。');
});

test('a bracketed aside after this year\'s amount does not hide `比上年的A增B`', () => {
  flags('全市教育经费为⟦15796.06万元⟧（包括事业费和基建经费），比上年的14077.42万元增265.15万元。');
  flags('全市教育经费为14342.57万元（包括事业费和基建经费），比上年的14077.42万元增265.15万元。');
});

test('a class and its complement (在编/非在编) make up the total; a spaced comma after X中 still opens its parts', () => {
  flags('全市公积金从业人员⟦1.52万人⟧，其中，在编0.88万人，非在编0.60万人。');
  flags('全市公积金从业人员1.48万人，其中，在编0.88万人，非在编0.60万人。');
  flags('流动人口为826400人 。流动人口中 , 省外流入人口为⟦215300人⟧ , 省内流动人口为640500人 。'.replace('⟦215300人⟧', '215300人').replace('826400人', '⟦826400人⟧'));
});

test('`进行如下分配：A；B；C` shares out the amount of the sentence before, whatever its items are named', () => {
  flags('全年实现增值收益⟦6200.00万元⟧。按有关办法进行如下分配：贷款风险准备金1300.00万元；管理费用1900.00万元；廉租住房建设补充资金3100.00万元。');
  flags('全年实现增值收益6300.00万元。按有关办法进行如下分配：贷款风险准备金1300.00万元；管理费用1900.00万元；廉租住房建设补充资金3100.00万元。');
});

test('a list opened by 一是 names its opener in the finding, not 其中', () => {
  const f = findingsOf('今年上级下达学校保障经费1500.00万元。一是安排公用经费820万元；二是安排生活费补助310.5万元；三是安排校舍维修经费420万元。', CODE)[0];
  assert.match(f?.message.en ?? '', /一是、二是…: the listed items cannot exceed the total/);
  assert.doesNotMatch(f?.message.zh ?? '', /其中/);
});

test('whole 元 under a per-student heading are averages; a source mark (按公安户籍人口统计) is no cut', () => {
  const averages = findingsOf('各级教育生均一般公共预算教育事业费支出情况。全市普通初中为26410元，其中，农村为29870元。', CODE);
  assert.deepEqual(averages.map((f) => f.severity), ['info']);
  flags('年末全县常住人口41.2万人，出生率8.1‰。按公安户籍人口统计，年末全县户籍总人口452300人，比上年末减少210人。其中：乡村人口281400人，城镇人口170900人。');
});

test('a per-student heading some lines up still marks whole 元 as averages', () => {
  const filler = '全市普通小学为17520元，比上年17960元下降2.45%。'.repeat(5);
  const found = findingsOf(`2.各级教育生均一般公共预算教育事业费支出增长情况。\n${filler}\n3.全市普通初中为26410元，比上年25900元增长1.97%。其中，农村为29870元。`, CODE);
  assert.deepEqual(found.map((f) => f.severity), ['info']);
});

test('parts glossed in brackets (工资福利支出（人员支出）) and a `；` sibling after them keep their family', () => {
  flags('本年基本支出⟦4500000元⟧，其中工资福利支出（人员支出）3200000元，商品和服务支出（公用支出）850000元，对个人和家庭补助支出（人员支出）510000元；项目支出（专项经费支出）2900000元。');
  flags('本年基本支出4560000元，其中工资福利支出（人员支出）3200000元，商品和服务支出（公用支出）850000元，对个人和家庭补助支出（人员支出）510000元；项目支出（专项经费支出）2900000元。');
});

test('a part that holds an earlier period’s leftovers (含上期结转) is not held to the period’s intake', () => {
  flags('全年共受理各类案件20件，其中民事案件12件（含上期结转2件），刑事案件11件。');
  flags('全年共受理各类案件⟦20件⟧，其中民事案件12件，刑事案件11件。');
});

// Procurement: the budget is what was paid plus what was saved, by definition (relations/savings.ts).
test('a procurement budget = the amount paid + the saving, run by run in one sentence', () => {
  const text = (saving: string) =>
    `全年共完成采购项目120个，采购预算金额共计5630.20万元，实际采购金额共计4985.70万元，共节约资金644.50万元，节约率为11.4%，其中工程类项目30个，预算金额共计2410.00万元，实际采购金额共计2105.60万元，共节约资金${saving}，节约率为12.6%。`;
  flags(text('304.40万元'));
  flags(text('314.40万元').replace('预算金额共计2410.00万元', '预算金额共计⟦2410.00万元⟧'));
  // The year's budget of a share (`占全年采购预算…的`) is not this run's budget.
  flags('实现政府采购额8200万元，占全年政府采购预算9000万元的91.1%，节约资金760万元，资金节约率8.5%。');
  // Without a stated budget, nothing is held: the amount may be a wider 交易额.
  flags('全年交易额212.43亿元，节约金额9.91亿元，资金节约率10.7%。');
});

test('donations in money and in kind make up 款物; a total restated in brackets in the parts’ unit is their total', () => {
  flags('全年累计接收捐赠款物2650.40万元，其中资金1830.15万元，物资价值820.25万元。');
  flags('全年累计接收捐赠款物⟦2750.40万元⟧，其中资金1830.15万元，物资价值820.25万元。');
  flags('全县土地总面积为820平方公里（折⟦123.00万亩⟧），其中耕地36.90万亩，园地9.20万亩，林地61.50万亩，水域8.40万亩，其他用地9.00万亩。');
  flags('全县土地总面积为820平方公里（折125.00万亩），其中耕地36.90万亩，园地9.20万亩，林地61.50万亩，水域8.40万亩，其他用地9.00万亩。');
});

test('a 其中 list ends where a `；` clause opens another cut of the same total (按用途划分)', () => {
  const text = (general: string) =>
    `3月，全省发行地方政府债券⟦512亿元⟧。其中，发行一般债券${general}，发行专项债券298亿元；按用途划分，发行新增债券430亿元（包括新增一般债券190亿元、新增专项债券240亿元），发行再融资债券82亿元。`;
  flags(text('234亿元'));
  flags(text('214亿元').replace(/⟦|⟧/g, ''));
});

test('another level’s fund and a conclusion after a 其中 are no parts of the total', () => {
  flags('2022年，省上下达我县中央财政补贴资金150万元，其中62.4万元用于兑付上年超录资金，下达省级财政补贴资金20万元，上年结转省级财政补贴资金8万元，所以今年我县可用补贴资金为115.6万元。');
  flags('2022年，省上下达我县中央财政补贴资金⟦150万元⟧，其中62.4万元用于兑付上年超录资金，95.6万元用于购机补贴。');
});

test('a fund named after a per-student standard (生均经费) in 万元 is a part like any other', () => {
  flags('项目支出年初预算数为⟦152.40万元⟧。其中：贷款利息70.2万元、困难学生学费8.2万元、高中生均经费80万元。');
  flags('项目支出年初预算数为158.40万元。其中：贷款利息70.2万元、困难学生学费8.2万元、高中生均经费80万元。');
});

test('一般/专项 bonds make up the total whatever verb stands before one of them (发行专项债券)', () => {
  flags('1—12月，全省发行地方政府新增债券⟦3320亿元⟧，其中一般债券905亿元，发行专项债券2315亿元；平均发行期限12.6年。');
  flags('1—12月，全省发行地方政府新增债券3220亿元，其中一般债券905亿元，发行专项债券2315亿元；平均发行期限12.6年。');
});

test('a bracket that breaks down an item of a by-mark list after a 其中 list (包括新增一般债券…) is read too', () => {
  const text = (general: string) =>
    `全国发行地方政府债券5200亿元。其中，发行一般债券2100亿元，发行专项债券3100亿元；按用途划分，发行新增债券⟦4300亿元⟧（包括新增一般债券${general}、新增专项债券2900亿元），发行再融资债券900亿元。`;
  flags(text('1500亿元'));
  flags(text('1400亿元').replace(/⟦|⟧/g, ''));
});

test('a lottery fund raised is what goes up to the centre plus what each level keeps', () => {
  flags('全年全区筹集彩票公益金⟦52400.0万元⟧，其中，上缴中央24180.5万元；自治区本级留成12090.3万元；地州市留成12090.2万元。');
  flags('全年全区筹集彩票公益金48361.0万元，其中，上缴中央24180.5万元；自治区本级留成12090.3万元；地州市留成12090.2万元。');
});

test('monthly averages (月均收入) of a group may exceed the average of all; a third kind of air route (地区航线) finishes 国内/国际', () => {
  // (Information at most: the reviewer sees no error or warning.)
  const averages = findingsOf('全年全省农民工月均收入4210元，比上年增加120元，增长2.9%。其中，从事建筑业农民工月均收入4830元，比上年增加140元，增长3.0%。', CODE);
  assert.deepEqual(averages.map((f) => f.severity).filter((s) => s !== 'info'), []);
  flags('上半年，机场共有航线152条，较去年同期新增18条。其中，国内航线133条，新增15条；国际航线15条，新增2条；地区航线4条，新增1条。');
  flags('上半年，机场共有航线⟦156条⟧，较去年同期新增18条。其中，国内航线133条，新增15条；国际航线15条，新增2条；地区航线4条，新增1条。');
});

test('members named with a description before them (就地就近就业的本地农民工) still make up their total', () => {
  flags('全年农民工总量⟦29650万人⟧，比上年增加310万人。在农民工总量中，在乡内就地就近就业的本地农民工12080万人，比上年增加90万人；到乡外就业的外出农民工17470万人，比上年增加220万人。');
  flags('全年农民工总量29550万人，比上年增加310万人。在农民工总量中，在乡内就地就近就业的本地农民工12080万人，比上年增加90万人；到乡外就业的外出农民工17470万人，比上年增加220万人。');
});

test('an approximate total (约为), a 兆 figure and a per-head average head no parts held exactly', () => {
  flags('全年外出农民工总量约为1.68亿人，其中，跨省流动农民工7412万人，省内流动农民工9466万人。');
  flags('全年外出农民工总量为⟦1.68亿人⟧，其中，跨省流动农民工7412万人，省内流动农民工9466万人。');
  // (The 兆 figures are read whole now; state-controlled and joint-stock firms overlap, so their sum says nothing.)
  flags('上半年規模以上工業企業實現利潤總額爲3兆2180億元。其中國有控股企業實現利潤總額1兆0520.4億元；股份制企業利潤總額2兆3110.6億元。');
  flags('外借读者人均借阅量稳步增长，2022年为28册次。其中“90后”外借文献量达612万册次。');
});

// ------------------------------------------------------------------ lessons of the twenty-second session

test('a last member with its own 其中 whose items run on past `；` leaves the outer list whole', () => {
  // 因公出国/公务接待/公务用车 complete the three public expenses; 购置/运行 complete the car spending.
  const text = (total: string, car: string) =>
    `2022年全区“三公”经费预算${total}，同比下降3.1%；其中：因公出国（境）费36万元，同比下降2%；公务接待费275万元，同比下降4.5%；公务用车购置及运行维护费${car}，其中：公务用车购置费190万元，同比增长10%；公务用车运行维护费861万元，同比下降1.2%。`;
  flags(text('1362万元', '1051万元'));
  flags(text('⟦1462万元⟧', '1051万元'));
  flags(text('1362万元', '⟦1051万元⟧').replace('190万元', '200万元'));
});

test('members of a family joined by `、` after their figures, and named again with the place (该县), make up their total', () => {
  flags('年末全镇常住人口⟦4.72万人⟧，城镇人口1.95万人、乡村人口2.67万人。');
  flags('年末全镇常住人口4.62万人，城镇人口1.95万人、乡村人口2.67万人。');
  flags('全县共有百岁老人⟦136人⟧，该县男百岁老人21人、女百岁老人105人。');
  flags('全县共有百岁老人126人，该县男百岁老人21人、女百岁老人105人。');
  // A `、` inside a name follows no figure: the list is no family.
  flags('全年服务业增加值86.3亿元，交通运输、仓储和邮政业增加值9.2亿元，金融业增加值11.7亿元。');
});

test('settlements, receipts and exports = sales, payments and imports + the surplus; a month and the months to date each on their own', () => {
  flags('2024年3月，银行结汇⟦15230亿元⟧，售汇13980亿元，结售汇顺差1350亿元。2024年1-3月，银行累计结汇41020亿元，累计售汇38210亿元，累计结售汇顺差2810亿元。');
  flags('2024年3月，银行结汇15330亿元，售汇13980亿元，结售汇顺差1350亿元。2024年1-3月，银行累计结汇⟦41020亿元⟧，累计售汇38210亿元，累计结售汇顺差2710亿元。');
  flags('2024年3月，银行代客涉外收入32650亿元，对外付款31920亿元，涉外收付款顺差730亿元。');
  flags('全年全市出口⟦286.5亿元⟧，增长5.2%；进口188.3亿元，下降1.6%；贸易顺差88.2亿元。');
  flags('全年全市出口286.5亿元，增长5.2%；进口198.3亿元，下降1.6%；贸易顺差88.2亿元。');
  // Two exports in one sentence (goods, services): which import goes with which is not read.
  flags('货物贸易出口1320亿元，服务贸易出口210亿元，进口1190亿元，顺差340亿元。');
});

test('waste used, disposed of and stored may draw on earlier stock; sowing and harvesting are no part of ploughing', () => {
  flags('全年全市一般工业固体废物产生量达1.91亿吨，其中，综合利用量1.18亿吨，处置量0.44亿吨，贮存量0.34亿吨。');
  flags('全县完成机耕面积6.2万公顷，其中深耕1.3万公顷，机播3.1万公顷，机收2.6万公顷。');
  // One measure throughout: the parts are parts.
  flags('全年全市生活垃圾清运量⟦86.5万吨⟧，其中焚烧处理量61.3万吨，填埋处理量28.2万吨。');
});

test('what was paid in over the years = what was drawn + what is left; people taken in = released + still under correction', () => {
  flags('截至年末，全市住房公积金累计缴存总额⟦812.36亿元⟧，缴存余额321.50亿元；全年提取住房公积金65.2亿元，累计提取总额480.86亿元。');
  flags('截至年末，全市住房公积金累计缴存总额802.36亿元，缴存余额321.50亿元；全年提取住房公积金65.2亿元，累计提取总额480.86亿元。');
  flags('截至年底，全省累计接收社区矫正人员⟦8.6万人⟧，累计解除矫正5.1万人，现有社区矫正人员3.3万人。');
  flags('截至年底，全省累计接收社区矫正人员8.4万人，累计解除矫正5.1万人，现有社区矫正人员3.3万人。');
  // The year's flows are no stock: 本年缴存 less 本年提取 is no balance.
  flags('全年缴存住房公积金96.3亿元，提取住房公积金65.2亿元，年末缴存余额321.50亿元。');
});

test('expressways are also national or provincial roads: listed beside the administrative levels, they are no extra part', () => {
  flags('年末全县公路通车里程2860公里。其中：高速公路通车里程42公里，国道51.3公里，省道98.6公里，县道246.2公里，乡道412.5公里，村道2051.4公里。');
  flags('年末全县公路通车里程⟦2960公里⟧。其中：国道51.3公里，省道98.6公里，县道246.2公里，乡道412.5公里，村道2051.4公里。');
});

test('trainees by group (在岗职工, 失业人员, 农村劳动力) are one cut: their sum is held to the total', () => {
  flags('上半年全省开展职业技能培训⟦12.4万人⟧，其中在岗职工培训3.1万人，失业人员技能培训4.2万人，农村劳动力技能培训4.8万人，创业培训1.6万人。');
  flags('上半年全省开展职业技能培训13.7万人，其中在岗职工培训3.1万人，失业人员技能培训4.2万人，农村劳动力技能培训4.8万人，创业培训1.6万人。');
});

test('daily averages of a volume (日均客运量) add up over their parts; 公共 names no whole', () => {
  flags('9月全市公共交通客运量为3.12亿人次，日均客运量为⟦1040万人次⟧。其中，城市轨道交通日均客运量为782万人次，常规公交日均客运量为241万人次，巡游出租车日均客运量为65万人次。');
  flags('9月全市公共交通客运量为3.12亿人次，日均客运量为1088万人次。其中，城市轨道交通日均客运量为782万人次，常规公交日均客运量为241万人次，巡游出租车日均客运量为65万人次。');
  // A workload per physician (医师日均担负) is no volume: a public hospital's may exceed all hospitals'.
  flags('全年全省医院医师日均担负诊疗5.8人次，其中：公立医院医师日均担负诊疗6.4人次。');
});

test('in a `；` series, clauses after a 其中 part that end in the total\'s whole name (…在保余额) are parts too', () => {
  flags('年末在保户数126万户；在保余额⟦812.5亿元⟧，同比增长9.6%，其中，融资担保在保余额362.4亿元，同比增长12.1%；再担保在保余额231.8亿元，同比增长4.2%；非融资担保在保余额258.3亿元，同比增长6.5%。');
  flags('年末在保户数126万户；在保余额852.5亿元，同比增长9.6%，其中，融资担保在保余额362.4亿元，同比增长12.1%；再担保在保余额231.8亿元，同比增长4.2%；非融资担保在保余额258.3亿元，同比增长6.5%。');
  // A sibling sharing only the measure word (产量) is the series' next item, not a part.
  flags('粮食播种面积12万亩；粮食总产量5.6万吨，其中夏粮产量2.1万吨；油料产量3.9万吨。');
});

test('receipts of trade = payments + the surplus (国际收支口径)', () => {
  flags('按国际收支口径，全年服务贸易收入⟦2310亿元⟧，支出1890亿元，顺差320亿元。');
  flags('按国际收支口径，全年服务贸易收入2210亿元，支出1890亿元，顺差320亿元。');
});

test('items named by the ordinal of one counted-off class (第一种形态, 第二种形态 …) are one list', () => {
  flags('全年全市运用“四种形态”批评教育帮助和处理共⟦6120人次⟧。其中，运用第一种形态批评教育帮助4210人次，占总人次的68.8%；运用第二种形态处理1530人次，占25.0%；运用第三种形态处理246人次；运用第四种形态处理234人次。');
  flags('全年全市运用“四种形态”批评教育帮助和处理共6220人次。其中，运用第一种形态批评教育帮助4210人次，占总人次的67.7%；运用第二种形态处理1530人次，占24.6%；运用第三种形态处理246人次；运用第四种形态处理234人次。');
  // The total's name counts its parts (四种形态): four items listed are all of them, so a shortfall is an error too.
  flags('全年全市运用“四种形态”批评教育帮助和处理共⟦6320人次⟧，其中，运用第一种形态批评教育帮助4210人次；运用第二种形态处理1530人次；运用第三种形态处理246人次；运用第四种形态处理234人次。');
});

test('a 其中 after a bracketed note on how figures are written still opens the sentence: its total is the one before', () => {
  flags('一季度全市共处置餐厨垃圾⟦1.42万吨⟧。（小数点后保留两位数，四舍五入）其中1月份5210.40吨；2月份3960.15吨；3月份5830.22吨。');
  flags('一季度全市共处置餐厨垃圾1.50万吨。（小数点后保留两位数，四舍五入）其中1月份5210.40吨；2月份3960.15吨；3月份5830.22吨。');
});

test('深度 in a name of what is done (深度治理投资) is no size: the bracket of parts is read', () => {
  flags('全年工业污染源治理投资⟦8.82亿元⟧（其中老工业污染源治理投资3.69亿元，大气污染深度治理投资4.98亿元，燃煤锅炉改造投资0.25亿元）。');
  flags('全年工业污染源治理投资8.92亿元（其中老工业污染源治理投资3.69亿元，大气污染深度治理投资4.98亿元，燃煤锅炉改造投资0.25亿元）。');
});

test('cadres by rank, the lowest written 乡科级及以下, are one cut: no threshold that nests', () => {
  flags('全年共处分⟦3204人⟧，其中地厅级干部41人，县处级干部382人，乡科级及以下干部2791人。');
  flags('全年共处分3214人，其中地厅级干部41人，县处级干部382人，乡科级及以下干部2791人。');
  // Thresholds still nest: 亿元以上 projects are among the 5000万元以上 ones.
  flags('全年实施重点项目126个，其中亿元以上项目86个，5000万元以上项目98个。');
});

test('stages of schooling (初中, 小学) listed one by one are items of one list, and a per-head standard before the total is no name of it', () => {
  flags('全年发放营养餐改善资金共计⟦70400元⟧，其中：初中16800元；小学57600元。');
  flags('全年发放营养餐改善资金共计74400元，其中：初中16800元；小学57600元。');
  // A per-head standard before the total names the standard, not the total.
  flags('按照每人每学期400元标准发放营养餐改善资金共计⟦70400元⟧，其中：初中16800元；小学57600元。');
  flags('按照每人每学期400元标准发放营养餐改善资金共计74400元，其中：初中16800元；小学57600元。');
});

test('coal sold is no sum of coal produced, whatever family the producers make (国有重点/地方国有/乡镇煤矿)', () => {
  flags('前8个月全省销售原煤22558.47万吨，为同期产量的98.60%。其中国有重点煤矿原煤产量10257.36万吨，地方国有煤矿原煤产量3240.74万吨，乡镇煤矿原煤产量9379.53万吨。');
  flags('前8个月全省原煤产量⟦22558.47万吨⟧。其中国有重点煤矿原煤产量10257.36万吨，地方国有煤矿原煤产量3240.74万吨，乡镇煤矿原煤产量9379.53万吨。');
});

test('a remainder clause closing a list of items with several measures may leave one measure out', () => {
  flags('今年全县生态养殖产量达到⟦9.6万吨⟧，养殖产值21.4亿元。其中，水库养殖面积5万亩、产量1.2万吨、产值3.1亿元；稻田综合种养面积80万亩、产量3.5万吨、产值8.2亿元；其他养殖产量4.2万吨、产值10.1亿元。');
  flags('今年全县生态养殖产量达到8.9万吨，养殖产值21.4亿元。其中，水库养殖面积5万亩、产量1.2万吨、产值3.1亿元；稻田综合种养面积80万亩、产量3.5万吨、产值8.2亿元；其他养殖产量4.2万吨、产值10.1亿元。');
  // A clause that is no remainder and lacks a measure ends the list: it may be another subject.
  flags('今年全县生态养殖产量达到9.6万吨，养殖产值21.4亿元。其中，水库养殖面积5万亩、产量1.2万吨、产值3.1亿元；稻田综合种养面积80万亩、产量3.5万吨、产值8.2亿元；苗种繁育产量4.2万吨、产值10.1亿元。');
});

test('parts named by the members of totals standing side by side (现房…，期房…) are inside their like-named totals', () => {
  flags('前三季度，全市现房销售126.5万平方米，期房销售488.2万平方米。其中，商品住宅现房销售98.6万平方米；商品住宅期房销售412.3万平方米。');
  // One total, split by the same family, still adds up.
  flags('前三季度，全市商品房销售面积⟦604.7万平方米⟧，其中，现房销售126.5万平方米，期房销售488.2万平方米。');
});

test('doctoral and master\'s students make up the postgraduates (研究生), and only them', () => {
  flags('全省招收研究生⟦3.62万人⟧，比上年增加0.21万人，其中招收博士生0.48万人，招收硕士生3.04万人。');
  flags('全省招收研究生3.52万人，比上年增加0.21万人，其中招收博士生0.48万人，招收硕士生3.04万人。');
  // A university's graduates count its undergraduates too: two kinds listed are a subset.
  flags('学校2024届毕业生共8120人，其中博士生310人，硕士生2650人。');
});

test('public and private hospitals make up the hospitals, public and private kindergartens the kindergartens: nothing wider', () => {
  flags('全市医院出院⟦412.6万人次⟧，其中，公立医院318.5万人次，民营医院84.1万人次。');
  flags('全市医院出院402.6万人次，其中，公立医院318.5万人次，民营医院84.1万人次。');
  flags('全县共有幼儿园⟦96所⟧，其中公办幼儿园52所，民办幼儿园41所。');
  // Under all health institutions, or all schools, the two kinds are a subset.
  flags('全市医疗卫生机构诊疗412.6万人次，其中，公立医院318.5万人次，民营医院84.1万人次。');
  flags('全县共有学校96所，其中公办幼儿园52所，民办幼儿园41所。');
});

test('an amount with what was spent more than a share of it (…比按比例多支出B) is no list of parts', () => {
  flags('审计发现，多地不当增加基金支出96.4亿元，其中：5市自行提高待遇标准，导致基金多支出71.2亿元，8市将不符合条件人员的48.6亿元待遇支出全部由基金承担，比按比例多支出25.2亿元。');
});

test('a fund\'s income is its spending plus the year\'s surplus (当年结余, 本年收支结余), beside a 其中 of its income', () => {
  flags('全年全市职工养老保险基金收入⟦96.4亿元⟧，支出71.8亿元，当年结余25.6亿元。');
  flags('全年全市职工养老保险基金收入97.4亿元，支出71.8亿元，当年结余25.6亿元。');
  flags('全年社会保险基金总收入⟦412.5亿元⟧，其中保险费收入301.2亿元，财政补贴收入88.6亿元；总支出330.4亿元；本年收支结余81.1亿元，年末滚存结余620.3亿元。');
  // 本年结余 after a carry-over is a balance, not the year's surplus; a surplus with a sign is not read.
  flags('公益金收入1233.6万元，上年结转65.3万元，总支出1270.6万元，本年结余21.5万元。');
  flags('全年生育保险基金收入51亿元，支出52.7亿元，当年结余-1.7亿元。');
});

test('the amount ahead of schedule (超年进度) is no part', () => {
  flags('全年铁路货运总发送量完成52100万吨，同比增长6.1%。其中，货物发送量完成51860万吨，同比增长6.0%，超年进度1620万吨。');
});

test('a 其中 after a sentence opening a counted-off point (三是…) does not reach back to the point before', () => {
  flags('二是农村公路事故高发。共发生事故820起，造成196人死亡。三是客车、摩托车是死亡事故的主要车型。其中摩托车事故480起，造成118人死亡；客车事故300起，造成97人死亡。');
  // Without the counted-off point the sentence in between is passed over as before.
  flags('全年共发生事故820起，造成⟦196人⟧死亡。客车、摩托车是死亡事故的主要车型。其中摩托车事故480起，造成118人死亡；客车事故300起，造成97人死亡。');
});

test('posts sought are the people seeking them plus the gap (用工需求 = 求职人数 + 缺口)', () => {
  flags('一季度，全市人力资源市场共发布用工需求⟦38620人⟧，登记求职人数为35110人，本期缺口为3810人，求人倍率为1.10。');
  flags('一季度，全市人力资源市场共发布用工需求38620人，登记求职人数为35110人，本期缺口为3510人，求人倍率为1.10。');
});

test('an audit cut named by what it was cut from (核减工程款) closes 送审 = 审定 + 审减', () => {
  flags('上半年共完成投资审计项目12个，送审金额⟦4.61亿元⟧，审定金额3.52亿元，核减工程款1.02亿元，平均核减率22.1%。');
  flags('上半年共完成投资审计项目12个，送审金额4.54亿元，审定金额3.52亿元，核减工程款1.02亿元，平均核减率22.5%。');
});

test('a 其中 sentence whose last ；clause states a new total hands it on to the 其中 after it (招收…；在学研究生T。其中，在学…)', () => {
  const text = (enrolled: string): string => `全省招收研究生3.52万人，比上年增加0.21万人。其中，招收博士生0.48万人，招收硕士生3.04万人；在学研究生${enrolled}，比上年增加0.62万人。其中，在学博士生1.96万人，在学硕士生8.44万人。`;
  flags(text('10.40万人'));
  flags(text('⟦10.80万人⟧'));
  // Parts named unlike the handed-on total (在学… after 毕业研究生) leave the pairing unwritten.
  flags('全省招收研究生3.52万人。其中，招收博士生0.48万人，招收硕士生3.04万人；毕业研究生2.80万人，比上年增加0.12万人。其中，在学博士生1.96万人，在学硕士生8.44万人。');
});

test('a first figure taking its own share of a wider named whole is the first kind listed, not the total of the rest', () => {
  const tail = ';中熟梨为2.49万公顷、52万吨,分别占26.6%、29.1%;晚熟梨等为1.22万公顷、20.7万吨,分别占13.1%、11.6%;砂梨为0.5万公顷、6.8万吨,分别占5.3%、3.8%;香梨等为0.17万公顷、2.4万吨,分别占18%、1.3%;其他为0.39万公顷、5.2万吨,分别占4.1%、2.9%。';
  flags('江西省早熟梨面积为3.59万公顷,产量为81.7万吨,分别占梨园总面积和梨总产量的39.1%和41.3%' + tail);
});

test('a fund\'s plain income and spending settled in its own sentence (收入A，安排支出B，收支相抵，结余C) add up', () => {
  flags('省级体育彩票公益金方面，2023年收入⟦42650万元⟧，安排支出26310万元，收支相抵，结余15340万元。');
  flags('省级体育彩票公益金方面，2023年收入41650万元，安排支出26310万元，收支相抵，结余15340万元。');
  // A county's own revenue below its spending is no fund's income: transfers fill the gap.
  flags('全县一般公共预算收入5.2亿元，一般公共预算支出20.6亿元，收支相抵，年终结余0.3亿元。');
});

test('a list of states whose one part is the total named again as what stands now (现有吸毒人员) nests', () => {
  flags('截至年底，全市登记在册吸毒人员8260人。其中，正在强制隔离戒毒的有320人，社区戒毒社区康复的有610人，戒断三年未复吸的有4110人，现有吸毒人员4050人。');
  // Named in full by its kind, a part is a sibling: the overshoot is flagged.
  flags('全年全省原保险保费收入⟦3.32万亿元⟧，其中，寿险业务原保险保费收入2.56万亿元，健康险业务实现8447亿元，意外险业务实现1210亿元。');
});

test('box office domestic + imported, passengers sent + arrived, graduates by level of study make up their totals', () => {
  flags('上半年全省电影票房收入达⟦12.63亿元⟧，其中国产影片票房收入5.36亿元，进口影片票房收入6.27亿元。');
  flags('上半年全省电影票房收入达11.63亿元，其中国产影片票房收入5.36亿元，进口影片票房收入6.27亿元。');
  flags('开通以来，该站累计运输旅客⟦195万人次⟧，其中发送旅客100万人次、到达旅客85万人次。');
  flags('今年全省有大学毕业生⟦30.56万人⟧，其中研究生1.82万人，本科生12.93万人，专科（含高职）生13.43万人。');
  flags('今年全省有大学毕业生28.18万人，其中研究生1.82万人，本科生12.93万人，专科（含高职）生13.43万人。');
  // Two levels of three are a subset: a shortfall is no error.
  flags('今年全省有大学毕业生30.56万人，其中本科生12.93万人，专科（含高职）生13.43万人。');
});

test('a family of clauses giving households and people side by side ends before a `；` remark that names a member again', () => {
  flags('截至9月，全县保障城乡低保对象3100户、⟦6400人⟧，其中：城市800户、1500人，农村2300户、4200人；补助标准城市月人均700元，农村月人均400元。');
  flags('截至9月，全县保障城乡低保对象3100户、5700人，其中：城市800户、1500人，农村2300户、4200人；补助标准城市月人均700元，农村月人均400元。');
  // Clauses whose units differ in order are no pairs of one list: silent.
  flags('截至9月，全县保障城乡低保对象3100户、6400人，其中：城市800户、1500人，农村4200人、2300户；补助标准城市月人均700元，农村月人均400元。');
});

test('a developer\'s funds by source (loans, foreign capital, own funds, the rest) make up the funds however unlike their names', () => {
  flags('1-9月，全市房地产开发企业本年到位资金⟦2650亿元⟧，增长6.1%。其中，国内贷款420亿元，增长3.2%；利用外资35亿元，下降12.5%；企业自筹资金1180亿元，增长8.4%；其他资金960亿元，增长4.9%。');
  flags('1-9月，全市房地产开发企业本年到位资金2595亿元，增长6.1%。其中，国内贷款420亿元，增长3.2%；利用外资35亿元，下降12.5%；企业自筹资金1180亿元，增长8.4%；其他资金960亿元，增长4.9%。');
  // Newer lists name deposits and mortgages instead of the rest: a subset, whose shortfall is no error.
  flags('1-9月，全市房地产开发企业本年到位资金2650亿元，增长6.1%。其中，国内贷款420亿元；利用外资35亿元；自筹资金1180亿元；定金及预收款600亿元；个人按揭贷款300亿元。');
});

test('a sentence opened by `新增债券中，` breaks down the bonds so named in the sentence before', () => {
  flags('全年全省共发行政府债券1260亿元，其中新增债券⟦980亿元⟧。新增债券中，一般债券120亿元，专项债券840亿元。');
  flags('全年全省共发行政府债券1260亿元，其中新增债券960亿元。新增债券中，一般债券120亿元，专项债券840亿元。');
});

test('exports and imports of a subject named once (`数字服务出口A；进口B`) make up its trade', () => {
  flags('上半年，全市数字服务进出口额达⟦182.6亿元⟧，增长8.2%。其中，数字服务出口96.4亿元，增长10.1%；进口76.2亿元，增长5.3%。');
  flags('上半年，全市数字服务进出口额达172.6亿元，增长8.2%。其中，数字服务出口96.4亿元，增长10.1%；进口76.2亿元，增长5.3%。');
});

test('customs revenue is duties plus the taxes levied at import', () => {
  flags('全年全关区海关税收净入库⟦1326.5亿元⟧，增长8.1%；其中征收关税212.4亿元，增长5.2%；进口环节税1104.3亿元，增长8.7%。');
  flags('全年全关区海关税收净入库1316.7亿元，增长8.1%；其中征收关税212.4亿元，增长5.2%；进口环节税1104.3亿元，增长8.7%。');
  // Under a total that is no customs revenue (a city's tax revenue), the two are a subset.
  flags('全年全市税务部门组织收入1326.5亿元。其中，关税212.4亿元，进口环节税1004.3亿元。'.replace('税务部门组织收入', '一般公共预算收入'));
});

test('a total named by two members joined with 和 is covered by one part of each', () => {
  flags('全年全县住宿和餐饮业营业额⟦6.4亿元⟧，增长9.2%，其中住宿业营业额1.9亿元，餐饮业营业额4.2亿元。');
  flags('全年全县住宿和餐饮业营业额6.1亿元，增长9.2%，其中住宿业营业额1.9亿元，餐饮业营业额4.2亿元。');
  // Two of three members listed: a subset, whose shortfall is no error.
  flags('全年全县教育、科技和文化支出9.6亿元，其中科技支出1.2亿元，文化支出0.8亿元。');
});

test('a closing 其他 item named by what the total is of (其他药材 under 药材产业) is the rest of the whole', () => {
  flags('全镇已发展中药材产业⟦15600亩⟧，其中黄精5000亩，白芍2600亩，金银花4000亩，其他药材2000亩。');
  // An error, not the information a closing 其他 of one class would get.
  assert.deepEqual(findingsOf('全镇已发展中药材产业15600亩，其中黄精5000亩，白芍2600亩，金银花4000亩，其他药材2000亩。', CODE).map((f) => f.severity), ['error']);
  flags('全镇已发展中药材产业13600亩，其中黄精5000亩，白芍2600亩，金银花4000亩，其他药材2000亩。');
  // Named by a measure (其他投资), the rest may be of one class only: the shortfall stays information.
  assert.deepEqual(findingsOf('全年完成工业投资9.6亿元，其中技改投资3.1亿元，新建项目投资4.2亿元，其他投资1.1亿元。', CODE).map((f) => f.severity), ['info']);
});

test('clauses of people and person-times, each with its amount, are parallel items', () => {
  flags('全年共实施医疗救助52.6万人次，支出资金⟦3.92亿元⟧，其中资助参加基本医疗保险18.2万人，支出1.36亿元；实施住院和门诊救助34.4万人次，支出2.71亿元。');
  flags('全年共实施医疗救助52.6万人次，支出资金4.07亿元，其中资助参加基本医疗保险18.2万人，支出1.36亿元；实施住院和门诊救助34.4万人次，支出2.71亿元。');
});

test('known complete sets: insurance lines, the 三公 with both car costs, the centre and the localities, procurement objects, contracts, direct assistance, 田/土', () => {
  flags('1-9月全省原保险赔付支出⟦396.2亿元⟧，其中，产险业务赔款168.3亿元，寿险业务给付132.5亿元，健康险业务赔款和给付80.6亿元，意外险业务赔款8.4亿元。');
  flags('1-9月全省原保险赔付支出389.8亿元，其中，产险业务赔款168.3亿元，寿险业务给付132.5亿元，健康险业务赔款和给付80.6亿元，意外险业务赔款8.4亿元。');
  flags('全县三公经费财政拨款支出⟦1286万元⟧，其中因公出国（境）费用32万元，公务接待费186万元，公务用车购置费120万元，公务用车运行维护费912万元。');
  flags('1-6月，全国一般公共预算收入⟦11.86万亿元⟧，其中，中央一般公共预算收入5.12万亿元；地方一般公共预算本级收入6.54万亿元。');
  flags('全年全市政府采购规模⟦86.5亿元⟧，其中政府采购货物支出21.6亿元，政府采购工程支出38.2亿元，政府采购服务支出22.4亿元。');
  flags('全年全县建筑业企业签订合同额⟦156.3亿元⟧，其中上年结转合同额62.5亿元，本年新签合同额88.1亿元。');
  flags('全年直接医疗救助⟦8.62万人次⟧，其中住院救助2.35万人次，门诊救助5.86万人次。');
  flags('全乡耕地面积⟦2.62万亩⟧，其中田1.58万亩，土0.96万亩。');
  // Not under their totals: a province's revenue (no 全国) by 中央/地方 is no such split; a partial line list.
  flags('全省一般公共预算收入3500亿元，其中中央一般公共预算收入900亿元，地方一般公共预算收入2500亿元。');
  flags('1-9月全省原保险赔付支出420.5亿元，其中，产险业务赔款168.3亿元，寿险业务给付132.5亿元。');
});

test('a total of three significant digits ending in zeros, over parts written to the unit, was rounded there', () => {
  // 18263 + 4154 = 22417: 22400 is that sum rounded to the hundred.
  flags('“七五”期间，全区地方煤矿共调出煤炭22400万吨，其中铁路运出18263万吨，公路运出4154万吨。');
  flags('“七五”期间，全区地方煤矿共调出煤炭⟦22400万吨⟧，其中铁路运出18363万吨，公路运出4154万吨。');
  // People are counted, never rounded so; nor a total of two significant digits.
  flags('全乡共有人口⟦22400人⟧，其中男11263人，女11177人。');
  flags('项目总投资⟦1200万元⟧，其中中央资金786万元，地方资金443万元。');
});

test('registered people under a resident total (常住, 实有) are another caliber: an overshoot is information', () => {
  const sev = (src: string): string[] => findingsOf(src, CODE).map((f) => f.severity);
  assert.deepEqual(sev('截至10月底，街道实有人口总数86420人，其中户籍人数70150人，外来人口18630人，境外人员212人。'), ['info']);
  assert.deepEqual(sev('年末全县常住人口42.6万人，其中户籍人口47.8万人。'), ['info']);
  // Within one caliber the overshoot stays an error.
  assert.deepEqual(sev('截至10月底，街道实有人口总数86420人，其中本地人口70150人，外来人口18630人。'), ['error']);
});

test('a mark that holds the amount itself (在出生的N人中，) breaks down that amount', () => {
  flags('在出生的⟦318人⟧中，男婴172人，女婴158人。');
  flags('在出生的330人中，男婴172人，女婴158人。');
  flags('在出生的⟦318人⟧当中，男婴172人，女婴158人。');
});

test('health staff with the village doctors and the health aides given apart make up 卫生人员', () => {
  flags('全市卫生人员达⟦18650人⟧，其中：卫生技术人员14210人，其他技术人员652人，管理人员823人，工勤技能人员1506人，乡村医生1236人和卫生员98人。');
  flags('全市卫生人员达18525人，其中：卫生技术人员14210人，其他技术人员652人，管理人员823人，工勤技能人员1506人，乡村医生1236人和卫生员98人。');
});

test('paddy and dry land short of the farmland may leave out irrigated land: information; above it, an error', () => {
  const sev = (src: string): string[] => findingsOf(src, CODE).map((f) => f.severity);
  assert.deepEqual(sev('全乡有耕地面积26150亩，其中，水田5820亩，旱地19630亩，人均耕地1.6亩。'), ['info']);
  assert.deepEqual(sev('全乡有耕地面积24150亩，其中，水田5820亩，旱地19630亩，人均耕地1.6亩。'), ['error']);
});

test('an approximate total (约) holds its parts to a whole unit of its last digit', () => {
  // 0.8 + 1.45 + 0.12 = 2.37: far above 约2.15亿元 (± 0.01 亿).
  flags('全年全县危房改造共投入资金⟦约2.15亿元⟧，其中：中央补助资金0.8亿元，县级配套资金1.45亿元，农户自筹资金0.12亿元。');
  // 0.8 + 1.23 + 0.12 = 2.15: silent; 2.158 (cut, not rounded) is within a unit too.
  flags('全年全县危房改造共投入资金约2.15亿元，其中：中央补助资金0.8亿元，县级配套资金1.23亿元，农户自筹资金0.12亿元。');
  flags('全年全县危房改造共投入资金约2.15亿元，其中：中央补助资金0.808亿元，县级配套资金1.23亿元，农户自筹资金0.12亿元。');
});

test('a part that names a member itself (当年财政拨款收入) is no whole of the family its total is a member of', () => {
  flags('2024年本部门财政拨款收支总预算⟦862.5万元⟧，收入包括当年财政拨款收入905.3万元，上年结转12.6万元。');
  flags('2024年本部门财政拨款收支总预算862.5万元，收入包括当年财政拨款收入849.9万元，上年结转12.6万元。');
});

test('a closing item that ends in 及其他 takes in the rest: the list is the whole total', () => {
  // 412 + 38.5 + 9.2 + 6 + 4.3 = 470 ≠ 480.
  flags('全年完成交通建设投资⟦480亿元⟧，其中：公路412亿元，港口38.5亿元，航道9.2亿元，客货站场6亿元，设备更新、车辆购置及其他4.3亿元。');
  flags('全年完成交通建设投资470亿元，其中：公路412亿元，港口38.5亿元，航道9.2亿元，客货站场6亿元，设备更新、车辆购置及其他4.3亿元。');
  // Without the closing 及其他 the list may leave items out: silent.
  flags('全年完成交通建设投资480亿元，其中：公路412亿元，港口38.5亿元，航道9.2亿元，客货站场6亿元，车辆购置4.3亿元。');
});

test('a name that looks nested (公路 / 公路客货站场) is a sibling when every part together makes the total', () => {
  // 612 + 41.5 + 8.4 + 2 + 6 = 669.9 ≈ 约670: silent (without 公路客货站场 the rest would fall short).
  flags('全年完成交通投资约670亿元，其中：公路612亿元，港口41.5亿元，航道8.4亿元，公路客货站场2亿元，车船购置及其他6亿元。');
  // Off with every part and without the nested one: still flagged.
  flags('全年完成交通投资⟦约690亿元⟧，其中：公路612亿元，港口41.5亿元，航道8.4亿元，公路客货站场2亿元，车船购置及其他6亿元。');
});

test('changes joined after 分别 (`分别比上年末增加A和B`) are no parts: the family before them is still read', () => {
  // 4120 + 1210 = 5330 ≠ 5230.
  flags('年末参加失业保险人数为⟦5230人⟧。其中，参保职工4120人，参保离退休人员1210人，分别比上年末增加300人和45人。');
  flags('年末参加失业保险人数为5330人。其中，参保职工4120人，参保离退休人员1210人，分别比上年末增加300人和45人。');
});

test('a cut named by what it classes, seen 上 (`从学历层次上看`), lists parts of the total before it', () => {
  // 1320 + 260 = 1580 > 1520.
  flags('全校共有毕业生⟦1520人⟧。从学历层次上看，本科毕业生1320人，专科毕业生260人。');
  flags('全校共有毕业生1580人。从学历层次上看，本科毕业生1320人，专科毕业生260人。');
});

test('an amount that names what it is after 的 (`在N亩的…总面积中，`) is the total of the parts after the mark', () => {
  // 5120 + 3800 = 8920 ≠ 8620 (海水/淡水-like pair: 大棚 and 露地 make up 种植面积? no family: only an excess is an error).
  flags('在全县⟦8620亩⟧的蔬菜种植总面积中，大棚种植面积为5120亩，露地种植面积为3800亩。');
  flags('在全县8620亩的蔬菜种植总面积中，大棚种植面积为5120亩，露地种植面积为3400亩。');
});

test('members the total names one character each (进出境 → 进境, 出境) break it down with no mark', () => {
  // 82.4 + 90.1 = 172.5 ≠ 168.5.
  flags('上半年口岸进出境旅客⟦168.5万人次⟧，同比增长4.1%。进境旅客82.4万人次，同比增长3.2%；出境旅客90.1万人次，同比增长5.0%。');
  flags('上半年口岸进出境旅客172.5万人次，同比增长4.1%。进境旅客82.4万人次，同比增长3.2%；出境旅客90.1万人次，同比增长5.0%。');
  // Heads alike in their second character but not named by the total (`省级` / `市级` under 投入): silent.
  flags('全年共投入资金3200万元。省级资金1500万元，市级资金1200万元。');
});

test('staff by title and by degree under one 其中 are two cuts: no sum', () => {
  flags('全校专兼职教师64人，其中副高职称26人、中级职称37人，具有博士学位的2人、硕士学位的38人。');
  flags('学校内设12个科室，在职人员108人，专兼职教师64人，其中副高职称26人、中级职称37人，具有博士学位的2人、硕士学位的38人。');
});

test('funds from a level up (县级以上, 省以上) beside self-raised money are one cut of the total', () => {
  // 2600 + 224 = 2824 > 2800.
  flags('该县高效节水灌溉项目总投资为⟦2800万元⟧，其中：县级以上财政资金2600万元，群众自筹资金224万元。');
  flags('该县高效节水灌溉项目总投资为2800万元，其中：县级以上财政资金2600万元，群众自筹资金200万元。');
  // Within half a unit of the total's last digit (28544万 for 2.85亿): silent; beyond it, flagged.
  flags('截至7月末已投入资金2.85亿元，其中省以上资金27694万元、市级配套资金650万元、县级配套200万元。');
  flags('截至7月末已投入资金⟦2.85亿元⟧，其中省以上资金27694万元、市级配套资金950万元、县级配套200万元。');
});

test('a total the claim layer leaves unnamed (总投资N) is named by its clause for the pairing of a part above it', () => {
  flags('此次共安排项目51个，总投资⟦5716万元⟧，其中中央预算内投资6056万元，市县投资309万元。');
});

test('a part after a bare 其中, and parts in a bracket saying what the total holds (含…), are of the total\'s measure', () => {
  const alarm = (src: string): void => {
    flags(src);
    assert.notEqual(findingsOf(marked(src).text, CODE)[0]?.severity, 'info', src);
  };
  alarm('本计划所需经费为⟦3,000万元⟧，其中3,400万元由专项基金调剂支应，其余200万元由部门预算支出。');
  alarm('该项目编列经费⟦4,800万元⟧（含业务费4,300万元，设备及投资700万元），较上年增加120万元。');
  flags('本计划所需经费为3,600万元，其中3,400万元由专项基金调剂支应，其余200万元由部门预算支出。');
  flags('该项目编列经费5,000万元（含业务费4,300万元，设备及投资700万元），较上年增加120万元。');
});






/** Lists read whole or held apart, each with its marked and unmarked texts (the forty-fourth session's lessons). */
const READ_LISTS: [name: string, texts: string[]][] = [
  [
    'a cut opened by 依…分 (Taiwan\'s 按…分) lists its parts (依性別分，男性A，女性B) (s50)',
    [
      // 1,203,415 + 1,187,992 = 2,391,407 ≠ 2,401,407.
      '112年底人口總數為⟦2,401,407人⟧，較111年底增加10,532人；年成長率為千分之4.41，較111年底增加0.52個千分點。依性別分，男性1,203,415人，女性1,187,992人；性比例為101。',
      '112年底人口總數為2,391,407人，較111年底增加10,532人；年成長率為千分之4.41，較111年底增加0.52個千分點。依性別分，男性1,203,415人，女性1,187,992人；性比例為101。',
    ],
  ],
  [
    'a gap of two amounts written to its units may be cut, not rounded (相差1252 for 1252.70): one unit more of slack (s50)',
    [
      '截至一季度末，甲银行资产规模为33960.35亿元，乙银行资产规模为32707.65亿元，二者之间相差1252亿元。',
      '截至一季度末，甲银行资产规模为33960.35亿元，乙银行资产规模为32707.65亿元，二者之间相差1253亿元。',
      // More than a unit off is a slip.
      '截至一季度末，甲银行资产规模为⟦33960.35亿元⟧，乙银行资产规模为32707.65亿元，二者之间相差1251亿元。',
    ],
  ],
  [
    'the gap of two amounts given as what it widened or narrowed to (二者差距拉大至C) is their difference (s50)',
    [
      '截至6月末，甲银行资产规模为⟦36210.45亿元⟧，乙银行资产规模为33105.22亿元，二者差距拉大至2105亿元。',
      '截至6月末，甲银行资产规模为35210.45亿元，乙银行资产规模为33105.22亿元，二者差距拉大至2105亿元。',
    ],
  ],
  [
    'an amount that went through levels joined by 、 (從A，逐年降為B、C、D，累計減債E) reached the last: A = D + E (s50)',
    [
      // 752 − 586 = 166 ≠ 181.
      '市府債務從2021年的⟦752億元⟧，逐年降為701億元、655億元、586億元，累計減債181億元。',
      '市府債務從2021年的767億元，逐年降為701億元、655億元、586億元，累計減債181億元。',
      // A level of another unit in the run is no level of the amount.
      '市府債務從2021年的752億元，逐年降為701億元、人均3.1萬元，累計減債181億元。',
    ],
  ],
  [
    'a net rise with its measure after the verb (比去年净增运力N) is a change, no total of the 其中 after it (s50)',
    [
      // 310 + 760 = 1070 > 1052.
      '年末全省运输船舶净载重吨位为⟦1052万吨⟧，比去年净增运力198万吨，同比增长23.2%；其中，内河船舶310万吨，沿海及远洋船舶760万吨。',
      '年末全省运输船舶净载重吨位为1070万吨，比去年净增运力198万吨，同比增长23.2%；其中，内河船舶310万吨，沿海及远洋船舶760万吨。',
    ],
  ],
  [
    'a securities dealer\'s net buying is its own trading plus its hedging (自營商（合計）…其中自行買賣…；避險…) (s50)',
    [
      // 12.41 + 20.36 = 32.77 ≠ 35.12.
      '三大法人動向，外資買超120.5億元；自營商（合計）買超⟦35.12億元⟧，其中自營商自行買賣方面，買超12.41億元；避險部分，買超20.36億元；投信賣超6.2億元。',
      '三大法人動向，外資買超120.5億元；自營商（合計）買超32.77億元，其中自營商自行買賣方面，買超12.41億元；避險部分，買超20.36億元；投信賣超6.2億元。',
    ],
  ],
  [
    'a 分…来看 cut after a 其中 sentence that lists a complete family of the total cuts the total again when its sum exceeds every member (s50)',
    [
      // 40.2 + 55.1 + 47.6 + 31.9 = 174.8 > 171.3, and above 银行间 150.2 too: a cut of the whole.
      '截至6月末，债券市场托管余额⟦171.3万亿元⟧。其中，银行间市场托管余额150.2万亿元，交易所市场托管余额21.1万亿元。分券种来看，国债托管余额40.2万亿元，地方政府债券托管余额55.1万亿元，金融债券托管余额47.6万亿元，公司信用类债券托管余额31.9万亿元。',
      '截至6月末，债券市场托管余额171.3万亿元。其中，银行间市场托管余额150.2万亿元，交易所市场托管余额21.1万亿元。分券种来看，国债托管余额36.2万亿元，地方政府债券托管余额55.1万亿元，金融债券托管余额47.6万亿元，公司信用类债券托管余额31.9万亿元。',
      // A cut whose sum a member could hold (below 150.2) may break that member down: which is not written.
      '截至6月末，债券市场托管余额171.3万亿元。其中，银行间市场托管余额150.2万亿元，交易所市场托管余额21.1万亿元。分券种来看，国债托管余额60.2万亿元，地方政府债券托管余额55.1万亿元。',
    ],
  ],
  [
    'an item said to be in two of the others at once (同时通过两个渠道) is their overlap: the list is no partition (s50)',
    [
      '截至5月末，共有1120家境外机构入市，其中546家通过直接投资渠道入市，812家通过“债券通”渠道入市，238家同时通过两个渠道入市。',
      // Without the overlap named, counted parts above the total are still shown.
      '截至5月末，共有⟦1120家⟧境外机构入市，其中546家通过直接投资渠道入市，812家通过“债券通”渠道入市。',
    ],
  ],
  [
    'bond custody by market (银行间/交易所) and interbank money-market trading by instrument (质押式回购/买断式回购/同业拆借) are complete (s50)',
    [
      // 150.2 + 19.6 = 169.8 ≠ 171.3.
      '截至6月末，债券市场托管余额⟦171.3万亿元⟧。其中，银行间市场托管余额150.2万亿元，交易所市场托管余额19.6万亿元。',
      '截至6月末，债券市场托管余额169.8万亿元。其中，银行间市场托管余额150.2万亿元，交易所市场托管余额19.6万亿元。',
      // 88.1 + 0.6 + 11.2 = 99.9 ≠ 102.4.
      '6月份，银行间货币市场成交共计⟦102.4万亿元⟧，同比增长8.2%。其中，质押式回购成交88.1万亿元；买断式回购成交0.6万亿元；同业拆借成交11.2万亿元。',
      '6月份，银行间货币市场成交共计99.9万亿元，同比增长8.2%。其中，质押式回购成交88.1万亿元；买断式回购成交0.6万亿元；同业拆借成交11.2万亿元。',
      // Two of the three instruments are no whole list.
      '6月份，银行间货币市场成交共计102.4万亿元。其中，质押式回购成交88.1万亿元；同业拆借成交11.2万亿元。',
    ],
  ],
  [
    'parts of one sentence whose shares of one stated whole make 100 % are all of it: the whole must be their sum (s50)',
    [
      // 3150 + 5870 = 9020 ≠ 9960, while 3150 ÷ 9020 = 34.9 % and 5870 ÷ 9020 = 65.1 %.
      '1~9月，电信业务收入累计完成⟦9960亿元⟧，同比增长1.2%。1~9月，固定通信业务收入3150亿元，同比增长8.1%，在电信业务收入中占34.9%；移动通信业务收入5870亿元，同比下降2.2%，占电信业务收入的65.1%。',
      '1~9月，电信业务收入累计完成9020亿元，同比增长1.2%。1~9月，固定通信业务收入3150亿元，同比增长8.1%，在电信业务收入中占34.9%；移动通信业务收入5870亿元，同比下降2.2%，占电信业务收入的65.1%。',
      // Shares rounded to whole per cents cannot tell a list that leaves out a county or two from a whole one.
      '农业损失计5亿2400万元，其中以甲县损失3亿7720万元（占72%）、乙市损失9960万元（占19%）、丙县损失2100万元（占4%）、丁市损失2080万元（占4%）、戊县损失510万元（占1%）较严重。',
      // Output reckoned by region need not add up to the whole's.
      '全市地区生产总值1218亿元。市区地区生产总值572亿元，占全市的45.2%；县域地区生产总值694亿元，占全市的54.8%。',
    ],
  ],
  [
    'a bracket that opens on another time (截至…止六个月：, 上年同期：, 当时…) gives a comparative, no part (s50)',
    [
      '本期集团总营业额减少12.4%至港币2,815百万元（截至二零二三年六月三十日止六个月：港币3,214百万元）。',
      '全年营业收入4.6亿元（上年同期：5.2亿元），同比下降11.5%。',
      '全年营业收入4.6亿元（去年：5.2亿元）。',
      '当年该股股价仅86元（当时股王股价为615元），如今已逾千元。',
      '营业收入4.6亿元（2023年：5.2亿元）。',
      // A list by year names each year's part: 2.1 + 2.9 = 5.0 > 4.6.
      '两年累计投入⟦4.6亿元⟧（2022年2.1亿元，2023年2.9亿元）。',
    ],
  ],
  [
    'a 其中 inside one `；` clause of a 按…分 cut breaks down that clause\'s figure (按树种分：…；混交林A，其中…) (s50)',
    [
      // 120 + 980 + 75 = 1175 > 1150.
      '按树种分：杨树纯林面积9200亩，占84.5%；柽柳540亩，占5%；混交林⟦1150亩⟧，占10.5%，其中，杨榆混交120亩，杨松混交980亩，杨柳混交75亩。',
      '按树种分：杨树纯林面积9200亩，占84.5%；柽柳540亩，占5%；混交林1175亩，占10.5%，其中，杨榆混交120亩，杨松混交980亩，杨柳混交75亩。',
      // The 其中 of a later clause holds the clause's own figure, not the first clause's.
      '按树种分：杨树纯林面积1150亩，占84.5%；混交林1175亩，占10.5%，其中，杨榆混交120亩，杨松混交980亩，杨柳混交75亩。',
    ],
  ],
  [
    'an average per month of a group (月均收入) is no sum of its groups\' averages, even for a known family (外出/本地) (s50)',
    [
      '调查显示，务工人员月均收入3920元，比上年增加210元。其中，外出务工人员月均收入4510元；本地务工人员月均收入3350元。',
      // The group's own count is additive: 2860 + 3120 = 5980 ≠ 6100.
      '调查显示，务工人员总量⟦6100万人⟧。其中，外出务工人员2860万人；本地务工人员3120万人。',
    ],
  ],
  [
    'domestic use in towns (城镇生活废水) is a source beside industry, no residence cut that would overlap it (s50)',
    [
      // 1380.5 + 4296 = 5676.5 > 5402.7.
      '全县废水排放总量为⟦5402.7万吨⟧，其中工业废水1380.5万吨，城镇生活废水4296万吨。',
      '全县废水排放总量为5676.5万吨，其中工业废水1380.5万吨，城镇生活废水4296万吨。',
      // Town residents beside industry still overlap (a factory worker may live in a town).
      '全县从业人员5402.7万人，其中工业从业人员1380.5万人，城镇从业人员4296万人。',
    ],
  ],
  [
    'a bound the whole crossed earlier (突破N亿吨) states no sum: its wide rounding does not excuse a slip of the parts (s50)',
    [
      // 18820 + 13830 + 790 = 33440 ≠ 30850; 突破3亿吨 only says the whole passed a mark.
      '全年港口吞吐量突破3亿吨，居全省首位。全市港口完成吞吐量⟦30850万吨⟧，增长8.2%；其中，沿海港口18820万吨，内河港口13830万吨，远洋790万吨。',
      '全年港口吞吐量突破3亿吨，居全省首位。全市港口完成吞吐量33440万吨，增长8.2%；其中，沿海港口18820万吨，内河港口13830万吨，远洋790万吨。',
      // A figure stated as a point that the parts add up to is still another figure they may break down.
      '全年港口吞吐量3.3亿吨，居全省首位。全市港口完成吞吐量30850万吨，增长8.2%；其中，沿海港口18820万吨，内河港口13830万吨，远洋790万吨。',
    ],
  ],
  [
    'a 其中 opening the next sentence, its parts named unlike any figure, breaks down the last amount of its unit when their sum lies near that one and far from every other (s50)',
    [
      // 4.2 + 1.9 + 3.3 = 9.4 > 8.6, near 8.6 and far from the sales 32.5.
      '全年销售福利彩票32.5亿元，筹集公益金⟦8.6亿元⟧。其中，上缴中央4.2亿元，留存各县1.9亿元，市本级留存3.3亿元。',
      '全年销售福利彩票32.5亿元，筹集公益金9.4亿元。其中，上缴中央4.2亿元，留存各县1.9亿元，市本级留存3.3亿元。',
      // A sum near the first amount and far from the last: which one the parts break down is not in doubt, and it is
      // not the last one; nor is it written that it is the first.
      '全年销售彩票32.5亿元，筹集公益金8.6亿元。其中，城区网点18.2亿元，乡镇网点15.1亿元。',
      // Near both: silence.
      '年末存款余额812亿元，贷款余额641亿元。其中，住户部门488亿元，企业部门247亿元。',
    ],
  ],
  [
    '累计 inside one item\'s name before the measure every item ends with counts that item, no running total beside the items (s49)',
    [
      '民間設施損失⟦3120萬元⟧，包含農田流失及埋沒累計損失2480萬元；農業設施損失395萬元；畜禽設施損失410萬元。',
      '民間設施損失3285萬元，包含農田流失及埋沒累計損失2480萬元；農業設施損失395萬元；畜禽設施損失410萬元。',
      // A running total beside the month's figure is no part.
      '銷售收入9000萬元，其中：本月銷售3120萬元，累計銷售8800萬元。',
    ],
  ],
  [
    'clauses that each hand a share to a recipient with the same verb (在…中，分配给A…；分配给B…) are one list (s49)',
    [
      '全年安排彩票公益金支出⟦420.00亿元⟧。在安排的彩票公益金中，分配给社保基金理事会250.00亿元用于补充社保基金；分配给民政部120.00亿元用于养老服务；分配给体育总局60.00亿元用于全民健身。',
      '全年安排彩票公益金支出430.00亿元。在安排的彩票公益金中，分配给社保基金理事会250.00亿元用于补充社保基金；分配给民政部120.00亿元用于养老服务；分配给体育总局60.00亿元用于全民健身。',
    ],
  ],
  [
    'every level of government is the central one and the local ones (各级政府…，其中中央政府A，地方政府共计B); a budget\'s income and spending written 编 alone (歲入編A、歲出編B，相抵結餘C) (s49)',
    [
      '各級政府長期債務合計⟦4,960億元⟧，其中中央政府2,780億元，地方政府共計1,980億元。',
      '各級政府長期債務合計4,760億元，其中中央政府2,780億元，地方政府共計1,980億元。',
      // Without 各級 the total may be another body's.
      '公共債務合計4,960億元，其中中央政府2,780億元，地方政府共計1,980億元。',
      '明年度總預算歲入編⟦412.50億元⟧、歲出編390.20億元，歲入歲出相抵結餘12.30億元。',
      '明年度總預算歲入編402.50億元、歲出編390.20億元，歲入歲出相抵結餘12.30億元。',
    ],
  ],
  [
    'an earlier level after its comparison word, the size of the change, then the level reached (比94年的A減少了B，降低到C) (s49)',
    [
      '今年保費收入比去年的⟦1,420.6億元⟧減少了62.3億元，降低到1,348.3億元。',
      '今年保費收入比去年的1,410.6億元減少了62.3億元，降低到1,348.3億元。',
      '95年保費收入比94年的⟦1,420.6億元⟧減少了62.3億元，降低到1,348.3億元。',
      '保费收入比上年的860.4亿元增加了35.2亿元，提高到⟦905.6亿元⟧。',
      '保费收入比上年的860.4亿元增加了35.2亿元，提高到895.6亿元。',
      // A change the other way from its verb says no such thing.
      '保费收入比上年的860.4亿元减少了35.2亿元，提高到905.6亿元。',
    ],
  ],
  [
    'a life insurer\'s premiums: first-year and renewal, traditional and investment-linked; premiums = benefits paid + net inflow (s49)',
    [
      '3月壽險業保費收入為⟦2410.50億元⟧，年成長12.1%。其中初年度保費收入為980.20億元，年增20.3%；續年度保費收入為1330.30億元，年增6.8%。',
      '3月壽險業保費收入為2310.50億元，年成長12.1%。其中初年度保費收入為980.20億元，年增20.3%；續年度保費收入為1330.30億元，年增6.8%。',
      '新契約保費收入合計⟦520.40億元⟧，其中傳統型保單新契約保費收入310.25億元，投資型保單新契約保費收入190.15億元。',
      '新契約保費收入合計500.40億元，其中傳統型保單新契約保費收入310.25億元，投資型保單新契約保費收入190.15億元。',
      '壽險業今年二月總保費收入⟦2,840.6億元⟧、保險給付金額2,310.4億元，單月保費淨流入高達480.2億元。',
      '壽險業今年二月總保費收入2,790.6億元、保險給付金額2,310.4億元，單月保費淨流入高達480.2億元。',
      '今年二月壽險總保費收入達2,790.6億元，保險總給付2,310.4億元，形成480.2億元淨流入。',
    ],
  ],
  [
    'audit findings listed clause by clause, each opening with how many units did it (其中有N个单位…A；M个单位…B；另有K个项目…C) (s49)',
    [
      '挤占挪用专项资金等⟦21.40亿元⟧。其中有35个单位通过虚列支出、重复申报等方式，套取资金6.20亿元；212个单位挤占挪用资金14.10亿元，用于弥补经费等；另有11个项目被改变用途，涉及金额2.30亿元。',
      '挤占挪用专项资金等22.60亿元。其中有35个单位通过虚列支出、重复申报等方式，套取资金6.20亿元；212个单位挤占挪用资金14.10亿元，用于弥补经费等；另有11个项目被改变用途，涉及金额2.30亿元。',
      // Items joined by 、 after their figures end before a clause that opens on a bare amount.
      '其中：甲市9.55万元、乙市1.34万元；109.11万元结转到下年。',
    ],
  ],
  [
    'travellers into and out of an island (进岛/出岛), border crossers by who they are (内地居民/港澳台居民/外国人) and a transport investment by its four modes make up their totals (s49)',
    [
      '进出岛客流量⟦96.4万人次⟧，同比增加8.2%。进岛客流量45.1万人次，同比增加9.1%；出岛客流量41.3万人次，同比增加7.4%。',
      '进出岛客流量86.4万人次，同比增加8.2%。进岛客流量45.1万人次，同比增加9.1%；出岛客流量41.3万人次，同比增加7.4%。',
      '全省边检机关查验出入境人员⟦318万人次⟧，同比下降4%。其中，内地居民出入境172万人次；港澳台居民出入境96万人次；外国人出入境40万人次。',
      '全省边检机关查验出入境人员308万人次，同比下降4%。其中，内地居民出入境172万人次；港澳台居民出入境96万人次；外国人出入境40万人次。',
      '前三季度完成交通固定资产投资⟦1.52万亿元⟧，其中铁路、公路、水路、民航分别完成投资3120亿元、1.05万亿元、860亿元、420亿元。',
      '前三季度完成交通固定资产投资1.49万亿元，其中铁路、公路、水路、民航分别完成投资3120亿元、1.05万亿元、860亿元、420亿元。',
      // Freight has a fifth mode, pipelines: no such total.
      '全年完成货运量52.0亿吨，其中铁路、公路、水路、民航分别完成5.1亿吨、38.2亿吨、7.3亿吨、0.1亿吨。',
    ],
  ],
  [
    'the members of a family after the months a clause opens with (在前6个月中福彩A，体彩B), and under a total a subject ranks by (以A的销售成绩排名第二，其中…) (s49)',
    [
      '甲省上半年销售彩票⟦96.20亿元⟧，比上年同期增长12%，在前6个月中甲省福彩销售51.30亿元，甲省体彩销售41.90亿元。',
      '甲省上半年销售彩票93.20亿元，比上年同期增长12%，在前6个月中甲省福彩销售51.30亿元，甲省体彩销售41.90亿元。',
      '乙省上半年以⟦88.60亿元⟧的销售成绩排名第三，其中乙省福彩销售40.20亿元，乙省体彩销售45.40亿元。',
      '乙省上半年以85.60亿元的销售成绩排名第三，其中乙省福彩销售40.20亿元，乙省体彩销售45.40亿元。',
      // A figure followed by 的 and a rate is still no total.
      '乙省上半年销售彩票占全年计划90亿元的95%，其中乙省福彩销售40.20亿元，乙省体彩销售45.40亿元。',
    ],
  ],
  [
    'lottery games drawn by numbers (乐透数字型) are one cut with the others, no digital economy; a sum word with the verb after it (总计下达) closes a list (s49)',
    [
      '全市共筹集彩票公益金⟦52,300万元⟧，其中：乐透数字型彩票筹集公益金21,400万元，竞猜型彩票筹集公益金24,800万元，即开型彩票筹集公益金7,900万元。',
      '全市共筹集彩票公益金54,100万元，其中：乐透数字型彩票筹集公益金21,400万元，竞猜型彩票筹集公益金24,800万元，即开型彩票筹集公益金7,900万元。',
      '下达老年人福利类项目126万元、儿童福利类项目58万元、社会公益类项目32万元，总计下达⟦226万元⟧。',
      '下达老年人福利类项目126万元、儿童福利类项目58万元、社会公益类项目32万元，总计下达216万元。',
    ],
  ],
  [
    'a sum after a clause 加上 opened, written with a bare 共, adds the two (s49)',
    [
      '本年征收排污费320.50万元，加上上年结转46.20万元，共⟦386.70万元⟧。',
      '本年征收排污费320.50万元，加上上年结转46.20万元，共366.70万元。',
      // Without 加上 a bare 共 opens a figure of its own.
      '本年征收排污费320.50万元，上年结转46.20万元，共386.70万元用于治理项目。',
    ],
  ],
  [
    'an amount more (or less) done than a stated base of last year is their gap (比去年同期A多完成B) (s49)',
    [
      '前三季度完成交通投资⟦412.6亿元⟧，比去年同期380.5亿元多完成42.1亿元。',
      '前三季度完成交通投资412.6亿元，比去年同期380.5亿元多完成32.1亿元。',
      // A plan and its completion rate between the amount and last year's are read past.
      '前三季度完成交通投资⟦412.6亿元⟧，占年度计划500亿元的82.5%，比去年同期380.5亿元多完成42.1亿元。',
      '前三季度完成交通投资412.6亿元，占年度计划500亿元的82.5%，比去年同期380.5亿元多完成32.1亿元。',
      '前三季度完成交通投资392.6亿元，占年度计划500亿元的78.5%，比去年同期410.5亿元少完成17.9亿元。',
    ],
  ],
  [
    'a closing 其他 class that none of the listed classes lies in closes the list: a shortfall is an error, not information (s49)',
    [
      '下达资助资金⟦960万元⟧，其中，助学类项目310万元、助残类项目270万元、助老类项目180万元、其他公益类项目120万元。',
      '下达资助资金880万元，其中，助学类项目310万元、助残类项目270万元、助老类项目180万元、其他公益类项目120万元。',
    ],
  ],
  [
    'after `；` a clause repeating the total\'s measure, which the parts do not, is another total: no part of the list (s49)',
    [
      '区财政局拨付福利彩票公益金资助项目520万元，其中，养老服务类项目300万元、儿童福利类项目150万元、其他公益类项目70万元；拨付体育彩票公益金资助项目90万元。',
      '区财政局拨付福利彩票公益金资助项目⟦560万元⟧，其中，养老服务类项目300万元、儿童福利类项目150万元、其他公益类项目70万元；拨付体育彩票公益金资助项目90万元。',
      // A closing rest that repeats the measure is still a part.
      '区财政局拨付资助项目资金⟦560万元⟧，其中，养老服务类项目300万元；儿童福利类项目150万元；其他资助项目资金70万元。',
    ],
  ],
  [
    'shares of a total named by what its verb did (分别占彩票销售总量的…) that make 100 % close the list (s49)',
    [
      '全市共销售福利彩票⟦52.40亿元⟧。其中乐透型彩票30.10亿元、即开型彩票12.30亿元、视频型彩票4.00亿元，分别占彩票销售总量的64.9%、26.5%和8.6%。',
      '全市共销售福利彩票46.40亿元。其中乐透型彩票30.10亿元、即开型彩票12.30亿元、视频型彩票4.00亿元，分别占彩票销售总量的64.9%、26.5%和8.6%。',
    ],
  ],
  [
    'a government\'s debt is its long-term and short-term debt; loans are not so split (s48)',
    [
      '該市去年底債務為⟦318億元⟧，長期債務為246億元、短期債務51億元。',
      '該市去年底債務為297億元，長期債務為246億元、短期債務51億元。',
      // Short and medium-to-long-term loans leave out bill financing: no complete pair.
      '年末各项贷款余额2000亿元，其中短期贷款800亿元，中长期贷款1100亿元。',
    ],
  ],
  [
    'water investment by major and general projects (重大项目/面上项目), each with its plan share, and a company\'s operating expenses (研发/推销/管理) make up their totals (s48)',
    [
      '1-6月，全省累计完成水利投资⟦214.80亿元⟧，占年度计划52.4%，其中：重大项目151.36亿元，占年度计划50.2%；面上项目43.44亿元，占年度计划58.1%。',
      '1-6月，全省累计完成水利投资194.80亿元，占年度计划52.4%，其中：重大项目151.36亿元，占年度计划50.2%；面上项目43.44亿元，占年度计划58.1%。',
      '本季營業費用為新台幣⟦162.35億元⟧，占營收21.4%，研發支出118.62億元、推銷費用20.17億元、管理費用13.06億元。',
      '本季營業費用為新台幣151.85億元，占營收21.4%，研發支出118.62億元、推銷費用20.17億元、管理費用13.06億元。',
    ],
  ],
  [
    'a clause opening with 加上 adds to the clause before it; the 共计 after them sums those two only (s48)',
    [
      '去年，全省销售彩票8652310万元，省级当年收缴公益金1263480万元，加上上年结转收入312650万元，共计1576130万元。',
      '去年，全省销售彩票8652310万元，省级当年收缴公益金1263480万元，加上上年结转收入312650万元，共计⟦1676130万元⟧。',
    ],
  ],
  [
    'last month\'s figure in a bracket (（上月底约为A）) is a base, no part (s48)',
    [
      '全市信用卡未到期分期付款余额约1,820亿元（上月底约为1,874亿元）；当月刷卡金额约2,510亿元。',
    ],
  ],
  [
    'water transport by route (内河/沿海/远洋), a port by kind (海港/河港) and travellers into and out of the capital (进京/出京) make up their totals (s48)',
    [
      '全年全省完成水路货运量⟦35210万吨⟧，增长9.2%；其中，内河完成18640万吨，沿海完成14120万吨，远洋完成1650万吨。',
      '全年全省完成水路货运量34410万吨，增长9.2%；其中，内河完成18640万吨，沿海完成14120万吨，远洋完成1650万吨。',
      '全省港口完成货物吞吐量⟦61250万吨⟧；其中，海港完成38410万吨，河港完成20960万吨。',
      '全省港口完成货物吞吐量59370万吨；其中，海港完成38410万吨，河港完成20960万吨。',
      '火车站上下车⟦58.40万人次⟧。其中，出京旅客24.15万人次，进京旅客31.22万人次。',
      '火车站上下车55.37万人次。其中，出京旅客24.15万人次，进京旅客31.22万人次。',
      // Inland waterways alone under a total of all routes of another kind: no family.
      '全市航道里程2100公里，其中内河航道1800公里。',
    ],
  ],
  [
    'a threshold a part crossed (进口A，首次突破B) leaves the list of exports and imports whole (s48)',
    [
      '一季度全市进出口总值⟦652.4亿元⟧，增长18.2%。其中，出口371.5亿元，增长9.4%；进口270.9亿元，单季进口规模历史首次突破250亿元，增长33.1%。',
      '一季度全市进出口总值642.4亿元，增长18.2%。其中，出口371.5亿元，增长9.4%；进口270.9亿元，单季进口规模历史首次突破250亿元，增长33.1%。',
    ],
  ],
  [
    'a part\'s amount of a year counted back (较1年前的A增加B) is no second part (s48)',
    [
      '截至6月底，全省隐性负债总额已达36.4万亿元。其中以养老保险的隐性负债最大，金额达21.8万亿元，较1年前的19.5万亿元增加约2.3万亿元。',
      '截至6月底，全省隐性负债总额已达⟦36.4万亿元⟧。其中以养老保险的隐性负债最大，金额达41.8万亿元，较1年前的19.5万亿元增加约2.3万亿元。',
    ],
  ],
  [
    'parts whose whole-percent shares make 100 % may leave a rest within the shares\' rounding (s48)',
    [
      // 24100 + 8800 + 2100 + 1800 + 600 = 37400 of 37700 万元: 0.8 % left to places not named, inside five shares' rounding.
      '暴雨造成损失计37700万元，其中甲县损失24100万元（占64%）、乙县损失8800万元（占23%）、丙县损失2100万元（占6%）、丁县损失1800万元（占5%）、戊县损失600万元（占2%）。',
      // 20 % left out is no rounding.
      '暴雨造成损失计⟦4.70亿元⟧，其中甲县损失2.41亿元（占64%）、乙县损失0.88亿元（占23%）、丙县损失0.21亿元（占6%）、丁县损失0.18亿元（占5%）、戊县损失0.06亿元（占2%）。',
    ],
  ],
  [
    'an amount, the plan or last year it is set against and the difference, in tonnes or people too, and against a proposal (较原建议的A多出B) (s48)',
    [
      '10月公司出货⟦56.8万吨⟧，较目标52万吨多3.6万吨。',
      '10月公司出货55.6万吨，较目标52万吨多3.6万吨。',
      '年末户籍人口⟦41.7万人⟧，比上年末40.2万人增加1.2万人。',
      '年末户籍人口41.4万人，比上年末40.2万人增加1.2万人。',
      '明年教育经费⟦36.5亿元⟧，较原建议的33.8亿元多出2.4亿元。',
      '明年教育经费36.2亿元，较原建议的33.8亿元多出2.4亿元。',
      // A rate of change is no amount: nothing to add.
      '年末户籍人口41.7万人，比上年末40.2万人增长3.0%。',
    ],
  ],
  [
    'money raised online and offline (其中线上A、线下B) makes up the total; a list announced in 部份 (分兩部份) too (s48)',
    [
      '慈善日活动筹款⟦64.30万元⟧，其中线上28.15万元、线下27.05万元；助学项目已筹120万元，其中线上45.62万元，线下74.41万元。',
      '慈善日活动筹款55.20万元，其中线上28.15万元、线下27.05万元；助学项目已筹120万元，其中线上45.62万元，线下74.41万元。',
      // Online alone under 其中 is a subset: no sum to hold.
      '慈善日活动筹款64.30万元，其中线上28.15万元。',
      '設施損失⟦2,410萬元⟧，分兩部份，一、道路損失1,850萬元，主要是縣道受損，二、堤防損失470萬元，主要是河堤受損。',
      '設施損失2,320萬元，分兩部份，一、道路損失1,850萬元，主要是縣道受損，二、堤防損失470萬元，主要是河堤受損。',
    ],
  ],
  [
    'a farm-disaster report\'s losses by kind, and its private facilities by kind one sentence each after 其中 (民間設施損失A。其中，農田流失及埋沒B…。農業設施C…)',
    [
      '民間設施損失則達⟦7,260萬元⟧。其中，農田流失及埋沒造成3,120萬元損失，包括28.4公頃農田埋沒。農業設施損失1,380萬元，主要是網室受損。畜禽設施損失965萬元，多為畜禽舍倒塌。漁業設施損失1,295萬元，主要是定置網毀損。',
      '民間設施損失則達6,760萬元。其中，農田流失及埋沒造成3,120萬元損失，包括28.4公頃農田埋沒。農業設施損失1,380萬元，主要是網室受損。畜禽設施損失965萬元，多為畜禽舍倒塌。漁業設施損失1,295萬元，主要是定置網毀損。',
      '颱風造成農業產物及民間設施損失共計⟦2億9,410萬元⟧，其中農產損失1億6,200萬元，農作物被害面積3,509公頃；畜產損失1,250萬元；漁產損失4,960萬元；民間設施損失8,000萬元。',
      '颱風造成農業產物及民間設施損失共計3億410萬元，其中農產損失1億6,200萬元，農作物被害面積3,509公頃；畜產損失1,250萬元；漁產損失4,960萬元；民間設施損失8,000萬元。',
    ],
  ],
  [
    'increments under 其中 are not summed: a component may fall (单位贷款新增A，其中短期、中长期贷款分别新增B和C，票据融资少增…)',
    [
      '今年上半年，全市单位贷款新增980亿元，其中短期、中长期贷款分别新增610亿元和495亿元，同比分别多增210亿元和40亿元，票据融资同比少增320亿元。',
    ],
  ],
  [
    'a city of districts only: its own level and the districts\' make up its budget (其中：市本级收入A；区级收入B)',
    [
      '1-4月，全市一般公共预算收入⟦612.4亿元⟧，增长2.1%。其中：市本级收入288.6亿元，下降0.5%；区级收入301.8亿元，增长4.2%。',
      '1-4月，全市一般公共预算收入590.4亿元，增长2.1%。其中：市本级收入288.6亿元，下降0.5%；区级收入301.8亿元，增长4.2%。',
    ],
  ],
  [
    'a part of another year than its total (去年A，其中甲去年B，今年前8月C) is no part of it',
    [
      '去年外销产值为6,820万美元，出口量达2.9万吨。其中日本去年买入2.1万吨，价值4,950万美元，今年前8月也买了1.4万吨、价值3,380万美元。',
      // Within the total's own year the parts are held to it.
      '去年外销产值为6,820万美元，出口量达⟦1.9万吨⟧。其中日本去年买入2.1万吨，价值4,950万美元，今年前8月也买了1.4万吨、价值3,380万美元。',
    ],
  ],
  [
    'amounts joined by 、/及 in one clause, then their sum (包含A、B及C，總額T; also in the last ；-clause)',
    [
      '這次追加歲入部份，包含統籌分配稅41.20億元、一般性補助款18.35億元及計畫型補助款（含回饋金）37.10億元，總額⟦98.65億元⟧；追加歲出部份，包含中央補助50.40億元、施政計畫26.15億元及市庫墊付項目18.10億元，總額94.65億元。',
      '這次追加歲入部份，包含統籌分配稅41.20億元、一般性補助款18.35億元及計畫型補助款（含回饋金）37.10億元，總額96.65億元；追加歲出部份，包含中央補助50.40億元、施政計畫26.15億元及市庫墊付項目18.10億元，總額⟦98.65億元⟧。',
      '這次追加歲入部份，包含統籌分配稅41.20億元、一般性補助款18.35億元及計畫型補助款（含回饋金）37.10億元，總額96.65億元；追加歲出部份，包含中央補助50.40億元、施政計畫26.15億元及市庫墊付項目18.10億元，總額94.65億元。',
      // A change among the amounts is no item of the sum: silent.
      '全年收入甲12.00億元、乙比上年增加3.00億元，總額18.00億元。',
    ],
  ],
  [
    'a part broken down after 具体是 (or in a bracket of its own with 其中) leaves the outer list whole (三公经费A。其中：…；公务接待费D，具体是…（其中：…）)',
    [
      '“三公”经费支出决算为⟦8,460.00元⟧。其中：因公出国(境)费支出决算0元；公务用车购置费支出决算0元；公务用车运行维护费支出决算2,310.50元；公务接待费支出决算5,749.50元，具体是国内接待费支出决算5,749.50元（其中：外事接待费支出决算0元），国(境)外接待费支出决算0元。',
      // A bracketed 其中 that closes the sentence may break down the list's total, not its last part: no part of that part.
      '相应安排支出预算1,420.50万元，其中：人员支出88.20万元，日常公用支出15.30万元，对个人和家庭的补助支出1,317.00万元（其中专项支出1,352.40万元）。',
      '“三公”经费支出决算为8,060.00元。其中：因公出国(境)费支出决算0元；公务用车购置费支出决算0元；公务用车运行维护费支出决算2,310.50元；公务接待费支出决算5,749.50元，具体是国内接待费支出决算5,749.50元（其中：外事接待费支出决算0元），国(境)外接待费支出决算0元。',
    ],
  ],
  [
    'the amount before `…中，` may name what it is with no 的 (此次发行的A政府债券中，B，C，D); a count may not (75所高校中，已有74所…)',
    [
      '此次发行的⟦268.40亿元⟧政府债券中，新增一般债券61.30亿元，新增专项债券152.70亿元，再融资债券64.80亿元。',
      '此次发行的278.80亿元政府债券中，新增一般债券61.30亿元，新增专项债券152.70亿元，再融资债券64.80亿元。',
      // A count picks some of the set, twice over: silent.
      '全省62所公办高校中，已有58所公布了年度预算，今年58所高校的预算支出总额约1,240亿元。',
    ],
  ],
  [
    'the sources of an amount named in full make it up (合计资金A，资金来源为B、C); not the main ones (主要为) or a list closed by 等',
    [
      '共2个项目，合计资金⟦426万元⟧，资金来源为中央衔接资金265万元（某财农〔2024〕8号）、历年结余资金131万元。',
      '共2个项目，合计资金396万元，资金来源为中央衔接资金265万元（某财农〔2024〕8号）、历年结余资金131万元。',
      '共2个项目，合计资金426万元，资金来源主要为中央衔接资金265万元、历年结余资金131万元。',
      '共2个项目，合计资金426万元，资金来源为中央衔接资金265万元、历年结余资金131万元等。',
    ],
  ],
  [
    'an amount, its change on last year and its gap to the budget: the change is no amount of its own (为A，较上年B减少C，…，较预算数D减少E)',
    [
      '接待费为96万元，较上年⟦118万元⟧减少24万元，下降19%，较预算数260万元减少164万元，下降63%。',
      // Consistent: 118 = 96 + 22 and 260 = 96 + 164; the change 22 is not read as the year's amount beside 260.
      '接待费为96万元，较上年118万元减少22万元，下降19%，较预算数260万元减少164万元，下降63%。',
    ],
  ],
  [
    'a part broken down again inside the list (这里面又以…, 其中又…) is no sibling of the part it breaks down',
    [
      '停工仍集中在制造业，共310家、6420人，其中以纺织业为最大宗，共228家、4870人，这里面又以棉纺企业117家、2650人最多。',
      '停工仍集中在制造业，共310家、⟦4420人⟧，其中以纺织业为最大宗，共228家、4870人，这里面又以棉纺企业117家、2650人最多。',
    ],
  ],
  [
    'a level\'s use of a fund is what it spent itself plus what it passed down (省级使用A，其中：省本级支出B，对市县转移支付支出C)',
    [
      '全年省级使用彩票公益金⟦52,800万元⟧，其中：省本级支出38,150万元，对市县转移支付支出11,650万元。',
      '全年省级使用彩票公益金49,800万元，其中：省本级支出38,150万元，对市县转移支付支出11,650万元。',
      // A province-wide spending counts what the localities spend of their own: the two are a subset.
      '全年全省一般公共预算支出5,280亿元，其中：省本级支出1,150亿元，对市县转移支付支出2,650亿元。',
    ],
  ],
  [
    'a fund\'s income is its spending plus the year\'s balance, but not plus the balance of its pooled part alone (统筹基金当期结存)',
    [
      '全年基本医疗保险基金总收入⟦3,620.40亿元⟧，基金总支出3,105.20亿元。基金当期结存492.60亿元，累计结存4,210.80亿元。',
      // The pooled fund's balance leaves the personal accounts out: silent.
      '全年基本医疗保险基金总收入3,620.40亿元，基金总支出3,105.20亿元。统筹基金当期结存392.60亿元，累计结存4,210.80亿元。',
      // Each part of the fund named before its own income, spending and balance is held to them.
      '职工医保统筹基金收入⟦1,842.60亿元⟧，比上年增长5.1%；统筹基金支出1,395.40亿元，比上年增长9.2%；统筹基金当期结存417.20亿元。',
      '职工医保个人账户收入⟦702.30亿元⟧，个人账户支出640.10亿元，个人账户当期结存52.20亿元。',
      '职工医保统筹基金收入1,812.60亿元，比上年增长5.1%；统筹基金支出1,395.40亿元，比上年增长9.2%；统筹基金当期结存417.20亿元。',
      '职工医保个人账户收入692.30亿元，个人账户支出640.10亿元，个人账户当期结存52.20亿元。',
    ],
  ],
  [
    'a whole\'s change broken down by a complete family whose members move both ways is a signed sum (减少A，其中甲增加B，乙减少C…)',
    [
      '与上年相比，全县用水总量减少⟦0.84亿立方米⟧，其中，生活用水量增加0.06亿立方米，工业用水量增加0.03亿立方米，农业用水量减少0.95亿立方米，人工生态环境补水量增加0.12亿立方米。',
      '基金总资产为18,240亿元，较上月底减少⟦640亿元⟧，其中外币资产减少702亿元，港元资产则增加87亿元。',
      // Consistent (0.06 + 0.03 − 0.95 + 0.12 = −0.74): silent.
      '与上年相比，全县用水总量减少0.74亿立方米，其中，生活用水量增加0.06亿立方米，工业用水量增加0.03亿立方米，农业用水量减少0.95亿立方米，人工生态环境补水量增加0.12亿立方米。',
      // Members of no complete family (生活 and 农业 only): silent.
      '与上年相比，全县用水总量减少0.84亿立方米，其中，生活用水量增加0.06亿立方米，农业用水量减少0.95亿立方米。',
    ],
  ],
  [
    'two named 分别 lists under one 其中 cut the same total two ways, each held to it (其中，甲、乙供水量分别为…，丙、丁用水量分别为…)',
    [
      '全年供用水总量为⟦48.60亿立方米⟧，其中，地表水、地下水、非常规水供水量分别为30.10亿立方米、15.20亿立方米、3.30亿立方米，农业、工业、生活、人工生态用水量分别为27.40亿立方米、7.80亿立方米、9.10亿立方米、6.30亿立方米。',
      '全年供用水总量为⟦48.60亿立方米⟧，其中，地表水、地下水、非常规水供水量分别为32.10亿立方米、15.20亿立方米、3.30亿立方米，农业、工业、生活、人工生态用水量分别为27.40亿立方米、7.80亿立方米、9.10亿立方米、4.30亿立方米。',
      // Both cuts add up: silent.
      '全年供用水总量为48.60亿立方米，其中，地表水、地下水、非常规水供水量分别为30.10亿立方米、15.20亿立方米、3.30亿立方米，农业、工业、生活、人工生态用水量分别为27.40亿立方米、7.80亿立方米、9.10亿立方米、4.30亿立方米。',
      // The second list measures another thing than the total (人均用水量 is no part of 供用水总量): read no further.
      '全年供用水总量为48.60亿立方米，其中，地表水、地下水、非常规水供水量分别为30.10亿立方米、15.20亿立方米、3.30亿立方米，城镇、农村人均生活用水量分别为156升、98升。',
    ],
  ],
  [
    'an inflow and an outflow named together, then their net named after its figure (流入和流出分别为A和B，从而产生C净流入)',
    [
      '本季的初次收入流入和流出分别为⟦4,820亿元⟧和3,955亿元，从而产生765亿元净流入。',
      '本季的初次收入流入和流出分别为3,120亿元和⟦3,415亿元⟧，从而产生185亿元净流出。',
      // Consistent (4820 − 3955 = 865; 3415 − 3120 = 295): silent.
      '本季的初次收入流入和流出分别为4,820亿元和3,955亿元，从而产生865亿元净流入。',
      '本季的初次收入流入和流出分别为3,120亿元和3,415亿元，从而产生295亿元净流出。',
    ],
  ],
  [
    'a whole\'s change broken down by a complete family, every member moving the same way (减少A，以男性减少B，女性减少C)',
    [
      '全年户籍人口数减少⟦4,215人⟧，以男性减少2,930人最多，女性减少1,185人。',
      // (After other changes in the sentence: the whole is the change right before the members.)
      '迁入数80,112人、迁出数78,020人，合计增加2,092人，总计人口数减少⟦4,215人⟧，以男性减少2,930人最多，女性减少1,185人。',
      '基金总资产为18,240亿元，较上月底减少⟦615亿元⟧，其中港元资产减少402亿元，外币资产减少233亿元。',
      // Consistent: silent. Members moving both ways make a signed sum that holds (−702 + 87 = −615): silent.
      '全年户籍人口数减少4,115人，以男性减少2,930人最多，女性减少1,185人。',
      '基金总资产为18,240亿元，较上月底减少615亿元，其中外币资产减少702亿元，港元资产则增加87亿元。',
      // Members of no complete family: silent.
      '全年户籍人口数减少4,215人，以城区减少2,930人最多，东乡减少1,185人。',
    ],
  ],
  [
    'a budget\'s uses listed one by one after its income total, then what the settlement carries over (收支相抵，结转下年…)',
    [
      '全县一般公共预算收入总计⟦512,306万元⟧。当年一般公共预算支出440,218万元，上解上级支出25,604万元，安排预算稳定调节基金2,870万元，债务还本支出1,200万元。收支相抵，结转下年支出41,514万元。',
      // Consistent (440218 + 25604 + 2870 + 1200 + 42414 = 512306): silent.
      '全县一般公共预算收入总计512,306万元。当年一般公共预算支出440,218万元，上解上级支出25,604万元，安排预算稳定调节基金2,870万元，债务还本支出1,200万元。收支相抵，结转下年支出42,414万元。',
      // An item that is no use of the resources (a revenue figure) among them: not read, silent.
      '全县一般公共预算收入总计512,306万元。当年一般公共预算支出440,218万元，税收收入25,604万元，安排预算稳定调节基金2,870万元。收支相抵，结转下年支出41,514万元。',
    ],
  ],
  [
    'an education population is its students and its staff',
    [
      '全省共有各级各类学校3.12万所，教育人口⟦1,620.44万人⟧，其中，在校生1,514.20万人，教职工96.24万人。',
      // Consistent: silent. Staff under another total (a school system's people) say nothing.
      '全省共有各级各类学校3.12万所，教育人口1,610.44万人，其中，在校生1,514.20万人，教职工96.24万人。',
      '全市教育系统共有人员1,620.44万人，其中，在校生1,514.20万人，教职工96.24万人。',
    ],
  ],
  [
    'passengers sent by rail, road, water and air, all four named, make up the passengers sent',
    [
      '国庆假期，全省累计发送旅客⟦1,086.40万人次⟧。其中，公路营业性客运量512.33万人次，同比增长3.2%。铁路客运量401.17万人次，增长8.9%。水路客运量62.05万人次。民航客运量98.85万人次。',
      '春运期间全市发送旅客⟦612.8万人次⟧，其中铁路288.1万人次，公路291.4万人次，水路6.2万人次，民航31.0万人次。',
      // A road's flow of people (营业性客运量 one part of it) is no mode of the family: its own parts still may not exceed it.
      '公路人员流动量（包括非营业性小客车人员出行量、公路营业性客运量）⟦9,120万人次⟧。其中，公路营业性客运量1,460万人次；高速公路及普通国省道非营业性小客车人员出行量7,790万人次。',
      // Consistent: silent. Three modes named only: no complete list, silent though short.
      '春运期间全市发送旅客616.7万人次，其中铁路288.1万人次，公路291.4万人次，水路6.2万人次，民航31.0万人次。',
      '春运期间全市发送旅客612.8万人次，其中铁路288.1万人次，公路291.4万人次，民航31.0万人次。',
    ],
  ],
  [
    'a natural change (自然减少) is births less deaths: a part above it is no slip',
    ['同期人口自然减少12,400人，当中出生人数为28,600人，死亡人数为41,000人。'],
  ],
  [
    'a family one sentence each after 其中, each member\'s area then its output (其中：夏粮面积A。夏粮产量…。秋粮面积C)',
    [
      '全年粮食播种面积⟦812.40万亩⟧，增长0.3%，粮食产量301.22万吨。其中：夏粮播种面积305.17万亩，下降0.2%。夏粮产量112.40万吨，增长1.1%。秋粮播种面积517.23万亩，增长0.6%，秋粮产量188.82万吨。',
      // Consistent (305.17 + 507.23 = 812.40): silent.
      '全年粮食播种面积812.40万亩，增长0.3%，粮食产量301.22万吨。其中：夏粮播种面积305.17万亩，下降0.2%。夏粮产量112.40万吨，增长1.1%。秋粮播种面积507.23万亩，增长0.6%，秋粮产量188.82万吨。',
      // A next sentence about another crop is no member: the 其中 part stays a part, silent.
      '全年粮食播种面积812.40万亩，增长0.3%。其中：夏粮播种面积305.17万亩，下降0.2%。夏粮产量112.40万吨，增长1.1%。蔬菜播种面积517.23万亩，增长0.6%。',
    ],
  ],
  [
    'the summer harvest\'s grain (夏收粮食) and the autumn grain make up the grain output',
    ['全区粮食产量⟦24,310.5吨⟧，同比增长2.1%。其中夏收粮食7,124.3吨，同比增长0.4%；秋粮16,186.2吨，同比增长2.9%。'],
  ],
  [
    'an amount named after it (录得A的投资收入) is the total of the parts listed next; a sector\'s construction and renovation is its whole',
    [
      '基金全年录得⟦1,860亿元⟧的投资收入，其主要组成部分包括债券投资收益720亿元；本地股票投资收益215亿元；其他股票投资收益508亿元；及其他投资收益396亿元。',
      // Consistent (720 + 215 + 508 + 417 = 1860): silent.
      '基金全年录得1,860亿元的投资收入，其主要组成部分包括债券投资收益720亿元；本地股票投资收益215亿元；其他股票投资收益508亿元；及其他投资收益417亿元。',
      '全省完成交通固定资产投资⟦2,615亿元⟧，其中完成铁路投资652亿元，完成公路投资1,874亿元，完成水路投资71亿元，完成民航基本建设和技术改造投资43亿元。',
    ],
  ],
  [
    'a list closed by its rest (其他) opening the next sentence breaks down the last amount of its unit, when its sum lies near that one alone',
    [
      '全市中职学校招生2.15万人；在校生⟦6.48万人⟧。其中，农林类学生0.52万人，工科类学生2.37万人，财经类学生1.66万人，其他类学生2.03万人。',
      // Consistent (0.52 + 2.37 + 1.66 + 1.93 = 6.48): silent.
      '全市中职学校招生2.15万人；在校生6.48万人。其中，农林类学生0.52万人，工科类学生2.37万人，财经类学生1.66万人，其他类学生1.93万人。',
      // A sum near neither amount (it breaks down some third figure not written): silent.
      '全市中职学校招生2.15万人；在校生6.48万人。其中，农林类学生0.22万人，工科类学生1.37万人，财经类学生0.66万人，其他类学生0.93万人。',
      // The sum lies near the first amount, not the last: which one is broken down is not certain: silent.
      '全市中职学校在校生2.90万人；招生6.48万人。其中，农林类学生0.52万人，工科类学生1.07万人，财经类学生0.66万人，其他类学生0.53万人。',
    ],
  ],
  [
    'last year\'s and this year\'s amounts named by relative years, then the change between them (去年A、今年B，减少C)',
    [
      '专项补助去年还有⟦86亿元⟧、今年剩下49亿元，缩水27亿元。',
      '專項補助去年還有⟦86億元⟧、今年只有49億元，也掉了27億元。',
      '全县新增贷款去年为38亿元，今年为⟦45亿元⟧，增加9亿元。',
      // Consistent (86 − 49 = 37), and a rate after two years is no size of the change: silent.
      '专项补助去年还有86亿元、今年剩下49亿元，缩水37亿元。',
      '专项补助去年86亿元，今年49亿元，下降43%。',
      // A written year and a relative one are not compared (which year 今年 is, is not written here).
      '专项补助2024年86亿元，今年49亿元，减少27亿元。',
    ],
  ],
  [
    'a month range after 比 is the base of a comparison: the parts after it keep the total\'s own months',
    [
      // 1-4月 is what the growth is compared with; both industries are 1-5月 like the total (312.6 + 28.0 ≠ 330.6).
      '1-5月全市规模以上工业综合能源消费量⟦330.6万吨标准煤⟧，同比增长6.2%，比1-4月加快0.4个百分点。其中重工业消费量312.6万吨标准煤，比1-4月回落0.2个百分点；轻工业消费量28.0万吨标准煤，同比下降3.1%。',
    ],
  ],
  [
    'a breakdown mark after an adverb (具体分行业看) still breaks down the total of the sentence before',
    [
      '全年全县农林牧渔业总产值⟦61.9亿元⟧，增长3.1%。具体分行业看，农业产值30.2亿元；林业产值3.4亿元；牧业产值14.6亿元；渔业产值9.8亿元；农林牧渔服务业产值2.1亿元。',
    ],
  ],
  [
    'a 其中 that picks one day of the period is no part of its daily average; days listed in turn are parts',
    [
      '暑运期间全省铁路日均旅客发送量86.2万人次，同比增加7.4万人次。其中，7月28日，全省铁路旅客发送量达103.6万人次，创历史新高。',
      '国庆假期全市接待游客⟦52.4万人次⟧，其中，10月1日21.3万人次，10月2日18.6万人次，10月3日14.9万人次。',
    ],
  ],
  [
    'two places\' amounts and the gap between them, named by the places (甲比乙多, 甲高出乙)',
    [
      '同期，东城县实现财政收入⟦14.32亿元⟧，西城县实现财政收入13.87亿元，东城县高出西城县0.54亿元。',
      '同期，东城县实现财政收入14.32亿元，西城县实现财政收入13.87亿元，东城县高出西城县0.45亿元。',
      '同期，东城县实现财政收入⟦14.32亿元⟧，西城县实现财政收入13.87亿元，东城县比西城县多0.54亿元。',
      '全市城镇居民人均可支配收入41200元，高出全国平均水平2400元。',
    ],
  ],
  [
    'a budget\'s whole resources (收入总量), its spending and what it carries to next year',
    [
      '全年区本级一般公共预算收入总量⟦212.60亿元⟧，支出186.35亿元，结转下年使用19.05亿元。',
      '全年区本级一般公共预算收入总量205.40亿元，支出186.35亿元，结转下年使用19.05亿元。',
      '全年区本级一般公共预算收入212.60亿元，支出186.35亿元，结转下年使用19.05亿元。',
    ],
  ],
  [
    'fishery output by water and by sector, and a breakdown in brackets after the figure\'s share of a wider whole',
    [
      '全市放养总面积达⟦96万亩⟧，其中内陆放养面积61万亩，海水放养面积27万亩。',
      '全省渔业经济总产值⟦1380亿元⟧，其中渔业产值702亿元，渔业工业和建筑业产值281亿元，渔业流通和服务业产值345亿元。',
      '全省渔业经济总产值1328亿元，其中渔业产值702亿元，渔业工业和建筑业产值281亿元，渔业流通和服务业产值345亿元。',
      '全市养殖产量⟦215.4万吨⟧，占全省的18.2%（海水养殖产量96.3万吨，淡水养殖产量131.5万吨）。',
      '全市养殖产量227.8万吨，占全省的18.2%（海水养殖产量96.3万吨，淡水养殖产量131.5万吨）。',
      '全市养殖产量227.8万吨，占全省的18.2%（全省养殖产量1251.6万吨）。',
      // (A family list after an item that is itself a member of the family: siblings, no total.)
      '全市水产品总产量⟦52.3万吨⟧，养殖产量41.4万吨，捕捞产量12.9万吨。',
      '渔业产值中，海洋捕捞产值231.4亿元，海水养殖产值432.5亿元，淡水捕捞产值33.7亿元，淡水养殖产值746.2亿元。',
    ],
  ],
  [
    'an amount, then in brackets what is taken off it and its net',
    [
      '政府性基金收入⟦36.40亿元⟧（扣除计提的教育资金、农田水利建设资金2.6亿元，政府性基金收入净额31.30亿元）。',
      '政府性基金收入33.90亿元（扣除计提的教育资金、农田水利建设资金2.6亿元，政府性基金收入净额31.30亿元）。',
    ],
  ],
  [
    'a balance by time or a surplus by partner adds up signed amounts: a part may stand above it; a balance by level or a plain amount may not',
    [
      '县级职工医保基金总收入8.62亿元，总支出6.05亿元，年末滚存结余5.37亿元，其中，上年结余6.14亿元。',
      '前三季度全市货物贸易顺差412亿元，其中对东盟顺差468亿元。',
      '全区累计滚存结余⟦20.5亿元⟧。其中区本级滚存结余9.4亿元，镇滚存结余4.2亿元，街道滚存结余7.9亿元。',
      '全县规模以上工业企业实现营业收入⟦12.4亿元⟧，其中国有控股企业营业收入15.2亿元。',
    ],
  ],
  [
    'after a part with no name of its own, the rest (其余, 另其余) is the rest of the whole',
    [
      '该计划所需经费为1,500万元，其中1,420万元由作业基金调整容纳支应，另其余80万元由单位预算支出。',
      '该计划所需经费为⟦1,600万元⟧，其中1,420万元由作业基金调整容纳支应，另其余80万元由单位预算支出。',
      '该计划所需经费为⟦1,600万元⟧，其中1,420万元由作业基金调整容纳支应，其余80万元由单位预算支出。',
    ],
  ],
  [
    'the payers of a cost named before 分别负担 bear the whole of it',
    [
      '本计划总经费52亿元，公务预算及作业基金分别负担47.5亿元及4.5亿元。',
      '本计划总经费⟦56亿元⟧，公务预算及作业基金分别负担47.5亿元及4.5亿元。',
      '项目总投资⟦5000万元⟧，省、市、县分别负担2000万元、1500万元和1000万元。',
      // Amounts the payers spent, not bore, may leave part of the total to others.
      '项目总投资5000万元，省、市、县分别投入2000万元、1500万元和1000万元。',
    ],
  ],
  [
    'a first part named by the clause of a superlative (`交易额最高，达到A`) opens a ；list of its measure',
    [
      '全年全省网络交易总额⟦815.0亿元⟧，其中，线上平台网店交易额最高，达到812.4亿元；自建网站交易额为2.9亿元；本地平台交易额为0.5亿元。',
      '全年全省网络交易总额815.8亿元，其中，线上平台网店交易额最高，达到812.4亿元；自建网站交易额为2.9亿元；本地平台交易额为0.5亿元。',
    ],
  ],
  [
    'the four lines of insurance by business (财产险业务…) opening the sentence after the total break it down',
    [
      '全年全市保险业赔付支出98.0亿元，同比增长9.6%。财产险业务赔付支出41.2亿元，同比增长6%；寿险业务赔付支出35.5亿元，同比增长12.1%；健康险业务赔付支出18.4亿元，同比增长20.3%；意外险业务赔付支出2.9亿元，同比增长4.4%。',
      '全年全市保险业赔付支出⟦104.0亿元⟧，同比增长9.6%。财产险业务赔付支出41.2亿元，同比增长6%；寿险业务赔付支出35.5亿元，同比增长12.1%；健康险业务赔付支出18.4亿元，同比增长20.3%；意外险业务赔付支出2.9亿元，同比增长4.4%。',
      // Property lines pay 赔款, life lines 给付: a total of 赔付 fits them though the first member says 赔款.
      '全年全市保险业赔付支出⟦104.0亿元⟧，同比增长9.6%。财产险业务赔款支出41.2亿元，同比增长6%；寿险业务赔付支出35.5亿元，同比增长12.1%；健康险业务赔付支出18.4亿元，同比增长20.3%；意外险业务赔付支出2.9亿元，同比增长4.4%。',
    ],
  ],
  [
    'two amounts and the gap written between them (两者相差C, 贷款比存款多C) must agree',
    [
      '当年甲市保费收入为215.42亿元，乙市保费收入为208.17亿元，两者仅相差7.25亿元。',
      '当年甲市保费收入为⟦215.42亿元⟧，乙市保费收入为208.17亿元，两者仅相差8.25亿元。',
      '前三季度全市新增贷款612.4亿元，新增存款538.9亿元，贷款比存款多73.5亿元。',
      '前三季度全市新增贷款⟦612.4亿元⟧，新增存款538.9亿元，贷款比存款多了79.5亿元。',
      // Three amounts of the unit before 两者: which two is not written.
      '甲市215.42亿元，乙市208.17亿元，丙市190.3亿元，两者仅相差8.25亿元。',
    ],
  ],
  [
    'a standard per person-month (元/人.月) between the members ends no sentence: 城市 and 农村 still add up',
    [
      '全省共有特困人员⟦8.64万人⟧，其中城市特困人员0.82万人，平均供养标准为716元/人.月；农村特困人员7.93万人，平均供养标准为707元/人.月。',
      '全省共有特困人员8.75万人，其中城市特困人员0.82万人，平均供养标准为716元/人.月；农村特困人员7.93万人，平均供养标准为707元/人.月。',
    ],
  ],
  [
    'after 国内 and 国际 a third kind named with their rest (地区航线, even garbled) finishes the list',
    [
      '截至年底，该机场共开通航线186条，其中国内航线140条，国际航线39条，地航线区7条。',
      '截至年底，该机场共开通航线186条，其中国内航线140条，国际航线39条，地区航线7条。',
      // The three together still may not exceed the total.
      '截至年底，该机场共开通航线⟦186条⟧，其中国内航线140条，国际航线39条，地航线区17条。',
    ],
  ],
  [
    'classes whose shared part is named (重复计算量) overlap: their sum may exceed the total',
    [
      '全市地下水资源量为52.6亿立方米（其中山区21.4亿立方米，平原区35.9亿立方米，平原区与山区地下水重复计算量为4.7亿立方米），比上年减少3.1%。',
      '全市地下水资源量为52.6亿立方米（其中山区21.4亿立方米，平原区35.9亿立方米，两区重复计算量4.7亿立方米），比上年减少3.1%。',
      '全市水资源总量为80.2亿立方米，其中地表水资源量61.5亿立方米，地下水资源量30.3亿立方米，不重复计算量为11.6亿立方米。',
      // Without the double count named, the same classes are held to their total.
      '全市地下水资源量为⟦52.6亿立方米⟧（其中山区21.4亿立方米，平原区35.9亿立方米），比上年减少3.1%。',
    ],
  ],
];

for (const [name, texts] of READ_LISTS) test(name, () => texts.forEach((text) => flags(text)));

test('a part given once for each of two subjects (市、县分别配套N) is no single part of the sum', () => {
  // 2410 + 602.5 + 2 × 301.5 = 3615.5: the list agrees only with the 分别 part counted twice.
  flags('总投资金额3615.5万元，其中中央投入2410万元，省级配套602.5万元，市、县分别配套资金301.5万元。');
  // Two subjects with one value each (`省、市分别投入X和Y`) are two parts: held to the total.
  flags('全年完成投资⟦52亿元⟧，其中省、市分别投入48.5亿元和6.5亿元。');
  flags('全年完成投资55亿元，其中省、市分别投入48.5亿元和6.5亿元。');
});

test('clauses after `；` that each give a short bare name, one amount and its growth, as the first does, are items', () => {
  // 212.6 + 48.4 + 36.2 = 297.2 > 285.4.
  flags('1-9月，全市船舶工业实现产值⟦285.4亿元⟧，同比增长9.5%，其中造船212.6亿元，同比下降2.1%；修船48.4亿元，同比增长36.5%；海工装备36.2亿元，同比增长88.6%。');
  flags('1-9月，全市船舶工业实现产值305.4亿元，同比增长9.5%，其中造船212.6亿元，同比下降2.1%；修船48.4亿元，同比增长36.5%；海工装备36.2亿元，同比增长88.6%。');
  // A clause that states something of its own (实际利用外资) ends the list.
  flags('全年外贸进出口总额20.5亿元，其中出口7.9亿元，同比增长5.2%；实际利用外资25.6亿元，同比增长8.1%。');
});

test('a bracket giving the same indicator at an earlier time (上榨季同期, 去年同期, 与首次估产的) holds no part', () => {
  flags('截至4月底，本榨季全省累计产糖86.42万吨（上榨季同期产糖91.08万吨），其中甘蔗糖79.3万吨（上榨季同期83.5万吨）。');
  flags('全省累计销售食糖42.16万吨(去年同期销售44.02万吨)，销糖率48.8%。');
  flags('本季全县糖厂最新估计入榨甘蔗102.6万吨（与首次估计的110.4万吨相比少7.8万吨）。');
  // A bracket that breaks the figure down is still read: 60 + 50 = 110 > 100.
  flags('全省累计产糖⟦100万吨⟧（其中甘蔗糖60万吨，甜菜糖50万吨）。');
});

test('a progress figure (已建成…) beside the plan it is counted in is no second part', () => {
  flags('该园区规划用地面积4200亩，其中建设用地面积3100亩，已建成区域用地面积1500亩。');
  // Two parts of the plan that are siblings are still summed: 3100 + 1500 = 4600 > 4200.
  flags('该园区规划用地面积⟦4200亩⟧，其中产业用地面积3100亩，居住用地面积1500亩。');
});

test('clauses after `；` that each give a bare name, one amount and the same named rate are items of the list', () => {
  // 256.2 + 52.1 = 308.3 > 301.6.
  flags('本季全省累计销售食糖⟦301.6万吨⟧，累计销糖率41.2%。其中，销售甘蔗糖256.2万吨，销糖率39.5%；销售甜菜糖52.1万吨，销糖率55.3%。');
  flags('本季全省累计销售食糖308.3万吨，累计销糖率41.2%。其中，销售甘蔗糖256.2万吨，销糖率39.5%；销售甜菜糖52.1万吨，销糖率55.3%。');
  // A clause whose rate is another one (产销率) is no item of the same shape: the list ends after the first.
  flags('本季全省累计销售食糖301.6万吨，累计销糖率41.2%。其中，销售甘蔗糖256.2万吨，销糖率39.5%；库存食糖52.1万吨，产销率55.3%。');
});

test('a figure of more or less produced than before (多产糖N) is a change, never the total of the 其中 after it', () => {
  // 702.4 + 121.3 = 823.7 > 806.5.
  flags('本季全国共生产食糖⟦806.5万吨⟧（上季同期产糖770.2万吨），比上季同期多产糖36.3万吨，其中，产甘蔗糖702.4万吨；产甜菜糖121.3万吨。');
  flags('本季全国共生产食糖823.7万吨（上季同期产糖770.2万吨），比上季同期多产糖53.5万吨，其中，产甘蔗糖702.4万吨；产甜菜糖121.3万吨。');
});

test('a bracket that splits an amount by the time it came in (上年第四季度A，当年B) holds its parts', () => {
  // 28.5 + 160.2 = 188.7 > 180.
  flags('本级分成公益金⟦180万元⟧（上年第四季度28.5万元，当年1-3季度160.2万元）。');
  flags('本级分成公益金188.7万元（上年第四季度28.5万元，当年1-3季度160.2万元）。');
});

test('two `N中，` marks after one another (the second after `；`) each break down their own amount', () => {
  // 1680.5 + 40.2 = 1720.7 > 1702.3, in the second list.
  flags('全年基金收入8650.4亿元中，单位缴费和财政补助分别为6120.3亿元和2530.1亿元；救助资金收入⟦1702.3亿元⟧中，财政投入为1680.5亿元，其他投入40.2亿元。');
  flags('全年基金收入8650.4亿元中，单位缴费和财政补助分别为6120.3亿元和2530.1亿元；救助资金收入1720.7亿元中，财政投入为1680.5亿元，其他投入40.2亿元。');
});

test('one more place after places is an item of the list, also after a prefix that happens to make the total', () => {
  // 760.5 + 21 + 6 + 30 + 16 = 833.5, within the rounding of 831.5 by chance; with 盐边乡 3 the list
  // makes 836.5 > 831.5.
  flags('市级分配资金⟦831.5万元⟧，其中市本级资金760.5万元，东区资金21万元，西区资金6万元，仁和区资金30万元，米易县16万元，盐边乡3万元。');
  flags('市级分配资金836.5万元，其中市本级资金760.5万元，东区资金21万元，西区资金6万元，仁和区资金30万元，米易县16万元，盐边乡3万元。');
  // After `；` too: 500 + 300 + 150 = 950 > 900.
  flags('全年下达补助资金⟦900万元⟧，其中市本级资金500万元；米易县300万元；盐边县150万元。');
});

test('a lone part counting another thing (充电枪 under 充电桩) above its total is shown for reference only', () => {
  assert.deepEqual(findingsOf('截至10月底，全省累计建设充电桩共2860个，其中充电枪3420个，车桩比2.5:1。', CODE).filter((f) => f.severity !== 'info'), []);
  // The same kind of thing above its total is an error.
  flags('截至10月底，全省累计建设充电桩共⟦2860个⟧，其中公共充电桩3420个。');
});

test('done and not done (已参保 / 未参保) make up their total', () => {
  // 412 + 95 = 507 < 560: the pair covers the whole, so the shortfall is flagged.
  flags('全镇登记渔民中，有专业渔民⟦560人⟧，其中已参保412人未参保95人。');
  flags('全镇登记渔民中，有专业渔民507人，其中已参保412人未参保95人。');
});

test('a figure right before a second 其中 whose first item names it (副主任…，其中女副主任…) is that list\'s total', () => {
  flags('社区书记128名，其中女书记70名，占比54.69%；副书记151名，其中女副书记83名，占比54.97%。');
  flags('居委会主任数132名，其中女主任80名，占比60.61%，副主任149名，其中女副主任97名，占比65.10%。');
  // The second list is still summed against its own total: 97 + 60 = 157 > 149.
  flags('居委会主任数132名，其中女主任80名，占比60.61%，副主任⟦149名⟧，其中女副主任97名，男副主任60名。');
});

test('the level a change reaches (从2014年的A增长到2018年底的B) heads the 其中 list after it', () => {
  const src = '全省执业律师从2015年的16210人增长到2019年底的⟦23180人⟧（其中专职律师23920人、兼职律师612人、公职律师845人），增长43.0%。';
  flags(src);
  // Named as the lawyers the change started from, the total is the parts' own: an error, not a note.
  assert.deepEqual(findingsOf(marked(src).text, CODE).map((f) => f.severity), ['error']);
});

test('a clause of cause (，随着…) ends a 其中 list: the amount after it is no part', () => {
  flags('全区有30个亿元以上项目在建，预计年内完成投资38.6亿元。其中实施项目26个，前期项目4个，随着储备项目加快落地，将持续增加项目数量，固定资产投资预计完成45.2亿元，增长9%。');
});

test('approximate parts add up to an approximate total, each good to a unit of its last digit', () => {
  // 约101 + 约91 = 192 > 约176 + 3 units of rounding.
  flags('为保障32件民生实事，各级财政已安排资金⟦约176亿元⟧，其中省级财政约101亿元，市县财政约91亿元。');
  flags('为保障32件民生实事，各级财政已安排资金约192亿元，其中省级财政约101亿元，市县财政约91亿元。');
  // Round approximations (约2000亿元) are good to a thousand: silent.
  flags('全产业总产值约2685亿元，其中养殖业产值约585亿元，加工业产值约200亿元，餐饮产值约2000亿元。');
  // An approximate part under an exact total is no part of it.
  flags('全年安排资金176亿元，其中省级财政约101亿元，市县财政约91亿元。');
});

test('a deputy beside the principal (副主任候选人 / 主任候选人) is a sibling, not a class inside it', () => {
  // 210 + 148 + 402 = 760 > 730.
  flags('全县提名确定正式候选人⟦730人⟧，其中主任候选人210人，副主任候选人148人，委员候选人402人。');
  flags('全县提名确定正式候选人760人，其中主任候选人210人，副主任候选人148人，委员候选人402人。');
});

test('a part named only by the bare measure after a remark (设计业继续保持快速增长态势，销售额为A) holds no classes inside it', () => {
  // 612.4 + 540.2 + 1020.5 = 2173.1 > 2120.6.
  flags('全年全国集成电路产业销售额为⟦2120.6亿元⟧，同比增长11.2%。其中，设计业继续保持快速增长态势，销售额为612.4亿元，同比增长18.3%；制造业销售额540.2亿元，同比增长15.7%；封装测试业销售额为1020.5亿元，同比增长6.2%。');
  flags('全年全国集成电路产业销售额为2173.1亿元，同比增长11.2%。其中，设计业继续保持快速增长态势，销售额为612.4亿元，同比增长18.3%；制造业销售额540.2亿元，同比增长15.7%；封装测试业销售额为1020.5亿元，同比增长6.2%。');
});

test('bare shares of a 其中 list that make up 100 % make the list whole: parts short of the total are flagged', () => {
  // 2841.6 + 126.3 + 0 = 2967.9, shares 95.74 + 4.26 = 100, but the total is 3215.4.
  const src = '本年支出合计⟦3215.4万元⟧，其中：教学支出2841.6万元，占95.74%；科研支出126.3万元，占4.26%；后勤支出0万元，占0%。';
  flags(src);
  assert.deepEqual(findingsOf(marked(src).text, CODE).map((f) => f.severity), ['error']);
  // The same list adding up: silent.
  flags('本年支出合计2967.9万元，其中：教学支出2841.6万元，占95.74%；科研支出126.3万元，占4.26%；后勤支出0万元，占0%。');
  // A share named by what the total counts (占总人次的) is a bare share too: 86.2 + 31.5 + 12.3 = 130 ≠ 146.
  flags('全年共接待游客⟦146万人次⟧。其中，市内游客86.2万人次，占总人次的66.3%；省内游客31.5万人次，占24.2%；省外游客12.3万人次，占9.5%。');
  // Shares that do not make up 100 %: the list may be partial, silent.
  flags('本年支出合计3215.4万元，其中：教学支出2841.6万元，占88.4%；科研支出126.3万元，占3.9%。');
  // The parts' sum stated beside the total (the writer's whole is that sum): silent.
  flags('受理申请3215件，办结2967件，其中：同意2841件，占95.75%；不同意126件，占4.25%。');
});

test('an amount named by its own words in a clause headed by another figure (种植A亩，投资B万元) is measured by them', () => {
  // 96.5 > 90: the part's own word 投资 names the total's measure.
  flags('该镇投资⟦90万元⟧，种植油茶1260亩。其中：种植高产油茶1180亩，投资96.5万元；种植老茶园改造80亩，投资8.2万元。');
  flags('该镇投资104.7万元，种植油茶1260亩。其中：种植高产油茶1180亩，投资96.5万元；种植老茶园改造80亩，投资8.2万元。');
  const src = '该镇投资90万元，种植油茶1260亩。其中：种植高产油茶1180亩，投资96.5万元；种植老茶园改造80亩，投资8.2万元。';
  assert.deepEqual(findingsOf(marked(src).text, CODE).map((f) => f.severity), ['error']);
});

test('a part\'s own words that are no bare measure (投资5000万元以上企业) leave the pairing in doubt', () => {
  const b = '园区入驻企业86家，入统规模以上企业31家，其中投资5000万元以上企业33家，外资企业3家。';
  assert.deepEqual(findingsOf(b, CODE).filter((f) => f.severity !== 'info'), []);
});

test('an item named with the head of an item before it (…、饲料A、糖料B) goes on the list, though the first items fit the total', () => {
  // 86.42 + 12.36 + 6.15 + 9.6 = 114.53 ≈ 114.5 by rounding alone; with 糖料 the list is 115.48 > 114.5.
  flags('今年全县农作物总播种面积⟦114.5万亩⟧，其中粮食作物86.42万亩、油料12.36万亩、蔬菜6.15万亩、饲料9.6万亩、糖料0.95万亩。');
  flags('今年全县农作物总播种面积115.5万亩，其中粮食作物86.42万亩、油料12.36万亩、蔬菜6.15万亩、饲料9.6万亩、糖料0.95万亩。');
});

test('a list opened by 包含 is a list opened by 包括', () => {
  // Domestic and inbound visitors make up the visitors: 9826.35 + 1.8614 = 9828.21 ≠ 9928.21.
  flags('接待游客最多的是甲市，共接待了⟦9928.21万人次⟧，包含国内游客9826.35万人次，入境游客18614人次。');
  flags('接待游客最多的是甲市，共接待了9828.21万人次，包含国内游客9826.35万人次，入境游客18614人次。');
});

test('a figure after a comma with the head of the items before it (，单日到发旅客A) may measure another thing: it stays out of the list', () => {
  // 126.8 + 118.3 = 245.1 ≈ 245: the day's peak after them is no third part.
  flags('全年车站旅客到发量达到245万人次。其中发送旅客126.8万人次，到达118.3万人次，单日最高到发旅客1.9万人次，均创历史新高。');
});

test('the three sectors are no complete set of electricity used: households use it too', () => {
  // 全社会用电量 = 一产 + 二产 + 三产 + 城乡居民生活用电 (12.06 + 812.34 + 186.52 = 1010.92, short of 1196.18).
  flags('1-6月份，全省全社会用电量1196.18亿千瓦时，同比增长5.2%。分产业看，第一产业用电量12.06亿千瓦时，第二产业用电量812.34亿千瓦时，第三产业用电量186.52亿千瓦时。');
  // The sectors of GDP still add up.
  flags('全年地区生产总值⟦1196.2亿元⟧，其中第一产业增加值112.1亿元，第二产业增加值512.3亿元，第三产业增加值586.5亿元。');
});

test('age groups named by a range before their count (0—14岁人口为A) under a dated mark (2023年末全市常住人口中) make up the population', () => {
  // 18.62 + 112.4 + 26.35 = 157.37 ≠ 155.96.
  flags('截至2023年末，全市常住人口⟦155.96万人⟧。2023年末全市常住人口中，0—14岁人口为18.62万人，占11.9%；15—64岁人口为112.4万人，占72.1%；65岁及以上人口26.35万人，占16.9%。');
  flags('截至2023年末，全市常住人口157.37万人。2023年末全市常住人口中，0—14岁人口为18.62万人，占11.8%；15—64岁人口为112.4万人，占71.4%；65岁及以上人口26.35万人，占16.7%。');
  // The mark straight on to the first range, and the total named by the city's own name.
  flags('截至2023年末，甲乙市常住人口⟦155.96万人⟧。全市常住人口中0—14岁人口为18.62万人，占11.9%；15—64岁人口为112.4万人，占72.1%；65岁及以上人口26.35万人，占16.9%。');
});

test('a group of people as the scope mark (百岁老人中，女性A，男性B) and its two sexes make up the group', () => {
  // 5126 + 1482 = 6608 ≠ 6680.
  flags('截至年末，全省健在百岁老人⟦6680人⟧，比上年增加312人。百岁老人中，女性为5126人，男性为1482人，女性明显多于男性。');
  flags('截至年末，全省健在百岁老人6608人，比上年增加312人。百岁老人中，女性为5126人，男性为1482人，女性明显多于男性。');
});

test('prices per unit under 其中 (每公斤52元 under 每公斤47元) are no parts of a price', () => {
  flags('截至9月中旬，红枣产地收购价格为每公斤36元，较去年上涨4元。其中，甲县等产区由于品质优良，产地收购和批发价格分别达到每公斤41元和44元，同比分别上涨10.8%和9.6%。');
});

test('a total whose name lists its members (甲、乙、丙共…; 甲-乙港) is made up by exactly those parts', () => {
  // 612.4 + 4218.6 + 36.5 + 98.2 = 4965.7 ≠ 4985.7.
  flags('春运首日全省铁路、道路、水路、民航共发送旅客⟦4985.7万人次⟧，同比增长2.1%。其中铁路发送旅客612.4万人次；道路发送旅客4218.6万人次；水路发送旅客36.5万人次；民航发送旅客98.2万人次。');
  flags('春运首日全省铁路、道路、水路、民航共发送旅客4965.7万人次，同比增长2.1%。其中铁路发送旅客612.4万人次；道路发送旅客4218.6万人次；水路发送旅客36.5万人次；民航发送旅客98.2万人次。');
  flags('一季度，甲城-乙岛港完成货物吞吐量⟦3862.6万吨⟧；其中，甲城港域完成2126.3万吨；乙岛港域完成1566.2万吨。');
  // A name that lists more members than the parts leaves the list open.
  flags('全年铁路、公路、水运共完成投资386.2亿元，其中铁路完成投资126.3亿元，公路完成投资186.5亿元。');
});

test('residents registered here and from elsewhere make up the resident population', () => {
  flags('至年末，全市常住人口为⟦1986.3万人⟧。其中，户籍常住人口1126.4万人，外来常住人口826.2万人。');
  flags('至年末，全市常住人口为1952.6万人。其中，户籍常住人口1126.4万人，外来常住人口826.2万人。');
});

test('members named in the total\'s clause before its own name (共监管甲、乙两家…总金额A) make it up', () => {
  // 6200 + 1500 = 7700 ≠ 7900.
  flags('国庆期间，海关共监管甲城、乙港两家免税店销售免税品总金额⟦7900万元⟧，比去年增加12%。其中，甲城免税店销售6200万元，购买人数1.4万人次；乙港机场免税店销售1500万元，购买人数0.9万人次。');
  flags('国庆期间，海关共监管甲城、乙港两家免税店销售免税品总金额7700万元，比去年增加12%。其中，甲城免税店销售6200万元，购买人数1.4万人次；乙港机场免税店销售1500万元，购买人数0.9万人次。');
});

test('a family listed after several totals that adds up to the first of them was paired with the wrong one', () => {
  // 10.26 + 9.58 = 19.84, the resident population, not the urban one.
  flags('2024年末，常住人口19.84万人，城镇化率45.1%，城镇人口8.95万人，男性10.26万人，女性9.58万人。');
});

test('parts whose sentence opens with another year than the total\'s are another time\'s (2010年，…常住人口中，男性…)', () => {
  flags('2016年末，全市常住人口341万人，城镇化率为46.2%。全年人口出生率为8.3‰。2010年，全市常住人口中，男性人口为1702081人，占50.5%；女性人口为1668470人，占49.5%。');
  // The same year: the parts are the total's, and 1702081 + 1668470 = 3370551 ≠ 3410000.
  flags('2016年末，全市常住人口⟦341万人⟧，城镇化率为46.2%。全年人口出生率为8.3‰。2016年末，全市常住人口中，男性人口为1702081人，占50.5%；女性人口为1668470人，占49.5%。');
});

test('funds listed by every level of government, top to bottom, make up their total', () => {
  // 1230 + 410 + 260 = 1900, not 2100.
  flags('全县共投入扶贫资金⟦2100万元⟧，其中中央资金1230万元，省级资金410万元，市级配套资金100万元，县级配套资金260万元。');
  flags('共落实补助资金⟦3600万元⟧，其中中央及省级资金2400万元，市县配套800万元。');
  flags('累计投入资金⟦980万元⟧，其中县级以上财政资金700万元，群众自筹资金180万元。');
  // Whole lists that add up, and lists that leave levels out: nothing to say.
  flags('全县共投入扶贫资金2100万元，其中中央资金1230万元，省级资金410万元，市级配套资金200万元，县级配套资金260万元。');
  flags('全县共投入扶贫资金2100万元，其中中央资金1230万元，省级资金410万元。');
  flags('全县共投入扶贫资金2100万元，其中中央资金1230万元，省级资金410万元，县级配套资金260万元。');
  flags('全市共投入资金2100万元，其中市级资金1230万元，县级资金410万元。');
  // A project's investment counts bank loans and firms' money too; a revenue by level leaves shared taxes out.
  flags('项目总投资2100万元，其中中央资金1230万元，地方配套资金400万元。');
  flags('一般公共预算收入2100万元，其中省级收入1230万元，市县级收入400万元。');
});

test('loans for farming and loans to small firms overlap: their sum may exceed all loans', () => {
  flags('全省小额贷款公司累计发放贷款520.4亿元，其中，发放涉农和小微企业贷款分别为281.3亿元、296.7亿元。');
  flags('全省累计发放贷款520.4亿元，其中，涉农贷款281.3亿元，小微企业贷款296.7亿元。');
});

test('an investment signed and the part of it that arrived are two stages, not two parts', () => {
  flags('今年1—10月，全市新批台商投资项目38个，投资总额26500万美元，其中合同台资18200万美元，实际利用台资9600万美元。');
  // Two parts of one stage are still held to their total.
  flags('全市新批台商投资项目38个，投资总额⟦26500万美元⟧，其中工业项目投资18200万美元，服务业项目投资9600万美元。');
});

test('a list opened by a colon right after its total breaks the whole total down', () => {
  // 150 + 36 + 14 + 48 = 248, not 260.
  flags('今年全市水产养殖面积⟦260万亩⟧：河蟹养殖面积150万亩；淡水养殖面积36万亩；海水养殖面积14万亩；滩涂养殖面积48万亩。');
  flags('今年全市水产养殖面积260万亩：河蟹养殖面积162万亩；淡水养殖面积36万亩；海水养殖面积14万亩；滩涂养殖面积48万亩。');
  // A selection (主要, 其中, 等) or a colon that is not right after the total: a subset.
  flags('今年全市水产养殖面积260万亩，主要有：河蟹养殖面积150万亩；淡水养殖面积36万亩；海水养殖面积14万亩。');
  flags('今年全市水产养殖面积260万亩：其中河蟹养殖面积150万亩；淡水养殖面积36万亩；海水养殖面积14万亩。');
});

test('inside and outside one bound make up their total (埠内/埠外, 岛内/岛外)', () => {
  flags('全县岛内外养蟹面积⟦96万亩⟧，其中岛外养蟹面积78.5万亩，岛内养蟹面积8.5万亩。');
  flags('全县岛内外养蟹面积87万亩，其中岛外养蟹面积78.5万亩，岛内养蟹面积8.5万亩。');
  // Two bounds that are not one another's complement: a subset.
  flags('全县养蟹面积96万亩，其中岛外养蟹面积78.5万亩，湖内养蟹面积8.5万亩。');
});

test('vegetables sold outside the region and one kind of vegetable overlap', () => {
  flags('2008年全市蔬菜种植面积12.6万亩，产量41.5万吨，其中外销菜11.2万亩36.8万吨，洋葱5万亩，产量24万吨。');
});

test('a closing 其他 item named by the total\'s object and the parts\' measure closes the list', () => {
  const found = findingsOf('全省已种植冬春瓜菜面积251.6万亩。其中瓜类种植面积90.2万亩，豆类种植面积36.5万亩，椒类种植面积52.1万亩，其他瓜菜种植面积44.3万亩。', CODE);
  // An error, not a note "for reference": the rest names what the total is of.
  assert.deepEqual(found.map((f) => f.severity), ['error']);
  flags('全省已种植冬春瓜菜面积223.1万亩。其中瓜类种植面积90.2万亩，豆类种植面积36.5万亩，椒类种植面积52.1万亩，其他瓜菜种植面积44.3万亩。');
});

test('parts named by an earlier figure\'s measure word for word break that figure down, not the one before 其中', () => {
  // The counties' 进出口 are parts of the 进出口 total (28.6), not of the imports (12.4).
  flags('2023年，全市共完成进出口28.6亿美元，增长12.2%，进口12.4亿美元，增长31.5%，其中，甲县进出口完成6.2亿美元，乙县进出口完成5.8亿美元，开发区进出口完成4.1亿美元。');
  // The earlier figure named with its place first (`某市…进出口`).
  flags('2023年，某市共完成进出口28.6亿美元，增长12.2%，进口12.4亿美元，增长31.5%，其中，甲县进出口完成6.2亿美元，乙县进出口完成5.8亿美元，开发区进出口完成4.1亿美元。');
});

test('a total on a wider caliber (如果包括…则达到) is no part of the total before it', () => {
  flags('全省财税总收入突破3000亿元，达到3217亿元，如果包括出口退税则达到3836亿元，占全国的1/9左右。');
});

test('a trade balance written coarser than its flows may cut their difference, not round it', () => {
  // 1380.94 − 512.17 = 868.77, written 868 (cut): consistent as written.
  flags('今年前8个月，对台进口1380.94亿美元、出口512.17亿美元，对台贸易逆差达868亿美元。');
  // A difference off by more than the cut is still flagged.
  flags('今年前8个月，对台进口⟦1380.94亿美元⟧、出口512.17亿美元，对台贸易逆差达866亿美元。');
});

test('a class and its complement that leaves a word out (房地产开发投资 / 非房地产投资) make up their total', () => {
  flags('上半年全区固定资产投资⟦405.52亿元⟧，其中房地产开发投资152.36亿元，非房地产投资243.16亿元。');
  assert.deepEqual(findingsOf('上半年全区固定资产投资395.52亿元，其中房地产开发投资152.36亿元，非房地产投资243.16亿元。', 'sum-mismatch'), []);
});

test('the plan a total is measured against, after its parts (是…下达任务N万亩的142%), ends the list', () => {
  flags('全县完成营造林⟦26.4万亩⟧，其中人工造林12.5万亩，封山育林10.8万亩，森林抚育4万亩，是市下达任务20万亩的132%。');
  assert.deepEqual(findingsOf('全县完成营造林26.4万亩，其中人工造林12.5万亩，封山育林10.8万亩，森林抚育3.1万亩，是市下达任务20万亩的132%。', 'sum-mismatch'), []);
});

test('a cut after a sentence that cut the whole another way (分用途看…分别为A和B。分行业看…) has no total there', () => {
  assert.deepEqual(findingsOf('上半年，全省绿色贷款保持较快增长，分用途看，基础设施升级产业和清洁能源产业绿色贷款余额分别为2.6万亿元和1.4万亿元，同比分别增长21%和16.2%。分行业看，交通运输业绿色贷款余额1.6万亿元，同比增长12%；电力业绿色贷款余额1.5万亿元，同比增长18.7%。', 'sum-mismatch'), []);
});

test('a complete family that adds up to an earlier figure, not the one before 其中, breaks the earlier one down', () => {
  assert.deepEqual(findingsOf('全县常住人口为31.46万人，城镇人口17.25万人，乡村人口14.21万人，其中男性15.92万人，女性15.54万人。', 'sum-mismatch'), []);
  // Adding up to neither, the family still breaks down the figure right before it.
  flags('全县常住人口为31.46万人，城镇人口17.25万人，乡村人口⟦14.21万人⟧，其中男性7.12万人，女性7.56万人。');
});

test('the year before, broken down by its own list, is no restatement of this year\'s sum', () => {
  flags('2023年末，全区常住人口42.16万人，城镇人口35.02万人，乡村人口7.14万人。2022年末，全区常住人口⟦45.1万人⟧，城镇人口34.98万人，乡村人口7.12万人。');
  assert.deepEqual(findingsOf('2023年末，全区常住人口42.16万人，城镇人口35.02万人，乡村人口7.14万人。2022年末，全区常住人口42.1万人，城镇人口34.98万人，乡村人口7.12万人。', 'sum-mismatch'), []);
});

test('age groups listed oldest first still cover every age', () => {
  flags('入选名单的⟦868人⟧中，80岁以上的96人，70-79岁的204人，60-69岁的231人，40-59岁的318人，40岁以下的9人。');
  assert.deepEqual(findingsOf('入选名单的858人中，80岁以上的96人，70-79岁的204人，60-69岁的231人，40-59岁的318人，40岁以下的9人。', 'sum-mismatch'), []);
});

test('in and out (入境/出境) make up a total named for both ways, in a bracket after a count in 人次', () => {
  flags('全年口岸共查验出入境人员⟦1286400人次⟧（入境628150人次，出境616250人次）。');
  assert.deepEqual(findingsOf('全年口岸共查验出入境人员1244400人次（入境628150人次，出境616250人次）。', 'sum-mismatch'), []);
  // Under a total named otherwise they are only a list (tourists count more than those crossing).
  assert.deepEqual(findingsOf('全年接待游客1286400人次，其中入境游客628150人次，出境游客616250人次。', 'sum-mismatch'), []);
});

test('exports and imports right after the trade total, with no 其中, make it up (进出口总值A；当月出口B；进口C)', () => {
  flags('5月，全市外贸进出口总值达⟦482.6亿元⟧，同比增长8.8%；当月出口296.4亿元，同比增长12.7%；进口176.9亿元，同比增长1.4%。');
  flags('全年进出口总额⟦482.6亿元⟧，出口296.4亿元，进口176.9亿元。');
  assert.deepEqual(findingsOf('全年进出口总额473.3亿元，出口296.4亿元，进口176.9亿元。', 'sum-mismatch'), []);
  // Trade with one partner is no member of the total's two.
  assert.deepEqual(findingsOf('全年进出口总额482.6亿元，对美国出口96.4亿元，自美国进口76.9亿元。', 'sum-mismatch'), []);
});

test('a 常住人口中 mark inside a sentence, straight into 男性, breaks down the population before it', () => {
  flags('全镇常住人口总数为⟦21648人⟧，常住人口中男性有10286人，女性有9718人，家庭总户数为5306户。');
  assert.deepEqual(findingsOf('全镇常住人口总数为20004人，常住人口中男性有10286人，女性有9718人，家庭总户数为5306户。', 'sum-mismatch'), []);
});

test('a part that says it includes another part (即2100人（含大学生）) makes the list no sum', () => {
  assert.deepEqual(findingsOf('全市今年计划征兵1800人，其中，大学生入伍人数要达到460人，占征集任务的25.6%，高中以上学历人数达到80%，即1440人（含大学生）。', 'sum-mismatch'), []);
  flags('全市今年计划征兵⟦1800人⟧，其中，大学生入伍人数要达到460人，农村青年1440人。');
});

test('the ends of a span of values (从300元到950元分为3个档次) are no parts of a figure before them', () => {
  assert.deepEqual(findingsOf('甲省补助标准较高，按照地区类别，从300元到950元分为3个档次；乙省按照艰苦边远地区类别划分，从200元到800元分为7个档次。', 'sum-mismatch'), []);
});

test('claims by birth order make up their total; a later step of handling after them (已审核) is no part', () => {
  flags('截至5月底，全市育儿补贴提交申请⟦3286人⟧，其中一孩2012人，二孩926人，三孩及以上72人，已审核1526人，已发放812人。');
  assert.deepEqual(findingsOf('截至5月底，全市育儿补贴提交申请3010人，其中一孩2012人，二孩926人，三孩及以上72人，已审核1526人，已发放812人。', 'sum-mismatch'), []);
  // Two orders alone are no complete set.
  assert.deepEqual(findingsOf('全年出生人口2.86万人，其中二孩1.12万人，三孩0.36万人。', 'sum-mismatch'), []);
});

test('a district spending by level (区本级, 街道, 镇) makes up the whole; two of the three are only a subset', () => {
  flags('全区一般公共预算支出完成⟦52.6亿元⟧，其中，区本级支出41.2亿元、街道支出6.3亿元、镇支出4.1亿元。');
  assert.deepEqual(findingsOf('全区一般公共预算支出完成51.6亿元，其中，区本级支出41.2亿元、街道支出6.3亿元、镇支出4.1亿元。', CODE), []);
  assert.deepEqual(findingsOf('全区一般公共预算支出完成52.6亿元，其中，区本级支出41.2亿元、街道支出6.3亿元。', CODE), []);
});

test('shares of every part that make 100% prove a list closed by 其他 whole: a total off the sum is an error', () => {
  const list = '其中：上年结转6210.40万元，占12.00%；一般公共预算拨款收入31050.00万元，占60.00%；事业收入4140.00万元，占8.00%；其他收入10350.00万元，占20.00%。';
  // 6210.40 + 31050 + 4140 + 10350 = 51750.40
  flags(`市卫健委2024年收入预算51750.40万元，${list}`);
  const wrong = findingsOf(`市卫健委2024年收入预算57960.00万元，${list}`, CODE);
  assert.equal(wrong.length, 1);
  assert.equal(wrong[0]?.severity, 'error');
  // Shares that do not make 100% leave the closing 其他 possibly the rest of one class: information only.
  const open = findingsOf(`市卫健委2024年收入预算57960.00万元，${list.replace('占20.00%', '占10.00%')}`, CODE);
  assert.ok(open.every((f) => f.severity === 'info'), JSON.stringify(open.map((f) => f.severity)));
});

test('a part of nearly 100% is no other whole its share points to; nor is a change of the sentence before', () => {
  // 财政拨款 at 99.8% implies a whole close to the part itself: still the list's total is read.
  flags('2024年度收入合计⟦1650.20万元⟧，较上年减少41.30万元。其中：财政拨款收入1846.02万元，占99.8%；其他收入3.70万元，占0.2%。');
  // A change (`减少331.20万元`) near the whole a share implies is no whole of it.
  flags('2024年度收入合计⟦298.50万元⟧，较上年决算数减少251.40万元，主要原因是财政拨款收入较上年减少331.20万元；事业收入增加64.10万元。其中：财政拨款收入206.50万元，占69.2%；事业收入102.00万元，占30.8%。');
});

test('clauses after ；that repeat the first clause\'s items for another subject are groups of one list under a 总计', () => {
  const text = (fee: string) => `专项资金总计⟦64.20万元⟧，其中甲河治理工程监理费${fee}，测绘费3.60万元，青苗补偿费12.40万元；乙河治理工程（东段）监理费9.80万元，测绘费2.10万元，青苗补偿费18.30万元。`;
  flags(text('21.00万元'));
  flags(text('18.00万元').replace('⟦64.20万元⟧', '64.20万元'));
  // Items that share an ending within a group (投资, 完成投资) may tell one amount twice: no list of parts.
  assert.deepEqual(findingsOf('项目投资总额40.00万元，其中甲工程投资25.00万元，完成投资12.00万元；乙工程投资16.00万元，完成投资9.00万元。', CODE), []);
});

test('an explicit 其中：list closed by a 其他 clause keeps every clause, however unlike the names before it', () => {
  const list = (first: string) => `项目支出1850.60万元，其中：案件审判${first}；案件执行12.40万元；“两庭”建设305.20万元；其他法院支出1226.00万元。`;
  // 307.00 + 12.40 + 305.20 + 1226.00 = 1850.60
  assert.deepEqual(findingsOf(list('307.00万元'), CODE), []);
  assert.equal(findingsOf(list('357.00万元'), CODE).length, 1);
  // Without the closing 其他 the unlike clause (`“两庭”建设`) still ends the list: silent on a short sum.
  assert.deepEqual(findingsOf('项目支出1850.60万元，其中：案件审判307.00万元；案件执行12.40万元；“两庭”建设305.20万元。', CODE), []);
});

test('a 收入总计 or 支出总计 whose 其中：list of balance items runs to the end of its sentence is their sum', () => {
  flags('（1）收入总计⟦9120万元⟧。其中：本级收入1310万元（包含：工商税收收入1205万元，非税收入105万元），上级补助收入4860万元，动用预算稳定调节基金2150万元。');
  flags('（1）收入总计8320万元。其中：本级收入1310万元（包含：工商税收收入1205万元，非税收入105万元），上级补助收入4860万元，动用预算稳定调节基金2150万元。');
  flags('（2）支出总计⟦8320万元⟧。其中：一般公共预算支出7240万元，体制及专项上解支出960万元。');
  // A list closed by 等 leaves items out; a 总收入 (no explicit sum) may too: only exceeding shows.
  assert.deepEqual(findingsOf('收入总计9120万元。其中：本级收入1310万元，上级补助收入4860万元等。', CODE), []);
  assert.deepEqual(findingsOf('一般公共预算总收入9120万元，其中：本级收入1310万元，上级补助收入4860万元，调入资金2150万元。', CODE), []);
});

test('a total for N counted projects, then N places 分别 given amounts, is their sum', () => {
  flags('我市3个以工代赈项目获得中央财政补助资金⟦960万元⟧，甲村、乙村、丙村分别获得资金支持350万元、330万元、310万元。');
  flags('我市3个以工代赈项目获得中央财政补助资金990万元，甲村、乙村、丙村分别获得资金支持350万元、330万元、310万元。');
  // Two places for three projects: the list is not all of them.
  flags('我市3个以工代赈项目获得中央财政补助资金960万元，甲村、乙村分别获得资金支持350万元、330万元。');
});

test('names listed before 分别 at the head of a sentence share out the amount of the sentence before that counts them', () => {
  flags('我市3个以工代赈项目通过省级遴选，获得中央财政补助资金⟦960万元⟧。甲村、乙村、丙村分别获得资金支持350万元、330万元、310万元。');
  flags('我市3个以工代赈项目通过省级遴选，获得中央财政补助资金990万元。甲村、乙村、丙村分别获得资金支持350万元、330万元、310万元。');
  // The sentence before counts four: three names are not all of them.
  flags('我市4个以工代赈项目通过省级遴选，获得中央财政补助资金960万元。甲村、乙村、丙村分别获得资金支持350万元、330万元、310万元。');
  // No count in the sentence before: the names may be some of the places only.
  flags('我市以工代赈项目通过省级遴选，获得中央财政补助资金960万元。甲村、乙村、丙村分别获得资金支持350万元、330万元、310万元。');
});

test('a fixed set (三大主导产业) with its total, then its members one sentence each, adds up', () => {
  const members = '装备制造稳中有升，实现产值21.40亿元，增长8.2%。食品加工较快增长，实现产值15.60亿元，增长12.5%。新型建材有所回落，实现产值9.30亿元，下降3.1%。';
  flags(`三大主导产业实现产值46.30亿元，增长7.6%。${members}`);
  flags(`三大主导产业实现产值⟦48.30亿元⟧，增长7.6%。${members}`);
  // Only two members before the paragraph ends: the set is not told in full.
  flags(`三大主导产业实现产值48.30亿元，增长7.6%。装备制造稳中有升，实现产值21.40亿元，增长8.2%。食品加工较快增长，实现产值15.60亿元，增长12.5%。`);
  // A fourth sentence measured so goes on past the set: which three are its members is not written.
  flags(`三大主导产业实现产值48.30亿元，增长7.6%。${members}电子信息加快发展，实现产值4.10亿元。`);
});

test('counts of projects that add up (个 and 项 alike) make a list whole whatever the funding is called (总投资, 总资金, 投资)', () => {
  const list = '其中：基础设施项目3项，总资金760万元；产业发展项目2项，总资金248万元；项目管理1项，投资12万元。';
  flags(`共安排6个项目，项目总投资为⟦1150万元⟧，${list}`);
  flags(`共安排6个项目，项目总投资为1020万元，${list}`);
  // Counts that fall short of the total's leave the list open.
  flags(`共安排7个项目，项目总投资为1150万元，${list}`);
  // What was done is no name of what the projects cost.
  flags('共安排6个项目，项目总投资为1150万元，其中：基础设施项目3项，完成投资760万元；产业发展项目2项，完成投资248万元；项目管理1项，完成投资12万元。');
});

test('the province\'s firms and those of the levels below it (市州及以下) are no overlapping cuts: parts above the total show', () => {
  flags('全省国有企业营业总收入⟦16200.0亿元⟧，同比增长12.1%。其中：省属国有企业6310.5亿元，同比增长11.7%；市州及以下国有企业10620.4亿元，同比增长12.4%。');
  flags('全省国有企业营业总收入16930.9亿元，同比增长12.1%。其中：省属国有企业6310.5亿元，同比增长11.7%；市州及以下国有企业10620.4亿元，同比增长12.4%。');
});

test('a change with its measure after the verb (同比增加装机A) is no level: the 其中 after it breaks the capacity down', () => {
  flags('截至9月底，全省装机容量⟦8120.40万千瓦⟧，同比增加装机615.20万千瓦。其中水电装机412.60万千瓦，占比5.0%，火电装机6210.30万千瓦，占比76.1%，新能源装机1540.70万千瓦，占比18.9%。');
  flags('截至9月底，全省装机容量8163.60万千瓦，同比增加装机615.20万千瓦。其中水电装机412.60万千瓦，占比5.1%，火电装机6210.30万千瓦，占比76.1%，新能源装机1540.70万千瓦，占比18.9%。');
});

test('a 收入总计 with its rates after it, then a 其中：sentence of balance items with rates of their own, is their sum', () => {
  const list = (own: string) => `（1）收入总计⟦9640万元⟧，完成调整预算的104.2%，同比增长8.6%。其中：本级收入${own}，完成调整预算的112.1%，同比下降2.3%；一般性转移支付补助收入4620万元，完成调整预算的100.4%；专项转移支付补助1480万元，完成调整预算的131.0%；动用预算稳定调节基金1720万元，完成调整预算的100%。`;
  flags(list('2020万元'));
  flags(list('1820万元').replace('⟦9640万元⟧', '9640万元'));
});

test('a balance list cut off mid-sentence (the end of an excerpt) is no whole list', () => {
  assert.deepEqual(findingsOf('（2）支出总计9640万元，完成调整预算的104.2%。其中：一般公共预算支出6120万元，为调整预算的88.1%；体制及专项上解1650万元，为调整预算的', CODE), []);
});

test('a 其中 list closed by a rest named by examples (土地增值税、契税等其他税种) keeps every clause; the rest lies beside 增值税', () => {
  const list = (vat: string) => `税收收入41260万元，比上年减少1830万元，同比下降4.2%。其中，增值税${vat}，同比下降12.3%；企业所得税2840万元，同比下降8.1%；个人所得税3510万元，同比增长21.7%；土地增值税、契税、城市维护建设税等其他税种24600万元，同比下降3.6%。`;
  // 10310 + 2840 + 3510 + 24600 = 41260
  assert.deepEqual(findingsOf(list('10310万元'), CODE), []);
  assert.equal(findingsOf(list('11310万元'), CODE).length, 1);
  assert.equal(findingsOf(list('11310万元'), CODE)[0]?.severity, 'error');
});

test('a province\'s allocation by its own level and the cities and counties, and high technology\'s two halves, make up their totals', () => {
  flags('在本批次新增地方政府债务限额⟦640亿元⟧中，省级使用21.40亿元，占全部新增债务限额的3.5%；市县级使用588.60亿元，占96.5%。');
  flags('在本批次新增地方政府债务限额610亿元中，省级使用21.40亿元，占全部新增债务限额的3.5%；市县级使用588.60亿元，占96.5%。');
  flags('全年高技术产业实际使用外资⟦1650亿元⟧，其中高技术制造业实际使用外资602.4亿元，高技术服务业实际使用外资987.6亿元。');
  // The province and one lower level only: no whole.
  assert.deepEqual(findingsOf('新增地方政府债务限额640亿元，其中省级使用21.40亿元，县级使用388.60亿元。', CODE), []);
});

test('an area\'s water and land make it up; two classes of one kind (基础设施类, 产业类) before their measure are one cut', () => {
  flags('生态修复工程总占地面积⟦320亩⟧（水域面积165亩，陆域面积135亩）。');
  flags('生态修复工程总占地面积300亩（水域面积165亩，陆域面积135亩）。');
  flags('一季度，省属企业固定资产投资完成⟦198.2亿元⟧，同比增长29.3%。其中，基础设施类完成投资136.3亿元，同比增长20.4%；产业类完成投资71.9亿元，同比增长48.5%。');
});

test('short kinds of one thing (猪肉, 牛肉, 羊肉产量; 水电, 火电) after a 其中 that opens its sentence are parts in every `；` clause', () => {
  // 33.1 + 9.2 + 4.3 + 9.7 = 56.3 (the first clause raised to 41.2 overshoots the total by 8.1)
  const list = (pork: string) => `全年肉类总产量⟦56.3万吨⟧，下降2.1%。其中，猪肉${pork}，同比下降3.0%；牛肉9.2万吨，同比增长1.8%；羊肉产量4.3万吨，同比增长2.2%；禽肉9.7万吨。`;
  flags(list('41.2万吨'));
  assert.deepEqual(findingsOf(list('33.1万吨').replace('⟦56.3万吨⟧', '56.3万吨'), CODE), []);
  flags('年末发电装机容量⟦960万千瓦⟧。其中，水电410万千瓦；火电520万千瓦；风电90万千瓦。');
  // Kinds that fall short of the total: other kinds (光伏, 生物质) may be left out.
  assert.deepEqual(findingsOf('年末发电装机容量960万千瓦。其中，水电310万千瓦；火电520万千瓦；风电90万千瓦。', CODE), []);
  // Not kinds of one thing: a fresh statement after the `；` ends the list.
  assert.deepEqual(findingsOf('全年肉类总产量5.6万吨。其中，猪肉3.4万吨；全年生猪出栏52.3万头，禽蛋产量6.1万吨。', CODE), []);
});

test('clauses that each give one amount and its share of the same named whole are items of one list (归集额)', () => {
  // 148.91 + 13.46 = 162.37; the total names both members (住房公积金和新职工住房补贴), so they make it up.
  const text = (total: string) => `全年共归集住房公积金和新职工住房补贴${total}，同比增长11.2%，其中住房公积金148.91亿元，占归集额的91.71%；新职工住房补贴13.46亿元，占归集额的8.29%。`;
  flags(text('⟦172.37亿元⟧'));
  assert.deepEqual(findingsOf(text('162.37亿元'), CODE), []);
  // A share of another whole in the next clause: no item of this list.
  assert.deepEqual(findingsOf('全年共归集住房公积金和新职工住房补贴172.37亿元，其中住房公积金148.91亿元，占归集额的91.71%；新增贷款13.46亿元，占贷款总额的8.29%。', CODE), []);
});

test('loans made to date less loans repaid are the loans outstanding, however the lending is worded (累计向…户职工发放)', () => {
  const text = (repaid: string) => `至年末，累计向6,130户职工发放住房公积金个人住房贷款⟦27.40亿元⟧，累计回收${repaid}，个人住房贷款余额为18.25亿元，较上年末增长9.6%。`;
  flags(text('10.15亿元'));
  assert.deepEqual(findingsOf(text('9.15亿元').replace('⟦27.40亿元⟧', '27.40亿元'), CODE), []);
});

test('a sentence that breaks down the same whole under its own mark (全市常住人口中…) holds no total for the next mark\'s parts', () => {
  assert.deepEqual(findingsOf('全市常住人口中0～14岁人口为41.20万人，占常住人口的14.8%；65岁及以上人口为33.50万人，占常住人口的12.0%。常住人口中，60岁及以上人口为52.70万人，占常住人口的18.9%。', CODE), []);
  // (Also when the first mark does not open its sentence: a page glued a heading and a table row before it.)
  assert.deepEqual(findingsOf('乙县11.52丙市50.64三、年龄构成据抽样调查推算，全市常住人口中0～14岁人口为41.20万人，占常住人口的14.8%；65岁及以上人口为33.50万人，占常住人口的12.0%。常住人口中，60岁及以上人口为52.70万人，占常住人口的18.9%。', CODE), []);
  // The whole stated before the marks still holds the parts.
  flags('全市常住人口为⟦50.00万人⟧。常住人口中，60岁及以上人口为52.70万人，占常住人口的18.9%。');
});

test('inland and coastal works make up a port total, not water transport\'s investment (support systems lie beside them)', () => {
  assert.deepEqual(findingsOf('全年完成水路固定资产投资1520亿元，比上年增长8.2%。其中，内河建设完成781亿元、增长12.1%，沿海建设完成722亿元、增长5.3%。', CODE), []);
  flags('全年港口完成货物吞吐量⟦1520万吨⟧。其中，内河港口完成781万吨，沿海港口完成722万吨。');
});

test('a province\'s fund spending lists its subsidies to lower levels as an item, not as the whole (补助下级支出, 丧葬抚恤补助支出)', () => {
  const text = (pension: string) => `2019年省本级企业职工基本养老保险基金总支出⟦131.60亿元⟧。其中基本养老金支出${pension}；丧葬抚恤补助支出2.70亿元；转移支出1.40亿元；补助下级支出26.00亿元。`;
  // 101.50 + 2.70 + 1.40 + 26.00 = 131.60
  flags(text('112.50亿元'));
  assert.deepEqual(findingsOf(text('101.50亿元').replace('⟦131.60亿元⟧', '131.60亿元'), CODE), []);
});

test('a fund\'s income of a year written out (2016年收入), its spending and the year\'s surplus make one balance', () => {
  const text = (income: string) => `城镇职工基本医疗保险基金。2016年收入${income}，增长11%，完成预算的104%；支出5130亿元，增长13%，完成预算的102%。本年收支结余1180亿元，年末滚存结余7020亿元。`;
  flags(text('⟦6210亿元⟧'));
  assert.deepEqual(findingsOf(text('6310亿元'), CODE), []);
});

test('a 分别 list that names the whole first and then its members (进出口、出口和进口) adds up', () => {
  flags('前三季度，全市外贸进出口、出口和进口三项指标全面增长，分别完成⟦832.4亿元⟧、503.1亿元、309.3亿元，同比分别增长4%、2.1%和7.2%。');
  flags('前三季度，全市进出口、出口、进口分别完成⟦832.4亿元⟧、503.1亿元和309.3亿元。');
  assert.deepEqual(findingsOf('前三季度，全市进出口、出口、进口分别完成812.4亿元、503.1亿元和309.3亿元。', CODE), []);
  // Names that do not enumerate the members: no whole.
  assert.deepEqual(findingsOf('前三季度，全市进出口、一般贸易、加工贸易分别完成832.4亿元、503.1亿元和309.3亿元。', CODE), []);
});

test('an amount that several items receive each (A、B、C各x) counts once per item', () => {
  const text = (farm: string) => `预备费安排1.80亿元，实际支出⟦0.47亿元⟧，包括一般公共服务支出、教育支出、援助其他地区支出各0.09亿元，农林水支出${farm}，城乡社区支出0.05亿元，国防支出、科技支出、金融支出以及商业服务业等支出各0.01亿元，其他支出0.03亿元。`;
  // 3 × 0.09 + 0.08 + 0.05 + 4 × 0.01 + 0.03 = 0.47
  assert.deepEqual(findingsOf(text('0.08亿元').replace('⟦0.47亿元⟧', '0.47亿元'), CODE), []);
  flags(text('0.18亿元'));
  // Items whose names may hold a second item (体育与传媒): how many share the amount is not written; silence.
  assert.deepEqual(findingsOf(text('0.18亿元').replace('⟦0.47亿元⟧', '0.47亿元').replace('教育支出', '文化旅游体育与传媒支出'), CODE), []);
});

test('private firms counted again inside domestic firms make no overshoot of the market entities', () => {
  assert.deepEqual(findingsOf('截至年末，全县共有各类经营主体5.37万户，比上年增长1.2%。其中，内资企业1.42万户，增长2.0%；私营企业1.31万户，增长2.3%；外资企业18户；个体工商户3.94万户，增长0.9%。', CODE), []);
});

test('a total named by its members (省、市重点项目) or by a quoted count (“三保”) in a plain bracket adds up', () => {
  flags('“十四五”期间，省、市重点项目完成总投资⟦283.5亿元⟧，其中省重点项目完成总投资38亿元，市重点项目完成总投资255.5亿元。');
  assert.deepEqual(findingsOf('“十四五”期间，省、市重点项目完成总投资293.5亿元，其中省重点项目完成总投资38亿元，市重点项目完成总投资255.5亿元。', CODE), []);
  flags('一般公共预算支出中，“三保”支出共计⟦198,420万元⟧（保工资支出143,300万元，保运转支出3,120万元，保基本民生支出52,400万元）。');
  assert.deepEqual(findingsOf('一般公共预算支出中，“三保”支出共计198,820万元（保工资支出143,300万元，保运转支出3,120万元，保基本民生支出52,400万元）。', CODE), []);
});

test('a balance whose base closes the `；` clause that 加上 opens the next after (同口径增长…；加上…) adds up', () => {
  const text = (sum: string) => `全省一般公共预算地方收入完成2148.9亿元，增长2.6%，剔除特殊因素影响后同口径增长6%；加上中央补助3153亿元，一般债务收入630.9亿元，调入资金等347.4亿元，上年结转425.4亿元，收入合计${sum}。`;
  // 2148.9 + 3153 + 630.9 + 347.4 + 425.4 = 6705.6
  assert.deepEqual(findingsOf(text('6705.6亿元'), CODE), []);
  flags(text('⟦6805.6亿元⟧'));
  // Two clauses between the base and 加上: the base is not the one before the `；`.
  assert.deepEqual(findingsOf('全省税收收入完成1148.9亿元；非税收入1000亿元；加上中央补助3153亿元，一般债务收入630.9亿元，调入资金等347.4亿元，上年结转425.4亿元，收入合计6805.6亿元。', CODE), []);
});

test('a balance list under 总收入 closed by an item that lumps the other sources together (…及上年结转收入等) is whole', () => {
  const text = (total: string) => `全市一般公共预算总收入${total}，其中：当年收入212.14亿元，完成预算的101.7%，增长6%；税收返还和转移支付收入165.7亿元，调入资金、动用预算稳定调节基金及上年结转收入等109.74亿元。`;
  // 212.14 + 165.7 + 109.74 = 487.58
  assert.deepEqual(findingsOf(text('487.58亿元'), CODE), []);
  flags(text('⟦477.58亿元⟧'));
  // Without the lumped closing item a 总收入 list may leave a source out: falling short is not flagged.
  assert.deepEqual(findingsOf('全市一般公共预算总收入497.58亿元，其中：当年收入212.14亿元；税收返还和转移支付收入165.7亿元，上年结转收入109.74亿元。', CODE), []);
});

test('the insured are the working and the retired, written bare (在职, 退休); a fund\'s plan lists every source with its 其他收入预算', () => {
  flags('2018年省本级企业职工基本养老保险参保人数预计⟦120.3万人⟧，其中：在职71.88万人、退休38.42万人，退休人员占总参保人数比例为34.8%。');
  assert.deepEqual(findingsOf('全校教职工1200人，其中在职800人，退休300人。', CODE), []);
  flags('2018年省本级企业职工基本养老保险基金总收入预计⟦160.20亿元⟧。其中：（1）养老保险费收入预算98.40亿元；（2）财政补贴收入预算10.60亿元；（3）委托投资收益预算23亿元；（4）其他收入预算2.2亿元；（5）转移收入预算16亿元。');
});

test('a household\'s per-head business income is made of its per-head income by industry', () => {
  const text = (industry: string) => `农民家庭二、三产业生产经营收入人均⟦284元⟧，同比增长10.6%。其中，工业收入人均${industry}，增长12.3%；建筑业收入人均36元，增长16.8%；第三产业收入人均184元，增长9.1%。`;
  // 64 + 36 + 184 = 284
  assert.deepEqual(findingsOf(text('64元').replace('⟦284元⟧', '284元'), CODE), []);
  flags(text('94元'));
  // Town and country averages are no components of it.
  assert.deepEqual(findingsOf('全县居民人均经营净收入2840元。其中，城镇居民人均经营净收入3100元，农村居民人均经营净收入2600元。', CODE), []);
});

test('a numbered heading glued before the date (二、城乡构成2023年年末…人口中，) still opens a breakdown of the population', () => {
  const text = (total: string) => `一、常住人口总量2023年年末全区常住人口为${total}，比2022年减少5.17万人。二、城乡构成2023年年末全区常住人口中，城镇人口为1567.14万人，比2022年增加19.94万人；乡村人口为728.85万人，比2022年减少25.11万人。`;
  assert.deepEqual(findingsOf(text('2295.99万人'), CODE), []);
  flags(text('⟦2395.99万人⟧'));
});

test('a set named by its count before a count of units (两大产业集群汇聚企业…家) announces no list of those units', () => {
  assert.deepEqual(findingsOf('目前两大产业集群汇聚企业72家，其中规上企业31家、高新技术企业16家，预计年产值70亿元。', CODE), []);
  // The set before an amount still announces its items.
  flags('保障“五大任务”支出⟦152.86亿元⟧，其中：甲任务支出30亿元，乙任务支出30亿元，丙任务支出30亿元，丁任务支出30亿元，戊任务支出30亿元。');
});

test('the insured of one insurance are no parts of another\'s (医疗 total, 养老 parts)', () => {
  assert.deepEqual(findingsOf('全省基本医疗保险参保人数达到4252万人，本省户籍参保率超过98%。企业职工基本养老保险参保人数2101万人、城乡居民基本养老保险参保人数1201万人。', CODE), []);
  flags('全省基本养老保险参保人数达到⟦3402万人⟧。其中，企业职工基本养老保险参保人数2101万人、城乡居民基本养老保险参保人数1201万人。');
});

test('sources listed side by side (调入资金, 动用预算稳定调节基金, 上年结余) make no fund drawn on', () => {
  assert.deepEqual(findingsOf('上级专项转移支付收入19176万元，调入资金61151万元，动用预算稳定调节基金2480万元，上年结余50703万元。', CODE), []);
  flags('预算稳定调节基金结余⟦14343万元⟧，计划动用预算稳定调节基金6641万元，动用后预算稳定调节基金结余资金为7612万元。');
});

test('a housing fund: paid in to date less drawn is the deposit balance, which is the loans, bonds and funds left over; the year\'s deposits less withdrawals are kept', () => {
  flags('截至年末，住房公积金缴存总额⟦125899.77亿元⟧，提取总额77964.89亿元，缴存总额扣除提取总额后的缴存余额为57934.88亿元。');
  flags('截至年末，缴存余额⟦64041.40亿元⟧，个人住房贷款余额52313.53亿元，保障性住房建设试点项目贷款余额5.61亿元，国债余额11.24亿元，住房公积金结余资金10711.02亿元。');
  assert.deepEqual(findingsOf('截至年末，缴存余额63041.40亿元，个人住房贷款余额52313.53亿元，保障性住房建设试点项目贷款余额5.61亿元，国债余额11.24亿元，住房公积金结余资金10711.02亿元。', CODE), []);
  flags('2019年当年归集住房公积金⟦18.53亿元⟧，完成省下达计划的105.4%；住房公积金提取10.15亿元，占当年归集额的52.05%，当年结余9.38亿元。');
  assert.deepEqual(findingsOf('2019年当年归集住房公积金19.53亿元，完成省下达计划的105.4%；住房公积金提取10.15亿元，占当年归集额的52.05%，当年结余9.38亿元。', CODE), []);
});

test('one sentence may settle two balances, each closing its 加上 list with 总收入 or 总支出 after 后', () => {
  const text = (fund: string) => `全市一般公共预算收入1,854.7亿元，增长0.5%，加上上级补助收入624.1亿元、调入资金327亿元、上年结转102.9亿元后，全市一般公共预算总收入2,908.7亿元；全市一般公共预算支出2,477.4亿元，下降6.5%，加上上解支出191.9亿元、补充预算稳定调节基金${fund}、债务还本支出16.4亿元后，全市一般公共预算总支出⟦2,916.8亿元⟧，收支相抵年终结转-8.1亿元。`;
  // 2477.4 + 191.9 + 231.1 + 16.4 = 2916.8
  assert.deepEqual(findingsOf(text('231.1亿元').replace('⟦2,916.8亿元⟧', '2,916.8亿元'), CODE), []);
  flags(text('241.1亿元'));
});

test('a 加上 list with an item taken away (减去…) is not summed as if every item were added', () => {
  assert.deepEqual(findingsOf('一般公共预算收入38.7亿元，加上上级财政转移支付等收入7.1亿元，上年结余0.82亿元，一般债务收入16.1亿元，减去债务还本支出0.2亿元，一般公共预算总收入62.5亿元。', CODE), []);
});

test('shares naming the total itself (占定期存款总额的) that make 100 % say the list is whole', () => {
  const text = (total: string) => `年末储存住房公积金定期存款${total}，其中一年期以上定期存款14.55亿元，占定期存款总额的87.8%；一年期以下定期存款2.02亿元，占定期存款总额的12.2%。`;
  assert.deepEqual(findingsOf(text('16.57亿元'), CODE), []);
  flags(text('⟦18.57亿元⟧'));
});

test('families defined by the statistics: housing sold, water by source and by use, debt with foreign loans, firms by level', () => {
  // Each sums exactly when written right and is flagged when the total is off.
  const cases: [string, string][] = [
    ['全市商品房销售面积为⟦{T}万平方米⟧（其中销售现房40.20万平方米，期房688.15万平方米）。', '728.35'],
    ['全省供水总量为⟦{T}亿立方米⟧，其中地表水源供水量201.34亿立方米，地下水源供水量18.72亿立方米，其他水源供水量5.06亿立方米。', '225.12'],
    ['全市总用水量⟦{T}亿立方米⟧，其中农业用水量41.20亿立方米，工业用水量7.35亿立方米，生活用水量9.80亿立方米，人工生态环境补水量1.65亿立方米。', '60.00'],
    ['下达我市新增地方政府债务限额⟦{T}亿元⟧，其中一般债券22.40亿元、专项债券301.15亿元、外债限额0.85亿元。', '324.40'],
    ['全省国有企业营业总收入⟦{T}亿元⟧。其中：省属国有企业4213.6亿元；市州及以下国有企业812.4亿元。', '5026.0'],
    ['全省国有企业上交税费⟦{T}亿元⟧，分级次看：省级企业上交税费516亿元，市县企业上交税费61亿元。', '577'],
    ['全年当地外出务工劳动力⟦{T}万人⟧，其中省内转移842万人，省外输出903万人，境外就业6万人。', '1751'],
    ['全国卫生总费用⟦{T}亿元⟧，其中政府卫生支出1822.4亿元，社会卫生支出2566.0亿元，个人卫生支出1741.6亿元。', '6130.0'],
    ['全省工业投资⟦{T}亿元⟧，增长6.2%；其中，采矿业投资412亿元，下降3.0%；制造业投资2655亿元，增长8.1%；电力、热力、燃气及水生产和供应业投资530亿元，增长12.4%。', '3597'],
    ['全县第二产业增加值⟦{T}亿元⟧，其中工业增加值88.6亿元，建筑业增加值21.9亿元。', '110.5'],
  ];
  for (const [shape, total] of cases) {
    assert.deepEqual(findingsOf(shape.replace('{T}', total).replace(/[⟦⟧]/g, ''), CODE), [], shape);
    flags(shape.replace('{T}', String(Number(total) + 10)));
  }
});

test('a second level without 及以下, or a use left out, makes no whole', () => {
  assert.deepEqual(findingsOf('全省国有企业营业总收入5126.0亿元，其中省属国有企业4213.6亿元，市属国有企业812.4亿元。', CODE), []);
  assert.deepEqual(findingsOf('全市总用水量70.00亿立方米，其中农业用水量41.20亿立方米，工业用水量7.35亿立方米，生活用水量9.80亿立方米。', CODE), []);
  assert.deepEqual(findingsOf('全省供水总量为235.12亿立方米，其中地表水源供水量201.34亿立方米，地下水源供水量18.72亿立方米。', CODE), []);
});

test('an item whose figure has no unit (`冬荞700，`) leaves the list unread, however its other parts add up', () => {
  assert.deepEqual(findingsOf('全镇小春作物播种面积6100亩，其中，蚕豆1900亩，豌豆1600亩，小麦1500亩，冬荞700，其它400亩。', CODE), []);
  flags('全镇小春作物播种面积⟦6100亩⟧，其中，蚕豆1900亩，豌豆1600亩，小麦1500亩，冬荞700亩，其它500亩。');
});

/** Lists read whole: each consistent text is silent, and with one figure changed its total is flagged. */
const WHOLE_LISTS: [name: string, text: string, total: string, from: string, to: string][] = [
  [
    'a growth rate that lost its % (`同比增长23.5；`) is a change of its item: the list is read all the same',
    '全市景区共实现门票收入6820万元，同比增长12.4%。其中东城区实现门票收入3150万元，同比增长23.5；西山区实现门票收入2410万元，同比下降3.2%；南湖区实现门票收入800万元，同比增长8.8%；北坪县实现门票收入460万元，同比增长5.1%。',
    '6820万元',
    '800万元',
    '1300万元',
  ],
  [
    'under 其中, a `；` clause that opens on a bare figure (`；6.8万元结转下年`) names no item: the list ends before it',
    '安排12.6万元用于结算部分县区手术费用，其中：东湖区7.9万元、西岭县4.7万元；6.8万元结转到下一年度继续使用。',
    '12.6万元',
    '7.9万元',
    '9.9万元',
  ],
  [
    'under 其中, one item per clause after a 、 list, named alike (…资金), goes on the list',
    '全年全县投入财政专项扶贫资金2360万元，其中：第二批中央财政专项扶贫资金1250万元、第二批省级财政专项扶贫资金480万元、市级财政专项扶贫资金310万元，县级配套资金320万元。',
    '2360万元',
    '320万元',
    '520万元',
  ],
  [
    'a clause stating the items\' ratio (产值比为a:b:c) closes the list; a per-head figure after it is no item',
    '全县实现林业总产值7.215亿元，其中：第一产业产值31260万元，第二产业产值12480万元，第三产业产值28410万元，一、二、三产业产值比为43.3:17.3:39.4，农民人均从林业获得收入1086元。',
    '7.215亿元',
    '12480万元',
    '14480万元',
  ],
  [
    'a pair and its complement named with the change that reached each level (增…至, 升至) make up the total',
    '本月新批核的住宅按揭贷款按月升35.2%至42.6亿元。其中，居民部分增31.8%至37.9亿元；非居民部分升至4.7亿元。',
    '42.6亿元',
    '4.7亿元',
    '3.7亿元',
  ],
];
for (const [name, text, total, from, to] of WHOLE_LISTS) test(name, () => holdsToTotal(text, total, from, to));

test('a figure right after 同期水平 (`超过去年同期水平18.3万吨`) is a difference, no part', () => {
  assert.deepEqual(findingsOf('前天全市日供水总量达到96.2万吨，比去年同期纪录多出约15.1万吨，其中水务集团日供水量已经达到88.4万吨，超过去年同期水平13.6万吨。', CODE), []);
});

test('a count written 174萬6,378家 (万 then a comma-grouped tail) is one figure, not its last four digits', () => {
  assert.deepEqual(findingsOf('全国公司行号登记现有家数为174萬6,378家，其中设立于本市之公司登记现有家数为17萬7,593家。', CODE), []);
});

test('an amount over the budget (比预算超收N) closing the base clause is no base of the 加上 list', () => {
  const text = (total: string) => `省级一般公共预算地方收入268.5亿元，为预算的104.2%，比预算超收10.8亿元，超收资金全部补充预算稳定调节基金；加上中央补助2410.6亿元，市县上解188.3亿元，上年结转61.2亿元，收入合计${total}。`;
  assert.deepEqual(findingsOf(text('2928.6亿元'), CODE), []);
  flags(text('⟦2938.6亿元⟧'));
});

test('when one 总计 list of the document falls far short, the writer lists main items only: no 总计 list is read as whole', () => {
  const doc = (last: string) => `市本级一般公共预算支出总计1860.42亿元，其中：一般公共预算支出970.5亿元，为预算的95.1%，结转下年支出40.12亿元。\n市本级国有资本经营预算支出总计${last}，其中：国有资本经营预算支出2.75亿元，为预算的97.2%，调出资金41.60亿元，结转下年支出0.36亿元。`;
  assert.deepEqual(findingsOf(doc('45.93亿元'), CODE), []);
  // Alone, the same list is whole and its shortfall is flagged.
  flags('市本级国有资本经营预算支出总计⟦45.93亿元⟧，其中：国有资本经营预算支出2.75亿元，为预算的97.2%，调出资金41.60亿元，结转下年支出0.36亿元。');
});

test('a total, then the members of a known family one sentence each, add up', () => {
  const text = (local: string) => `1—9月，全国一般公共预算收入⟦163820亿元⟧，同比增长1.2%。中央一般公共预算收入71540亿元，下降0.8%。地方一般公共预算本级收入${local}，增长2.9%。`;
  assert.deepEqual(findingsOf(text('92280亿元').replace(/[⟦⟧]/g, ''), CODE), []);
  flags(text('93280亿元'));
  // A 万/亿 slip in one member sentence is caught by the same sum.
  assert.deepEqual(findingsOf(text('92280万元').replace(/[⟦⟧]/g, ''), 'magnitude-suspect').length, 1);
  flags('全市年末常住人口⟦148.6万人⟧，比上年增加0.5万人。城镇人口87.3万人，占常住人口比重为58.7%。乡村人口63.3万人。');
});

test('member sentences after per-head figures or after a sibling measure make no sum', () => {
  // Per-head incomes are averages: the all-residents figure is no sum of the urban and rural ones.
  assert.deepEqual(findingsOf('全年全体居民人均可支配收入28460元，增长5.6%。城镇居民人均可支配收入36120元，增长4.9%。农村居民人均可支配收入20470元，增长6.8%。', CODE), []);
  // A family that names its total (中学) does not take a sibling's figure measured alike (招生) for it.
  assert.deepEqual(findingsOf('中等职业教育招生41.20万人，在校生120.35万人。普通高中招生58.70万人，在校生170.12万人。初中招生129.40万人，在校生385.60万人。', CODE), []);
});

test('a session\'s members: due = absent + present', () => {
  assert.deepEqual(findingsOf('本次大会应到代表386人，因事因病请假缺席9人，实到代表377人，符合法定人数。', CODE), []);
  flags('本次大会应到代表⟦386人⟧，因事因病请假缺席9人，实到代表367人，符合法定人数。');
});

test('budget totals settled as 结转结余, and a fund\'s bare 当期结余 opening the next sentence', () => {
  const settled = (left: string) => `预计全市一般公共预算总收入⟦3869.4亿元⟧；一般公共预算支出3102.5亿元，考虑与上级财政体制关系后，预计公共预算总支出3759.4亿元。收支相抵后，结转结余${left}。`;
  assert.deepEqual(findingsOf(settled('110亿元').replace(/[⟦⟧]/g, ''), CODE), []);
  flags(settled('120亿元'));
  const fund = (left: string) => `市本级社会保险基金预算收入完成⟦418.45亿元⟧，为预算的99.8%。市本级社会保险基金预算支出411.75亿元，为预算的98.9%。当期结余${left}，年末滚存结余601.76亿元。`;
  assert.deepEqual(findingsOf(fund('6.7亿元').replace(/[⟦⟧]/g, ''), CODE), []);
  flags(fund('7.7亿元'));
});

test('Hong Kong exports, Macau visitors and flats sold finished or off plan are families', () => {
  assert.deepEqual(findingsOf('今年上半年总出口货值为67.1亿元，其中再出口57.9亿元，本地产品出口9.2亿元。', CODE), []);
  flags('今年上半年总出口货值为⟦69.1亿元⟧，其中再出口57.9亿元，本地产品出口9.2亿元。');
  flags('第一季旅客总消费为⟦213.5亿元⟧，其中留宿旅客164.3亿元，不过夜旅客39.2亿元。');
  flags('全年住宅单位成交总值⟦213.3亿元⟧，其中现货住宅184.8亿元，楼花18.5亿元。');
});

test('members one sentence each may be numbered: (1)中央企业…。(2)地方国有企业…', () => {
  const text = (local: string) => `1-9月，国有企业营业总收入⟦512460.5亿元⟧，同比增长3.1%。(1)中央企业298410.2亿元，同比增长2.4%。(2)地方国有企业${local}，同比增长4.0%。`;
  assert.deepEqual(findingsOf(text('214050.3亿元').replace(/[⟦⟧]/g, ''), CODE), []);
  flags(text('224050.3亿元'));
});

test('compulsory education is primary and junior school; workers moved within or out of the province', () => {
  flags('全国义务教育阶段在校生中随迁子女共⟦1420.50万人⟧。其中，在小学就读1050.20万人，在初中就读380.30万人。');
  assert.deepEqual(findingsOf('全国义务教育阶段在校生中随迁子女共1430.50万人。其中，在小学就读1050.20万人，在初中就读380.30万人。', CODE), []);
  flags('农村劳动力转移就业总量⟦3234.33万人⟧，其中省内转移1878.36万人，省外输出1255.97万人。');
});

test('complaints are about goods or services; visitors stay overnight or come for the day', () => {
  flags('本月共受理投诉⟦1620件⟧，同比增长4.5%。其中商品类投诉812件，占50.1%；服务类投诉788件，占48.6%。');
  assert.deepEqual(findingsOf('本月共受理投诉1600件，同比增长4.5%。其中商品类投诉812件；服务类投诉788件。', CODE), []);
  flags('黄金周7天，全省累计接待国内外游客⟦2210.5万人次⟧。其中，接待过夜游客860.2万人次；接待“一日游”游客1330.3万人次。');
});

test('a Taiwan budget\'s spending is current and capital (经常门, 资本门)', () => {
  flags('本年度总预算案岁出编列⟦1,473亿元⟧，于经常门编列1,148.48亿元、资本门编列304.52亿元。');
  assert.deepEqual(findingsOf('本年度总预算案岁出编列1,453亿元，于经常门编列1,148.48亿元、资本门编列304.52亿元。', CODE), []);
});

test('births, deaths and the natural increase written with 爲 (Hong Kong) are read like 為', () => {
  assert.deepEqual(findingsOf('去年年中至今年年中的出生人數爲51200人，死亡人數爲37000人，自然增長人數爲14200人。', CODE), []);
  flags('去年年中至今年年中的出生人數爲⟦51200人⟧，死亡人數爲37000人，自然增長人數爲15200人。');
});

test('a main-business profit above the total profit is no part over its total (other items may be losses)', () => {
  assert.deepEqual(findingsOf('集体企业实现利润总额725.4亿元，增长2.1%，其中，主营活动利润766.4亿元，下降7.5%。', CODE), []);
});

test('members written with their figures in brackets (再出口（A）及本地产品出口（B）分别增加…) make up their total', () => {
  assert.deepEqual(findingsOf('今年首季总出口货值为38.7亿元，按年上升12.3%；再出口（33.7亿元）及本地产品出口（5.0亿元）分别增加11.4%和18.5%。', CODE), []);
  flags('今年首季总出口货值为⟦40.8亿元⟧，按年上升12.3%；再出口（33.7亿元）及本地产品出口（5.0亿元）分别增加11.4%和18.5%。');
});

test('members listed before a 分别 clause of their shares are still a family list (经常门A、资本门B，分别占…)', () => {
  flags('本年度总预算案岁出编列⟦1,473亿元⟧，于经常门编列1,148.48亿元、资本门编列304.52亿元，分别占岁出总额78.0%、20.7%。');
  // Per-head incomes of town and country, then their growths: averages, never summed.
  assert.deepEqual(findingsOf('全体居民人均可支配收入28460元，其中城镇居民人均可支配收入36120元、农村居民人均可支配收入20470元，分别增长4.9%和6.8%。', CODE), []);
});

test('the central budget\'s spending: its own level, the transfers to the localities and the reserve fund', () => {
  const text = (total: string) => `中央财政支出总量${total}，增长9.7%。其中，中央本级支出17519亿元，增长8.1%；中央对地方税收返还和转移支付42101亿元，增长10%；中央预备费500亿元，与上年预算持平。`;
  assert.deepEqual(findingsOf(text('60120亿元'), CODE), []);
  flags(text('⟦61120亿元⟧'));
});

test('Hong Kong\'s population is its usual and its mobile residents', () => {
  assert.deepEqual(findingsOf('年中人口临时数字为6943600人，其中常住居民6733600人，流动居民210000人。', CODE), []);
  flags('年中人口临时数字为⟦6953600人⟧，其中常住居民6733600人，流动居民210000人。');
});

test('births less deaths said with 的 (以出生人数的A减去死亡人数的B计算) give the natural increase', () => {
  assert.deepEqual(findingsOf('以出生人数的82700人减去死亡人数的40200人计算，去年年中至今年年中的人口自然增长为42500人。', CODE), []);
  flags('以出生人数的⟦82700人⟧减去死亡人数的40200人计算，去年年中至今年年中的人口自然增长为43500人。');
});

test('amounts written with 兆 and an 亿 tail (7兆3,258亿元) are whole figures of a balance', () => {
  assert.deepEqual(findingsOf('明年编列总收入6兆3,258亿元、总支出6兆764亿元，盈余2,494亿元。', CODE), []);
  flags('明年编列总收入⟦6兆3,258亿元⟧、总支出6兆764亿元，盈余2,594亿元。');
});

test('state-controlled and joint-stock firms in one list overlap: their sum above the total says nothing', () => {
  assert.deepEqual(findingsOf('上半年规模以上工业企业实现利润总额为31180亿元。其中国有控股企业实现利润总额10520.4亿元；股份制企业利润总额23110.6亿元；外商及港澳台商投资企业7560.2亿元；私营企业8650.1亿元。', CODE), []);
});

test('a list of parts joined by 、 and closed by 等其他 covers its total', () => {
  // Each part an item of its own between pauses: the closing rest takes in everything not named.
  flags('全市均衡性转移支付⟦420.50亿元⟧（其中：县级基本财力保障补助12.30亿元、重点生态功能区补助96.20亿元、革命老区补助61.00亿元、奖励补助、困难县补助等其他均衡性转移支付140.00亿元）。');
  assert.deepEqual(findingsOf('全市均衡性转移支付309.50亿元（其中：县级基本财力保障补助12.30亿元、重点生态功能区补助96.20亿元、革命老区补助61.00亿元、奖励补助、困难县补助等其他均衡性转移支付140.00亿元）。', 'sum-mismatch'), []);
  // Two parts in one comma clause are no enumeration: the 其他 closes that clause only.
  assert.deepEqual(findingsOf('全市转移支付420.50亿元（其中：县级补助12.30亿元，生态补助96.20亿元、革命老区补助61.00亿元，奖励补助等其他补助140.00亿元）。', 'sum-mismatch').filter((f) => f.severity === 'error'), []);
});

test('yields per mu of the seasons are no parts of the year\'s yield', () => {
  assert.deepEqual(findingsOf('全年粮食亩产365公斤，总产41.2万吨。其中，夏粮亩产310公斤，总产15.1万吨；秋粮亩产402公斤，总产26.1万吨。', 'sum-mismatch'), []);
});

test('money received = paid on + still held, and income = spending + what offsetting leaves', () => {
  flags('截至9月底，市本级累计收到救灾资金⟦58.40亿元⟧，累计拨付41.25亿元，结余15.15亿元。');
  assert.deepEqual(findingsOf('截至9月底，市本级累计收到救灾资金56.40亿元，累计拨付41.25亿元，结余15.15亿元。', 'sum-mismatch'), []);
  flags('本县接受社会捐赠款物共计⟦3866.2万元⟧，支出2704.9万元，结存1061.3万元。');
  flags('县府明年度歲入編列⟦312.58億元⟧、歲出編列298.06億元，相抵有賸餘12.52億元。');
  assert.deepEqual(findingsOf('县府明年度歲入編列310.58億元、歲出編列298.06億元，相抵有賸餘12.52億元。', 'sum-mismatch'), []);
  // Another amount between the spending and the net (a transfer in) is offset too: no reading.
  assert.deepEqual(findingsOf('中央一般公共预算收入70230亿元，增长6%；中央一般公共预算支出82430亿元，增长9%；加上调入中央预算稳定调节基金1000亿元，中央一般公共预算收支总量相抵，赤字11200亿元。', 'sum-mismatch'), []);
});

test('an actual = its target + the excess written after the target (比计划目标B超过C)', () => {
  flags('全市生产总值由2015年的1820亿元增加到2020年的⟦2990亿元⟧，按可比价格计算，年均增长8.2%，比“十三五”规划目标2600亿元超过290亿元。');
  assert.deepEqual(findingsOf('全市生产总值由2015年的1820亿元增加到2020年的2890亿元，按可比价格计算，年均增长8.2%，比“十三五”规划目标2600亿元超过290亿元。', 'sum-mismatch'), []);
  flags('全年一般公共预算收入完成⟦7.46亿元⟧，比年初预算6.90亿元增收0.46亿元。');
  flags('全年工业投资13.8亿元，比目标任务⟦16亿元⟧少3.2亿元。');
  assert.deepEqual(findingsOf('全年工业投资12.8亿元，比目标任务16亿元少3.2亿元。', 'sum-mismatch'), []);
  // 超过 after no target is a bound (`超过290亿元` = more than): no relation.
  assert.deepEqual(findingsOf('全市生产总值2990亿元，比2019年的2600亿元超过290亿元。', 'sum-mismatch'), []);
});

test('a city\'s revenue by level: its own (市本级) and its counties and districts (县(市)区级) make it up', () => {
  flags('全市一般公共预算收入⟦96.4亿元⟧，比上年增长8.1%。其中，市本级41.25亿元，增长6.2%；县(市)区级52.15亿元，增长9.6%。');
  assert.deepEqual(findingsOf('全市一般公共预算收入93.4亿元，比上年增长8.1%。其中，市本级41.25亿元，增长6.2%；县(市)区级52.15亿元，增长9.6%。', 'sum-mismatch'), []);
  // A third level beside them (开发区): the two are no whole.
  assert.deepEqual(findingsOf('全市一般公共预算收入96.4亿元。其中，市本级36.25亿元；县(市)区级50.15亿元；开发区10.0亿元。', 'sum-mismatch').filter((f) => f.severity === 'error'), []);
});

test('a sentence opened by a cut that states one amount is the total of the 其中 sentence after it', () => {
  flags('按入境渠道统计，全年经海路入境旅客共⟦412,560人次⟧，比上年上升12.0%。其中经外港码头入境旅客增加10.5%，为398,410人次；经内港码头入境旅客亦上升31.9%，为24,150人次。');
  assert.deepEqual(findingsOf('按入境渠道统计，全年经海路入境旅客共422,560人次，比上年上升12.0%。其中经外港码头入境旅客增加10.5%，为398,410人次；经内港码头入境旅客亦上升31.9%，为24,150人次。', 'sum-mismatch'), []);
  // Two amounts in the cut's sentence: which one the 其中 breaks down is not written.
  assert.deepEqual(findingsOf('按入境渠道统计，经海路入境旅客412,560人次，经陆路入境旅客980,300人次。其中经外港码头入境旅客为398,410人次；经内港码头入境旅客为24,150人次。', 'sum-mismatch').filter((f) => f.severity === 'error'), []);
});

test('the total restated after something is counted in (含…后的总财力) is no part of it', () => {
  assert.deepEqual(findingsOf('全区含基金的总财力为41260万元（含上年净结余230万元后的总财力为41490万元），按照收支平衡的原则安排支出。', 'sum-mismatch'), []);
});

test('farmland lost = farmland gained + the net loss; the centre\'s spending = its own + grants to the localities', () => {
  flags('年度内全省耕地减少⟦26.8万亩⟧，其中建设占用耕地21.4万亩；同期耕地增加23.1万亩，增减相抵，耕地面积净减少2.7万亩。');
  assert.deepEqual(findingsOf('年度内全省耕地减少25.8万亩，其中建设占用耕地21.4万亩；同期耕地增加23.1万亩，增减相抵，耕地面积净减少2.7万亩。', 'sum-mismatch'), []);
  flags('中央财政总支出⟦14181亿元⟧，比预算增加748亿元。其中，中央本级支出5754亿元，比预算减少91亿元；补助地方支出6015亿元，比预算增加839亿元。');
  flags('地方财政总收入⟦14808亿元⟧，比上年增加2737亿元。其中，地方财政本级收入7793亿元；中央补助收入6015亿元。');
});

test('an actual = the plan its completion rate names + the excess after the rate (为年度预算B的P%，超收C)', () => {
  flags('全年地方财政总收入为⟦41.35亿元⟧，为年度预算41.08亿元的100.7%，超收0.37亿元。');
  assert.deepEqual(findingsOf('全年地方财政总收入为41.45亿元，为年度预算41.08亿元的100.9%，超收0.37亿元。', 'sum-mismatch'), []);
  // Another plan named before the excess: which plan it is over is written apart, no relation.
  assert.deepEqual(findingsOf('全年地方财政总收入为41.35亿元，为调整预算41.08亿元的100.7%，比年初预算超收0.37亿元。', 'sum-mismatch'), []);
});

test('a known family in the `；` clause before a 其中 still breaks down its total (经常门/资本门 …；其中，…)', () => {
  const found = findingsOf('明年度市总预算案岁出编列⟦1,073亿元⟧，于经常门编列828.48亿元、资本门编列144.52亿元，分别占岁出总额85.13%、14.87%；其中，岁出项目以教育科学文化支出占比最高，编列317.88亿元。', 'sum-mismatch').filter((f) => f.severity === 'error');
  assert.equal(found.length, 1);
  assert.deepEqual(findingsOf('明年度市总预算案岁出编列973亿元，于经常门编列828.48亿元、资本门编列144.52亿元，分别占岁出总额85.13%、14.87%；其中，岁出项目以教育科学文化支出占比最高，编列317.88亿元。', 'sum-mismatch').filter((f) => f.severity === 'error'), []);
});

test('a list opening the next sentence with 包括, counts backing it; sales = home sales + export delivery; gross in = out + net', () => {
  flags('本月共审批核准固定资产投资项目12个，总投资⟦1290亿元⟧。包括交通基础设施项目6个，总投资980亿元，能源项目3个，总投资220亿元，其它项目3个，总投资80亿元。');
  assert.deepEqual(findingsOf('本月共审批核准固定资产投资项目12个，总投资1280亿元。包括交通基础设施项目6个，总投资980亿元，能源项目3个，总投资220亿元，其它项目3个，总投资80亿元。', 'sum-mismatch'), []);
  // `包括…在内` names a set, it lists no parts.
  assert.deepEqual(findingsOf('全年新签约项目86个，总投资320亿元。包括5个百亿元项目在内的一批重大项目落地，总投资410亿元。', 'sum-mismatch'), []);
  flags('全市完成工业销售产值⟦641.2亿元⟧，增长12.8%。其中实现内销产值512.6亿元，增长11.5%；出口交货值118.6亿元，增长18.2%。');
  flags('本季要素收益总流入为⟦862亿元⟧，较去年同期上升3.2%。同期要素收益总流出较去年同期下跌4.1%至798亿元。总流入和总流出一并计算，本季对外要素收益净流入为74亿元。');
});

test('two named amounts and the gap written with both names (甲较乙多C): 甲 = 乙 + C', () => {
  flags('本季本地居民生产总值较去年同期轻微上升0.7%至⟦4,556亿元⟧。同季本地生产总值为4,364亿元，较去年同期下跌2.6%。本季的本地居民生产总值较本地生产总值多172亿元。');
  assert.deepEqual(findingsOf('本季本地居民生产总值较去年同期轻微上升0.7%至4,536亿元。同季本地生产总值为4,364亿元，较去年同期下跌2.6%。本季的本地居民生产总值较本地生产总值多172亿元。', 'sum-mismatch'), []);
  // A name that ends two levels of the paragraph (生产总值 twice) picks none.
  assert.deepEqual(findingsOf('全区生产总值120亿元，园区生产总值80亿元。生产总值较去年多15亿元。', 'sum-mismatch'), []);
});

test('a fund word right before the total labels it; the list opens at the next one (资金筹措：A，资金来源：…)', () => {
  flags('总投资及资金筹措：⟦398万元⟧，资金来源申请以工代赈中央投资384万元，地方配套资金28万元。');
  assert.deepEqual(findingsOf('总投资及资金筹措：398万元，资金来源申请以工代赈中央投资370万元，地方配套资金28万元。', 'sum-mismatch'), []);
});

test('the centre\'s total revenue = its own revenue + what the localities paid up', () => {
  flags('中央财政总收入⟦9271亿元⟧，比预算增加748亿元。其中，中央财政本级收入8578亿元，比预算增加748亿元；地方上解中央收入593亿元，与预算持平。');
  assert.deepEqual(findingsOf('中央财政总收入9171亿元，比预算增加748亿元。其中，中央财政本级收入8578亿元，比预算增加748亿元；地方上解中央收入593亿元，与预算持平。', 'sum-mismatch'), []);
});

test('after a budget\'s carry-over, its sources of income go on the 其中 list across `；`', () => {
  flags('本部门2024年收入预算⟦30496.03万元⟧，其中上年结转7644.46万元；一般公共预算拨款收入24157.70万元；事业收入1693.87万元。');
  assert.deepEqual(findingsOf('本部门2024年收入预算33496.03万元，其中上年结转7644.46万元；一般公共预算拨款收入24157.70万元；事业收入1693.87万元。', 'sum-mismatch'), []);
});

test('spending and income named again before their gap (岁出、岁入短绌C) make spending = income + C', () => {
  flags('市政府于市议会报告明年度总预算案，岁出⟦1790亿元⟧、岁入1660亿元，岁出、岁入短绌120亿元。');
  assert.deepEqual(findingsOf('市政府于市议会报告明年度总预算案，岁出1780亿元、岁入1660亿元，岁出、岁入短绌120亿元。', 'sum-mismatch'), []);
});

test('the country named 我国 is the whole of the centre\'s and the localities\' revenue', () => {
  flags('前11个月，我国财政收入达⟦49177.12亿元⟧，完成预算的109.3%，其中中央财政本级收入26854.74亿元，地方财政本级收入21322.38亿元。');
  assert.deepEqual(findingsOf('前11个月，我国财政收入达48177.12亿元，完成预算的109.3%，其中中央财政本级收入26854.74亿元，地方财政本级收入21322.38亿元。', 'sum-mismatch'), []);
});

test('a year-by-year run: each year\'s amount = the year before ± the change written after it', () => {
  const found = findingsOf('近年该项支出逐年下降：2021年支出合计24.25亿元；2022年支出合计20.15亿元，较上一年减少4.1亿元；2023年支出合计9.8亿元，较上一年减少11.35亿元。', 'sum-mismatch');
  assert.deepEqual(found.map((f) => f.severity), ['error']);
  assert.deepEqual(findingsOf('近年该项支出逐年下降：2021年支出合计24.25亿元；2022年支出合计20.15亿元，较上一年减少4.1亿元；2023年支出合计8.8亿元，较上一年减少11.35亿元。', 'sum-mismatch'), []);
  // Another measure in the year before (收入, not 支出): no pair.
  assert.deepEqual(findingsOf('2022年收入合计20.15亿元；2023年支出合计9.8亿元，较上一年减少11.35亿元。', 'sum-mismatch'), []);
});

test('a balance of payments: surpluses add, deficits are taken off, and the whole current account is held to its balance', () => {
  flags('一季度，经常账户逆差⟦337亿美元⟧，其中，货物贸易顺差248亿美元，服务贸易逆差434亿美元，初次收入逆差185亿美元，二次收入顺差14亿美元。');
  flags('货物和服务贸易顺差⟦500亿美元⟧，其中，货物贸易顺差820亿美元，服务贸易逆差300亿美元。');
  const found = findingsOf('货物和服务贸易顺差500亿美元，其中，货物贸易顺差820亿美元，服务贸易逆差300亿美元。', CODE);
  assert.deepEqual(found[0]?.fixes?.map((f) => f.edits[0]?.newText), ['520亿美元']);
});

test('no finding for signed balances that add up with their signs, or lists that may leave accounts out', () => {
  flags('一季度，经常账户逆差337亿美元，其中，货物贸易顺差248亿美元，服务贸易逆差434亿美元，初次收入逆差165亿美元，二次收入顺差14亿美元。');
  flags('货物和服务贸易顺差500亿美元，其中，货物贸易顺差520亿美元，服务贸易逆差20亿美元。');
  flags('经常账户顺差500亿美元，其中，货物贸易顺差620亿美元，服务贸易逆差40亿美元。'); // income accounts left out
  flags('资本和金融账户逆差31亿美元，其中，直接投资净流入213亿美元，储备资产减少12亿美元。'); // a net flow among other items
});

test('receipts broken down whole by goods and services still equal payments plus the surplus', () => {
  // Payments written wrong: receipts − payments no longer give the surplus, though goods + services still give the receipts.
  flags('4月，国际货物和服务贸易收入⟦15321亿元⟧，支出13947亿元，顺差2868亿元。其中，货物贸易收入13958亿元，支出10450亿元，顺差3509亿元；服务贸易收入1363亿元，支出2003亿元，逆差640亿元。');
  // All consistent: silent.
  flags('4月，国际货物和服务贸易收入15321亿元，支出12453亿元，顺差2868亿元。其中，货物贸易收入13958亿元，支出10450亿元，顺差3509亿元；服务贸易收入1363亿元，支出2003亿元，逆差640亿元。');
});

test('no part-above-total for averages per hectare, nor for indicators of another measure listed after a balance sheet', () => {
  flags('全省乔木林每公顷蓄积61.2立方米，其中，国有乔木林每公顷蓄积73.5立方米。');
  flags('企业国有资产总额9.4万亿元；负债总额6.1万亿元；所有者权益总额3.3万亿元。其中：国有资本权益总额2.6万亿元；营业总收入1.9万亿元。');
});

test('after `；` a clause that shares less of the total\'s name than the first part and opens its own 其中 is a sibling', () => {
  flags('全年完成造林面积383.0万公顷，其中人工造林面积120.1万公顷，占全年造林面积的31.4%；种草改良面积321.4万公顷，其中人工种草面积120.4万公顷。');
  // A second kind of afforestation, though named otherwise, is a part: the two exceed the total.
  flags('全年完成造林面积⟦383.0万公顷⟧，其中人工造林面积120.1万公顷；封山育林面积290.4万公顷。');
});

test('a ceiling named after the parts is no part: the family before it is held to the total', () => {
  flags('年末全市政府债务余额⟦475.41亿元⟧，包括一般债务余额167.04亿元、专项债务余额318.36亿元，控制在省核定的债务限额527.87亿元之内。');
  flags('年末全市政府债务余额475.40亿元，包括一般债务余额167.04亿元、专项债务余额308.36亿元，控制在省核定的债务限额527.87亿元之内。');
});

test('a clause whose own 其中 opens like the list itself is a total beside this one, not a part of it', () => {
  flags('全年下达我区新增债务限额⟦64.71亿元⟧，其中：一般债务限额4.1亿元，专项债务限额61.61亿元，当年收回债务限额0.8亿元，其中：一般债务限额0.3亿元、专项债务限额0.5亿元。');
  flags('全年下达我区新增债务限额64.71亿元，其中：一般债务限额4.1亿元，专项债务限额60.61亿元，当年收回债务限额0.8亿元，其中：一般债务限额0.3亿元、专项债务限额0.5亿元。');
});

test('exports and imports set against each other with 而…则 still make up the trade total', () => {
  flags('前五个月进出口总值⟦2964.2亿元⟧，增长10.4%。其中，出口额为1881.8亿元，增幅为5.6%；而进口额则为982.4亿元，增长21%。');
  flags('前五个月进出口总值2864.2亿元，增长10.4%。其中，出口额为1881.8亿元，增幅为5.6%；而进口额则为982.4亿元，增长21%。');
});

test('an amount written 亿 then 万 with decimals (7亿569.3万人) is one figure: its part under 其中 is no excess', () => {
  flags('完成加强免疫接种7亿569.3万人，其中序贯加强免疫接种1951.2万人。');
});

test('solar capacity is power stations plus distributed sites; wind capacity is on land plus offshore', () => {
  flags('上半年新增光伏发电装机⟦2440万千瓦⟧，其中，光伏电站1729万千瓦，同比减少16%；分布式光伏721万千瓦。');
  flags('上半年新增光伏发电装机2440万千瓦，其中，光伏电站1729万千瓦，同比减少16%；分布式光伏711万千瓦。');
  flags('前三季度风电新增并网容量3922万千瓦，其中陆上风电3619万千瓦，海上风电303万千瓦。');
  // One member alone under 其中 is a part, no family.
  flags('光伏发电累计装机8671万千瓦，其中分布式光伏1032万千瓦。');
});

test('loans by the five categories and Taiwan\'s unit plus attached-unit budgets make their totals', () => {
  flags('季末正常类贷款余额达⟦189.4万亿元⟧，其中，正常贷款185.3万亿元，关注类贷款4.5万亿元。');
  flags('季末正常类贷款余额达189.4万亿元，其中，正常贷款185.3万亿元，关注类贷款4.2万亿元。');
  flags('不良贷款余额⟦3.1万亿元⟧，其中，次级类贷款1.4万亿元，可疑类贷款1.1万亿元，损失类贷款0.9万亿元。');
  flags('編列「安全之都」⟦35.47億元⟧（包括單位預算10.68億元、附屬單位預算22.79億元）。');
});

test('a province\'s bond quota is what it keeps plus what it lends on to cities and counties', () => {
  flags('全年核定我省地方政府债券⟦164亿元⟧，其中，省级安排78亿元，转贷市县76亿元。');
  flags('全年核定我省地方政府债券154亿元，其中，省级安排78亿元，转贷市县76亿元。');
});

test('before 2003 farm output was crops, forestry, animal husbandry, sidelines and fishery', () => {
  flags('1989年农业总产值⟦5800.0万元⟧。其中：种植业产值3900.0万元；林业产值210.0万元；牧业产值1240.0万元；副业产值420.0万元；渔业产值130.0万元。');
  flags('1989年农业总产值5900.0万元。其中：种植业产值3900.0万元；林业产值210.0万元；牧业产值1240.0万元；副业产值420.0万元；渔业产值130.0万元。');
  // Without the sidelines the four branches are parts of the old total, not all of it.
  flags('1989年农业总产值5900.0万元。其中：种植业产值3900.0万元；林业产值210.0万元；牧业产值1240.0万元；渔业产值130.0万元。');
});

test('a class and its complement named with examples before it (园林草地等非耕地…) make the total', () => {
  flags('全区共有灌溉面积⟦88.60万亩⟧，其中耕地灌溉面积70.40万亩，园林草地等非耕地灌溉面积16.20万亩。');
  flags('全区共有灌溉面积86.60万亩，其中耕地灌溉面积70.40万亩，园林草地等非耕地灌溉面积16.20万亩。');
});

test('包括 after a part opens that part\'s own list: its items are no further parts of the total', () => {
  flags('2022年末，基金权益总额4300.60亿元，其中：甲类基金权益4250.40亿元，包括划入本金3900.10亿元，记账收益345.30亿元，风险准备金5.00亿元；乙类基金权益50.20亿元。');
  flags('2022年末，基金权益总额4300.60亿元，其中：甲类基金权益4250.40亿元，包括划入本金3900.10亿元，记账收益345.30亿元，风险准备金5.00亿元。');
  // The outer parts are still summed: the sibling after `；` makes them exceed the total.
  flags('2022年末，基金权益总额⟦4300.60亿元⟧，其中：甲类基金权益4250.40亿元，包括划入本金3900.10亿元，记账收益345.30亿元，风险准备金5.00亿元；乙类基金权益60.20亿元。');
});

test('a group\'s gross assets and liabilities net what its members owe each other: members\' own may add up to more', () => {
  flags('2022年末，基金资产总额1520.40亿元，负债总额230.10亿元，权益总额1290.30亿元。其中：甲基金资产总额1514.20亿元，负债总额230.60亿元，权益总额1283.60亿元；乙基金资产总额7.10亿元，负债总额0.40亿元，权益总额6.70亿元。');
  // By more than a sliver (0.5 %) the excess is a slip, not netting.
  flags('2022年末，基金资产总额⟦1515.00亿元⟧，负债总额230.10亿元。其中：甲基金资产总额1500.20亿元，负债总额229.60亿元；乙基金资产总额25.10亿元，负债总额0.40亿元。');
  // Classes that define gross assets (current, non-current) add up exactly.
  flags('2022年末，全系统资产总额⟦1520.40亿元⟧，其中：流动资产1514.20亿元，非流动资产7.10亿元。');
});

test('a fund\'s direct and entrusted investments, annuities drawn at once or by instalments, and its portfolios make their totals', () => {
  flags('2022年末，基金资产总额⟦2600.40亿元⟧。其中：直接投资资产800.10亿元，委托投资资产1810.30亿元；境内投资资产2300.20亿元，境外投资资产300.20亿元。');
  flags('2022年末，基金资产总额2610.40亿元。其中：直接投资资产800.10亿元，委托投资资产1810.30亿元。');
  flags('上半年，共有180.20万人领取企业年金，领取金额为⟦190.30亿元⟧，其中，一次性领取15.10亿元，分期领取165.20亿元。');
  flags('二季度末，年金基金期末资产金额⟦3.40万亿元⟧。其中，固定收益类资产金额4200.00亿元；含权益类资产金额3.10万亿元。');
  flags('全年基金权益投资收益额⟦690.20亿元⟧，其中：已实现收益额400.10亿元，交易类资产公允价值变动额280.10亿元。');
  // Drawn by instalments beside another kind of payment: no pair, and a shortfall is no error.
  flags('领取金额为210.30亿元，其中，一次性领取15.10亿元，分期领取165.20亿元，转移支付20.00亿元。');
});

test('the regulator\'s naming of loans: 正常贷款 is 正常类 plus 关注类', () => {
  flags('三季度末，商业银行正常贷款余额⟦98.6万亿元⟧，其中正常类贷款余额94.1万亿元，关注类贷款余额3.5万亿元。');
  flags('三季度末，商业银行正常贷款余额97.6万亿元，其中正常类贷款余额94.1万亿元，关注类贷款余额3.5万亿元。');
});

test('a fund\'s assets are its liabilities plus its equity (权益总额)', () => {
  flags('2022年末，某基金资产总额⟦2540.50亿元⟧，负债总额360.20亿元，权益总额1980.30亿元。');
  flags('2022年末，某基金资产总额2340.50亿元，负债总额360.20亿元，权益总额1980.30亿元。');
});

test('an amount\'s `…中，` list closed by `；` before a 其中 that breaks down one of its parts is read', () => {
  flags('本年度该部主管预算⟦3,500亿元⟧中，人员维持费1,700.00亿元、作业维持费1,000.00亿元、军事投资900.00亿元；其中军事投资主要由两项计划组成。');
  flags('本年度该部主管预算3,600亿元中，人员维持费1,700.00亿元、作业维持费1,000.00亿元、军事投资900.00亿元；其中军事投资主要由两项计划组成。');
});

test('a budget\'s revenue is its expenditure plus its surplus; a proposal is its cut plus what was approved', () => {
  flags('特区政府预计明年度一般综合预算收入⟦1,150亿元⟧，开支1,080亿元，预算盈馀80亿元。');
  flags('特区政府预计明年度一般综合预算收入1,160亿元，开支1,080亿元，预算盈馀80亿元。');
  flags('本年度政府收入為6,200億元，開支為⟦7,200億元⟧，綜合赤字為900億元。');
  // Bond proceeds folded into the deficit: the three no longer make the relation.
  flags('本年度政府收入為6,200億元，開支為7,200億元，計及發行政府債券所得款項，綜合赤字為900億元。');
  // The deficit recorded, named after its figure, spending written first (a monthly account).
  flags('截至9月底的首6個月，政府整體開支⟦4,120億元⟧，收入3,650億元，因而錄得480億元的赤字。');
  flags('截至9月底的首6個月，政府整體開支4,130億元，收入3,650億元，因而錄得480億元的赤字。');
  flags('截至9月底的首6個月，政府整體開支3,650億元，收入⟦4,120億元⟧，因此有480億元的盈餘。');
  // A conclusion inside an ordinary 其中 list is still no part of it.
  flags('下达资金900万元，其中市级资金300万元，县级资金200万元，因此可统筹资金700万元。');
  flags('歲出原列⟦1,300億5,000萬元⟧，審議結果減列3億1,000萬元，核列1,298億4,000萬元。');
  flags('歲出原列1,301億5,000萬元，審議結果減列3億1,000萬元，核列1,298億4,000萬元。');
  // An addition between them: the three no longer follow one another.
  flags('歲出原列1,300億5,000萬元，審議結果增列1億元，減列3億1,000萬元，核列1,298億4,000萬元。');
});

test('visitors are overnight plus same-day visitors, their figures in spaced brackets after the names', () => {
  flags('5月份入境旅客有⟦2,805,120人次⟧，按年上升12.9%；不过夜旅客( 1,467,300人次 )增加25.4%，留宿旅客( 1,328,820人次 )亦上升4.7%。');
  flags('5月份入境旅客有2,796,120人次，按年上升12.9%；不过夜旅客( 1,467,300人次 )增加25.4%，留宿旅客( 1,328,820人次 )亦上升4.7%。');
});

test('a change from one level to another read with the dates after 由 and 至 and in traditional script', () => {
  flags('契稅由前年的⟦95.40億元⟧減至去年的80.10億元，一口氣減少16.3億元。');
  flags('契稅由前年的96.40億元減至去年的80.10億元，一口氣減少16.3億元。');
  flags('人均可支配收入由2018年的1280元增至2023年的⟦2104元⟧，增加了814元。');
  flags('人均可支配收入由2018年的1280元增至2023年的2094元，增加了814元。');
  // A change whose size goes the other way is no such clause.
  flags('人均可支配收入由2018年的1280元增至2023年的2104元，减少了814元。');
});

test('inbound visitors are foreigners plus compatriots from Hong Kong, Macao and Taiwan', () => {
  flags('全年入境游客⟦12400万人次⟧，增长3.1%。其中，外国人3100万人次，增长4.2%；香港、澳门和台湾同胞9200万人次，增长2.7%。');
  flags('全年入境游客12300万人次，增长3.1%。其中，外国人3100万人次，增长4.2%；香港、澳门和台湾同胞9200万人次，增长2.7%。');
  // Under another total (tourism revenue by source) the two say nothing complete.
  flags('全年旅游外汇收入120亿美元，其中，外国人消费80亿美元，港澳台同胞消费30亿美元。');
});

test('a breakdown opened by 當中 (Hong Kong, Macao) with its last item joined by 及 is read whole', () => {
  flags('外匯基金全年錄得投資收入⟦2900億元⟧。當中，債券投資收益1300億元；香港股票投資收益300億元；其他股票投資收益700億元；外匯估值上調350億元；及其他投資收益360億元。');
  flags('外匯基金全年錄得投資收入3010億元。當中，債券投資收益1300億元；香港股票投資收益300億元；其他股票投資收益700億元；外匯估值上調350億元；及其他投資收益360億元。');
});

test('the list after a part\'s own 包括 is summed against that part', () => {
  flags('2021年末，基金权益总额4300.60亿元，其中：甲类基金权益⟦4250.40亿元⟧，包括划入本金3920.10亿元，记账收益345.30亿元，风险准备金5.00亿元；基金公积50.20亿元。');
  flags('2021年末，基金权益总额4300.60亿元，其中：甲类基金权益4250.40亿元，包括划入本金3900.10亿元，记账收益345.30亿元，风险准备金5.00亿元；基金公积50.20亿元。');
});

test('members with spaced bracketed figures joined by 及 still make a family list', () => {
  flags('今年首五个月入境旅客共⟦15,280,400人次⟧，按年增加2.1倍；留宿旅客( 7,120,300人次 )及不过夜旅客( 8,060,100人次 )。');
  flags('今年首五个月入境旅客共15,180,400人次，按年增加2.1倍；留宿旅客( 7,120,300人次 )及不过夜旅客( 8,060,100人次 )。');
});

test('a `；` clause whose own 其中 breaks its figure down is no further part of the first list (often another cut)', () => {
  flags('内地旅客增加2.5倍至1,850,400人次，其中个人游旅客960,200人次，上升3.8倍；大湾区九市旅客增加1.9倍至910,300人次，其中珠海市旅客230,100人次。');
  flags('内地旅客增加2.5倍至1,850,400人次，其中个人游旅客960,200人次；大湾区九市旅客910,300人次，当中珠海市( 230,100人次 )及广州市旅客( 190,200人次 )分别占25.3%及20.9%。');
  // The second list itself is still held to its total.
  flags('内地旅客增加2.5倍至1,850,400人次，其中个人游旅客960,200人次；大湾区九市旅客⟦310,300人次⟧，当中珠海市( 230,100人次 )及广州市旅客( 190,200人次 )。');
});


test('a complete family in a 其中 list ends it before an item named as a total of its own', () => {
  flags('2023年，粮食总产量⟦41.50万吨⟧，比上年增长1.2%。其中，小春粮食产量11.20万吨，增长0.8%；大春粮食产量32.40万吨，增长1.4%；油料总产量5.06万吨，增长2.0%。');
  flags('2023年，粮食总产量43.60万吨，比上年增长1.2%。其中，小春粮食产量11.20万吨，增长0.8%；大春粮食产量32.40万吨，增长1.4%；油料总产量5.06万吨，增长2.0%。');
  // Members that are totals themselves go on (工业总产值 and 农业总产值 then 建筑业总产值): no end is read there.
  flags('1985年，社会总产值⟦50.6亿元⟧。其中，农业总产值12.1亿元；工业总产值30.2亿元；建筑业总产值4.3亿元；运输业总产值2.0亿元；商业总产值3.0亿元。');
});

test('a cut by residence or sex may run straight into its first member (`按城乡分城镇人口…`)', () => {
  flags('2023年末，全市常住人口⟦318.40万人⟧，比上年末减少0.6%。按城乡分城镇人口170.25万人，增长0.9%；乡村人口152.10万人，下降2.3%。按性别分男性人口162.30万人；女性人口156.10万人。');
  flags('2023年末，全市常住人口322.35万人，比上年末减少0.6%。按城乡分城镇人口170.25万人，增长0.9%；乡村人口152.10万人，下降2.3%。按性别分男性人口166.25万人；女性人口156.10万人。');
});

test('a 加上 balance whose base stands in a run of amounts is not read (the base is the run or its last item)', () => {
  // 长债 + 短债 + 支付 = 合计: the run before 加计 is the base, not 短债 alone.
  flags('2019年底，县库长债142.5亿元，短债81.3亿元，加计待支付款项133.6亿元，合计357.4亿元。');
  // A single base is still held to its items.
  flags('2019年，全县一般公共预算收入12.50亿元，加上级补助收入31.20亿元，加调入资金2.10亿元，收入总计⟦46.30亿元⟧。');
  flags('2019年，全县一般公共预算收入12.50亿元，加上级补助收入31.20亿元，加调入资金2.10亿元，收入总计45.80亿元。');
});

test('Taiwan\'s 歲計賸餘 / 歲計短絀 is a budget\'s income less its spending', () => {
  flags('本縣115年度總預算案，歲入編列⟦312億4520萬6000元⟧；歲出編列305億1200萬4000元，歲計賸餘7億1320萬2000元。');
  flags('本縣115年度總預算案，歲入編列312億4520萬6000元；歲出編列305億1200萬4000元，歲計賸餘7億3320萬2000元。');
  flags('明年度歲入編列208.4億元，歲出編列⟦217.4億元⟧，歲計短絀8億元。');
  // 歲計差額 is written for a gap either way: not read.
  flags('明年度歲入編列208.4億元，歲出編列217.4億元，歲計差額8億元。');
});

test('a 其中 after a clause that only restates the change like for like breaks down the figure before it', () => {
  const head = '2022年预计实现一般公共预算收入⟦42.6亿元⟧，比上年下降12.0%，完成预算86.5%。剔除留抵退税因素后，可比下降8.3%，其中，税收收入';
  flags(head + '30.1亿元，下降13.2%，剔除留抵退税因素后，可比下降7.9%；非税收入13.5亿元，下降9.4%。');
  flags(head.replace('⟦42.6亿元⟧', '43.6亿元') + '30.1亿元，下降13.2%，剔除留抵退税因素后，可比下降7.9%；非税收入13.5亿元，下降9.4%。');
});

test('an amount, what is taken off it and what is left (`扣除…仅剩`)', () => {
  flags('2024年度全县分得统筹款⟦188亿元⟧；扣除基本人事费117亿元，仅剩75亿元。');
  flags('2024年度全县分得统筹款192亿元；扣除基本人事费117亿元，仅剩75亿元。');
  flags('全县在册职工⟦520人⟧，增长2%，扣除退休人员130人后，剩余380人。');
  // A rate taken off is no amount; amounts of other units are not held together.
  flags('全年收入188亿元，扣除价格因素后增长3%，剩余75亿元。');
  flags('全年收入188亿元，扣除人员120人，剩余75亿元。');
});

test('a median adds up to nothing: a district\'s median may exceed the whole\'s', () => {
  flags('報告書指出，全港家庭所有住戶每月入息中位數為26,900港元，其中中西區的月入中位數最高，達40,100港元。');
  flags('2022年，全市居民人均可支配收入中位数31200元，其中城镇居民人均可支配收入中位数40600元。');
});

test('Taiwan\'s 差短 after spending and income is the budget\'s deficit', () => {
  flags('主計處表示，明年度歲出編列⟦1650.20億元⟧，歲入編列1530.20億元，差短125億元，以賒借收入弭平。');
  flags('主計處表示，明年度歲出編列1650.20億元，歲入編列1530.20億元，差短120億元，以賒借收入弭平。');
});

test('a counted set of themed industries may count a firm twice: its members may exceed its total', () => {
  flags('1-10月，全区“三个千亿级”产业总产出1205.3亿元，同比增长21.4%。其中，新能源汽车产出880.6亿元；智能传感器产出290.2亿元；精准医疗产出118.5亿元。');
  // Any other total is still held to its parts.
  flags('1-10月，全区工业总产出⟦1205.3亿元⟧，同比增长21.4%。其中，新能源汽车产出880.6亿元；智能传感器产出290.2亿元；精准医疗产出118.5亿元。');
});

test('after a `；` series, clauses that complete a known family after 其中 are the list though named otherwise', () => {
  flags('全年粮食播种面积3.10万亩，较上年增加1200亩；粮食产量⟦1.35万吨⟧，较上年增加1100吨，其中：夏粮产量5200吨，较上年减少300吨；秋粮产量7400吨，较上年增加1400吨。蔬菜产量16.2万吨。');
  flags('全年粮食播种面积3.10万亩，较上年增加1200亩；粮食产量1.26万吨，较上年增加1100吨，其中：夏粮产量5200吨，较上年减少300吨；秋粮产量7400吨，较上年增加1400吨。蔬菜产量16.2万吨。');
  // Clauses that complete no family still return to the series.
  flags('稻谷产量8.2万吨；小麦产量3.1万吨；油料产量14.5万吨，其中：油菜籽11.1万吨；蔬菜产量49.9万吨。');
});

test('Hong Kong\'s 較對上一年（年份）的 names last year\'s amount before the change', () => {
  flags('期內，全港住戶收入中位數為⟦31,000元⟧，較對上一年(2022年)的29,100元多1,700元。');
  flags('期內，全港住戶收入中位數為30,800元，較對上一年(2022年)的29,100元多1,700元。');
});

test('a net stated before the two flows beside it closes another pair (Taiwan\'s 附屬單位預算 after the general budget)', () => {
  flags('本市115年度歲入預算總額1620.40億元，歲出預算總額1755.90億元，歲入歲出差短135.50億元；另附屬單位預算案規模為收入811.20億元，支出790.60億元，收支賸餘為20.60億元。');
  flags('本市115年度歲入預算總額1620.40億元，歲出預算總額⟦1765.90億元⟧，歲入歲出差短135.50億元。');
});

test('a council\'s cut as the press writes it: 原編列 = 統刪 + 修正後', () => {
  flags('本市115年度總預算案今天三讀通過，歲出原編列⟦2318億元⟧，經黨團協商統刪16.2億元，修正後為2312億元。');
  flags('本市115年度總預算案今天三讀通過，歲出原編列2318億元，經黨團協商統刪6.2億元，修正後為2312億元。');
});

test('last year\'s amount named again after 較上年度 (`較上年度歲入A，增加B`) is the base of the change', () => {
  flags('明年度歲入計列⟦1986億元⟧，較上年度歲入1932億元，增加64.20億元，約增3.3%。');
  flags('明年度歲入計列1996億元，較上年度歲入1932億元，增加64.20億元，約增3.3%。');
  // A change word is no name: `比上年减少B，下降g%` holds no base amount.
  flags('2023年一般公共预算收入12.5亿元，比上年减少1.2亿元，下降8.8%，其中税收收入8.1亿元。');
});

test('a balance carried from the sentence before that takes an item away (减去) is not summed', () => {
  flags('2019年，全区一般公共预算收入512.40亿元，增长6.1%。加上市财政与本区的结算净收入等96.30亿元，以及地方政府债券转贷收入8.00亿元；减去调出资金2.10亿元，全区可以安排使用的一般公共收入总计614.60亿元。');
  // Without the item taken away the items are still held to the total.
  flags('2019年，全区一般公共预算收入512.40亿元，增长6.1%。加上市财政与本区的结算净收入等96.30亿元，以及地方政府债券转贷收入8.00亿元，全区一般公共收入总计⟦606.70亿元⟧。');
});

test('members with their figures in brackets right before 分別 make a family list (Macao)', () => {
  flags('上半年入境旅客共⟦17,420,300人次⟧，按年上升6.0%；留宿旅客(8,610,200人次)及不過夜旅客(8,710,100人次)分別增加5.3%及6.8%。');
  flags('上半年入境旅客共17,320,300人次，按年上升6.0%；留宿旅客(8,610,200人次)及不過夜旅客(8,710,100人次)分別增加5.3%及6.8%。');
});

test('a `按…分，` cut whose items, named alike, are separated by `；` and `，` alike is one list', () => {
  flags('1-9月，全县完成建筑业总产值⟦60.5亿元⟧。按工程类型分，建筑工程产值52.4亿元，增长3.1%；安装工程产值9.2亿元，下降2.0%，其他产值0.6亿元。');
  flags('1-9月，全县完成建筑业总产值60.5亿元。按工程类型分，建筑工程产值50.7亿元，增长3.1%；安装工程产值9.2亿元，下降2.0%，其他产值0.6亿元。');
  // A 其中 inside the cut nests a part in a class: the finer list is not read.
  flags('全区生产总值220.5亿元。分产业看，第一产业增加值10.5亿元；第二产业增加值90.0亿元，其中工业增加值70.0亿元；第三产业增加值120.0亿元。');
  // Items not named alike after the `；`: the clause may turn to another measure.
  flags('1-9月，全县完成建筑业总产值60.5亿元。按工程类型分，建筑工程产值52.4亿元，增长3.1%；签订合同额59.2亿元，下降2.0%，新签合同额40.6亿元。');
});

test('the sources of a district\'s available funds are budget lines of one measure: a list above its total is an error', () => {
  const over = '全区可用财力合计⟦150.40亿元⟧。按来源分：当年可用财力80.20亿元，动用预算稳定调节基金12.10亿元，上年结余8.50亿元，省市转移支付收入40.30亿元，新增一般债券收入6.00亿元，调入资金5.30亿元。';
  flags(over);
  assert.deepEqual(severities(marked(over).text), ['error']);
  flags('全区可用财力合计152.40亿元。按来源分：当年可用财力80.20亿元，动用预算稳定调节基金12.10亿元，上年结余8.50亿元，省市转移支付收入40.30亿元，新增一般债券收入6.00亿元，调入资金5.30亿元。');
});

test('a Taiwan form\'s total is the centre\'s grant plus the county\'s share, each amount closed by 整', () => {
  flags('本案計畫總經費⟦3,600萬元整⟧(中央補助款1,800萬元整、縣配合款1,700萬元整)，請同意墊付。');
  flags('本案計畫總經費3,500萬元整(中央補助款1,800萬元整、縣配合款1,700萬元整)，請同意墊付。');
  // The mainland's 配套 below the centre leaves the province and the city out: the list may not be whole.
  flags('项目总经费3600万元，其中中央补助1800万元、县级配套1700万元。');
});

test('an audit of final accounts: income less spending, offset (相抵), is the year\'s surplus', () => {
  flags('該縣上年度歲入決算審定⟦310.25億元⟧，主要是補助款收入；歲出決算則審定290.10億元，以教育支出為最大宗，歲入、歲出相抵，歲計賸餘25.15億元。');
  flags('該縣上年度歲入決算審定315.25億元，主要是補助款收入；歲出決算則審定290.10億元，以教育支出為最大宗，歲入、歲出相抵，歲計賸餘25.15億元。');
  // The rounding of the audit's figures: a cent apart is consistent.
  flags('該縣上年度歲入決算審定315.25億元，主要是補助款收入；歲出決算則審定290.11億元，以教育支出為最大宗，歲入、歲出相抵，歲計賸餘25.15億元。');
});

test('a note in brackets after the total (`（港幣，下同）`) lists no parts: the family after it still breaks the total down', () => {
  flags('5月份，商品整體出口貨值為⟦3,410億元⟧（港幣，下同），轉口貨值為3,350億元，港產品出口貨值為70億元。');
  flags('5月份，商品整體出口貨值為3,420億元（港幣，下同），轉口貨值為3,350億元，港產品出口貨值為70億元。');
});

test('members with their figures in brackets opening the next sentence break down the total before it', () => {
  flags('今年3月入境旅客按年增加15.0%至⟦2,450,300人次⟧，較上月上升3.0%。留宿旅客(1,200,100人次)及不過夜旅客(1,150,200人次)同比分別增加12.0%及18.5%。');
  flags('今年3月入境旅客按年增加15.0%至2,350,300人次，較上月上升3.0%。留宿旅客(1,200,100人次)及不過夜旅客(1,150,200人次)同比分別增加12.0%及18.5%。');
});

test('the base of a part\'s completion rate (`占调整预算B的99.9%`) is no item and does not unsettle the list', () => {
  flags('全县财政总支出完成⟦42.5亿元⟧，下降3%，其中：一般公共预算支出完成36.8亿元，占调整预算36.9亿元的99.7%，增长1.5%；政府性基金预算支出完成6.3亿元。');
  flags('全县财政总支出完成42.5亿元，下降3%，其中：一般公共预算支出完成36.8亿元，占调整预算36.9亿元的99.7%，增长1.5%；政府性基金预算支出完成5.7亿元。');
});

test('a level dated by its year, down to a later one, and the size of the fall (`7年減債C`) make one relation', () => {
  flags('民國105年債務⟦520億元⟧逐年降至112年360億元，7年減債150億元。');
  flags('民國105年債務520億元逐年降至112年360億元，7年減債160億元。');
  // The size going the other way than the change: no such relation.
  flags('民國105年債務520億元逐年降至112年360億元，7年增加150億元。');
});

test('visitors under the individual visit scheme are mainland visitors counted again, no second part', () => {
  flags('5月入境旅客為 620,000人次。其中，來自內地的旅客按年減少 10%至 560,000人次，個人遊旅客 190,000人次。');
  flags('5月入境旅客為 ⟦620,000人次⟧。其中，來自內地的旅客按年減少 10%至 660,000人次，香港旅客 40,000人次。');
});

test('`由前年的A，減至去年的B，減少C`: a comma before the verb keeps the relation', () => {
  flags('其中，契稅由前年的⟦52.40億元⟧，減至去年的40.10億元，減少13.30億元。');
  flags('其中，契稅由前年的53.40億元，減至去年的40.10億元，減少13.30億元。');
});

test('Taiwan\'s 賸餘 at the head of its clause after a budget\'s 歲入 and 歲出 is their difference', () => {
  flags('明年歲入⟦380.50億元⟧、歲出352.20億元，規模創新高，還有賸餘26.30億元，用於償債。');
  flags('明年歲入378.50億元、歲出352.20億元，規模創新高，還有賸餘26.30億元，用於償債。');
  // A balance accumulated over the years is no year's surplus.
  flags('明年歲入380.50億元、歲出352.20億元，累計賸餘26.30億元。');
});

test('a month\'s flows and its recorded net are read though the sentence goes on to the months so far', () => {
  flags('今年8月，政府整體開支⟦310億元⟧，收入180億元，因而錄得120億元赤字；本財政年度首五個月的整體開支1,520億元，收入1,100億元。');
  flags('今年8月，政府整體開支300億元，收入180億元，因而錄得120億元赤字；本財政年度首五個月的整體開支1,520億元，收入1,100億元。');
});

test('last year\'s total against the year before (`比前年的B多出C`), 兆 figures shown in 亿', () => {
  const src = '去年三個園區的總營業額為⟦1兆8,420億元⟧，比前年的1兆6,300億元多出2,020億元，成長率13.0%。';
  flags(src);
  const [f] = findingsOf(marked(src).text, CODE);
  assert.match(f?.message.en ?? '', /18320 亿元 \(16300 \+ 2020\) ≠ total 18420 亿元/);
  flags('去年三個園區的總營業額為1兆8,320億元，比前年的1兆6,300億元多出2,020億元，成長率12.4%。');
});

test('uses of an amount told with `，` and summed under their own name (`可用财力安排合计`) add up to that sum', () => {
  flags('2024年，一般公共预算支出120.50亿元，上解上级支出60.20亿元，债务还本支出4.10亿元，补充预算稳定调节基金2.20亿元，可用财力安排合计⟦197.00亿元⟧。');
  flags('2024年，一般公共预算支出120.50亿元，上解上级支出60.20亿元，债务还本支出4.10亿元，补充预算稳定调节基金2.20亿元，可用财力安排合计187.00亿元。');
  // A clause between the items that holds no amount (a growth) leaves the `，` list unread.
  flags('全区收入120.50亿元，增长5%，支出60.20亿元，合计190.70亿元。');
});

test('a district level\'s available funds take in the transfers from above as one of their lines', () => {
  flags('区本级累计可用财力合计⟦88.40亿元⟧，主要包括：当年可用财力50.10亿元，动用预算稳定调节基金5.20亿元，省市转移支付收入20.30亿元，新增一般债券3.00亿元，调入资金12.80亿元。');
  flags('区本级累计可用财力合计91.40亿元，主要包括：当年可用财力50.10亿元，动用预算稳定调节基金5.20亿元，省市转移支付收入20.30亿元，新增一般债券3.00亿元，调入资金12.80亿元。');
});

test('a negative amount (a net loss) is the whole of no positive parts listed after it', () => {
  flags('本季度该区人口自然增加数为负530人，迁移增加数则增加1120人。其中，迁入人口以20岁至24岁310人最多，其次是25岁至29岁280人。');
  // The same list under a positive total is still held to it.
  flags('本季度该区迁入人口⟦530人⟧，其中，甲组310人，乙组280人。');
});

test('a complement pair whose members give their change first and their amount after (`较…多15%，录得N`)', () => {
  flags('4月访港旅客为⟦452万人次⟧，按年上升一成。当中，中国内地旅客量较去年同期多约12%，录得318万人次，非内地旅客量按年增加30%，有96万人次。');
  flags('4月访港旅客为414万人次，按年上升一成。当中，中国内地旅客量较去年同期多约12%，录得318万人次，非内地旅客量按年增加30%，有96万人次。');
  // Members given bare after their verb (`录得`, `有`) are the pair too.
  flags('4月访港旅客为⟦452万人次⟧。当中，内地旅客录得318万人次，非内地旅客有96万人次。');
});

test('figures spaced out piece by piece (`21 萬 5,433 人`) are summed and shown whole', () => {
  const src = '外籍看護共⟦12 萬 4,300 人⟧，其中男性3 萬 1,200 人，女性9 萬 4,100 人。';
  flags(src);
  const [f] = findingsOf(marked(src).text, CODE);
  assert.match(f?.message.en ?? '', /12\.53 万人 \(3\.12 \+ 9\.41\) ≠ total 12\.43 万人/);
  flags('外籍看護共12 萬 5,300 人，其中男性3 萬 1,200 人，女性9 萬 4,100 人。');
});

test('a `；当中` list whose members give their change before their amount (`大幅减少x%至N个，成交金额下跌y%至A`)', () => {
  flags('第三季住宅单位买卖有1,950个，减少320个，总值⟦131.5亿元⟧，下跌12.0%；当中住宅楼花买卖大幅减少41.2%至230个，成交金额下跌38.5%至21.7亿元，而现货住宅买卖共1,720个，成交金额98.3亿元。');
  flags('第三季住宅单位买卖有1,950个，减少320个，总值120.0亿元，下跌12.0%；当中住宅楼花买卖大幅减少41.2%至230个，成交金额下跌38.5%至21.7亿元，而现货住宅买卖共1,720个，成交金额98.3亿元。');
});

test('a finer class of the item before it (`细类别则为…`) is no further part of the list', () => {
  flags('本期实施减班的以制造业为主，共412家、9050人。其中，又以纺织工业为多，减班305家、7210人，细类别则为成衣制造业，占160家、3980人。');
  // Without the cue the two items are read as parts, and they exceed the total.
  flags('本期实施减班的以制造业为主，共⟦412家⟧、⟦9050人⟧。其中，纺织工业减班305家、7210人，成衣制造业减班160家、3980人。');
});

test('the budget an actual is compared with (`较原先预算的B增加三成`) is no further part', () => {
  flags('该局本年度盈余预计为58亿元，当中有31.5亿元收入来自出售资助房屋，较原先预算的28.4亿元增加一成。');
  flags('该局本年度收入预计为⟦58亿元⟧，当中出售资助房屋收入31.5亿元，商业楼宇租金收入32.4亿元。');
  flags('该局本年度收入预计为58亿元，当中出售资助房屋收入31.5亿元，较原先预算的32.4亿元减少一成。');
});

test('new mortgage loans are the primary, secondary and refinancing loans, the last told in the next sentence', () => {
  flags('9月份新批出的按揭贷款额按月增加5.1%，至⟦318亿元⟧。当中，涉及一手市场交易所批出的贷款增加8.2%，至102亿元；涉及二手市场交易所批出的贷款增加3.5%，至171亿元。至于涉及转按交易所批出的贷款则减少1.4%，至35亿元。');
  // (當中 opening its sentence runs straight on into the first kind.)
  flags('3月新批出的按揭貸款額按月減少5.3%，至⟦266億元⟧。當中涉及一手市場交易所批出的貸款減少16.8%，至98億元；涉及二手市場交易所批出的貸款增加6.2%，至121億元。至於涉及轉按交易所批出的貸款則減少0.9%，至31億元。');
  flags('9月份新批出的按揭贷款额按月增加5.1%，至308亿元。当中，涉及一手市场交易所批出的贷款增加8.2%，至102亿元；涉及二手市场交易所批出的贷款增加3.5%，至171亿元。至于涉及转按交易所批出的贷款则减少1.4%，至35亿元。');
  // Mortgages registered with the land office count other deals besides the three kinds: no complete list.
  flags('2025年4月登记私人住宅现楼按揭2,845宗，按月上升312宗。其中一手市场1,204宗，二手楼市1,117宗，转按/现契重按有398宗。');
  // 一手 and 二手 alone under another total say nothing.
  flags('全年二手车交易量12.3万辆，一手车销量8.1万辆，汽车类零售额40亿元。');
});

test('once the items name every member the total\'s name enumerates (工农业 → 工, 农), the next figure is no part', () => {
  flags('全镇实现工农业总产值⟦18.3亿元⟧，其中工业总产值13.6亿元，农业总产值2.9亿元，财政收入4120万元。');
  flags('全镇实现工农业总产值16.5亿元，其中工业总产值13.6亿元，农业总产值2.9亿元，财政收入4120万元。');
});

test('an above-scale class inside an enumerated member (`规模以上工业总产值`) does not keep the list going past its members', () => {
  flags('全镇实现工农业总产值16.5亿元，同比增长12.0%。其中，工业总产值13.6亿元，同比增长14.1%；规模以上工业总产值2.45亿元，同比增长8.2%；农业总产值2.9亿元，同比增长5%；财政收入4120万元，同比增长6%。');
});

test('a `按…分` list under the sentence before, whose count and amount come with the amount\'s change (`比去年同期…增加了C`)', () => {
  flags('截至9月底，全县固定资产投资项目已开工120项，完成投资⟦58.40亿元⟧，比去年同期55.10亿元增加了3.30亿元，同比增长6.0%。按行业分，农业项目40项，完成投资12.10亿元；工业项目50项，完成投资30.60亿元；交通项目30项，完成投资12.90亿元。');
  flags('截至9月底，全县固定资产投资项目已开工120项，完成投资55.60亿元，比去年同期52.30亿元增加了3.30亿元，同比增长6.3%。按行业分，农业项目40项，完成投资12.10亿元；工业项目50项，完成投资30.60亿元；交通项目30项，完成投资12.90亿元。');
});

test('family members opening the sentence after their total, then a 分别 clause of their changes, still break the total down', () => {
  flags('全年货物进出口总额⟦812亿元⟧，比上年增长4.6%。出口530亿元，进口262亿元，分别增长5.8%和2.3%。');
  flags('全年货物进出口总额792亿元，比上年增长4.6%。出口530亿元，进口262亿元，分别增长5.8%和2.3%。');
  flags('3月份入境旅客共⟦296万人次⟧。留宿旅客151万人次，不过夜旅客139万人次，同比分别上升4.4%和9.1%。');
  // The sentence before states two amounts of the unit: which one the members break down is not written.
  flags('全年货物进出口总额812亿元，服务贸易额96亿元。出口530亿元，进口262亿元，分别增长5.8%和2.3%。');
});

test('Hong Kong\'s accounts for part of a year: the period before the spending, the currency said once, the deficit after a date', () => {
  flags('本財政年度首九個月的整體支出為港幣(下同)⟦2,360億元⟧，收入為1,510億元，即是說，截至十二月三十一日的赤字為840億元。');
  flags('本財政年度首九個月的整體支出為港幣(下同)2,350億元，收入為1,510億元，即是說，截至十二月三十一日的赤字為840億元。');
  flags('港府公布，本財政年度首3個月開支⟦1,720億元⟧，收入640億元，錄得赤字1,070億元。');
  flags('港府公布，本財政年度首3個月開支1,710億元，收入640億元，錄得赤字1,070億元。');
});

test('a balance sheet whose assets and liabilities each carry a 其中 part still makes assets = liabilities + equity', () => {
  flags('2021年6月產險業資產總額為⟦3,150.6 億元⟧，其中資金總額為2,804.1 億元；負債總額為2,312.5 億元，其中各項準備金總額為1,920.3 億元；另外業主權益總額為828.1 億元。');
  flags('2021年6月產險業資產總額為3,140.6 億元，其中資金總額為2,804.1 億元；負債總額為2,312.5 億元，其中各項準備金總額為1,920.3 億元；另外業主權益總額為828.1 億元。');
});

test('an insurance industry is its life and its property insurers (Taiwan); not the mainland\'s 财产险 beside 寿险', () => {
  flags('3月保險業賺⟦315億元⟧，包括壽險業賺262億元、產險業賺41億元。');
  flags('3月保險業賺303億元，包括壽險業賺262億元、產險業賺41億元。');
  flags('前三月保险业税前盈余⟦610亿元⟧，其中寿险430亿元，产险业170亿元。');
  // Health and accident insurance are classes of their own on the mainland: 寿险 and 财产险 are no complete set.
  flags('一季度保险业原保险保费收入2.1万亿元，其中寿险1.3万亿元，财产险0.4万亿元。');
});

test('last period\'s level a change is measured from (`較…同季的A減少`) is no second total of the sentence; a member\'s change clause between members', () => {
  flags('第三季旅客總消費為⟦142.8億元⟧，較去年同季的151.6億元減少5.8%。留宿旅客消費為108.4億元，不過夜旅客消費為24.3億元。');
  flags('第三季旅客總消費為132.7億元，較去年同季的151.6億元減少5.8%。留宿旅客消費為108.4億元，不過夜旅客消費為24.3億元。');
  flags('第三季旅客總消費為⟦142.8億元⟧，按年減少5.8%。留宿旅客消費為108.4億元，按年減幅為7.1%，不過夜旅客消費為24.3億元。');
});

test('a trade\'s expenditure in Macao\'s surveys is purchases, operating expenses and staff costs, bracketed before 分別 (an adverb between)', () => {
  flags('零售業支出為⟦812.4億元⟧，按年上升2.1%；購貨及佣金支出(590.3億元)、經營費用(131.6億元)和員工支出(80.2億元)分別上升1.5%、2.2%及4.0%。');
  flags('零售業支出為802.1億元，按年上升2.1%；購貨及佣金支出(590.3億元)、經營費用(131.6億元)和員工支出(80.2億元)分別上升1.5%、2.2%及4.0%。');
  flags('支出⟦58.9億元⟧，上升9.0%；購貨及佣金支出(44.6億元)增加10.1%，經營費用(4.9億元)及員工支出(5.3億元)亦分別上升6.2%及5.5%。');
  // Two of the three named: no complete set.
  flags('支出58.9億元，上升9.0%；購貨及佣金支出(44.6億元)增加10.1%，經營費用(4.9億元)亦上升6.2%。');
});

test('the members of a known family named before 分别 at the head of a sentence break down the total of the sentence before', () => {
  flags('全年货物进出口总额⟦640亿元⟧，比上年增长3.2%。出口、进口分别为410亿元和220亿元。');
  flags('全年货物进出口总额630亿元，比上年增长3.2%。出口、进口分别为410亿元和220亿元。');
  flags('全年粮食总产量⟦6.4万吨⟧。夏粮和秋粮产量分别为1.5万吨和4.3万吨。');
  // Two amounts of the unit in the sentence before: which one the members break down is not written.
  flags('全年货物进出口总额640亿元，服务进出口额95亿元。出口、进口分别为410亿元和220亿元。');
});

test('a 加上 item that names a group of kinds before 等 and the group after it (`返还性收入、一般性转移支付等各项转移性收入B`)', () => {
  flags('区级一般公共预算收入512300万元，为预算的104.2%，加上返还性收入、一般性转移支付等各项转移性收入286400万元，收入总量⟦808700万元⟧。');
  flags('区级一般公共预算收入512300万元，为预算的104.2%，加上返还性收入、一般性转移支付等各项转移性收入286400万元，收入总量798700万元。');
});

test('family members each named by its own words though a change clause stands between them and the second\'s figure comes after its change', () => {
  flags('第四季旅客總消費為⟦168.2億元⟧，按年減少9.1%。留宿旅客消費為121.4億元，按年減幅為12.2%，不過夜旅客消費則按年增加3.6%，為36.8億元。');
  flags('第四季旅客總消費為158.2億元，按年減少9.1%。留宿旅客消費為121.4億元，按年減幅為12.2%，不過夜旅客消費則按年增加3.6%，為36.8億元。');
});

test('a month singled out (單計3月) beside a part of the quarter is a slice of that part; a bracketed 包括 in small parentheses names one item', () => {
  flags('今年首季政府經常收入為96.50億元，當中博彩稅收78.20億元，按年增12.1%，單計3月的賭稅為30.40億元。');
  flags('意外及健康業務的毛保費上升9.2%至41.30億元，佔總額的21%。汽車業務﹙包括第三者責任業務﹚及財產損壞業務的毛保費分別為44.10億元和39.80億元。');
});

test('a 包括 that says in words what an amount covers, up to its `；`, lists no parts: the next clause\'s amount is a sibling', () => {
  flags('各機關編列情形，交通部主管編列86億元，包括辦理橋梁補強計畫等；衛福部主管編列940億元，包括辦理長照服務等；教育部主管編列150億元，包括辦理校舍改建等。');
  // A 包括 with its figures still lists the parts.
  flags('一般公共预算收入⟦81250万元⟧，包括：税收收入50210万元；非税收入32140万元。');
});

test('amounts in a list under an average or a median named before it are averages: a 其中 class above its industry is no slip', () => {
  flags('月薪平均数低于整体者，包括零售业31250元、制造业40860元，其中半导体制造业52310元。');
  // Amounts of money, not averages, are still held to their total.
  flags('全年工业投资⟦40860万元⟧，其中半导体制造业投资52310万元。');
});

test('a bracket that gives a figure in another currency restates it, no part', () => {
  flags('3人家庭月入港幣9600元（約新台幣36500元）即屬貧窮。');
  flags('援助金額為港幣8000元（人民幣7300元）。');
});

test('Taiwan\'s budget: the surplus less debt repayment is the surplus left (收支賸餘)', () => {
  flags('歲入歲出賸餘⟦1,860億元⟧，扣除債務還本1,250億元，收支賸餘520億元。');
  flags('歲入歲出賸餘1,770億元，扣除債務還本1,250億元，收支賸餘520億元。');
});

test('figures restated in another unit in brackets (`A万吨（B亿斤）`) are no other measure among the parts', () => {
  flags('全省粮食播种面积2150千公顷（3225万亩），比上年扩大12千公顷（18万亩）；全省粮食总产量为⟦1420万吨⟧（284亿斤），增产2.1%。其中，夏粮播种面积610千公顷（915万亩），夏粮总产量为352万吨（70.4亿斤），比上年减少5万吨（1亿斤）；早稻播种面积180千公顷（270万亩），早稻总产量为118万吨（23.6亿斤），比上年减少3万吨（0.6亿斤）；秋粮播种面积1360千公顷（2040万亩），秋粮总产量为930万吨（186亿斤），比上年增加21万吨（4.2亿斤）。');
  flags('全省粮食总产量为1400万吨（280亿斤），增产2.1%。其中，夏粮总产量为352万吨（70.4亿斤），比上年减少5万吨（1亿斤）；早稻总产量为118万吨（23.6亿斤），比上年减少3万吨（0.6亿斤）；秋粮总产量为930万吨（186亿斤），比上年增加21万吨（4.2亿斤）。');
});

test('members of a known family joined by 、 in a list\'s first clause make up the total, whatever clauses follow', () => {
  flags('全年一般公共预算收入⟦14.6亿元⟧，其中税收收入9.8亿元、非税收入4.1亿元，主要是资产处置带动，政府性基金收入达22.3亿元。');
  flags('全年一般公共预算收入13.9亿元，其中税收收入9.8亿元、非税收入4.1亿元，主要是资产处置带动，政府性基金收入达22.3亿元。');
  flags('5月保險業賺⟦268億元⟧，包括壽險業賺215億元、產險業賺41億元，主要是股市上漲，壽險淨值月增達1,020億元。');
  // Items that make no known family stay a selection: no sum is asked of them.
  flags('全年一般公共预算收入14.6亿元，其中增值税5.1亿元、企业所得税2.2亿元，主要是资产处置带动，政府性基金收入达22.3亿元。');
});

test('a port\'s throughput after 其中 is no part of what was carried (货运量A。其中，港口货物吞吐量B): information only (s48)', () => {
  const text = '上半年，全市共完成客运量528.6万人、旅客周转量41230万人公里，是去年同期的96.1%和98.2%；完成货运量1862.4万吨、2013650万吨公里，为上年同期的108.3%和109.6%。其中，完成港口货物吞吐量2235.7万吨，为上年同期的112.4%；完成旅客吞吐量603.5万人。';
  const found = findingsOf(text, CODE);
  assert.ok(found.length > 0 && found.every((f) => f.severity === 'info'), JSON.stringify(found.map((f) => [f.severity, f.message.en])));
});

test('a shortfall under a list closed by a 其他 class that none of the listed classes lies in is an error; under the rest of one class, information (s49)', () => {
  const severities = (text: string): string[] => findingsOf(text, CODE).map((f) => f.severity);
  assert.deepEqual(severities('下达资助资金960万元，其中，助学类项目310万元、助残类项目270万元、助老类项目180万元、其他公益类项目120万元。'), ['error']);
  // 其他助老类 may be the rest of the 助老 classes only: the whole may hold classes of another kind.
  assert.deepEqual(severities('下达资助资金960万元，其中，居家助老类项目310万元、机构助老类项目270万元、社区助老类项目180万元、其他助老类项目120万元。'), ['info']);
});
