import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, marked, spansOf } from '../markers';
import { readFixture, CORPUS } from '../fixtures';
import { at } from '../../at';

const CODE = 'magnitude-suspect';
const HEAD = '一、2022年国民经济和社会发展计划执行情况\n';

function flags(src: string): void {
  const m = marked(src);
  const found = findingsOf(m.text, CODE);
  assert.deepEqual(spansOf(found), m.spans, JSON.stringify(found.map((f) => f.message.zh)));
}

// ------------------------------------------------------------------ must flag

test('flags a 万/亿 slip (10⁴)', () => {
  flags(HEAD + '实现一般公共预算收入15.1亿元，同比增长0.8%。\n一般公共预算收入⟦15.1万元⟧。');
});

test('flags a 10⁸ slip (元 vs 亿元)', () => {
  flags(HEAD + '金融机构存款余额334.8亿元。\n金融机构存款余额⟦334.8元⟧。');
});

test('flags a share over 100 %', () => {
  flags(HEAD + '民营经济增加值占地区生产总值比重⟦103.5%⟧。');
});

test('flags a bounded rate over 100 % (覆盖率)', () => {
  flags(HEAD + '森林覆盖率达到⟦164.1%⟧。');
});

test('message and both fixes for a slip', () => {
  const text = HEAD + '实现一般公共预算收入15.1亿元，同比增长0.8%。\n一般公共预算收入15.1万元。';
  const f = at(findingsOf(text, CODE), 0);
  assert.match(f.message.zh, /此处为 15.1万元，第 2 行为 15.1亿元，相差约一万倍/);
  assert.equal(f.related.length, 1);
  assert.equal(f.severity, 'warning');
  assert.equal(f.fixes.length, 2);
  for (const fix of f.fixes) assert.deepEqual(findingsOf(applyFix(text, fix), CODE), [], fix.title.zh);
});

// ------------------------------------------------------------------ must not flag

test('does not flag growth rates over 100 %', () => {
  flags(HEAD + '安全生产监管执法检查强度、问题查找强度、经济处罚强度分别增长134.6%、23.5%、130.4%。');
});

test('does not flag the use of a capacity over 100 % (病床占用率, 入住率)', () => {
  flags(HEAD + '冬季流感高峰期间，内科病床平均占用率为112%，其中东区医院占用率达到127%。旺季全市酒店入住率达103.5%。');
});

test('does not flag 完成率 over 100 %', () => {
  flags(HEAD + '固定资产投资完成年度计划的112.5%。');
});

test('does not flag a project report\'s 完成投资比例 or 完成进度 over 100 % (actual against the year\'s plan)', () => {
  flags(HEAD + '重点项目年度计划投资80亿元，全年完成投资96亿元，完成投资比例120%，超序时进度20%。');
  flags(HEAD + '续建项目完成进度达到115%。');
});

test('does not flag projects’ investment done over their total investment (`项目完成投资…，占总投资108%`)', () => {
  flags(HEAD + '目前，基础设施类项目完成投资2.7亿元，占总投资108%，社会事业类项目完成投资1.2亿元。');
  flags(HEAD + '饮水安全工程实际完成总投资1380万元，占下达投资的106.2%。');
  flags(HEAD + '全年完成工业投资50亿元，占全社会固定资产投资的⟦108%⟧。');
});

test('does not flag 贷存比 over 100 %', () => {
  flags(HEAD + '贷存比105.2%。');
});

test('does not flag multiples (倍)', () => {
  flags(HEAD + '一般公共预算收入是上年的1.5倍。');
});

test('does not flag the same figure in different units (6000万元 vs 0.6亿元)', () => {
  flags(HEAD + '消费帮扶资金6000万元。\n消费帮扶资金0.6亿元。\n一般公共预算收入6000万元。\n一般公共预算收入0.6亿元。');
});

test('does not flag a 10⁴ ratio across periods or target vs actual', () => {
  flags(HEAD + '2021年一般公共预算收入15.1万元。2022年一般公共预算收入15.1亿元。\n二、2023年主要预期目标\n一般公共预算收入1510亿元。');
});

test('does not flag different indicators 10⁴ apart', () => {
  flags(HEAD + '一般公共预算收入15.1亿元。税收收入15.1万元。');
});

