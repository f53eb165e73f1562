import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, marked, spansOf } from '../markers';
import { readFixture, CORPUS } from '../fixtures';
import { at } from '../../at';

const CODE = 'share-mismatch';
const HEAD = '一、2022年国民经济和社会发展计划执行情况\n';

function flags(src: string): void {
  const m = marked(src);
  const found = findingsOf(m.text, CODE);
  assert.deepEqual(spansOf(found), m.spans, JSON.stringify(found.map((f) => f.message.zh)));
}

// ------------------------------------------------------------------ must flag

test('flags a 贷存比 that is not 贷款 ÷ 存款', () => {
  flags(HEAD + '金融机构存款余额334.8亿元，同比增长16.2%；贷款余额289.5亿元，同比增长12.1%，贷存比⟦88.5%⟧。');
});

test('flags a share of a whole stated elsewhere in the document', () => {
  flags(HEAD + '一般公共预算支出63.8亿元。民生支出49.9亿元，占一般公共预算支出的⟦75.2%⟧。');
});

test('flags 占比 of a part under 其中 against its total', () => {
  flags('年度计划投资255.2亿元，其中：政府性投资151.4亿元，占比⟦61.3%⟧，社会性投资103.8亿元，占比⟦38.7%⟧。');
});

test('message shows the division; related to part and whole', () => {
  const f = at(findingsOf(HEAD + '一般公共预算支出63.8亿元。民生支出49.9亿元，占一般公共预算支出的75.2%。', CODE), 0);
  assert.match(f.message.zh, /75.2% 与 49.9亿元 ÷ 63.8亿元 = 78.213% 不符/);
  assert.equal(f.related.length, 2);
  assert.equal(f.severity, 'warning');
});

test('fix: the computed share removes the finding', () => {
  const text = HEAD + '金融机构存款余额334.8亿元；贷款余额289.5亿元，贷存比88.5%。';
  const f = at(findingsOf(text, CODE), 0);
  assert.equal(at(at(f.fixes, 0).edits, 0).newText, '86.5%');
  assert.deepEqual(findingsOf(applyFix(text, at(f.fixes, 0)), CODE), []);
});

// ------------------------------------------------------------------ must not flag

test('does not flag 贷存比 86.5% vs 289.5/334.8 = 86.47% (000 line 18)', () => {
  flags(HEAD + '金融机构存款余额334.8亿元，同比增长16.2%；贷款余额289.5亿元，同比增长12.1%，贷存比86.5%，较上年同期下降3个百分点。');
});

test('does not flag a share within the rounding of its inputs (interval arithmetic)', () => {
  // 1.5/2.4 = 62.5 %, but 1.45/2.45 = 59.2 % and 1.55/2.35 = 66.0 %: 60% is possible.
  flags(HEAD + '一般公共预算支出2.4亿元。民生支出1.5亿元，占一般公共预算支出的60%。');
});

test('does not flag a share whose whole the document does not state (003 line 62)', () => {
  flags(HEAD + '民生支出49.9亿元，占一般公共预算支出的78.2%。');
});

test('does not flag a share whose whole is stated for another period', () => {
  flags(HEAD + '2021年一般公共预算支出70亿元。2022年民生支出49.9亿元，占一般公共预算支出的78.2%。');
});

test('does not flag a bound (占比60%以上)', () => {
  flags(HEAD + '一般公共预算支出63.8亿元。民生支出49.9亿元，占一般公共预算支出的60%以上。');
});

test('does not flag a growth rate next to a level', () => {
  flags(HEAD + '一般公共预算支出63.8亿元。民生支出49.9亿元，增长75.2%。');
});

test('does not flag 占比 of matching 政府/社会 parts (001 line 48)', () => {
  flags('年度计划投资255.2亿元，其中：政府性投资151.4亿元，占比59.3%，社会性投资103.8亿元，占比40.7%。');
});

test('does not use a whole stated twice with different values', () => {
  flags(HEAD + '一般公共预算支出63.8亿元。一般公共预算支出70亿元。民生支出49.9亿元，占一般公共预算支出的75.2%。');
});

// 完成率: the actual ÷ the same indicator's target for the year (here from a table's 目标 column).
const TARGETS = '| 指标 | 单位 | 2022年目标 | 2022年完成 |\n| --- | --- | --- | --- |\n| 地区生产总值 | 亿元 | 240 | 231.7 |\n\n';

test('flags a completion rate that is not actual ÷ target', () => {
  flags(`${HEAD}${TARGETS}全年实现地区生产总值231.7亿元，同比增长2.3%，完成年度目标的⟦92.5%⟧。\n`);
  const text = `${HEAD}${TARGETS}全年实现地区生产总值231.7亿元，同比增长2.3%，完成年度目标的92.5%。\n`;
  const f = at(findingsOf(text, CODE), 0);
  assert.match(f.message.zh, /完成率 92\.5% 与 231\.7亿元 ÷ 目标 240亿元 = 96\.54/);
  assert.deepEqual(findingsOf(applyFix(text, at(f.fixes, 0)), CODE), [], 'the fix writes 96.5%');
});

test('does not flag a completion rate within rounding, or one without a stated target', () => {
  // 231.7 ÷ 240 = 96.54 %; the target 240 is only precise to ±0.5, so 96.5 % and 96.7 % agree.
  flags(`${HEAD}${TARGETS}全年实现地区生产总值231.7亿元，完成年度目标的96.5%。\n`);
  flags(`${HEAD}${TARGETS}全年实现地区生产总值231.7亿元，完成年度目标的96.7%。\n`);
  flags(`${HEAD}全年实现地区生产总值231.7亿元，完成年度目标的92.5%。\n`);
});

test('corpus: 贷存比 (000) and 政府/社会 占比 (001) agree; nothing flagged', () => {
  for (const name of CORPUS) assert.deepEqual(findingsOf(readFixture(name), CODE).map((f) => f.message.zh), [], name);
});

test('the part of a share is the level, not the change after it (比上年增加2.3亿元)', () => {
  flags(HEAD + '一般公共预算支出52.38亿元。民生支出42.15亿元，比上年增加2.3亿元，占一般公共预算支出的80.5%。');
  flags(HEAD + '一般公共预算支出52.38亿元。民生支出42.15亿元，比上年增加2.3亿元，占一般公共预算支出的⟦85.5%⟧。');
});

test('a share that names its own subject (税收收入占一般公共预算收入的比重为…)', () => {
  flags(HEAD + '全年一般公共预算收入16.8亿元。其中，税收收入11.3亿元，增长6.2%，税收收入占一般公共预算收入的比重为⟦63.7%⟧。');
  flags(HEAD + '全年一般公共预算收入16.8亿元。其中，税收收入11.3亿元，增长6.2%，税收收入占一般公共预算收入的比重为67.3%。');
});

test('a completion rate against the plan figure of the same sentence', () => {
  flags(HEAD + '年度计划投资120亿元，实际完成投资126.5亿元，完成年度计划的⟦110.4%⟧。');
  flags(HEAD + '年度计划投资120亿元，实际完成投资126.5亿元，完成年度计划的105.4%。');
  // `计划完成投资` is the plan of doing; the plan may name its measure (`完成年度投资计划的`).
  flags(HEAD + '全年计划完成投资64.0亿元，累计完成投资16.00亿元，完成年度投资计划的⟦27.0%⟧。');
  flags(HEAD + '全年计划完成投资64.0亿元，累计完成投资16.00亿元，完成年度投资计划的25.0%。');
  flags(HEAD + '重点项目28个，计划完成投资8.00亿元，实际完成9.00亿元，占年度计划投资⟦105%⟧。');
  flags(HEAD + '重点项目28个，计划完成投资8.00亿元，实际完成9.00亿元，占年度计划投资112.5%。');
  flags(HEAD + '今年计划完成项目总投资5000.00万元，现已完成投资3100.00万元，占计划总投资的⟦63.0%⟧。');
  flags(HEAD + '今年计划完成项目总投资5000.00万元，现已完成投资3100.00万元，占计划总投资的62.0%。');
  // A rate against a plan of months (`完成1-4月投资计划的`) is no rate of the year's plan.
  flags(HEAD + '全年计划完成投资64.0亿元，1-4月累计完成投资16.00亿元，完成1-4月投资计划的131.2%。');
});

test('a completion rate against the plan it names (为年初预算18.2亿元的…%)', () => {
  flags(HEAD + '一般公共预算收入完成18.62亿元，为年初预算18.2亿元的⟦104.3%⟧，增长6.4%。');
  flags(HEAD + '一般公共预算收入完成18.62亿元，为年初预算18.2亿元的102.3%，增长6.4%。');
});

test('a share written as subject + 占比 (税收占比) against the total of its 其中', () => {
  flags(HEAD + '一般公共预算收入10.2亿元，其中税收收入7.1亿元，税收占比⟦60.9%⟧。');
  flags(HEAD + '一般公共预算收入10.2亿元，其中税收收入7.1亿元，税收占比69.6%。');
});

test('a completion rate with the plan stated after the actual', () => {
  flags(HEAD + '重点项目全年完成投资1126.8亿元，年度计划投资1040.5亿元，完成年度计划的⟦103.8%⟧。');
  flags(HEAD + '重点项目全年完成投资1126.8亿元，年度计划投资1040.5亿元，完成年度计划的108.3%。');
});

test('常住人口城镇化率 is 城镇常住人口 ÷ 常住人口', () => {
  flags(HEAD + '年末全市常住人口412.36万人。其中，城镇常住人口237.52万人，乡村常住人口174.84万人。常住人口城镇化率为⟦56.7%⟧。');
  flags(HEAD + '年末全市常住人口412.36万人。其中，城镇常住人口237.52万人，乡村常住人口174.84万人。常住人口城镇化率为57.6%。');
  // 户籍人口城镇化率 has another denominator.
  flags(HEAD + '年末全市常住人口412.36万人，城镇常住人口237.52万人，户籍人口城镇化率为45.1%。');
});

// ------------------------------------------------------------------ completion rates (issue 10, group 1)

test('a completion rate worded with 占/为 may exceed 100 %: never a share, checked against the plan it names', () => {
  // No plan stated: nothing to check, and nothing read as a share of "年初预算".
  flags(HEAD + '全县财政总收入完成8.42亿元，占年初预算的107.3%，比上年增长9.1%。');
  flags(HEAD + '非税收入完成3260万元，占年计划的112%。');
  // The plan stated in another sentence: 8.42 ÷ 7.85 = 107.26 %.
  flags(HEAD + '年初预算安排财政总收入7.85亿元。全县财政总收入完成8.42亿元，占年初预算的107.3%。');
  flags(HEAD + '年初预算安排财政总收入7.85亿元。全县财政总收入完成8.42亿元，占年初预算的⟦103.7%⟧。');
});

test('年初预算 and 调整预算 are different plans: the rate is held to the one it names', () => {
  const plans = '一般公共预算收入年初预算2.4亿元，调整预算2.6亿元，完成2.71亿元，';
  // 2.71 ÷ 2.6 = 104.23 %; 2.71 ÷ 2.4 = 112.9 %.
  flags(HEAD + plans + '为调整预算的104.2%。');
  flags(HEAD + plans + '为年初预算的112.9%。');
  flags(HEAD + plans + '为调整预算的⟦112.9%⟧。');
  const text = HEAD + plans + '为调整预算的112.9%。';
  const f = at(findingsOf(text, CODE), 0);
  assert.match(f.message.zh, /2\.71亿元 ÷ 调整预算 2\.6亿元 = 104\.23/);
  assert.deepEqual(findingsOf(applyFix(text, at(f.fixes, 0)), CODE), []);
});

test('the plan inline with 年度预算 / 年计划 (占年度预算X的N%)', () => {
  flags(HEAD + '税收收入完成5410万元，占年度预算4980万元的108.6%。');
  flags(HEAD + '税收收入完成5410万元，占年度预算4980万元的⟦118.6%⟧。');
  flags(HEAD + '第二产业增加值286亿元，完成年计划301亿元的95%，增长4.1%。');
});

test('a target (年计划) is not used for a rate that names the adjusted budget', () => {
  flags(`${HEAD}${TARGETS}全年实现地区生产总值231.7亿元，为调整预算的92.5%。\n`);
});

test('a 分别 list of completion rates is not read as one rate of the last figure', () => {
  flags(HEAD + '财政总收入3.18亿元，其中地方一般公共预算收入1.92亿元，分别完成年度计划的108.2%和121.5%，分别增长9.3%和11.2%。');
});

test('shares of one whole forced to sum to 100 get one unit of their last digit', () => {
  // 52.6 ÷ 1263.9 = 4.162 % is published as 4.1 % so that 4.1 + 58.2 + 37.7 = 100.
  flags(HEAD + '全年地区生产总值1263.9亿元。其中，第一产业增加值52.6亿元，占地区生产总值的比重为4.1%；第二产业增加值735.4亿元，占地区生产总值的比重为58.2%；第三产业增加值475.9亿元，占地区生产总值的比重为37.7%。');
  flags(HEAD + '全年地区生产总值1263.9亿元。其中，第一产业增加值52.6亿元，占地区生产总值的比重为⟦4.4%⟧。');
});

// ------------------------------------------------------------------ missing arithmetic (issue 10, group 7)

test('其中X亿元、占比Y%: the implicit whole is the total just stated', () => {
  flags(HEAD + '一般公共预算支出52.4亿元，其中民生支出40亿元、占比⟦80.9%⟧。');
  flags(HEAD + '一般公共预算支出52.4亿元，其中民生支出40亿元、占比76.3%。');
});

