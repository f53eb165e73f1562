import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import type { Analysis, Claim } from '../../server/src/analysis/types';
import { readFixture } from './fixtures';
import { at } from '../at';

/** `text of the figure` → its claim rendered as `key kind[ direction] year[T][ scope]`. */
function claimsOf(a: Analysis): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of a.claims) {
    const q = at(a.quantities, c.quantity);
    const list = out.get(q.text) ?? [];
    list.push(render(c));
    out.set(q.text, list);
  }
  return out;
}

function render(c: Claim): string {
  const p = c.period;
  const status = p.status === 'target' ? 'T' : p.status === 'estimate' ? 'E' : '';
  return `${c.key} ${c.kind}${c.direction ? ' ' + c.direction : ''} ${p.year ?? '?'}${status}${p.scope ? ' ' + p.scope : ''}`;
}

const ACTUAL_2022 = '一、2022年国民经济和社会发展计划执行情况\n';
const TARGET_2023 = '二、2023年经济社会发展主要目标\n';

/** [section heading, sentence, figure, expected claim] */
const CASES: [string, string, string, string][] = [
  [ACTUAL_2022, '其中，线上平台网店交易额最高，达到812.4亿元；自建网站交易额为2.1亿元。', '812.4亿元', '线上平台网店交易额 level 2022'], // a superlative's clause names the copula's figure
  [ACTUAL_2022, '出口额为18.8亿元；而进口额则为9.8亿元。', '9.8亿元', '进口额 level 2022'], // the 而…则 of a contrast
  [ACTUAL_2022, '实现地区生产总值231.7亿元，同比增长2.3%。', '231.7亿元', '地区生产总值 level 2022'],
  [ACTUAL_2022, '实现地区生产总值231.7亿元，同比增长2.3%。', '2.3%', '地区生产总值 growth up 2022'],
  [ACTUAL_2022, '固定资产投资增长11.6%，社会消费品零售总额增长0.2%。', '11.6%', '固定资产投资 growth up 2022'],
  [ACTUAL_2022, '固定资产投资增长11.6%，社会消费品零售总额增长0.2%。', '0.2%', '社会消费品零售总额 growth up 2022'],
  [ACTUAL_2022, '全社会固定资产投资302.4亿元、增长17.7%。', '17.7%', '固定资产投资 growth up 2022'],
  [ACTUAL_2022, 'GDP增长4.7%。', '4.7%', '地区生产总值 growth up 2022'],
  [ACTUAL_2022, '社零总额增长2%。', '2%', '社会消费品零售总额 growth up 2022'],
  [ACTUAL_2022, '城镇常住居民人均可支配收入达33298元，同比增长1.6%。', '1.6%', '城镇居民人均可支配收入 growth up 2022'],
  [ACTUAL_2022, '工业用电量下降3.2%。', '3.2%', '工业用电量 growth down 2022'],
  [ACTUAL_2022, '城镇化率提升至45%，提高1.6个百分点。', '45%', '城镇化率 rate 2022'],
  // A change from a level at one time to a level at another: both are the subject's, each of its own time.
  [ACTUAL_2022, '全县执业医师从2018年的1520人增长到2022年底的1986人。', '1520人', '执业医师 level 2018'],
  [ACTUAL_2022, '全县执业医师从2018年的1520人增长到2022年底的1986人。', '1986人', '执业医师 level 2022'],
  [ACTUAL_2022, '城镇化率提升至45%，提高1.6个百分点。', '1.6个百分点', '城镇化率 ppChange up 2022'],
  [ACTUAL_2022, '贷存比86.5%，较上年同期下降3个百分点。', '3个百分点', '贷存比 ppChange down 2022'],
  // A comparison said with 相比 names no indicator: the change is the figure's before it.
  [ACTUAL_2022, '建安投资12.5亿元，与去年同期相比下降6.8个百分点。', '6.8个百分点', '建安投资 ppChange down 2022'],
  [ACTUAL_2022, '建安投资12.5亿元，与上年相比增长6.8%。', '6.8%', '建安投资 growth up 2022'],
  // A stray space inside 同比, and the tonne written t: the growth is the 羊肉产量's.
  [ACTUAL_2022, '羊出栏量为3169.9万只，同比提高2.2%，羊肉产量为48.8万t，同 比增长2.6%。', '2.6%', '羊肉产量 growth up 2022'],
  [ACTUAL_2022, '民生支出49.9亿元，占一般公共预算支出的78.2%。', '78.2%', '民生支出占一般公共预算支出 share 2022'],
  [ACTUAL_2022, '实现一般公共预算收入15.1亿元，同比增长0.8%，其中税收收入7.6亿元，同比增长2.1%。', '2.1%', '税收收入 growth up 2022'],
  [ACTUAL_2022, '2022年脱贫人口人均纯收入达14853.5元，增长12.7%。', '12.7%', '脱贫人口人均纯收入 growth up 2022'],
  // A subject named before a year that splits it from its measure stays with it (s50).
  [ACTUAL_2022, '市级彩票公益金2022年支出决算数为3.6亿元。', '3.6亿元', '市级彩票公益金支出 level 2022'],
  // Words of time or place before the year are no subject: the name starts after the year.
  [ACTUAL_2022, '截至2022年底全县户籍人口达35.2万人。', '35.2万人', '户籍人口 level 2022'],
  [ACTUAL_2022, '城镇调查失业率稳定在5.5%以内。', '5.5%以内', '城镇调查失业率 rate 2022'],
  // An adverb of time before the verb (`已达到`) is no part of the name.
  [ACTUAL_2022, '全县技能人才总量已达到2.6万人。', '2.6万人', '技能人才总量 level 2022'],
  // A filler that closes a compound (签约, 下达) stays in the name.
  [ACTUAL_2022, '全县高校毕业生签约1.2万人。', '1.2万人', '高校毕业生签约 level 2022'],
  [ACTUAL_2022, '新培育市场主体9062户，同比增长31.8%。', '9062户', '市场主体 count 2022'],
  [ACTUAL_2022, '上半年地区生产总值增长3.1%。', '3.1%', '地区生产总值 growth up 2022 上半年'],
  // the adverb 共 goes with its verb; the subject before it stays
  [ACTUAL_2022, '全市建筑业企业共完成建筑业总产值41.2亿元。', '41.2亿元', '建筑业企业建筑业总产值 level 2022'],
  // `农林牧渔及其服务业` before 分别 names the five trades in order
  [ACTUAL_2022, '农林牧渔及其服务业产值分别为18.24亿元、1.50亿元、4.79亿元、2.37亿元、1.63亿元。', '4.79亿元', '牧业产值 level 2022'],
  [ACTUAL_2022, '农林牧渔及其服务业产值分别为18.24亿元、1.50亿元、4.79亿元、2.37亿元、1.63亿元。', '1.63亿元', '农林牧渔服务业产值 level 2022'],
  // a footnote's number after the name (`[3]`, `⑤`) is no part of it
  [ACTUAL_2022, '年末全县常住人口[3]26.44万人。', '26.44万人', '常住人口 level 2022'],
  [ACTUAL_2022, '年末全县家庭户⑤8.94万户。', '8.94万户', '家庭户 count 2022'],
  // a count naming its items (`X、Y和Z三项指标`) names the figures of the 分别 list after it
  [ACTUAL_2022, '全市外贸进出口、出口和进口三项指标全面增长，分别完成812.4亿元、503.1亿元、309.3亿元。', '503.1亿元', '出口 level 2022'],
  [TARGET_2023, '地区生产总值增长6.5%左右。', '6.5%左右', '地区生产总值 growth up 2023T'],
  [TARGET_2023, '提出2023年预期全县地区生产总值增长7%以上。', '7%以上', '地区生产总值 growth up 2023T'],
  [ACTUAL_2022, '2022年预期目标增长7%，实际增长2.3%。', '7%', '? '],
];