test('corpus: nothing in the three reports', () => {
  for (const name of CORPUS) assert.deepEqual(findingsOf(readFixture(name), CODE).map((f) => f.message.zh), [], name);
});

// ------------------------------------------------------------------ completion rates (issue 10, group 1)

test('a completion rate over 100 % worded with 占/为 is not an impossible share', () => {
  flags(HEAD + '全县财政总收入完成8.42亿元，占年初预算的107.3%。');
  flags(HEAD + '税收完成612.4万元，占全年任务103.9%。');
  flags(HEAD + '固定资产投资完成31.2亿元，为年度目标的104%。');
  flags(HEAD + '民营经济增加值占地区生产总值比重⟦103.5%⟧。');
});

test('a 万/亿 slip pinned by a completion rate: actual ÷ plan is 10⁴ off the stated rate', () => {
  flags(HEAD + '一般公共预算收入完成⟦2.71万元⟧，为调整预算2.6亿元的104.2%。');
  // The right unit: no slip (and the rate agrees).
  flags(HEAD + '一般公共预算收入完成2.71亿元，为调整预算2.6亿元的104.2%。');
  const f = at(findingsOf(HEAD + '一般公共预算收入完成2.71万元，为调整预算2.6亿元的104.2%。', CODE), 0);
  assert.match(f.message.zh, /疑似“万”“亿”笔误/);
  assert.deepEqual(findingsOf(HEAD + '一般公共预算收入完成2.71万元，为调整预算2.6亿元的104.2%。', 'share-mismatch'), [], 'one finding, not two');
});

test('a 万/亿 slip pinned by the budget of the same indicator in another paragraph', () => {
  flags(HEAD + '年初预算安排财政总收入8.1亿元。\n全县财政总收入完成⟦8.42万元⟧，增长3%。');
  // The right unit, a plan half or double the actual, or another indicator: nothing.
  flags(HEAD + '年初预算安排财政总收入8.1亿元。\n全县财政总收入完成8.42亿元，增长3%。');
  flags(HEAD + '年初预算安排财政总收入8.1亿元。\n全县财政总收入完成16.4亿元，增长3%。');
  flags(HEAD + '年初预算安排财政总收入8.1亿元。\n全县税收收入完成8.42万元，增长3%。');
  // Another year's budget is not this year's plan.
  flags(HEAD + '2021年年初预算安排财政总收入8.1亿元。\n2022年全县财政总收入完成8.42万元，增长3%。');
});

test('rates measured against another population may exceed 100 % (参保率 按常住人口计算, 毛入学率); shares may not', () => {
  flags(HEAD + '全县基本医保参保51.2万人，按常住人口计算参保率102%。学前教育毛入学率达到103.4%。');
  flags(HEAD + '民生支出占一般公共预算支出的比重为⟦108.5%⟧。');
  // The next stage's entrants over this stage's graduates.
  flags(HEAD + '初中毕业生升入高中阶段的比例为104.2%，小学毕业生升学率为100.8%。');
});

// ------------------------------------------------------------------ 万/亿 slips pinned by a sum

test('flags a part whose 万 makes the parts miss a total they would meet exactly as 亿', () => {
  flags('全年一般公共预算总收入88.36亿元。其中：本级收入26.14亿元，上级补助收入⟦62.22万元⟧。');
});

test('flags a total whose multiplier is wrong, the parts adding up in the other', () => {
  flags('全年政府性基金支出⟦41250亿元⟧，其中：基金预算支出30120万元，债务还本支出11130万元。');
});

test('the fix rewrites the multiplier, and the sum then holds', () => {
  const text = '全年一般公共预算总收入88.36亿元。其中：本级收入26.14亿元，上级补助收入62.22万元。';
  const f = at(findingsOf(text, CODE), 0);
  assert.match(f.message.zh, /62\.22亿元/);
  const fixed = applyFix(text, at(f.fixes, 0));
  assert.match(fixed, /上级补助收入62\.22亿元/);
  assert.equal(findingsOf(fixed, CODE).length, 0);
  assert.equal(findingsOf(fixed, 'sum-mismatch').length, 0);
});

