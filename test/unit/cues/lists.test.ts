import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beforeRespectively, boundsItemName, hasRespectively, isListGap, respectivelyInClause, measureAfterRespectively, continuesItem, LIST_SUM, newStatementAt, opensExistential, COUNTED_SUM, COUNTED_GROUP, MEASURE_VERB, sameVerbKinds, selectsParts, restatesPlan, spanEnd, opensHandledStage, JOINED_LIST_SUM, joinsListItems, addsToClauseBefore, ADDED_SUM, sameAllocationVerb } from '../../../server/src/analysis/cues/lists';

/** text between two figures → whether they form one list. */
const GAPS: [string, boolean][] = [
  ['、', true],
  ['和', true],
  ['及', true],
  ['与', true],
  [' 、 ', true],
  ['', true],
  ['，', false],
  ['，增长', false],
  ['；', false],
];

test('cues/lists: what joins the figures of one list', () => {
  for (const [gap, expected] of GAPS) assert.equal(isListGap(gap), expected, JSON.stringify(gap));
});

test('cues/lists: 分别 splits the subjects from the figures', () => {
  assert.equal(beforeRespectively('一、二、三产业增加值分别'), '一、二、三产业增加值');
  assert.equal(hasRespectively('，分别增长'), true);
  assert.equal(hasRespectively('，增长'), false);
});

test('分别 in the clause before a figure: a list of rates, unless a clause mark closes it', () => {
  const cases: [string, boolean][] = [
    ['两项收入分别完成年度计划的', true],
    ['分别为', true],
    ['分别增长6%，完成计划的', false],
    ['完成年度计划的', false],
  ];
  for (const [before, want] of cases) assert.equal(respectivelyInClause(before), want, before);
});

test('the measure named after 分别', () => {
  const cases: [string, string][] = [
    ['三次产业分别完成投资', '投资'],
    ['三次产业分别实现增加值', '增加值'],
    ['一、二、三产业分别为', ''],
    ['三次产业分别增长', ''],
    ['三次产业分别占', ''],
    ['城乡居民人均可支配收入分别达到', ''],
  ];
  for (const [pre, expected] of cases) assert.equal(measureAfterRespectively(pre), expected, pre);
});

test('a clause that continues the item before it, not a new item of a list', () => {
  const cases: [string, boolean][] = [
    ['', true],
    ['比上年增加', true],
    ['占', true],
    ['增长', true],
    ['同比下降', true],
    ['其中城镇人口', true],
    ['按年減幅為', true], // Macao's and Hong Kong's releases
    ['較上季上升', true],
    ['年增', true],
    ['減少', true],
    ['城镇人口', false],
    ['男性', false],
    ['夏粮', false],
  ];
  for (const [head, want] of cases) assert.equal(continuesItem(head), want, head);
});

test('the sum word closing a list, right after the last item', () => {
  for (const t of ['增设发酵池3.2万元；共计', '，合计', '；总计为', '， 共計', '，可用财力安排合计', '，以上合计', '，总计下达', '，合计安排']) assert.ok(LIST_SUM.test(t), t);
  for (const t of ['共计', '全年共计', '项目总计', '；累计', '，支出合计', '，两项合计']) assert.equal(LIST_SUM.test(t), false, t);
});

test('a list item opened by the existential 有', () => {
  for (const l of ['有营业面积超过50平方米以上的综合商店或超市', '，有高新技术企业']) assert.ok(opensExistential(l), l);
  for (const l of ['规模以上', '拥有床位', '其中有']) assert.equal(opensExistential(l), false, l);
});

test('an age bound names the item after it', () => {
  const text = '；18岁以下8365人；19—35岁11407人；60岁及以上624人；年龄30岁，工龄5年';
  const endOf = (s: string) => text.indexOf(s) + s.length;
  assert.equal(boundsItemName(text, endOf('18岁'), undefined), true);
  assert.equal(boundsItemName(text, endOf('19'), undefined), true);
  assert.equal(boundsItemName(text, endOf('60岁'), undefined), true);
  // An age run straight onto the count (`35岁11407人`).
  assert.equal(boundsItemName(text, endOf('35岁'), endOf('35岁')), true);
  assert.equal(boundsItemName(text, endOf('30岁'), endOf('30岁') + 3), false);
});

test('a clause opened by 同时, 此外 or 另外 ends a list', () => {
  const at = (t: string) => newStatementAt(t, 0, t.length);
  assert.equal(at('其中6个项目收尾，2个在建，同时新增项目40个'), '其中6个项目收尾，2个在建'.length);
  assert.equal(at('其中A；此外，B'), 3);
  assert.equal(at('其中A，另外B'), 3);
  assert.equal(at('其中A，随着项目落地，B'), 3); // a clause of cause
  for (const t of ['其中同时开工项目5个', '其中A，B，C']) assert.equal(at(t), undefined, t);
});

test('a counted group summed (`六个行业合计`, `五项合计`)', () => {
  const cases: [string, string | undefined][] = [
    ['六个行业合计实现地方税收', '六'],
    ['以上5项合计', '5'],
    ['三大产业共计', '三'],
    ['全年合计', undefined],
  ];
  for (const [text, count] of cases) assert.equal(COUNTED_SUM.exec(text)?.[1], count, text);
});

