import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFixture } from '../fixtures';
import { applyFix, covered, findingsOf, marked, spansOf } from '../markers';
import { at } from '../../at';

const CODE = 'duplicate-sentence';

function flags(src: string): void {
  const m = marked(src);
  const found = findingsOf(m.text, CODE);
  assert.deepEqual(spansOf(found), m.spans, JSON.stringify(found.map((f) => f.message.zh)));
}

test('001 line 40: the sentence pasted twice is flagged at its second occurrence', () => {
  const text = readFixture('001_d0fe4f7f7cc8ad9c.txt');
  const fs = findingsOf(text, CODE);
  assert.equal(fs.length, 1);
  const f = at(fs, 0);
  const sentence = '全面提高救助保障标准，发放救助资金4.4亿元，发放低保、特困人员等价格临时补贴1615.5万元。';
  assert.equal(covered(text, f), sentence);
  assert.equal(text.indexOf(sentence), at(f.related, 0).span.start, 'related points at the first occurrence');
  assert.ok(f.span.start > at(f.related, 0).span.start);
  assert.match(f.message.zh, /第 40 行/);
  assert.match(f.message.en, /line 40/);
  assert.equal(f.severity, 'warning');
});

test('its quick fix deletes the repeat and nothing else', () => {
  const text = readFixture('001_d0fe4f7f7cc8ad9c.txt');
  const f = at(findingsOf(text, CODE), 0);
  const fixed = applyFix(text, at(f.fixes, 0));
  assert.equal(fixed.length, text.length - covered(text, f).length);
  assert.equal(findingsOf(fixed, CODE).length, 0);
  assert.ok(fixed.includes('全面提高救助保障标准'), 'the first occurrence stays');
});

test('near duplicates: one or two characters changed', () => {
  const a = '全县新建改建农村公路一百二十公里，完成危桥改造十座。';
  const b = '全县新建改建农村公路一百三十公里，完成危桥改造十座。';
  const c = '全县新建改建农村公路一百三十五公里，完成危桥改造十一座。';
  const one = findingsOf(`${a}其他工作稳步推进。${b}`, CODE);
  assert.equal(one.length, 1);
  assert.match(at(one, 0).message.zh, /仅差 1 个字/);
  assert.equal(at(at(one, 0).fixes, 0).preferred, false, 'deleting a near duplicate is offered, not preferred');
  assert.equal(findingsOf(`${a}其他工作稳步推进。${c}`, CODE).length, 0, 'three changes are a different sentence');
});

test('spaces from PDF extraction and CRLF do not hide a repeat', () => {
  const text = '实施城乡供水一体化工程，新增受益人口 2.1 万人。其他。\r\n实施城乡供水一体化工程，新增受益人口2.1万人。\r\n';
  assert.equal(findingsOf(text, CODE).length, 1);
});

test('not flagged: short sentences, restated figures in other words, distinct sentences', () => {
  const cases = [
    '各位代表：\n各位代表：\n', // short
    '（一）总体要求。\n（一）总体要求。\n', // under 15 characters
    '实现地区生产总值231.7亿元，同比增长2.3%。\n全县地区生产总值达到231.7亿元，比上年增长2.3%。\n', // restatement, not a repeat
    '持续推进产业结构调整，加快发展现代农业。\n持续推进城乡融合发展，加快建设美丽乡村。\n',
  ];
  for (const t of cases) assert.deepEqual(findingsOf(t, CODE), [], t);
});

test('000 and 003 have no repeated sentence', () => {
  for (const name of ['000_4030585dcbde8695.txt', '003_7e2e0f9dafc359a0.txt']) {
    assert.deepEqual(findingsOf(readFixture(name), CODE).map((f) => f.message.zh), [], name);
  }
});

test('a sentence repeated many times is flagged at every repeat, in linear time', () => {
  const s = '坚持以人民为中心的发展思想，切实保障和改善民生。';
  const text = Array.from({ length: 500 }, () => s).join('');
  assert.equal(findingsOf(text, CODE).length, 499);
});

test('notes under tables (注：…) repeat by design and are not flagged', () => {
  const note = '注：表中部分数据因四舍五入，分项合计与总计略有差异。';
  const text = `一、工业\n表1  主要工业产品产量\n${note}\n二、农业\n表2  主要农产品产量\n${note}\n`;
  assert.deepEqual(findingsOf(text, 'duplicate-sentence'), []);
});

test('label lines and repeated titles are layout, not repeated sentences', () => {
  // A web page's metadata lines: mostly digits and brackets, two characters apart.
  const labels = '［ 成文日期 ］ 2021-10-12\n［ 发布日期 ］ 2021-10-12\n全县财政运行总体平稳，各项收支任务顺利完成。\n';
  assert.equal(findingsOf(labels, CODE).length, 0);
  // The page title, then the document's own title block repeating it.
  const title = '某某县关于二〇二一年全县财政预算执行情况和二〇二二年预算草案的报告';
  const titled = `${title}\n\n${title}\n\n一、执行情况\n全县财政运行总体平稳，各项收支任务顺利完成。\n`;
  assert.equal(findingsOf(titled, CODE).length, 0);
  // The same words as a sentence of the running text are still a repeat.
  const sentence = '全县财政运行总体平稳，各项收支任务全部顺利完成。';
  assert.equal(findingsOf(`一、执行情况\n${sentence}\n二、存在问题\n${sentence}\n`, CODE).length, 1);
});

