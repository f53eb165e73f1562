import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FUND_USES, NET_FLOWS, flowRole, DEDUCTED, LEFT_AFTER, JOINT_FLOWS, namesFundPartOnly } from '../../../server/src/analysis/cues/flows';
import { at } from '../../at';

/** words before a figure → its role in the cash-flow row ('' = none). */
const CASH: [string, string][] = [
  ['金融机构现金收入', 'in'],
  ['各项现金支出', 'out'],
  ['現金收入', 'in'],
  ['货币净回笼', 'netIn'],
  ['净回笼货币', 'netIn'],
  ['全年净投放现金', 'netOut'],
  ['现金净投放', 'netOut'],
  ['财政收入', ''], // no cash flow
  ['现金收入增长', ''], // a change, not the level
  ['各项存款余额', ''],
];

test('cues/flows: the words that name an inflow, an outflow and their net', () => {
  const cash = at(NET_FLOWS, 0);
  for (const [words, role] of CASH) assert.equal(flowRole(cash, words) ?? '', role, words);
});

/** words before a figure → its role in each foreign-exchange and trade row ('' = none). */
const TRADE: [number, string, string][] = [
  [1, '2023年5月，银行结汇', 'in'],
  [1, '累计售汇', 'out'],
  [1, '结售汇顺差', 'netIn'],
  [1, '結售匯逆差', 'netOut'],
  [1, '远期净结汇', ''], // the forward row's net
  [1, '远期结汇签约', ''],
  [2, '代客远期结汇签约', 'in'],
  [2, '远期售汇签约', 'out'],
  [2, '远期净结汇', 'netIn'],
  [3, '银行代客涉外收入', 'in'],
  [3, '對外付款', 'out'],
  [3, '涉外收付款顺差', 'netIn'],
  [4, '全年出口总额', 'in'],
  [4, '进口', 'out'],
  [4, '贸易顺差', 'netIn'],
  [4, '逆差', 'netOut'],
  [4, '出口增长', ''], // a change, not the level
  [5, '国际货物和服务贸易收入', 'in'],
  [5, '亿元，支出', 'out'],
  [5, '财政支出', ''], // a budget's spending is no payment abroad
  [5, '亿元，逆差', 'netOut'],
];

test('cues/flows: the words that name foreign-exchange settlements, receipts and payments, exports and imports', () => {
  for (const [row, words, role] of TRADE) assert.equal(flowRole(at(NET_FLOWS, row), words) ?? '', role, words);
});

/** words before a figure → its role in each stock row: paid in, lent, taken in ('' = none). */
const STOCKS: [number, string, string][] = [
  [6, '截至年末，累计缴存总额', 'in'],
  [6, '累计提取总额', 'out'],
  [6, '缴存余额', 'netIn'],
  [6, '本年缴存额', ''], // the year's flow, not the sum over the years
  [7, '累计发放个人住房贷款', 'in'],
  [7, '累计向8,240户职工发放住房公积金个人住房贷款', 'in'],
  [7, '累計向職工發放個人住房貸款', 'in'],
  [7, '当年发放个人住房贷款', ''],
  [7, '累计回收个人住房贷款', 'out'],
  [7, '个人住房贷款余额', 'netIn'],
  [8, '累计接收社区矫正人员', 'in'],
  [8, '累计解除矫正', 'out'],
  [8, '现有社区矫正人员', 'netIn'],
  [8, '在矫人员', 'netIn'],
  [8, '现有社区矫正人员人员', 'netIn'], // a page that doubled 人员
  [8, '累计接收捐赠款物', ''], // donations taken in: another row's words, none of this one
  [9, '全市养老保险基金收入', 'in'],
  [9, '，支出', 'out'],
  [9, '基金总支出', 'out'],
  [9, '待遇支出', 'out'],
  [9, '医疗保险基金。2013年收入', 'in'],
  [9, '2013年支出', 'out'],
  [9, '2013年末收入', ''], // a date of the level, not the year's flow
  [9, '基金当年结余', 'netIn'],
  [9, '本年收支结余', 'netIn'],
  [9, '当期收支缺口', 'netOut'],
  [9, '其中保险费收入', ''], // a kind of income, not the fund's whole income
  [9, '财政补贴收入', ''],
  [9, '上年结转', ''],
  [9, '本年结余', ''], // after a carry-over: a balance
  [9, '年末滚存结余', ''],
  [9, '累计结余', ''],
  [10, '共发布用工需求', 'in'],
  [10, '岗位需求人数为', 'in'],
  [10, '进入市场登记求职人数为', 'out'],
  [10, '本期缺口为', 'netIn'],
  [10, '资金缺口', ''], // money lacking is no gap of posts
  [10, '求人倍率为', ''],
  [6, '，住房公积金缴存总额', 'in'],
  [6, '繳存總額', 'in'],
  [6, '全市累计归集住房公积金', 'in'],
  [6, '，提取总额', 'out'],
  [6, '累计支出住房公积金', 'out'],
  [6, '缴存总额扣除提取总额后的缴存余额为', 'netIn'],
  [6, '累计结余住房公积金', 'netIn'],
  [6, '当年提取额', ''], // the year's withdrawals, not the sum to date
  [11, '2010年当年归集住房公积金', 'in'],
  [11, '；住房公积金提取', 'out'],
  [11, '，当年结余', 'netIn'],
  [11, '归集住房公积金', ''], // no year named: perhaps the sum to date
];

