import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis';
import { applyEdits, findingsOf, marked, spanTexts } from '../markers';
import { readFixture } from '../fixtures';
import { at } from '../../at';

const CODE = 'dangling-reference';

function doc(...lines: string[]): string {
  return ['某县国民经济和社会发展计划执行情况报告', '各位代表：', ...lines].join('\n');
}

function expectMarked(src: string): void {
  const { text, spans } = marked(src);
  const found = findingsOf(text, CODE);
  assert.deepEqual(spanTexts(text, found.map((f) => f.span)), spanTexts(text, spans), found.map((f) => f.message.zh).join('\n'));
}

// ---------------------------------------------------------------- flagged

test('flags 详见附件2 when the document has no annex at all', () => {
  const src = doc('一、执行情况', '全年实现地区生产总值231.7亿元（详见⟦附件2⟧）。');
  expectMarked(src);
  const f = at(findingsOf(marked(src).text, CODE), 0);
  assert.match(f.message.zh, /“附件2”.*没有任何附件/);
  assert.match(f.message.en, /annex/);
  // No annex at all: most likely attachments published as separate files (budget reports'
  // 附表), so the reviewer is told, not warned.
  assert.equal(f.severity, 'info');
  assert.match(f.message.zh, /单独文件/);
});

test('a reference to a missing annex among present ones stays a warning', () => {
  const src = doc('一、执行情况', '项目清单见附件1，资金安排详见⟦附件2⟧。', '附件1', '项目清单');
  expectMarked(src);
  const f = at(findingsOf(marked(src).text, CODE), 0);
  assert.equal(f.severity, 'warning');
});

test('flags 见专栏3 when only 专栏1 and 专栏2 exist, naming what exists', () => {
  const src = doc('一、重点工作', '专栏1：工业项目', '1.园区建设', '专栏2：城建项目', '1.新城建设', '重点项目见⟦专栏3⟧。');
  expectMarked(src);
  const f = at(findingsOf(marked(src).text, CODE), 0);
  assert.match(f.message.zh, /“专栏3”.*只有专栏1、专栏2/);
  assert.equal(f.related.length, 2);
});

test('flags a bracketed or cued table reference with no such table', () => {
  expectMarked(doc('一、执行情况', '主要指标完成情况见⟦表2⟧。', '各项指标如⟦表3⟧所示，总体较好（⟦表4⟧）。'));
});

test('a section whose numbering starts past 1 refers to the rest of the document: information', () => {
  const table = ['表4：财政收支', '项目 | 金额', '财政收入 | 5.1', '财政支出 | 9.8', '表5：金融存贷', '项目 | 余额', '存款 | 30.2', '贷款 | 12.7'];
  const src = doc('五、财政和金融', ...table, '年末各项存款余额30.2亿元（见⟦表6⟧），贷款余额12.7亿元（见⟦表3⟧）。');
  expectMarked(src);
  const found = findingsOf(marked(src).text, CODE);
  assert.deepEqual(found.map((f) => f.severity), ['info', 'info']);
  assert.match(at(found, 0).message.zh, /不从 1 开始/);
  // A gap inside the numbers present is still a warning.
  const gap = doc('五、财政和金融', ...table.slice(0, 4), '表6：金融存贷', '项目 | 余额', '存款 | 30.2', '年末各项存款余额30.2亿元（见⟦表5⟧）。');
  expectMarked(gap);
  assert.equal(at(findingsOf(marked(gap).text, CODE), 0).severity, 'warning');
});

test('a text that ends inside its last table was cut after it: later numbers are information', () => {
  const src = doc('一、投资完成情况', '分行业完成情况详见表1、⟦表2⟧：', '表1：分行业完成情况', '行业 | 完成投资', '工业 | 12.3', '交通 | 8.1');
  expectMarked(src);
  assert.equal(at(findingsOf(marked(src).text, CODE), 0).severity, 'info');
  assert.match(at(findingsOf(marked(src).text, CODE), 0).message.zh, /全文止于表1/);
  // A sentence after the table: the text goes on, so the missing 表2 is a warning.
  const more = doc('一、投资完成情况', '分行业完成情况详见表1、⟦表2⟧：', '表1：分行业完成情况', '行业 | 完成投资', '工业 | 12.3', '二、下一步工作', '全力推进项目建设。');
  expectMarked(more);
  assert.equal(at(findingsOf(marked(more).text, CODE), 0).severity, 'warning');
});

