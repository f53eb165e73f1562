import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis';
import { applyEdits, findingsOf, marked, spanTexts } from '../markers';
import { readFixture } from '../fixtures';
import { at } from '../../at';

const CODE = 'count-mismatch';

function doc(...lines: string[]): string {
  return ['某县国民经济和社会发展计划执行情况报告', '各位代表：', ...lines].join('\n');
}

function expectMarked(src: string): void {
  const { text, spans } = marked(src);
  const found = findingsOf(text, CODE);
  assert.deepEqual(spanTexts(text, found.map((f) => f.span)), spanTexts(text, spans), found.map((f) => f.message.zh).join('\n'));
}

function expectFixRemoves(text: string): string {
  const [f] = findingsOf(text, CODE);
  assert.ok(f && f.fixes.length > 0, 'expected a finding with a fix');
  const fixed = applyEdits(text, at(f.fixes, 0).edits);
  assert.deepEqual(findingsOf(fixed, CODE).map((x) => x.message.zh), []);
  return fixed;
}

// ---------------------------------------------------------------- flagged

test('flags 6个风电项目 followed by five names; message states both counts and the names', () => {
  const src = doc('一、执行情况', '今年开工建设⟦6个⟧风电项目：甲风电场、乙风电场、丙风电场、丁风电场、戊风电场，总装机30万千瓦。');
  expectMarked(src);
  const f = at(findingsOf(marked(src).text, CODE), 0);
  assert.match(f.message.zh, /“6个风电项目”（6），但以顿号列出 5 项：甲风电场、/);
  assert.match(f.message.en, /states 6, but 5 item/);
  assert.equal(f.related.length, 1);
});

test('flags a ；-separated list one short of 分六类', () => {
  expectMarked(doc('一、执行情况', '项目分⟦六类⟧安排：产业项目70个；城建项目61个；区域项目23个；乡村项目27个；生态项目22个。'));
});

test('flags 一是…二是… markers that do not reach the stated count', () => {
  expectMarked(doc('一、执行情况', '重点抓好⟦三个⟧方面：一是稳增长，二是调结构，三是惠民生，四是防风险。'));
});

test('flags 实施民生实事11件： followed by ten numbered items', () => {
  const items = Array.from({ length: 10 }, (_, i) => `${i + 1}.实施第${i + 1}项民生工程，惠及群众。`);
  expectMarked(doc('一、重点工作', '（一）民生实事', `2023年，县政府将实施民生实事⟦11件⟧：`, ...items, '（二）项目建设', '全年开工项目32个。'));
});

test('flags counts that do not add up: 25项…完成13项…10项未达到', () => {
  const src = doc('一、执行情况', '年初确定的⟦25项⟧主要指标中，完成13项，10项未达到预期。');
  expectMarked(src);
  const f = at(findingsOf(marked(src).text, CODE), 0);
  assert.match(f.message.zh, /总数 25 项，但各分项之和为 23 项（13 \+ 10）/);
  assert.equal(f.related.length, 2);
});

test('flags parts whose negation comes first (未完成) and Chinese-numeral counts (五大行动)', () => {
  expectMarked(doc('一、执行情况', '列入考核的⟦20个⟧项目中，3个未完成，18个已完成。', '实施⟦五大⟧行动：稳链、强链、补链、延链。'));
});

// ---------------------------------------------------------------- quick fixes

test('fix changes the stated count to the number listed, keeping the numeral style', () => {
  const fixed = expectFixRemoves(doc('一、执行情况', '今年开工建设6个风电项目：甲、乙、丙、丁、戊。'));
  assert.match(fixed, /5个风电项目/);
  const cn = expectFixRemoves(doc('一、执行情况', '重点抓好三个方面：一是稳增长；二是调结构。'));
  assert.match(cn, /二个方面/);
  expectFixRemoves(doc('一、执行情况', '项目分六类安排：产业项目70个；城建项目61个；区域项目23个；乡村项目27个；生态项目22个。'));
});

test('no fix for a total whose parts do not add up (which side is wrong is unknowable)', () => {
  const f = at(findingsOf(doc('一、执行情况', '年初确定的25项主要指标中，完成13项，10项未达到预期。'), CODE), 0);
  assert.deepEqual(f.fixes, []);
});

// ---------------------------------------------------------------- not flagged