test('claims: indicator, kind, direction and period of single figures', () => {
  for (const [heading, sentence, figure, expected] of CASES) {
    const a = analyze(heading + sentence);
    const got = claimsOf(a).get(figure) ?? [];
    if (expected === '? ') continue; // documented ambiguity, see below
    assert.ok(got.includes(expected), `${sentence} → ${figure}: expected «${expected}», got ${JSON.stringify(got)}`);
  }
});

test('claims: 分别 lists map the i-th figure to the i-th subject', () => {
  const a = analyze(ACTUAL_2022 + '其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、155亿元，同比分别增长3.7%、2.6%、1.9%。');
  const c = claimsOf(a);
  assert.deepEqual(c.get('42.9亿元'), ['第一产业增加值 level 2022']);
  assert.deepEqual(c.get('155亿元'), ['第三产业增加值 level 2022']);
  assert.deepEqual(c.get('2.6%'), ['第二产业增加值 growth up 2022']);
  assert.deepEqual(c.get('1.9%'), ['第三产业增加值 growth up 2022']);
  assert.ok(a.claims.filter((x) => x.listSize === 3 && x.kind === 'level').every((x) => x.subset), 'introduced by 其中');
});

test('claims: 城乡 subjects split into 城镇 and 农村', () => {
  const a = analyze(ACTUAL_2022 + '城乡常住居民人均可支配收入 33298 元、13789 元，分别增长 1.6%、7%。');
  const c = claimsOf(a);
  assert.deepEqual(c.get('13789 元'), ['农村居民人均可支配收入 level 2022']);
  assert.deepEqual(c.get('1.6%'), ['城镇居民人均可支配收入 growth up 2022']);
  assert.deepEqual(c.get('7%'), ['农村居民人均可支配收入 growth up 2022']);
});