test('a title or a label repeated (web page header and article) is not a sentence', () => {
  const title = '某县2024年国民经济和社会发展统计公报';
  const meta = '[ 发布机构 ] | 某县统计局 | [ 发布日期 ] 2025-03-28';
  const body = '全年实现地区生产总值231.7亿元，比上年增长5.2%。';
  assert.deepEqual(findingsOf(`${title}\n${meta}\n${title}\n${meta}\n${body}\n`, CODE), []);
  // the same words with a comma or an end mark are a sentence, and its repeat is flagged
  assert.equal(findingsOf(`${body}\n其他工作稳步推进。\n${body}\n`, CODE).length, 1);
});

test('a lede before the first numbered heading quotes the body: no paste error', () => {
  const body = '全年全县实现地区生产总值186.4亿元，按可比价格计算，比上年增长6.2%。';
  flags(`某县2023年国民经济和社会发展统计公报\n\n本网讯：县统计局日前发布公报。${body}\n\n一、综合\n\n${body}\n`);
});

test('a repeat inside the body, or inside the lede, is still a paste error', () => {
  const body = '全年全县实现地区生产总值186.4亿元，按可比价格计算，比上年增长6.2%。';
  flags(`某县2023年国民经济和社会发展统计公报\n\n本网讯：县统计局日前发布公报。${body}\n\n一、综合\n\n${body}⟦${body}⟧\n`);
  flags(`某县2023年国民经济和社会发展统计公报\n\n本网讯：县统计局日前发布公报。${body}⟦${body}⟧\n\n一、综合\n\n全年粮食产量稳定。\n`);
});

test('the two sides of a balanced budget (收入…总计 / 支出…总计 with one amount) are no repeat', () => {
  flags('全县收入预算总计调整为318420万元，调增45600万元。其中：县本级收入不变。\n全县支出预算总计调整为318420万元，调增45600万元。其中：县本级支出调增45600万元。');
  // The same side twice with one figure changed is still a near repeat.
  flags('全县收入预算总计调整为318420万元，调增45600万元。\n⟦全县收入预算总计调整为318420万元，调增45800万元。⟧');
});

test('a numbered summary section (一、主要指标情况) restated by the sections after it is no repeat; a repeat inside a section still is', () => {
  const src = '2024年1-2月某区经济运行情况简析\n一、主要指标情况\n1-2月份，全区规模以上工业企业增加值同比下降6.5%。全区固定资产投资同比增长3.5%，其中项目投资同比增长26.6%。\n二、工业方面\n1-2月份，全区规模以上工业企业增加值同比下降6.5%。高技术产业增加值增长71.6%。\n三、投资方面\n全区固定资产投资同比增长3.5%，其中项目投资同比增长26.6%。全区固定资产投资同比增长3.5%，其中项目投资同比增长26.6%。\n';
  const found = findingsOf(src, 'duplicate-sentence');
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message.zh)));
  assert.equal(src.slice(found[0]!.span.start, found[0]!.span.end), '全区固定资产投资同比增长3.5%，其中项目投资同比增长26.6%。');
  assert.ok(found[0]!.span.start > src.indexOf('三、投资方面') + 10);
});

test('a sentence restated further on and broken down right after (其中…) is information; side by side it is a paste error', () => {
  const lede = '据初步测算，全区生产总值将达到86.5亿元左右，增长8%以上。';
  const middle = '会议由副区长主持。今年全区预期增长目标为8%以上。目前，各地正全力推进项目建设。';
  const breakdown = '其中：一产业增加值9.1亿元，二产业增加值40.2亿元，三产业增加值37.2亿元。';
  const spread = `本报讯 近日召开一季度经济运行分析会。${lede}${middle}${lede}${breakdown}`;
  const found = findingsOf(spread, CODE);
  assert.deepEqual(found.map((f) => f.severity), ['info']);
  assert.match(found[0]!.message.zh, /展开而重述/);
  // The same two copies side by side: a paste error, a warning.
  const pasted = findingsOf(`本报讯 近日召开一季度经济运行分析会。${middle}${lede}${lede}${breakdown}`, CODE);
  assert.deepEqual(pasted.map((f) => f.severity), ['warning']);
  // Spread apart but not broken down: still a warning.
  const plain = findingsOf(`本报讯 近日召开一季度经济运行分析会。${lede}${middle}${lede}`, CODE);
  assert.deepEqual(plain.map((f) => f.severity), ['warning']);
});

