// What an amount measures, read from the head noun that ends its name: `一般公共预算收入` and
// `税收收入` both measure revenue, `肉类总产量` and `禽肉产量` output, `建筑业总产值` and `合同额`
// two different things. Chinese compound names are head-final, so the measure is the tail.
//
// sum-mismatch asks this before it calls a lone 其中 part above its total a contradiction: when
// the part names a measure of its own that is not the total's, the engine has probably paired the
// part with the wrong total (a figure named in passing, a plan, a sibling), and it does not claim
// more than it can know. Adding a phrasing is one row here plus one case in
// test/unit/cues/measures.test.ts.

/** Head nouns, longest first within a row; each row is one measure. Traditional forms included. */
// Funds (`调入资金`, `地方配套`, `补助`) name no measure: a budget counts them among its revenue,
// its spending or an investment alike, so they are absent here on purpose.
const MEASURES: readonly (readonly [string, RegExp])[] = [
  ['零售额', /零售[总總]?[额額]$/],
  ['销售额', /[销銷]售[总總]?[额額]$/],
  ['营业额', /[营營][业業][额額]$/],
  ['合同额', /合同[额額]$/],
  ['成交额', /(?:成交|交易)[额額]$/],
  ['增加值', /增加值$/],
  // Sales output and delivery for export are measured apart from output itself (产销率 relates them).
  ['销售产值', /[销銷]售[产產]值$/],
  ['出口交货值', /交[货貨]值$/],
  ['产值', /[产產]值$/],
  ['产量', /(?:[产產]量|[总總][产產])$/],
  ['投资', /投[资資]$/],
  ['存款', /存款(?:余[额額]|餘[額额])?$/],
  ['贷款', /[贷貸]款(?:余[额額]|餘[額额])?$/],
  ['支出', /(?:支出|开支|[经經][费費])$/],
  // Revenue: 收入, and taxes and fees named by themselves (增值税, 非税, 规费).
  ['收入', /(?:收入|[税稅]收|[税稅]|[规規][费費]|收[费費])$/],
  ['利润', /(?:利[润潤]|利[税稅])$/],
  // What a government may spend in a year (`可用财力`, `综合财力`): revenue plus transfers, no kind of revenue.
  ['财力', /[财財]力$/],
  ['进出口', /(?:[进進]出口|[进進]口|出口)(?:[总總]?[额額]|[总總][值])?$/],
  ['面积', /面[积積]$/],
  ['用电量', /[电電]量$/],
  // What a port or an airport handles (`港口货物吞吐量`, `旅客吞吐量`) is no part of what is carried (`货运量`, `客运量`).
  ['吞吐量', /吞吐量$/],
  ['运量', /(?:[运運]量|周[转轉]量)$/],
  ['人口', /(?:人口|人[数數]|人[员員])$/],
  // A balance sheet's three (`资产总额`, `负债总额`, `所有者权益总额`): stocks, none a part of another, and no flow
  // (`其中：国有资本权益总额A；营业总收入B` lists indicators of a state-assets report, not parts of its equity).
  ['权益', /(?:[权權]益|[净淨凈][资資][产產])$/],
  ['负债', /[负負][债債]$/],
  ['资产', /[资資][产產]$/],
  // Livestock on hand at the year's end and livestock sold in the year (`存栏` / `出栏`): a stock and a flow.
  ['存栏', /存[栏欄](?:[量数數])?$/],
  ['出栏', /出[栏欄](?:[量数數])?$/],
];

/** Total and verb words after the head (`收入合计`, `投资完成`): dropped before the head is read. */
const TRAILING: readonly string[] = ['总额', '總額', '总量', '總量', '总计', '總計', '合计', '合計', '总数', '總數', '累计', '累計', '共计', '共計', '完成', '实现', '實現', '达到', '達到', '为', '為', '预计', '預計', '安排', '实际', '實際', '达', '達'];

function withoutTrailing(name: string): string {
  let rest = name;
  for (let found = true; found; ) {
    found = false;
    for (const word of TRAILING) {
      if (rest.length > word.length && rest.endsWith(word)) {
        rest = rest.slice(0, -word.length);
        found = true;
      }
    }
  }
  return rest;
}

/** Punctuation and spaces around a label as the partition reader cut it (`，猪肉产量`). */
const EDGES = /^[\s\u3000，,；;：:、（(）)]+|[\s\u3000，,；;：:、（(）)]+$/g;

/** The measure a name ends in (`禽肉产量` → 产量), or undefined when its tail is no known measure. */
export function measureOf(name: string): string | undefined {
  const bare = name.replace(EDGES, '');
  for (const form of [bare, withoutTrailing(bare)]) {
    for (const [measure, re] of MEASURES) if (re.test(form)) return measure;
  }
  return undefined;
}

/**
 * True when `short` names `full` without its measure word (`体育服务业` for `体育服务业增加值`): a share of
 * `占体育服务业比重` under that total is a share of it.
 */
export function namesWithoutMeasure(short: string, full: string): boolean {
  if (short.length < 3 || !full.startsWith(short) || measureOf(short) !== undefined) return false;
  const rest = full.slice(short.length);
  return rest.length <= 3 && measureOf(rest) !== undefined && measureOf(rest) === measureOf(full);
}

/**
 * True when a part may be a part of the total as far as their names tell: either names no
 * measure (`城镇`, `县本级`, `调入资金`: the part inherits the total's, or the total is a fund that
 * any budget line may feed), or both name the same one. False only when they name two different
 * measures (`合同额` under `产值`, `税收收入` under `支出`).
 */