test('claims: a list with no matching subjects gets no claim rather than a wrong one', () => {
  const a = analyze(ACTUAL_2022 + '今年以来分别完成12个、15个和8个。');
  assert.equal(a.claims.length, 0);
});

test('claims: a figure after a bare comma does not inherit the previous subject', () => {
  const a = analyze(ACTUAL_2022 + '引导就业6.3万人，1.5万户脱贫户与企业建立联结机制。');
  const c = claimsOf(a);
  assert.equal(c.get('1.5万户'), undefined);
});

test('claims: table rows take kind and period from the column header (000 表1)', () => {
  const text = readFixture('000_4030585dcbde8695.txt');
  const a = analyze(text);
  const table = a.claims.filter((c) => c.fromTable);
  const gdp = table.filter((c) => c.key === '地区生产总值').map(render).sort();
  assert.deepEqual(gdp, ['地区生产总值 growth up 2022', '地区生产总值 growth up 2022T']);
  const cpi = table.find((c) => c.key === '居民消费价格指数' && c.period.status === 'actual');
  assert.ok(cpi);
  assert.equal(at(a.quantities, cpi.quantity).qualifier, 'atMost'); // `2.5以内`
  assert.equal(table.length, 16); // 8 rows × (target, actual)
});

test('claims: periods follow the part headings of a 执行情况及计划草案 report (000)', () => {
  const text = readFixture('000_4030585dcbde8695.txt');
  const a = analyze(text);
  const years = new Set(a.claims.filter((c) => !c.fromTable).map((c) => `${c.period.year}${c.period.status === 'target' ? 'T' : ''}`));
  assert.ok(years.has('2022'));
  assert.ok(years.has('2023T'));
  // Section 一 reports 2022: its GDP growth is an actual.
  const gdp = a.claims.find((c) => c.key === '地区生产总值' && c.kind === 'growth' && !c.fromTable);
  assert.ok(gdp);
  assert.equal(render(gdp), '地区生产总值 growth up 2022');
});

test('claims: 003 (PDF-wrapped) reads figures split by spaces and line breaks', () => {
  const text = readFixture('003_7e2e0f9dafc359a0.txt');
  const a = analyze(text);
  const c = claimsOf(a);
  assert.deepEqual(c.get('99.3 亿元'), ['社会消费品零售总额 level 2022']);
  assert.deepEqual(c.get('1.6 个百分点'), ['城镇化率 ppChange up 2022']);
  assert.ok((c.get('0.45个百分点') ?? []).includes('森林覆盖率 ppChange up 2022'));
});