test('near repeats that differ in words only, no figure, are parallel statements: information', () => {
  const text = '5.经营收入0.00万元，为开展经营活动取得的收入。较上年决算数增加0.00万元，主要原因是本单位无经营收入，与上年相比无变化。6.其他收入0.00万元，为上述收入之外取得的收入。较上年决算数增加0.00万元，主要原因是本单位无其他收入，与上年相比无变化。';
  const found = findingsOf(text, CODE);
  assert.deepEqual(found.map((f) => f.severity), ['info']);
  assert.match(found[0]!.message.zh, /仅措辞不同/);
  // A figure changed between the two is the paste-and-edit slip: a warning.
  const edited = findingsOf('全县新建改建农村公路120公里，完成危桥改造十座。其他工作稳步推进。全县新建改建农村公路130公里，完成危桥改造十座。', CODE);
  assert.deepEqual(edited.map((f) => f.severity), ['warning']);
});

test('two numbered headings of one template that differ in a word are the outline, not a repeat: no finding', () => {
  const text = '（一）一般公共预算财政拨款三公经费支出决算总体情况说明。本单位三公经费支出6.2万元。（二）一般公共预算财政拨款三公经费支出决算具体情况说明。本单位公务接待费4.1万元。';
  assert.deepEqual(findingsOf(text, CODE), []);
  // The same two lines without their numbers are still a near repeat (information).
  const bare = text.replace('（一）', '').replace('（二）', '');
  assert.deepEqual(findingsOf(bare, CODE).map((f) => f.severity), ['info']);
});

test('the same closing sentence in two parallel sections (one template filled in for each subject) is information', () => {
  const closing = '在批准的限额内，获得省财政厅转贷的地方政府债券8.42亿元，全部为置换债券。';
  const src = `一、债务举借情况\n（一）全市\n2019年，全市地方政府债务限额521.6亿元，新增限额18.3亿元。在批准的限额内，获得转贷债券40.2亿元。\n（二）大本级\n2019年，大本级地方政府债务限额210.4亿元，当年度无新增限额，债务率51.2%。${closing}\n（三）市本级\n2019年，市本级地方政府债务限额96.7亿元，当年度无新增限额，债务率30.9%。${closing}\n`;
  assert.deepEqual(findingsOf(src, CODE).map((f) => f.severity), ['info']);
  // Pasted twice into one paragraph, it is a paste error.
  const pasted = src.replace(`债务率30.9%。${closing}`, `债务率30.9%。${closing}${closing}`);
  assert.deepEqual(findingsOf(pasted, CODE).map((f) => f.severity), ['info', 'warning']);
});

test('a repeat with whole paragraphs between the copies is information; in the same or the next paragraph a warning', () => {
  const s1 = '全年新增城镇就业3260人，城镇登记失业率控制在3.2%以内。';
  const far = `一、就业\n${s1}\n二、社会保障\n全年发放低保金2310万元。\n三、民生实事\n${s1}\n`;
  const found = findingsOf(far, CODE);
  assert.deepEqual(found.map((f) => f.severity), ['info']);
  assert.match(found[0]!.message.zh, /相隔数段/);
  assert.deepEqual(findingsOf(`一、就业\n${s1}全年发放低保金2310万元。\n${s1}\n`, CODE).map((f) => f.severity), ['warning']);
});

test('a passage pasted twice (consecutive sentences repeated in order) is one finding, and its fix deletes the whole repeat', () => {
  const passage = '一季度全县畜牧业继续保持稳步增长的良好势头。猪牛羊禽饲养量分别达到52.1万头、8.3万头、12.6万只和310.4万只。肉蛋奶产量分别达到3.2万吨、1.1万吨和0.6万吨。';
  const text = `${passage}\n${passage}\n`;
  const found = findingsOf(text, CODE);
  assert.equal(found.length, 1);
  const f = found[0];
  assert.ok(f);
  assert.match(f.message.zh, /连续 3 句/);
  assert.equal(f.severity, 'warning');
  const fixed = applyFix(text, at(f.fixes, 0));
  assert.equal(fixed.replace(/\s+/g, ''), passage);
  // A single repeated sentence is still its own finding.
  assert.equal(findingsOf(`${passage}\n猪牛羊禽饲养量分别达到52.1万头、8.3万头、12.6万只和310.4万只。`, CODE).length, 1);
});

test('a page’s summary paragraph (内容提要：…) quotes the article below it on purpose', () => {
  const lead = '1-8月份，开发区工业生产保持平稳。1-8月份规模以上工业增加值同比增长9.6%，较上半年提高1.2个百分点。';
  const body = '\n本网讯：1-8月份，开发区工业生产稳中有进。1-8月份规模以上工业增加值同比增长9.6%，较上半年提高1.2个百分点。';
  assert.deepEqual(findingsOf(`内容提要：${lead}${body}`, CODE), []);
  assert.deepEqual(findingsOf(`【核心提示】${lead}${body}`, CODE), []);
  // Without the label the two paragraphs repeat one sentence.
  assert.equal(findingsOf(`${lead}${body}`, CODE).length, 1);
});