test('does not flag counts that match: names, segments, markers, numbered items, parts', () => {
  const items = Array.from({ length: 11 }, (_, i) => `${i + 1}.实施第${i + 1}项民生工程，惠及群众。`);
  expectMarked(
    doc(
      '一、执行情况',
      '今年开工建设5个风电项目：甲、乙、丙、丁、戊。',
      '项目分五类安排：产业项目70个；城建项目61个；区域项目23个；乡村项目27个；生态项目22个。',
      '重点抓好两个方面：一是稳增长；二是调结构。',
      '年初确定的25项主要指标中，完成13项，12项未达到预期。',
      '（一）民生实事',
      '2023年，县政府将实施民生实事11件：',
      ...items,
    ),
  );
});

test('does not flag open lists (等, 包括, 主要, 涉及, 其中)', () => {
  expectMarked(
    doc(
      '一、执行情况',
      '新增万人市场主体拥有量、万人发明专利拥有量、服务业增加值增速等5项指标。',
      '建设6个项目：甲、乙、丙等。',
      '建设6个项目：包括甲、乙、丙。',
      '实施民生实事11件：涉及教育、医疗、养老。',
      '建成8个园区：主要有甲园、乙园。',
      '实施项目220个：其中政府投资项目151个、社会投资项目69个。',
    ),
  );
});

test('does not flag when an item carries its own count or the list continues after a comma', () => {
  expectMarked(
    doc(
      '一、执行情况',
      '实施民生实事11件：涉及养老3个领域、教育5个领域。',
      '建设6个项目：甲、乙、丙，丁、戊、己。',
      '组建4个专班：招商专班、项目专班，分别由县领导牵头。',
    ),
  );
});

test('does not guess through conjunctions inside items (A和B may be one or two), but flags beyond', () => {
  expectMarked(doc('一、执行情况', '建成⟦5个⟧园区：工业园和物流园、农业园。'));
  expectMarked(doc('一、执行情况', '建成3个园区：工业园和物流园、农业园。', '建成2个园区：工业园和物流园、农业园。'));
});

test('does not take ordinals, decimals, single items or headings for counts', () => {
  expectMarked(
    doc(
      '一、执行情况',
      '第三类：交通项目、水利项目。',
      '增长2.5个百分点：工业、农业。',
      '设立1个专班：招商专班。',
      '坚持“三个必须”：稳增长、调结构。',
      '专栏1：重点项目',
      '1.交通',
    ),
  );
});

test('does not flag a colon-ended count followed by body text or by a list that does not start at 1', () => {
  expectMarked(doc('一、执行情况', '重点推进3项工作：', '全县上下齐心协力，推动各项工作取得实效。', '抓好4件实事：', '2.教育', '3.医疗'));
});

test('does not flag parts with subsets (其中), unclassified parts, bounds or other units', () => {
  expectMarked(
    doc(
      '一、执行情况',
      '年初确定的25项主要指标中，完成13项，其中超额完成5项，12项未达到预期。',
      '实施项目25个，竣工13个，在建8个，4个未开工。',
      '确定任务25项，完成13项以上，10项未完成。',
      '培育企业25家，完成13项，10项未达到。',
      '全年引进项目30个，签约20个，落地10个。',
    ),
  );
});

test('corpus: no count mismatches in the three reports (分六类安排 in 001 has six segments)', () => {
  for (const name of ['000_4030585dcbde8695.txt', '001_d0fe4f7f7cc8ad9c.txt', '003_7e2e0f9dafc359a0.txt']) {
    assert.deepEqual(findingsOf(analyze(readFixture(name)), CODE).map((f) => f.message.zh), [], name);
  }
});

test('does not flag highlights after a statement about all items (十件民生实事全部办结：…)', () => {
  expectMarked(doc('一、执行情况', '十件民生实事全部办结：新建改扩建中小学和幼儿园12所，新增学位5400个；改造城镇老旧小区46个；新建城乡便民服务站30个。'));
});

test('a count after the done / not-done split is another criterion, not a third part', () => {
  expectMarked(doc('一、执行情况', '全县58个预算部门中，52个部门完成年度支出进度目标，6个部门未完成，支出进度达到95%以上的部门41个。'));
  expectMarked(doc('一、执行情况', '全县⟦58个⟧预算部门中，51个部门完成年度支出进度目标，6个部门未完成，支出进度达到95%以上的部门41个。'));
});

