import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, marked, spansOf } from '../markers';
import { readFixture, CORPUS } from '../fixtures';
import { at } from '../../at';

const CODE = 'ratio-sum';
const HEAD = '一、2022年国民经济和社会发展计划执行情况\n';
const GDP = '实现地区生产总值231.7亿元，同比增长2.3%，其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、155亿元，同比分别增长3.7%、2.6%、1.9%，';

function flags(src: string): void {
  const m = marked(src);
  const found = findingsOf(m.text, CODE);
  assert.deepEqual(spansOf(found), m.spans, JSON.stringify(found.map((f) => f.message.zh)));
}

// ------------------------------------------------------------------ must flag

test('flags a three-sector structure that does not add up to 100', () => {
  flags(HEAD + '三次产业结构比为⟦18.5：14.6：65.9⟧。');
});

test('flags full-width colons and digits too', () => {
  flags(HEAD + '三次产业结构比优化为 ⟦１８.５：１４.６：６７.９⟧，城镇化率提升至45%。');
});

test('flags a term that disagrees with the sector levels', () => {
  flags(HEAD + GDP + '三次产业结构比为⟦20.5⟧：12.6：66.9。');
});

test('flags the new structure after an old one (`由a:b:c调整为d:e:f`), even far from 100', () => {
  flags(HEAD + '三次产业结构由上年的18:43:39调整为⟦17:53:40⟧。');
  flags(HEAD + '三次产业结构由上年的18:43:39调整为17:43:40。');
  // (`从a:b:c到…的d:e:f`: the new one after 到 as well.)
  flags(HEAD + '全市海洋产业结构从2015年的6.2∶40.1∶53.7到2020年的⟦5.4∶37.9∶57.6⟧，第三产业比重上升。');
  flags(HEAD + '全市海洋产业结构从2015年的6.2∶40.1∶53.7到2020年的5.4∶37.9∶56.7，第三产业比重上升。');
  flags(HEAD + '经济结构由上年的16.5:20.3:63.2转变为今年的⟦17.4:21.6:62⟧。');
});

test('flags a structure written in traditional script', () => {
  flags(HEAD + '三次產業結構為⟦12.8:43.1:45.1⟧。');
});

test('flags a near-100 structure ratio of another kind', () => {
  flags(HEAD + '城乡人口结构比例为⟦45.2：56.8⟧。');
});

test('message shows the sum; fix for the level case removes the finding', () => {
  const f = at(findingsOf(HEAD + '三次产业结构比为18.5：14.6：65.9。', CODE), 0);
  assert.match(f.message.zh, /18.5 \+ 14.6 \+ 65.9 = 99, ?不等于 100|= 99，不等于 100/);
  const text = HEAD + GDP + '三次产业结构比为20.5：12.6：66.9。';
  const g = at(findingsOf(text, CODE), 0);
  assert.match(g.message.zh, /第一产业占 20.5，与增加值 42.9亿元 ÷ 231.7亿元 = 18.515% 不符/);
  assert.equal(g.related.length, 3);
  const fixed = applyFix(text, at(g.fixes, 0));
  assert.match(fixed, /18.5：14.6：66.9/);
  assert.deepEqual(findingsOf(fixed, CODE), []);
});

// ------------------------------------------------------------------ must not flag

test('does not flag 18.5：14.6：66.9 with 42.9/33.8/155 亿元 (000 line 13)', () => {
  flags(HEAD + GDP + '三次产业结构比为18.5：14.6：66.9。');
});

test('does not flag a sum off by rounding (33.3：33.3：33.3)', () => {
  flags(HEAD + '三次产业结构比为33.3：33.3：33.3。');
});

test('does not flag a proportion that is not percentages (1：1 配套, 1：2：3)', () => {
  flags(HEAD + '按1：1比例配套资金。投入结构比例为1：2：3。');
});

test('does not flag times or scores', () => {
  flags(HEAD + '会议于10:30召开，比分为3:2。');
});