test('level, growth and increment of one indicator: the increment ÷ last year is the growth', () => {
  // 3260 ÷ 1.085 = 3004.6, so the increase is 255.4万元: 285万元 means 9.58 %.
  flags(HEAD + '税收收入3260万元，增长⟦8.5%⟧，增收285万元。');
  flags(HEAD + '税收收入3260万元，增长8.5%，增收255万元。');
  flags(HEAD + '个人所得税326万元，同比减收652万元，下降⟦56.7%⟧。');
  flags(HEAD + '个人所得税326万元，同比减收652万元，下降66.7%。');
  // A note on what the figure counts stands between the name and the figure, a comma inside it.
  flags(HEAD + '全市组织税收收入（不含海关代征，未扣减出口退税）3260万元，增长⟦8.5%⟧，增收285万元。');
  flags(HEAD + '全市组织税收收入（不含海关代征，未扣减出口退税）3260万元，增长8.5%，增收255万元。');
  // GDP grows in real terms, unless an aside after its growth gives the constant-price one: then it is nominal (s50).
  // 96.4 ÷ (712.5 − 96.4) = 15.65 %.
  flags(HEAD + '全年实现地区生产总值712.5亿元，比上年增加96.4亿元，同比增长⟦16.6%⟧（按可比价计算，同比增长8.2%）。');
  flags(HEAD + '全年实现地区生产总值712.5亿元，比上年增加96.4亿元，同比增长15.6%（按可比价计算，同比增长8.2%）。');
  flags(HEAD + '全年实现地区生产总值712.5亿元，比上年增加96.4亿元，同比增长8.2%。');
  // Both counted from a month's end (较上月末 / 环比), or from a month's balance named as the base (s50).
  // 26.8 ÷ (1846.2 + 26.8) = 1.43 %.
  flags(HEAD + '3月末人民币存款余额1846.2亿元，较上月末减少26.8亿元，环比下降⟦2.43%⟧。');
  flags(HEAD + '3月末人民币存款余额1846.2亿元，较上月末减少26.8亿元，环比下降1.43%。');
  flags(HEAD + '3月末人民币存款余额1846.2亿元，较2月末的1873亿元减少26.8亿元，环比下降⟦2.43%⟧。');
  // A year-on-year growth after a month's change is on another base: silent.
  flags(HEAD + '3月末人民币存款余额1846.2亿元，较上月末减少26.8亿元，同比下降2.43%。');
  // A growth given as about so much (增幅约g%) is read to one unit of its last digit (s50).
  // 14.6 ÷ 1206.3 = 1.21 %.
  flags(HEAD + '融资余额为1220.9亿元，较上周融资余额1206.3亿元，增加14.6亿元，增幅⟦约2.21%⟧。');
  flags(HEAD + '融资余额为1220.9亿元，较上周融资余额1206.3亿元，增加14.6亿元，增幅约1.21%。');
  flags(HEAD + '融资余额为1220.9亿元，较上周融资余额1206.3亿元，增加14.6亿元，增幅约1.2%。');
  // `在X中占p%` names X as the whole; 累计 after 1~8月 is that span, so the part's 1~8月 is the total's period (s50).
  // 2800 ÷ 9120 = 30.7 %.
  flags(HEAD + '1~8月，电信业务收入累计完成9120亿元，同比增长2.1%。1~8月，固定通信业务收入2800亿元，同比增长9.5%，在电信业务收入中占⟦31.5%⟧。');
  flags(HEAD + '1~8月，电信业务收入累计完成9120亿元，同比增长2.1%。1~8月，固定通信业务收入2800亿元，同比增长9.5%，在电信业务收入中占30.7%。');
  // 累计 after a single month is no span from January: the month's part is of another period than the running total.
  flags(HEAD + '8月，电信业务收入累计完成9120亿元，同比增长2.1%。1~8月，固定通信业务收入2800亿元，同比增长9.5%，在电信业务收入中占31.5%。');
  // A 分…看 cut after the 其中 part's one amount (in 万亿元) breaks that amount down: its bare shares are of it (s50).
  // 2.6 ÷ 4.21 = 61.8 %.
  flags(HEAD + '境外机构在我国债券市场的托管余额为4.32万亿元。其中，境外机构在银行间债券市场的托管余额为4.21万亿元，分券种看，境外机构持有国债2.6万亿元，占比⟦63.8%⟧。');
  flags(HEAD + '境外机构在我国债券市场的托管余额为4.32万亿元。其中，境外机构在银行间债券市场的托管余额为4.21万亿元，分券种看，境外机构持有国债2.6万亿元，占比61.8%。');
  // An increment after the growth, named for another subject, is that subject's (s50).
  flags(HEAD + '上半年末贷款余额15280亿元，同比增长1.4% [3] - 对公贷款净增185亿元，个人贷款净减少92亿元。');
  flags(HEAD + '上半年末贷款余额15280亿元，同比增长⟦1.4%⟧，净增185亿元。');
  // A tax that one industry paid is the tax office's count, no survey on a comparable base (s50).
  flags(HEAD + '全省房地产业所得税入库3260万元，同比增长⟦8.5%⟧，增收285万元。');
  flags(HEAD + '全省房地产业所得税入库3260万元，同比增长8.5%，增收255万元。');
  // The industry's investment is such a survey: silent.
  flags(HEAD + '全省房地产开发投资3260万元，同比增长8.5%，增加285万元。');
  const text = HEAD + '税收收入3260万元，增长8.5%，增收285万元。';
  const f = at(findingsOf(text, CODE), 0);
  assert.match(f.message.zh, /285万元 ÷ 上年（3260万元 − 285万元）= 9\.58/);
  assert.deepEqual(findingsOf(applyFix(text, at(f.fixes, 0)), CODE), []);
});

test('a bare share after a part no total holds is its share of the total of its measure told before it (总票房 / 国产影片票房) (s50)', () => {
  // 18.42 ÷ 22.06 = 83.5 %.
  flags(HEAD + '春节档全国电影总票房22.06亿元，观影人次4920万，国产影片票房18.42亿元，占比⟦85.5%⟧。');
  flags(HEAD + '春节档全国电影总票房22.06亿元，观影人次4920万，国产影片票房18.42亿元，市场占比⟦85.5%⟧。');
  flags(HEAD + '春节档全国电影总票房22.06亿元，观影人次4920万，国产影片票房18.42亿元，市场占比83.5%。');
  // Another figure of the unit between the total and the part: which whole is unsure.
  flags(HEAD + '春节档全国电影总票房22.06亿元，进口影片票房3.64亿元，国产影片票房18.42亿元，占比85.5%。');
  // A total of another measure is no whole of this part.
  flags(HEAD + '全年电影总收入22.06亿元，国产影片票房18.42亿元，占比85.5%。');
});

test('level, growth and increment: rounding, other bases and real growth are not flagged', () => {
  // 1.2亿元 is ±500万元: 866 ÷ (11500…12500 + 866) reaches 6.48 %, within 6 % ± 0.5.
  flags(HEAD + '非税收入1.2亿元，下降6%，减收866万元。');
  // 比年初 is another base than 同比.
  flags(HEAD + '各项存款余额334.8亿元，比年初增加20亿元，同比增长16.2%。');
  // GDP growth is at comparable prices; its nominal increase implies another rate.
  flags(HEAD + '地区生产总值231.7亿元，增长2.3%，增加12.6亿元。');
  // 经济总量 is the GDP under another name.
  flags(HEAD + '12个县（市、区）经济总量合计达到315亿元，比上年同期增加61.2亿元，增长了16.4%。');
  // An increase that contradicts the direction is not read as this triple.
  flags(HEAD + '税收收入3260万元，增长8.5%，减收285万元。');  // A growth per year over a span is no increment ÷ the base.
  flags(HEAD + '“十二五”期间，一般公共预算支出18.6亿元，较“十一五”末净增11.2亿元，年均增长20.3%。');
});

test('level, growth and increment when the level is last year’s (较上年决算X，增收Y，增幅g)', () => {
  // 1716 ÷ 5520 = 31.09 %; the actual 7236 ÷ the plan 6280 = 115.22 %.
  flags(HEAD + '税收收入完成7236万元，占年度预算6280万元的115.2%，较上年决算5520万元，增收1716万元，增幅31.1%。');
  flags(HEAD + '非税收入完成3120万元，较上年决算2600万元，增收520万元，增幅⟦25%⟧。');
  flags(HEAD + '非税收入完成3120万元，较上年决算2600万元，增收520万元，增幅20%。');
});

test('last year\'s level after 亦較 and a growth written in a bracket (`增加Y元（增幅g）`) are read as one triple', () => {
  // 96.25 ÷ 1584.60 = 6.07 %.
  flags(HEAD + '其预估平均单位成本1,680.85元，亦較111年度之1,584.60元增加96.25元（增幅6.07%）。');
  flags(HEAD + '其预估平均单位成本1,680.85元，亦較111年度之1,584.60元增加96.25元（增幅⟦7.07%⟧）。');
});

test('a bare 占N% after a part under 其中 is its share of the 其中 total', () => {
  flags(HEAD + '农林牧渔业总产值22.3亿元。其中：农业产值11.4亿元，占51.1%；林业产值1.3亿元，占5.8%。');
  flags(HEAD + '农林牧渔业总产值22.3亿元。其中：农业产值11.4亿元，占51.1%；林业产值1.3亿元，占⟦7.8%⟧。');
});

test('increments: a 完成率 between level and increment, 增支, and 减幅 read as a growth', () => {
  flags(HEAD + '一般公共预算收入决算数129748万元，为调整预算数的100.66%，比上年增收12423万元，增长⟦11.59%⟧。');
  flags(HEAD + '一般公共预算收入决算数129748万元，为调整预算数的100.66%，比上年增收12423万元，增长10.59%。');
  flags(HEAD + '一般公共预算支出决算数480691万元，比上年增支8807万元，增长1.87%。');
  // `净增支出`: the increment with the amount it changes named after the verb. 8400 ÷ (52600 − 8400) = 19.0 %.
  flags(HEAD + '全年公共财政支出52600万元，比上年净增支出8400万元，增长⟦29%⟧。');
  flags(HEAD + '全年公共财政支出52600万元，比上年净增支出8400万元，增长19%。');
  flags(HEAD + '地方财政收入11489万元，较上年决算11972万元，减收483万元，减幅⟦14%⟧。');
  flags(HEAD + '地方财政收入11489万元，较上年决算11972万元，减收483万元，减幅4%。');
  // The growth of the next subject is not this increment's.
  flags(HEAD + '税收收入3260万元，增收255万元，非税收入1200万元，增长18.5%。');
});

test('increments: an inline plan figure is neither the level nor the increment', () => {
  // 9240 ÷ (107752 + 9240) = 7.9 %: the change is the actual's, not the budget's.
  flags(HEAD + '一般公共预算支出累计完成107752万元，完成预算数257288万元的41.9%，比上年减支9240万元，下降7.9%。');
  flags(HEAD + '一般公共预算支出累计完成107752万元，完成预算数257288万元的41.9%，比上年减支9240万元，下降⟦9.7%⟧。');
});

test('城镇化率 next to 户籍 or employment figures is not checked against them', () => {
  flags(HEAD + '年末户籍人口25.8万人，其中城镇人口12.1万人，城镇化率为75.8%。');
  flags(HEAD + '年末常住人口25.8万人，其中城镇人口12.1万人，城镇化率为⟦75.8%⟧。');
});

test('a plan stated elsewhere is used only for an indicator that names one thing', () => {
  // `投资` recurs for different projects: another sentence's 年度计划投资 is not this project's plan.
  flags(HEAD + '年度计划投资5亿元。\n完成投资3.1亿元，完成年度计划的103%。');
});

// ------------------------------------------------------------------ increments and 城镇化率 on real releases (our figures)

test('increments: a whole-unit rounding of the growth is accepted; a level in brackets or a second base is no triple', () => {
  // 2680 ÷ 23730 = 11.29 %: stated 11% or 12% is the office's rounding; 14% is not.
  flags(HEAD + '税收收入累计完成26410万元，同比增加2680万元，增长12%。');
  flags(HEAD + '税收收入累计完成26410万元，同比增加2680万元，增长⟦14%⟧。');
  // The bracketed 高新区 figure is not the level the increment speaks of.
  flags(HEAD + '一般公共预算总收入完成136.2亿元（县本级101.4亿元，高新区34.8亿元），完成调整预算的102.1%，同比增收9.3亿元，增长7.3%。');
  // The increment is against 报告数, the growth against the previous year's 决算数.
  flags(HEAD + '专项转移支付收入52100万元，比报告数48120万元增加3980万元，比2021年决算数增长16.4%。');
});

test('城镇化率 is checked only when urban and total population come from one place', () => {
  // The total beside the rate, the urban figure from another paragraph (another population): silence.
  flags(HEAD + '年末户籍人口中城镇人口61240人。\n据人口抽样调查推算，年末全县常住人口13.86万人，城镇化率为71.35%。');
  // Both in the sentence: 9.87 ÷ 13.86 = 71.21 %.
  flags(HEAD + '年末全县常住人口13.86万人，其中城镇人口9.87万人，城镇化率为⟦73.5%⟧。');
});

test('an amount over the plan (超收) is no level for the increment arithmetic', () => {
  flags(HEAD + '政府性基金收入35200万元，完成预算21000万元的167.6%，超收14200万元，同比减收11800万元，下降25.1%。');
});

test("a completion rate is this year's actual ÷ the plan, not last year's amount named just before it", () => {
  flags(HEAD + '组织财政收入累计完成151240万元，比上年同期149320万元增收1920万元，增长1.29%，完成年初预算251400万元的60.16%。');
  flags(HEAD + '组织财政收入累计完成151240万元，比上年同期149320万元增收1920万元，增长1.29%，完成年初预算251400万元的⟦62.16%⟧。');
});

test('level, two plans with their completion rates, then 同比增收 and 同比增长: the growth is held to the increment', () => {
  const text = (g: string) =>
    `${HEAD}一般公共预算收入完成数184200万元，完成年初预算160000万元的115%，完成调整预算收入计划184000万元的100%，同比增收22100万元，同比增长${g}。`;
  // 22100 ÷ (184200 − 22100) = 13.63 %
  flags(text('13.6%'));
  flags(text('⟦18.6%⟧'));
});