test('words inside an item (规模以上, 高等教育, 主要是) do not make the list open', () => {
  expectMarked(doc('一、执行情况', '存在⟦四个⟧方面的困难：一是规模以上工业企业数量偏少；二是高等教育资源不足；三是财政收支矛盾主要是刚性支出增加。'));
  expectMarked(doc('一、执行情况', '存在三个方面的困难：一是规模以上工业企业数量偏少；二是高等教育资源不足；三是财政收支矛盾主要是刚性支出增加。'));
  // A list closed by 等 is still open.
  expectMarked(doc('一、执行情况', '建成5个项目：甲、乙、丙等。'));
});

test('a numbered list cut off with its excerpt is not counted (issue 10: excerpts end mid-sentence)', () => {
  const items = ['（一）稳住农业基本盘。推广良种良法。', '（二）壮大特色产业。加快推进茶叶、柑橘、'];
  expectMarked(doc('二、工作安排', '重点抓好以下七个方面工作：', ...items));
  // Ending properly is not enough: the last items may lie beyond an excerpt or a section file.
  expectMarked(doc('二、工作安排', '重点抓好以下七个方面工作：', '（一）稳住农业基本盘。推广良种良法。', '（二）壮大特色产业。加快推进茶叶种植。'));
  // The same list closed by the next part of the report is counted.
  expectMarked(doc('二、工作安排', '重点抓好以下⟦七个⟧方面工作：', '（一）稳住农业基本盘。推广良种良法。', '（二）壮大特色产业。加快推进茶叶种植。', '三、保障措施', '加强组织领导。'));
  // More headings than the count are flagged even when the list runs to the end.
  expectMarked(doc('二、工作安排', '重点抓好以下⟦两个⟧方面工作：', '（一）稳住农业基本盘。推广良种良法。', '（二）壮大特色产业。加快推进茶叶种植。', '（三）建设美丽乡村。整治人居环境。'));
});

test('a third count after done / not done that completes the total is a part (正在推进)', () => {
  expectMarked(doc('一、执行情况', '年初确定的142项重点工作中，已完成13项，未完成2项，127项正在按进度推进。'));
  expectMarked(doc('一、执行情况', '年初确定的⟦142项⟧重点工作中，已完成13项，未完成2项，117项正在按进度推进。'));
});

test('一是…六是 cut off by the end of the text is no finding; the same list closed with 。 is', () => {
  const items = '一是构建现代产业体系；二是推动片区协调发展；三是抓好项目投资；四是深化改革创新；五是扩大开放；六是着';
  assert.deepEqual(findingsOf(`2024年要重点做好八项工作：${items}`, CODE), []);
  expectMarked(`2024年要重点做好⟦八项⟧工作：一是构建现代产业体系；二是推动片区协调发展；三是抓好项目投资；四是深化改革创新；五是扩大开放；六是保障民生。`);
});

test('an enumeration that goes on in the next sentence (…三是…。四是…) is counted whole', () => {
  assert.deepEqual(findingsOf('报告分四个部分：一是回顾过去五年工作；二是明确今后五年目标；三是部署今年重点工作。四是加强政府自身建设。', CODE), []);
  expectMarked('报告分⟦四个⟧部分：一是回顾过去五年工作；二是明确今后五年目标；三是部署今年重点工作。会议听取了报告。');
});

test('a heading of another numbering style run into the list sentence (`1.…；2.…；二、…`) is no item', () => {
  expectMarked('建议将2023年新增一般债券资金5210万元用于以下2个项目：1.城区道路工程800万元；2.公路改建工程4410万元；二、2023年县级财政预算调整方案根据有关规定编制。');
  expectMarked('建议将新增一般债券资金用于以下⟦3个⟧项目：1.城区道路工程800万元；2.公路改建工程4410万元；二、2023年县级财政预算调整方案根据有关规定编制。');
});

test('a first clause that enumerates with 、 on its own leaves the level of the list unwritten: silence', () => {
  assert.deepEqual(findingsOf('重点建设三个示范园区：东岭3000亩示范园区、西坡2000亩示范园区和南山、北沟、中湾4000亩示范园区；以示范园区为中心，建设一条产业带。', CODE), []);
});