// A report that writes one template per year: the near repeat differs in figures only, and so does
// the sentence beside it.
test('one template written again for another year, with other figures, is information only', () => {
  const year = (schools: number, pupils: number, rate: string) =>
    `当年全镇共有${schools}所小学，在校学生${pupils}人，专任教师48人。适龄儿童入学率达100%，残疾儿童入学率达到98%，小学巩固率达到${rate}%。`;
  const found = findingsOf(year(12, 640, '99.1') + year(11, 655, '99.4'), CODE);
  assert.deepEqual(found.map((f) => f.severity), ['info']);
  assert.match(found[0]!.message.zh, /仅数字不同/);
  // The same near repeat with no parallel neighbour stays a warning (a copy with one figure edited).
  const pasted = findingsOf('当年全镇共有12所小学，在校学生640人，专任教师48人。适龄儿童入学率达100%，残疾儿童入学率达到98%，小学巩固率达到99.1%。适龄儿童入学率达100%，残疾儿童入学率达到98%，小学巩固率达到99.4%。', CODE);
  assert.deepEqual(pasted.map((f) => f.severity), ['warning']);
});

// A news page's `导读：` on a line of its own, then the lede that the body repeats.
test('a lede under a 导读 label on its own line is no repeat of the body', () => {
  const lede = '近年来，某镇坚持将光伏发电作为壮大集体经济的抓手，投资126.5万元，建成村级光伏电站1座，装机容量150千瓦。';
  assert.deepEqual(findingsOf(`某镇：光伏发电助推村集体经济\n导读：\n${lede}\n${lede}\n据介绍，电站收益的70%分配给村民。`, CODE), []);
  // Without the label the repeat is still found.
  assert.equal(findingsOf(`某镇：光伏发电助推村集体经济\n${lede}\n${lede}\n据介绍，电站收益的70%分配给村民。`, CODE).length, 1);
});

// A final-account note says the same reason after its income sentence and after its spending sentence:
// each copy closes one sentence of one template filled in for two subjects.
test('a reason repeated after each of two template sentences is information, not a paste', () => {
  const text = '单位2023年度政府性基金预算财政拨款收入0万元，与上年相比增加0万元，增长0%。增减变化的主要原因是本年度未安排政府性基金预算。政府性基金预算财政拨款支出0万元，与上年相比增加0万元，增长0%。增减变化的主要原因是本年度未安排政府性基金预算。';
  assert.deepEqual(findingsOf(text, CODE).map((f) => f.severity), ['info']);
  // Pasted right after itself it stays a warning.
  const pasted = '单位2023年度政府性基金预算财政拨款收入0万元，与上年相比增加0万元，增长0%。增减变化的主要原因是本年度未安排政府性基金预算。增减变化的主要原因是本年度未安排政府性基金预算。';
  assert.deepEqual(findingsOf(pasted, CODE).map((f) => f.severity), ['warning']);
});

// A news page prints the first hundred characters of its article above it, cut off mid-sentence.
test('an abstract cut off mid-sentence above the article it opens is no repeat of it', () => {
  const article = '6月3日，记者从某市统计局获悉，今年一季度全市城镇居民人均可支配收入实现较快增长。据200户城镇居民抽样调查，人均可支配收入9820.45元，同比增加712.30元，增长7.8%。';
  const cut = article.slice(0, 80);
  assert.deepEqual(findingsOf(`一季度某市居民收入稳步增长\n\n${cut}\n\n${article}\n\n相关新闻：`, CODE), []);
  // Laid out with other spaces than the article (a space after a full stop, a line break inside).
  const spaced = article.replace('。据', '。 据').slice(0, 90);
  assert.deepEqual(findingsOf(`一季度某市居民收入稳步增长\n\n${spaced}\n\n${article}\n\n相关新闻：`, CODE), []);
  // Cut in the article's second paragraph.
  const second = '其中城镇居民人均工资性收入6120.30元，增长8.1%。';
  const across = (article + second).slice(0, article.length + 12);
  assert.deepEqual(findingsOf(`一季度某市居民收入稳步增长\n\n${across}\n\n${article}\n${second}\n\n相关新闻：`, CODE), []);
  // A whole paragraph printed twice is still a repeat.
  assert.equal(findingsOf(`一季度某市居民收入稳步增长\n\n${article}\n\n${article}\n\n相关新闻：`, CODE).length, 1);
});

// A news page prints a photo's caption, credit and all, then the article that says the same.
test('a photo caption (…。某某摄) is no sentence of the article', () => {
  const lead = '3月5日上午9时，某县第十八届人民代表大会第三次会议在县会堂开幕。';
  assert.deepEqual(findingsOf(`${lead.slice(2)}李明摄\n\n${lead}李明摄\n\n3月5日，县长代表县人民政府作政府工作报告，回顾了过去一年的工作。`, CODE), []);
  // Without the credit the two copies are a repeat.
  assert.equal(findingsOf(`${lead}\n\n${lead}\n\n3月5日，县长代表县人民政府作政府工作报告，回顾了过去一年的工作。`, CODE).length, 1);
});

test('a caption whose credit carries its date is no sentence either', () => {
  const caption = '▲县长上任半年，已为县库偿还2亿3千多万元的欠款。（图/记者王某摄，2021.06.18）';
  assert.deepEqual(findingsOf(`县长为县库还债\n${caption}\n${caption}\n\n记者王某/报道\n\n县财政状况困难，县府仍推动中小学免费午餐。`, CODE), []);
  const both = '县议会28日审议、联席审查明年度地方总预算暨附属单位预算案。（图/文：王某）';
  assert.deepEqual(findingsOf(`议会一读通过\n\n${both}\n\n${both}\n\n【记者王某报道】县议会28日审议明年度地方总预算案。`, CODE), []);
});