test('increments: a rival amount before the increment silences; a compared amount is the base', () => {
  // Whose change is the 300万元: the revenue's or the month's progress? Not written.
  flags(HEAD + '大口径财政收入完成5200万元，占年初预算月进度的99.4%，月进度290万元，较上年同月减收300万元，下降5.5%。');
  // `比…报告数X增加Y，增长g`: g = Y ÷ X. 8000 ÷ 567000 = 1.41 %.
  flags(HEAD + '一般公共预算收入完成575000万元，比县人代会报告数（以下简称“报告数”）567000万元增加8000万元，增长1.4%。');
  flags(HEAD + '一般公共预算收入完成575000万元，比县人代会报告数（以下简称“报告数”）567000万元增加8000万元，增长⟦2.4%⟧。');
});

test('a growth to two decimals may be off the rounded amounts by a few hundredths of a point', () => {
  // 5.26 ÷ (22.71 − 5.26) = 30.14 %; 30.09 % is within 0.05 point of it.
  flags(HEAD + '9月份，全市财政收入完成22.71亿元，比上年同月增收5.26亿元，增长30.09%。');
  flags(HEAD + '9月份，全市财政收入完成22.71亿元，比上年同月增收5.26亿元，增长⟦30.39%⟧。');
});

// ------------------------------------------------------------------ asides and wholes named shorter

test('flags a share whose clause carries the ratio name in brackets', () => {
  flags('年末户籍人口52.40万人，其中城镇户籍人口20.11万人，占户籍人口比重（户籍人口城镇化率）为⟦39.38%⟧。');
  flags('年末户籍人口52.40万人，其中城镇户籍人口20.11万人，占户籍人口比重（户籍人口城镇化率）为38.38%。');
});

test('flags a share of a whole named shorter than its figure in the same sentence', () => {
  flags('农村居民人均消费支出15230元，其中食品烟酒支出4720元，食品烟酒支出占消费支出的比重(恩格尔系数)为⟦32.0%⟧。');
  flags('农村居民人均消费支出15230元，其中食品烟酒支出4720元，食品烟酒支出占消费支出的比重(恩格尔系数)为31.0%。');
});

test('does not flag when two figures of the sentence could be the shorter-named whole', () => {
  flags('城镇居民人均消费支出25100元，农村居民人均消费支出15230元，其中食品烟酒支出4720元，食品烟酒支出占消费支出的比重为32.0%。');
});

// ------------------------------------------------------------------ completion rates: more ways to name the plan

test('flags a completion rate against the figure a budget was adjusted to (`调整为`)', () => {
  flags('2021年一般公共预算收入年初为52300万元，经批准调整为54800万元，实际完成55960万元，为调整预算的⟦103.1%⟧。');
  flags('2021年一般公共预算收入年初为52300万元，经批准调整为54800万元，实际完成55960万元，为调整预算的102.1%。');
});

test('flags a 完成率 against an assigned 考核指标', () => {
  flags('2022年造林考核指标4.20万亩，完成4.65万亩，完成率⟦112.7%⟧。');
  flags('2022年造林考核指标4.20万亩，完成4.65万亩，完成率110.7%。');
});

test('flags a completion rate whose plan stands in brackets or far from its verb', () => {
  flags('1-6月，进出口总额8.64亿元，完成年任务（20.5亿元）的⟦45.1%⟧。');
  flags('1-6月，进出口总额8.64亿元，完成年任务（20.5亿元）的42.1%。');
  flags('1-9月一般公共预算支出完成75120万元，为县人代会批准的全年预算98640万元的⟦78.2%⟧。');
  flags('1-9月一般公共预算支出完成75120万元，为县人代会批准的全年预算98640万元的76.2%。');
});

test('does not take a plan whose 的 was dropped for the actual of the next rate', () => {
  flags('完成一般公共预算收入21.46亿元，为人大预算数24.0亿元的89.4%，为市下三季度目标20.85亿元102.9%，为市下全年目标26亿元的82.5%。');
});

test('flags a share in brackets right after its part (`（占比…）`)', () => {
  flags('一般公共预算收入64280万元，其中：税收收入48320万元（占比⟦76.2%⟧），非税收入15960万元（占比24.8%）。');
  flags('一般公共预算收入64280万元，其中：税收收入48320万元（占比75.2%），非税收入15960万元（占比24.8%）。');
});

test('flags a completion rate worded 占年度计划投资, with no 的', () => {
  flags('年度计划投资36.20亿元，全年累计完成投资45.14亿元，占年度计划投资⟦134.7%⟧。');
  flags('年度计划投资36.20亿元，全年累计完成投资45.14亿元，占年度计划投资124.7%。');
});

test('does not flag a completion rate to the whole percent that was cut, not rounded', () => {
  // 597.97 ÷ 458.15 = 130.52 %
  flags('年度计划投资458.15亿元，截止12月，完成投资597.97亿元，占年度计划投资130%。');
});

test('flags the population shares of a family against the partition total, named 总人口', () => {
  flags('年末常住人口为38.42万人，其中城镇人口20.15万人，占总人口的比重为⟦53.45%⟧；乡村人口18.27万人，占总人口的比重为47.55%。');
  flags('年末常住人口为38.42万人，其中城镇人口20.15万人，占总人口的比重为52.45%；乡村人口18.27万人，占总人口的比重为47.55%。');
});

test('does not take a sibling part for the whole a share names', () => {
  flags('按城乡属性分，城镇属性人口93120人，占总人口的34.1%；乡村属性人口180400人，占总人口的65.9%。');
  flags('按城乡属性分，城镇属性人口193120人，占总人口的70.6%；乡村属性人口80400人，占总人口的29.4%。');
});

test('the actual of a completion rate is not a figure named in passing inside a bracket', () => {
  flags('全年综合预算收入512.6亿元（已剔除调入资金41.2亿元），完成预算（478.4亿元）的107.2%。');
  flags('全年综合预算收入512.6亿元（已剔除调入资金41.2亿元），完成预算（478.4亿元）的⟦109.2%⟧。');
});

test('flags a completion rate right after its plan figure, its 的 dropped', () => {
  flags('全年一般公共预算收入完成84620万元，完成调整预算82400万元⟦103.7%⟧，同比增长8.1%。');
  flags('全年一般公共预算收入完成84620万元，完成调整预算82400万元102.7%，同比增长8.1%。');
});

test('flags the shares of spending listed after 主要用于以下方面', () => {
  flags('全年财政拨款支出862.40万元，主要用于以下方面：教育支出120.50万元，占⟦15.0%⟧；卫生健康支出741.90万元，占86.0%。');
  flags('全年财政拨款支出862.40万元，主要用于以下方面：教育支出120.50万元，占14.0%；卫生健康支出741.90万元，占86.0%。');
});

test('another base in one `；` group of a long sentence does not silence the increment of another', () => {
  flags('规上工业增加值可比增长6.2%；1至8月，全县公共财政收入完成38420万元，同比增长⟦18.4%⟧，增收5260万元。');
  flags('规上工业增加值可比增长6.2%；1至8月，全县公共财政收入完成38420万元，同比增长15.9%，增收5260万元。');
});

// ------------------------------------------------------------------ how sure: a slip or another pairing

test('a share far from what its figures give, and no slip of them, is information: it was likely computed from other figures', () => {
  // 3.1 ÷ 8.2 = 37.8 %, stated 61.5 %: more likely a share of another whole than a wrong figure.
  const fs = findingsOf('全年一般公共预算收入8.2亿元，其中税收收入3.1亿元，占比61.5%。', CODE);
  assert.deepEqual(fs.map((f) => f.severity), ['info']);
  assert.match(fs[0]?.message.en ?? '', /far from what these figures give/);
});

test('a share a typing slip away from what its figures give stays a warning (37.8 % typed 47.8 %)', () => {
  assert.deepEqual(findingsOf('全年一般公共预算收入8.2亿元，其中税收收入3.1亿元，占比47.8%。', CODE).map((f) => f.severity), ['warning']);
});

test('a growth typed with a digit too many (4 % as 14 %) stays a warning; one far off is information', () => {
  const sev = (g: string): string[] => findingsOf(`全年一般公共预算支出完成52400万元，同比增加2100万元，增长${g}。`, CODE).map((f) => f.severity);
  assert.deepEqual(sev('14%'), ['warning']);
  assert.deepEqual(sev('9.5%'), ['info']);
});

test('a plan figure inline before its plan words is no whole of the share under the next 其中', () => {
  // 86.1 ÷ 90.4 = 95.2 %: the share of the revenue, not of the 88.0 plan.
  flags('全年一般公共预算收入90.4亿元，增长6.1%，完成区下达88.0亿元收入预算目标的102.7%。其中：税收收入86.1亿元，增长5.2%，税收占比95.2%。');
});

test('another base named only after the growth and the increment (`若剔除…按同口径增长`) leaves them year-on-year', () => {
  const text = (g: string): string => HEAD + `1-5月，全市一般公共预算收入完成826.4亿元，比上年增长${g}，增收211.8亿元，若剔除退税因素，按同口径计算增长16.2%。`;
  flags(text('⟦36.5%⟧'));
  flags(text('34.5%'));
  // Named before the growth, the other base still silences the pair.
  flags(HEAD + '1-5月，全市一般公共预算收入完成826.4亿元，按同口径计算增长36.5%，增收211.8亿元。');
});

test('a completion rate to two decimals is not held closer than 0.05 point (computed from unrounded amounts)', () => {
  flags(HEAD + '省重点项目12个，年度计划投资38.47亿元，完成投资5.30亿元，完成年度计划13.75%；市重点项目9个，年度计划投资12.36亿元，完成投资3.11亿元，完成年度计划⟦21.16%⟧。');
  // 5.30 ÷ 38.47 = 13.777 %: 13.75 is 0.02 point off, 13.65 is 0.12 point off.
  flags(HEAD + '省重点项目12个，年度计划投资38.47亿元，完成投资5.30亿元，完成年度计划⟦13.65%⟧。');
});

test('shares of the parts\' own sum (districts that do not add up to the city) are not flagged', () => {
  // 412.6 ÷ (412.6 + 530.2) = 43.8 % and the two shares make 100: the districts were reckoned on their own.
  flags(HEAD + '全年全市实现生产总值906.3亿元，增长5.6%。分区域看：城区生产总值412.6亿元、增长4.8%，占全市生产总值43.8%；县域生产总值530.2亿元、增长6.3%，占全市56.2%。');
  // Neither over the city nor over the parts' sum: still a mismatch.
  flags(HEAD + '全年全市实现生产总值906.3亿元，增长5.6%。分区域看：城区生产总值412.6亿元、增长4.8%，占全市生产总值⟦48.8%⟧；县域生产总值530.2亿元、增长6.3%，占全市51.2%。');
});

test('a bare 占比 after parts that add up to another figure than the 其中 total is left alone', () => {
  // 2870 ÷ 7410 = 38.7 %: the parts break down the 7410, not the 同口径 8650 the 其中 follows.
  flags(HEAD + '全县一般公共预算收入7410万元，考虑留抵退税因素，同口径完成地方财政收入8650万元，同口径增长6.1%，其中：税收收入完成4540万元，非税收入完成2870万元，非税占比38.7%。');
  flags(HEAD + '全县一般公共预算收入7410万元，其中：税收收入完成4540万元，非税收入完成2870万元，非税占比⟦33.7%⟧。');
});

test('`比上年增加…，比上年增长…` name one base; a real growth (`实际增长`) is no increment ÷ last year', () => {
  // 1846 ÷ (17930 − 1846) = 11.48 %.
  flags(HEAD + '全年城镇居民人均可支配收入17930元，比上年增加1846元，比上年增长⟦12.5%⟧。');
  flags(HEAD + '全年城镇居民人均可支配收入17930元，比上年增加1846元，比上年增长11.5%。');
  flags(HEAD + '全年城镇居民人均可支配收入17930元，比上年增加1846元，实际增长9.2%。');
  flags(HEAD + '全年城镇居民人均可支配收入17930元，比上年增加1846元，增长11.5%，扣除价格因素实际增长9.2%。');
});

test('flags a completion rate against the budget as adjusted, named 预算调整数 with its figure inline', () => {
  flags(HEAD + '一般公共预算支出61420万元，占预算调整数64000万元的⟦97.97%⟧，比上年减少3120万元。');
  flags(HEAD + '一般公共预算支出61420万元，占预算调整数64000万元的95.97%，比上年减少3120万元。');
});

test('flags a share of 财政支出 under a 一般公共预算支出 total; not a right one', () => {
  flags('今年一季度，全区一般公共预算支出7.42亿元，其中民生支出5.96亿元，占财政支出比重⟦81.3%⟧。');
  flags('今年一季度，全区一般公共预算支出7.42亿元，其中民生支出5.96亿元，占财政支出比重80.3%。');
});

test('does not hold a growth to an increment over the figure reported to the congress', () => {
  flags(HEAD + '省财政补助收入318200万元，同比增长17.2%，比向区人代会报告数据增加8120万元。');
});

test('a share under a district\'s own total is of that total, not of the county\'s level of the same name', () => {
  flags(HEAD + '全县一般公共预算收入完成420000万元，同比增长6.1%。县本级一般公共预算收入完成236400万元，同比增长3.4%；其中税收收入完成137820万元，占一般公共预算收入的58.3%。');
  flags(HEAD + '全县一般公共预算收入完成420000万元，同比增长6.1%。县本级一般公共预算收入完成236400万元，同比增长3.4%；其中税收收入完成137820万元，占一般公共预算收入的⟦59.3%⟧。');
});

test('a share of a whole the sentence before names with its subject first (企业共完成建筑业总产值)', () => {
  const text = (part: string): string =>
    `2023年，全市建筑业企业共完成建筑业总产值41.20亿元，同比增长8.1%。房屋建筑业完成产值${part}亿元，同比增长4.8%，占建筑业总产值的比重为⟦16.7%⟧。`;
  flags(text('7.90'));
  flags(text('6.90').replace(/[⟦⟧]/g, ''));
  // two such levels in the sentence before: which one is meant is not written
  flags('2023年，全市建筑业企业共完成建筑业总产值41.20亿元，国有建筑业企业完成建筑业总产值12.40亿元。房屋建筑业完成产值7.90亿元，占建筑业总产值的比重为16.7%。');
});

