import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis';
import { applyEdits, findingsOf, marked, spanTexts } from '../markers';
import { readFixture } from '../fixtures';
import { at } from '../../at';
import { sentenceLike } from '../../../server/src/analysis/checks/heading-sequence';

const CODE = 'heading-sequence';
const BODY = '这一年，我们坚持稳中求进工作总基调，统筹推进各项工作，取得了较好成效。';

/** A small report: title block, 各位代表, then the given lines each followed by a body paragraph. */
function doc(...lines: string[]): string {
  return ['某县政府工作报告', '各位代表：', ...lines.flatMap((l) => [l, BODY])].join('\n');
}

function expectMarked(src: string): void {
  const { text, spans } = marked(src);
  const found = findingsOf(text, CODE);
  assert.deepEqual(spanTexts(text, found.map((f) => f.span)), spanTexts(text, spans), found.map((f) => f.message.zh).join('\n'));
}

function expectFixRemoves(text: string): void {
  const found = findingsOf(text, CODE);
  assert.ok(found.length > 0, 'expected a finding');
  const fix = at(at(found, 0).fixes, 0);
  assert.ok(fix, 'expected a renumbering fix');
  const fixed = applyEdits(text, fix.edits);
  assert.deepEqual(findingsOf(fixed, CODE).map((f) => f.message.zh), []);
}

// ---------------------------------------------------------------- flagged

test('flags a skipped part number, message names both sides and the missing one', () => {
  const src = doc('一、过去一年工作回顾', '二、今年总体要求', '⟦四⟧、重点工作安排');
  expectMarked(src);
  const f = at(findingsOf(marked(src).text, CODE), 0);
  assert.match(f.message.zh, /二、之后是四、，缺少三、/);
  assert.match(f.message.en, /二、 is followed by 四、/);
  assert.equal(f.related.length, 1);
});

test('flags a repeated chapter number and points at the first one', () => {
  const src = doc('一、工作回顾', '（一）经济运行', '（二）产业发展', '（⟦二⟧）城乡建设', '（三）民生保障');
  expectMarked(src);
  const f = at(findingsOf(marked(src).text, CODE), 0);
  assert.match(f.message.zh, /（二）已在第 \d+ 行使用/);
});

test('a page title block restating the heading it opens is no repeated number; a repeat with another title stays', () => {
  const title = '三、部分基金预算执行率偏低，允宜检讨改善';
  expectMarked(doc('一、总体情况', '全年收支平衡。', '二、存在问题', '部分项目进度偏慢。', `${title} 日期：2020年9月 报告名称：2021年度总预算案评估报告`, title, '该基金近三年预算执行率均未达八成。'));
  expectMarked(doc('一、总体情况', '全年收支平衡。', '二、存在问题', '部分项目进度偏慢。', '三、部分基金预算执行率偏低', '执行率均未达八成。', '⟦三⟧、部分基金结余规模偏大', '结余持续增加。'));
});

test('a first item run into the heading before it (lost line break) is there: （二） after it misses nothing', () => {
  expectMarked(doc('一、单位概况', '（一）主要职能', '本单位为全额拨款事业单位。', '二、部门决算情况说明（一）收入支出决算总体情况说明', '本年收入支出总计9583.21万元。', '（二）收入决算情况说明', '本年收入合计9583.21万元。'));
  // Without it, （二） still opens the section without （一）.
  expectMarked(doc('一、单位概况', '（一）主要职能', '本单位为全额拨款事业单位。', '二、部门决算情况说明', '本年收入支出总计9583.21万元。', '（⟦二⟧）收入决算情况说明', '本年收入合计9583.21万元。'));
});

test('flags chapters out of order (（二） before （一）) once, on the first misplaced number', () => {
  expectMarked(doc('一、工作回顾', '（⟦二⟧）坚持依法行政', '（一）坚持党的领导', '（三）坚持提升效率'));
  const f = at(findingsOf(doc('一、工作回顾', '（二）坚持依法行政', '（一）坚持党的领导', '（三）坚持提升效率'), CODE), 0);
  assert.match(f.message.zh, /（二）排在（一）（第 \d+ 行）之前/);
});