test('a text that stops mid-sentence was cut there: a table numbered past the last one present is information', () => {
  const body = ['一、基金运作情况', '近3年各年度收支情况详见表1。', '表1：基金收支情况', '年度 | 收入', '2021 | 12.3', '二、存在问题', '部分业者未按期缴纳（详见⟦表2⟧），已逐年减少。'];
  const cut = doc(...body, '又该基金每两年编列一次，预算执行率偏低，允宜检讨');
  expectMarked(cut);
  assert.equal(at(findingsOf(marked(cut).text, CODE), 0).severity, 'info');
  assert.match(at(findingsOf(marked(cut).text, CODE), 0).message.zh, /止于半句/);
  // Ending on a full stop (or on a signature line with no comma), the text is whole: a warning.
  for (const end of ['又该基金每两年编列一次，预算执行率偏低，允宜检讨。', '某某基金管理委员会办公室二〇二三年五月']) {
    const whole = doc(...body, end);
    assert.equal(at(findingsOf(marked(whole).text, CODE), 0).severity, 'warning', end);
  }
});

test('a text ending on the heading of its last annex carries titles only: later annexes are information', () => {
  const body = ['一、资金安排', '项目一安排150万元（详见附件1），项目二安排80万元（详见⟦附件2⟧）。', '各乡镇要加快资金拨付进度。'];
  const src = doc(...body, '附件1：某县2022年项目资金安排表');
  expectMarked(src);
  assert.equal(at(findingsOf(marked(src).text, CODE), 0).severity, 'info');
  assert.match(at(findingsOf(marked(src).text, CODE), 0).message.zh, /全文止于附件1的标题/);
  // The annex has a body after its heading: the document is whole, and the missing 附件2 is a warning.
  const whole = doc(...body, '附件1：某县2022年项目资金安排表', '项目一用于产业发展，已全部拨付到位。');
  expectMarked(whole);
  assert.equal(at(findingsOf(marked(whole).text, CODE), 0).severity, 'warning');
});

test('flags each reference of a list (见附件1、附件2)', () => {
  expectMarked(doc('一、执行情况', '具体项目详见⟦附件1⟧、⟦附件2⟧。'));
});

test('flags a Chinese-numeral reference with a cue (详见附件三)', () => {
  expectMarked(doc('一、执行情况', '具体名单详见⟦附件三⟧。', '附件1：项目清单'));
});

test('corpus 001: （详见附件1） on line 8 and （详见附件2） on line 47', () => {
  const text = readFixture('001_d0fe4f7f7cc8ad9c.txt');
  const found = findingsOf(text, CODE);
  const lines = found.map((f) => text.slice(0, f.span.start).split('\n').length);
  assert.deepEqual(lines, [8, 47]);
  assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['附件1', '附件2']);
});

// ---------------------------------------------------------------- quick fixes

test('fix deletes the bracketed reference and the finding is gone', () => {
  const text = doc('一、执行情况', '全年实现地区生产总值231.7亿元（详见附件2）。');
  const f = at(findingsOf(text, CODE), 0);
  assert.equal(f.fixes.length, 1);
  const fixed = applyEdits(text, at(f.fixes, 0).edits);
  assert.match(fixed, /231\.7亿元。/);
  assert.deepEqual(findingsOf(fixed, CODE), []);
});