test('does not read a slip into a part that would only vanish (a part of a part)', () => {
  // 0.61亿元 read as 万 would make 60.12 + 39.77 = 99.89, but it is a part of the first part.
  flags('全年完成投资99.89亿元，其中：工业投资60.12亿元，民间投资39.77亿元，技改投资0.61亿元。');
});

test('does not guess when two figures could each be the slip', () => {
  // Either 5万元 read as 亿元 makes 5.0005亿元: which one slipped is not written.
  flags('全年支出总计5.0005亿元，其中：甲类支出5万元，乙类支出5万元。');
});

test('completion rates against a plan set by another body, or with the measure before the plan word, may exceed 100 %', () => {
  for (const t of ['全年公路建设完成投资3.1亿元，占市年度目标任务的146%。', '重点项目累计完成投资58.4亿元，占全年投资计划的112%。']) {
    assert.deepEqual(findingsOf(t, 'magnitude-suspect'), [], t);
  }
});

test('a rate of a plan named anywhere in its clause (`占省下达年度考核指标的`) may exceed 100 %; a share of a budget item may not', () => {
  assert.deepEqual(findingsOf('全年交通建设完成投资4.66亿元，占省下达年度考核指标的182%。', 'magnitude-suspect'), []);
  assert.equal(findingsOf('民生支出31.2亿元，占一般公共预算支出的比重为120%。', 'magnitude-suspect').length, 1);
});

test('a lone amount in 亿 three thousand times every other amount is a 万/亿 slip', () => {
  const county = (revenue: string): string =>
    `全年全县财政总收入${revenue}，同比增长8.6%，一般公共预算收入98213万元，税收收入61032万元，一般公共预算支出321540万元，民生支出262118万元。`;
  flags(county('⟦152513亿元⟧'));
  flags(county('152513万元'));
});

test('no slip: national scale, a bound, or an amount still far above the rest once read with 万', () => {
  // Every amount in 亿: the largest is not a thousand times the next.
  flags('全年国内生产总值1043670亿元，比上年增长5.2%。全国一般公共预算收入216784亿元，税收收入181129亿元，一般公共预算支出274573亿元。');
  // A bound is no point figure.
  flags('全年全县财政总收入突破1500亿元，一般公共预算收入9821万元，税收收入6103万元，一般公共预算支出32154万元。');
  // Read with 万 the figure would still be a hundred times the rest: no slip explains it.
  flags('引进项目总投资9520000亿元，一般公共预算收入98万元，税收收入61万元，一般公共预算支出321万元。');
});

test('the funds an audit covered are no slip beside the problem amounts it found', () => {
  const audit = (covered: string): string =>
    `全年开展专项资金审计7项，${covered}。查出违规使用资金412.5万元，套取补贴资金236万元，未及时拨付资金518万元。`;
  flags(audit('涉及资金总额486亿元'));
  // The same amount named as the year's spending is still a lone slip.
  flags(audit('全县一般公共预算支出⟦486亿元⟧'));
});

test('the sums an insurer covers are no slip beside its premiums and claims', () => {
  const insurer = (cover: string): string =>
    `上半年全市原保险保费收入312.6亿元，其中财产险98.4亿元，人身险214.2亿元；赔款与给付支出87.3亿元；${cover}。`;
  flags(insurer('从保险金额来看，全市共有5120486.3亿元'));
  flags(insurer('全年为各类主体提供风险保障2684135亿元'));
  // The same amount named as the premiums is still a lone slip.
  flags(insurer('全年保费收入⟦5120486.3亿元⟧'));
});

test('a wider territory\'s amount in a county text is no slip', () => {
  flags('全县地区生产总值182.5亿元，增长5%。全国国内生产总值1260582亿元。全县一般公共预算收入98213万元，税收收入61032万元，一般公共预算支出321540万元。');
});

test('flags a 万/亿 slip between an amount and its increment that the growth pins', () => {
  flags('1-6月，全县一般公共预算总收入完成64.20万元，同比增收⟦12.35亿元⟧，增长23.8%。');
  const found = findingsOf('1-6月，全县一般公共预算总收入完成64.20万元，同比增收12.35亿元，增长23.8%。', CODE);
  // Both readings are offered: the growth cannot tell which of the two amounts slipped.
  assert.deepEqual(found[0]?.fixes.map((f) => f.edits[0]?.newText), ['64.20亿元', '12.35万元']);
});