/** [corpus file, figure as written, one expected claim] — read off the reports by hand. */
const CORPUS_CASES: [string, string, string][] = [
  ['000_4030585dcbde8695.txt', '231.7亿元', '地区生产总值 level 2022'],
  ['000_4030585dcbde8695.txt', '42.9亿元', '第一产业增加值 level 2022'],
  ['000_4030585dcbde8695.txt', '3.7%', '第一产业增加值 growth up 2022'],
  ['000_4030585dcbde8695.txt', '10.5%', '全体居民人均可支配收入 growth up 2022'],
  ['000_4030585dcbde8695.txt', '81.5亿元', '电商交易额 level 2022'],
  ['000_4030585dcbde8695.txt', '12.1%', '电商交易额 growth up 2022'],
  ['000_4030585dcbde8695.txt', '12.1%', '贷款余额 growth up 2022'],
  ['000_4030585dcbde8695.txt', '334.8亿元', '金融机构存款余额 level 2022'],
  ['000_4030585dcbde8695.txt', '86.5%', '贷存比 rate 2022'],
  ['000_4030585dcbde8695.txt', '5327人', '城镇新增就业 level 2022'],
  ['000_4030585dcbde8695.txt', '5.5%以内', '城镇调查失业率 rate 2022'],
  ['000_4030585dcbde8695.txt', '33298元', '城镇居民人均可支配收入 level 2022'],
  ['000_4030585dcbde8695.txt', '13789元', '农村居民人均可支配收入 level 2022'],
  ['000_4030585dcbde8695.txt', '88.9亿元', '固定资产投资 level 2022'],
  ['000_4030585dcbde8695.txt', '15.1亿元', '一般公共预算收入 level 2022'],
  ['000_4030585dcbde8695.txt', '7.6亿元', '税收收入 level 2022'],
  ['001_d0fe4f7f7cc8ad9c.txt', '557.7亿元', '地区生产总值 level 2022'],
  ['001_d0fe4f7f7cc8ad9c.txt', '4.7%', '地区生产总值 growth up 2022'],
  ['001_d0fe4f7f7cc8ad9c.txt', '302.4亿元', '固定资产投资 level 2022'],
  ['001_d0fe4f7f7cc8ad9c.txt', '394.3亿元', '社会消费品零售总额 level 2022'],
  ['001_d0fe4f7f7cc8ad9c.txt', '27572元', '城乡居民人均可支配收入 level 2022'],
  ['001_d0fe4f7f7cc8ad9c.txt', '11.7%', '城乡居民人均可支配收入 growth up 2022'],
  ['001_d0fe4f7f7cc8ad9c.txt', '7%以上', '地区生产总值 growth up 2023T'],
  ['003_7e2e0f9dafc359a0.txt', '231.7亿元', '地区生产总值 level 2022'],
  ['003_7e2e0f9dafc359a0.txt', '15.1亿元', '一般公共预算本级收入 level 2022'],
  ['003_7e2e0f9dafc359a0.txt', '289.5 亿元', '金融机构贷款余额 level 2022'],
  ['003_7e2e0f9dafc359a0.txt', '64.1%', '森林覆盖率 rate 2022'],
  ['003_7e2e0f9dafc359a0.txt', '45%', '城镇化率 rate 2022'],
  ['003_7e2e0f9dafc359a0.txt', '359天', '县城空气质量优良天数 level 2022'],
  ['003_7e2e0f9dafc359a0.txt', '49.9亿元', '民生支出 level 2022'],
  ['003_7e2e0f9dafc359a0.txt', '78.2%', '民生支出占一般公共预算支出 share 2022'],
  ['003_7e2e0f9dafc359a0.txt', '94.2%', '学前教育普惠率 rate 2022'],
  ['003_7e2e0f9dafc359a0.txt', '136.1 亿元', '民营经济增加值 level 2022'],
  ['003_7e2e0f9dafc359a0.txt', '9062', '新发展市场主体 count 2022'],
];