// A page's `摘要` alone on its line (no colon), then the lede the article repeats below it.
test('a lede under a bare 摘要 line is no repeat of the body', () => {
  const lede = '市医保局日前发布数据显示，今年1至6月，全市基本医疗保险基金总收入86.42亿元，同比增长6.3%。';
  assert.deepEqual(findingsOf(`上半年全市医保基金收入稳步增长\n某日报\n摘要\n${lede}\n${lede}\n其中，职工医保基金收入52.10亿元。`, CODE), []);
  assert.equal(findingsOf(`上半年全市医保基金收入稳步增长\n某日报\n${lede}\n${lede}\n其中，职工医保基金收入52.10亿元。`, CODE).length, 1);
});

// The abstract under a bare label repeats the article's opening, which may carry a label of its own
// (`导读：` / `【编者按】…` / `【编者按】…`), and stands before the first numbered heading with it.
test('a page abstract is a scope of its own: its repeat in the opening before the first heading is no paste error', () => {
  const lede = '市保险监管局日前获悉：上半年，全市实现原保险保费收入126.40亿元，同比增长9.6%。其中人身险保费增速达12.3%，居全省第一。';
  assert.deepEqual(findingsOf(`上半年全市保费收入稳步增长\n导读：\n【编者按】${lede}\n【编者按】${lede}\n上半年，全市人身险共实现保费收入82.10亿元。`, CODE), []);
  const opening = '市统计局网站日前发布农业普查公报。高级统计师某某介绍说，普查对12.6万农户的生活条件调查显示，近十年农村住房条件显著改善。';
  assert.deepEqual(findingsOf(`农户住房条件改善\n摘要\n【农户住房条件改善】${opening}\n${opening}\n一、农户住房\n年末99.2%的农户拥有自己的住房。`, CODE), []);
  // Two copies in the opening itself are still a repeat.
  assert.equal(findingsOf(`农户住房条件改善\n${opening}\n${opening}\n一、农户住房\n年末99.2%的农户拥有自己的住房。`, CODE).length > 0, true);
});

// A news page's headline line, then the article opening with it.
test('a sentence alone on its line that opens the next paragraph is a headline, shown for reference', () => {
  const head = '11月份，全市居民消费价格总水平同比上涨1.6%。';
  const found = findingsOf(`全市物价运行平稳\n${head}\n${head}其中，城市上涨1.7%，农村上涨1.3%；食品价格上涨2.2%。`, CODE);
  assert.deepEqual(found.map((f) => f.severity), ['info']);
});

// A news page's breadcrumb ends with the article's title, which the page then prints as its heading.
test('a breadcrumb line (首页 > 新闻资讯 > 标题) is navigation, not a sentence of the article', () => {
  const title = '好消息！第五届全县茶叶博览会在城关镇开幕！';
  assert.deepEqual(findingsOf(`首页 > 新闻资讯 > ${title}\n\n${title}\n\n本届博览会共签约项目12个，签约金额8.6亿元。`, CODE), []);
  assert.deepEqual(findingsOf(`当前位置：首页 » 政务公开 » ${title}\n\n${title}\n\n本届博览会共签约项目12个，签约金额8.6亿元。`, CODE), []);
  assert.deepEqual(findingsOf(`当前位置: 主页 > 政务公开 > ${title}\n\n${title}\n\n本届博览会共签约项目12个，签约金额8.6亿元。`, CODE), []);
  // Printed twice in the article itself, the title is still a repeat.
  assert.equal(findingsOf(`${title}\n\n${title}\n\n本届博览会共签约项目12个，签约金额8.6亿元。`, CODE).length, 1);
});

// A news page prints a summary line under its byline, then the article that opens with it or says it again.
test('a one-sentence summary line above the article\'s first full paragraph is a lede the body may repeat', () => {
  const lede = '截至目前，该工程已连续开展4次增殖放流活动，累计向北江放流620万尾鱼苗。';
  const body = `记者报道：9月5日，该工程开展年度增殖放流活动，放流180万尾各类鱼苗。${lede}`;
  assert.deepEqual(findingsOf(`某工程放流北江180万尾鱼苗\n\n来源：某报 2023-09-07\n${lede}\n\n${body}\n\n编辑：某某`, CODE), []);
  // Without a byline above it, an article's first paragraph repeated by the next is a repeat.
  assert.equal(findingsOf(`某工程放流北江180万尾鱼苗\n\n${lede}\n\n${body}\n\n编辑：某某`, CODE).length, 1);
  // Inside the body a repeat is still one.
  assert.equal(findingsOf(`某工程放流北江180万尾鱼苗\n\n${body}\n\n${body.slice(5)}`, CODE).length, 1);
});