test('does not compare with levels of another period', () => {
  flags(HEAD + GDP + '\n二、2023年主要预期目标\n力争三次产业结构比调整为17：15：68。');
});

test('does not flag a structure within the rounding of the levels', () => {
  flags(HEAD + GDP + '三次产业结构比为18.6：14.5：66.9。');
});

test('corpus: 000 and 003 state 18.5：14.6：66.9, consistent', () => {
  for (const name of CORPUS) assert.deepEqual(findingsOf(readFixture(name), CODE).map((f) => f.message.zh), [], name);
});

test('a structure ratio in a sentence of its own takes the period of its part', () => {
  const levels = '全年第一产业增加值256.3亿元，第二产业增加值901.2亿元，第三产业增加值1311.3亿元。';
  flags(`${HEAD}${levels}三次产业结构为⟦10.9⟧：36.5：52.6。`);
  flags(`${HEAD}${levels}三次产业结构为10.4：36.5：53.1。`);
});

test('last year’s structure (由上年的…调整为…) is not held to this year’s levels', () => {
  flags(`${HEAD}全年第一产业增加值48.6亿元，第二产业增加值118.3亿元，第三产业增加值189.9亿元。三次产业结构由上年的14.1：32.8：53.1调整为13.6：33.2：53.2。`);
  // The structure it changed from, with no year named (a review of several years).
  flags(`${HEAD}全年第一产业增加值48.6亿元，第二产业增加值118.3亿元，第三产业增加值189.9亿元。三次产业结构由21.4：30.2：48.4优化为13.6：33.2：53.2。`);
  // The new structure is still held to the levels.
  flags(`${HEAD}全年第一产业增加值48.6亿元，第二产业增加值118.3亿元，第三产业增加值189.9亿元。三次产业结构由21.4：30.2：48.4优化为⟦15.6⟧：31.2：53.2。`);  // Words between 由 and the old structure (a revised figure), the new one lost to a page's missing colon.
  flags(`${HEAD}全年第一产业增加值48.6亿元，第二产业增加值118.3亿元，第三产业增加值189.9亿元。三次产业结构由2021年核实后的15.0：31.7：53.3调整为13.6：33.253.2。`);
});

// ------------------------------------------------------------------ separators and lists (issue 10, forms)

test('flags ratios written with the ratio signs ︰ ∶ and an ASCII colon', () => {
  flags(HEAD + '三次产业结构比例为⟦16.5︰27.2︰57.3⟧。');
  flags(HEAD + '三次产业结构为⟦2.5∶28.5∶70.0⟧。');
  flags(HEAD + '三次产业结构为⟦2.5:28.5:70.0⟧,城镇化率提升至45%。');
});

test('flags a three-sector structure written as a 、 list, and in traditional script', () => {
  flags(HEAD + '三次产业结构为⟦9.3、42.0、49.7⟧。');
  flags(HEAD + '三次產業結構為⟦9.3、42.0、49.7⟧。');
});

test('a 、 list is held to the sector levels like a colon ratio', () => {
  flags(HEAD + GDP + '三次产业结构为⟦20.5⟧、12.6、66.9。');
});

test('does not flag consistent lists and ratios with the new separators', () => {
  flags(HEAD + '三次产业结构为9.3、41.0、49.7。三次产业结构比例为16.5︰26.2︰57.3，上年为2.5∶27.5∶70.0。');
  flags(HEAD + GDP + '三次产业结构为18.5、14.6、66.9。');
});

test('does not read other 、 lists or times as structure ratios', () => {
  // no 三次产业: a list of growth figures after 结构 is no ratio
  flags(HEAD + '投资结构持续优化，三类投资分别增长9.3、42.0、49.7。');
  // the list goes on into a unit: levels, not shares
  flags(HEAD + '三次产业结构调整，增加值分别为9.3、42.0、49.7亿元。');
  // times with a ratio sign or a colon
  flags(HEAD + '会议结构安排为上午10∶30开始，10:45结束。');
});