test('a whole equal to its part is the part stated twice, not the whole the share names', () => {
  // The zone's own figure, stated in a summary and again with its share of the province.
  flags(
    '引进省外资金21.03亿元，增长0.4%。完成进出口总值186.4亿美元，增长32.5%。其中出口总值92.9亿美元，增长35.6%。\n\n' +
      '三是进出口规模不断扩大。截止七月底，实验区完成进出口总值186.4亿美元，增长32.5%，占全省进出口总值的57.2%。其中出口总值92.9亿美元，增长35.6%，占全省出口总值的51.8%。',
  );
});

test('an amount over the plan (超收) between the actual and its completion rate is no actual', () => {
  flags(HEAD + '一般公共预算收入预计完成52480万元，超收21160万元，占预算目标31320万元的167.56%。');
  flags(HEAD + '一般公共预算收入预计完成52480万元，超收21160万元，占预算目标31320万元的⟦177.56%⟧。');
});

test('a 决算 figure is the actual a budget in its sentence is completed by', () => {
  flags(HEAD + '本单位“三公”经费支出预算为48.60万元，支出决算为31.20万元，完成预算的⟦65.2%⟧。');
  flags(HEAD + '本单位“三公”经费支出预算为48.60万元，支出决算为31.20万元，完成预算的64.2%。');
  flags(HEAD + '“三公”经费支出年初预算12.5万元，支出决算7.5万元，完成年初预算的60%。');
  flags(HEAD + '“三公”经费支出年初预算12.5万元，支出决算7.5万元，完成年初预算的⟦62%⟧。');
});

test('at the year end, a balance’s 比年初 increase and its growth share one base', () => {
  flags(HEAD + '年末各项存款余额235410万元，比年初增加41320万元，增长⟦22.3%⟧。');
  flags(HEAD + '年末各项存款余额235410万元，比年初增加41320万元，增长21.3%。');
  // Mid-year the start of the year is no year-on-year base: not checked.
  flags(HEAD + '6月末各项存款余额235410万元，比年初增加41320万元，增长22.3%。');
});

test('a 其中 part’s own level, increase and growth are checked after the total’s complete triple', () => {
  flags(HEAD + '年末各项存款余额418.6亿元，比上年增加52.1亿元，增长14.2%，其中住户存款余额233.4亿元，比上年增加30.7亿元，增长⟦16.1%⟧。');
  flags(HEAD + '年末各项存款余额418.6亿元，比上年增加52.1亿元，增长14.2%，其中住户存款余额233.4亿元，比上年增加30.7亿元，增长15.1%。');
});

test('a rate that the total before a 其中 part gives exactly is read as the total’s, not a contradiction', () => {
  // 41260 ÷ 25000 = 165.04 %: the rate speaks of all the insured, not of the pupils (34120 ÷ 25000 = 136.5 %).
  flags(HEAD + '参加城镇居民基本医疗保险41260人，其中成年居民7140人，学生儿童34120人，占年度目标任务25000人的165.04%。');
  // When neither gives it, the rate is held to the part it follows.
  flags(HEAD + '参加城镇居民基本医疗保险41260人，其中成年居民7140人，学生儿童34120人，占年度目标任务25000人的⟦158.2%⟧。');
});

test('last year’s end named in passing does not make a March balance a year-end one', () => {
  flags(HEAD + '截至3月末，全市存款余额4120.6亿元，比年初增加316.2亿元，同比增长12.1%，增速较上年年末加快0.8个百分点。');
});

test('`A a，B b，分别占p%、q%`: each share is its part over the total the parts break down', () => {
  // 5.12 ÷ 8.06 = 63.5 %; 2.94 ÷ 8.06 = 36.5 %.
  flags(HEAD + '全年一般公共预算收入8.06亿元，其中，税收收入5.12亿元，非税收入2.94亿元，分别占63.5%、36.5%。');
  flags(HEAD + '全年一般公共预算收入8.06亿元，其中，税收收入5.12亿元，非税收入2.94亿元，分别占⟦65.5%⟧、36.5%。');
  flags(HEAD + '全县生产总值80亿元，其中第一产业增加值12亿元，第二产业增加值40亿元，第三产业增加值28亿元，分别占生产总值的15%、50%和⟦25%⟧。');
  // A wider whole named (`全市`): no share of the total before.
  flags(HEAD + '全年一般公共预算收入8.06亿元，其中，税收收入5.12亿元，非税收入2.94亿元，分别占全市的2.5%、3.1%。');
});

test('a survey per-head income may grow a few tenths off increment ÷ last year (comparable sample); further is flagged', () => {
  // 183 ÷ (3240 − 183) = 5.99 %.
  flags(HEAD + '农民人均纯收入3240元，比上年增加183元，增长6.3%。');
  flags(HEAD + '农民人均纯收入3240元，比上年增加183元，增长⟦7.0%⟧。');
  // Not a survey figure: held to the usual rounding.
  flags(HEAD + '税收收入3240万元，比上年增加183万元，增长⟦6.3%⟧。');
});

// An age group after the sexes (`；18岁以下8365人，占20.3%`) is an item of its own: before the age
// bound was read as part of its name, the age groups took the name 女性 and the woman's share was
// no longer checked.
test('a town profile: each sex and each age group against the total, the age bound naming its item', () => {
  const profile = (women: string, share: string) =>
    `截至2019年末，某乡辖区人口30000人，其中城镇常住人口2400人，城镇化率8%，总人口中，男性14400人，占48%；女性${women}，占${share}；16岁以下5100人，占17%；17—40岁9900人，占33%；41—60岁9000人，占30%；61岁以上6000人，占20%。`;
  flags(profile('17900人', '⟦52%⟧'));
  flags(profile('15600人', '52%'));
});

// `预算为A。…预算调整为B。执行结果：完成C，为调整预算的r`: the plan was read two sentences back; B, stated
// right before the rate, gives it: the report is consistent. With no such plan nearby it is still checked.
test('a completion rate given by the plan stated right before it, not by the one read further back', () => {
  const text = (adjusted: string) =>
    `一、2021年财政决算情况\n1.收入决算。2021年区人大批准的全区一般公共预算收入预算为1862400万元。经区人大常委会批准，全区一般公共预算收入预算调整为${adjusted}。执行结果：完成一般公共预算收入1836500万元，为调整预算的⟦103.46%⟧，比上年增长6.2%。`;
  flags(text('1775100万元').replace('⟦103.46%⟧', '103.46%'));
  flags(text('1805100万元'));
});

// `分别为a、b和c，其比重分别为p%、q%和r%`: each share is its amount over the amounts' total.
test('a list of shares after a list of amounts (`其比重分别为`) is checked item by item', () => {
  const text = (p: string) => `2016年末，全县共有农业技术人员0.80万人，按职称分，高、中、初级农业技术人员分别为0.12万人、0.28万人和0.40万人，其比重分别为${p}、35.0%和50.0%。`;
  flags(text('15.0%'));
  flags(text('⟦25.0%⟧'));
});

// holdout109–116 lessons: `位于2度以下坡度的耕地A，占全区耕地的p%；位于2-6度坡度的耕地B，占全区耕地的q%`:
// the first slope class is a part of the cultivated land, not the whole both shares name.
test('a figure named with a 的 phrase before the whole’s name is no whole of a share of that name', () => {
  flags('一、耕地52.40万亩\n位于2度以下坡度的耕地41.30万亩，占全县耕地的78.82%；位于2-6度坡度的耕地8.60万亩，占全县耕地的16.41%。');
  // The whole stated plainly in the sentence still pins the share.
  flags('全县耕地52.40万亩，其中位于2度以下坡度的耕地41.30万亩，占全县耕地的⟦72.82%⟧。');
});

// `资产总额A，占全市p%，其中：B，占q%；…`: the parts' bare shares may be of the wider whole the total
// names its own share of (全市), not of the total: which one is not written.
test('bare shares of parts under a total that states its own share of a wider whole are not checked', () => {
  flags('全市事业单位资产总额1,520亿元，占全市41.2%，其中：教育部门610亿元，占16.5%；卫生部门402亿元，占10.9%；其他部门508亿元，占13.8%。');
  // Without the total's own share, the bare shares are of the total.
  flags('全市事业单位资产总额1,520亿元，其中：教育部门610亿元，占⟦16.5%⟧；卫生部门402亿元，占26.4%；其他部门508亿元，占33.4%。');
});

// `一季度，…总产值A。…，占总产值的p%。其他行业中，B，占总产值的q%`: a share that names no sub-year scope takes
// the one its paragraph opened with, and its named whole may stand a few sentences back.
test('a share names a whole stated a few sentences back in its paragraph, under the scope the paragraph opened with', () => {
  const text = (house: string) =>
    `一季度，全市建筑业企业完成建筑业总产值42.50亿元，同比增长6.3%。按行业分，土木工程建筑业完成产值34.80亿元，占建筑业总产值的比重为81.9%。其他行业中，房屋建筑业完成产值${house}，占建筑业总产值的比重为⟦14.6%⟧。`;
  flags(text('6.21亿元').replace('⟦14.6%⟧', '14.6%'));
  flags(text('7.21亿元'));
  // A whole of another year a few sentences back is none.
  flags('2022年，全市建筑业总产值42.50亿元。土木工程建筑业完成产值34.80亿元。2023年，房屋建筑业完成产值7.21亿元，占建筑业总产值的比重为14.6%。');
});

// `项目总投资A，其中：资本金B，占总投资比例p%`: 总投资 alone is too generic a name to be an indicator, but it
// names the part's own total.
test('a share of 总投资 under the project total it names is checked', () => {
  flags('本项目总投资为12000万元，其中：资本金2400.00万元，占总投资比例⟦21.00%⟧。');
  flags('本项目总投资为12000万元，其中：资本金2400.00万元，占总投资比例20.00%。');
  // A total with no claim of its own (`总投资12000万元`) is named by the words before its figure.
  flags('总投资为12000万元，其中：资本金2400.00万元，占总投资的⟦21.00%⟧。');
  // The share that fits is silent.
  flags('总投资为12000万元，其中：资本金2400.00万元，占总投资的20.00%。');
});

// `任务量A，已完成B，完成率100%` with B above A: a task done beyond its amount is written as done.
test('a completion of 100% for a task done beyond its amount is no mismatch; short of it, it is', () => {
  flags('新庄镇：任务量4200米，已完成4380米，完成率100%；东关街道：任务量2600米，已完成2600米，完成率100%。');
  flags('新庄镇：任务量4200米，已完成3980米，完成率⟦100%⟧。');
  flags('新庄镇：任务量4200米，已完成4380米，完成率⟦110%⟧。');
});

// A bare share after a total (`…提取A，占72.47%，其中：B，占q%`) is of a wider whole; the parts' bare shares
// may be of it too.
test('the bare shares of parts under a total with a bare share of its own are not held to that total', () => {
  flags('当月住房消费类提取16240.50万元，占70.12%，其中购建房提取3580.20万元，占15.46%，偿还购房贷款本息提取12560.30万元，占54.23%，租房提取100.00万元，占0.43%。');
});

// `支出合计A，其中：基本支出B，占总支出的p%`: 总支出 and 支出合计 name one sum.
test('a share of 总支出 is held to the part\'s own total named 支出合计', () => {
  flags('2021年度支出合计3120万元，其中：基本支出468万元，占总支出的⟦25%⟧；项目支出2652万元，占总支出的85%。'.replace('占总支出的85%', '占总支出的⟦95%⟧'));
  flags('2021年度支出合计3120万元，其中：基本支出468万元，占总支出的15%；项目支出2652万元，占总支出的85%。');
});

// Three parts with their shares: two of them summing near 100 is chance, not shares of their own sum.
test('with three shared parts, the shares are of the stated whole', () => {
  flags('本年收入合计512.40万元，其中：财政拨款收入501.20万元，占⟦98.82%⟧；事业收入4.80万元，占0.94%；其他收入6.40万元，占1.25%。');
  flags('本年收入合计512.40万元，其中：财政拨款收入501.20万元，占97.81%；事业收入4.80万元，占0.94%；其他收入6.40万元，占1.25%。');
});

// `支出A，比上年减少B，同比下降g%`: a bare 支出 has no claim of its own, but last year named right after it
// ties the three figures together.
test('a level the claim layer leaves unnamed is read with the change and growth after 比上年', () => {
  flags('公务用车保有量212辆，较上年增加6辆，支出486万元，比上年减少1,204万元，同比下降⟦72.2%⟧。');
  flags('公务用车保有量212辆，较上年增加6辆，支出486万元，比上年减少1,204万元，同比下降71.2%。');
  // Value added grows at comparable prices: no increment ÷ last year.
  flags('实现增加值614万元，比上年增加75万元，增长22.9%。');
});

// A lottery fund's use report gives each item's share `占总数的`: of the amount just stated.
test('a share of 总数 / 总额 is of the total its 其中 breaks down', () => {
  flags('2021年本级体育彩票公益金分配638万元。其中，市级用于群众体育540万元，占总数的⟦86.6%⟧；补助区县98万元，占总数的15.4%。');
  flags('2021年本级体育彩票公益金分配638万元。其中，市级用于群众体育540万元，占总数的84.6%；补助区县98万元，占总数的15.4%。');
  flags('2021年本级体育彩票公益金分配638万元，其中市级用于群众体育540万元，占总额的84.6%。');
});

// A fund's uses listed with their 占比: the first use is no total of the second.
test('a bare 占比 after an amount with a 占比 of its own is a sibling\'s share, not a share of that amount', () => {
  flags('2016年本市福彩公益金用于养老服务类项目3.10亿元，占比为72%，使用范围包括敬老院建设、居家养老补贴等；用于社区公益类1.12亿元，占比为26%，使用范围包括公益项目资助等；用于其他福利类0.09亿元，占比为2%。');
});

// Two parks' output, each a share of its own county: `全县` is neither the other park nor the city's parks.
test('占全县… is no share of another place\'s or park\'s figure of that measure', () => {
  flags('2012年，全市县域工业集中区实现工业总产值128.4亿元，同比增长31.2%。甲县生态工业集中区实现工业总产值52.6亿元，同比增长28.1%，占全县工业总产值的72%。乙县建材工业集中区实现工业总产值27.9亿元，同比增长24.5%，占全县工业总产值的63.8%。');
  // The county's own figure is still the whole.
  flags('2012年，全县实现工业总产值41.5亿元，同比增长18.2%。县工业集中区实现工业总产值27.9亿元，同比增长24.5%，占全县工业总产值的⟦72.8%⟧。');
});