test('a summary paragraph under the byline, before the article\'s dateline (2月11日，记者从…获悉), is a lede', () => {
  const summary = '春节期间，全区接待游客人数和收入均实现快速增长。截至2月10日，全区共接待游客428.6万人次，同比增长15.2%。';
  const body = `2月11日，记者从自治区文化和旅游厅获悉，${summary}与往年相比，民俗活动成为假日新热点。`;
  assert.deepEqual(findingsOf(`春节长假旅游收入实现26.5亿元\n\n发布时间：2019-02-12 10:33 来源：某网\n\n${summary}\n\n${body}`, CODE), []);
  // With no dateline after it, the paragraph printed again is a repeat.
  assert.equal(findingsOf(`春节长假旅游收入实现26.5亿元\n\n发布时间：2019-02-12 10:33 来源：某网\n\n${summary}\n\n${summary}与往年相比，民俗活动成为假日新热点。`, CODE).length, 1);
});

// A page prints its title in the title bar and again over the article.
test('a title line (no figure, no full stop) printed twice, each alone on its line, is shown for reference only', () => {
  const title = '连阴雨天气，大棚蔬菜生产如何科学应对？';
  const found = findingsOf(`相关阅读\n\n${title}\n\n${title}\n\n本周全县降雨量达86毫米，全县1.2万亩大棚受影响，其中0.3万亩需要补种。`, CODE);
  assert.deepEqual(found.map((f) => f.severity), ['info']);
  // A sentence with figures pasted twice, each alone on its line, is still a repeat.
  const line = '本周全县降雨量达86毫米，1.2万亩大棚受影响。';
  assert.deepEqual(findingsOf(`${line}\n\n${line}\n\n各乡镇正在组织补种。`, CODE).map((f) => f.severity), ['warning']);
});

// A site's abstract cut off with an ellipsis, then the article in full.
test('an abstract cut off with an ellipsis is no repeat of the article it opens', () => {
  const first = '咖啡产业是全省高原特色农业的一张名片。';
  const rest = '记者从日前召开的推进会上获悉，近年来，全省着力提高咖啡精品率，2023年精品率达22.7%。';
  assert.deepEqual(findingsOf(`全省着力提高咖啡精品率\n\n${first}记者从日前召开的推进会上获悉，近年来，全省着力提高…\n\n${first}${rest}\n\n据统计，全省咖啡种植面积约120万亩。`, CODE), []);
  // A line that ends with an ellipsis printed twice is a repeat.
  const footer = '某某新闻网，最权威的本地资讯网站，关注本土新闻，讲述百姓故事，每天传递温暖。...';
  assert.equal(findingsOf(`${first}${rest}\n${footer}\n${footer}`, CODE).length, 1);
  // Without the ellipsis, the closed sentence pasted before the article is still a repeat.
  assert.equal(findingsOf(`全省着力提高咖啡精品率\n\n${first}\n\n${first}${rest}\n\n据统计，全省咖啡种植面积约120万亩。`, CODE).length, 1);
});

// A news page's summary of several sentences under its byline, then the article saying its first sentence again.
test('a summary paragraph under the byline whose first sentence the article repeats in its opening is a lede', () => {
  const opening = '今年全县稻田河蟹今天正式开捕，预计总产量达1.2万吨。';
  const summary = `${opening}据介绍，今年河蟹个头普遍偏大，亩均效益增加30%左右。`;
  const article = `金秋时节，蟹肥稻香。${opening}县水产站负责人介绍，全县稻蟹综合种养面积达8.6万亩。`;
  assert.deepEqual(findingsOf(`全县河蟹开捕\n\n21.10.2023  14:08\n\n${summary}\n\n${article}\n\n据悉，今年河蟹均价每斤60元。`, CODE), []);
  assert.deepEqual(findingsOf(`全县河蟹开捕\n\n来源：某某日报\n\n${summary}\n\n${article}\n\n据悉，今年河蟹均价每斤60元。`, CODE), []);
  // Without a byline above them, the sentence said twice is a repeat.
  assert.equal(findingsOf(`全县河蟹开捕\n\n${summary}\n\n${article}\n\n据悉，今年河蟹均价每斤60元。`, CODE).length, 1);
});

// A caption closed by an agency's credit (`图/视觉中国`) repeats the article it illustrates.
test('a photo caption closed by an agency credit (图/视觉中国) is no sentence of the article', () => {
  const said = '市自然资源局昨天公布了全市土地变更调查主要数据。数据显示，截至去年底，全市耕地面积126.4万亩。';
  assert.deepEqual(findingsOf(`全市耕地面积126.4万亩\n\n${said}图/某某图片社\n\n  【某某网】${said}耕地质量有所提升。`, CODE), []);
  // Without the credit, the two copies are a repeat.
  assert.equal(findingsOf(`全市耕地面积126.4万亩\n\n${said}\n\n${said}耕地质量有所提升。`, CODE).length > 0, true);
});

test('items numbered apart in one list are no near repeat, however close their words', () => {
  const src = '统计范围如下。\n（1）辖区内年营业收入2000万元及以上的服务业法人单位。包括交通运输业。\n（2）辖区内年营业收入1000万元及以上的服务业法人单位。包括租赁业。';
  assert.deepEqual(findingsOf(src, 'duplicate-sentence'), []);
  // The same item pasted twice, number and all, is still a repeat.
  const pasted = '统计范围如下。\n（1）辖区内年营业收入2000万元及以上的服务业法人单位。包括交通运输业。\n（1）辖区内年营业收入1000万元及以上的服务业法人单位。包括租赁业。';
  assert.equal(findingsOf(pasted, 'duplicate-sentence').length, 1);
});