test('does not flag an amount and its increment written in different units that agree', () => {
  flags('全县一般公共预算总收入64.20亿元，同比增收123500万元，增长23.8%。');
  flags('全县税收收入4180万元，增长7.2%，增收281万元。');
});

test('does not flag a rate over 100 % whose plan is named after it (`占比…，超额完成任务`)', () => {
  flags('全年全镇财政收入512.40万元，占比118.6%，超额完成任务，其中税收收入460.20万元，占比89.8%。');
  flags('全年全镇财政收入512.40万元，占比⟦118.6%⟧，其中税收收入460.20万元，占比89.8%。');
});

test('a part with the very digits of its total but 万 for 亿 is a slip of the multiplier', () => {
  const text = '全年转移性补助收入8.37亿元，其中一般转移支付补助收入8.37万元，专项转移支付收入2.6亿元。';
  const found = findingsOf(text, 'magnitude-suspect');
  assert.equal(found.length, 1);
  assert.match(found[0]?.message.zh ?? '', /数字相同而相差一万倍/);
  assert.equal(found[0]?.fixes[0]?.edits[0]?.newText, '8.37亿元');
  // Other digits, or too few to be no coincidence, are no such slip.
  assert.deepEqual(findingsOf('全年转移性补助收入8.37亿元，其中一般转移支付补助收入8.36万元，专项转移支付收入2.6亿元。', 'magnitude-suspect'), []);
  assert.deepEqual(findingsOf('全年转移性补助收入8亿元，其中利息收入8万元，专项转移支付收入2.6亿元。', 'magnitude-suspect'), []);
});

test('completion rates listed place by place (完成年度目标的比例依次为：…) may exceed 100 %', () => {
  assert.deepEqual(findingsOf('下岗失业人员再就业完成年度目标的比例依次为：甲县176.20%、乙区158.43%、丙县141.87%。', 'magnitude-suspect'), []);
  assert.equal(findingsOf('全县农村自来水普及率为106.2%。', 'magnitude-suspect').length, 1);
});

// `，共为国家筹集…`: a clause opening with 共 sums something up; it is no part of the list before it, so the
// two lotteries alone pin the slip.
test('a clause opening with 共 closes the parts before it: the slip in the two lotteries is found', () => {
  flags('全州彩票销量达9.36亿元，其中，福利彩票销量⟦4.41万元⟧，体育彩票销量4.95亿元，共为国家筹集彩票公益金2.3亿元。');
  flags('全州彩票销量达9.36亿元，其中，福利彩票销量4.41亿元，体育彩票销量4.95亿元，共为国家筹集彩票公益金2.3亿元。');
});

// Workers back at work this spring over those at work at the end of last year: a ratio of two periods.
test('a share of an earlier time\'s level (占去年底…的) may exceed 100 %', () => {
  flags('目前，全县贫困群众返岗务工21460人，占去年底务工人数的104%。');
  flags('目前，全县贫困群众返岗务工21460人，占全县务工人数的⟦104%⟧。');
});

// A bank's provision coverage and a fund's spending over the year's inflow may both exceed 100 %.
test('拨备覆盖率 and spending over the year\'s funds raised are no shares bounded by 100 %', () => {
  flags('二季度末，商业银行不良贷款余额为4120亿元，不良贷款率0.8%，拨备覆盖率285.6%。');
  flags('农村医疗救助累计61230人次，支出3820.4万元，占当年筹资额的126%。');
  flags('全县城镇化率达⟦104.2%⟧。');
});

test('a whole written in 万 instead of 亿 is pinned by the shares its parts take of it', () => {
  // The whole is smaller than its parts only through the slip: read with 亿 the shares hold.
  flags('上半年，全区实现商品销售总额23.50万元。分区域看，城区销售额⟦16.45亿元⟧，占全区商品销售总额的70.0%。乡镇销售额⟦7.05亿元⟧，占全区商品销售总额的30.0%。');
  // Written in 亿 it is consistent; a whole smaller than the part with no 10⁴ gap is no whole of it.
  flags('上半年，全区实现商品销售总额23.50亿元。分区域看，城区销售额16.45亿元，占全区商品销售总额的70.0%。');
  flags('上半年，全区实现商品销售总额8.50亿元。分区域看，城区销售额16.45亿元，占全区商品销售总额的70.0%。');
});