// A balance's 新增 of the half-year is on the year's start, not on a year before.
test('a balance\'s increase since the year began (上半年…新增) is no increment of its year-on-year growth', () => {
  flags('6月末，全市人民币贷款余额达1862亿元，同比增长19.4%，上半年贷款新增214.6亿元。');
  // The increment on last year is still held to the growth.
  flags('6月末，全市人民币贷款余额达1862亿元，比上年同期增加214.6亿元，增长⟦19.4%⟧。');
});

// A township's poor, then its poorest villages' poor as a share of those villages' population (not stated).
test('占总人口的… is no share of the poor population', () => {
  const found = findingsOf('全乡总人口2.8万人。我乡总贫困人口为5420人，贫困户1630户，其中9个村为省定贫困村，贫困人口1388人，占总人口的23%。', CODE);
  assert.deepEqual(found.filter((f) => f.severity !== 'info').map((f) => f.message.en), []);
});

test('a report on last year (`去年…支出A，增加B，增长g%`) holds the growth to A − B, not to A', () => {
  // 1200 ÷ (9600 − 1200) = 14.29 %: consistent when 去年 dates the level.
  flags('局长介绍，去年全市财政支出9600万元，增加1200万元，增长14.3%。');
  flags('局长介绍，去年全市财政支出9600万元，增加1200万元，增长⟦12.5%⟧。');
});

test('one nationality or sex of the population is no 总人口 its other classes take a share of', () => {
  // 1250 ÷ (8750 + 1250) = 12.5 %: right of the whole population, wrong of the 汉族 figure before it.
  flags('全县常住人口中，汉族人口为8750人，占总人口的87.5%；各少数民族人口为1250人，占总人口的12.5%。');
  flags('全县常住人口中，男性为5100人，占总人口的51.0%；女性为4900人，占总人口的49.0%。');
});

test('a unit writing of itself (`本单位支出合计`) takes shares of 总支出 from that sum', () => {
  flags('2020年本单位支出合计5000.00万元，其中基本支出2100.00万元，占总支出的42.0%，项目支出2900.00万元，占总支出的⟦56.0%⟧。');
  flags('2020年我局支出合计5000.00万元，其中基本支出2100.00万元，占总支出的42.0%，项目支出2900.00万元，占总支出的58.0%。');
});

test('a whole from a sentence dated another year is no whole of the share (gazetteer text)', () => {
  flags('到1978年，县办工业完成产值420.0万元，占全县工业产值的70%。1985年又新建一批企业，全县工业产值达到900.0万元，增长较快。');
  // Dated the same year, the pairing stands.
  flags('到1978年，县办工业完成产值420.0万元，占全县工业产值的⟦70%⟧。1978年全县工业产值为900.0万元。');
});

test('an earlier year\'s level named by its year (`与2020年的A相比，增加B，增长g%`) is the base of the growth', () => {
  flags('2021年，全市职工年平均工资为52800元，与2020年的48000元相比，增加了4800元，同比名义增长⟦11.0%⟧。');
  flags('2021年，全市职工年平均工资为52800元，与2020年的48000元相比，增加了4800元，同比名义增长10.0%。');
  const f = findingsOf('2021年，全市职工年平均工资为52800元，与2020年的48000元相比，增加了4800元，同比名义增长11.0%。', CODE)[0];
  assert.equal(f?.related[0]?.message.en, 'Last year: 48000元');
});

test('an age group of the population is no 总人口 the next age group takes a share of', () => {
  flags('截至年末，全市60周岁及以上老年人口52.80万人，占总人口的21.6%；65周岁及以上老年人口38.40万人，占总人口的15.7%。');
});

test('two or more bare 占比 under one total that all miss name another whole; shares that make 100 % do not', () => {
  flags('全年新建亿元以上项目240个，到位资金910.0亿元。其中新签约工业项目62个、占比28.5%，总投资380.2亿元、占比33.6%；新落地工业项目45个、占比24.1%，总投资150.6亿元、占比21.9%。');
  flags('年度计划投资300.0亿元，其中：政府性投资180.0亿元，占比⟦62.0%⟧，社会性投资120.0亿元，占比⟦38.0%⟧。');
  // Shares that all point to one other whole (10.19 ÷ 17.76 % = 18.89 ÷ 32.92 % = 57.38): the total is mistyped.
  flags('全市人才总量达到⟦57.8万人⟧，其中专业技术人才10.19万人，占⟦17.76%⟧；高技能人才18.89万人，占⟦32.92%⟧。'.replace('⟦57.8万人⟧', '57.8万人'));
});

test('a total named as the top of a ranking is no 总量 its first member takes a share of', () => {
  flags('上半年，前十位国家和地区实际投入外资88.6亿美元。其中香港地区实际投入外资60.2亿美元，占总量的61%。');
  flags('上半年，全省实际投入外资88.6亿美元。其中香港地区实际投入外资60.2亿美元，占总量的⟦61%⟧。');
});

test('a share whose part ÷ share is another figure of its paragraph takes that figure as its whole', () => {
  // 45 ÷ 25.0 % = 180 and 270.0 ÷ 30.0 % = 900.0, both stated two sentences up: the writer's whole, not 250 / 720.0.
  const wholes = '全市新签约亿元以上项目180个，协议投资900.0亿元。新落地项目140个，投资500.0亿元。';
  const list = '新开工项目250个，投资720.0亿元，其中来自省外的新签约项目45个、占比⟦25.0%⟧，投资270.0亿元、占比⟦30.0%⟧。';
  flags((wholes + list).replace(/⟦|⟧/g, ''));
  // Without those wholes the shares are held to the total they follow.
  flags(list);
});

test('a bracketed share under a region’s subtotal may be of the grand total in the paragraph before', () => {
  // 120 ÷ 800 = 15.0 %: of all visitors, the lead paragraph's figure; of the region's 480 it would be 25.0 %.
  const lead = '全年接待来访旅客800万人次，同比增长5.2%。\n';
  const region = '其中境外旅客320万人次，下降3.1%；内地旅客480万人次，增长11.0%，其中省外旅客120万人次(占⟦15.0%⟧)，增长8.4%。';
  flags(lead + region.replace(/⟦|⟧/g, ''));
  // Without the lead paragraph the share is held to the subtotal it follows.
  flags(region);
  // A share that neither whole gives is still wrong.
  flags(lead + region.replace('15.0%', '17.0%'));
});

test('the part of a stock that arose in one year is a subset of it: its share is checked', () => {
  flags('全年审计查出违规金额36.4亿元，其中2019年新发生的9.1亿元，占25.0%。');
  flags('全年审计查出违规金额36.4亿元，其中2019年新发生的9.1亿元，占⟦27.0%⟧。');
  // One year picked out of a level reached over years is no part of it.
  flags('违规金额由2017年的20.1亿元增加到2019年的36.4亿元，其中2018年9.1亿元，占27.0%。');
});

test('a rate of the year\'s plan is of the year\'s planned investment, not the projects\' total over their lives', () => {
  const projects = (rate: string): string => `全区28个重点项目计划总投资416.2亿元，年度计划投资92.5亿元，1-9月累计完成投资70.3亿元，完成年度计划的${rate}。`;
  flags(projects('76.0%'));
  flags(projects('⟦77.0%⟧'));
  // A rate naming no year may be of either plan: silence.
  flags(`全区28个重点项目计划总投资416.2亿元，年度计划投资92.5亿元，1-9月累计完成投资70.3亿元，完成计划的77.0%。`);
});

test('an amount over the budget is no budget a completion rate is of', () => {
  // 4210 ÷ (4210 − 312) = 108.0 %; read as the plan, 312 would give 1349 %.
  assert.deepEqual(findingsOf('全年全市财政收入完成4210亿元，超过预算312亿元，完成预算的108.0%。', CODE), []);
});

test('a saving rate is the saving ÷ the budget it was saved from', () => {
  flags('工程最高限价共为52.40亿元，中标总造价为46.10亿元，共节约财政资金6.30亿元，平均节约率为12.02%。');
  flags('工程最高限价共为52.40亿元，中标总造价为46.10亿元，共节约财政资金6.30亿元，平均节约率为⟦13.02%⟧。');
  // A rate to the whole percent is held within its rounding: 6.30 ÷ 52.40 = 12.02 %, written 12%.
  flags('采购预算52.40亿元，实际采购金额46.10亿元，节约资金6.30亿元，节约率12%。');
});

test('a saving rate taken of the amount paid (节支率 = 节约 ÷ 实际) is read so when that is closer', () => {
  // 2240.50 ÷ 20615.30 = 10.87 % (of the amount paid); of the budget 22855.80 it would be 9.80 %.
  flags('全县政府采购预算达到22855.80万元，实际完成采购金额20615.30万元，节约采购资金2240.50万元，节支率达10.87%。');
  flags('全县政府采购预算达到22855.80万元，实际完成采购金额20615.30万元，节约采购资金2240.50万元，节支率达⟦11.27%⟧。');
});

test('a total restated in another unit in brackets (1049平方公里（折157.42万亩）) is the whole of shares in that unit', () => {
  flags('全县土地总面积为820平方公里（折123.00万亩），其中耕地36.90万亩，占30.00%；林地61.50万亩，占50.00%。');
  flags('全县土地总面积为820平方公里（折123.00万亩），其中耕地36.90万亩，占⟦32.00%⟧；林地61.50万亩，占50.00%。');
});

test('a change per head after a total’s growth is no increment of the total', () => {
  flags('今年前三季度，全镇电商销售额达2.6亿元，同比增长15.2%，助力人均增收4200元。');
  flags('今年前三季度，全镇电商销售额达2.6亿元，同比增长⟦15.2%⟧，增收4200万元。');
});

// Shares of a whole the text never states: each pair implies it (part ÷ share); one pair against the rest is a slip.
test('one share of a list that implies another whole than the rest', () => {
  const list = (third: string) =>
    `从采购结构看，货物类、工程类和服务类采购金额分别为4210.6亿元、7380.2亿元和${third}，占全国政府采购规模的比重分别为30.8%、54.0%和⟦15.2%⟧。`;
  flags(list('2480.5亿元'));
  flags(list('2080.5亿元').replace(/⟦|⟧/g, ''));
  const clauses = (second: string) =>
    `全年沿海地区海洋生产总值为3120.4亿元，增长8.1%，占全省海洋生产总值的比重为51.6%；沿江地区海洋生产总值为${second}，增长9.3%，占全省海洋生产总值的比重为⟦45.2%⟧；其他地区海洋生产总值为195.6亿元，增长4.0%，占全省海洋生产总值的比重为3.2%。`;
  flags(clauses('2933.3亿元'));
  flags(clauses('2733.3亿元').replace(/⟦|⟧/g, ''));
});

test('no implied whole from a part that may be another: a 其中 sub-part, or the total before a 其中', () => {
  // 16.3 % is 工业用水's share (920.5 ÷ 5650.0), not the cooling water's inside it.
  flags('全年用水总量为5650.0亿m³。其中，生活用水为880.6亿m³，占用水总量的15.6%；工业用水为920.5亿m³，其中火核电直流冷却水470.2亿m³，占用水总量的16.3%；农业用水为3520.4亿m³，占用水总量的62.3%；生态补水为328.5亿m³，占用水总量的5.8%。');
  // The total stands before the 其中 and the first part is unreadable (`万立 方米`): no pair for the first share.
  flags('各部门总用水量30120万立方米，其中：农业灌溉用水量8810万立 方米，占总用水量的29.2%；林牧渔畜用水量5150万立方米，占总用水量的17.1%；工业用水量5300万立方米，占总用水量的17.6%；生活用水量9320万立方米，占总用水量的30.9%。');
});

test('a share inside a bracket may be of the bracket’s own parts’ sum, a whole named but not stated', () => {
  // 2410.50 ÷ (2410.50 + 590.20) = 80.3 %: 转移支付 is the two listed, not 税收返还和转移支付 3400.80.
  flags('对市县税收返还和转移支付3400.80亿元，占总支出的65%（包括一般性转移支付2410.50亿元，占转移支付比重达80.3%；专项转移支付590.20亿元）。');
  flags('对市县税收返还和转移支付3400.80亿元，占总支出的65%（包括一般性转移支付2410.50亿元，占转移支付比重达⟦86.3%⟧；专项转移支付590.20亿元）。');
});

test('two shares that make 100 % take their parts of the two parts’ sum', () => {
  flags('外出农民工中，跨省流动7200万人，占比⟦38.3%⟧；省内流动10990万人，占比61.7%。');
  flags('外出农民工中，跨省流动6970万人，占比38.3%；省内流动11220万人，占比61.7%。');
  // The other part is shown beside the finding: it is in the sum, and may be the figure that slipped.
  const src = '外出农民工中，跨省流动7200万人，占比38.3%；省内流动10990万人，占比61.7%。';
  const [f] = findingsOf(src, CODE);
  assert.ok(f?.related.some((r) => src.slice(r.span.start, r.span.end) === '10990万人'));
  // A former share (`从上年同期的…上升到…`) is another year's: no pair.
  flags('上半年，移动通信收入3367.3亿元，在电信业务收入中所占的比重从上年同期的68.63%上升到71.03%；固定通信收入1373.4亿元，所占的比重从上年同期的31.37%下降到28.97%。');
});

test('one 分别 list of shares under one named whole is of that whole even when a slip keeps them off 100 %', () => {
  flags('从采购结构看，货物类、工程类和服务类采购金额分别为4210.6亿元、7380.2亿元和2480.5亿元，占全国政府采购规模的比重分别为⟦31.9%⟧、52.5%和17.6%。');
});

