import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, marked, spansOf } from '../markers';
import { readFixture } from '../fixtures';
import { at } from '../../at';

const CODE = 'bound-violation';
const HEAD = '一、2022年国民经济和社会发展计划执行情况\n';

function flags(src: string): void {
  const m = marked(src);
  const found = findingsOf(m.text, CODE);
  assert.deepEqual(spansOf(found), m.spans, JSON.stringify(found.map((f) => f.message.zh)));
}

test('flags all residents growing faster than both urban and rural', () => {
  flags(HEAD + '全体居民人均可支配收入增长⟦10.5%⟧。城镇常住居民人均可支配收入达33298元，同比增长1.6%，农村常住居民人均可支配收入达13789元，同比增长7%。');
});

test('flags all residents below both components', () => {
  flags(HEAD + '城镇居民人均可支配收入增长5%，农村居民人均可支配收入增长7%，全体居民人均可支配收入增长⟦3%⟧。');
});

test('flags GDP growth outside the sectors', () => {
  flags(HEAD + '实现地区生产总值231.7亿元，同比增长⟦5.3%⟧，其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、155亿元，同比分别增长3.7%、2.6%、1.9%。');
});

test('message states both sides, related to each component', () => {
  const m = marked(HEAD + '全体居民人均可支配收入增长10.5%。城镇居民人均可支配收入同比增长1.6%，农村居民人均可支配收入同比增长7%。');
  const f = at(findingsOf(m.text, CODE), 0);
  assert.match(f.message.zh, /全体居民增长 10.5% 高于城镇 1.6% 和农村 7%/);
  assert.match(f.message.en, /10.5%/);
  assert.equal(f.related.length, 2);
  assert.equal(f.severity, 'error');
});

test('does not flag GDP within the sectors (000 line 13)', () => {
  flags(HEAD + '实现地区生产总值231.7亿元，同比增长2.3%，其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、155亿元，同比分别增长3.7%、2.6%、1.9%。');
});

test('does not flag within rounding of the components', () => {
  flags(HEAD + '全体居民人均可支配收入增长7.1%，城镇居民人均可支配收入增长6%，农村居民人均可支配收入增长7%。');
});

test('does not flag a small composition effect on per-capita income (urbanisation)', () => {
  flags(HEAD + '全体居民人均可支配收入增长7.8%，城镇居民人均可支配收入增长6.5%，农村居民人均可支配收入增长7%。');
});

test('does not flag when a component is missing', () => {
  flags(HEAD + '全体居民人均可支配收入增长10.5%，城镇居民人均可支配收入增长1.6%。');
});

test('does not flag GDP when another whole (不含某企业的生产总值) stands between it and the sectors', () => {
  // The sectors add up to the second whole (12.4 + 30.6 + 41.2 = 84.2) and grow around its 9.6 %.
  flags(HEAD + '全区实现生产总值226.5亿元，按可比价格计算，比上年增长14.2%。不含某烟草企业实现生产总值84.2亿元，同比增长9.6%。在生产总值中：第一产业增加值12.4亿元，增长6.1%；第二产业增加值30.6亿元，增长9.8%；第三产业增加值41.2亿元，增长10.4%。');
  // Without it, the same GDP growth is outside the sectors.
  flags(HEAD + '全区实现生产总值226.5亿元，按可比价格计算，比上年增长⟦14.2%⟧。在生产总值中：第一产业增加值12.4亿元，增长6.1%；第二产业增加值30.6亿元，增长9.8%；第三产业增加值41.2亿元，增长10.4%。');
});

test('does not flag a target aggregate against actual components', () => {
  flags(HEAD + '城镇居民人均可支配收入增长1.6%，农村居民人均可支配收入增长7%。\n二、2023年主要预期目标\n全体居民人均可支配收入预期增长10%。');
});

test('does not flag different years', () => {
  flags(HEAD + '2021年全体居民人均可支配收入增长10.5%。城镇居民人均可支配收入增长1.6%，农村居民人均可支配收入增长7%。');
});

test('does not flag a bound (增长10%以上)', () => {
  flags(HEAD + '全体居民人均可支配收入增长10.5%以上，城镇居民人均可支配收入增长1.6%，农村居民人均可支配收入增长7%。');
});

test('does not flag a decline between declining components', () => {
  flags(HEAD + '地区生产总值下降2%，第一产业增加值增长1%，第二产业增加值下降5%，第三产业增加值下降1%。');
});