test('a consolidation rate over 100 % (pupils moving in) is no impossible share', () => {
  flags('全区学前三年普惠率达92.50%，九年义务教育巩固率达104.20%。');
});

test('claims paid over premiums (赔款占同期保费收入) may exceed 100 %', () => {
  flags('1985~1990年，全县累计向投保户赔款286.4万元，占同期保费收入的118.60%。');
});

test('a stock against a capacity (库容占正常库容) may exceed 100 %', () => {
  flags('目前，全县水库蓄水量为5120万立方米，占正常库容的108.40%。');
  flags('目前，全县水库蓄水量为5120万立方米，占全市蓄水总量的⟦108.40%⟧。');
});

test('a zero part is no 万/亿 slip, whatever its unit', () => {
  const text = '目前捐款余额为35.418万元，其中：非定向捐款35.481万元，定向捐款0万元。';
  assert.deepEqual(findingsOf(text, CODE), []);
  // The part above its total is still a contradiction, said by sum-mismatch.
  assert.equal(findingsOf(text, 'sum-mismatch').length, 1);
});

test('no lone slip: an approximate total sets the scale too, and 1000–3000× is as often a wider total beside programme money', () => {
  // 约7822亿元 is the registered capital of all new firms: the 7447亿元 of the private ones falls under it.
  flags('4月新登记企业注册资本总额约7822亿元，其中，内资企业注册资本6100万元；私营企业注册资本7447亿元；外资企业注册资本54.9亿美元，另有个体户资金数额3200万元，合作社出资总额8600万元。');
  // A province's retail sales beside its voucher money: 1568× the next amount.
  flags('一季度山东社会消费品零售总额8282亿元，同比增长5.6%。我市发放消费券5.28亿元，带动消费1.2亿元，核销资金0.86亿元，补贴商户3200万元。');
});

test('a small part written in 亿 that alone closes the gap under its total (15万 for 15亿) is a slip, however small', () => {
  flags('县财政下达专项经费360万元，其中，村级工作经费348万元，县级工作经费⟦12亿元⟧。');
  // When the other parts already make the total, the small one is no fix of anything.
  flags('县财政下达专项经费360万元，其中，村级工作经费360万元，县级工作经费12亿元。');
});

test('a service\'s coverage of a target group estimated in advance may exceed 100 %; land cover may not', () => {
  flags('全县完成孕前优生健康检查6120人次，覆盖率104.8%。');
  flags('全县森林覆盖率达到⟦104.8%⟧。');
});

test('investment done so far (已完成投资) over the total investment is progress: it may pass 100 %', () => {
  assert.deepEqual(findingsOf('小农水重点县项目总投资8620万元，已完成投资8990万元，占总投资的104%。', 'magnitude-suspect'), []);
});

test('subscriptions per hundred (宽带家庭普及率, 互联网用户普及率) may pass 100 %; a gas 普及率 may not', () => {
  assert.deepEqual(findingsOf('全省固定宽带家庭普及率达到118.4%，互联网用户普及率105.2%。', 'magnitude-suspect'), []);
  assert.equal(findingsOf('全县城市燃气普及率达到108.4%。', 'magnitude-suspect').length, 1);
});

test('one trade\'s profit over a whole whose other trades lost money may pass 100 %', () => {
  assert.deepEqual(findingsOf('全市规上酒类企业实现利润8.36亿元，占食品工业的108.6%。', 'magnitude-suspect'), []);
  assert.equal(findingsOf('全市规上酒类企业实现产值18.36亿元，占食品工业的108.6%。', 'magnitude-suspect').length, 1);
});

test('a sex ratio worded as a share (男女人口占比108.5%) may exceed 100 %', () => {
  assert.deepEqual(findingsOf('全市常住人口中，男性人口占比52.04%，女性人口占比47.96%，男女人口占比108.5%。', 'magnitude-suspect'), []);
});