export function sameMeasure(totalName: string, partName: string): boolean {
  const part = measureOf(partName);
  const total = measureOf(totalName);
  return part === undefined || total === undefined || part === total;
}

/**
 * Positive evidence from the names alone that a part belongs to a total: both name the same known
 * measure (`禽肉产量` under `肉类总产量`), or, for names without one, a common head character or a
 * common two-character word (`国家级示范社` under `农民专业合作社`, `村卫生室` under `医疗卫生机构`).
 */
export function namesRelate(totalName: string, partName: string): boolean {
  const a = totalName.replace(EDGES, '');
  const b = partName.replace(EDGES, '');
  const m = measureOf(b);
  if (m !== undefined) return m === measureOf(a);
  if (a.length === 0 || b.length === 0) return false;
  if (a[a.length - 1] === b[b.length - 1]) return true;
  for (let i = 0; i + 2 <= b.length; i++) if (a.includes(b.slice(i, i + 2))) return true;
  return false;
}

/**
 * Sizes that do not add up (`覆盖半径25公里，其中广播覆盖半径35公里`, `平均海拔`): a radius, a distance, a
 * height or a depth is no total of parts however a sentence words it, even under 其中.
 */
// (高度, 深度 and 宽度 only as the measure a name ends in: `深度治理投资`, `深度贫困县`, `高度重视` are no sizes.)
// (Prices, `产地收购价格为每公斤47元` / `其中…每公斤52元`: a price per unit is no sum of the prices of parts.)
// (A rate per unit, `每亩每年补偿标准5元`, `补助标准`: the amount paid for each, no sum of parts.)
// (A yield per mu, `粮食亩产303公斤，其中夏粮亩产252公斤`: an average over the area, no sum of the seasons' yields.)
// (A stock per hectare, `乔木林每公顷蓄积52.88立方米，其中国有乔木林每公顷蓄积66.08立方米`: an average again.)
const NON_ADDITIVE = /半径|半徑|直径|直徑|距离|距離|海拔|高程|坡度|[标標]准(?:[为為是]|[达達]到?|提高到|提高至)?$|(?:高度|深度|宽度|寬度)(?:[为為]|[达達]|约|約)?$|(?:价格|價格|单价|單價|均价|均價|售价|售價|收购价|收購價|批发价|批發價)(?:[为為是]|[达達]到?)?(?:每(?:公斤|千克|斤|吨|噸|头|頭|只|件|平方米|立方米))?$|每(?:公斤|千克|斤|吨|噸|头|頭|只|平方米|立方米)$|(?:[亩畝]产|[亩畝]產|[单單][产產]|[单單]位面[积積][产產]量)(?:[为為是]|[达達]到?|约|約)?$|每(?:公顷|公頃|亩|畝|平方公里|平方米)(?:[\u4e00-\u9fff]{1,6})$/;

export function nonAdditive(name: string): boolean {
  return NON_ADDITIVE.test(name);
}

/**
 * Two counted things with different head nouns after one stem (`充电桩31523个，其中充电枪38037个`: a charging
 * post may carry several guns): the last character of each name, the head of a Chinese compound, is
 * absent from the other, and the two characters before it are the same. A kind named with a head of its own (`学校…，其中小学…`) keeps the whole's head in its name
 * (小学 has 学), and is not caught.
 */
export function otherCountedThing(totalName: string, partName: string): boolean {
  const t = totalName.replace(/[^\u4e00-\u9fff]+$/, '').replace(/(?:[为為共]|[达達]到?|约|約)+$/, '');
  const p = partName.replace(/[^\u4e00-\u9fff]+$/, '').replace(/(?:[为為共]|[达達]到?|约|約)+$/, '');
  const th = t[t.length - 1];
  const ph = p[p.length - 1];
  // Only two heads after one stem (充电|桩, 充电|枪): a kind of the whole may have a head of its own
  // (`医疗卫生机构…，其中村卫生室…`: a village clinic is a health institution).
  const stem = (s: string): string => s.slice(-3, -1);
  return th !== undefined && ph !== undefined && !p.includes(th) && !t.includes(ph) && stem(t).length === 2 && stem(t) === stem(p);
}

/**
 * Gross assets or liabilities (`资产总额`, `负债总计`, `总资产`): a group's figure is consolidated, its members'
 * claims on one another netted out, so its members' own figures may add up to more than it (`养老基金资产总额T，
 * 其中：地方养老基金资产总额A…；风险基金资产总额B…`, A + B > T). Equity (权益, 净资产) is not netted and adds up.
 */
const GROSS_BALANCE = /(?:[资資][产產]|[负負][债債])(?:总额|總額|总计|總計|合计|合計|规模|規模)(?:[为為]|[达達]到?|约|約)?$|^(?:[^净淨]*)[总總](?:[资資][产產]|[负負][债債])(?:[为為]|[达達]到?|约|約)?$/;

export function grossBalance(name: string): boolean {
  return GROSS_BALANCE.test(name.replace(/[\s\u3000]+$/, ''));
}

/**
 * The cover an insurer carries (`保险金额11692968亿元`, `提供风险保障1.2万亿元`): sums insured stand many thousand
 * times the premiums and claims paid on them by nature, so they set no scale for a text's other amounts.
 */
const SUMS_INSURED = /(?:保险金额|保險金額|保额|保額|风险保障|風險保障|承保金额|承保金額)[^；;。\d]{0,10}$/;

/** True when the words right before an amount name it a sum insured. */
export function namesSumsInsured(wordsBefore: string): boolean {
  return SUMS_INSURED.test(wordsBefore);
}