test('flags a skipped section number under one chapter', () => {
  expectMarked(doc('一、重点工作', '（一）产业发展', '1.工业', '2.农业', '⟦4⟧.服务业'));
});

test('flags a section number going backwards inside a list', () => {
  expectMarked(doc('一、重点工作', '（一）产业发展', '1.工业', '2.农业', '3.服务业', '⟦2⟧.商贸'));
});

test('flags a later list of chapters that starts at （二） (only the first of a kind sets the start)', () => {
  expectMarked(doc('一、过去一年工作', '（一）产业发展', '（二）城乡建设', '二、今年重点工作', '（⟦二⟧）产业发展', '（三）城乡建设'));
});

test('a section file: the first heading sets the start, skips, repeats and reversals after it are flagged', () => {
  expectMarked(doc('三、今年重点工作', '（一）产业发展', '（二）城乡建设', '⟦五⟧、保障措施'));
  expectMarked(doc('三、今年重点工作', '四、保障措施', '⟦四⟧、组织实施'));
  expectMarked(doc('三、今年重点工作', '⟦二⟧、保障措施'));
  expectMarked(doc('（三）城乡建设', '（四）民生保障', '（⟦六⟧）生态环境'));
});

test('flags （1） directly under 一、 with no 1. between', () => {
  const src = doc('一、重点工作', '（⟦1⟧）工业', '（2）农业');
  expectMarked(src);
  const f = at(findingsOf(marked(src).text, CODE), 0);
  assert.match(f.message.zh, /（1）直接位于“一、重点工作”.*缺少上一级“1\.”层/);
  assert.equal(f.severity, 'info', 'a skipped level is a matter of style: information, not a warning');
});

test('counts 专栏 numbers document-wide across chapters', () => {
  expectMarked(doc('一、重点工作', '（一）产业发展', '专栏1：工业项目', '（二）城乡建设', '专栏⟦3⟧：城建项目'));
});

test('keeps full-width digits and Chinese numerals in messages', () => {
  const src = doc('一、重点工作', '（一）产业发展', '１．工业', '２．农业', '⟦４⟧．服务业');
  expectMarked(src);
});

test('corpus 003: under 四、, （二） comes before （一）', () => {
  const text = readFixture('003_7e2e0f9dafc359a0.txt');
  const found = findingsOf(text, CODE);
  assert.equal(found.length, 1, found.map((f) => f.message.zh).join('\n'));
  const line = text.slice(0, at(found, 0).span.start).split('\n').length;
  assert.equal(line, 1250);
  assert.equal(text.slice(at(found, 0).span.start, at(found, 0).span.end), '二');
  assert.match(at(found, 0).message.zh, /（二）排在（一）/);
});

// ---------------------------------------------------------------- quick fixes

test('fix renumbers a skip: the whole sequence in one fix, Chinese numerals kept', () => {
  const text = doc('一、回顾', '二、要求', '四、重点', '五、建设');
  const f = at(findingsOf(text, CODE), 0);
  assert.equal(f.fixes.length, 1);
  assert.deepEqual(at(f.fixes, 0).edits.map((e) => e.newText), ['三', '四']);
  expectFixRemoves(text);
  assert.match(applyEdits(text, at(f.fixes, 0).edits), /三、重点[\s\S]*四、建设/);
});

test('fix renumbers out-of-order chapters (corpus 003) and the finding is gone', () => {
  expectFixRemoves(readFixture('003_7e2e0f9dafc359a0.txt'));
});

test('fix renumbers repeated chapters and sections, digits and full-width digits kept', () => {
  expectFixRemoves(doc('一、工作回顾', '（一）经济运行', '（二）产业发展', '（二）城乡建设', '（三）民生保障'));
  const fw = doc('一、重点工作', '（一）产业发展', '１．工业', '２．农业', '４．服务业');
  const f = at(findingsOf(fw, CODE), 0);
  assert.deepEqual(at(f.fixes, 0).edits.map((e) => e.newText), ['３']);
  expectFixRemoves(fw);
});