test('a family of parts after a date lead-in (到2020年末，男性…；女性…) heads the total before it, and their shares are checked', () => {
  const text = '全年全县人口出生率为9.52‰，年末常住人口达到42.36万人。到2020年末，男性人口21.62万人，占全县常住人口的51.04%；女性人口20.74万人，占49.96%。';
  const found = findingsOf(text, CODE).filter((f) => f.severity !== 'info');
  assert.equal(found.length, 1);
  assert.equal(text.slice(at(found, 0).span.start, at(found, 0).span.end), '49.96%');
  assert.deepEqual(findingsOf(text.replace('49.96%', '48.96%'), CODE).filter((f) => f.severity !== 'info'), []);
});

test('a count whose clause runs on before its own bare share (…2100人赴外地深造，占60.5%) lends its whole to the shares under it', () => {
  // The parts' shares (40.1 + 20.4 = 60.5) are of all graduates, as the total's own share is.
  flags('去向以升学为主，共有2100人赴国内外院校深造，占60.5%；其中1392人在国内院校深造，占40.1%，708人赴境外院校深造，占20.4%。');
  // With no share of its own, the total is the parts' whole.
  flags('去向以升学为主，共有2100人赴国内外院校深造。其中1392人在国内院校深造，占⟦40.1%⟧，708人赴境外院校深造，占33.7%。');
});

test('a whole named as the count of what the total counts (毕业生总人数) is the total; 已 and 占到了 are no part of a name', () => {
  flags('某大学2023届毕业生共5260人，其中本科毕业生4860人，占毕业生总人数的⟦93.4%⟧；专科毕业生400人，占毕业生总人数的7.6%。');
  flags('某大学2023届毕业生共5260人，其中本科毕业生4860人，占毕业生总人数的92.4%；专科毕业生400人，占毕业生总人数的7.6%。');
  // A class of the total (本科毕业生) is not what 毕业生总人数 counts.
  flags('全校本科毕业生共4860人，其中师范类本科毕业生1200人，占毕业生总人数的23.1%。');
  flags('全县技能人才总量已达到8.6万人，其中高技能人才2.4万人，占到了技能人才总量的⟦29.9%⟧。');
  flags('全县技能人才总量已达到8.6万人，其中高技能人才2.4万人，占到了技能人才总量的27.9%。');
});

test('a share of the count of what the total\'s verb did (占招聘总数的) is of that total', () => {
  flags('今年全省共招聘农村特岗教师5260人，其中，初中教师3120人，占招聘总数的⟦60.3%⟧，小学教师2140人，占招聘总数的40.7%。');
  flags('今年全省共招聘农村特岗教师5260人，其中，初中教师3120人，占招聘总数的59.3%，小学教师2140人，占招聘总数的40.7%。');
  // The count of all teachers is no count of those recruited.
  flags('今年全省共招聘农村特岗教师5260人，其中，初中教师3120人，占教师总数的12.1%。');
});

test('a share of a whole named with a bare 额 (占索赔额的) is of the level named without it (患方索赔)', () => {
  flags('全年受理医疗纠纷86起；患方索赔1820.5万元，调解后赔偿金额312.6万元，占索赔额的⟦27.2%⟧。');
  flags('全年受理医疗纠纷86起；患方索赔1820.5万元，调解后赔偿金额312.6万元，占索赔额的17.2%。');
});

test('a share of 总发送量 under a total counted by 发送 is of that total', () => {
  flags('春运期间，铁路局共发送旅客2860万人，其中动车组发送1930万人，占总发送量的⟦68.5%⟧。');
  flags('春运期间，铁路局共发送旅客2860万人，其中动车组发送1930万人，占总发送量的67.5%。');
});

test('a profit margin is 利润总额 ÷ 营业收入 (主营业务收入) when both stand once in its sentence before it', () => {
  flags('1-10月，全省规模以上化工企业完成主营业务收入3860亿元，利润总额212亿元，利润率为⟦6.49%⟧。');
  flags('1-10月，全省规模以上化工企业完成主营业务收入3860亿元，利润总额212亿元，利润率为5.49%。');
  flags('1-10月，全市规模以上工业企业实现营业收入4720亿元，增长5.8%；实现利润总额318亿元，增长2.6%；营业收入利润率为⟦7.24%⟧。');
  // A margin on costs is another ratio; a net margin too.
  flags('1-10月，全省规模以上化工企业完成主营业务收入3860亿元，利润总额212亿元，成本费用利润率为6.49%。');
  flags('1-10月，全省规模以上化工企业完成主营业务收入3860亿元，净利润180亿元，净利润率为6.49%。');
  // Two revenues in the sentence (the whole and a group of it): which one the margin is of is not written.
  flags('全市规模以上工业企业实现营业收入4720亿元，利润总额318亿元，其中国有控股企业营业收入1100亿元，利润总额85亿元，营业收入利润率为7.73%。');
  // Figures elsewhere in the paragraph are some other group's: silence.
  flags('全市规模以上工业企业实现营业收入4720亿元，利润总额318亿元。化工行业营业收入利润率为9.10%。');
});

test('a completion of a target set as a round figure holds to it exactly; the target may stand after its figure', () => {
  // 3.45 ÷ 9 = 38.33 %: a target of 9 is set, not rounded from 8.5 – 9.5.
  flags('一季度全县实现劳务收入3.45亿元，完成全年目标任务9亿元的⟦39.33%⟧。');
  flags('一季度全县实现劳务收入3.45亿元，完成全年目标任务9亿元的38.33%。');
  // The target's words after its figure (`完成260人目标任务的`).
  flags('全年帮扶残疾人就业305人，完成260人目标任务的⟦127%⟧。');
  flags('全年帮扶残疾人就业305人，完成260人目标任务的117%。');
  flags('1-10月，全省城镇新增就业88.6万人，完成全年80万人目标的⟦120.8%⟧。');
  // A plan (计划) or a budget may be a rounded sum: its rounding stays open.
  flags('一季度全县实现劳务收入3.45亿元，完成年度计划9亿元的39.33%。');
  // A target with more digits is as exact as written and rounded as any figure.
  flags('一季度全县实现劳务收入3.45亿元，完成全年目标任务9.25亿元的37.33%。');
});

test('a project\'s completion of its approved amount (占批复投资…的, 为批复概算…的)', () => {
  flags('该项目完成总投资2360.5万元，占批复投资1850万元的⟦128.6%⟧。');
  flags('该项目完成总投资2360.5万元，占批复投资1850万元的127.6%。');
  flags('该项目完成总投资2360.5万元，为批复概算1850万元的⟦128.6%⟧。');
});

test('a share of the whole named with its 总 elsewhere (总规划面积 for 规划总面积) is of the 其中 total', () => {
  flags('该湿地公园规划总面积1860.5公顷，其中湿地面积1422.3公顷，占总规划面积的⟦77.45%⟧。');
  flags('该湿地公园规划总面积1860.5公顷，其中湿地面积1422.3公顷，占总规划面积的76.45%。');
  // (Two characters besides the 总 name too little: 总面积 may be the county's.)
  flags('该湿地公园规划面积1860.5公顷，其中湿地面积1422.3公顷，占总面积的77.45%。');
});

test('a defined ratio reads the measure past the place a key opens with (昭潭街道总人口)', () => {
  flags('2015年末，城南街道总人口31200人，其中城镇常住人口27950人，城镇化率⟦80%⟧。');
  flags('2015年末，城南街道总人口31200人，其中城镇常住人口24950人，城镇化率80%。');
});

test('a share with its whole written inline (`占…控制指标1325公顷的`) is part ÷ that figure', () => {
  // 286.8 ÷ 1325 = 21.65 %.
  flags('五年间年均森林受害面积286.8公顷，占省下达控制指标1325公顷的⟦22.65%⟧。');
  flags('五年间年均森林受害面积286.8公顷，占省下达控制指标1325公顷的21.65%。');
  // Counts of places: 12 ÷ 18 = 66.7 %, even with an amount of money before them.
  flags('全年投入资金320万元，覆盖12个乡镇，占全市18个乡镇的66.7%。');
  flags('全年投入资金320万元，覆盖12个乡镇，占全市18个乡镇的⟦76.7%⟧。');
  // The whole's name before its figure: 12 ÷ 180 = 6.67 %.
  flags('全县建成示范村12个，占全县行政村180个的⟦16.7%⟧。');
  flags('全县建成示范村12个，占全县行政村180个的6.7%。');
  // A whole of another unit than the figure before: no share of it.
  flags('全年投入资金320万元，占全市18个乡镇的66.7%。');
  // A plan written inline stays a completion rate (may exceed 100 %).
  flags('全年完成投资12.6亿元，占年度计划10.5亿元的120%。');
});

test('占总投资的 with the total investment written before the part in its sentence', () => {
  // 6120 ÷ 8620 = 71.0 %.
  flags('该工程总投资8620万元，截至9月底已完成投资6120万元，占总投资的⟦72.0%⟧。');
  flags('该工程总投资8620万元，截至9月底已完成投资6120万元，占总投资的71.0%。');
  // No total investment written in the sentence: the whole is the region's, not checked.
  flags('全年完成工业投资50亿元，占总投资的40%。');
  // Two figures so named: which is the whole is not written.
  flags('一期工程总投资3000万元，二期工程总投资5000万元，已完成投资2400万元，占总投资的60%。');
});

test('bare shares making up 100 % among themselves are of their parts\' sum, not of a total the parts miss', () => {
  // 420 + 30 + 130 = 580 (答复件580, a figure with no unit), not 620: 72 / 5 / 22 % are of 580.
  flags('全年共收到政府信息公开申请620件，本年内完成答复件580，其中同意公开的420件，占72%；部分公开的30件，占5%；不予公开的130件，占22%。');
  // Shares making up 100 % that fit neither whole are still wrong.
  flags('全年共收到政府信息公开申请620件，本年内完成答复件580，其中同意公开的420件，占⟦62%⟧；部分公开的30件，占5%；不予公开的130件，占⟦33%⟧。');
});

test('a 分别占 list of shares names its whole as GDP of the place the total names (全州GDP, 全州生产总值)', () => {
  flags('2012年，全州完成生产总值80亿元，其中甲县32亿元、乙县8亿元、丙县16亿元、丁县24亿元，分别占全州GDP的⟦45%⟧、10%、20%、30%。');
  flags('2012年，全州完成生产总值80亿元，其中甲县32亿元、乙县8亿元、丙县16亿元、丁县24亿元，分别占全州GDP的40%、10%、20%、30%。');
});

test('a rate named by what the figure before it counts is that figure over the one before (调解成功率, 合格率)', () => {
  // 1240 ÷ 1260 = 98.41 %.
  flags('全年受理各类矛盾纠纷1260件，调解成功1240件，调解成功率⟦97.4%⟧。');
  flags('全年受理各类矛盾纠纷1260件，调解成功1240件，调解成功率98.4%。');
  // 1862 ÷ 1905 = 97.74 %.
  flags('全年抽检食品1905批次，合格1862批次，合格率⟦98.7%⟧。');
  // A rate of another base than the figure before (结案率 counts cases carried over): silent.
  flags('全年收到案件2155件，结案2061件，全年结案率93.3%。');
  // A growth rate is no ratio of the two figures before it.
  flags('全年实现收入1260万元，增加120万元，增长率10.5%。');
  // Per mille: a demographic rate of the mean population.
  flags('全县年末户籍人口71.5万人，出生人口6312人，出生率为8.25‰。');
  // The figure before is no base when it names the rate's X itself.
  flags('全年调解成功1260件，调解成功1240件，调解成功率97.4%。');
  // Nor when it counts another finished action (consultations answered are no mediation caseload).
  flags('全年解答群众咨询980件，调解成功486件，调解成功率50.3%。');
});

test('a total followed by its own share (`255项、占85.3%，其中…`) leaves the whole of a bare share under it unsure', () => {
  flags('重点领域获奖成果255项、占85.3%，其中科创高地167项、占55.9%，生命健康领域65项、占21.7%。');
});

test('five or more bare shares implying one whole: the one named like the rest that misses it is wrong', () => {
  // 8000 staff: 1840 ÷ 8000 = 23 %, 3720 = 46.5 %, 1520 = 19 %, 920 = 11.5 %, 640 = 8 %, 560 = 7 %.
  flags('全县共有干部8000人。大学学历的1840人，占23%，大专学历的3720人，占46.5%，中专学历的1520人，占⟦29%⟧，高中学历的920人，占11.5%；党政类专业的640人，占8%，文史类专业的560人，占7%。');
  flags('全县共有干部8000人。大学学历的1840人，占23%，大专学历的3720人，占46.5%，中专学历的1520人，占19%，高中学历的920人，占11.5%；党政类专业的640人，占8%，文史类专业的560人，占7%。');
  // Four pairs of two cuts only: not enough to tell the odd one from a share of another whole.
  flags('全县共有干部8000人。大学学历的1840人，占23%，大专学历的3720人，占46.5%，中专学历的1520人，占29%；党政类专业的640人，占8%。');
  // The odd one named unlike every other (a share of a sub-total, 领导干部): silent.
  flags('全县共有干部8000人。大学学历的1840人，占23%，大专学历的3720人，占46.5%，县级领导干部400人，占25%，高中学历的920人，占11.5%；党政类专业的640人，占8%，文史类专业的560人，占7%。');
});

test('a pair rate may name its subject before what the figure counts (秸秆综合利用率 after 综合利用量)', () => {
  // 13.79 ÷ 15.24 = 90.49 %.
  flags('全年全县秸秆可收集量15.24万吨，综合利用量13.79万吨，秸秆综合利用率达到⟦91.5%⟧。');
  flags('全年全县秸秆可收集量15.24万吨，综合利用量13.79万吨，秸秆综合利用率达到90.5%。');
});

test('three or more bare shares (some glued to their figure: `381人占比11.27%`) making up 100 % are of their parts\' sum', () => {
  // 412 + 380 + 1520 + 1188 = 3500 valid of 3700 tested: the shares are of 3500.
  flags('全区共检测3700人，其中良好人数为412人占比11.77%，优秀人数为380人占比10.86%，合格人数为1520人占比43.43%，不合格人数为1188人，占比33.94%。');
  // Glued shares are read: those that fit neither whole (412 ÷ 3500 = 11.77 %, 1188 ÷ 3500 = 33.94 %) are flagged.
  flags('全区共检测3700人，其中良好人数为412人占比⟦12.77%⟧，优秀人数为380人占比10.86%，合格人数为1520人占比43.43%，不合格人数为1188人，占比⟦32.94%⟧。');
});