test('cues/flows: the words that name a stock paid in, drawn and left, lent, repaid and outstanding, taken in, released and still in', () => {
  for (const [row, words, role] of STOCKS) assert.equal(flowRole(at(NET_FLOWS, row), words) ?? '', role, words);
});

test('cues/flows: a housing fund\'s deposit balance and where it stands', () => {
  const words: [RegExp, string, boolean][] = [
    [FUND_USES.total, '，缴存余额', true],
    [FUND_USES.total, '缴存总额扣除提取总额后的繳存余額為', true],
    [FUND_USES.loans, '，个人住房贷款余额', true],
    [FUND_USES.loans, '发放个人住房贷款总额度', false],
    [FUND_USES.rest, '和国债余额后的结余资金为', true],
    [FUND_USES.rest, '，增值收益', false],
  ];
  for (const [re, before, want] of words) assert.equal(re.test(before), want, before);
  assert.equal(FUND_USES.optional.length, 2);
});

test('cues/flows: members due at a session, those absent and those present', () => {
  const row = NET_FLOWS.find((r) => r.name.startsWith('应到'));
  assert.ok(row);
  const cases: [string, string][] = [
    ['本次大会应到代表', 'in'],
    ['应到会委员', 'in'],
    ['因事因病请假缺席', 'out'],
    ['请假', 'out'],
    ['实到代表', 'netIn'],
    ['实到会人数为', 'netIn'],
    ['列席代表', ''], // guests, no member due
  ];
  for (const [words, role] of cases) assert.equal(flowRole(row, words) ?? '', role, words);
});

/** words before a figure → its role in the rows of money received and of an income offset by spending ('' = none). */
const HELD: [number, string, string][] = [
  [13, '省本级累计收到资金', 'in'],
  [13, '灾区接受捐赠款物共计', 'in'],
  [13, '亿元,累计拨付', 'out'],
  [13, '万元，支出', 'out'],
  [13, '万元，其中拨付', ''], // a kind of payment, not the whole paid on
  [13, '亿元,结余', 'netIn'],
  [13, '万元，结存', 'netIn'],
  [13, '上年结余', ''], // last year's balance, no remainder of these flows
  [14, '市府115年度歲入', 'in'],
  [14, '一般公共预算收入', 'in'],
  [14, '億元、歲出', 'out'],
  [14, '縣去年度歲入決算審定', 'in'], // the audited final accounts
  [14, '款收入；歲出決算則審定', 'out'],
  [14, '歲出決算數', ''],
  [14, '，相抵有賸餘', 'netIn'],
  [14, '收支相抵，结余', 'netIn'],
  [14, '收支相抵，短绌', 'netOut'],
  [14, '億元，歲出、歲入短絀', 'netOut'],
  [14, '岁入岁出賸余', 'netIn'],
  [14, '当年结余', ''], // a year's balance without 相抵: the fund row's, or a budget's after transfers
  [14, '萬1000元，歲計賸餘', 'netIn'], // Taiwan's 歲計: the year's income less spending
  [14, '億元，歲計短絀', 'netOut'],
  [14, '億元，歲計差額', ''], // a gap either way
  [14, '億元，差短', 'netOut'], // Taiwan's deficit by name, at the head of its clause
  [14, '較上年度差短', ''],
];