test('fix renumbers a document-wide 专栏 sequence and a list that starts at 二', () => {
  expectFixRemoves(doc('一、重点工作', '（一）产业发展', '专栏1：工业项目', '（二）城乡建设', '专栏3：城建项目'));
  expectFixRemoves(doc('一、过去一年工作', '（一）产业发展', '二、今年重点工作', '（二）产业发展', '（三）城乡建设'));
  expectFixRemoves(doc('三、今年重点工作', '五、保障措施'));
});

// ---------------------------------------------------------------- not flagged

test('does not flag a well-numbered report with all four levels', () => {
  expectMarked(
    doc('一、工作回顾', '（一）经济运行', '1.工业', '（1）规上工业', '（2）园区', '2.农业', '（二）民生', '二、总体要求', '三、重点工作'),
  );
});

test('does not flag 1. restarting under each chapter or each 专栏', () => {
  expectMarked(doc('一、重点工作', '（一）产业', '1.工业', '2.农业', '（二）城建', '1.新城', '2.老城', '专栏1：项目', '1.交通', '2.水利'));
});

test('does not flag 1. items directly under 一、 or under （一） (common practice)', () => {
  expectMarked(doc('一、重点工作', '1.工业', '2.农业', '二、保障措施', '（一）组织保障', '（1）加强领导', '（2）压实责任'));
});

test('does not flag a list that starts again at 1 after a run-in or unnumbered sub-head', () => {
  expectMarked(
    doc('一、重点工作', '（一）产业发展', '推动工业提质增效。', '1.园区', '2.企业', '促进农业提档升级。', '1.种植', '2.养殖'),
  );
});

test('does not flag 专栏 numbered in order across chapters, or tables and annexes in order', () => {
  expectMarked(doc('一、重点工作', '（一）产业', '专栏1：工业项目', '（二）城建', '专栏2：城建项目', '表1 主要指标', '附件1：项目清单', '附件2：指标说明'));
});

test('does not take enumerations, decimals, numeral lists or 专栏20余个 for headings', () => {
  expectMarked(
    doc(
      '一、工作回顾',
      '一是稳增长，二是调结构，三是惠民生。',
      '1.5万户脱贫户全部实现稳定增收，收入增长明显。',
      '一、二、三产业增加值分别增长3.7%、2.6%、1.9%，结构持续优化。',
      '开设“乡村振兴”等专栏20余个，宣传效果良好。',
      '二、总体要求',
    ),
  );
});

test('does not flag item numbers followed by a year (1.2023年…)', () => {
  expectMarked(doc('一、重点工作', '专栏1：重点项目', '1.2023年全社会固定资产投资项目', '2.2023年县级重点项目', '3.商贸服务业'));
});

test('does not flag a single heading of a kind, or `1、` and half-width (一) variants in order', () => {
  expectMarked(doc('一、重点工作', '(一)产业', '1、工业', '2、农业', '(二)城建'));
});

test('corpus 000 and 001 have no numbering problems', () => {
  for (const name of ['000_4030585dcbde8695.txt', '001_d0fe4f7f7cc8ad9c.txt']) {
    assert.deepEqual(findingsOf(analyze(readFixture(name)), CODE).map((f) => f.message.zh), [], name);
  }
});

test('does not flag Markdown headings that carry the Chinese numbering in order', () => {
  expectMarked(['# 某县政府工作报告', '各位代表：', '## 一、工作回顾', BODY, '### （一）经济运行', BODY, '### （二）民生', BODY, '## 二、总体要求', BODY].join('\n'));
});

test('does not flag an annex that numbers its own parts from 一、 again', () => {
  expectMarked(doc('一、工作回顾', '二、总体要求', '附件1：指标说明', '一、指标口径', '二、数据来源'));
});

test('does not flag （1） under 1. directly under 一、 (only （1） straight under 一、 is a missing level)', () => {
  expectMarked(doc('一、重点工作', '1.工业', '（1）园区', '（2）企业', '2.农业'));
});

test('main-text numbering that continues after a 专栏 ends the box (no false repeat)', () => {
  expectMarked(
    doc(
      '一、过去一年工作回顾',
      '（一）产业发展',
      '1.工业稳步增长。' + BODY,
      '2.服务业提档升级。' + BODY,
      '专栏1　重点产业链发展情况',
      '1.新能源汽车产业链：链上企业312家。',
      '2.集成电路产业链：链上企业86家。',
      '3.生物医药产业链：链上企业205家。',
      '4.软件信息产业链：链上企业1268家。',
      '3.数字经济加快发展。' + BODY,
      '4.科技创新赋能。' + BODY,
    ),
  );
});