test('one class of the population (农业人口, 非农业人口) is never the 总人口 a share names', () => {
  // 120500 + 18800 = 139300; 18800 / 139300 = 13.50 %.
  flags('截至2020年末,宁川县农业人口120500人,同比增1.1%,占总人口的86.50%;非农业人口18800人同比增2.0%,占总人口的13.50%。');
});

test('plans listed with `、` before 任务的 under 分别 are all plans: none is the actual of the first rate', () => {
  // 1832 / 1540 = 119.0 %, 1410 / 1400 = 100.7 %.
  flags('今年各农场危房改造新开工1832户，完成1410户，分别完成年度新开工1540户、完成1400户任务的119%和101%。');
});

test('a share that names its whole by the part\'s own measure (占当年归集的) is of the total the part is listed under', () => {
  // 6120.5 / 15310.2 = 39.98 %, 5210.3 / 15310.2 = 34.03 %, 3979.4 / 15310.2 = 25.99 %.
  flags('2022年，中心归集维修资金1.62万户，金额15310.2万元。其中：东城区归集金额6120.5万元，占当年归集的39.98%；西城区归集金额5210.3万元，占当年归集的34.03%；开发区归集金额3979.4万元，占当年归集的25.99%。');
  flags('2022年，中心归集维修资金1.62万户，金额15310.2万元。其中：东城区归集金额6120.5万元，占当年归集的⟦36.98%⟧；西城区归集金额5210.3万元，占当年归集的34.03%；开发区归集金额3979.4万元，占当年归集的25.99%。');
});

test('a bare 比例为 after a 其中 part is the part\'s share of its total', () => {
  // 28.4 / 61.5 = 46.18 %.
  flags('全市非户籍儿童61.5万人，其中进入公办学校的有28.4万人，比例为46.18%。');
  flags('全市非户籍儿童61.5万人，其中进入公办学校的有28.4万人，比例为⟦47.18%⟧。');
});

test('the count of what a level counts (占在校生总数的) is that level, when the part follows it', () => {
  // 62.4 / 1120.5 = 5.57 %.
  flags('年底全省义务教育阶段在校生1120.5万人，随迁子女在校生62.4万人，占在校生总数的5.57%。');
  flags('年底全省义务教育阶段在校生1120.5万人，随迁子女在校生62.4万人，占在校生总数的⟦6.57%⟧。');
  // Two parts before the share speak of the two together: (188 + 95) / 310 = 91.3 %, silent.
  flags('全县乡村医生310人，中医人员188人，能西会中人员95人，占乡村医生总数的91%。');
});

test('a growth whose clause names another subject (…增加了11元，全行业上交税金同比增长p%) is not the level\'s growth', () => {
  // 15 ÷ (96 − 15) = 18.5 %, not 6.3 %: but the 6.3 % is the whole trade's taxes, not the levy per tonne.
  flags(HEAD + '全省煤矿吨煤税费96元，同比增加了15元，全行业上缴税费同比增长6.3%。');
  // Bare, the growth is the level's and is wrong.
  flags(HEAD + '全省煤矿吨煤税费96元，同比增加了15元，同比增长⟦6.3%⟧。');
});

test('a total named before its own change (总投资比去年增长g%，达到A) is the whole its 占总投资的 share names', () => {
  // 4260.5 ÷ 4820.6 = 88.4 %, not 95 %.
  flags('今年大棚蔬菜项目涉及农户312户，总投资比去年增长16.4%，达到4820.6万元，其中农户自筹4260.5万元，占总投资的⟦95%⟧。');
  flags('今年大棚蔬菜项目涉及农户312户，总投资比去年增长16.4%，达到4820.6万元，其中农户自筹4260.5万元，占总投资的88.4%。');
});

test('a whole named as the total of the measure (占总收入的, 占总体收入的) is the part\'s own total when nothing larger of that measure stands before', () => {
  // 41.2 ÷ 58.6 = 70.3 %, not 80.3 %.
  flags('2023年，全村集体经济年收入58.6万元，其中物业租赁收入41.2万元，占总收入的⟦80.3%⟧。');
  flags('2023年，全村集体经济年收入58.6万元，其中物业租赁收入41.2万元，占总收入的70.3%。');
  // A larger revenue before it may be the 总收入 meant: silent.
  flags('2023年，全村经营总收入126.5万元，集体经济年收入58.6万元，其中物业租赁收入41.2万元，占总收入的32.6%。');
});

test('a total with no claim of its own (年末人口为A人) is named by its words for 占总人口的', () => {
  // 28562 ÷ 31245 = 91.4 %.
  flags('2006年年末人口为31245人，其中农业人口28562人，占总人口的⟦92.4%⟧；非农业人口为2683人，占总人口的8.6%。');
  flags('2006年年末人口为31245人，其中农业人口28562人，占总人口的91.4%；非农业人口为2683人，占总人口的8.6%。');
});

test('a total that takes its own share of 总人口 is no 总人口 for the share of its part', () => {
  flags('截至年底，全省60周岁及以上老年人口1860万人，占总人口的21.3%，其中65周岁及以上老年人口1402万人，占总人口的16.1%。');
});

test('a bare 占比 right after a figure named the total (招生总数为B，占比p%) is the figure before it in B', () => {
  // 2.6 ÷ 7.4 = 35.1 %.
  flags('2016年高中阶段非本市户籍招生2.6万人，招生总数为7.4万人，占比⟦37.6%⟧。');
  flags('2016年高中阶段非本市户籍招生2.6万人，招生总数为7.4万人，占比35.1%。');
  // A change before the total is no part of it.
  flags('2016年高中阶段招生增加0.6万人，招生总数为7.4万人，占比8.1%。');
});

test('a figure for one region that takes its own share of the national whole is not the whole a later share names', () => {
  const src = (p: string): string =>
    `上半年累计实现典当总额520亿元，同比增长21%。\n从区域看，东部地区1100家典当行，实现典当总额410.2亿元，占全国典当总额的78.9%。\n从业务看，动产质押典当金额130亿元，占典当总额${p}。`;
  // 130 ÷ 520 = 25 %: right against the national whole, which the engine no longer confuses with the region's.
  flags(src('25%'));
  // 130 ÷ 410.2 would be 31.7 %: a share written so is not checked against the region's figure either.
  flags(src('31.7%'));
});

test('a change per head after a total\'s growth is no increment of the total', () => {
  flags('春节假期全市旅游消费总交易额达86.4亿元，同比增长21.5%，人均消费增长了60元。');
});

test('a pair rate whose part counts an object the base does not name is of a base not written', () => {
  // 1133 villages covered by 1213 stations: the coverage is of all villages, not of the stations.
  flags('截至年底，全市共建设农村金融综合服务站1213个，覆盖行政村1133个，覆盖率达100%。');
  // The base names the object: the rate is checked.
  flags('全县共有行政村1213个，覆盖行政村1133个，覆盖率达⟦100%⟧。');
});

test('a share worded 占总人口比为 is the share of the part in the total just stated', () => {
  flags('年末全市户籍人口为186.42万人，其中，市区户籍人口为96.3万人，占总人口比为⟦53.2%⟧。');
  assert.deepEqual(findingsOf('年末全市户籍人口为186.42万人，其中，市区户籍人口为96.3万人，占总人口比为51.7%。', 'share-mismatch'), []);
});

test('a rate of the other class (决定起诉A，不起诉B，不起诉率) is over both classes, not of the first', () => {
  assert.deepEqual(findingsOf('全年对未成年犯罪嫌疑人决定起诉486人，不起诉214人，不起诉率30.6%。', 'share-mismatch'), []);
  // A rate of a part of the base is still checked.
  flags('全年受理纠纷486件，调解成功214件，调解成功率⟦30.6%⟧。');
});

test('a figure that takes its own share of the whole is one of its parts, not the whole', () => {
  // The total generation is not written: 火力发电量 is a part, though its name ends like the whole's.
  assert.deepEqual(findingsOf('今年以来，全省火力发电量为1526.8亿千瓦时，同比增长了162.5亿千瓦时，增长11.9%，占发电量的68.2%；水力发电量为86.3亿千瓦时，同比增长18.2%，占发电量的3.9%。', 'share-mismatch'), []);
  // With the whole written, the parts' shares are checked against it.
  flags('今年以来，全省发电量2238.7亿千瓦时，其中火力发电量为1526.8亿千瓦时，占发电量的68.2%；水力发电量为86.3亿千瓦时，占发电量的⟦4.9%⟧。');
});

test('a balance\'s year-on-year growth is not checked against what was added since January (前三季度增加)', () => {
  // A balance at a quarter's end with a bare 新增 counts the quarter's additions.
  assert.deepEqual(findingsOf('截至2019年一季度末，全省县域各项贷款余额6200亿元，新增280亿元，余额同比增长15.1%。', 'share-mismatch'), []);
  // At the year's end the same words are year-on-year: checked (6200 − 800 = 5400; 800 ÷ 5400 = 14.81 %).
  flags('2019年末，全省县域各项贷款余额6200亿元，新增800亿元，余额同比增长⟦15.1%⟧。');
  flags('截至2019年一季度末，全省县域各项贷款余额6200亿元，新增800亿元，余额同比增长15.1%。');
  assert.deepEqual(findingsOf('9月末，全省电力行业绿色贷款余额3.26万亿元，同比增长21.5%，前三季度增加4862亿元。', 'share-mismatch'), []);
  // Against last year's same period it is.
  flags('9月末，全省电力行业绿色贷款余额3.26万亿元，比上年同期增加4862亿元，增长⟦21.5%⟧。');
});

test('a whole stated in another sentence that takes its own share of the named whole is a part of it', () => {
  // 民企出口 takes 70.3 % of 出口总值; the kinds in the next sentence take their shares of all exports, not of it.
  assert.deepEqual(findingsOf('一季度，全市民企实现进出口231.86亿元，同比增长17.95%，占外贸总值的53.73%；其中，出口199.65亿元，同比增长23.58%，占出口总值的70.33%。\n从商品种类看，一季度，纺织品、服装、鞋类等七大类劳动密集型产品178.95亿元，同比增长17.61%，占出口总值的63.04%；机电产品出口39.03亿元，占出口总值的13.75%。', 'share-mismatch'), []);
  // A whole that takes no share of its own is still the whole.
  flags('一季度，全市出口199.65亿元，同比增长23.6%。劳动密集型产品出口178.95亿元，占出口总值的⟦63.04%⟧。');
});

test('a share after the whole\'s own part (总人口A.其中农业人口B，占总人口的p%) is the part\'s, not the whole\'s', () => {
  flags('1992年底全县总人口785263人.其中农业人口723515人，占总人口的⟦93.1%⟧；非农业人口61748人，占总人口的7.9%。');
});

test('a cost survey\'s output per mu is at current prices: its increment and growth agree', () => {
  flags('早稻亩主产品产值为742.36元，比上年增加61.2元，比上年增长⟦9.8%⟧。');
  flags('早稻亩主产品产值为742.36元，比上年增加61.2元，比上年增长9%。');
  flags('玉米亩主产值468.20元，比上年增加51.30元，增长⟦13.3%⟧。');
  // A county's output value grows at comparable prices: its nominal increment says nothing of it.
  flags('全县工业总产值742.36亿元，比上年增加61.2亿元，增长9.8%。');
});

test('a whole percent among sibling shares that all fit the larger total is read as they are', () => {
  const text = (last: string) => `2023年，全市一般公共预算支出累计完成512.36亿元，同比增长6.23%，增支30.04亿元。其中，民生类支出416.02亿元，同比增长5.11%，增支20.23亿元，占一般公共预算支出比重为81.2%。民生类支出中，教育支出72.22亿元，占比为14.1%，社会保障就业支出71.95亿元，占比为14.04%，农林水支出66.61亿元，占比为${last}，卫生健康支出50.79亿元，占比为9.91%。`;
  flags(text('13%'));
  flags(text('⟦11%⟧'));
});

test('a rate after two years\' amounts and their change is over the earlier year', () => {
  flags('人工成本：2024年为241.30元/亩，2023年为212.80元/亩，增加28.50元/亩，上升幅度为13.39%。');
  flags('人工成本：2024年为241.30元/亩，2023年为212.80元/亩，增加28.50元/亩，上升幅度为⟦14.39%⟧。');
  flags('现金收益：2024年为212.60元/亩，2023年为354.90元/亩，减少142.30元/亩，下降幅度为⟦41.26%⟧。');
});

test('a share whose subject leaves out the whole\'s qualifier (苗族人口 of 总户籍人口) is of the qualified part before it', () => {
  flags('2023年，某自治县户籍人口210480人，其中瑶族户籍人口98650人，瑶族人口占总户籍人口的46.9%。');
  flags('2023年，某自治县户籍人口210480人，其中瑶族户籍人口98650人，瑶族人口占总户籍人口的⟦48.9%⟧。');
});

test('an energy conversion rate is the output over the input stated before it', () => {
  flags('1-6月，全市规模工业能源加工转换投入量为186.40万吨标准煤，产出量为103.25万吨标准煤，能源加工转换率为55.39%。');
  flags('1-6月，全市规模工业能源加工转换投入量为186.40万吨标准煤，产出量为103.25万吨标准煤，能源加工转换率为⟦57.39%⟧。');
  // Several months' pairs in one sentence: each rate is of the two figures right before it.
  flags('1-5月，投入量为162万吨标准煤，产出量为88.51万吨标准煤，转换率为54.64%，1-4月，投入量为131.07万吨标准煤，产出量为70.12万吨标准煤，转换率为⟦54.50%⟧。');
});

test('a completion rate after a 其中 part takes no plan from that part (一般预算收入 is an account, not a budget)', () => {
  assert.deepEqual(findingsOf('1至6月，全市实现财政总收入86.40亿元，其中，地方一般预算收入41.20亿元，完成预算的58.6%，同比增长12.5%。', 'share-mismatch'), []);
  assert.deepEqual(findingsOf('全市实现财政总收入86.40亿元，地方一般预算收入41.20亿元，完成预算的58.6%。', 'share-mismatch'), []);
});