test('one product verb before two kinds of one thing names two items of one list', () => {
  const cases: [string, string, boolean][] = [
    ['产甘蔗糖', '产甜菜糖', true],
    ['销售甘蔗糖', '销售甜菜糖', true],
    ['种植早稻', '种植晚稻', true],
    ['产甘蔗糖', '销售甜菜糖', false], // two verbs: produced and sold
    ['生产白酒', '生产啤酒', true],
    ['生产白酒', '生产设备', false], // kinds of no one thing
    ['产糖', '产酒', false], // a bare character after the verb names no kind
    ['销售额', '销售量', false],
  ];
  for (const [a, b, want] of cases) assert.equal(sameVerbKinds(a, b), want, `${a} / ${b}`);
});

test('selectsParts: a list after a total\'s colon that names a selection, not the whole breakdown', () => {
  const rows: [string, boolean][] = [
    ['：河蟹养殖面积160万亩；淡水养殖面积35万亩；海水养殖面积12万亩', false],
    ['：一般公共预算收入8.2亿元；政府性基金收入3.1亿元', false],
    ['：其中工业投资30亿元；服务业投资12亿元', true],
    ['：主要是工业投资30亿元；服务业投资12亿元', true],
    ['：亿元以上项目30亿元；5000万元以上项目12亿元', true],
    ['：工业、交通等项目30亿元；民生项目12亿元', true],
    ['：工业投资30亿元（含技改8亿元）；服务业投资12亿元', true],
  ];
  for (const [list, selection] of rows) assert.equal(selectsParts(list), selection, list);
});

test('restatesPlan: an item that names the plan the total is measured against', () => {
  for (const l of ['，是省林业厅下达任务', '，为年度计划', '，完成市下达目标任务']) assert.ok(restatesPlan(l), l);
  for (const l of ['，封山育林', '，计划外造林', '，是人工造林']) assert.equal(restatesPlan(l), false, l);
});

test('spanEnd: the two ends of a span of values', () => {
  assert.ok(spanEnd('等情况，从', '元到950元主要分为'));
  assert.ok(spanEnd('情况，从300元到', '元主要分为3个档次'));
  assert.ok(spanEnd('标准由', '元至800元不等'));
  assert.equal(spanEnd('收入从', '亿元增加到'), false);
  assert.equal(spanEnd('农业总产值由43.4亿元增加到', '亿元，'), false);
  assert.equal(spanEnd('其中农业', '亿元，'), false);
});

test('opensHandledStage: a later step of handling the same items', () => {
  for (const l of ['，已审核', '，已发放', '，均已办结']) assert.ok(opensHandledStage(l), l);
  for (const l of ['，三孩及以上', '，已婚育龄妇女']) assert.equal(opensHandledStage(l), false, l);
});

test('COUNTED_GROUP: a fixed set of N named with 大; MEASURE_VERB: the verb before a measure', () => {
  const cases: [string, string | undefined][] = [
    ['五大特色产业实现产值', '五'],
    ['全市三大主导产业完成产值', '三'],
    ['4大产业集群', '4'],
    ['三大攻坚战', undefined],
    ['五个产业', undefined],
  ];
  for (const [text, count] of cases) assert.equal(COUNTED_GROUP.exec(text)?.[1], count, text);
  assert.equal('实现产值'.replace(MEASURE_VERB, ''), '产值');
  assert.equal('累计完成投资'.replace(MEASURE_VERB, ''), '投资');
});

test('cues/lists: the sum after items joined in one clause (，總額 / ，合计), and the gap between two joined items', () => {
  for (const t of ['，總額', '，总额为', ',合计', '，以上共计']) assert.ok(JOINED_LIST_SUM.test(t), t);
  for (const t of ['總額', '，总额度', '，年末总额']) assert.equal(JOINED_LIST_SUM.test(t), false, t);
  for (const g of ['億元、一般性補助款', '億元及計畫型補助款（含回饋金）', '万元和乙项']) assert.ok(joinsListItems(g.replace(/^[億万]元/, '')), g);
  for (const g of ['，一般性補助款', '；乙项', '']) assert.equal(joinsListItems(g), false, g);
});


test('addsToClauseBefore: a clause opening with 加上 adds to the clause before it (s48)', () => {
  const cases: [string, boolean][] = [
    ['加上2009年结转收入643842万元', true],
    ['，再加上上年结余120万元', true],
    ['中央财政收缴公益金2477331万元', false],
    ['增加上年结转资金', false],
  ];
  for (const [clause, want] of cases) assert.equal(addsToClauseBefore(clause), want, clause);
});

test('cues/lists: a bare 共 closing a clause 加上 opened sums the two (s49)', () => {
  for (const t of ['，共', '，共为', '，一共', ', 总共']) assert.ok(ADDED_SUM.test(t), t);
  for (const t of ['，共有', '，共计完成', '共', '，公共']) assert.equal(ADDED_SUM.test(t), false, t);
});

test('cues/lists: the same allocation verb before two recipients (分配给A…；分配给B…) opens two shares of one amount (s49)', () => {
  assert.ok(sameAllocationVerb('分配给全国社保基金理事会', '分配给民政部'));
  assert.ok(sameAllocationVerb('拨付给甲县', '拨付给乙县'));
  assert.equal(sameAllocationVerb('分配给民政部', '拨付给乙县'), false); // two verbs
  assert.equal(sameAllocationVerb('分配给民政部', '分配给民政部'), false); // one recipient twice
  assert.equal(sameAllocationVerb('分配', '分配给民政部'), false);
});