test('a gross enrolment rate (毛入学率) may exceed 100 %, even in a list that ends with a share', () => {
  assert.deepEqual(findingsOf('全县小学净入学率、初中毛入学率和高校在校生中女生比例分别达99.8%、108.6%和52.3%。', 'magnitude-suspect'), []);
  // The share in the same list is still bounded.
  assert.equal(findingsOf('全县小学净入学率、初中毛入学率和高校在校生中女生比例分别达99.8%、108.6%和152.3%。', 'magnitude-suspect').length, 1);
});

test('amounts per head set no scale for a lone total in 亿', () => {
  flags('去年，全市17个省重点项目全年完成投资96.5亿元。全市人均GDP达到11.6万元，全省人均GDP为9.2万元，人均可支配收入为3.6万元，人均存款10.2万元。');
  // Totals that set the scale still pin a slip.
  flags('全年全县财政总收入⟦152513亿元⟧，人均GDP达到11.6万元，一般公共预算收入98213万元，税收收入61032万元，一般公共预算支出321540万元。');
});

test('averages (平均楼价, 均价) set no scale for a market\'s total in 亿', () => {
  flags('全年二手住宅买卖登记28,460宗，总成交金额达2,130亿元，按年升12%。甲屋苑平均楼价为612万元，乙屋苑平均楼价为845万元，丙屋苑平均楼价则为1,032万元，丁屋苑均价为758万元。');
});

test('volume bought against the volume agreed (占约定采购量) may pass 100 %', () => {
  assert.deepEqual(findingsOf('全市中选药品采购量占约定采购总量的比例为128.42%。', 'magnitude-suspect'), []);
  assert.equal(findingsOf('全市中选药品采购量占同类药品采购量的比例为128.42%。', 'magnitude-suspect').length, 1);
});

test('what was built against the plan (占规划总量的) may pass 100 %', () => {
  assert.deepEqual(findingsOf('牧区各县建设教师周转宿舍2860套，占规划总量的126%。', 'magnitude-suspect'), []);
  assert.equal(findingsOf('牧区各县建设教师周转宿舍2860套，占全省总量的126%。', 'magnitude-suspect').length, 1);
});

test('area treated over area struck (防治面积占发生面积, in 亩次) may pass 100 %', () => {
  assert.deepEqual(findingsOf('全市马铃薯晚疫病发生面积18.62万亩次，防治面积21.35万亩次，占发生面积的114.66%。', 'magnitude-suspect'), []);
  assert.equal(findingsOf('全市马铃薯种植面积18.62万亩，其中脱毒种薯面积21.35万亩，占种植面积的114.66%。', 'magnitude-suspect').length, 1);
});

test('an amount a 万/亿 slip away from every sibling of its sentence: 亿 far above them is a warning', () => {
  // (The document's largest amount is another sentence's: the slip shows only beside its siblings.)
  flags('全省一般公共预算支出2860亿元。今年安排城区建设项目资金：美丽乡村建设项目1300万元，道路改造提升工程1000万元，校舍提升改造项目⟦1000亿元⟧，供水管网改造项目860万元。');
  // Bounds and averages are no siblings (`1000万元以上`, `村均`), nor is a list's total above its parts.
  assert.deepEqual(findingsOf('注册资本1000万元（含）以上的担保机构共提供担保贷款1687亿元，其中单笔800万元（含）以下的占91%。', 'magnitude-suspect'), []);
  assert.deepEqual(findingsOf('全省村级资产4.9万亿元，村均816.4万元，乡镇、组级资产分别为0.7万亿元和0.9万亿元。', 'magnitude-suspect'), []);
  assert.deepEqual(findingsOf('全年支出总计5.0005亿元，其中：甲类支出5万元，乙类支出5万元。', 'magnitude-suspect').filter((f) => /同句/.test(f.message.zh)), []);
});

test('the level a per-head amount moved to (人均负债从3.6万元降至2万元) is per head too, no sibling of the totals (s49)', () => {
  assert.deepEqual(findingsOf('四年累计减债380亿元，计入追加还本的25亿元与今年编列的96亿元，市民人均负债从9.4万元降至8.9万元。', 'magnitude-suspect'), []);
  // A plain amount beside them is still one.
  assert.equal(findingsOf('四年累计减债380亿元，计入追加还本的25亿元与今年编列的96亿元，另拨付补助资金8.9万元。', 'magnitude-suspect').length, 1);
});