test('cues/flows: the words that name money received, paid on and held, and an income offset by its spending', () => {
  for (const [row, words, role] of HELD) assert.equal(flowRole(at(NET_FLOWS, row), words) ?? '', role, words);
});

/** words before a figure → its role in the farmland row ('' = none). */
const FARMLAND: [string, string][] = [
  ['全国耕地减少', 'in'],
  ['全国共减少耕地', 'in'],
  ['同期耕地增加', 'out'],
  ['开发补充耕地', 'out'],
  ['耕地面积净减少', 'netIn'],
  ['比上年度末净增加', 'netOut'],
  ['比上年减少', ''], // a change of some figure, no farmland named
];

test('cues/flows: the words that name farmland lost, gained and the net of the two', () => {
  for (const [words, role] of FARMLAND) assert.equal(flowRole(at(NET_FLOWS, 15), words) ?? '', role, words);
});

test('cues/flows: the words that name a gross inflow, a gross outflow and the net', () => {
  const rows: [string, string][] = [
    ['要素收益总流入为', 'in'],
    ['要素收益总流出亦较去年同期下跌24.1%至', 'out'],
    ['对外要素收益净流入为', 'netIn'],
    ['资本净流出', 'netOut'],
    ['流入人口', ''], // people who moved in: no gross flow named so
  ];
  for (const [words, role] of rows) assert.equal(flowRole(at(NET_FLOWS, 16), words) ?? '', role, words);
});

test('cues/flows: an industry\'s gross output, what it used up and the value it added', () => {
  const output = NET_FLOWS.find((r) => r.name.startsWith('总产出'));
  assert.ok(output);
  const rows: [string, string][] = [
    ['，建筑业工程价值及其他收益达', 'in'],
    ['制造业產值及其他收益(', 'in'],
    ['行业产值及其他收益下跌7.7%至', 'in'],
    ['全部工业总产出为', 'in'],
    ['，反映成本的消耗总额为', 'out'],
    ['、消耗總額(', 'out'],
    ['中间投入', 'out'],
    ['量度经济贡献的增加值总额为', 'netIn'],
    ['及增加值總額(', 'netIn'],
    ['，行业收益为', ''], // receipts: no output named so
    ['，消耗总额及增加值总额分别为', ''], // two named before one figure: which is which is for 分别
    ['规模以上工业增加值', 'netIn'], // a value added alone: the row needs all three in a row
  ];
  for (const [words, role] of rows) assert.equal(flowRole(output, words) ?? '', role, words);
});