test('claims on the corpus: indicator, kind and period of figures read off the reports', () => {
  const byFile = new Map<string, Map<string, string[]>>();
  for (const [file, figure, expected] of CORPUS_CASES) {
    let claims = byFile.get(file);
    if (!claims) {
      claims = claimsOf(analyze(readFixture(file)));
      byFile.set(file, claims);
    }
    // A figure split by a PDF line break (`9062` ⏎ `户`) is keyed by its text up to the break.
    const got = [...claims.entries()].filter(([t]) => t === figure || t.replace(/\s+/g, '').startsWith(figure)).flatMap(([, c]) => c);
    assert.ok(got.includes(expected), `${file} ${figure}: expected «${expected}», got ${JSON.stringify(got)}`);
  }
});

/** More forms: bases, directions, targets, scopes, shares, completion, absolute changes, lists. */
const MORE: [string, string, string, string][] = [
  // A level after a growth and `，为` is the level the subject reached; an adverb (亦) is no part of its name.
  [ACTUAL_2022, '经外港码头入境旅客增加23.5%，为508.4万人次。', '508.4万人次', '经外港码头入境旅客 level 2022'],
  [ACTUAL_2022, '经内港码头入境旅客亦上升53.9%，为11.2万人次。', '53.9%', '经内港码头入境旅客 growth up 2022'],
  [ACTUAL_2022, '规模以上工业增加值比上年增长5.1%。', '5.1%', '规模以上工业增加值 growth up 2022'],
  // Subjects before their own counts in brackets, the measure once after the last bracket: each takes the measure.
  [ACTUAL_2022, '新房买卖总值96.0亿元；现楼(1,204个)及楼花(388个)成交金额分别为71.3亿元及24.7亿元。', '24.7亿元', '楼花成交金额 level 2022'],
  // A year after 较 is the base (`较2021年同期`), no period that starts the indicator's name.
  [ACTUAL_2022, '港口货物吞吐量较2021年同期增长3.4%，达812万吨。', '812万吨', '港口货物吞吐量 level 2022'],
  [ACTUAL_2022, '2022年旅客吞吐量比2021年同期下降6.2%。', '6.2%', '旅客吞吐量 growth down 2022'],
  [ACTUAL_2022, '规上工业增加值增长5.1%。', '5.1%', '规模以上工业增加值 growth up 2022'],
  [ACTUAL_2022, '居民消费价格指数上涨1.8%。', '1.8%', '居民消费价格指数 growth up 2022'],
  [ACTUAL_2022, 'CPI上涨1.8%。', '1.8%', '居民消费价格指数 growth up 2022'],
  [ACTUAL_2022, '商品房销售面积下降12.4%。', '12.4%', '商品房销售面积 growth down 2022'],
  [ACTUAL_2022, '单位GDP能耗降低3.1%。', '3.1%', '单位GDP能耗 growth down 2022'],
  [ACTUAL_2022, '城镇登记失业率下降0.2个百分点。', '0.2个百分点', '城镇登记失业率 ppChange down 2022'],
  [ACTUAL_2022, '研发经费投入强度提高0.3个百分点。', '0.3个百分点', '研发经费投入强度 ppChange up 2022'],
  [ACTUAL_2022, '常住人口城镇化率达到45.2%。', '45.2%', '人口城镇化率 rate 2022'],
  [ACTUAL_2022, '1-11月规模以上工业增加值增长4.2%。', '4.2%', '规模以上工业增加值 growth up 2022 1-11月'],
  [ACTUAL_2022, '一季度地区生产总值增长3.5%。', '3.5%', '地区生产总值 growth up 2022 一季度'],
  [ACTUAL_2022, '全年税收收入增加1.2亿元。', '1.2亿元', '税收收入 change up 2022'],
  [ACTUAL_2022, '债务余额减少3.4亿元。', '3.4亿元', '债务余额 change down 2022'],
  [ACTUAL_2022, '第三产业增加值占地区生产总值的比重为66.9%。', '66.9%', '第三产业增加值占地区生产总值 share 2022'],
  [ACTUAL_2022, '年末金融机构贷款余额289.5亿元。', '289.5亿元', '金融机构贷款余额 level 2022'],
  [ACTUAL_2022, '完成一般公共预算收入15.1亿元，为预算的102.3%。', '15.1亿元', '一般公共预算收入 level 2022'],
  [ACTUAL_2022, '新增城镇就业5327人。', '5327人', '新增城镇就业 level 2022'],
  [ACTUAL_2022, '接待游客2122万人次，实现旅游综合收入105.6亿元。', '2122万人次', '接待游客 level 2022'],
  [ACTUAL_2022, '接待游客2122万人次，实现旅游综合收入105.6亿元。', '105.6亿元', '旅游综合收入 level 2022'],
  [ACTUAL_2022, '粮食总产量36.7万吨，增长1.2%。', '36.7万吨', '粮食总产量 level 2022'],
  [ACTUAL_2022, '粮食总产量36.7万吨，增长1.2%。', '1.2%', '粮食总产量 growth up 2022'],
  [ACTUAL_2022, '新建高标准农田10万亩。', '10万亩', '新建高标准农田 level 2022'],
  [ACTUAL_2022, '森林覆盖率64.1%，提高0.45个百分点。', '0.45个百分点', '森林覆盖率 ppChange up 2022'],
  [ACTUAL_2022, '进出口总额、实际利用外资分别增长8.2%和5.5%。', '5.5%', '实际利用外资 growth up 2022'],
  [ACTUAL_2022, '进出口总额、实际利用外资分别增长8.2%和5.5%。', '8.2%', '进出口总额 growth up 2022'],
  [ACTUAL_2022, '城乡居民人均可支配收入分别增长5.5%和8%。', '8%', '农村居民人均可支配收入 growth up 2022'],
  [ACTUAL_2022, '二、三产业增加值分别增长2.6%、1.9%。', '1.9%', '第三产业增加值 growth up 2022'],
  [TARGET_2023, '力争地区生产总值增长7%。', '7%', '地区生产总值 growth up 2023T'],
  [TARGET_2023, '一般公共预算收入增长5%左右。', '5%左右', '一般公共预算收入 growth up 2023T'],
  [TARGET_2023, '城镇调查失业率控制在5.5%以内。', '5.5%以内', '城镇调查失业率 rate 2023T'],
  [TARGET_2023, '居民消费价格涨幅3%左右。', '3%左右', '居民消费价格 growth up 2023T'],
  // 预计 in a review part: an expected actual (E), compared only with other estimates.
  [ACTUAL_2022, '预计全年地区生产总值增长3%。', '3%', '地区生产总值 growth up 2022E'],
  [TARGET_2023, '预计地区生产总值增长6%。', '6%', '地区生产总值 growth up 2023T'],
  [ACTUAL_2022, '2023年预期目标为增长6.5%。', '6.5%', '? '],
];