// Levels whose shares are 2.46 / 27.45 / 70.09: the plain roundings add up to 100.1.
const FORCED_GDP = '实现地区生产总值1000.0亿元，同比增长2.3%，其中，一、二、三产业增加值分别实现24.6亿元、274.5亿元、700.9亿元，';

test('does not flag a structure forced to add up to 100 (a term one unit off its plain rounding)', () => {
  flags(HEAD + FORCED_GDP + '三次产业结构为2.5∶27.5∶70.0。');
});

test('still flags a forced structure with a term more than one unit off', () => {
  flags(HEAD + FORCED_GDP + '三次产业结构为2.5∶⟦27.3⟧∶70.2。');
});

test('a structure forced to sum to 100 gets one unit of its last digit against the levels', () => {
  // 150.2 ÷ 214.3 = 70.09 %, 5.4 ÷ 214.3 = 2.52 %, 58.7 ÷ 214.3 = 27.39 %: published as 2.5：27.5：70.0.
  const levels = '第一产业增加值5.4亿元，第二产业增加值58.7亿元，第三产业增加值150.2亿元。';
  flags(HEAD + levels + '三次产业结构为2.5：27.5：70.0。');
  flags(HEAD + levels + '三次产业结构为2.5：⟦29.5⟧：68.0。');
});

test('a forced structure of mixed precision: the last term carries the rounding of a coarser one', () => {
  // 8.6 ÷ 119.3 = 7.209 %, 31.4 ÷ 119.3 = 26.320 %, 79.3 ÷ 119.3 = 66.471 %: 26.3 is rounded to one
  // decimal, and 66.49 is written as the rest to 100.
  const levels = '第一产业增加值8.6亿元，第二产业增加值31.4亿元，第三产业增加值79.3亿元。';
  flags(HEAD + levels + '三次产业结构比为7.21：26.3：66.49。');
  flags(HEAD + levels + '三次产业结构比为7.21：⟦26.1⟧：66.69。');
});

// ------------------------------------------------------------------ how bulletins name the structure (real text)

test('flags the three-sector structure however it is named, also the new ratio after the old one', () => {
  flags(HEAD + '三次产业占比由上年的6.1:44.2:49.7，进一步调整为⟦5.8:44.9:50.3⟧，服务业占比继续提高。');
  flags(HEAD + '三次产业结构由上年的8.4:40.1:51.5调整为⟦8.0:41.2:51.7⟧。');
  flags(HEAD + '三大产业的比重为⟦12.3:37.4:51.2⟧。');
  flags(HEAD + '一、二、三产业增加值占地区生产总值的比重为⟦21.4:26.3:53.2⟧。');
  flags(HEAD + '三次产业比调整为⟦10.6︰47.9︰42.4⟧。');
});

test('does not flag those namings when the terms add up, nor other ratios after a sector word', () => {
  flags(HEAD + '三次产业占比由上年的6.1:44.2:49.7，进一步调整为5.8:44.9:49.3，服务业占比继续提高。');
  flags(HEAD + '三大产业的比重为12.3:37.4:50.3。');
  // an income ratio after the structure is named: two terms, far from 100
  flags(HEAD + '三次产业结构持续优化，城乡居民收入比缩小为2.16:1。');
  // three terms that are no percentages at all
  flags(HEAD + '三次产业协调发展，新建、续建、储备项目数量之比为3:5:2。');
});

test("the three-sector structure of another total (民营经济) is not held to the territory's sector levels", () => {
  // The county's sectors give 15.8 : 41.2 : 43.0; 民营经济's own structure differs, and sums to 100.
  flags(HEAD + '第一产业增加值32.2亿元，第二产业增加值83.8亿元，第三产业增加值87.2亿元。民营经济三次产业结构由上年的15.2:44.4:40.4调整为14.6:44.3:41.1。');
  // Its terms must still add up to 100.
  flags(HEAD + '民营经济三次产业结构由上年的15.2:44.4:40.4调整为⟦14.6:45.3:41.1⟧。');
});