test('cues/flows: a budget\'s revenue, expenditure and surplus; a proposal, its cut and what was approved', () => {
  const budget = NET_FLOWS.find((r) => r.name.startsWith('预算收入'));
  assert.ok(budget);
  const cases: [string, string][] = [
    ['预计明年度一般综合预算收入', 'in'],
    ['，开支', 'out'],
    ['，預算開支', 'out'],
    ['，预算盈馀', 'netIn'],
    ['，綜合盈餘為', 'netIn'],
    ['，赤字', 'netOut'],
    ['企业盈余', ''], // a firm's surplus, no budget's
    ['税收收入', ''], // one kind of revenue
    ['，政府整體開支', 'out'], // the whole government's spending, as Hong Kong's monthly accounts name it
    ['首六個月的整體支出為港幣(下同)', 'out'], // the period before, the currency said once after
    ['本財政年度首6個月開支', 'out'],
    ['，錄得赤字', 'netOut'],
    ['截至九月三十日的赤字為', 'netOut'],
    ['企業的赤字', ''], // a firm's, after no date
  ];
  for (const [words, role] of cases) assert.equal(flowRole(budget, words) ?? '', role, words);
  // The net named after its figure: the words before it and after it (its unit is part of the figure).
  const after: [string, string, string][] = [
    ['，因而錄得', '的赤字', 'netOut'],
    ['，因此有', '的盈余', 'netIn'],
    ['，錄得', '綜合盈餘', 'netIn'],
    ['，因而錄得', '的收入', ''], // a flow, not a net
    ['，其中有', '的赤字', ''], // no recording verb at the head of the clause
  ];
  for (const [before, rest, role] of after) assert.equal(flowRole(budget, before, rest) ?? '', role, before + rest);
  const review = NET_FLOWS.find((r) => r.name.startsWith('原列'));
  assert.ok(review);
  const steps: [string, string][] = [
    ['歲出原列', 'in'],
    ['審議結果減列', 'out'],
    ['核列', 'netIn'],
    ['增列', ''], // an addition: the three no longer make the row
    ['歲出原編列', 'in'], // as the press writes it
    ['經黨團協商統刪', 'out'],
    ['億元，修正後為', 'netIn'],
    ['修正', ''],
  ];
  for (const [words, role] of steps) assert.equal(flowRole(review, words) ?? '', role, words);
});

test('cues/flows: an amount taken off the one before it, and what is left', () => {
  for (const t of ['亿元；扣除基本人事费', '万元，再扣除上解支出', '，减去债务还本', '亿元（扣除提取的教育资金']) assert.ok(DEDUCTED.test(t), t);
  for (const t of ['扣除价格因素后增长', '其中扣除']) assert.equal(DEDUCTED.test(t), false, t);
  for (const t of ['，仅剩', '后，剩余', '，尚余', '后剩下', '，收支剩余', '，收支賸餘', '，政府性基金收入净额']) assert.ok(LEFT_AFTER.test(t), t);
  for (const t of ['，增长3%，剩余', '，其余', '，收支', '，净额增长']) assert.equal(LEFT_AFTER.test(t), false, t);
});

test('JOINT_FLOWS: two flows named together, the net after its figure', () => {
  assert.equal(JOINT_FLOWS.before.test('初次收入流入和流出分别为'), true);
  assert.equal(JOINT_FLOWS.before.test('初次收入流入和流出分別為'), true);
  assert.equal(JOINT_FLOWS.before.test('对外金融资产和负债分别为'), false);
  assert.equal(JOINT_FLOWS.toNet.test('，从而产生'), true);
  assert.equal(JOINT_FLOWS.toNet.test('，而去年同季'), false);
  assert.equal(JOINT_FLOWS.netAfter.exec('淨流入，而')?.[1], '流入');
  assert.equal(JOINT_FLOWS.netAfter.exec('净流出')?.[1], '流出');
});

const FUND_PARTS: [words: string, other: string, partOnly: boolean][] = [
  ['统筹基金当期结存', '基本医疗保险基金总收入', true],
  ['个人账户当期结存', '职工医保基金收入', true],
  ['当期结存', '基金总收入', false],
  // The income is the pooled fund's own: its balance is of the same fund.
  ['统筹基金当期结存', '职工医保统筹基金收入', false],
];

test('cues/flows: a balance of one part of a fund (统筹基金, 个人账户) is not the whole fund\'s', () => {
  for (const [words, other, partOnly] of FUND_PARTS) assert.equal(namesFundPartOnly(words, other), partOnly, words);
});

test('cues/flows: a life insurer\'s premiums, benefits paid and the net inflow of premiums (s49)', () => {
  const row = NET_FLOWS.find((r) => r.name === '保费收入 = 保险给付 + 保费净流入');
  assert.ok(row);
  const cases: [string, string][] = [
    ['壽險業今年一月總保費收入', 'in'],
    ['、保險給付金額', 'out'],
    ['，保險總給付', 'out'],
    ['，單月保費淨流入高達', 'netIn'],
    ['，保费净流出', 'netOut'],
    ['，投資型保費收入', 'in'],
    ['，保險給付率', ''], // a rate, no amount paid
  ];
  for (const [words, role] of cases) assert.equal(flowRole(row, words) ?? '', role, words);
});