test('fix on corpus 001 removes both references', () => {
  let text = readFixture('001_d0fe4f7f7cc8ad9c.txt');
  for (const f of findingsOf(text, CODE).reverse()) text = applyEdits(text, at(f.fixes, 0).edits);
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('no fix is offered when the reference is not a whole bracket', () => {
  const f = at(findingsOf(doc('一、执行情况', '重点项目见专栏3。'), CODE), 0);
  assert.deepEqual(f.fixes, []);
});

// ---------------------------------------------------------------- not flagged

test('does not flag references that resolve (附件, 专栏, 表 caption, unnumbered 附件)', () => {
  expectMarked(doc('一、执行情况', '主要指标见表1，重点项目见专栏1，项目清单详见附件2。', '表1 主要指标完成情况', '专栏1：重点项目', '1.交通', '附件1：指标说明', '附件2：项目清单'));
  expectMarked(doc('一、执行情况', '具体项目详见附件1。', '附件', '项目清单如下。'));
});

test('one 附件 heading listing its annexes as numbered items declares each of them', () => {
  // `附件：1.…` then `2.…` on the next line: the annex list at the end of a notice names both files.
  expectMarked(doc('一、资金安排', '对口帮扶资金明细详见附件1，县级配套资金明细详见附件2。', '', '附件：1.2021年度对口帮扶资金安排表', '2.2021年度县级配套资金安排表', '某县财政局', '2021年6月3日'));
  // Only what the list names: a third annex it does not list stays missing.
  expectMarked(doc('一、资金安排', '明细详见附件2，绩效目标见⟦附件3⟧。', '', '附件：1.资金安排表', '2.项目明细表'));
});

test('does not flag the heading or caption itself', () => {
  expectMarked(doc('一、重点工作', '专栏1：工业项目', '1.园区建设', '附件1：项目清单', '表1 主要指标'));
});

test('does not flag 专栏20余个, 附件3份 or other counts', () => {
  expectMarked(doc('一、执行情况', '开设“乡村振兴·看花田”等专栏20余个，报送附件3份，新设专栏5期。'));
});

test('does not flag 表彰, 表扬, 代表, 发表 and other words containing 表', () => {
  expectMarked(doc('一、执行情况', '表彰先进集体12个，表扬优秀个人。', '人大代表3名、政协委员2名参加，发表2篇论文，报表3张。'));
});

test('does not flag 附件 and 专栏 as plain words', () => {
  expectMarked(doc('一、执行情况', '上传附件材料，开设专栏宣传，附件内容另行印发。', '专栏一直受到群众欢迎。'));
});

test('does not flag a table numbered within its chapter (详表2-1-1, 见表3.2)', () => {
  expectMarked(doc('一、预算编列情况', '配合办理灌溉区域排水改善工程（详表2-1-1），另见表3.2所列各项。'));
});

test('does not flag a bare 表N without a reference cue', () => {
  expectMarked(doc('一、执行情况', '县城新建停车位表2处。'));
});

test('corpus 000 and 003 have no dangling references (专栏20余个 in 000)', () => {
  for (const name of ['000_4030585dcbde8695.txt', '003_7e2e0f9dafc359a0.txt']) {
    assert.deepEqual(findingsOf(analyze(readFixture(name)), CODE).map((f) => f.message.zh), [], name);
  }
});

test('a table caption followed by its flattened cells (a bare figure) is still the table', () => {
  expectMarked(doc('一、受理情况', '全市共收到复议申请32件（表二）。', '表二：市级部门收到复议申请统计表', '', '1', '', '二、被申请人情况', '以市政府部门作为被申请人的共8件（表三）。', '表三：被申请人情况统计表', '', '2'));
  expectMarked(doc('一、受理情况', '全市共收到复议申请32件（⟦表四⟧）。', '表二：市级部门收到复议申请统计表', '', '1'));
});

test('a table copied from a web page (rows ending with |) whose title ends with its number in brackets (…情况（表1）) is 表1 (s50)', () => {
  const rows = ['类别 | 监测断面 |', 'Ⅰ类 | 甲坝、乙坞 |', 'Ⅱ类 | 丙浦、丁湾 |', 'Ⅲ类 | 戊埠 |'];
  expectMarked(doc('一、地表水', '各断面均达到功能区目标要求（见表1）。', '2025年3月地表水监测断面水质情况（表1）', ...rows, '二、空气', '优良天数比例为96.8%（见⟦表2⟧）。'));
  // Without the bracketed number the table names no number: 表1 is then referenced in a text with no table numbered.
  const bare = doc('一、地表水', '各断面均达到功能区目标要求（见表1）。', '2025年3月地表水监测断面水质情况', ...rows);
  assert.deepEqual(findingsOf(bare, 'dangling-reference').map((f) => f.severity), ['info']);
});