test('does not flag a two-decimal structure a hundredth or two off 100 (shares of rounded levels)', () => {
  flags(HEAD + '三次产业比由上年的24.61:40.17:35.20转变为25.36:38.47:36.15。');
  flags(HEAD + '三次产业比为24.61:40.17:35.21。');
  flags(HEAD + '三次产业比为⟦24.61:40.17:35.31⟧。');
});

test('sector levels stated twice with other values (the county, then its 县属 part) leave the structure unchecked', () => {
  const text = '一、2023年经济运行\n全年生产总值1826420万元，第一产业增加值251306万元，第二产业增加值1264310万元，第三产业增加值310804万元。其中：县属生产总值612870万元，第一产业增加值251306万元，第二产业增加值52140万元，第三产业增加值309424万元。三次产业结构为41.0：8.5：50.5。\n';
  assert.deepEqual(findingsOf(text, 'ratio-sum'), []);
});

test('a term far from its sector level’s share, with no slip, is information; a near one a warning', () => {
  const far = '一、2023年经济运行\n全年第一产业增加值25.1亿元，第二产业增加值126.4亿元，第三产业增加值31.1亿元。三次产业结构为41.0：8.5：50.5。\n';
  assert.deepEqual(findingsOf(far, 'ratio-sum').map((f) => f.severity), ['info']);
  const near = '一、2023年经济运行\n全年第一产业增加值25.1亿元，第二产业增加值126.4亿元，第三产业增加值31.1亿元。三次产业结构为14.7：68.3：17.0。\n';
  assert.deepEqual(findingsOf(near, 'ratio-sum').map((f) => f.severity), ['warning']);
});

test('a three-sector 比重 ratio ten off 100 (a tens digit mistyped) is flagged; one that adds up, or one far off (another comparison), is not', () => {
  flags('一、综合\n产业结构：2024年三次产业比重依次为⟦17∶46∶47⟧。');
  flags('一、综合\n产业结构：2024年三次产业比重依次为17∶36∶47。');
  flags('一、综合\n产业结构：2024年三次产业比重依次为17∶76∶47。');
});

test('the new structure after `调整为2020年的` is held to 100 like the old one', () => {
  flags('一、综合\n三大产业结构比由2019年的38.5∶6.2∶55.3调整为2023年的⟦31.2:19:59.8⟧，第二、三产业比重上升。');
  flags('一、综合\n三大产业结构比由2019年的38.5∶6.2∶55.3调整为2023年的31.2:9:59.8，第二、三产业比重上升。');
});

test('three sector shares right after 三次产业, with no structure word, are held to 100', () => {
  flags('一、综合\n经济结构持续优化。三次产业⟦4.1:44.7:61.2⟧，服务业对经济增长贡献率达到78.5%。');
  flags('一、综合\n经济结构持续优化。三次产业4.1:34.7:61.2，服务业对经济增长贡献率达到78.5%。');
});

test('an industry structure named one short clause before the ratio (`产业结构进一步优化，由上年的…演变为…`)', () => {
  flags('产业结构持续优化，由上年的8.2:47.5:44.3演变为7.9:46.8:45.3。');
  flags('产业结构持续优化，由上年的⟦8.2:48.5:44.3⟧演变为⟦7.9:47.8:45.3⟧。');
  // A comma clause that names no industry structure leaves the ratio unread.
  flags('质量效益持续提升，男女比例为51.2:49.8。'.replace('比例', '之比'));
});

test('the sector structure of investment named 三个产业投资的比重, with ∶ separators', () => {
  flags('1-7月，三个产业投资的比重由上年同期的⟦1.7∶35.8∶63.5⟧调整为2.8∶36.1∶61.1。');
  flags('1-7月，三个产业投资的比重由上年同期的1.7∶35.8∶62.5调整为2.8∶36.1∶61.1。');
});

