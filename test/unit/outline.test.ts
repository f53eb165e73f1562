import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import type { Heading } from '../../server/src/analysis/types';
import { readFixture } from './fixtures';
import { at } from '../at';

/** Renders the outline as indented `kind title` lines, the way the Outline view shows it. */
function render(hs: Heading[], depth = 0): string[] {
  return hs.flatMap((h) => [`${'  '.repeat(depth)}${h.kind} ${h.title}`, ...render(h.children, depth + 1)]);
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

test('000: title, parts, chapters, 表1, 专栏 with their numbered items', () => {
  const text = readFixture('000_4030585dcbde8695.txt');
  const lines = render(analyze(text).outline);
  assert.equal(lines[0], 'title 酉阳土家族苗族自治县2022年国民经济和社会发展计划执行情况及2023年计划草案报告');
  assert.equal(lines[1], 'part 一、2022年国民经济和社会发展计划执行情况');
  assert.ok(lines.includes('  table 表1  2022年国民经济和社会发展主要目标完成情况'));
  assert.ok(lines.includes('  chapter （一）踔厉奋发，乡村振兴行稳致远'));
  assert.ok(lines.includes('    runin 巩固拓展脱贫攻坚成果'));
  assert.ok(lines.includes('    box 专栏1：山清水秀美丽之地新样板重点项目'));
  assert.ok(lines.includes('      section 1.山地农业'));
  // `1.2023年全社会…` is item 1 followed by a year, not the decimal 1.2023.
  assert.ok(lines.includes('      section 1.2023年全社会固定资产投资项目'));
  const parts = lines.filter((l) => l.startsWith('part '));
  assert.deepEqual(parts, [
    'part 一、2022年国民经济和社会发展计划执行情况',
    'part 二、2023年总体要求及预期目标',
    'part 三、2023年经济社会发展重点工作',
  ]);
  // Table cells (`2.3`, `1.5以内`) are never headings.
  assert.ok(!lines.some((l) => /section 2\.3|1\.5以内/.test(l)));
});

test('001: one paragraph per line, headings with their body on the same line', () => {
  const text = readFixture('001_d0fe4f7f7cc8ad9c.txt');
  const a = analyze(text);
  const lines = render(a.outline);
  assert.equal(lines[0], 'title 云阳县2022年国民经济和社会发展计划执行情况及2023年计划草案的报告');
  assert.equal(lines.filter((l) => l.startsWith('part ')).length, 3);
  assert.ok(lines.includes('  chapter （一）总体要求'));
  assert.ok(lines.includes('    runin “千亿工业”提速发展'));
  // The Word bookmark residue before a run-in head is not part of the title.
  assert.ok(lines.some((l) => l.trim() === 'runin 抓好安全发展底线' || l.includes('抓好安全发展')));
});

test('003: PDF-wrapped lines; wrapped heading is one entry; a decimal at a line start is not a heading', () => {
  const text = readFixture('003_7e2e0f9dafc359a0.txt');
  const a = analyze(text);
  const lines = render(a.outline);
  assert.equal(lines[0], 'title 酉阳土家族苗族自治县人民政府工作报告');
  assert.ok(lines.includes('part 一、2022 年工作回顾'));
  // Wrapped over two lines in the source: `…展现新作` ⏎ `为。`
  assert.ok(lines.includes('  chapter （五）着力学习管理提升，努力在提升干部能力上展现新作为'));
  assert.ok(!lines.some((l) => /\b1\.5|section 1\.|21\.3/.test(l)), lines.join('\n'));
  const chapter5 = a.outline.flatMap((h) => h.children).find((h) => h.title.startsWith('（五）着力学习'));
  assert.ok(chapter5);
  assert.equal(lineOf(text, chapter5.span.start), 1179);
  assert.equal(lineOf(text, chapter5.span.end), 1181);
  // Under 四、 the document puts （二） before （一）; the outline keeps document order.
  const four = a.outline.find((h) => h.title.startsWith('四、'));
  assert.ok(four);
  assert.deepEqual(
    four.children.filter((h) => h.kind === 'chapter').map((h) => h.number),
    [2, 1, 3, 4],
  );
});

test('headings: variants accepted and traps rejected', () => {
  const text = [
    '一、总体情况',
    '(一)半角括号',
    '1、顿号编号',
    '2．全角点编号',
    '（1）小项',
    '1.5 万户脱贫户与企业建立利益联结机制，带动增收。',
    '一、二、三产业增加值分别实现42.9亿元、33.8亿元、155亿元。',
    '二、三产业增加值分别增长2.6%、1.9%。',
    '二、三季度经济运行企稳回升。',
    '全县设置专栏20余个，宣传成效明显。',
    '二、后续',
  ].join('\n');
  const lines = render(analyze(text).outline);
  assert.deepEqual(lines, [
    'part 一、总体情况',
    '  chapter (一)半角括号',
    '    section 1、顿号编号',
    '    section 2．全角点编号',
    '      item （1）小项',
    'part 二、后续',
  ]);
});

test('Markdown headings that keep the Chinese numbering', () => {
  const text = '# 某县2023年政府工作报告\n\n## 一、工作回顾\n\n### （一）经济运行\n\n正文。\n\n## 二、工作安排\n';
  const lines = render(analyze(text).outline);
  assert.deepEqual(lines, ['title 某县2023年政府工作报告', 'part 一、工作回顾', '  chapter （一）经济运行', 'part 二、工作安排']);
});

test('sections extend to the next heading of the same or a higher level', () => {
  const text = '一、甲\n（一）乙\n内容一。\n（二）丙\n内容二。\n二、丁\n';
  const one = at(analyze(text).outline, 0);
  assert.equal(text.slice(one.sectionSpan.start, one.sectionSpan.end), '一、甲\n（一）乙\n内容一。\n（二）丙\n内容二。\n');
  assert.equal(text.slice(at(one.children, 0).sectionSpan.start, at(one.children, 0).sectionSpan.end), '（一）乙\n内容一。\n');
});

test('CRLF, BOM and full-width digits keep exact offsets', () => {
  const text = '\ufeff一、总体\r\n（一）经济\r\n１．全角编号\r\n';
  const a = analyze(text);
  const lines = render(a.outline);
  assert.deepEqual(lines, ['part 一、总体', '  chapter （一）经济', '    section １．全角编号']);
  const h = at(at(a.outline, 0).children, 0);
  assert.equal(text.slice(h.span.start, h.span.end), '（一）经济');
});

test('empty and junk input give an empty outline without throwing', () => {
  for (const t of ['', '\n\n\n', '\ufeff', '\u0000\u0001\ud800', '一、', '（', '表', '附件']) {
    assert.doesNotThrow(() => analyze(t));
  }
});

test('PDF-wrapped text stays wrapped when it carries a one-cell-per-line table', () => {
  // Hard-wrapped lines of 30 characters, then a table of 80 one-cell lines: the short cells must
  // not make the layout look unwrapped, which would cut `…全年完` | `成投资` apart.
  const filler = '全县交通建设持续发力，交通固定资产投资稳步增长，项目'; // 25 characters
  const lines = Array.from({ length: 30 }, () => `${filler}推进有力。`);
  lines.push(`${filler}梅江全年完`, '成投资0.96亿元，增长3.2%。');
  // One cell per line, tab-indented, rows separated by blank lines (the 000 layout).
  const rows = [['项目', '投资'], ...Array.from({ length: 30 }, (_, i) => [`项目${i + 1}`, `${i + 1}.5`])];
  const table = '表1  重点项目\n\n' + rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
  const text = `一、总体情况\n${lines.join('\n')}\n\n${table}\n`;
  const a = analyze(text);
  const q = a.quantities.find((x) => x.text === '0.96亿元');
  const claim = a.claims.find((c) => q !== undefined && a.quantities[c.quantity] === q);
  assert.ok(claim?.key.includes('梅江'), JSON.stringify(claim));
});

test('PDF-wrapped text: a short line that stops mid-figure or mid-clause goes on', () => {
  const filler = '全县经济运行稳中有进，主要指标好于预期，发展质量稳步提升，'; // 30 characters
  const lines = Array.from({ length: 24 }, () => filler);
  // Digits are narrower than CJK text: these lines are short without ending anything.
  lines.push('分别增长4.1%、6.9%、5.4%，三次产业结构比调整为16.6：', '36.4：48.0。城镇新增就业3860人，年度目标为3500', '人，完成年度目标的110.3%。');
  const a = analyze(`一、总体情况\n${lines.join('\n')}\n`);
  const texts = a.quantities.map((q) => q.text);
  assert.ok(texts.includes('3500人'), texts.join(' '));
  assert.ok(a.paragraphs.some((p) => p.text.includes('16.6：36.4：48.0')));
});


test('a web table set one cell per line, blank lines between, is no wrapped text: figures stay apart', () => {
  // A label, then a value and its share for three years, each alone on a line: every line is
  // narrow, which once read as text wrapped at 12 columns and glued `412,305,118` to `18.06%`.
  const rows = ['房租收入', '补助收入', '利息收入', '捐赠收入', '服务收入', '其他收入', '培训收入'];
  const cells = rows.flatMap((label, i) => [label, `${412 + i},305,118`, `${18 + i}.06%`, `${398 + i},117,240`, `${17 + i}.52%`]);
  const text = `一、收入情况\n\n本校本年度总收入为21.35亿元，较上年增长4.2%。\n\n${cells.join('\n\n')}\n`;
  const a = analyze(text);
  assert.ok(a.quantities.some((q) => q.text === '18.06%'), a.quantities.map((q) => q.text).join(' '));
  assert.deepEqual(a.findings.filter((f) => f.code === 'malformed-number'), []);
});
test('headings: an item number before a month (4、4月末…) is an item; 1、2月份 is two months', () => {
  const text = [
    '一、主要指标完成情况',
    '3、外经工作：外派人员122人，年末在外人员427人。',
    '4、4月末各项存款余额36.8亿元，同比增长14.9%。',
    '1、2月份，全县规模以上工业增加值增长5.1%。',
    '2、3月份，全县社会消费品零售总额增长3.2%。',
    '二、下半年工作',
  ].join('\n');
  const titles = render(analyze(text).outline).map((l) => l.trim());
  assert.ok(titles.some((t) => t.startsWith('section 4、4月末')), titles.join('\n'));
  assert.ok(!titles.some((t) => t.startsWith('section 1、2月') || t.startsWith('section 2、3月')), titles.join('\n'));
});

test('headings: table cells copied one per line with their column bar are not headings', () => {
  const text = ['一、收入情况', '项目 |', '金额 |', '一、本级收入 |', '2300 |', '二、转移性收入 |', '5243 |', '二、支出情况', '支出稳步增长。'].join('\n');
  assert.deepEqual(render(analyze(text).outline).map((l) => l.trim()), ['part 一、收入情况', 'part 二、支出情况']);
});