test('items run by ， inside the first ；-clause leave the level of the list unwritten: silence', () => {
  assert.deepEqual(findingsOf('分行业看，四大行业增长较快：软件业增长26.9%，科研技术业增长49.5%，居民服务业增长20.2%，文体娱乐业增长43.5%；租赁和商务服务业增长1.2%。', CODE), []);
  // A name and its figure per clause is still a list of clauses.
  assert.equal(findingsOf('重点推进三个园区：东区，投资2.1亿元；西区，投资1.3亿元。', CODE).length, 1);
});

test('an item number opening the list (`以下四个方面：1、…`) is no 、-list of names', () => {
  assert.deepEqual(findingsOf('半年来的工作主要体现在以下四个方面：1、全力以赴抓项目，重点项目进展顺利。', CODE), []);
  // A plain 、-list of names after the same colon is still counted.
  assert.equal(findingsOf('主要体现在以下四个方面：项目、招商、民生。', CODE).length, 1);
});

test('a ；-list that goes on past the 。 in clauses shaped like its items is not short', () => {
  const items = '其中超额完成的有⟦6项⟧：新建社区食堂8个，完成率160%；新增托位420个，完成率210%；改造老旧小区5个，完成率125%；培训农民工1260人次，完成率126%。';
  // The last two items follow in sentences of their own, shaped like the others.
  expectMarked(doc('一、执行情况', items.replace('⟦6项⟧', '6项') + '帮扶困难家庭350户，完成率117%。新建口袋公园12个，完成率120%。'));
  // Followed by a sentence of another shape, the list is short.
  expectMarked(doc('一、执行情况', items + '下一步，我们将继续抓好民生实事。'));
});

// `这6个项目审减情况为：A…；B、C、D…；E…；F…`: one ；-item names three projects joined by 、.
test('a ；-item naming several subjects joined by 、 may count as several', () => {
  expectMarked(doc('一、审计情况', '这6个项目审减情况为：甲路面工程审减造价12.3万元；乙桥、丙涵洞、丁挡墙工程审减造价8.6万元；戊泵站审减造价3.1万元；己管网审减造价2.2万元。'));
  // Still flagged when even counting the joined names the list falls short.
  expectMarked(doc('一、审计情况', '这⟦8个⟧项目审减情况为：甲路面工程审减造价12.3万元；乙桥、丙涵洞工程审减造价8.6万元；戊泵站审减造价3.1万元。'));
});

// `从该区十大行业来看：A…；B…`: a point of view names the set the highlights come from.
test('a counted set seen as a point of view (十大行业来看) announces no list', () => {
  expectMarked(doc('一、工业运行', '从全区十大行业来看：纺织行业产值86亿元，增长9.2%；机械行业产值12亿元，增长21.4%；食品行业产值9亿元，增长5.6%。'));
  expectMarked(doc('一、工业运行', '全区⟦十大⟧行业：纺织行业产值86亿元，增长9.2%；机械行业产值12亿元，增长21.4%；食品行业产值9亿元，增长5.6%。'));
});