/** Every case whose figure lacks the expected claim, as a readable line ('? ' = documented ambiguity). */
function failuresOf(cases: [string, string, string, string][]): string[] {
  const failures: string[] = [];
  for (const [heading, sentence, figure, expected] of cases) {
    if (expected === '? ') continue;
    const got = claimsOf(analyze(heading + sentence)).get(figure) ?? [];
    if (!got.includes(expected)) failures.push(`${sentence} → ${figure}: expected «${expected}», got ${JSON.stringify(got)}`);
  }
  return failures;
}

test('claims: bases, directions, targets, scopes, shares, absolute changes and lists', () => {
  assert.deepEqual(failuresOf(MORE), []);
});

/** A 统计公报: the year is in the title; parts (`一、综合`) and sentences (`全年`) name none. */
const BULLETIN = '某市2024年国民经济和社会发展统计公报\n\n某市统计局\n\n一、综合\n\n';

const BULLETIN_CASES: [string, string, string, string][] = [
  // A short bracketed aside is no clause boundary: the indicator reaches across `（GDP）`.
  [BULLETIN, '初步核算，全年全市地区生产总值（GDP）1234.56亿元，按不变价格计算，比上年增长5.2%。', '1234.56亿元', '地区生产总值 level 2024'],
  [BULLETIN, '初步核算，全年全市地区生产总值（GDP）1234.56亿元，按不变价格计算，比上年增长5.2%。', '5.2%', '地区生产总值 growth up 2024'],
  [BULLETIN, '全年研究与试验发展（R&D）经费支出32.1亿元。', '32.1亿元', '研究与试验发展经费支出 level 2024'],
  [BULLETIN, '全年固定资产投资（不含农户）比上年增长4.6%。', '4.6%', '固定资产投资 growth up 2024'],
  // 常住人口 alone is the population, not the generic word 人口.
  [BULLETIN, '年末全市常住人口142.6万人，比上年末增加0.8万人。', '142.6万人', '常住人口 level 2024'],
  // A comparison base (比年初, 比上年末) is not an indicator: the change belongs to the subject before it.
  [BULLETIN, '年末各项存款余额2345.6亿元，比年初增加187.3亿元，增长8.7%。', '187.3亿元', '各项存款余额 change up 2024'],
  [BULLETIN, '年末各项存款余额2345.6亿元，比年初增加187.3亿元，增长8.7%。', '8.7%', '各项存款余额 growth up 2024'],
  [BULLETIN, '年末全市常住人口142.6万人，比上年末增加0.8万人。', '0.8万人', '常住人口 change up 2024'],
  [BULLETIN, '一般公共预算收入856.3亿元，同口径增长4.1%。', '4.1%', '一般公共预算收入 growth up 2024'],
  // A date line merged into the title block does not hide the bulletin's year.
  ['某市2024年国民经济和社会发展统计公报\n某市统计局　2025年3月15日\n\n一、综合\n\n', '全年地区生产总值增长5%。', '5%', '地区生产总值 growth up 2024'],
  // A point change right after a share is the share's change.
  [ACTUAL_2022, '民生支出42.15亿元，占一般公共预算支出的80.5%，比上年提高1.6个百分点。', '1.6个百分点', '民生支出占一般公共预算支出 ppChange up 2022'],
  // 比上年提高 is a change, not a comparison with another place.
  [ACTUAL_2022, '城镇化率45%，比上年提高1.2个百分点。', '1.2个百分点', '城镇化率 ppChange up 2022'],
  // The plan a rate is measured against is no indicator; the growth after it is the revenue's.
  [ACTUAL_2022, '一般公共预算收入完成18.62亿元，为年初预算18.2亿元的102.3%，增长6.4%。', '6.4%', '一般公共预算收入 growth up 2022'],
  // The last scope cue holds; 全年 names the whole year again.
  [ACTUAL_2022, '一季度实现开门红，1-9月规模以上工业增加值同比增长10.2%，全年增长9.3%。', '10.2%', '规模以上工业增加值 growth up 2022 前三季度'],
  [ACTUAL_2022, '一季度实现开门红，1-9月规模以上工业增加值同比增长10.2%，全年增长9.3%。', '9.3%', '规模以上工业增加值 growth up 2022'],
  // A multi-year total is its own scope; a year named after it ends it.
  [ACTUAL_2022, '三年来，全县累计城镇新增就业1.52万人，其中2022年城镇新增就业5160人。', '1.52万人', '城镇新增就业 level 2022 累计'],
  [ACTUAL_2022, '三年来，全县累计城镇新增就业1.52万人，其中2022年城镇新增就业5160人。', '5160人', '城镇新增就业 level 2022'],
  // A target cue does not reach past ；.
  [ACTUAL_2022, '地区生产总值增长5.8%，低于年初预期目标0.4个百分点；社会消费品零售总额98.3亿元。', '98.3亿元', '社会消费品零售总额 level 2022'],
  // A figure inside an aside belongs to the subject before the bracket.
  [ACTUAL_2022, '地区生产总值（预期增长6.5%）、一般公共预算收入（预期增长7.5%）。', '6.5%', '地区生产总值 growth up 2022T'],
  [ACTUAL_2022, '地区生产总值（预期增长6.5%）、一般公共预算收入（预期增长7.5%）。', '7.5%', '一般公共预算收入 growth up 2022T'],
  // 去年 in a plan part: last year's actual, within its clause…
  [TARGET_2023, '地区生产总值增长6.5%左右，在去年增长5.8%的基础上争取更好结果；规模以上工业增加值增长8%以上。', '5.8%', '地区生产总值 growth up 2022'],
  [TARGET_2023, '地区生产总值增长6.5%左右，在去年增长5.8%的基础上争取更好结果；规模以上工业增加值增长8%以上。', '8%以上', '规模以上工业增加值 growth up 2023T'],
  // …or throughout a sentence that opens with it.
  [TARGET_2023, '去年全县地区生产总值达到412.6亿元；城镇居民人均可支配收入42680元、增长5.2%。', '5.2%', '城镇居民人均可支配收入 growth up 2022'],
  // 比上年 is a base, not a period.
  [TARGET_2023, '城镇居民人均可支配收入比上年增长6%。', '6%', '城镇居民人均可支配收入 growth up 2023T'],
];