test('sentences that differ only in a threshold name two classes, numbered or not', () => {
  const src = '统计范围如下。\n辖区内年营业收入2000万元及以上的服务业法人单位。包括交通运输业。\n辖区内年营业收入1000万元及以上的服务业法人单位。包括租赁业。\n辖区内年营业收入500万元及以上的服务业法人单位。包括居民服务业。';
  assert.deepEqual(findingsOf(src, 'duplicate-sentence'), []);
  // A figure that bounds no class, edited in a pasted copy, is still a near repeat.
  const pasted = '全年发放城乡低保资金2000万元，惠及困难群众1.2万人。全年发放城乡低保资金1000万元，惠及困难群众1.2万人。';
  assert.equal(findingsOf(pasted, 'duplicate-sentence').length, 1);
});

test('a template sentence closing two paragraphs on different subjects, figures changed, is information only', () => {
  const src = '甲乙丙三省联盟药品带量采购是我省牵头开展的联盟集采，共有6个品种中选，平均降幅61%。按照联盟省份首年采购需求量计算，预计可节约采购资金1.8亿元。\n\n丁戊己七省联盟医用耗材带量采购是我省牵头开展的耗材集采，平均降幅52%。按照联盟省份首年采购需求量计算，预计可节约采购资金3.6亿元。';
  const found = findingsOf(src, 'duplicate-sentence');
  assert.deepEqual(found.map((f) => f.severity), ['info']);
  // Paragraphs whose openers share nothing (a pasted sentence): still a warning.
  const pasted = '1.加快产业转型升级。实施规上工业企业培育行动，全年新增规上工业企业25家以上。\n\n2.持续扩大有效投资。全年安排市级重点项目90个。实施规上工业企业培育行动，全年新增规上工业企业26家以上。';
  assert.ok(findingsOf(pasted, 'duplicate-sentence').some((f) => f.severity === 'warning'));
  // The same sentence with a figure changed in a paragraph that opens alike stays a warning.
  const slip = '甲乙丙三省联盟药品带量采购共有6个品种中选，平均降幅61%。按照联盟省份首年采购需求量计算，预计可节约采购资金1.8亿元。\n\n甲乙丙三省联盟药品带量采购共有6个品种中选，平均降幅61%。按照联盟省份首年采购需求量计算，预计可节约采购资金3.6亿元。';
  assert.ok(findingsOf(slip, 'duplicate-sentence').some((f) => f.severity === 'warning'));
});

test('two members of a counted-off series (第一产业 / 第二产业, 一季度 / 二季度) with their own figures are no repeat', () => {
  assert.deepEqual(findingsOf('全年投资增长4.1%。第一产业投资同比增长5.3%，拉动全市投资增长0.4个百分点。第二产业投资同比增长8.3%，拉动全市投资增长0.4个百分点。', CODE), []);
  assert.deepEqual(findingsOf('一季度全县规上工业增加值增长6.2%，较上年同期加快0.5个百分点。二季度全县规上工业增加值增长6.8%，较上年同期加快0.5个百分点。', CODE), []);
  // The same sentence with only its figure edited is still a near repeat.
  assert.equal(findingsOf('全年投资增长4.1%。第一产业投资同比增长5.3%，拉动全市投资增长0.4个百分点。第一产业投资同比增长8.3%，拉动全市投资增长0.4个百分点。', CODE).length, 1);
});

test('one provision closing two items numbered in one paragraph is said of each: information; with a figure, a warning', () => {
  const text = '一、资金用途\n专项资金主要用于两个方面：（一）扶持农户发展种养项目，每户补助一般不超过8000元。具体补助标准由各乡镇结合本地实际情况研究确定。（二）扶持村级集体经济项目，每个项目补助不超过20万元。具体补助标准由各乡镇结合本地实际情况研究确定。\n';
  assert.deepEqual(findingsOf(text, CODE).map((f) => f.severity), ['info']);
  const withFigure = text.replaceAll('具体补助标准由各乡镇结合本地实际情况研究确定。', '项目资金须在2021年6月30日前全部拨付到项目实施单位。');
  assert.deepEqual(findingsOf(withFigure, CODE).map((f) => f.severity), ['warning']);
});

test('a sentence told again with only its year changed (two years\' releases on one page) is shown for reference only', () => {
  const text = '一、总体情况\n7月12日，国务院新闻办公室举行新闻发布会，介绍了2022年上半年知识产权相关工作统计数据，并答记者问。专利授权39.1万件。\n\n7月12日，国务院新闻办公室举行新闻发布会，介绍了2023年上半年知识产权相关工作统计数据，并答记者问。上半年商标注册量达到41.2万件。\n';
  assert.deepEqual(findingsOf(text, CODE).map((f) => f.severity), ['info']);
  // Another word changed besides the year is no template of two years: a warning as before.
  const edited = text.replace('2023年上半年知识产权', '2023年上半年知识产品');
  assert.deepEqual(findingsOf(edited, CODE).map((f) => f.severity), ['warning']);
});