test('last year\'s structure named 由上年同期的… is not held to this year\'s sector levels', () => {
  const text = (ratio: string): string =>
    `2019年某县国民经济和社会发展统计公报\n全年实现地区生产总值322.49亿元，同比增长8.1%。其中第一产业增加值49.62亿元，同比增长3.2%；第二产业增加值126.79亿元，同比增长8.8%；第三产业增加值146.08亿元，同比增长9.1%。全县三次产业结构比${ratio}。`;
  flags(text('由上年同期的14.6:42.2:43.2调整为15.4:39.3:45.3'));
  // the same terms given as this year's structure are held to the levels
  flags(text('为⟦14.6⟧:42.2:43.2'));
});

test('a structure named 增加值之比, old and new in PDF-spaced words (从 2015 年的 … 调整为 2020 年的 …)', () => {
  flags('十三五时期，三次产业增加值之比从 2015 年的 10.7:55.6:33.7 调整为 2020 年的 ⟦10.6:44.9:45.5⟧。');
  flags('十三五时期，三次产业增加值之比从 2015 年的 10.7:55.6:33.7 调整为 2020 年的 10.6:43.9:45.5。');
  // the new ratio is named by the old one only: the spaces between must not hide it
  flags('五年来，产业结构由 2015 年的 10.7:55.6:33.7 调整为 2020 年的 ⟦10.6:44.9:45.5⟧。');
});

test('a structure named 三产比 (the three sectors, shortened)', () => {
  flags('第二产业仍占主导地位。三产比由上年的⟦10.78:46.02:44.20⟧调整为10.59:45.16:44.25。');
  flags('第二产业仍占主导地位。三产比由上年的10.78:45.02:44.20调整为10.59:45.16:44.25。');
});

test('a structure of the sectors’ investment is not held to their value added', () => {
  const text = '2021年1-6月全县经济运行情况\n\n2021年1-6月全县实现地区生产总值120.4亿元，同比增长3.1%，其中第一产业增加值18.2亿元，同比增长2.0%；第二产业增加值52.6亿元，同比增长3.5%；第三产业增加值49.6亿元，同比增长3.0%。\n\n三、固定资产投资增长6.2%。1-6月，全县固定资产投资同比增长6.2%，其中一、二、三产业投资占比分别为5.3:51.2:43.5。';
  assert.deepEqual(findingsOf(text, 'ratio-sum'), []);
});

test('a ratio of shares (…所占份额之比为a:b:c) is a structure ratio', () => {
  flags('景区客源结构持续优化，省内游客、省外游客、境外游客所占份额之比为⟦32:71:3⟧。');
  flags('景区客源结构持续优化，省内游客、省外游客、境外游客所占份额之比为32:65:3。');
  // A proportion that is no share (`1:1配套`) stays silent.
  flags('省级与县级资金按份额之比1:1配套。');
});

test('weights named one clause before the ratio (从…比重看，…为a:b:c) make a structure ratio', () => {
  flags('从三大区域税收比重看，今年一季度为⟦18.2:44.6:38.2⟧，上年同期为18.5:40.2:41.3。');
});

test('the four farm trades without their services need not make up 100', () => {
  flags('全省农、林、牧、渔业增加值比例由2015年的41.2:2.3:53.8:1.1调整为2019年的35.6:2.4:59.7:1.0。');
  // Five terms with the services do.
  flags('全省农、林、牧、渔业及服务业增加值比例为⟦41.2:2.3:53.8:1.1:0.9⟧。');
});

test('a structure of two sectors of three (第二、三产业) need not make 100: the first holds the rest', () => {
  assert.deepEqual(findingsOf('全区地区生产总值846.20亿元，增长4.6%；第二、三产业增加值比例为41.3:58.2。', 'ratio-sum'), []);
  // All three named, the terms must make 100.
  assert.equal(findingsOf('全区地区生产总值846.20亿元，增长4.6%；三次产业增加值比例为0.3:41.3:57.2。', 'ratio-sum').length, 1);
});