test('no claim for a benchmark comparison or a plan reference', () => {
  const a = analyze(ACTUAL_2022 + '地区生产总值增长5.8%，高于全市平均水平0.4个百分点；一般公共预算收入完成18.62亿元，为年初预算18.2亿元的102.3%。');
  const got = claimsOf(a);
  assert.deepEqual(got.get('0.4个百分点') ?? [], []);
  assert.deepEqual(got.get('18.2亿元') ?? [], []);
});

test('last year\'s amount named with a generic word (`较上年同期收入`) is a comparison base, no claim of its own', () => {
  const a = analyze(ACTUAL_2022 + '其中税收收入8640万元，较上年同期收入9210万元减收570万元。非税收入4170万元，比上年同期收入3650万元增收520万元。');
  const got = claimsOf(a);
  assert.deepEqual(got.get('9210万元') ?? [], []);
  assert.deepEqual(got.get('3650万元') ?? [], []);
  assert.ok((got.get('570万元') ?? []).some((c) => c.startsWith('税收收入 change')), JSON.stringify(got.get('570万元')));
});

test('claims in a 统计公报: the title gives the year; asides, 常住人口 and comparison bases', () => {
  assert.deepEqual(failuresOf(BULLETIN_CASES), []);
});

test('only a 统计公报 title gives a year: a 政府工作报告 is dated by the year it is delivered', () => {
  const report = '2025年政府工作报告\n\n各位代表：\n\n一、过去一年工作回顾\n\n全年地区生产总值增长5.2%。';
  const got = claimsOf(analyze(report)).get('5.2%') ?? [];
  assert.ok(!got.some((c) => c.includes('2025')), JSON.stringify(got));
});

test('an age bound names the item after it (`；16岁以下5100人`), not the item before', () => {
  const a = analyze('2019年末总人口30000人，男性14400人，占48%；女性15600人，占52%；16岁以下5100人，占17%；17—40岁9900人；61岁以上6000人。');
  const c = claimsOf(a);
  assert.deepEqual(c.get('5100人'), ['16岁以下 level 2019']);
  assert.deepEqual(c.get('9900人'), ['17—40岁 level 2019']);
  assert.deepEqual(c.get('6000人'), ['61岁以上 level 2019']);
  assert.deepEqual(c.get('15600人'), ['女性 level 2019']);
});

test('a list of shares after `占…的比重分别为` takes the subjects of the list before it', () => {
  const a = analyze('2022年，货物类、工程类和服务类采购金额分别为4210.6亿元、7380.2亿元和2480.5亿元，占全国政府采购规模的比重分别为30.8%、54.0%和15.2%。');
  const c = claimsOf(a);
  assert.deepEqual(c.get('30.8%'), ['货物类 share 2022']);
  assert.deepEqual(c.get('15.2%'), ['服务类采购金额 share 2022']);
});