test('does not flag one group\'s trade against the components of the whole\'s (另一主体)', () => {
  // 出口/进口 break down the province's trade; the 进出口 growth after 民营企业 is that group's own.
  const text = HEAD + '一季度，某省进出口总值980.6亿元，同比增长6.2%。其中，出口650.1亿元，增长7.9%；进口330.5亿元，增长2.9%。\n一季度，全省有进出口实绩外贸企业4100家，同比增加9.1%。其中，民营企业3800家，增加10.2%，进出口702.4亿元，增长13.5%，占同期全省进出口总值的71.6%。';
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('corpus 000: flags 全体居民 10.5% only', () => {
  const found = findingsOf(readFixture('000_4030585dcbde8695.txt'), CODE);
  assert.equal(found.length, 1);
  assert.match(at(found, 0).message.zh, /全体居民增长 10.5% 高于城镇 1.6% 和农村 7%/);
});

test('corpus 001 and 003: nothing uncertain', () => {
  for (const name of ['001_d0fe4f7f7cc8ad9c.txt', '003_7e2e0f9dafc359a0.txt']) {
    const found = findingsOf(readFixture(name), CODE);
    for (const f of found) assert.ok(f.message.zh.length > 0);
  }
});

test('retail sales and trade grow between their components (城镇/乡村, 出口/进口)', () => {
  flags(HEAD + '全年社会消费品零售总额1105.2亿元，增长⟦8.3%⟧。城镇消费品零售额936.8亿元，增长6.0%；乡村消费品零售额168.4亿元，增长8.1%。');
  flags(HEAD + '全年社会消费品零售总额1105.2亿元，增长6.3%。城镇消费品零售额936.8亿元，增长6.0%；乡村消费品零售额168.4亿元，增长8.1%。');
  flags(HEAD + '全年货物进出口总额345.6亿元，增长⟦10.3%⟧。其中，出口总额210.2亿元，增长9.1%；进口总额135.4亿元，增长4.6%。');
  flags(HEAD + '全年货物进出口总额345.6亿元，增长7.3%。其中，出口210.2亿元，增长9.1%；进口135.4亿元，增长4.6%。');
});

// ------------------------------------------------------------------ implied urban weight (issue 10, group 7)

test('per-capita levels: 全体 outside [农村, 城镇] this year (implied urban weight above 1)', () => {
  flags(HEAD + '城镇居民人均可支配收入41230元，增长5.1%；农村居民人均可支配收入17650元，增长7.2%；全体居民人均可支配收入⟦42120元⟧，增长6.3%。');
  const f = at(findingsOf(HEAD + '城镇居民人均可支配收入41230元；农村居民人均可支配收入17650元；全体居民人均可支配收入42120元。', CODE), 0);
  assert.match(f.message.zh, /隐含城镇人口权重 1\.038/);
});

test('per-capita levels: 全体 outside [农村, 城镇] last year, from the levels and growth rates', () => {
  // Last year: urban 21230 ÷ 1.021 = 20793, rural 20650 ÷ 1.012 = 20405, all 21000 ÷ 1.032 = 20349.
  // The growth 3.2 % is within 1.2 %…2.1 % + 1 point, so only the levels show it.
  flags(HEAD + '城镇居民人均可支配收入21230元，增长2.1%；农村居民人均可支配收入20650元，增长1.2%；全体居民人均可支配收入21000元，增长⟦3.2%⟧。');
  // With 2.9 % (last year 20408) it is possible.
  flags(HEAD + '城镇居民人均可支配收入21230元，增长2.1%；农村居民人均可支配收入20650元，增长1.2%；全体居民人均可支配收入21000元，增长2.9%。');
});

test('per-capita levels: consistent weights and rounding are not flagged', () => {
  // w = (30120 − 17650) ÷ (41230 − 17650) = 0.53 this year; last year 28336 within [16465, 39230].
  flags(HEAD + '城镇居民人均可支配收入41230元，增长5.1%；农村居民人均可支配收入17650元，增长7.2%；全体居民人均可支配收入30120元，增长6.3%。');
  // 全体 equal to 城镇 (an almost urban county) is the edge w = 1, still possible.
  flags(HEAD + '城镇居民人均可支配收入41230元；农村居民人均可支配收入17650元；全体居民人均可支配收入41230元。');
  // 全体 slightly above 城镇 in 万元 is within the rounding of 4.1万元.
  flags(HEAD + '城镇居民人均可支配收入4.1万元；农村居民人均可支配收入1.8万元；全体居民人均可支配收入41400元。');
  // Levels of different years are not compared.
  flags(HEAD + '城镇居民人均可支配收入41230元；农村居民人均可支配收入17650元。2021年全体居民人均可支配收入42120元。');
});