test('a completion rate with decimals may be cut, not rounded (one unit below), never above the ratio by more than rounding', () => {
  const text = (rate: string) => `上半年，全省实现社会消费品零售总额2861.47亿元，同比增长9.6%，完成年度目标任务5900亿元的${rate}。`;
  // 2861.47 ÷ 5900 = 48.499 %: 48.4 is the ratio cut, 48.5 rounded.
  assert.deepEqual(findingsOf(text('48.4%'), 'share-mismatch'), []);
  assert.deepEqual(findingsOf(text('48.5%'), 'share-mismatch'), []);
  assert.equal(findingsOf(text('48.3%'), 'share-mismatch').length, 1);
  assert.equal(findingsOf(text('48.6%'), 'share-mismatch').length, 1);
});

test('a 其中 total that qualifies the subject a share names (等级公路 within 公路总里程) is no whole of that share', () => {
  assert.deepEqual(findingsOf('全省等级公路里程28.40万公里。其中，二级及以上公路里程4.10万公里，占公路总里程的12.6%。', 'share-mismatch'), []);
  // The total named as the share names it is its whole: 4.10 ÷ 28.40 = 14.4 %.
  assert.equal(findingsOf('全省公路里程28.40万公里。其中，二级及以上公路里程4.10万公里，占公路总里程的12.6%。', 'share-mismatch').length, 1);
});

test('a named rate over the units listed after it (their 到位资金 summed, the total holding funds no unit got) is no mismatch', () => {
  const text = (rate: string) =>
    `（三）资金使用情况。累计到位资金12.60亿元，核拨资金10.80亿元、核拨率${rate}。其中：甲市到位资金5.20亿元，核拨资金4.90亿元；乙县到位资金4.10亿元，核拨资金3.70亿元；丙县到位资金2.70亿元，核拨资金2.20亿元。`;
  // 10.80 ÷ (5.20 + 4.10 + 2.70) = 90.0 %, while 10.80 ÷ 12.60 = 85.7 %.
  assert.deepEqual(findingsOf(text('90.00%'), 'share-mismatch'), []);
  assert.equal(findingsOf(text('94.00%'), 'share-mismatch').length, 1);
});

test('a survey indicator\'s rate on a comparable base is not held to its published increment (房地产开发投资, 住宅投资)', () => {
  // 96.4 ÷ (852.7 + 96.4) = 10.16 %, but the bureau's 11.3 % is on the same firms a year before.
  assert.deepEqual(findingsOf('1-8月全省房地产开发投资852.7亿元，较上年同期减少96.4亿元，同比下降11.3%，其中住宅投资额641.5亿元，较上年同期减少52.3亿元，同比下降9.4%。', CODE), []);
  // A fiscal account is summed from the books: its increment and rate must agree.
  flags('全年一般公共预算收入852.7亿元，较上年减少96.4亿元，下降⟦11.3%⟧。');
});

test('a share of the total named shorter (全部新增债务限额 for 新增地方政府债务限额) is held to that total', () => {
  flags('在本批次新增地方政府债务限额689亿元中，省级使用19.15亿元，占全部新增债务限额的⟦3.7%⟧；市县级使用669.85亿元，占97.3%。');
  assert.deepEqual(findingsOf('在本批次新增地方政府债务限额689亿元中，省级使用19.15亿元，占全部新增债务限额的2.8%；市县级使用669.85亿元，占97.2%。', CODE), []);
});

test('a share of the bare total word (占总支出的) under a 其中 total that spends is a share of that total', () => {
  flags('全年各级财政共支出城市低保资金574.3亿元，比上年增长2.2%，其中中央财政补助资金339.1亿元，占总支出的⟦60.1%⟧。');
  assert.deepEqual(findingsOf('全年各级财政共支出城市低保资金574.3亿元，比上年增长2.2%，其中中央财政补助资金339.1亿元，占总支出的59.0%。', CODE), []);
});

test('a footnote number after the whole\'s name ([3]) leaves its share of the population readable', () => {
  flags('年末全市常住人口[3]36.44万人，比上年末减少0.36万人，其中城镇常住人口17.90万人，占常住人口比重(常住人口城镇化率)⟦50.12%⟧，比上年末提高0.66个百分点。');
  assert.deepEqual(findingsOf('年末全市常住人口[3]36.44万人，其中城镇常住人口17.90万人，占常住人口比重49.12%。', CODE), []);
});

test('a level named like the share\'s whole but stated only after it, undated, is no whole of the share', () => {
  // The month's share of the month's mainland visitors (unstated); the year-to-date figure comes later.
  assert.deepEqual(findingsOf('今年11月入境旅客总数达1,605,589人次。其中以个人游方式来澳的中国大陆旅客为461,242人次，占中国大陆旅客49.4%。今年首十一个月入境旅客总数达17,043,667人次。中国大陆旅客上升9.8%，为9,537,939人次，占总数56.0%。', CODE), []);
});

test('a bracketed aside after a level (含…A) is neither its increment nor its growth', () => {
  flags('全省财政总支出1566.3亿元（含对市县税收返还和补助支出824.0亿元），比上年增加119.5亿元，增长⟦9.3%⟧，完成预算的103.5%。');
  assert.deepEqual(findingsOf('全省财政总支出1566.3亿元（含对市县税收返还和补助支出824.0亿元），比上年增加119.5亿元，增长8.3%，完成预算的103.5%。', CODE), []);
});

test('an increment over the budget (比预算增加) is no base of a growth over last year', () => {
  assert.deepEqual(findingsOf('中央财政总收入9173.7亿元，完成预算的108.9%，比预算增加750.79亿元，比上年增长20.9%。', CODE), []);
});

test('an increment and a growth both counted from the start of the year share that base', () => {
  flags('二季度末，保险公司总资产22.0万亿元，较年初增加1.4万亿元，较年初增长⟦7.9%⟧。');
  flags('二季度末，保险公司总资产22.0万亿元，较年初增加1.4万亿元，较年初增长6.9%。');
  // A growth on a year before beside an increment since January: two bases, no relation.
  flags('二季度末，贷款余额800亿元，比年初增加50亿元，同比增长8%。');
  const found = findingsOf('二季度末，保险公司总资产22.0万亿元，较年初增加1.4万亿元，较年初增长7.9%。', CODE);
  assert.match(found[0]?.message.zh ?? '', /÷ 年初/);
});

test('a Taiwan amount with a stray space before 千 (2,076萬7 千元) is one figure: its execution rate matches', () => {
  flags('110年度某計畫可用預算數3,120萬4千元，執行數1,560萬2 千元，執行率50.00%。');
});

test('Macao\'s 当中 running straight into the first name, and figures in spaced brackets, make a list and its shares', () => {
  flags('内地旅客增加2.0倍至900,000人次，当中珠海市( 240,000人次 )及广州市旅客( 198,000人次 )分别占⟦27.7%⟧及22.0%。');
  flags('内地旅客增加2.0倍至900,000人次，当中珠海市( 240,000人次 )及广州市旅客( 198,000人次 )分别占26.7%及22.0%。');
});

test('what the years of a span added (`五年增加`) is no change on the year before', () => {
  flags('2016年，一般公共预算收入386.2亿元，同比增长⟦6.5%⟧，增加31亿元。');
  flags('2016年，一般公共预算收入386.2亿元，同比增长6.5%，五年增加131亿元，年均增长8.8%。');
  flags('2020年，一般公共预算收入386.2亿元，同比增长6.5%，“十三五”期间累计增加131亿元。');
});

test('a completion rate of 调整预算 is taken of the budget as adjusted, not of the budget passed before it', () => {
  flags('年初批准的一般公共预算收入预算为42000万元，经批准，一般公共预算收入预算调整为40000万元，实际完成41000万元，为调整预算的⟦103.5%⟧。');
  flags('年初批准的一般公共预算收入预算为42000万元，经批准，一般公共预算收入预算调整为40000万元，实际完成41000万元，为调整预算的102.5%。');
  // A rate of the plain 预算 after an adjustment may mean either budget: silence.
  flags('一般公共预算收入预算为42000万元，调整为40000万元，实际完成41000万元，为预算的103.5%。');
});

test('`税收占比` after the list names its part by the start of its name, though another part stands between', () => {
  flags('全县一般公共预算收入完成80000万元，其中税收收入60000万元，非税收入20000万元，税收占比⟦76.0%⟧。');
  flags('全县一般公共预算收入完成80000万元，其中税收收入60000万元，非税收入20000万元，税收占比75.0%。');
});

test('an unemployment rate after the employed and the unemployed is over both together, not over the employed', () => {
  assert.deepEqual(findingsOf('本季就业人数为862万4000人，失业人数为31万2000人，失业率3.49%。', 'share-mismatch'), []);
  // A rate named by the part and taken over a caseload that is no complement is still held to them.
  flags('本季受理投诉2400件，调解成功1800件，调解成功率⟦80%⟧。');
});

test('a share of a total named without its measure word (占体育服务业比重 under 体育服务业增加值)', () => {
  flags('全省体育服务业增加值为248亿元，其中体育健身休闲活动增加值为61.5亿元，占体育服务业比重为⟦27.3%⟧。');
  flags('全省体育服务业增加值为248亿元，其中体育健身休闲活动增加值为61.5亿元，占体育服务业比重为24.8%。');
});

test('a count\'s increment and growth: held together like money, round counts to their last significant digit', () => {
  flags('春运期间，铁路局预计发送旅客5260.4万人次，同比增加311.7万人次，增长⟦7.3%⟧。');
  flags('春运期间，铁路局预计发送旅客5260.4万人次，同比增加311.7万人次，增长6.3%。');
  // (`3250万人，增加360万人，增幅12.6%`: 355–365万 over 2885–2895万 gives 12.26–12.65 %.)
  flags('春运期间铁路局将发送旅客3250万人，同比增加360万人、增幅12.6%。');
});

test('a level closed by 相比 is the base of the increment and the growth after it', () => {
  flags('全市常住人口为4825106人，与2010年第六次全国人口普查的4612034人相比，增加213072人，增长⟦5.62%⟧。');
  flags('全市常住人口为4825106人，与2010年第六次全国人口普查的4612034人相比，增加213072人，增长4.62%。');
});

test('bare shares of parts that make up their total, all giving one larger whole, are shares of that whole (s48)', () => {
  // 600 + 500 + 100 = 1200 亿度, but 600 ÷ 30 % = 500 ÷ 25 % = 100 ÷ 5 % = 2000: every share is of all generation.
  flags('去年全省火力发电量1200亿度，占比为60.0%。其中，燃煤发电600亿度，占30.0%；燃气发电500亿度，占25.0%；燃油发电100亿度，占5.0%。');
  flags('去年全省火力发电量1200亿度。其中，燃煤发电600亿度，占30.0%；燃气发电500亿度，占25.0%；燃油发电100亿度，占5.0%。');
  // One share off the common whole is still read against the total it is paired with.
  flags('去年全省火力发电量1200亿度。其中，燃煤发电600亿度，占50.0%；燃气发电500亿度，占⟦35.0%⟧；燃油发电100亿度，占8.3%。');
});

test('shares of a ranking opened by 以 after the total (计A，以甲B（占x%）最多，其次是…) are read like those under 其中 (s48)', () => {
  // 1240 ÷ 2590 ≈ 47.9 %, not 57 %; the other two give about 2590.
  flags('寒害造成农业损失计2590万元，以甲县损失1240万元（占⟦57%⟧）最多，其次是乙县损失830万元（占32%）、丙县损失520万元（占20%）。');
  flags('寒害造成农业损失计2590万元，以甲县损失1240万元（占48%）最多，其次是乙县损失830万元（占32%）、丙县损失520万元（占20%）。');
  // One ranked item alone takes its share of the total before 以: 3000 ÷ 5000 = 60 %.
  flags('寒害造成农业损失计5000万元，以甲县损失3000万元（占⟦70%⟧）最多。');
  flags('寒害造成农业损失计5000万元，以甲县损失3000万元（占60%）最多。');
  // A total in another clause closed by `；` is not the ranking's.
  flags('全年出口额120亿元，增长5%；以机电产品出口45亿元最多，占47.5%。');
});

test('a change after 其中 is a part\'s (金额A，增长g%，其中甲增加B), not the level\'s against its growth (s48)', () => {
  flags('对东盟订单金额为86.4亿美元，同比增长12.6%，其中电子产品增加5.1亿美元。');
  // Without 其中 the change is the level's: 5.1 ÷ (86.4 − 5.1) = 6.27 %, not 12.6 %.
  flags('对东盟订单金额为86.4亿美元，同比增长⟦12.6%⟧，增加5.1亿美元。');
});

test('shares 分别占 a total named by what its verb did (彩票销售总量 of 共销售…彩票) are of that total (s49)', () => {
  // 30.10 ÷ 52.40 = 57.4 %, not 64.9 %.
  flags('全市共销售福利彩票52.40亿元。其中乐透型彩票30.10亿元、即开型彩票12.30亿元、视频型彩票4.00亿元，分别占彩票销售总量的⟦64.9%⟧、⟦26.5%⟧和⟦8.6%⟧。');
  flags('全市共销售福利彩票46.40亿元。其中乐透型彩票30.10亿元、即开型彩票12.30亿元、视频型彩票4.00亿元，分别占彩票销售总量的64.9%、26.5%和8.6%。');
  // A whole named by another verb's count is not that total.
  flags('全市共销售福利彩票52.40亿元。其中乐透型彩票30.10亿元、即开型彩票12.30亿元、视频型彩票4.00亿元，分别占彩票兑奖总量的64.9%、26.5%和8.6%。');
});

test('an amount followed by 里 opens its parts as 中 does (在A亿元基金里，含B，占比p%) (s49)', () => {
  // 61.2 ÷ 85.6 = 71.5 %.
  flags('在年内拨付的85.6亿元专项资金里，含中央资金61.2亿元，占比⟦81.5%⟧。');
  flags('在年内拨付的85.6亿元专项资金里，含中央资金61.2亿元，占比71.5%。');
});