test('one result told of the month and of the months to date (7月 / 1-7月), the two sentences otherwise alike, is shown for reference only (s50)', () => {
  const text = '一、空气质量\n2021年8月，全市各县区空气质量综合指数排名前两位的为东坡县和西岭县。2021年1-8月，全市各县区空气质量综合指数排名前两位的为东坡县和西岭县。\n';
  assert.deepEqual(findingsOf(text, CODE).map((f) => f.severity), ['info']);
  assert.match(findingsOf(text, CODE).map((f) => f.message.en).join(''), /period/);
  // Another word changed besides the period is a paste edited: a warning as before.
  const edited = text.replace('2021年1-8月，全市各县区空气质量综合指数', '2021年9月，全市各县区空气质量综合指标');
  assert.deepEqual(findingsOf(edited, CODE).map((f) => f.severity), ['warning']);
});

test('titles of a yearly series, no figure besides the year (2015年…统计报告。 / 2016年…), list its issues: no finding (s50)', () => {
  const text = '住户月收入中位数\n人数 | 2014年 | 2015年 |\n1人 | 7600 | 8100 |\n2人 | 17400 | 18100 |\n资料来源\n资料来源：2014年综合住户收支统计调查按季度统计报告。P.88\nhttps://example.org/a2014.pdf\n2015年综合住户收支统计调查按季度统计报告。P.88\nhttps://example.org/a2015.pdf\n2016年综合住户收支统计调查按季度统计报告。P.88\nhttps://example.org/a2016.pdf\n';
  assert.deepEqual(findingsOf(text, CODE), []);
  // A statement with a figure besides its year stays information, as before.
  const stated = '一、总体情况\n7月12日，发布会介绍了2022年上半年工作统计数据，授权专利39.1万件。\n\n7月12日，发布会介绍了2023年上半年工作统计数据，授权专利39.1万件。\n';
  assert.deepEqual(findingsOf(stated, CODE).map((f) => f.severity), ['info']);
});

test('a passage marked as an abstract (摘要：) and told again in the text is shown for reference only', () => {
  const body = '据省厅网站消息，省厅、省统计局近日发布了2019年全省教育经费执行情况统计公告。公告显示，2019年全省教育经费总投入为4256.01亿元，比上年的3888.39亿元增长9.45%。财政性教育经费为3420.75亿元，比上年的3139.25亿元增长8.97%，占生产总值比例为4.14%。';
  const text = '财政性教育经费占比连续6年超4%\n摘 要:' + body + '\n\n' + body + '这是连续六年保持在4%以上。\n';
  assert.deepEqual([...new Set(findingsOf(text, CODE).map((f) => f.severity))], ['info']);
  // Without the abstract's label the same repeat is a warning.
  assert.ok(findingsOf(text.replace('摘 要:', ''), CODE).some((f) => f.severity === 'warning'));
});

test('a page that lost its line breaks keeps a space where a paragraph ended: a repeat two such breaks on is information', () => {
  const lede = '截至三月末，全省职业年金基金规模达到3200亿元。从结构上看，混合类组合的收益好于债券类组合。';
  const body = '规模稳步扩大 数据显示，全省已有4100家单位参加职业年金，基金规模达到3200亿元。 收益方面 一季度加权平均收益率为1.2%。从结构上看，混合类组合的收益好于债券类组合。债券类组合的期末资产为800亿元。';
  const spaced = findingsOf(`${lede} ${body}`, CODE);
  assert.deepEqual(spaced.map((f) => f.severity), ['info']);
  // The same sentences with no gap between them: one paragraph as written, the repeat a paste error.
  const glued = findingsOf(`${lede}${body.replace(/ /g, '')}`, CODE);
  assert.deepEqual(glued.map((f) => f.severity), ['warning']);
  // A page pasted twice, each copy a paragraph with such gaps: the copy's first sentence is a paste error still.
  const page = `${lede} ${body}`;
  const twice = findingsOf(`${page}\n${page}`, CODE);
  assert.equal(twice.find((f) => f.span.start === page.length + 1)?.severity, 'warning');
});

test('a sentence with a web address is the page\'s furniture, however often the page prints it', () => {
  const line = '欢迎关注本局微信公众号获取最新统计数据：https://example.org/stats，及时了解各项指标。';
  const body = '全年全县地区生产总值186.4亿元，比上年增长5.1%。';
  assert.deepEqual(findingsOf(`${body}\n${line}\n${line}\n`, CODE), []);
  // The same words without the address are a sentence told twice.
  const plain = '欢迎关注本局微信公众号获取最新统计数据，及时了解全县各项经济指标。';
  assert.equal(findingsOf(`${body}\n${plain}\n${plain}\n`, CODE).length, 1);
});

test('a page\'s notice printed twice (请同意…隐私权规范…功能) is furniture, not a sentence told twice', () => {
  const notice = '请先同意本站的隐私权规范，才能开启语音播报的功能。';
  const body = '全年全县地区生产总值186.4亿元，比上年增长5.1%。';
  assert.deepEqual(findingsOf(`${body}\n${notice}\n${notice}\n`, CODE), []);
});