test('two siblings are enough for an amount in 亿 far above them; an amount in 万 below two in 亿 is left alone', () => {
  flags('区财政局提前下达新增政府债券1200万元。新增政府债券安排情况：教育支出⟦600亿元⟧、城乡社区支出450万元、农林水支出150万元。');
  // (Two aggregates and a per-head income: no list of one scale.)
  assert.deepEqual(findingsOf('全县财政总收入5.62亿元，地区生产总值35.7亿元，农村常住居民人均可支配收入0.7961万元。', 'magnitude-suspect'), []);
});

test('an amount in 万 far below siblings all in 亿 is information only: a small item may be real', () => {
  const found = findingsOf('本月辖区证券交易总额858.85亿元，A股交易额629.61亿元，B股交易额224.58万元，债券回购169.64亿元。', 'magnitude-suspect');
  assert.equal(found.length, 1);
  assert.equal(found[0]?.severity, 'info');
  assert.equal(found[0]?.fixes[0]?.edits[0]?.newText, '224.58亿元');
});

test('a rate over 100 % that two figures before it give exactly is the writer\'s own ratio, however worded', () => {
  assert.deepEqual(findingsOf('全区2022年度发电量约63.8亿千瓦时，社会总用电量约55亿千瓦时，新能源电量占比达116%。', 'magnitude-suspect'), []);
  assert.equal(findingsOf('全区2022年度发电量约63.8亿千瓦时，社会总用电量约55亿千瓦时，新能源电量占比达126%。', 'magnitude-suspect').length, 1);
});

test('a share over 100 % of a whole the text itself shows over 100 % elsewhere (a burden over a revenue) is possible', () => {
  const lead = '各镇人员经费支出合计86亿元，占各镇自有收入72亿元的119%。';
  const rest = '人员经费占各该镇自有收入比率超过150%的有3个镇，以东镇236%最高。';
  assert.deepEqual(findingsOf(lead + rest, 'magnitude-suspect'), []);
  // Alone, the second sentence's share over 100 % is still impossible.
  assert.equal(findingsOf(rest.replace('，以东镇236%最高', ''), 'magnitude-suspect').length, 1);
  // A share of another whole over 100 % is no licence.
  flags(HEAD + '人员经费占各镇自有收入72亿元的119%。民营经济增加值占地区生产总值比重⟦103.5%⟧。');
});

test('a running or overall total beside its cases (至目前已…追回1.68亿元) is no slip of the list', () => {
  assert.deepEqual(findingsOf('今年全省医保基金支出286.5亿元。某县医院骗取医保基金0.73万元；某药店骗取医保基金0.59万元，某诊所骗取医保基金0.42万元……至目前已处理违规机构755家，追回医保基金1.68亿元。', 'magnitude-suspect'), []);
});

test('under a 其中 that may be incomplete, a figure whose 万/亿 alone puts the parts over the total is a slip', () => {
  // A part in 亿 among 万: corrected, the parts fall within the total (they need not make it).
  flags('全省高标准农田建设中央及省级资金共计1538240万元，其中2023年省级资金⟦218000亿元⟧、中央资金497780万元。');
  // Written right, nothing is said.
  assert.deepEqual(findingsOf('全省高标准农田建设中央及省级资金共计1538240万元，其中2023年省级资金218000万元、中央资金497780万元。', CODE), []);
  // The total in 万 under parts in 亿.
  flags('全省国有企业利润总额⟦715万元⟧，同比增长18.2%。其中，省级企业利润总额402亿元，市县企业利润总额190亿元。');
  // Parts that share one multiplier say nothing of a slip, however far over the total.
  assert.deepEqual(findingsOf('全省国有企业利润总额715万元，其中，省级企业利润总额402万元，市县企业利润总额390万元。', CODE), []);
});