test('a second count before the colon (前十) is the one the list answers', () => {
  const text = '三类案件数量排名前五的县区为：甲县、乙县、丙区、丁区、戊县。';
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('a list counted off with 一是 … that goes on after a sentence of detail (。今年…；三是…) is not short', () => {
  const text = '今年报名工作具有以下四个特点：一是招考人数最多；二是竞争较为激烈。平均比例为1:14，最高达到1:286；三是考生学历较高；四是基层经历人员比例提高。';
  assert.deepEqual(findingsOf(text, CODE), []);
  // Without a later 三是 the list holds two items: flagged.
  const short = '今年报名工作具有以下四个特点：一是招考人数最多；二是竞争较为激烈。平均比例为1:14，最高达到1:286。';
  assert.equal(findingsOf(short, CODE).length, 1);
});

test('a speaker\'s list (首先是…；其次是…；第三是…) that goes on in the next paragraph (第四，…；第五，…) is not short', () => {
  const text = '处长表示，本月出口带来五大亮点：首先是单月出口值首度超过500亿美元；其次是出口值再度超过邻国；第三是出口年增率高达31.2%。\n\n处长说明，第四，前9月出口值提前刷新纪录；第五，本月出超创单月新高。';
  assert.deepEqual(findingsOf(text, CODE), []);
  // With no fourth item anywhere after it the list is short: flagged.
  const short = '处长表示，本月出口带来五大亮点：首先是单月出口值首度超过500亿美元；其次是出口值再度超过邻国；第三是出口年增率高达31.2%。\n\n处长说明，前9月出口值提前刷新纪录。';
  assert.equal(findingsOf(short, CODE).length, 1);
});

test('a list cut off where a page lost a character (`宁??海县`) is not counted', () => {
  const text = '水质较好的八个县分别是：甲县、乙县、丙县、丁??县、戊县、己县、庚县和辛县。';
  assert.deepEqual(findingsOf(text, CODE), []);
  // The same list whole: eight names, silent; seven: flagged.
  assert.deepEqual(findingsOf('水质较好的八个县分别是：甲县、乙县、丙县、丁县、戊县、己县、庚县和辛县。', CODE), []);
  assert.equal(findingsOf('水质较好的八个县分别是：甲县、乙县、丙县、丁县、戊县、己县和庚县。', CODE).length, 1);
});

test('a list of counted groups, each with its own colon and items, does not count the total', () => {
  const text = '抽查扶贫项目5个：抽查到户项目2个：种养奖补项目820万元；小额贷款贴息项目1120万元。抽查到村项目3个：甲村大棚96万元；乙村道路150万元；丙村水渠88万元。';
  assert.deepEqual(findingsOf(text, CODE), []);
  // A flat list of the same shape is still counted: eight stated, two listed.
  assert.equal(findingsOf('抽查扶贫项目8个：种养奖补项目820万元；小额贷款贴息项目1120万元。', CODE).length, 1);
});

test('names of the same kind after a comma go on with a 、 list: the count is not read from the 、 alone', () => {
  expectMarked('此前，7个“千亿县”是：甲县、乙县、丙县、丁县、戊县，某市己县，某市庚县。');
  // A list that ends at the comma is still counted.
  expectMarked('此前，⟦7个⟧“千亿县”是：甲县、乙县、丙县、丁县、戊县，均位于平原地区。');
});

test('a series of counts before the colon (8个镇、6个乡：) numbers the list together', () => {
  const towns = '甲镇、乙镇、丙镇、丁镇、戊镇、己镇、庚镇、辛镇、子乡、丑乡、寅乡、卯乡、辰乡、巳乡';
  assert.equal(findingsOf(`截至2018年，甲县辖8个镇、6个乡：${towns}。`, CODE).length, 0);
  assert.equal(findingsOf('乙区下设1个乡、6个街道：李乡、东街道、西街道、南街道、北街道、中街道、新街道。', CODE).length, 0);
  // One count short: the finding covers the series, with no one numeral to change.
  const [f] = findingsOf('乙区下设1个乡、5个街道：李乡、东街道、西街道、南街道、北街道、中街道、新街道。', CODE);
  assert.ok(f !== undefined);
  assert.match(f.message.en, /"1个乡、5个街道" states 6, but 7/);
  assert.equal(f.fixes.length, 0);
});

test('bracketed numbers that go on in the next sentence (`…；(2)…。…；(3)…`) are not a short list', () => {
  expectMarked('按四大行業分析：(1)機械業成長5.2%，因訂單增加；(2)化工業衰退3.1%。主因價格下跌；(3)食品業成長2.0%；(4)紡織業衰退1.5%。');
  expectMarked('按⟦四大⟧行業分析：(1)機械業成長5.2%，因訂單增加；(2)化工業衰退3.1%。主因價格下跌。');
});

test('a short name in a list of clauses opens an inner list (对A、B和C…): the count is not read from the 、 alone', () => {
  expectMarked(doc('一、外贸运行', '一季度全市外贸呈现3个特点：机电产品出口持续增长、对东盟、日本和俄罗斯进出口保持较快增长、民营企业进出口占比提高。'));
  // Clauses alone are still counted.
  expectMarked(doc('一、外贸运行', '一季度全市外贸呈现⟦3个⟧特点：机电产品出口持续增长、加工贸易进出口回升、民营企业进出口占比提高、跨境电商快速发展。'));
});

test('a count followed by the leaders of its ranking (位居前三) is no list of the counted', () => {
  expectMarked('18个县区上半年经济数据公布：甲县、乙县和丙区地区生产总值位居前三。');
  expectMarked('⟦18个⟧县区上半年经济数据公布：甲县、乙县和丙区。');
});