test('does not flag an excerpt or section file whose first heading is 三、, （三） or 3.', () => {
  expectMarked(doc('三、今年重点工作', '（一）产业发展', '（二）城乡建设', '四、保障措施'));
  expectMarked(doc('二、今年总体要求', '三、重点工作安排'));
  expectMarked(doc('（三）城乡建设', '1.老旧小区改造', '2.道路建设', '（四）民生保障'));
  expectMarked(doc('3.老旧小区改造', '4.道路建设'));
  expectMarked(doc('专栏3：重点项目', '专栏4：民生实事'));
});

test('does not take an enumeration of `；` items inside a paragraph for headings (no missing level)', () => {
  const text = [
    '某县重点项目建设情况',
    '一、总体情况',
    '全年实施重点项目60个，总投资300亿元，完成投资120亿元。其中：',
    '（1）续建项目32个，总投资180亿元，完成投资70亿元；',
    '（2）新开工项目20个，总投资90亿元，完成投资45亿元；',
    '（3）前期项目8个，总投资30亿元，前期工作有序推进。',
    '二、存在问题',
    BODY,
  ].join('\n');
  assert.deepEqual(findingsOf(text, CODE), []);
  const outline = JSON.stringify(analyze(text).outline);
  assert.ok(outline.includes('二、存在问题'), 'the part after the list is still a heading');
  assert.ok(!outline.includes('续建项目') && !outline.includes('前期项目'), 'the list items are not in the outline');
});