test('a rise a thousand times the amount it rose to is a 万/亿 slip of one of them', () => {
  flags('1至5月，全国财政收入4157.86万元（不含债务收入），比去年同期增加⟦829.58亿元⟧。');
  flags('地方财政总收入13808万元，比预算增加⟦1702亿元⟧，比上年增加2737亿元。');
  const found = findingsOf('全县财政收入4157.86万元，比上年增加829.58亿元。', CODE);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]?.fixes?.map((f) => f.edits[0]?.newText), ['4157.86亿元', '829.58万元']);
});

test('no slip in a rise: a rise under its amount, a fall, a profit out of a loss, or a rise far beyond any slip', () => {
  flags('全县财政收入4157.86亿元，比上年增加829.58万元。'); // a small rise is possible
  flags('全县财政收入4157.86万元，比上年减少8.29亿元。'); // a fall may be any size
  flags('全县工业企业实现利润500万元，比上年增加1.2亿元。'); // a loss turned into a profit
  flags('全县财政收入4157.86万元，比上年增加3.2万亿元。'); // 10⁴ off is not enough to explain it
  flags('全县财政收入41.5万元，比上年增加8.3万元，其中税收收入比上年增加3.2亿元。'); // another figure's rise
});

test('a total of capacity written in 万 whose parts make it exactly in 亿 is a slip; a mere excess of parts is not', () => {
  flags('一季度，全省新增发电装机⟦1.52万千瓦⟧，其中，水电新增并网310万千瓦，风电新增并网4250万千瓦，光伏发电新增并网10560万千瓦，生物质发电新增并网80万千瓦。');
  flags('一季度，全省新增发电装机1.52亿千瓦，其中，水电新增并网310万千瓦，风电新增并网4250万千瓦，光伏发电新增并网10560万千瓦，生物质发电新增并网80万千瓦。');
  flags('一季度，全省新增发电装机3.5万千瓦，其中，水电新增并网310万千瓦，风电新增并网4250万千瓦，光伏发电新增并网10560万千瓦。'); // no exact sum in either unit
});

test('a rate of the budget allotted so far (占累计分配预算数则为) is a completion rate: it may exceed 100 %', () => {
  flags('累计1至4月实征净额为7,120亿元，预算数达成率为31.5%，占累计分配预算数则为108.4%。');
  // A share of a whole that is no plan still may not.
  flags('其中营利事业所得税占累计实征净额则为⟦108.4%⟧。');
});

test('an index written with % and a planted area against the plan (計畫…之) may exceed 100 %', () => {
  flags('10月工業生產當中占比最高的製造業指數為118.6%，年增率6.2%。');
  flags('二期作全國種植面積累計98,500公頃，占計畫種植面積之102.40%。');
  flags('截至本月底，累計收購量占收購計畫之104.2%。'); // a plan named anywhere in the clause, 計畫 as Taiwan writes it
  // A share of a whole that is no plan still may not.
  flags('全國種植面積累計98,500公頃，占耕地面積之⟦102.40%⟧。');
});

test('a coverage of bad loans by their allowance (`备抵呆帐占逾期放款之覆盖率`) is no share bounded by 100 %', () => {
  flags('年底本国银行逾期放款比率为0.18%，备抵呆帐占逾期放款之覆盖率为712.46%。');
  flags('年底森林覆盖率为⟦112.5%⟧。');
});

test('one amount measured against another it is no part of (`约当外汇存底的比重`) may exceed 100 %', () => {
  flags('9月底外资持有股票及债券合计为6,520亿美元，约当外汇存底的比重也上涨至121%。');
  flags('年末政府债务余额相当于地区生产总值的比重为118%。');
  // The ratio of one amount to another (`A与B的比例`) names no part and its whole (s50).
  flags('基金规定，支持组合资产与货币基础的比例维持在105%至112.5%之间。');
  flags('全市金融机构贷款与存款的比例为103.6%。');
  // A share of a whole that holds it still cannot.
  flags('全县耕地面积中，水田占耕地面积的比重为⟦128%⟧。');
});

test('a debt over a year\'s revenue (债务占岁入比率) may exceed 100 %; a revenue share of revenue may not (s48)', () => {
  flags('该县长短债多年超过法定债限，债务占岁入比率达152.36%，每位县民平均负债6万多元。');
  flags('该县税收收入占财政收入比例达⟦116.8%⟧。');
});