test('does not take the labels of a table copied one cell per line for headings (repeated 二、)', () => {
  // Income and expense columns of a budget table, each cell on its own line: both columns number
  // their rows 一、 二、, and every label is followed by its amount alone on a line.
  const cells = ['收入', '支出', '一、本级收入', '52000', '一、本级支出', '98000', '二、转移性收入', '61000', '二、转移性支出', '15000'];
  const text = ['某县2023年财政预算执行情况', '一、收支总体情况', BODY, ...cells.flatMap((c) => [c, '']), '二、下一步工作', BODY].join('\n');
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('the renumbering fix of a section file keeps its start', () => {
  const text = doc('三、今年重点工作', '五、保障措施', '六、组织实施');
  const f = at(findingsOf(text, CODE), 0);
  const fixed = applyEdits(text, at(f.fixes, 0).edits);
  assert.ok(fixed.includes('三、今年重点工作') && fixed.includes('四、保障措施') && fixed.includes('五、组织实施'), fixed);
});

test('a number with nothing but punctuation after it (a document site chunk number) is no heading', () => {
  const text = ['某县教育局2022年工作总结', '1、优先发展得到有力保障', BODY, '3、；二是义务教育抓均衡，推进校长职级制改革。', BODY].join('\n');
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('the numbered notes after 附注： are no headings', () => {
  const text = ['某区2023年1-6月经济运行情况', '一、工业生产', BODY, '二、服务业', BODY, '附注：', '（1）地区生产总值增长速度按可比价计算，为实际增长速度。', '（2）部分数据因四舍五入，存在总计与分项合计不等的情况。'].join('\n');
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('does not read a chunk number that broke a figure (`4、元、`) as a heading', () => {
  expectMarked(doc('1、一季度财政收入完成情况', '2、为年度预算的31.2%，同比下降2.4%。契税分别增收 5 万元、2 万', '4、元、3 万元，增长较快。'));
});

test('does not call an excerpt that opens mid-list and then starts again at 一、 out of order', () => {
  expectMarked(doc('二、2024年工作安排', '三、民生实事', '四、意见建议', '一、2023年工作回顾', '全年完成地区生产总值45.6亿元。'));
});

test('does not follow the numbers of numbered sentences with figures (list items, chunk numbers)', () => {
  expectMarked(doc('1、收入情况', '2、一般公共预算收入完成8.6亿元，增长3.2%。', '4、税收收入完成6.1亿元，增长2.5%。'));
  // In traditional script too (億, 萬, 個): a numbered sentence of prose, whatever its script.
  assert.ok(sentenceLike({ title: '2. 累計1至10月零售業營業額為2兆6,120億元' }));
  assert.ok(sentenceLike({ title: '2、新設公司1,204個，增長3%' }));
});

test('still flags a skip among headings whose titles hold a year but no clause', () => {
  expectMarked(doc('一、2023年工作回顾', '全年完成地区生产总值45.6亿元。', '⟦三⟧、2024年工作安排', '全年预期增长6%。'));
});

test('a chapter number whose closing bracket the page lost (`（二教师队伍…`) is the number, not a gap', () => {
  const text = ['二、学前教育', '（一）发展规模', '全区有幼儿园52所。', '（二教师队伍建设全区幼儿园教职工1640人。', '（三）办学条件', '全区幼儿园占地面积31万平方米。'].join('\n');
  assert.deepEqual(findingsOf(text, CODE), []);
  // A bracket that opens on a quarter is no heading: the gap stays a finding.
  const quarter = ['二、学前教育', '（一）发展规模', '全区有幼儿园52所。', '（一季度新增幼儿园3所）', '（三）办学条件', '全区幼儿园占地面积31万平方米。'].join('\n');
  assert.equal(findingsOf(quarter, CODE).length, 1);
});

test('a missing number that opens a line of its own, though not read as a heading (`2、5万亩…`), is no gap', () => {
  expectMarked('一、总体情况\n1、农业生产\n全年粮食产量增长。\n2、5万亩高标准农田建成。\n3、水产养殖\n水产养殖扩大。\n');
  // Without that line the gap is flagged.
  expectMarked('一、总体情况\n1、农业生产\n全年粮食产量增长。\n高标准农田建成5万亩。\n⟦3⟧、水产养殖\n水产养殖扩大。\n');
});

// A mirror page that lost a glyph before a heading (`? 二、平均受教育年限`) still numbers it.
test('a lost glyph (?, ？, U+FFFD) before a heading marker does not hide the heading', () => {
  expectMarked(doc('某市第七次全国人口普查公报（第五号）', '一、受教育程度人口', '全市常住人口中，拥有大学文化程度的人口为21500人。', '? 二、平均受教育年限', '全市15岁及以上人口的平均受教育年限为9.9年。', '三、文盲人口', '全市文盲人口为6480人。'));
  expectMarked(doc('某市第七次全国人口普查公报（第五号）', '一、受教育程度人口', '全市常住人口中，拥有大学文化程度的人口为21500人。', '\uFFFD二、平均受教育年限', '全市15岁及以上人口的平均受教育年限为9.9年。', '三、文盲人口', '全市文盲人口为6480人。'));
});

// `表4 …` then `表4-2 …`: a table numbered within a chapter is no repetition of 表4.
test('a sub-numbered table (表4-2) is no repeated 表4', () => {
  const text = ['某区第七次全国人口普查公报', '表4 各街道常住人口', '单位：人', '人民街道 | 52310', '表4-2 各街道人口年龄构成', '单位：%', '人民街道 | 15.7'].join('\n');
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('a table label printed again alone under its caption (an image\'s text) is the same table', () => {
  const text = ['一、社会救助', '全年城市低保对象860万人。', '表5    社会救助情况', '', '表5', '', '农村特困人员供养310万人。', '表6    优抚安置情况', '表6'].join('\n');
  assert.deepEqual(findingsOf(text, CODE), []);
  // A second caption with a title of its own under the same number is still a repeat.
  const twice = ['一、社会救助', '表5    社会救助情况', '全年城市低保对象860万人。', '表5    优抚安置情况'].join('\n');
  assert.equal(findingsOf(twice, CODE).length, 1);
});

// Census bulletins: `（4）第四种人…` written inside the paragraph of （3）, after its full stop: no skip.
test('a missing number written after a full stop inside the paragraph before is no skip', () => {
  const text = ['某镇第七次人口普查工作报告', '（3）第三种人：居住在本镇、户口在外地的，有288人。', '（4）第四种人写在下一句里，有497人。', '（5）第五种人：原住本镇、在外地工作的，有2498人。'].join('\n').replace('。\n（4）', '。（4）');
  assert.deepEqual(findingsOf(text, CODE), []);
});

// An excerpt that opens with the last part of one bulletin (`三、文盲人口`) and goes on to the next
// (`第六号`, `一、城乡人口`, `二、流动人口`): no reversal.
test('one heading numbered three or more before a list that starts at 1 is an excerpt, not a reversal', () => {
  const text = ['三、文盲人口', '全区文盲人口为7924人。', '第六号', '一、城乡人口', '全区城镇人口为623827人。', '二、流动人口', '全区流动人口为95210人。'].join('\n');
  assert.deepEqual(findingsOf(text, CODE), []);
  // A swapped pair of neighbours stays a reversal.
  expectMarked(doc('⟦二⟧、经济运行', '一、社会事业'));
});

// `三 、2023年度部门决算表`: a web page put a space before the 、; the heading is still 三.
test('a space between the numeral and its 、 keeps the heading in the sequence', () => {
  const text = ['某单位2023年度部门决算', '一、部门职责', '本单位负责全县学前教育。', '二、机构设置', '本单位内设五个部门。', '三 、2023年度部门决算表', '（表格附后）', '四、2023年度部门决算情况说明', '本年收入合计520万元。'].join('\n');
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('a `第一、…第十、` list that goes on as `十一、十二、` is a list, printed twice or not', () => {
  const ranking = ['第一、甲区：户数1200户。', '第二、乙区：户数1100户。', '第三、丙区：户数900户。', '第四、丁区：户数800户。', '第五、戊区：户数700户。', '第六、己区：户数600户。', '第七、庚区：户数500户。', '第八、辛区：户数400户。', '第九、壬区：户数300户。', '第十、癸区：户数200户。', '十一、子区：户数150户。', '十二、丑区：户数100户。'];
  expectMarked(['各区户数排名', ...ranking, '以上为全年数据。', '各区户数排名（续表）', ...ranking].join('\n'));
  // Real part headings after a 第X、 list that does not lead to them are still numbered.
  expectMarked(['某县报告', '第一、甲区：户数1200户。', '第二、乙区：户数1100户。', '一、总体情况', BODY, '二、主要指标', BODY, '⟦二⟧、其他', BODY].join('\n'));
});

test('a `（一）…；` title that opens points 1. 2. is a heading: its （二） skips nothing', () => {
  const head = ['某州榨季生产情况', '一、主要工作', '（一）生产情况', '全州新植甘蔗33万亩。', '（二）困难和问题', '二、下步打算', '下一榨季12月开榨。'];
  expectMarked([...head, '（一）扩大原料生产；', '1.做好规划布局', '2.加强跨境合作', '（二）促进加工提质', '（三）推进企业重组'].join('\n\n'));
  // Without points under it the `；` line opens a run of items (（二） goes on with it), so the （三）
  // heading that follows misses its （一）.
  expectMarked([...head, '（一）扩大原料生产；', '（二）促进加工提质', '（⟦三⟧）推进企业重组'].join('\n\n'));
});

test('no sequence is read across a page\'s mark that it hid text (此处隐藏N个字)', () => {
  expectMarked('一、主要工作\n（一）受理情况\n全年受理32件。\n（二）应诉情况\n全年应诉12件，……此处隐藏838个字……人员素质需提升。\n（二）制度建设需加强\n正文。');
  expectMarked('一、主要工作\n（一）受理情况\n全年受理32件。\n（二）应诉情况\n全年应诉12件。\n（⟦二⟧）制度建设需加强\n正文。');
});

test('ranked lists of names numbered again are no repeated headings', () => {
  const names = ['赵一平', '钱二明', '孙三立', '李四海', '周五强'];
  const list = (from: number, n: number): string => names.slice(0, n).map((x, i) => `${from + i}.${x}`).join('\n');
  const src = `全市十大寿星（女）\n${list(1, 5)}\n全市十大寿星（男）\n${list(1, 5)}\n百岁夫妻榜\n${list(2, 3)}`;
  // (Short topic headings, `（二）农业`, in a short run are still headings: the tests above.)
  assert.deepEqual(findingsOf(src, 'heading-sequence'), []);
  // Headings of more than a few characters, numbered again, are still flagged.
  const heads = '1.农业生产稳中有升\n全年粮食总产量52万吨。\n2.工业生产加快回升\n规上工业增加值增长6%。\n2.服务业持续恢复\n社会消费品零售总额增长5%。';
  assert.equal(findingsOf(heads, 'heading-sequence').length, 1);
});

test('picture file names a page left in its text (11.jpg) are no headings', () => {
  assert.deepEqual(findingsOf('全市完成燃气管道改造86公里。\n\n11.jpg\n\n33.jpg\n\n区建设局提醒您注意用气安全。', 'heading-sequence'), []);
  // Numbered titles in the same places are still read as a sequence.
  assert.equal(findingsOf('全市完成燃气管道改造86公里。\n\n11.管网改造\n\n33.隐患整治\n\n区建设局提醒您注意用气安全。', 'heading-sequence').length, 1);
});

test('a numbered line with a space after the dot (`1. 项目建设情况。`) is a heading of its level', () => {
  // The (1) items sit under 2., not straight under 二、.
  assert.deepEqual(findingsOf(doc('二、经济运行情况', '1. 项目建设情况。', '2. 企业运营情况。', '(1)工业', '(2)服务业'), CODE), []);
  // Its numbers are read: a skipped one is flagged.
  expectMarked(doc('二、经济运行情况', '1. 项目建设情况。', '⟦3⟧. 企业运营情况。'));
  // A broken decimal at a line's start stays no heading.
  assert.deepEqual(findingsOf(doc('二、经济运行情况', '1. 5万户完成改造。'), CODE), []);
});

test('a number written with another mark after it (`2.` in a table, `2、` in its notes) opens another list', () => {
  expectMarked('一、总体情况\n1.财产险664万元\n2.人身险1728万元\n\n注：1、保费收入为统计指标。\n2、赔付支出为统计指标。\n');
  expectMarked('一、总体情况\n1.财产险664万元\n2.人身险1728万元\n⟦2⟧.寿险152万元\n');
});

test('a unit note under a table caption (`(百萬點)`, `(十億元)`) is no chapter number that lost its bracket', () => {
  const text = ['一、醫療費用', '（一）門診', '門診費用共計4,210億點。', '(百萬點)', '（二）住院', '住院費用共計2,860億點。', '(十億元)'].join('\n');
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('a heading glued to the end of the one before (a page that lost a line break) is written, not missing', () => {
  const glued = ['一、收入支出决算总表', '二、收入决算表', '三、“三公”经费支出决算表四、政府性基金预算财政拨款收入支出决算表', '五、国有资产占用情况表'].join('\n');
  assert.deepEqual(findingsOf(glued, CODE), []);
  const lost = ['一、收入支出决算总表', '二、收入决算表', '三、“三公”经费支出决算表', '五、国有资产占用情况表'].join('\n');
  assert.equal(findingsOf(lost, CODE).length, 1);
});

test('a page\'s list of links to its tables (表 1 表 2 … on a line, or 表 10 / 表 11 one per line) names no table: no numbering finding (s49)', () => {
  const bar = ['附录 3', '表 1 表 2 表 3 表 4 表 5 表 6 图 1', '表 7 表 8 表 9 表 10 表 11 表 12 图 2', '打印', '表 5', '（第四章：贸易）', '商品贸易按主要市场划分'].join('\n');
  assert.deepEqual(findingsOf(bar, CODE), []);
  const column = ['附录 3', '表 4', '表 5', '表 6', '表 7', '图 2', '目录 经济 金融', '附录 3', '表 6', '（第五章：就业）', '劳动人口及失业'].join('\n');
  assert.deepEqual(findingsOf(column, CODE), []);
  // Captions that each carry a title are still numbered: a repeat among them is one.
  const captions = ['表 1 全市人口', '人口共计52万人。', '表 2 全市就业', '就业人员31万人。', '表 2 全市收入', '收入共计8亿元。'].join('\n');
  assert.equal(findingsOf(captions, CODE).length, 1);
});
