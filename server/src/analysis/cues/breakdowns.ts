// Breakdown cues: the words that announce parts of a total.
//   其中 (a subset: the parts need not cover the total), 分N类 / 分N个领域 (N parts announced),
//   分别 (a list, one value per subject), 按…分 / 分产业看 (a breakdown of an earlier total),
//   包括A、B、其他C (a list closed by a remainder), 其余 (the remainder of a 其中 list),
//   and the complete families (一/二/三产业, 城镇/农村, 政府/社会投资, 新建/续建, 出口/进口, 男/女 …) whose
//   members always cover their total.
// Each family is a table or one pattern plus a small function; adding a phrasing is one row
// plus one case in test/unit/cues/breakdowns.test.ts.

import { memoOfText } from '../memo';
import { parseCnNumeral } from '../quantities';

/** The subset word. */
export const SUBSET_WORD = '其中';
/** A text that opens with 其中 (blank before it allowed): the breakdown of what stands before it. */
const OPENS_SUBSET = /^[\s\u3000]*其中/;
/** `其中：` with its colon: an explicit list of parts. */
const SUBSET_LIST = /^其中[：:]/;
/**
 * A sentence that goes on breaking down the figures of the sentence before it: 其中, or a sector
 * breakdown (`分产业看`, `按产业分`). Narrower than opensBreakdown: a `按…分` of another dimension
 * starts a breakdown of its own and carries no subject over.
 */
const CONTINUES_BREAKDOWN = /^[\s\u3000]*(其中|分产业看|分产业|按产业分|按产业划分|从产业看|分三次产业看)/;

/** True when the text opens with 其中. */
export function opensSubset(text: string): boolean {
  return OPENS_SUBSET.test(text);
}

/** True when the text (a label, the words before a figure) names 其中 anywhere. */
export function namesSubset(text: string): boolean {
  return text.includes(SUBSET_WORD);
}

/** True when `其中：` (with its colon) stands at the start of the text: an explicit list. */
export function opensSubsetList(text: string): boolean {
  return SUBSET_LIST.test(text);
}

/** A table row label without its leading `其中：` (`其中：夏粮` names 夏粮; `當中，` as Hong Kong and Macao write it). */
export function withoutSubsetLead(label: string): string {
  return label.replace(/^[\s\u3000]*(?:其中[：:]?|[当當]中[，,：:])/, '').trim();
}

/**
 * `…投資收入3310億元。當中，債券投資收益1422億元；…`: Hong Kong and Macao open a breakdown with 當中 (当中) as the
 * mainland does with 其中, at the start of a sentence or clause and followed by a mark. The text with each such
 * 當中 read as 其中, the same length, so that offsets stay (`在进出口企业当中` is no opener: no mark before it).
 */
// (Macao's releases run on into the first name after a comma or a semicolon, `…951,079人次，当中珠海市( 248,712人次 )…`,
// `…总值124.1亿元；当中住宅楼花买卖…`; never 当 + a word
// of its own, `当中央…`, `当中国…`, `当中小企业…`.)
// (Nor at a sentence's start: `…至247億元。當中涉及一手市場…`, as the monetary authority writes it.)
const SUBSET_ALIAS = /(^|[。；;，,\s\u3000])[当當]中(?=[，,：:]|(?<=(?:^|[。，,；;])[当當]中)(?![央国國心期旬小西东東南北层層等长長间間华華老学學医醫])[\u4e00-\u9fff])/g;

export function withSubsetAliases(text: string): string {
  return text.includes('中') && /[当當]中/.test(text) ? text.replace(SUBSET_ALIAS, '$1其中') : text;
}

/** The words before a part that give it no name: a bare 其中 (当中) with its mark, or nothing (`其中2400万元由…`). */
const BARE_SUBSET = /^(?:其中|[当當]中)?[：:，,]?$/;

/** True when the words before a part (its clause, up to the figure) give it no name of its own. */
export function namesNoPart(words: string): boolean {
  return BARE_SUBSET.test(words);
}

/** A bracket that says what the figure before it holds (`（含…`, `（包括…`, `（其中…`). */
const HOLDING_BRACKET = /^[ \u3000]*[（(][ \u3000]*(?:含|包括|包含|其中)/;

/** True when the text (right after a total) opens a bracket of what the total holds. */
export function opensHoldingBracket(text: string): boolean {
  return HOLDING_BRACKET.test(text);
}

/** True when a sentence continues the breakdown of the sentence before it (see CONTINUES_BREAKDOWN). */
export function continuesBreakdown(text: string): boolean {
  return CONTINUES_BREAKDOWN.test(text);
}

/** Payers named before 分别 and a verb of bearing a cost (`公务预算及作业基金分别负担`). */
const COST_SHARED = /([^，,；;。：:（）()\d]{2,40}?)分[别別](?:负担|負擔|分担|分擔|承担|承擔|支应|支應|出资|出資)$/;

/**
 * How many payers share a cost (`总经费68亿元，公务预算及作业基金分别负担66.5亿元及1.5亿元` → 2): the payers named
 * before 分别 and a verb of bearing it; undefined when the label names no such thing. Between them they bear the
 * whole cost, so a list of as many amounts is complete.
 */
export function payersSharingCost(label: string): number | undefined {
  const m = COST_SHARED.exec(label.replace(/^[\s\u3000，,]+/, ''));
  if (m === null) return undefined;
  const payers = (m[1] ?? '').split(/[、及和与與]|以及/).filter((x) => x.trim() !== '');
  return payers.length >= 2 ? payers.length : undefined;
}

/** The distributive word (`分别实现42.9亿元、33.8亿元`). */
export const RESPECTIVELY_WORD = '分别';

/**
 * A change, not a level: `增长3亿元`, `比上年增加2.3亿元`. Such a figure is never a part nor the
 * part of a share. (`节约资金1.7亿元` is still a level.)
 */
// `较上年增加支出3.52亿元`, `比上年净增支出1.6亿元`: the change with the amount it changes named after it
// (`调增支出5120万元` is an adjustment: an item of the budget's change, read as a level).
// (`比基金按比例多支出20.3亿元`: more or less spent than something is a difference as well; so is the amount
// ahead of schedule, `超年进度7824万吨`.)
// (`比上榨季多产糖45万吨`, `少榨6.5万吨`, `多销0.3万吨`: more or less produced, crushed or sold than before.)
// (`比去年161.44元上涨34.43元`, `下跌`, `回落`: a price's or rate's change.)
// (`比预算超收19.2亿元`, `短收`, `超支`: revenue or spending beyond or short of the budget.)
// (`超过去年同期水平18.3万吨`: what lies beyond, or is, last year's level — no figure of this period's own.)
// (`比去年同期A多完成B`: more done than the base.)
const CHANGE_BEFORE = /((?<![至最])[多少](?:产|產|销|銷|榨|售|卖|賣|购|購)[^\d\s，,；;。、]?$|(?<![至最])[多少](?:完成|实现|實現)$|超(?:年|月|季|计划|計劃)?进度|序时进度|(?:增加|减少|[多少]|(?<![调調新])[增减])(?:支出|收入)|超收|短收|超支|增长|增加|减少|下降|提高|降低|上升|上涨|上漲|下跌|回落|下滑|增收|减收|增支|减支|增|减|多出|多|少|同期(?:水平|纪录|記錄|记录))[了约近超达]?$/;

/** True when the few characters before a figure (`text` up to it) make it a change. */
export function changeBefore(textBefore: string): boolean {
  return CHANGE_BEFORE.test(textBefore.slice(-4).replace(/\s+/g, ''));
}

/**
 * Known complete families. `sameRest`: the labels must differ only by the member word
 * (城镇居民… / 农村居民…, 政府性投资 / 社会性投资), so that `城市更新领域` and `乡村振兴领域` are
 * not taken for 城镇/农村.
 */
/**
 * `closed`: a classification whose lists name only the classes present (a county with no city, no
 * airport): any two or more distinct members, under a total that `only` names, make up that total.
 */
/** A count of students or graduates (`毕业生`, `招收研究生`, `在校生`, `签约`): the totals levels of study make up. */
const STUDENT_COUNT = /[毕畢][业業]|学生|學生|生$|招生|招收|在校|在学|在學|[签簽]约|[签簽]約|就[业業]/;

// restInTotal: the family makes up only a total whose name holds what its members are (公立医院 and 民营医院
// make up 医院, not all 医疗卫生机构).
// wholeOnly: the family says something only when all its members are named; its member words are too common
// (农业, 工业, 政府, 一般) for some of them to mark a partial family or the next member of one.
const FAMILIES: { name: string; members: RegExp[]; sameRest: boolean; total?: RegExp; notUnder?: RegExp; only?: RegExp; closed?: true; restInTotal?: true; wholeOnly?: true }[] = [
  // Members carry their traditional forms too (產業, 鎮, 農, 鄉, 稅, 糧, 飲, 進, 續).
  {
    name: '一/二/三产业',
    members: [/第?一[产產](?:[业業])?/, /第?二[产產](?:[业業])?/, /第?三[产產](?:[业業])?/],
    sameRest: false,
    // The sectors break down GDP whatever the total's exact wording (`地区生产总值总量`).
    total: /生[产產]总值|生[产產]總值|GDP/,
    // Electricity, energy and water used count the households besides the three sectors (`全社会用电量 = 一产 + 二产
    // + 三产 + 城乡居民生活用电`): the sectors alone are no complete set there.
    notUnder: /用[电電]|[电電]量|售[电電]|能源消[费費]|能耗|用水|供水|用气|用氣/,
  },
  // (`农村信用社…；城市信用社…；城市商业银行…`: banks named for town or country, no residence classes.)
  {
    name: '城镇/农村',
    members: [/(?:城[镇鎮](?:以上)?|城市)(?![信商合][用业業作]|[银銀]行)/, /(?:[农農]村|[乡鄉]村)(?![信商合][用业業作]|[银銀]行)/],
    sameRest: true,
  },
  { name: '政府/社会', members: [/政府/, /社会|社會|民间|民間/], sameRest: true },
  // (Projects signed or courted, `新签约招引项目`, are no projects under way: the started and the continued are
  // not theirs.)
  { name: '新建/续建', members: [/新建|新开工|新開工/, /[续續]建/], sameRest: false, notUnder: /[签簽][约約]|招引|招商|储备|儲備|谋划|謀劃/ },
  { name: '出口/进口', members: [/出口/, /[进進]口/], sameRest: true },
  // A port's throughput by kind of port: sea ports and river ports (`港口货物吞吐量A，其中，海港B，河港C`).
  { name: '海港/河港', members: [/海港/, /河港|内河港|內河港/], sameRest: true, total: /吞吐/ },
  // A life insurer's premiums: first-year and renewal (`保費收入A。其中初年度保費收入B…；續年度保費收入C`), and by
  // product, traditional and investment-linked (`傳統型商品保費收入A…；投資型保險商品保費收入B`).
  { name: '初年度/续年度保费', members: [/初年度/, /[续續]年度/], sameRest: false, total: /保[费費]/, only: /保[费費]/ },
  { name: '传统型/投资型保费', members: [/[传傳][统統]型/, /投[资資]型/], sameRest: false, total: /保[费費]|新契[约約]/, only: /保[费費]|新契[约約]/ },
  // The bond market's custody by where bonds are held (`债券市场托管余额A。其中，银行间市场托管余额B，交易所市场托管余额C`), and
  // the interbank money market's trading by instrument (`银行间货币市场成交共计A。其中，质押式回购成交B；买断式回购成交C；
  // 同业拆借成交D`): the central bank's monthly release states each whole so.
  { name: '银行间/交易所市场', members: [/[银銀]行[间間](?:债券)?市场|[银銀]行[间間](?:债券)?市場/, /交易所(?:债券)?市[场場]/], sameRest: true, total: /托管余[额額]|托管餘[额額]/, only: /托管余[额額]|托管餘[额額]/ },
  { name: '质押式回购/买断式回购/同业拆借', members: [/[质質]押式回[购購]/, /[买買]断式回[购購]|[买買]斷式回[购購]/, /同[业業]拆借/], sameRest: false, total: /[货貨][币幣]市[场場]/, only: /[货貨][币幣]市[场場]/ },
  // A securities dealer's net buying, Taiwan's daily market report: its own trading and its hedging
  // (`自營商（合計）買超A，其中自營商自行買賣方面，買超B；避險部分，買超C`).
  { name: '自行买卖/避险', members: [/自行[买買][卖賣]/, /避[险險]/], sameRest: false, total: /自[营營]商/, only: /自[营營]商/ },
  // Travellers into and out of the capital (`进出京客运量A。其中，出京B，进京C`).
  { name: '进京/出京', members: [/[进進]京/, /出京/], sameRest: true },
  // …or of an island across its strait (`进出岛客流量A。进岛客流量B；出岛客流量C`).
  { name: '进岛/出岛', members: [/[进進](?:岛|島)/, /出(?:岛|島)/], sameRest: true },
  // Water investment by project class: the major projects and the general (面上) ones make up all of it.
  { name: '重大项目/面上项目', members: [/重大(?:水利)?(?:项目|項目|工程)/, /面上(?:水利)?(?:项目|項目|工程)/], sameRest: false },
  // A company's operating expenses: selling, administrative and research costs (`營業費用A，研發支出B、推銷費用C、管理費用D`).
  { name: '推销/管理/研发费用', members: [/推[销銷]|[销銷]售[费費]用/, /管理[费費]用/, /研[发發]/], sameRest: false, total: /[营營][业業][费費]用/, only: /[营營][业業][费費]用/ },
  // A government's debt by term: long-term and short-term make up all of it (`債務為A，長期債務為B、短期債務C`). (Loans are
  // no such pair: bill financing stands beside short and medium-to-long-term loans.)
  { name: '长期/短期债务', members: [/(?<![中])[长長]期/, /短期/], sameRest: true, total: /[债債][务務]/, only: /[债債][务務]/ },
  // Money raised or sold online and offline (`筹款A，其中线上B、线下C`): the two channels are all of it.
  { name: '线上/线下', members: [/[线線]上/, /[线線]下/], sameRest: true },
  // A bank's net revenue by its three sources: net interest, net fees and commissions, investment and other.
  { name: '利息/手续费/投资及其他净收益', members: [/利息/, /手[续續]费|手[續续]費/, /(?:投[资資](?:及|和|与|與)?)?其他/], sameRest: false, total: /[净淨]收益|[总總]收入|[营營]业收入|[營营]業收入|[获獲]利[来來]源/, only: /[净淨]收益|[总總]收入|[营營]业收入|[營营]業收入|[获獲]利[来來]源/ },
  // Taiwan's three major institutional investors (三大法人): foreign investors, investment trusts, dealers.
  { name: '外资/投信/自营商', members: [/外[资資]/, /投信/, /自[营營]商/], sameRest: false, total: /三大法人/, only: /三大法人/ },
  // Goods or passengers through a port, arriving and leaving (`抵港港口货品…离港港口货品`): the throughput is both ways.
  { name: '抵港/离港', members: [/抵港|到港|[进進]港|入港/, /[离離]港|出港/], sameRest: true, total: /吞吐|[货貨]物|[货貨]品|旅客|客运|客運|航班|[货貨][柜櫃]|集装箱|集裝箱/ },
  // Taiwan's farm-disaster reports: the private facilities lost are farmland washed away or buried, farm facilities,
  // livestock facilities and fishery facilities (`民間設施損失A。其中，農田流失及埋沒B…。農業設施損失C…`).
  {
    name: '農田流失及埋沒/農業設施/畜禽設施/漁業設施',
    members: [/[农農]田(?:流失|埋[没沒])/, /[农農][业業]設施|[农農][业業]设施/, /[畜禽]{2}設施|[畜禽]{2}设施|畜牧設施|畜牧设施/, /[渔漁][业業]設施|[渔漁][业業]设施/],
    sameRest: false,
    total: /民[间間](?:設施|设施)/,
    only: /民[间間](?:設施|设施)/,
  },
  // The same reports' whole: crops, livestock, fishery products and the private facilities make up the farm losses
  // (`農業產物及民間設施損失共計A，其中農產損失B，…畜產損失C，…漁產損失D，…民間設施損失E`).
  {
    name: '農產/畜產/漁產/民間設施',
    members: [/[农農](?:產|产)(?:損失|损失|品)?/, /畜(?:產|产)/, /[渔漁](?:產|产)/, /民[间間](?:設施|设施)/],
    sameRest: false,
    total: /[农農][业業](?:產物|产物)?(?:及民[间間](?:設施|设施))?(?:損失|损失)|[农農](?:損|损)/,
    only: /[农農][业業](?:產物|产物)?(?:及民[间間](?:設施|设施))?(?:損失|损失)|[农農](?:損|损)/,
  },
  // Solar capacity: power stations (集中式) and distributed (分布式) make up all photovoltaic capacity.
  {
    name: '集中式/分布式光伏',
    members: [/光伏[电電]站|集中式(?:光伏)?/, /分布式(?:光伏)?/],
    sameRest: false,
    total: /光伏/,
  },
  // A bank's loans by the five-category classification: 正常类 = 正常 + 关注; 不良 = 次级 + 可疑 + 损失.
  // (The regulator's quarterly releases name it the other way round: `正常贷款余额A，其中正常类贷款余额B，关注类贷款余额C`.)
  { name: '正常/关注类贷款', members: [/(?<![类類])正常[类類]?[贷貸]款/, /[关關]注[类類]?[贷貸]款/], sameRest: false, total: /正常[类類]?[贷貸]款/ },
  { name: '次级/可疑/损失类贷款', members: [/次[级級]类?(?:[贷貸]款)?/, /可疑类?(?:[贷貸]款)?/, /[损損]失类?(?:[贷貸]款)?/], sameRest: false, total: /不良[贷貸]款/ },
  // Taiwan's budgets: the units' own budgets and the attached units' (funds, enterprises) make the whole.
  { name: '单位预算/附属单位预算', members: [/(?<!附[属屬])[单單]位[预預][算]/, /附[属屬][单單]位[预預][算]/], sameRest: false },
  // Wind capacity: on land and offshore.
  { name: '陆上/海上风电', members: [/[陆陸]上(?:风[电電]|風[電电])?/, /海上(?:风[电電]|風[電电])?/], sameRest: false, total: /风[电電]|風[電电]/ },
  // Births, or claims under a birth policy, by order: the first child, the second, the third and after.
  { name: '一孩/二孩/三孩及以上', members: [/[一1]孩/, /[二2]孩/, /[三3]孩(?:及|和)?以上|多孩/], sameRest: true },
  // People or vehicles through a port, in and out: only under a total named for both ways (出入境人员); the
  // members never read inside that name (出入境, 进出境).
  { name: '入境/出境', members: [/(?<!出)入境|[进進]境/, /(?<![进進])出境/], sameRest: true, only: /出入境|[进進]出境|出入[关關]/ },
  // Tax and non-tax revenue make up 一般公共预算收入, not 财政总收入 or a 大口径 revenue, which count
  // the taxes shared with higher levels too.
  { name: '税收/非税收入', members: [/(?<!非)[税稅]收/, /非[税稅]/], sameRest: false, notUnder: /财政总收入|全口径|大口径|^(?:全[县区市省])?财政收入/ },
  // 财政总收入 by the level that keeps it: shared taxes passed up to the centre, the province (or
  // region) and, in some, the city, and the county's own budget revenue.
  { name: '上划中央/省/地方', members: [/上[划劃]中央/, /上[划劃](?:省|自治[区區])/, /^(?:全[县縣区區旗市])?(?:地方)?(?:一般公共[预預]算|公共[财財]政[预預]算|[财財]政)?收入|^地方/], sameRest: false, total: /[总總]收入/ },
  { name: '上划中央/省/市/地方', members: [/上[划劃]中央/, /上[划劃](?:省|自治[区區])/, /上[划劃](?:市|州)/, /^(?:全[县縣区區旗市])?(?:地方)?(?:一般公共[预預]算|公共[财財]政[预預]算|[财財]政)?收入|^地方/], sameRest: false, total: /[总總]收入/ },
  // Revenue by the office that collects it, before the 2018 merger of the tax offices (after it:
  // 税务/财政部门, below): taxes by 国税 and 地税, the rest by the finance office.
  // Industrial and commercial taxes (工商税收) as the two tax services collected them (before 2018).
  { name: '国税/地税', members: [/[国國][税稅]/, /地[税稅]/], sameRest: true, total: /工商[税稅]收/, only: /工商[税稅]收/ },
  { name: '国税/地税/财政部门', members: [/[国國][税稅]/, /地[税稅]/, /[财財]政/], sameRest: true, total: /收入/ },
  // Bonds passed down from the province: new bonds and refinancing bonds.
  { name: '新增/再融资债券', members: [/新增(?:地方政府)?(?:一般|专项|專項)?[债債]/, /再融[资資]/], sameRest: false },
  // Summer and autumn grain (with early rice in the south) make up the year's grain, its area or output.
  // (`夏收粮食A；秋粮B`: the summer harvest's grain is the summer grain.)
  { name: '夏粮/秋粮', members: [/夏[粮糧]|夏收[粮糧]食/, /秋[粮糧]|秋收[粮糧]食/], sameRest: false, total: /[粮糧]食|[粮糧]$/ },
  // A railway bureau's passengers: through traffic to other bureaus' lines and traffic within its own.
  { name: '直通/管内', members: [/直通/, /管[内內]/], sameRest: false, total: /旅客|客[运運]|客流/, only: /旅客|客[运運]|客流/ },
  // Aquatic products, farmed areas and fishery output by water: sea and fresh (inland) water make up the whole.
  // (`海洋捕捞…淡水捕捞…`: 海洋 and 内陆 name the same two waters.)
  // (Only under a whole, not a kind of its own: `河蟹养殖面积A；淡水养殖面积B；海水养殖面积C` lists kinds of two cuts.)
  {
    name: '海水/淡水',
    members: [/海水|海洋/, /淡水|内陆|內陸/],
    sameRest: true,
    total: /水[产產]|[养養]殖|捕[捞撈]|放[养養]|[渔漁]/,
    only: /[总總]|水[产產]|[渔漁][业業]|^(?:全[省市县縣区區])?(?:[养養]殖|捕[捞撈]|放[养養])/,
  },
  // The fishery economy's three sectors in every fishery bulletin: fishery itself, its industry and building,
  // its trade and services.
  {
    name: '渔业/渔业工业和建筑业/渔业流通和服务业',
    members: [/^[渔漁][业業](?![工流])/, /[渔漁][业業]工[业業]/, /[渔漁][业業]流通/],
    sameRest: false,
    total: /[渔漁][业業]经济|[渔漁][业業]經濟/,
    only: /[渔漁][业業]经济|[渔漁][业業]經濟/,
  },
  // Grain by kind: 谷物 (cereals), 豆类 and 薯类 make up 粮食 in every statistical bulletin.
  { name: '谷物/豆类/薯类', members: [/谷物|穀物/, /豆类|豆類/, /薯类|薯類/], sameRest: true, total: /[粮糧]食/ },
  { name: '夏粮/早稻/秋粮', members: [/夏[粮糧]|夏收[粮糧]食/, /早稻/, /秋[粮糧]|秋收[粮糧]食/], sameRest: false, total: /[粮糧]食|[粮糧]$/ },
  { name: '小春/大春', members: [/小春/, /大春/], sameRest: false },
  { name: '限额以上/以下', members: [/限额以上|限額以上|限上/, /限额以下|限額以下|限下/], sameRest: false },
  // A population by sex: the two cover it, whatever the total is called (`年末人口`, `户籍人口`).
  // (Also a labour force or a workforce: `农村劳动力6769人，男4061人，女2708人`.)
  // (Any set of people: `农牧渔业工人4945人。男2831人、女2114人`, 党员, 教师, 学生.)
  // Industry by the kind of goods: consumer goods and means of production (gazetteers, older bulletins).
  { name: '轻工业/重工业', members: [/[轻輕]工业|[轻輕]工業/, /重工业|重工業/], sameRest: false, total: /工[业業]/ },
  { name: '男/女', members: [/男/, /女/], sameRest: true, total: /人口|人数|[劳勞](?:动|動)?力|人[员員]|[职職]工|工人|干部|[党黨]员|教[师師]|[学學]生|老人|老年人|居民|村民|患者/ },
  // (`非农人口`: the short form of 非农业人口.)
  { name: '农业/非农业人口', members: [/(?<!非)(?:农业|農業)/, /非(?:农业|農業)|非[农農](?=人口)/], sameRest: true, total: /人口/ },
  // Workers and their pay by the kind of employer: enterprises, public institutions, government organs.
  { name: '企业/事业/机关', members: [/^企业|^企業/, /^事业|^事業/, /^机关|^機關/], sameRest: false, total: /职工|職工|工资|工資|劳动报酬|勞動報酬|从业人员|從業人員/ },
  // Staff of the units a budget pays for: serving, retired and (before 1949 service) 离休 staff.
  { name: '在职/退休/离休', members: [/在[职職]/, /(?<![离離(（])退休/, /(?<![退(（])[离離]休/], sameRest: true, total: /人数|人员|职工|職工|[编編]制/ },
  // (`退（离）休教职工`: the two retired kinds written as one; the heads may differ: 在职教职员工 / 离退休教职工.)
  { name: '在职/离退休', members: [/在[职職]/, /[离離]退休|退[（(][离離][)）]休/], sameRest: false, total: /人数|人员|职工|職工|[编編]制/ },
  // A population by ethnicity: the Han and the minorities (少数民族, all of them together).
  // The resident population by registration: residents registered here and those from elsewhere (`户籍常住人口A，外来
  // 常住人口B`), by definition of 常住人口.
  { name: '户籍/外来常住人口', members: [/[户戶]籍/, /外来|外來|非[户戶]籍/], sameRest: true, total: /常住/, only: /常住/ },
  { name: '汉族/少数民族', members: [/[汉漢]族/, /少[数數]民族/], sameRest: true, total: /人口/ },
  { name: '外出/本地', members: [/外出/, /本地/], sameRest: true },
  // Workers moved out of farming, by destination: inside or outside the province (named alike).
  { name: '省内/省外', members: [/省内|省內/, /省外/], sameRest: true },
  // A census's floating population: those from other provinces and those moving within the province.
  { name: '跨省/省内流动', members: [/跨省/, /省内|省內/], sameRest: false, total: /流动|流動/ },
  // A census's people living away from their registered address: those within the city's districts
  // and the floating population.
  { name: '市辖区内/流动人口', members: [/市[辖轄][区區]内|市[辖轄][区區]內/, /流[动動]人口/], sameRest: false, total: /人[户戶]分离|人[户戶]分離/ },
  { name: '规模以上/以下', members: [/规模以上|規模以上|规上|規上/, /规模以下|規模以下|规下|規下/], sameRest: false },
  // Premiums and claims of insurers: property and life (人身 or, loosely, 人寿) insurance.
  // (`财产保费收入…`: older bulletins drop 险. Bare 寿险 is no member: life insurance is one kind of
  // 人身险, beside health and accident insurance, so 财产 + 寿险 may fall short of the total.)
  { name: '财产险/人身险', members: [/[财財]产(?:保)?[险險]|[财財]产(?=保[费費])/, /人[身寿壽](?:保)?[险險]/], sameRest: false },
  // The four lines of original insurance (产险, 寿险, 健康险, 意外险) make up its premiums or claims; the last
  // three make up 人身险.
  // (Property lines pay 赔款 and life lines 给付, so a total of 赔付 or 赔款与给付 fits them whatever each member's word.)
  { name: '产险/寿险/健康险/意外险', members: [/^[\s\u3000，,：:、]*(?:[财財]产|[产產])(?:保)?[险險]/, /^[\s\u3000，,：:、]*(?:人)?[寿壽](?:保)?[险險]/, /^[\s\u3000，,：:、]*健康(?:保)?[险險]/, /^[\s\u3000，,：:、]*意外(?:伤害)?(?:保)?[险險]/], sameRest: false, total: /[赔賠][付款]|[给給]付/ },
  { name: '寿险/健康险/意外险', members: [/^[\s\u3000，,：:、]*(?:人)?[寿壽](?:保)?[险險]/, /^[\s\u3000，,：:、]*健康(?:保)?[险險]/, /^[\s\u3000，,：:、]*意外(?:伤害)?(?:保)?[险險]/], sameRest: false, total: /人身(?:保)?[险險]/, only: /人身(?:保)?[险險]/ },
  { name: '邮政/电信', members: [/[邮郵]政/, /[电電]信/], sameRest: true },
  // Telephone users: fixed-line and mobile.
  { name: '固定/移动', members: [/固定/, /移动|移動/], sameRest: true },
  // Visitors by origin: domestic, from Hong Kong, Macao and Taiwan, and foreign.
  { name: '国内/港澳台/外国', members: [/国内|國內/, /港澳台/, /外国|外國/], sameRest: false, total: /游客|旅游|遊客|旅遊|人次/ },
  // Visitors by origin, two ways: domestic and international (入境, counting 港澳台 among them).
  { name: '国内/国际', members: [/国内|國內/, /国际|國際|入境/], sameRest: true, total: /游客|旅游|遊客|旅遊|人次/ },
  // Air routes and passengers are domestic, international, or regional (Hong Kong, Macao, Taiwan): a third
  // kind after 国内/国际 finishes the list rather than starting another cut.
  { name: '国内/国际/地区', members: [/国内|國內/, /国际|國際/, /^(?:地区|地區|港澳台|港澳台地区)/], sameRest: true },
  // A revenue by the level it accrues to (`按税收体制分：中央税…，省级税…，县级税…`); only for taxes and
  // revenues, and named alike (a project's 中央资金/省级资金/县级配套 leaves out 自筹).
  { name: '中央/省/县', members: [/中央(?:[级級])?/, /省(?:[级級])?/, /[县縣区區](?:[级級])?/], sameRest: true, total: /[税稅]|收入/, only: /[税稅]|收入/ },
  // A whole-caliber (全口径) revenue by the level it accrues to: the centre's share and the local share.
  { name: '中央级/地方级', members: [/中央[级級]/, /地方[级級]/], sameRest: false, total: /收入/, only: /收入/ },
  // The 三保 of a budget: wages, running costs, basic livelihood.
  { name: '三保', members: [/保工资|保工資/, /保运转|保運轉/, /保基本民生/], sameRest: false, total: /三保/ },
  // The 三公 expenses: travel abroad, official receptions, official cars (buying and running them).
  // (`车辆购置及运行维护费`: the cars named without 公务.)
  { name: '三公经费', members: [/因公出[国國境]/, /公[务務]接待/, /公[务務]用?[车車]|公[车車]|[车車][辆輛](?:购置|購置|运行|運行)/], sameRest: false },
  // A real-estate developer's funds by source, as every bulletin lists them: domestic loans, foreign
  // capital, own funds and the rest. (Newer lists name 定金及预收款 and 个人按揭贷款 instead of the rest:
  // five items and no 其他资金, a subset.)
  { name: '国内贷款/利用外资/自筹/其他资金', members: [/国内[贷貸]款|國內貸款/, /利用外[资資]|^[\s\u3000，,；;：:、]*外[资資]/, /自[筹籌]/, /其[他它][资資]金/], sameRest: false, total: /[资資]金(?:来源|來源)|到位[资資]金/, only: /[资資]金(?:来源|來源)|到位[资資]金/ },
  // What customs collect: duties and the taxes levied at import (进口环节税: VAT and excise on imports).
  { name: '关税/进口环节税', members: [/关税|關稅/, /[进進]口[环環]节|[進进]口[環环]節/], sameRest: false, total: /海关|海關|关税和|關稅和|[税稅]收/, only: /海关|海關|关税和|關稅和|[税稅]收/ },
  // The 三公 with the cars' two costs given apart (`因公出国费A，公务接待费B，公务用车购置费C，公务用车运行维护费D`).
  { name: '三公经费（购置/运行）', members: [/因公出[国國境]/, /公[务務]接待/, /(?:公[务務]用?[车車]|公[车車])[购購]置/, /(?:公[务務]用?[车車]|公[车車])[运運]行/], sameRest: false },
  // `中央财政总收入A。其中，中央财政本级收入B；地方上解中央收入C`: the centre's own revenue and what the localities paid up.
  { name: '中央本级收入/地方上解收入', members: [/^[\s\u3000，,；;：:、]*(?:中央)?(?:[财財]政)?本[级級]收入/, /^[\s\u3000，,；;：:、]*地方上[解繳缴](?:中央)?收入/], sameRest: false, total: /中央(?:[财財]政)?[总總]收入/, only: /中央(?:[财財]政)?[总總]收入/, wholeOnly: true },
  // The country's revenue, spending or funds: the centre's own and the localities' (only under a 全国 total).
  // (Firms by owner are their own family: 中央企业/地方国有企业.)
  // Every level of government is the central one and the local ones (`各級政府自償性債務合計A，其中中央政府B，地方政府共計C`).
  { name: '中央政府/地方政府', members: [/^[\s\u3000，,：:、]*中央政府/, /^[\s\u3000，,：:、]*地方政府/], sameRest: false, total: /各[级級]政府/, only: /各[级級]政府/ },
  { name: '中央/地方', members: [/^[\s\u3000，,：:、]*中央(?!补助|補助|[财財]政补|下达|下達|转移|轉移|专项|專項|预算内|預算內|投资|投資|资金|資金|企|控股)/, /^[\s\u3000，,：:、]*地方(?!配套|国有|國有|控股|企)/], sameRest: false, total: /全[国國]|我[国國]/, only: /全[国國]|我[国國]/ },
  // Government procurement by object: goods, works and services.
  { name: '货物/工程/服务', members: [/[货貨]物/, /工程/, /服[务務]/], sameRest: false, total: /[采採][购購]/, only: /[采採][购購]/ },
  // A builder's contracts: carried over from last year and signed this year.
  { name: '上年结转/本年新签', members: [/上年结[转轉]|上年結轉/, /本年新[签簽]/], sameRest: false, total: /合同/, only: /合同/ },
  // Direct medical assistance: in hospital and outpatient.
  { name: '住院/门诊救助', members: [/住院/, /[门門]诊|[門门]診/], sameRest: false, total: /直接(?:医疗|醫療)?救助/, only: /直接(?:医疗|醫療)?救助/ },
  // Official cars: buying them and running them.
  { name: '公务用车购置/运行', members: [/(?:公[务務]用?[车車]|公[车車])[购購]置/, /(?:公[务務]用?[车車]|公[车車])[运運]行/], sameRest: false },
  // Poor households by kind: ordinary, on 低保, under 五保.
  { name: '一般/低保/五保户', members: [/一般(?:贫困|貧困)?[户戶]/, /低保(?:贫困|貧困)?[户戶]/, /五保(?:贫困|貧困)?[户戶]/], sameRest: false },
  // Inbound visitors to the mainland are foreigners and compatriots from Hong Kong, Macao and Taiwan, by definition.
  { name: '外国人/港澳台同胞', members: [/外[国國]人/, /港澳台|香港[、，,]?澳[门門][和及、]?台[湾灣]|港[、]澳[、]台/], sameRest: false, total: /入境/, only: /入境/ },
  // People through the border checks both ways, by who they are: mainland residents, residents of Hong Kong, Macao and
  // Taiwan, and foreigners (`出入境人员A。其中，内地居民B；港澳台居民C；外国人D`).
  { name: '内地居民/港澳台居民/外国人', members: [/(?:内地|內地|大陆|大陸)居民|中国公民|中國公民/, /港澳台(?:居民|同胞)/, /外[国國]人/], sameRest: false, total: /出入境|[进進]出境/, only: /出入境|[进進]出境/ },
  // A trade's expenditure in Macao's surveys of the wholesale, retail and vehicle trades: purchases and commissions,
  // operating expenses and staff costs, all three named (`支出A；购货及佣金支出B、经营费用C和员工支出D`).
  { name: '购货及佣金/经营费用/员工支出', members: [/[购購][货貨](?:及|、)?佣金/, /[经經][营營]費用|[经經][营營][费費]用/, /[员員]工支出/], sameRest: false, total: /支出/, only: /支出/, wholeOnly: true },
  // An insurance industry's figures (premiums, profit) are its life and its property-casualty insurers' (Taiwan's
  // supervisor reports the two, `保险业赚A，包括寿险业B、产险业C`), under a total named 保险业 only.
  // (Not the mainland's 财产险 beside 寿险, nor lines of business, `寿险业务`: 健康险 and 意外险 are classes of their own there.)
  { name: '寿险/产险', members: [/[寿壽][险險](?![业業][务務])/, /(?<![财財])[产產][险險](?![业業][务務])/], sameRest: false, total: /保[险險][业業]/, only: /保[险險][业業]/, wholeOnly: true },
  // Visitors (and what they spend) are those who stay the night and same-day visitors (Macao's statistics).
  { name: '留宿/不过夜', members: [/留宿/, /不[过過]夜/], sameRest: false, total: /旅客|游客|遊客|消[费費]|入境/ },
  // A social-security fund's assets (or equity) are invested directly or through managers it entrusts, by definition.
  { name: '直接/委托投资', members: [/直接投[资資]/, /委托投[资資]|委託投[資资]/], sameRest: true, total: /[资資][产產]|[权權]益|基金/ },
  // Pension annuities drawn: in one sum or by instalments.
  { name: '一次性/分期领取', members: [/一次性/, /分期/], sameRest: false, total: /[领領]取/, only: /[领領]取/ },
  // An annuity fund's portfolios: fixed-income and those holding equities, nothing else.
  { name: '固定收益类/含权益类', members: [/固定收益[类類]/, /含[权權]益[类類]/], sameRest: false, total: /[资資][产產]|金[额額]|[组組]合|基金/ },
  // A fund's investment return: realised gains and the change in fair value of what it trades.
  { name: '已实现收益/公允价值变动', members: [/已[实實][现現]收益/, /公允价[值値]?[变變][动動]/], sameRest: false, total: /收益/, only: /收益/ },
  // Before 2003 the statistics counted sideline production (副业) as a fifth branch of agriculture, so that
  // 农业总产值 (or 农林牧副渔业总产值) was crops, forestry, animal husbandry, sidelines and fishery.
  {
    name: '农/林/牧/副/渔业',
    members: [/(?<![林牧副渔漁])农业|(?<![林牧副渔漁])農業|种植业|種植業/, /林[业業]/, /(?<!农林)(?:畜)?牧[业業]/, /副[业業]/, /(?<!农林牧副)(?:渔|漁)[业業]/],
    sameRest: false,
    total: /(?<![工])农业总产值|(?<![工])農業總產值|农林牧副渔|農林牧副漁/,
  },
  // 农林牧渔业总产值 includes its services (专业及辅助性活动): the four alone are no complete set.
  {
    name: '农/林/牧/渔业及服务业',
    // 种植业 is how many bulletins name 农业 (crops) in this list.
    members: [/(?<![林牧渔])农业(?!.*(?:辅助|服务))|种植业/, /林业/, /(?<!农林)牧业/, /(?<!农林牧)渔业(?!.*(?:辅助|服务))/, /辅助性活动|农林牧渔(?:业)?服务业|农林牧渔专业/],
    sameRest: false,
    // The five break down 农林牧渔业总产值 however the parts are worded (`农业30.2亿元`, `林业产值…`).
    total: /农林牧渔/,
  },
  // The two halves of the trade sectors, each broken down on its own (`批发零售业零售额A，其中批发业…；零售业…`).
  // Members are the trades (`批发业`), never a measure (`零售额`, `销售额`).
  { name: '批发/零售', members: [/批[发發][业業](?!.*(?:销售|营业|銷售|營業))/, /(?<!批[发發][和与及]?)零售[业業](?!.*(?:销售|营业|銷售|營業))/], sameRest: false, total: /批[发發][和与及]?零售/ },
  { name: '住宿/餐饮', members: [/住宿[业業](?!.*(?:销售|营业|銷售|營業))/, /(?<!住宿[和与及]?)餐[饮飲][业業](?!.*(?:销售|营业|銷售|營業))/], sameRest: false, total: /住宿[和与及]?餐[饮飲]/ },
  // 社会消费品零售总额 by industry: wholesale, retail, accommodation, catering.
  // (Not their sales or turnover: `批发业销售额` is no part of retail sales.)
  {
    name: '批发/零售/住宿/餐饮',
    members: [/批[发發](?!.*(?:销售|营业|銷售|營業))/, /零售(?!.*(?:销售|营业|銷售|營業))/, /住宿(?!.*(?:销售|营业|銷售|營業))/, /餐[饮飲](?!.*(?:销售|营业|銷售|營業))/],
    sameRest: false,
    total: /零售总额|零售總額|社零/,
  },
  // The same by its two halves, each named for both its trades (`批发零售业零售额A；住宿餐饮业零售额B`).
  {
    name: '批发零售/住宿餐饮',
    members: [/批[发發][和与及、]?零售(?!.*(?:销售|营业|銷售|營業))/, /住宿[和与及、]?餐[饮飲](?!.*(?:销售|营业|銷售|營業))/],
    sameRest: false,
    total: /零售总额|零售總額|社零/,
  },
  // 社会消费品零售总额 by type of consumption: goods and catering, by definition.
  { name: '商品零售/餐饮收入', members: [/商品零售/, /餐[饮飲]/], sameRest: false },
  // A budget's whole: its own revenue (or spending) and the transfers (`转移性收入`: grants, bonds,
  // balances carried in). Not 上级补助 alone, which is one item of the transfers.
  { name: '本级/转移性', members: [/本级|当年|一般公共预算|基金预算/, /转移性/], sameRest: false },
  { name: '高中/初中', members: [/高中/, /初中/], sameRest: false, total: /中学/ },
  // Basic medical (or pension) insurance: the employees' scheme and the residents' scheme.
  // (`城镇居民` in the years before the rural and urban residents' schemes merged; `参保人数` names the scheme's insured.)
  { name: '职工/城乡居民', members: [/职工/, /城[乡鄉镇鎮]居民/], sameRest: false, total: /医保|医疗保险|醫療保險|养老保险|養老保險|[参參]保/ },
  // Fixed-asset investment is project investment plus real-estate development, by definition.
  // (全社会固定资产投资 counts farm households too: no complete pair there.)
  { name: '项目/房地产投资', members: [/^(?:全[县区市])?项目投资|^(?:全[县区市])?項目投資/, /房地产(?:开发)?投资|房地產(?:開發)?投資/], sameRest: false, total: /固定资产投资|固定資產投資/, notUnder: /全社会|全社會/ },
  // A local budget's revenue by collector: the tax bureau and the finance bureau (non-tax items).
  { name: '税务/财政部门', members: [/税务|稅務/, /财政|財政/], sameRest: true },
  // Local government debt (its balance, its ceiling, the bonds issued or repaid) is general or special,
  // by law; named alike (`一般债务…，专项债务…`). Refinancing bonds cut across both: no member.
  { name: '一般/专项债务', members: [/一般(?:性)?(?=债)/, /专项(?=债)/], sameRest: true, total: /债务|债券|限额/ },
  // Grants from above: tax rebates, general and special transfers, by definition of 上级补助收入.
  { name: '返还性/一般性/专项转移支付', members: [/返还性|税收返还|稅收返還/, /一般性?转移支付|一般性?轉移支付/, /专项转移支付|專項轉移支付/], sameRest: false, total: /补助|補助/ },
  // A department's spending (部门预算/决算): basic spending and project spending; basic spending is
  // staff costs and running costs. Only under a total named as spending or funds.
  // `其中财政项目补助支出A，基本支出B`: project grants are the project spending of a unit's account.
  { name: '基本支出/项目支出', members: [/基本(?:支出|经费|經費)/, /[项項]目(?:补助|補助)?(?:支出|经费|經費)/], sameRest: false, total: /支出|经费|經費/ },
  // A unit's account with a business of its own: basic, project and business spending (部门决算).
  { name: '基本/项目/经营支出', members: [/基本支出/, /[项項]目支出/, /[经經][营營]支出/], sameRest: false, total: /支出/ },
  // Persons supported by the 五保 scheme: at home or in an institution.
  { name: '分散/集中供养', members: [/分散供[养養]/, /集中供[养養]/], sameRest: false, total: /特困|五保|供[养養]/ },
  // Assets and liabilities are current or non-current, by the accounting standards (the rest of each name
  // the same: `流动资产` beside `非流动资产`).
  { name: '流动/非流动', members: [/(?<!非)流[动動]/, /非流[动動]/], sameRest: true, total: /[资資][产產]|[负負][债債]/ },
  // A medical-insurance fund is its pooled fund and the personal accounts.
  { name: '统筹基金/个人账户', members: [/[统統][筹籌]/, /[个個]人[账賬]户|[个個]人[账賬]戶/], sameRest: false, total: /[结結][存余餘]|收入|支出|基金/ },
  // Post and telecommunications business: postal and telecom.
  { name: '邮政/电信', members: [/[邮郵]政/, /[电電]信/], sameRest: false, total: /[邮郵][电電]/ },
  // Express parcels by where they go, as the postal statistics count them: within the city, between
  // cities, and abroad with Hong Kong, Macao and Taiwan. The volume only: express revenue also holds
  // 其他业务收入 (storage, cash on delivery), so its three kinds fall short of it.
  { name: '同城/异地/国际', members: [/同城/, /[异異]地/, /[国國][际際]|港澳台/], sameRest: false, total: /快[递遞]|[业業][务務]量/, notUnder: /收入/ },
  // Donations in money and in kind: 款物 is literally the two (捐赠款物 = 资金 + 物资).
  { name: '资金/物资', members: [/(?<!物)资金|[现現]金|捐款|善款/, /物[资資]|物品/], sameRest: false, total: /款物/ },
  // China has two lotteries, the welfare and the sports lottery: their sales, funds and fees make up the whole.
  { name: '福利/体育彩票', members: [/福利彩票|福彩/, /[体體]育彩票|[体體]彩/], sameRest: false, total: /彩票|公益金|[发發][行][费費]|[销銷][量售]/ },
  // A lottery fund raised is paid up to the centre or kept by the levels below it, nothing else: `筹集彩票公益金A，
  // 其中上缴中央B；自治区本级留成C；地州市留成D`.
  // A level's use of a fund, what it spent itself and what it passed down (`省级使用彩票公益金A，其中：省本级支出B，对市县
  // 转移支付支出C`): only under a total of the level's own use, not a province-wide spending the localities add to.
  {
    name: '本级/对下转移支付',
    members: [/^[\s\u3000，,；;：:、]*(?:省|市|县|縣|区|區|自治区|自治區)?本[级級]/, /^[\s\u3000，,；;：:、]*(?:对|對)?(?:市县|市縣|县区|縣區|区县|區縣|县市区|縣市區|地市|市州|下[级級])(?:的)?(?:转移支付|轉移支付)/],
    sameRest: false,
    total: /(?:省|市|县|縣|区|區)[级級][^，,；;。\d]{0,8}(?:使用|安排|支出)/,
    only: /(?:省|市|县|縣|区|區)[级級][^，,；;。\d]{0,8}(?:使用|安排|支出)/,
  },
  { name: '上缴中央/本级留成/下级留成', members: [/上[缴繳](?:中央)?/, /(?:本级|本級|省级|省級|自治区本级|自治區本級|市级|市級)留成/, /(?:地州市|市州|地市|市县|市縣|县区|縣區|区县|區縣|县级|縣級)留成/], sameRest: false, total: /公益金/ },
  // Pension insurance is paid by the insured staff and drawn by the retired: the two make up the insured.
  { name: '参保职工/离退休', members: [/[职職]工/, /[离離]?退休/], sameRest: false, total: /[参參]保|[养養]老保[险險]/ },
  // Port throughput is that of the seaports and of the river ports.
  // (Only ports and their traffic: water transport's investment also builds support systems (支持系统) beside
  // its inland and coastal works.)
  { name: '沿海/内河港口', members: [/沿海/, /[内內]河/], sameRest: false, total: /吞吐量|港口/, only: /吞吐|港口|泊位|[码碼][头頭]/ },
  // Water transport by route: inland waterways, coastal and ocean shipping make up what moved by water (`水路货运量A；其中，
  // 内河B，沿海C，远洋D`). (Two routes alone read as the port family above; investment has support works beside them.)
  { name: '内河/沿海/远洋', members: [/[内內]河/, /沿海(?!及)/, /[远遠]洋/], sameRest: false, total: /水路|水运|水運|船舶/, only: /水路|水运|水運|船舶/, notUnder: /投[资資]|建[设設]/ },
  // A school year's aid is paid per semester: the spring and the autumn semester make up the calendar year.
  { name: '春季/秋季学期', members: [/春季学期/, /秋季学期/], sameRest: false },
  // Aquatic products are farmed or caught, by definition of the statistics.
  { name: '养殖/捕捞', members: [/[养養]殖/, /捕[捞撈]/], sameRest: false, total: /水[产產]|[渔漁]/ },
  // The state's administrative units and its public institutions (`行政事业单位` = 行政单位 + 事业单位).
  { name: '行政/事业单位', members: [/行政(?:事业)?单位|行政(?:事業)?單位/, /(?<!行政)事[业業]单位|(?<!行政)事[业業]單位/], sameRest: true, total: /行政事[业業]/ },
  // State enterprises are the central government's or the local governments'.
  { name: '中央/地方国有企业', members: [/中央企[业業]/, /地方(?:国有|國有)?(?:控股)?企[业業]/], sameRest: false, total: /国有|國有|企[业業]|利[润潤]|收入/ },
  // A province's allocation by who uses it: the province's own level and the cities and counties below it
  // (`新增债务限额A中，省级使用B；市县级使用C`). Only for debt and a province's state firms (`全省国有企业营业收入A：
  // 省级企业B，市县企业C`): a revenue by level leaves the centre's share out.
  // (`省级安排A，转贷市县B`: what the province keeps and what it lends on, named by their verbs.)
  { name: '省级/市县级', members: [/^[\s\u3000，,；;：:、]*(?:省|自治[区區])(?:本)?[级級](?:安排)?/, /^[\s\u3000，,；;：:、]*(?:[转轉][贷貸](?:给)?)?(?:市[县縣]|市州|市、[县縣])[级級]?/], sameRest: true, total: /[债債]|限[额額]|[国國]有企/, only: /[债債]|限[额額]|[国國]有企/ },
  // An area is water or land (`总面积A（水域面积B，陆域面积C）`).
  { name: '水域/陆域', members: [/水域/, /[陆陸]域/], sameRest: true, total: /面[积積]/, only: /面[积積]/ },
  // High technology is high-tech manufacturing and high-tech services, by the statistical definition.
  { name: '高技术制造业/服务业', members: [/高技术制造业|高技術製造業/, /高技术服务业|高技術服務業/], sameRest: true, total: /高技术产业|高技術產業/, only: /高技术产业|高技術產業/ },
  // A district's budget by the level that keeps or spends it: the district's own level, its subdistricts and
  // its towns (`全区支出A，其中区本级B、街道C、镇D`). All three must be named: a district may have parks too.
  { name: '本级/街道/乡镇', members: [/^[\s\u3000，,；;：:、]*(?:[区區县縣市旗])?本[级級]/, /^[\s\u3000，,；;：:、]*街道/, /^[\s\u3000，,；;：:、]*(?:[乡鄉][镇鎮]|[镇鎮]|[乡鄉])(?!村)/], sameRest: true, total: /支出|收入/, only: /支出|收入/ },
  // Funds passed down to a county by the levels above it, each level named (`中央A、省级B、市级C`).
  { name: '中央/省级/市级', members: [/^[\s\u3000，,；;：:、（(]*中央/, /^[\s\u3000，,；;：:、]*省[级級]?/, /^[\s\u3000，,；;：:、]*(?:市|州)[级級]?/], sameRest: false, total: /[资資]金|[补補]助|投[资資入]|收入/ },
  // State assets are operating or non-operating (the administrative units' and institutions').
  { name: '经营性/非经营性', members: [/(?<!非)[经經][营營]性/, /非[经經][营營]性/], sameRest: true, total: /[资資][产產]/ },
  // Port cargo is domestic or foreign trade.
  { name: '内贸/外贸', members: [/[内內][贸貿]/, /外[贸貿]/], sameRest: false, total: /吞吐量|物流量|[货貨]物/ },
  // Basic spending by economic class (政府收支分类): wages and welfare, goods and services, and grants to
  // persons and households.
  { name: '工资福利/商品和服务/对个人和家庭', members: [/工[资資]福利/, /商品和服[务務]/, /[对對]个人和家庭|[对對][個个]人和家庭/], sameRest: false, total: /支出|[经經][费費]/ },
  // Coal output by who owns the mines: state key mines, local state mines, township mines (the coal statistics).
  { name: '国有重点/地方国有/乡镇煤矿', members: [/[国國]有重点|[国國]有重點/, /地方[国國]有|[国國]有地方/, /[乡鄉][镇鎮]/], sameRest: false, total: /煤|炭/ },
  // Township and village enterprises by who runs them (the 1980s–90s 乡镇企业 statistics): the township,
  // the village, partner households and single households.
  { name: '乡办/村办/联户办/个体办', members: [/[乡鄉](?:镇|鎮)?[办辦]/, /村[办辦]/, /[联聯][户戶][办辦]/, /[个個]体[办辦]|[个個]體[办辦]/], sameRest: false },
  // The staff of a public institution by post: management, professional and technical, and manual posts.
  { name: '管理/专业技术/工勤', members: [/管理(?:人员|人員|岗位|崗位)/, /[专專]业技[术術](?:人员|人員|岗位|崗位)?/, /工勤|工人/], sameRest: false },
  // A budget's basic spending: personnel and running costs (`基本支出A（人员经费B，日常公用经费C）`).
  { name: '人员经费/公用经费', members: [/人员(?:经费|支出)|人員(?:經費|支出)/, /公用(?:经费|支出)|公用(?:經費|支出)/], sameRest: false, total: /基本支出|基本經費|基本经费/ },
  { name: '人员经费/公用经费/项目支出', members: [/人员(?:经费|支出)/, /公用(?:经费|支出)/, /项目(?:支出|经费)/], sameRest: false, total: /支出|经费/ },
  // Per-head disposable income by source: wages, business, property and transfer income, by definition.
  {
    name: '工资性/经营/财产/转移收入',
    members: [/工资|工資/, /经营|經營|家庭经营/, /财产|財產/, /转移|轉移/],
    sameRest: false,
    total: /可支配收入|纯收入|純收入/,
  },
  // The same with two sources named as one (`转移性和财产性收入415元`, small in a rural income).
  {
    name: '工资性/经营/转移和财产收入',
    members: [/工资|工資/, /经营|經營/, /(?:转移|轉移|财产|財產)性?(?:净|淨)?(?:收入)?[和与及、](?:转移|轉移|财产|財產)/],
    sameRest: false,
    total: /可支配收入|纯收入|純收入/,
  },
  // Projects signed in investment promotion: under contract or under a (framework) agreement, by
  // definition of 签约项目; their count or their investment alike, named alike.
  { name: '合同/协议', members: [/合同/, /[协協][议議]/], sameRest: true, total: /[签簽][约約]/, only: /[签簽][约約]/ },
  // Cultivated land by kind, by the land survey's definition: paddy, irrigated and dry land (the south
  // often has no irrigated dry land and names two; 坡地 is its dry land on slopes).
  { name: '水田/旱地', members: [/水田/, /旱地|旱田|旱土|坡地/], sameRest: true, total: /耕地/, only: /耕地/ },
  // (Sichuan and Chongqing write paddy and dry land as 田 and 土.)
  { name: '田/土', members: [/^[\s\u3000，,：:、]*田/, /^[\s\u3000，,：:、]*土/], sameRest: true, total: /耕地/, only: /耕地/ },
  { name: '水田/水浇地/旱地', members: [/水田/, /水浇地|水澆地/, /旱地|旱田/], sameRest: true, total: /耕地/, only: /耕地/ },
  // (The north often has no paddy: irrigated and dry land.)
  { name: '水浇地/旱地', members: [/水浇地|水澆地/, /旱地|旱田/], sameRest: true, total: /耕地/, only: /耕地/ },
  // The land survey's classes (第三次全国国土调查 工作分类) and their sub-classes: a bulletin lists the
  // sub-classes a county has, under the class's own name, and they make up the class.
  // Roads by administrative level: the five levels make up the network (a sixth, 专用公路, leaves the
  // list unread as a whole).
  { name: '国道/省道/县道/乡道/村道', members: [/国道|國道/, /省道/, /[县縣]道/, /[乡鄉]道/, /村道/], sameRest: false, total: /公路|道路|路网|路網/ },
  {
    name: '城镇村及工矿用地各二级地类',
    members: [/城市/, /建制[镇鎮]/, /村庄|村莊/, /采[矿礦]用地|採[礦矿]用地/, /[风風]景名胜|[风風]景名勝/],
    sameRest: false,
    only: /城[镇鎮]村及工[矿礦]用地$/,
    closed: true,
  },
  {
    name: '交通运输用地各二级地类',
    members: [/[铁鐵]路用地/, /[轨軌]道交通用地/, /公路用地/, /农村道路|農村道路/, /机场用地|機場用地/, /港口[码碼]头用地|港口[碼码][頭头]用地/, /管道[运運][输輸]用地/],
    sameRest: false,
    only: /交通[运運][输輸]用地$/,
    closed: true,
  },
  {
    name: '水域及水利设施用地各二级地类',
    members: [/河流水面/, /湖泊水面/, /水[库庫]水面/, /坑塘水面/, /[沟溝]渠/, /水工建筑|水工建築/, /冰川/, /沿海滩涂|沿海灘塗/, /内陆滩涂|內陸灘塗/],
    sameRest: false,
    only: /水域及水利[设設]施用地$/,
    closed: true,
  },
  {
    name: '湿地各二级地类',
    members: [/[红紅]树林|[紅红]樹林/, /森林沼泽|森林沼澤/, /灌丛沼泽|灌叢沼澤/, /沼泽草地|沼澤草地/, /[盐鹽]田/, /沿海滩涂|沿海灘塗/, /内陆滩涂|內陸灘塗/, /^沼泽地|^沼澤地/],
    sameRest: false,
    only: /^(?:全[县縣区區市盟旗州镇鎮乡鄉])?[湿濕]地$/,
    closed: true,
  },
  // A department's final account (部门决算) by its form: the grand total of income is the year's income,
  // the non-fiscal balance drawn on (older forms: 用事业基金弥补收支差额) and what was carried in; the
  // grand total of spending is the year's spending, the balance distributed and what is carried out.
  {
    name: '本年收入/结余/年初结转',
    members: [/本年收入/, /非[财財]政[拨撥]款[结結][余餘]|事[业業]基金[弥彌][补補]/, /年初[结結][转轉]和?[结結][余餘]/],
    sameRest: false,
    total: /收入[总總][计計]/,
    only: /收入[总總][计計]/,
  },
  {
    name: '本年支出/结余分配/年末结转',
    members: [/本年支出/, /[结結][余餘]分配/, /年末[结結][转轉]和?[结結][余餘]/],
    sameRest: false,
    total: /支出[总總][计計]/,
    only: /支出[总總][计計]/,
  },
  // Poverty relocation (易地扶贫搬迁) moves registered poor households (建档立卡) and, with them, the others
  // of their village (同步搬迁): the two make up the households or people moved.
  { name: '建档立卡/同步搬迁', members: [/建档立卡|建檔立卡/, /同步搬迁|同步搬遷/], sameRest: false, total: /搬迁|搬遷|安置/, only: /搬迁|搬遷|安置/ },
  // Employees insured under the staff medical or pension insurance: those in work and the retired, by
  // definition (`参保职工A，其中在职职工B，退休人员C`); only under a total named as insured.
  // (Each member names 参保 itself: 在职 and 退休 alone are no whole of a headcount.)
  // (Bare under a 参保 total too: `参保人数A，其中：在职B、退休C`.)
  { name: '在职/退休参保', members: [/[参參]保在[职職]|在[职職][^，,；;\d]{0,4}[参參]保|^[\s\u3000，,；;：:、]*在[职職](?:职工|職工|人员|人員)?$/, /[参參]保退休|(?<![离離(（])退休[^，,；;\d]{0,4}[参參]保|^[\s\u3000，,；;：:、]*(?:[离離])?退休(?:职工|職工|人员|人員)?$/], sameRest: false, total: /[参參]保|保[险險]/, only: /[参參]保|保[险險]/ },
  // Health staff by kind (卫生统计): technical staff, other technical staff, managers, manual staff and
  // village doctors make up 卫生人员; all five named.
  {
    name: '卫生人员各类',
    members: [/[卫衛]生技[术術]人[员員]|[卫衛]技人[员員]/, /其他技[术術]人[员員]/, /管理人[员員]/, /工勤/, /[乡鄉]村[医醫]生/],
    sameRest: false,
    total: /[卫衛]生人[员員]|[卫衛]生人力|[卫衛]生工作人[员員]/,
    only: /[卫衛]生人[员員]|[卫衛]生人力|[卫衛]生工作人[员員]/,
  },
  // (The village doctors and the health aides given apart: `乡村医生A和卫生员B`.)
  {
    name: '卫生人员各类（卫生员）',
    members: [/[卫衛]生技[术術]人[员員]|[卫衛]技人[员員]/, /其他技[术術]人[员員]/, /管理人[员員]/, /工勤/, /[乡鄉]村[医醫]生/, /^[\s\u3000，,、和及]*[卫衛]生[员員]/],
    sameRest: false,
    total: /[卫衛]生人[员員]|[卫衛]生人力|[卫衛]生工作人[员員]/,
    only: /[卫衛]生人[员員]|[卫衛]生人力|[卫衛]生工作人[员員]/,
  },
  // Retired staff: those who left before 1949 service ended (离休) and the retired (退休), by definition of 离退休.
  { name: '离休/退休', members: [/[离離]休/, /(?<![离離])退休/], sameRest: false, total: /[离離]退休/, only: /[离離]退休/, wholeOnly: true },
  // Total health expenditure (卫生总费用) is government, social and out-of-pocket spending, by definition.
  { name: '政府/社会/个人卫生支出', members: [/政府/, /社会|社會/, /[个個]人/], sameRest: false, total: /[卫衛]生[总總][费費]用/, only: /[卫衛]生[总總][费費]用/, wholeOnly: true },
  // Water supplied by source (水资源公报): surface, ground and other (unconventional) water, by definition.
  { name: '地表水/地下水/其他水源', members: [/地表水/, /地下水/, /其[他它]|非常[规規]|再生水|海水淡化|雨水|[矿礦]井水/], sameRest: false, total: /供水/, only: /供水/, wholeOnly: true },
  // Water used (or consumed) by sector: farming, industry, households and the environment (since 2019), or
  // with urban public use apart (older bulletins).
  { name: '农业/工业/生活/生态用水', members: [/[农農][业業]/, /工[业業]/, /生活/, /生[态態]|[环環]境/], sameRest: false, total: /用水|耗水/, only: /用水|耗水/, wholeOnly: true },
  { name: '农业/工业/城镇公共/生活/生态用水', members: [/[农農][业業]/, /工[业業]/, /公共/, /生活/, /生[态態]|[环環]境/], sameRest: false, total: /用水|耗水/, only: /用水|耗水/, wholeOnly: true },
  // A province's debt ceiling passed down: general and special bonds, and the foreign loans it on-lends.
  { name: '一般/专项/外债', members: [/一般/, /专项|專項/, /外[债債]/], sameRest: false, total: /[债債]|限[额額]/, only: /[债債]|限[额額]/, wholeOnly: true },
  // Rural workers moved out of farming: within the province, to other provinces, abroad.
  { name: '省内/省外/境外', members: [/省[内內]/, /省外/, /境外|[国國]外/], sameRest: false, total: /[转轉]移|[输輸]出|[务務]工|就[业業]|[劳勞][动動]力/, only: /[转轉]移|[输輸]出|[务務]工|就[业業]|[劳勞][动動]力/, wholeOnly: true },
  // A province's enterprises (or units) by level: the province's own and everything below it (`市州及以下`).
  { name: '省属/市县及以下', members: [/^[\s\u3000，,；;：:、]*(?:省|自治[区區])(?:本)?[级級属屬管直]/, /^[\s\u3000，,；;：:、]*(?:市州|市[县縣]|地市|市|州|盟市)(?:[级級])?(?:及以下|以下)/], sameRest: false, wholeOnly: true },
  // A city's by level: the city's own and everything below it (`区县及以下`).
  { name: '市属/区县及以下', members: [/^[\s\u3000，,；;：:、]*市(?:本)?[级級属屬管直]/, /^[\s\u3000，,；;：:、]*(?:[区區][县縣]|[县縣][区區]|[县縣]|[区區])(?:[级級])?(?:及以下|以下)/], sameRest: false, wholeOnly: true },
  // Industrial sales output: what was sold at home (内销产值) and the export delivery value (出口交货值).
  { name: '内销/出口交货值', members: [/^[\s\u3000，,；;：:、]*(?:实现)?[内內][销銷](?:产值|產值)?/, /^[\s\u3000，,；;：:、]*(?:实现)?出口交[货貨](?:值|产值|產值)/], sameRest: false, total: /[销銷]售(?:产值|產值)/, only: /[销銷]售(?:产值|產值)/, wholeOnly: true },
  // `地方财政总收入A。其中，地方财政本级收入B；中央补助收入C`: the localities' own revenue and what the centre granted them.
  { name: '地方本级收入/中央补助收入', members: [/^[\s\u3000，,；;：:、]*(?:地方)?(?:[财財]政)?本[级級]收入/, /^[\s\u3000，,；;：:、]*中央(?:[对對]地方)?(?:[税稅]收返[还還]和)?[补補]助(?:地方)?收入/], sameRest: false, total: /地方(?:[财財]政)?[总總]收入/, only: /地方(?:[财財]政)?[总總]收入/, wholeOnly: true },
  // A city's budget by level: the city's own (市本级) and its counties and districts (`县(市)区级`, `区县级`).
  // (A city of districts only, or of counties only: `市本级收入A；区级收入B`.)
  { name: '市本级/县区级', members: [/^[\s\u3000，,；;：:、]*市本[级級]/, /^[\s\u3000，,；;：:、]*(?:各)?(?:[县縣](?:[（(]市[、，,]?(?:[区區])?[）)]|市)?[区區]|[区區][县縣](?:[（(]市[）)])?|[县縣]市[区區]?|[区區]|[县縣])[级級]/], sameRest: false, wholeOnly: true },
  // Marriages registered: between mainland residents, and with residents of Hong Kong, Macao, Taiwan or abroad.
  { name: '内地居民/涉外及港澳台', members: [/[内內]地居民/, /港澳台|涉外|[华華]侨|[华華]僑|外[国國]人/], sameRest: false, total: /登[记記]/, only: /登[记記]/, wholeOnly: true },
  // Vegetables grown in the open and in greenhouses (设施): the two make up the area.
  { name: '露地/设施', members: [/露地/, /[设設]施/], sameRest: false, total: /面[积積]/, only: /面[积積]/, wholeOnly: true },
  // Industry (工业) by section of the national classification: mining, manufacturing, and power, heat, gas and
  // water supply; its value added, investment, revenue or profit alike (only under a total naming 工业).
  { name: '采矿业/制造业/电力燃气水', members: [/采[矿礦]|採[礦矿]/, /制造|製造/, /[电電]力|[热熱]力|燃气|燃氣|水的?生[产產]和供[应應]/], sameRest: false, total: /工[业業]/, only: /工[业業]/, wholeOnly: true },
  // The secondary sector is industry and construction, by definition.
  { name: '工业/建筑业', members: [/工[业業]/, /建[筑築]/], sameRest: false, total: /第?二[产產]/, only: /第?二[产產]/, wholeOnly: true },
  // Compulsory education is primary and junior secondary school, by definition (its pupils, schools or teachers).
  { name: '小学/初中', members: [/小[学學]/, /初中/], sameRest: false, total: /[义義][务務]教育/, only: /[义義][务務]教育/, wholeOnly: true },
  // Rural workers moved out, named by how they moved (`省内转移A，省外输出B`): within or outside the province.
  { name: '省内转移/省外输出', members: [/省[内內][转轉]移/, /省外[输輸]出/], sameRest: false, total: /[转轉]移|[输輸]出|[务務]工|[劳勞][动動]力/, only: /[转轉]移|[输輸]出|[务務]工|[劳勞][动動]力/, wholeOnly: true },
  // Taiwan's budgets classify spending (岁出) as current (经常门) or capital (资本门), by definition.
  { name: '经常门/资本门', members: [/[经經]常[门門]/, /[资資]本[门門]/], sameRest: false, total: /[岁歲]出|支出/, only: /[岁歲]出|支出/, wholeOnly: true },
  // The central budget's spending: its own level's spending and the rebates and transfers to the localities, plus,
  // in a budget, the reserve fund (中央预备费), by definition of the national budget report.
  { name: '中央本级/对地方转移支付', members: [/本[级級]支出/, /[对對]地方(?:[税稅]收返[还還]和)?[转轉]移支付|[税稅]收返[还還]和[转轉]移支付|^[\s\u3000，,；;：:、]*(?:中央)?(?:[对對])?[补補]助地方(?:支出)?/], sameRest: false, total: /中央(?:[财財]政|一般公共[预預]算)?[总總]?支出/, only: /中央(?:[财財]政|一般公共[预預]算)?[总總]?支出/, wholeOnly: true },
  { name: '中央本级/对地方转移支付/预备费', members: [/本[级級]支出/, /[对對]地方(?:[税稅]收返[还還]和)?[转轉]移支付|[税稅]收返[还還]和[转轉]移支付/, /[预預][备備][费費]/], sameRest: false, total: /中央(?:[财財]政|一般公共[预預]算)?[总總]?支出/, only: /中央(?:[财財]政|一般公共[预預]算)?[总總]?支出/, wholeOnly: true },
  // Hong Kong's population is its usual residents and its mobile residents, by the census department's definition.
  { name: '常住居民/流动居民', members: [/常住居民/, /流[动動]居民/], sameRest: false, total: /人口/, only: /人口/, wholeOnly: true },
  // Commodity housing sold: finished (现房) and pre-sold (期房), by definition; area or value alike.
  // (Macao writes 现货住宅 and 住宅楼花, the 住宅 on either side.)
  { name: '现房/期房', members: [/[现現]房|[现現][货貨](?:住宅)?/, /期房|(?:住宅)?[楼樓]花(?:住宅)?/], sameRest: true },
  // Hong Kong's exports: domestic exports and re-exports make up total exports, by definition.
  { name: '本地产品出口/再出口', members: [/本地[产產]品出口|港[产產]品出口/, /再出口|[转轉]口/], sameRest: false, total: /[总總]出口|整[体體]出口/, only: /[总總]出口|整[体體]出口/, wholeOnly: true },
  // Hong Kong's new mortgage loans: for primary-market deals, secondary-market deals and refinancing, by the
  // monetary authority's survey definition.
  // (Told in two sentences, `…一手…；…二手…。至于…转按…`: the first two mark the family, so the third completes it.)
  // (Only the survey's loans, `按揭贷款`: mortgages registered with the land office, `登记…按揭N宗`, count other deals
  // besides, and their three named kinds fall short of the whole.)
  { name: '一手/二手/转按', members: [/一手/, /二手/, /[转轉]按/], sameRest: false, total: /按揭[^，,；;。]{0,4}[贷貸]款/, only: /按揭[^，,；;。]{0,4}[贷貸]款/ },
  // A province's education population is its students and its schools' staff, by the bulletin's definition
  // (`教育人口A，其中，在校生B，教职工C`).
  { name: '在校生/教职工', members: [/在校生|在校学生|在校學生/, /教职工|教職工/], sameRest: false, total: /教育人口/, only: /教育人口/, wholeOnly: true },
  // The Exchange Fund's assets are Hong Kong dollar assets and foreign currency assets, by its balance sheet.
  { name: '港元资产/外币资产', members: [/港元[资資]产|港元[资資]產/, /外[币幣][资資]产|外[币幣][资資]產/], sameRest: false, total: /[资資][产產]/, only: /[资資][产產]/, wholeOnly: true },
  // Passengers sent by every mode of transport: rail, road, water and air (no pipeline carries passengers), all four
  // named, under a count of passengers (`全省累计发送旅客A。其中，公路营业性客运量B。铁路客运量C。水路…。民航…`).
  // (And a transport investment by the four modes: `交通固定资产投资A，其中铁路、公路、水路、民航分别完成投资…`.)
  { name: '铁路/公路/水路/民航', members: [/铁路|鐵路/, /(?<!高速)公路|道路/, /水路|水运|水運/, /民航|航空/], sameRest: false, total: /(?:旅客|客[运運]量)$|交通(?:运输|運輸)?(?:固定资产|固定資產)?投[资資]/, only: /(?:旅客|客[运運]量)$|交通(?:运输|運輸)?(?:固定资产|固定資產)?投[资資]/, wholeOnly: true },
  // Macau's visitors: those who stay overnight and same-day visitors, by definition.
  // (Mainland releases: overnight visitors and day trippers, `过夜游客A；接待“一日游”游客B`.)
  { name: '留宿/不过夜旅客', members: [/留宿|(?<!不)[过過]夜/, /不[过過]夜|即日|一日游|一日遊/], sameRest: false, total: /旅客|游客|遊客|入境|接待/, only: /旅客|游客|遊客|入境|接待/, wholeOnly: true },
  // Consumer complaints (12315) are about goods or about services, by their classification.
  { name: '商品类/服务类', members: [/商品类|商品類/, /服[务務]类|服[務务]類/], sameRest: false, total: /投诉|投訴|[举舉]报|[咨諮]询|[咨諮]詢/, only: /投诉|投訴|[举舉]报|[咨諮]询|[咨諮]詢/, wholeOnly: true },
  // Hospitals by ownership (public and private, as the health statistics class them) and schools by who
  // runs them: two halves by definition.
  { name: '公立/民营', members: [/公立/, /民[营營]/], sameRest: true, restInTotal: true },
  { name: '公办/民办', members: [/公[办辦]/, /民[办辦]/], sameRest: true, restInTotal: true },
  // Box office and goods: domestic and imported, by definition.
  { name: '国产/进口', members: [/[国國][产產]/, /[进進]口/], sameRest: true },
  // A station's passengers and freight: sent and arrived (到发量).
  { name: '发送/到达', members: [/[发發]送/, /到[达達]/], sameRest: true },
  { name: '发货/到货', members: [/[发發][货貨]/, /到[货貨]/], sameRest: true },
  // Graduates by level of study: postgraduates (or doctoral and master's), undergraduates, short-cycle.
  // (Only under a count of students or graduates: a budget for higher education names other things too.)
  { name: '研究生/本科/专科', members: [/研究生/, /本科/, /[专專]科|大[专專]|高[职職]/], sameRest: false, only: STUDENT_COUNT },
  { name: '博士/硕士/本科/专科', members: [/博士/, /[硕碩]士/, /本科/, /[专專]科|大[专專]|高[职職]/], sameRest: false, only: STUDENT_COUNT },
  // Postgraduates: doctoral and master's students, by definition (only under a 研究生 total: a university's
  // graduates count its undergraduates too).
  { name: '博士/硕士', members: [/博士/, /[硕碩]士/], sameRest: true, total: /研究生/, only: /研究生/ },
  // Retail sales of older bulletins by where they were made: the county seat and above, and below it.
  // (`县的零售额A；县以下零售额B`: the county seat named without 以上.)
  { name: '县以上/县以下', members: [/[县縣](?:及[县縣])?以上|^[\s\u3000，,；;：:、]*[县縣](?:[级級]|城)?的?(?=零售|商品|消费|消費)/, /[县縣]以下/], sameRest: false, total: /零售|商品/ },
];

/**
 * A per-head total that its per-head components add up to (`人均可支配收入` = 工资性 + 经营净 + 财产净 +
 * 转移净 收入; `人均消费支出` = 食品烟酒 + 衣着 + 居住 + …): an average, but one whose parts are averages
 * over the same heads. Never `城镇居民…`/`农村居民…` as parts (a weighted mean, not a sum).
 */
// (`工资性收入人均608元，其中务工收入人均355元`: a per-head wage income is made of per-head wages too.)
// (`家庭经营收入人均304元，其中工业收入人均…，建筑业收入人均…，第三产业收入人均…`: a household's business income by
// the industry it came from.)
// (`农村居民人均现金收入A，其中人均生产性现金收入B；非生产经营性现金收入C`: a survey's cash income; `出售农产品的收入人均A，其中，
// 出售种植业产品的收入人均B；出售林产品的收入人均C…`: sales of farm produce by the branch that produced them.)
const PER_HEAD_WHOLE = /(?:可支配收入|纯收入|純收入|[现現]金收入|出售[农農][产產]品的?收入|(?:生活)?消费支出|(?:生活)?消費支出|工资性收入|工資性收入|务工收入|務工收入|[经經][营營](?:[净淨性])?收入)(?:人均)?$/;
const PER_HEAD_COMPONENT = /^(?:[\s\u3000，,；;：:、]*(?:其中[，,：:]?)?)(?:人均)?(?:工资性|工資性|经营(?:性|净)?|經營(?:性|淨)?|家庭经营|财产(?:性|净)?|財產(?:性|淨)?|转移(?:性|净)?|轉移(?:性|淨)?|食品(?:烟酒)?|衣着|居住|生活用品(?:及服务)?|交通(?:通信|通讯)?|教育(?:文化(?:娱乐)?)?|医疗(?:保健)?|其他用品(?:及服务)?|(?:种植业|種植業|畜牧业|畜牧業|牧业|牧業|林业|林業|渔业|漁業|养殖业|養殖業|第[一二三]产业|第[一二三]產業|工业|工業|建筑业|建築業|运输业|運輸業|商饮业|商業|服务业|服務業|外出务工|本地务工|本地務工|务工|務工)(?:收入)?|其[他它余](?:收入)?(?=[\s\u3000]*$|收入)|非?生[产產](?:[经經][营營])?性(?:[现現]金)?收入|出售(?:种植业|種植業|林|牧业|牧業|畜牧业|畜牧業|渔业|漁業|养殖业|養殖業)?[产產]品的?收入)/;
const NOT_COMPONENT = /城镇|城鎮|农村|農村|城乡|城鄉|全体|全體|居民/;

/** True when a per-head total's name (`城镇居民人均可支配收入`) allows its components to be summed. */
export function perHeadWhole(label: string): boolean {
  return PER_HEAD_WHOLE.test(label.replace(/[\s\u3000]+$/, '').replace(/(?:为|达到?|是|实现)$/, ''));
}

/**
 * True when a part's name (`工资性收入`, `食品烟酒支出`) is a per-head component of such a total. A
 * farmer's per-head income by the industry it came from (`种植业…元，畜牧业…元，其他…元`, older bulletins)
 * is one too.
 */
export function perHeadComponent(label: string): boolean {
  return PER_HEAD_COMPONENT.test(label) && !NOT_COMPONENT.test(label);
}

/** Words a part's name may open with before its member (`其中，`, `全县`, `当月`, `实现`). */
const MEMBER_LEAD = /^[\s\u3000，,；;：:、]*(?:其中[，,：:]?)?(?:全年|全县|全市|全区|全镇|累计|共|当月|當月|本月)?(?:实现|完成|达到|达)?/;

/**
 * A total whose name enumerates its members, one character each (`猪牛羊禽肉产量` → 猪肉, 牛肉, 羊肉,
 * 禽肉; `工农业总产值` → 工业…, 农业…; `进出口总额` → 进口, 出口): the parts that name every member once,
 * each followed by the character the total's name goes on with, cover it. Returns the members
 * (`猪/牛/羊/禽`), or undefined. A total that a known family defines (`农林牧渔业总产值`, whose
 * services are a fifth part) is left to that family.
 */
export function membersNamedBy(totalName: string, labels: readonly string[]): string | undefined {
  const n = labels.length;
  // (`省、市重点项目` names 省 and 市 one character each too, set apart by 、: listed so, they are the whole list,
  // whatever family the total's measure belongs to.)
  const bare = totalName.replace(/^[\s\u3000，,。：:]+/, '');
  const name = bare.includes('、') ? bare.replace(SINGLE_CHARS_LISTED, (run) => run.replace(/、/g, '')) : bare;
  if (n < 2 || n > 6 || (name === bare && FAMILIES.some((f) => f.total?.test(totalName) === true))) return undefined;
  for (let k = 0; k + n < name.length; k++) {
    const run = name.slice(k, k + n);
    const next = name[k + n] ?? '';
    if (!/^[\u4e00-\u9fff]+$/.test(run + next) || new Set(run).size !== n || run.includes(next)) continue;
    const used = new Set<number>();
    for (const label of labels) {
      // The member must open the part's name (`禽蛋产量`, not `猪肉产量` under 肉蛋奶: pork is one meat).
      const bare = label.replace(MEMBER_LEAD, '');
      const i = [...run].findIndex((c, j) => !used.has(j) && bare.startsWith(c + next));
      if (i < 0) break;
      used.add(i);
    }
    if (used.size === n) return [...run].join('/');
  }
  return undefined;
}

/** Single characters listed with 、 at the head of a name (`省、市重点项目`), not inside a word. */
const SINGLE_CHARS_LISTED = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:、[\u4e00-\u9fff]){1,4}(?=[\u4e00-\u9fff]{2})/g;

/**
 * A total named by two members joined with 和, 及 or 与 (`交通和通信支出`, `公务用车购置及运行费`): two parts
 * that open with one member each (once the words both parts share are set aside: `城镇居民人均`) cover
 * it. Returns the members (`交通/通信`), or undefined.
 */
export function membersJoinedBy(totalName: string, labels: readonly string[]): string | undefined {
  if (labels.length !== 2) return undefined;
  const name = totalName.replace(/^[\s\u3000，,。：:]+/, '');
  const bare = labels.map((l) => l.replace(MEMBER_LEAD, ''));
  const [a, b] = bare;
  if (a === undefined || b === undefined) return undefined;
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  const x = a.slice(shared);
  const y = b.slice(shared);
  // The shortest opening of `part` (two characters or more) that ends `left` (or opens `right`).
  const ending = (left: string, part: string): string | undefined => {
    for (let k = 2; k <= Math.min(part.length, left.length); k++) if (left.endsWith(part.slice(0, k))) return part.slice(0, k);
    return undefined;
  };
  const opening = (right: string, part: string): string | undefined => {
    for (let k = 2; k <= Math.min(part.length, right.length); k++) if (right.startsWith(part.slice(0, k))) return part.slice(0, k);
    return undefined;
  };
  for (let c = 1; c < name.length - 1; c++) {
    if (!JOINING.includes(name[c] ?? '')) continue;
    const left = name.slice(0, c);
    const right = name.slice(c + 1);
    for (const [first, second] of [[x, y], [y, x]] as const) {
      const m1 = ending(left, first);
      const m2 = opening(right, second);
      // (`教育、科技和文化支出`: a third member listed before them; two parts are a subset.)
      if (m1 === undefined || m2 === undefined || m1 === m2 || /[、，,]$/.test(left.slice(0, left.length - m1.length))) continue;
      return `${m1}/${m2}`;
    }
  }
  return undefined;
}

/** The words that join two members in a total's name. */
const JOINING = '和及与與';

/**
 * True when a part is named as the whole of a family the total is a member of (`…第三产业增加值
 * 398950万元。其中：县属实现生产总值804890万元`): the 其中 breaks down the whole, not its last member.
 */
export function namesTheWholeOf(partName: string, totalName: string): boolean {
  // (A budget line, `转移支付收入` under `区本级可用财力`, names one line of the income, never the whole of it.)
  if (BALANCE_ITEM.test(partName)) return false;
  // (A part that names a member itself, `当年财政拨款收入` under `财政拨款总预算`, is no whole of the family.)
  // (The whole's word must close the part's name, `生产总值`: in `补助下级支出` the 补助 only says what is spent.)
  const tail = closingTail(partName);
  const shorter = tail.slice(0, -1);
  return FAMILIES.some((f) => f.total !== undefined && f.total.test(tail) && !f.total.test(shorter) && f.members.some((m) => m.test(totalName)) && !f.total.test(totalName) && !f.members.some((m) => m.test(partName)));
}

/**
 * The last characters of a name (a verb of being or amounting aside): a word closes the name when it is found
 * in them and not once their last character is dropped.
 */
function closingTail(name: string): string {
  const bare = name.replace(/[\s\u3000]+$/, '').replace(/(?:[为為]|[达達]到?|完成|实现|實現)$/, '');
  return bare.slice(-CLOSING_WORD_REACH);
}

/** How many closing characters of a name may hold the word it ends in (`地区生产总值`: 生产总值). */
const CLOSING_WORD_REACH = 6;

/** True when a label names a member of a known family that may make up a total of this name. */
export function memberUnder(label: string, totalName: string): boolean {
  return FAMILIES.some((f) => f.members.some((m) => m.test(label)) && (f.total === undefined || f.total.test(totalName)) && f.notUnder?.test(totalName) !== true);
}

/** The name a family's total must carry (`中学` for 高中/初中), if the family sets one. */
export function familyTotal(family: string): RegExp | undefined {
  return FAMILIES.find((f) => f.name === family)?.total;
}

/** True when a family does not make up a total of this name (税收 + 非税 ≠ 财政总收入). */
export function familyNotUnder(family: string, totalName: string, labels: readonly string[] = []): boolean {
  const set = FAMILIES.find((f) => f.name === family);
  if (set === undefined) return false;
  if (set.restInTotal === true) {
    // What the first member is (`公立医院` → 医院), up to its end or a verb of amounting.
    const first = labels[0] ?? '';
    const at = set.members.map((m) => m.exec(first)).find((m) => m !== null);
    const rest = at ? first.slice(at.index + at[0].length).replace(/(?:[为為]|[达達]到?|共有|有|完成|实现|實現)$/, '') : '';
    if (rest.length >= 1 && !totalName.includes(rest)) return true;
  }
  // A family complete only under some totals (`only`): under any other it is a plain list.
  if (set.only !== undefined && !set.only.test(totalName)) return true;
  return set.notUnder?.test(totalName) === true;
}

/**
 * True when a family's parts break down a total of this name: whatever its wording (sectors →
 * GDP), or when the total ends with what the parts measure (`第一产业投资`… → `固定资产投资`).
 */
export function familyFitsTotal(family: string, totalName: string, labels: readonly string[] = []): boolean {
  const set = FAMILIES.find((f) => f.name === family);
  if (!set) return false;
  if (set.total?.test(totalName) === true) return true;
  const rests = labels.map((l) => {
    const member = set.members.find((m) => m.test(l));
    const at = member ? member.exec(l) : null;
    // (`税收收入完成`: the verb after the name is no part of what the member measures; nor is `业务`, the line of
    // business a member names, `财产险业务赔付支出`.)
    return at ? l.slice(at.index + at[0].length).replace(/^[业業](?:[务務])?/, '').replace(/(?:累计)?(?:完成|实现|實現|达到|達到|为|為|达|達)$/, '') : undefined;
  });
  const rest = rests[0];
  return rest !== undefined && rest.length >= 2 && rests.every((r) => r === rest) && totalName.endsWith(rest);
}

/**
 * True when every label names a member of the family bare (`第一产业`, `第二产业完成`): nothing
 * after the member says what it measures, so the breakdown's mark must say it.
 */
export function bareMembers(family: string, labels: readonly string[]): boolean {
  const set = FAMILIES.find((f) => f.name === family);
  if (!set || labels.length === 0) return false;
  return labels.every((l) => {
    const member = set.members.map((m) => m.exec(l)).find((m) => m !== null);
    return member !== undefined && member !== null && /^[业業]?(?:完成|实现|為|为)?$/.test(l.slice(member.index + member[0].length).trim());
  });
}

/**
 * Kinds that never hold one another, whatever else their names share: the social insurances. A
 * clause about 医疗保险 after a list under 养老保险 is a sibling of that total, not a part of it.
 */
const EXCLUSIVE_KINDS: RegExp[] = [/养老保[险險]|养老保障/, /医疗保[险險]|医保|醫療保險/, /失业保[险險]|失業保險/, /工伤保[险險]|工傷保險/, /生育保[险險]/];

export function anotherKind(total: string, name: string): boolean {
  const kindOf = (s: string): number => EXCLUSIVE_KINDS.findIndex((k) => k.test(s));
  const a = kindOf(total);
  const b = kindOf(name);
  return a >= 0 && b >= 0 && a !== b && !EXCLUSIVE_KINDS[a]!.test(name);
}

/**
 * True when two names carry opposite members of one family (`本地固定电话用户` / `移动电话用户`,
 * `城镇居民…` / `农村居民…`): the second is the first's sibling, never its part.
 */
export function oppositeMembers(a: string, b: string): boolean {
  // Only families whose members differ by the member word alone, and names that agree after it
  // (`…固定电话用户` / `移动电话用户`): `一般公共预算总收入` is no opposite of `转移性收入`.
  const after = (name: string, m: RegExp): string | undefined => {
    const found = m.exec(name);
    return found ? name.slice(found.index + found[0].length) : undefined;
  };
  return FAMILIES.some(({ members, sameRest }) =>
    sameRest &&
    members.some((ma, i) => {
      const restA = ma.test(a) ? after(a, ma) : undefined;
      if (restA === undefined || restA.length < 2) return false;
      return members.some((mb, j) => j !== i && !mb.test(a) && !ma.test(b) && after(b, mb) === restA);
    }),
  );
}

/**
 * True when `head` opens with another member of a family that `owner` opens with (`第二产业…` /
 * `第三产业…`, `城镇…` / `农村…`): a clause so headed is the owner's sibling, so a breakdown of the
 * owner (`第二产业…；其中：工业…；建筑业…；第三产业…`) has ended before it.
 */
export function nextMemberOf(owner: string, head: string): boolean {
  return FAMILIES.some(({ members, wholeOnly }) => {
    if (wholeOnly === true) return false;
    const a = firstMember(members, owner)[0];
    const b = firstMember(members, head)[0];
    if (a === undefined || b === undefined || a === b) return false;
    // The member must open both names (after a little lead-in such as `全年`).
    return (members[a]!.exec(owner)?.index ?? 99) <= 2 && (members[b]!.exec(head)?.index ?? 99) <= 2;
  });
}

/** The member a label names first (earliest in the label), as a one-element list; [] for none or a tie. */
function firstMember(members: RegExp[], label: string): number[] {
  let best = -1;
  let at = Infinity;
  let tie = false;
  members.forEach((m, i) => {
    const found = m.exec(label);
    if (!found) return;
    if (found.index < at) {
      best = i;
      at = found.index;
      tie = false;
    } else if (found.index === at) tie = true;
  });
  return best < 0 || tie ? [] : [best];
}

/**
 * Each label's first member (firstMember), or undefined as soon as one label names none or a tie:
 * most label lists are of no family, and their first label already says so.
 */
function firstMembers(members: RegExp[], labels: readonly string[]): number[] | undefined {
  const hits: number[] = [];
  for (const l of labels) {
    const h = firstMember(members, l);
    if (h.length !== 1 || h[0] === undefined) return undefined;
    hits.push(h[0]);
  }
  return hits;
}

/**
 * `高中以上学历人数达到80%，即2100人（含大学生）`: a part whose bracket says it includes another part's kind
 * (`大学生`) overlaps that part; the list is no sum. True when the words right after a part's figure so
 * name a word of another part's label.
 */
export function includesOtherPart(after: string, otherLabels: readonly string[]): boolean {
  const m = /^[\s\u3000]*[（(](?:含|包含|包括)([\u4e00-\u9fff]{2,8}?)(?:在内)?[）)]/.exec(after);
  const named = m?.[1];
  return named !== undefined && otherLabels.some((l) => l.includes(named));
}

/** The family name of age groups that cover every age (ageRangesCover). */
export const AGE_GROUPS = '年龄段';

/** True when a label names an age (`35岁及以下的`, `年龄在36至54岁之间的`). */
export function namesAge(label: string): boolean {
  return /[0-9０-９][\s\u3000]*(?:周)?[岁歲]/.test(label);
}

const AGE_BELOW = /(\d{1,3})[\s\u3000]*(?:周)?[岁歲](?:及|或)?以下/;
const AGE_SPAN = /(\d{1,3})(?:周?[岁歲])?[\s\u3000]*(?:至|到|—|-|－|～|~)[\s\u3000]*(\d{1,3})[\s\u3000]*(?:周)?[岁歲]/;
const AGE_ABOVE = /(\d{1,3})[\s\u3000]*(?:周)?[岁歲](?:及|或)?以上/;

/**
 * `年龄35岁及以下的有A，36至54岁之间的有B，55岁及以上的有C`, `14岁以下…，15—64岁…，65岁以上…`: age groups
 * from an open lower group through adjoining spans to an open upper group cover every age, so they
 * make up the population they divide, whatever it is called.
 */
export function ageRangesCover(labels: string[]): boolean {
  // (`80岁以上…，70-79岁…，…，40岁以下…`: listed oldest first, the same groups read backwards.)
  return agesAscendCover(labels) || agesAscendCover([...labels].reverse());
}

function agesAscendCover(labels: string[]): boolean {
  if (labels.length < 2) return false;
  let upTo: number | undefined;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] ?? '';
    const first = i === 0;
    const last = i === labels.length - 1;
    if (first) {
      // `14岁以下`, or a span from birth (`0-14岁`).
      const span = AGE_SPAN.exec(l);
      const m = span ? undefined : AGE_BELOW.exec(l);
      if (span && span[1] === '0') upTo = Number(span[2]);
      else if (m) upTo = Number(m[1]);
      else return false;
      continue;
    }
    // The next group starts at the bound, or one year after it (`35岁及以下` then `36至54岁`).
    const adjoins = (from: number): boolean => upTo !== undefined && (from === upTo || from === upTo + 1);
    if (last) {
      const m = AGE_ABOVE.exec(l);
      return m !== null && !AGE_SPAN.test(l) && adjoins(Number(m[1]));
    }
    const m = AGE_SPAN.exec(l);
    if (!m || !adjoins(Number(m[1])) || Number(m[2]) <= Number(m[1])) return false;
    upTo = Number(m[2]);
  }
  return false;
}

/** A bracketed aside inside a label (`少数民族（满族）`, `{满族}`): no part of the name a family reads (one
 * character in brackets is part of the word: `退（离）休`). */
const LABEL_ASIDE = /[（(｛{][^（）(){}｛｝]{2,12}[）)｝}]/g;

/** The family the labels exactly cover, one member each (in any order), or undefined. */
export function familyOf(given: string[]): string | undefined {
  // Asked again and again for the same labels (every list, every warm run): memoized on their text.
  return familyMemo(given.join(LABEL_SEPARATOR));
}

/** Joins labels into one memo key; no label holds it. */
const LABEL_SEPARATOR = '\u0001';

/** A verb of being or amounting at the end of a label, right before its figure. */
// (`而进口额则为`: the 则 of a contrast before the copula.)
const TRAILING_COPULA = /(?:则|則)?(?:为|為|是|达|達|约|約)$/;

/** A change that reached the level after it, at the end of a label (`增89.6%至`, `按月升至`, `下降到`). */
const CHANGED_TO = /(?:按月|按年|按季|同比|環比|环比)?(?:增|升|降|減|减|上升|下降|增加|增長|增长|減少|减少|回升|回落)(?:[0-9０-９.．]+[%％])?(?:至|到)?$/;

const familyMemo = memoOfText((key: string): string | undefined => {
  const given = key === '' ? [] : key.split(LABEL_SEPARATOR);
  // The labels as written first: an aside may name the member itself (`城市(县以上)`).
  const found = familyOfLabels(given);
  if (found !== undefined || !given.some((l) => l.search(LABEL_ASIDE) >= 0)) return found;
  return familyOfLabels(given.map((l) => l.replace(LABEL_ASIDE, '')));
});

/** A lead-in or a verb of issuing before a member's name (`包括新增一般债券`): no part of what it names. */
// (`；而进口额则为`: the 而 of a contrast opens the clause.)
const LEADING_VERB = /^(?:而|包括|其中|当中|當中)?(?:发行|發行)?(?:新增)?(?:下达|下達|争取|爭取|安排)?/;

/** The place a clause speaks of, named again (`该市男百岁老人` after `赣州市…`): no part of a member's name. */
const PLACE_LEAD = /^(?:该|本|全)(?:省|市|州|盟|县|區|区|旗|镇|鎮|乡|鄉)/;

function familyOfLabels(labels: string[]): string | undefined {
  if (ageRangesCover(labels)) return AGE_GROUPS;
  for (const set of FAMILIES) {
    if (set.closed ? labels.length < 2 || labels.length > set.members.length : labels.length !== set.members.length) continue;
    // A label naming two members (`批发业零售额`: 批发 and 零售) is the member it names first.
    const hits = firstMembers(set.members, labels);
    if (hits === undefined) continue;
    const covered = new Set(hits);
    if (covered.size !== (set.closed ? labels.length : set.members.length)) continue;
    if (set.sameRest) {
      const rests = labels.map((l, i) => {
        const member = set.members[hits[i] ?? -1];
        // A copula before the figure is no part of the name (`专项债务限额为…` beside `一般债务限额…`).
        // Nor a verb before it (`一般债券` beside `发行专项债券`).
        // Nor a description ending in 的 (`在乡内就地就近就业的本地农民工` beside `到乡外就业的外出农民工`).
        // Nor the change that reached the level (`居民部分增89.6%至` beside `非居民部分升至`).
        return (member === undefined ? l : l.replace(member, '')).replace(/^[\s，,；;：:、]+/, '').replace(/^[^，,；;。]*的/, '').replace(LEADING_VERB, '').replace(PLACE_LEAD, '').replace(/[\s\u3000]+$/, '').replace(TRAILING_COPULA, '').replace(CHANGED_TO, '');
      });
      if (rests.some((r) => r !== rests[0]) && !(ELIDES_SUBJECT.has(set.name) && subjectElided(labels, hits.map((h) => set.members[h])))) continue;
    }
    return set.name;
  }
  return undefined;
}

/**
 * Families whose later members may leave out the subject the first one names: trade, and housing sold
 * (`销售现房A，期房B`). Elsewhere a
 * bare later member is a cut of its own (`地方财政收入A；国税收入B；地税收入C`, `补助标准城市…，农村…`).
 */
const ELIDES_SUBJECT = new Set(['出口/进口', '现房/期房']);

/**
 * `知识密集型服务出口A；进口B`: the first label names the subject before its member, the later ones leave
 * it out (nothing before their member) and every label says the same after its member.
 */
function subjectElided(labels: readonly string[], members: readonly (RegExp | undefined)[]): boolean {
  const sides = labels.map((l, i) => {
    const m = members[i]?.exec(l);
    if (m === null || m === undefined) return undefined;
    const before = l.slice(0, m.index).replace(/^[\s\u3000，,；;：:、]+/, '').replace(/^其中[，,：:]?/, '');
    const after = l.slice(m.index + m[0].length).replace(/[\s\u3000]+$/, '').replace(TRAILING_COPULA, '');
    return { before, after };
  });
  const first = sides[0];
  if (first === undefined || first.before.length < 2 || sides.some((x) => x === undefined)) return false;
  return sides.every((x, i) => x !== undefined && x.after === first.after && (i === 0 || x.before === ''));
}

/**
 * How many different members of the named family the labels name, one each at most
 * (`现房销售…，期房销售…`: 2). Labels that name no member, or two, are not counted.
 */
export function membersNamed(family: string, labels: readonly string[]): number {
  const set = FAMILIES.find((f) => f.name === family);
  if (set === undefined) return 0;
  const seen = new Set<number>();
  for (const l of labels) {
    const h = firstMember(set.members, l);
    if (h.length === 1 && h[0] !== undefined) seen.add(h[0]);
  }
  return seen.size;
}

/**
 * Families that cut their total in two halves, one the complement of the other (`农业人口` / `非农业人口`,
 * 男 / 女, 城镇 / 农村): once both are listed, no further sibling of that cut can follow, so a next item
 * (`；全年出生人口…`) is no part of the list.
 */
/**
 * Families that the third land survey widened by a class: 耕地 is 水田 + 水浇地 + 旱地, so two of them
 * falling short of it may leave the third out (an overshoot is still wrong).
 */
const MAY_LEAVE_A_CLASS_OUT = new Set(['水田/旱地', '水浇地/旱地']);

export function familyMayLeaveOut(name: string | undefined): boolean {
  return name !== undefined && MAY_LEAVE_A_CLASS_OUT.has(name);
}

const TWO_HALVES = new Set(['男/女', '农业/非农业人口', '城镇/农村', '限额以上/以下', '规模以上/以下', '汉族/少数民族', '出口/进口', '国内/国际', '水田/旱地']);

export function halvesOf(family: string | undefined): boolean {
  return family !== undefined && TWO_HALVES.has(family);
}

/**
 * `国内航线A，国际航线B，地区航线C`: after 国内 and 国际 a third item named with their rest (航线) is the regional
 * kind (Hong Kong, Macao, Taiwan) that finishes the list, even garbled (`地航线区`), not another cut.
 */
export function thirdKindAfterHalves(family: string | undefined, firstHead: string, next: string): boolean {
  if (family !== '国内/国际') return false;
  const rest = firstHead.replace(/^[\s\u3000，,；;：:、]*(?:国内|國內)/, '');
  return rest.length >= 2 && rest !== firstHead && next.includes(rest);
}

/**
 * True when every label names a different member of one family, not all of them (`农业…；林业…；牧业…；
 * 渔业…`, the services in the next sentence): a list of siblings however unlike their names look.
 */
export function partialFamily(labels: string[]): boolean {
  if (labels.length < 2) return false;
  return FAMILIES.some((set) => {
    if (labels.length >= set.members.length || set.wholeOnly === true) return false;
    const hits = firstMembers(set.members, labels);
    return hits !== undefined && new Set(hits).size === labels.length;
  });
}

/**
 * `分三类`, `分为4个方面`, `分六个领域`, `由三部分构成`, `包括两个部分`: N parts announced. A count of
 * parts after 由/包括 needs 部分 (`包括三个项目` counts projects, not parts).
 */
const COUNT_MARK = /(?:分(?:为)?([一二两三四五六七八九十]{1,3}|\d{1,2})(?:个)?(?:类|大类|个方面|个领域|个板块|种|部分|部份)|(?:由|包括|包含)([一二两三四五六七八九十]{1,3}|\d{1,2})(?:个)?(?:部分|部份)(?:构成|组成)?)/;

/**
 * `“五大任务”支出152.86亿元，其中：…`, `三大攻坚战投入…，其中：…`: a total whose name counts the items it
 * is made of. The 其中 list that names that many items names them all.
 */
// (Also `运用“四种形态”…处理共N人次`: the four forms of discipline, each a part.)
const NAMED_COUNT = /([一二两三四五六七八九十])(?:大[“"「『]?(?:任[务務]|工程|行[动動]|板[块塊]|[领領]域|[产產]业|[产產]業|行业|行業|方面|平台|基地|[园園]区|[园園]區|[战戰]略|攻[坚堅][战戰])|种形[态態])/;

/** The number of items a total's clause (`保障“五大任务”支出152.86亿元`) names in its own name, if any. */
export function countNamedBy(totalClause: string): number | undefined {
  const m = NAMED_COUNT.exec(totalClause) ?? QUOTED_SET.exec(totalClause);
  return m ? countOf(m[1] ?? '') : undefined;
}

/** `“三保”支出`, `“三公”经费`: a fixed set of a few items named in quotes by their count and one character. */
const QUOTED_SET = /[“"「『]([两三四五六七八九])[保公险險费費农農][”"」』]/;

export interface CountMark {
  index: number;
  end: number;
  /** The announced number of parts, when readable. */
  count?: number;
}

export function countMark(text: string): CountMark | undefined {
  const m = COUNT_MARK.exec(text);
  if (!m) return undefined;
  return { index: m.index, end: m.index + m[0].length, count: countOf(m[1] ?? m[2] ?? '') };
}

function countOf(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const n = parseCnNumeral(s.replace('两', '二'));
  return n === undefined ? undefined : Number(n);
}

/**
 * `按消费类型分，…`, `按经营地统计：…`, `分产业看，…`, `分区域看：…`, `从性别看，…`, `从消费形态看，…`,
 * `主要用于以下方面：…`: a breakdown of the total before it (`按城乡划分（常住人口），`: a note in brackets may follow the mark). `从…看` only with a word that classifies
 * (`从全省看`, `从增速看` break nothing down). A cut by a usual dimension may run straight into its first
 * member, the comma left out (`按城乡分城镇人口…`, `按性别分男性…`); never `按…分别` / `分配` / `分类`.
 */
// (`依性別分，男性A，女性B`: Taiwan writes 依 for 按, and 區分 / 統計; not 依据, 依照, 依法.)
const BY_MARK = /(?:(?:按|依(?![据據照法]))[^，,；;。：:（(]{1,10}?(?:分|统计|統計|划分|劃分|區分|区分)(?:[（(][^（()）]{1,10}[）)])?|分[^，,；;。：:]{1,6}?看|从[^，,；;。：:]{0,12}?(?:构成|结构|类型|形态|行业|产业|性别|地区|区域|城乡|乡镇|镇街|县区|区县|领域|层级|级次|部门|项目|来源|用途|类别|属性|规模|主体|批次|渠道|隶属关系|所有制|经济成分|层次|学历|年龄|性质|险种|品种|业态|门类)(?:[^，,；;。：:]{0,10}?情况)?(?:上|方面)?(?:来)?看|(?:主要)?用于(?:以下|如下)(?:[几\d一二三四五六七八九十]{1,2}个)?方面)[\s\u3000]*[，,：:]|按(?:城乡|城鄉|性别|性別|三次产业|三次產業|产业|產業|年龄|年齡|地区|地區|区域|區域|行业|行業)(?:分|划分|劃分)(?![别別配布类類为為成摊攤解期批])(?=[\u4e00-\u9fff])/;

/** Words of a 按…统计 mark that name where the figures come from or how they are counted, not a cut. */
const SOURCE_MARK = /公安|户籍|戶籍|常住|口径|口徑|价格|價格|现价|現價|可比/;

export interface ByMark {
  index: number;
  end: number;
}

/**
 * `在总人口中：`, `在规模以上工业中，`: the same, when it opens its sentence (elsewhere `在…中` is any
 * phrase: `在全市考核中，`).
 */
const IN_MARK = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,8}?(?=(?:19|20)\d{2}年))?(?:(?:19|20)\d{2}年(?:年?末|年?底|初)?)?(?:在(?:[^，,；;。：:]{1,10}?中[\s\u3000]*[，,：:]|[^，,；;。：:]{0,8}?(?:人口|收入|支出|投资|总额|总量|产值|面积|产量)中)|[^，,；;。：:\d]{1,14}?(?:人口|收入|支出|投资|总额|总量|产值|面积|产量|[债債]券|老人|[人职職]员|[人職职]員|党员|黨員|学生|學生|在校生|毕业生|畢業生|患者)中[\s\u3000]*[，,：:])/;

/**
 * (`2022年末全市常住人口中，…`, `常住人口中0—14岁人口…`: a date may open the mark, an age range may follow it; a
 * page that lost its line breaks may glue a numbered heading before the date: `二、城乡构成2023年年末全区常住人口中，…`.)
 * `基本支出中医疗业务支出5868万元，…`, `地方级收入中税收收入43亿元`: a sentence that opens with an amount
 * word and 中 (or 中的) and goes straight on to a part's name, no punctuation between. Never 中 that
 * starts a word of its own (`收入中央级`, `投资中小企业`, `支出中期`). Group 1 is the total's name.
 */
const IN_NAME_MARK = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,8}?(?=(?:19|20)\d{2}年))?(?:(?:19|20)\d{2}年(?:年?末|年?底|初)?)?在?([^，,；;。：:\d在]{0,12}?(?:人口|收入|支出|投资|投資|总额|總額|总量|總量|产值|產值|面积|面積|产量|產量|限额|限額|余额|餘額|资金|資金|债券|債券))中的?(?![央期旬部国國心小西东東南北层層等长長])(?=[\u4e00-\u9fff]|[0-9０-９]{1,3}[\s\u3000]*(?:[-—－～~至到][\s\u3000]*[0-9０-９]{1,3}[\s\u3000]*)?(?:周)?[岁歲])/;

/**
 * `…，在地方收入中：…` inside a list: what follows breaks down the part just named, not the total. Also
 * where a page lost the comma after a figure (`谷物面积44.47万亩，减少7%在谷物播种面积中，玉米…`).
 */
// (`，在土地面积中耕地…`: the comma after 中 may be left out, as long as 中 ends no word such as 中央.)
// (`，在初中就读…`: 初中 and 高中 are schools, no mark.)
// (`其中以金属机电业为最大宗，共293家，这里面又以机械设备制造业145家…`: 这里面 / 其中又 points into the part just named.)
const INNER_IN_MARK = /(?:[，,；;]|(?<=[%％0-9０-９]))在[^，,；;。：:]{1,10}?(?<![初高])中(?:[，,：:]|(?![央期旬部国國心小西东東南北层層等长長间間])(?=[\u4e00-\u9fff]))|[，,；;][\s\u3000]*(?:这里面|這裡面|这里头|這裡頭|这其中|這其中|其中又|当中又|當中又)/;

/** Where a clause inside [from, to) opens a breakdown of one part (`，在地方收入中：`), or undefined. */
export function innerBreakdownAt(text: string, from: number, to: number): number | undefined {
  const m = INNER_IN_MARK.exec(text.slice(from, to));
  return m ? from + m.index : undefined;
}

/**
 * `其中：委托省份基金权益A，包括本金B，收益C，准备金D；…`: 包括 right after a part's figure opens that part's own
 * breakdown, which runs to the next `；`. Only after a figure (a digit or unit closing the item, then a comma),
 * never the list's own opener (`其中包括…`).
 */
const INNER_INCLUDES_MARK = /(?<=[0-9０-９%％元亩畝人户戶个個吨噸])[，,][\s\u3000]*(?:其中)?(?:包括|具体(?:是|为|為|包括))[：:]?(?=[\u4e00-\u9fff])/;

/** Where a part's own 包括 list opens inside [from, to), after the first figure there, or undefined. */
export function innerIncludesAt(text: string, from: number, to: number): number | undefined {
  return innerIncludesSpan(text, from, to)?.[0];
}

/** Where such a mark starts and where the part's own list after it starts. */
export function innerIncludesSpan(text: string, from: number, to: number): [number, number] | undefined {
  const m = INNER_INCLUDES_MARK.exec(text.slice(from, to));
  return m ? [from + m.index, from + m.index + m[0].length] : undefined;
}

/**
 * `…；第二产业增加值A，…，二产业中工业增加值B，…；第三产业…`: a clause opened by `X中` with no 在 and no
 * punctuation after 中. The caller holds it to name the part just before (`二产业` inside
 * `第二产业增加值`); 其中 and words such as 中央, 中心, 中小 are no such mark.
 */
const INNER_NAMED_MARK = /[，,；;][\s\u3000]*([^，,；;。：:\d其在]{2,8}?)中(?![央期旬部国國心小西东東南北层層等长長间間])(?=[\u4e00-\u9fff])/g;

export function innerNamedMarks(text: string, from: number, to: number): { at: number; name: string }[] {
  return [...text.slice(from, to).matchAll(INNER_NAMED_MARK)].map((m) => ({ at: from + m.index, name: m[1] ?? '' }));
}

/**
 * The total an opening `在X中，` names (`在粮食作物播种面积中，` → `粮食作物播种面积`), or undefined: of the
 * figures of the sentence before, the parts break down the one so named.
 */
export function inMarkName(text: string): string | undefined {
  const m = /^[\s\u3000]*在([^，,；;。：:]{2,12}?)(?:当|當)?中[，,：:]/.exec(text) ?? NAMED_IN_MARK.exec(text) ?? IN_NAME_MARK.exec(text);
  return m?.[1];
}

/** `总人口中，…`, `總人口中，…`: an amount word and 中 opening the sentence, then punctuation. (Also a group of
 * people counted: `百岁老人中，女性…`, `从业人员中，`, `在校生中，`.) */
const NAMED_IN_MARK = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,8}?(?=(?:19|20)\d{2}年))?(?:(?:19|20)\d{2}年(?:年?末|年?底|初)?)?([^，,；;。：:\d在]{1,12}?(?:人口|收入|支出|投资|投資|总额|總額|总量|總量|产值|產值|面积|面積|产量|產量|[债債]券|公益金|老人|[人职職]员|[人職职]員|党员|黨員|学生|學生|在校生|毕业生|畢業生|患者))中[\s\u3000]*[，,：:]/;

/**
 * `…，城镇化率5.6%，总人口中，男性…；女性…`: the same mark inside a sentence, after a clause mark. What
 * follows breaks down the population stated before it in the sentence, not the 其中 part before the
 * mark. Only 人口 (town and village profiles write it so); index of the clause mark and end of the mark.
 */
// (`…，常住人口中男性有A人，女性有B人`: the mark may run straight into a member of sex, residence or age.)
const MID_IN_MARK = /[，,；;][\s\u3000]*((?:总|總|全部|常住|户籍|戶籍)?人口)中(?:[\s\u3000]*[，,：:]|(?=男|女|城[镇鎮市]|[乡鄉]村|[农農]村|[0-9０-９]{1,3}[\s\u3000]*(?:[-—－～~至到]|周?[岁歲])))/;

export function midInMark(text: string): { index: number; end: number; name: string } | undefined {
  const m = MID_IN_MARK.exec(text);
  return m ? { index: m.index, end: m.index + m[0].length, name: m[1] ?? '' } : undefined;
}

/**
 * An opening `X中` with no punctuation after it (`地方级收入中税收收入…`): only the figure named X is its
 * total; when the sentence before names none, which figure it breaks down is not written.
 */
export function inMarkNeedsName(text: string): boolean {
  return !/^[\s\u3000]*在[^，,；;。：:]{2,12}?中[，,：:]/.test(text) && IN_NAME_MARK.test(text);
}

/** True when a sentence opens with a scope mark `X中，` (`全县常住人口中，`), not a cut (`按…分`, `从…看`). */
export function opensScopeMark(text: string): boolean {
  return IN_MARK.test(text) && !BY_MARK.test(text.slice(0, (IN_MARK.exec(text)?.[0].length ?? 0)));
}

export function byMark(text: string): ByMark | undefined {
  const by = BY_MARK.exec(text);
  // `按公安户籍人口统计，…`, `按可比口径计算，…`: the source or caliber of the figures, no cut of a total.
  // (`按城乡划分（常住人口），`: a note in brackets after the cut says which population is cut; it is no source.)
  const cut = by !== null && !SOURCE_MARK.test(by[0].replace(/[（(][^（()）]*[）)]/g, '')) ? by : null;
  const m = cut ?? IN_MARK.exec(text) ?? IN_NAME_MARK.exec(text);
  return m ? { index: m.index, end: m.index + m[0].length } : undefined;
}

/** Only blank or punctuation before an offset: the mark opens its sentence. */
export function opensAt(text: string, index: number): boolean {
  // `（小数点后保留两位数，四舍五入）其中1月份…`: a note in brackets before the mark says how figures are
  // written; the mark still opens the sentence.
  // (`具体分行业看，…`, `进一步分区域看`: an adverb before the mark leaves it opening the sentence.)
  return /^[\s\u3000，,：:]*(?:[（(][^（()）]{0,30}[）)][\s\u3000，,：:]*)?(?:具体|具體|进一步|進一步)?$/.test(text.slice(0, index));
}

/** A sentence that opens with a breakdown of an earlier total (`按…分，`, `分产业看，`, `其中，`). */
export function opensBreakdown(text: string): boolean {
  const by = byMark(text);
  if (by && opensAt(text, by.index)) return true;
  return opensSubset(text);
}

/**
 * `（含上年净结余165万元后的总财力为37271万元）` under `总财力37106万元`: a figure named as the total's own measure after
 * something is counted in or taken out (`…后的总财力`) is the total restated, no part of it.
 */
export function restatesTotalAfter(label: string, totalName: string): boolean {
  // (Only after a word that counts something in or out: `盈亏相抵后利润总额` is a measure's own name.)
  const m = /(?:含|包含|扣除|剔除|加上|减去|減去|计入|計入|调整|調整)[^，,；;。]{0,16}?[后後]的?([\u4e00-\u9fff]{2,8}?)(?:[为為]|[达達]到?)?$/.exec(label);
  const name = m?.[1];
  if (name === undefined) return false;
  const total = totalName.replace(/(?:[为為]|[达達]到?)$/, '');
  // (A total named with the same `…后` phrase, `盈亏品迭后利润总额`, names its parts alike.)
  return total.endsWith(name) && !/[后後]的?$/.test(total.slice(0, total.length - name.length));
}

/** The label of a last part that is the remainder (`其余25项`, `其他收入`, `A、B等其他…`): the parts then cover the total. */
export function isRemainder(label: string): boolean {
  // `“三农”、科技保障房等其他民生事业…`: the items named before 等其他 stand for the rest;
  // `更新改造、车船购置及其他`: a closing item that ends in 及其他 takes in the rest.
  // (`；及其他投资收益424亿元`: the last item joined by 及 after a `；`.)
  // (`另其餘1萬元由…支出`: 另 or 另外 before the rest, as Taiwan's reviews write it.)
  return /^[\s，,；;：:、]*(?:(?:[及和与]|以及)[\s\u3000]*)?(?:另外?[\s\u3000]*)?(?:其[余它他餘]|剩余|剩餘)|等其[余它他餘]|(?:[及和与]|以及)其[余它他餘]$/.test(label);
}

/**
 * `从业人员10818人，其中在岗职工…，其他从业人员240人`: a closing 其他 item that repeats the total's own
 * name (three characters or more, or a land class: `其他林地` under 林地) is the rest of the whole total,
 * not of one class inside it.
 * (`其他投资` under `投资` names too little to tell.)
 */
export function restOfWhole(label: string, totalName: string): boolean {
  // (`A、B等其他财力性转移支付`: the items before 等其他 stand for the rest, named after it.)
  const m = /(?:^[\s，,；;：:、]*|等)(?:其[余它他]|剩余)(?:的)?([\u4e00-\u9fff]{2,})$/.exec(label);
  const name = m?.[1];
  if (name === undefined) return false;
  // 三调 calls the 园地 class 种植园用地; its residual is still 其他园地.
  if (/^[园園]地$/.test(name) && /种植[园園]用地$|種植[園园]用地$/.test(totalName)) return true;
  // `药材产业20160亩，其中…，其它药材2500亩`: the rest of what the total is of (its object, not its measure).
  if (!totalName.endsWith(name) && totalName.includes(name) && !TOTAL_MEASURE.test(name)) return true;
  // `冬春瓜菜面积A。其中瓜类种植面积…，其他瓜菜种植面积B`: the same with the measure after the object.
  const object = name.replace(MEASURE_TAIL, '');
  if (object !== name && object.length >= 2 && totalName.includes(object) && !TOTAL_MEASURE.test(object)) return true;
  if (!totalName.endsWith(name)) return false;
  // A fund's statement (`医保基金收入A，其中：保险费收入…，利息收入…，其他收入…`) lists every source or use
  // by accounting rule: its 其他收入 / 其他支出 is the rest of the whole flow.
  if (/^(?:收入|支出)$/.test(name) && FUND_FLOW.test(totalName)) return true;
  return name.length >= 3 || LAND_CLASSES.test(name);
}

/**
 * `其中，老年福利类项目A、残疾人福利类项目B、儿童福利类项目C、其他社会公益类项目D`: every item named as a class by one
 * classifier (`…类项目`), and the closing 其他 names a class that none of the others lies in: it is the rest of that one
 * classing, which covers the whole. (`…、其他福利类项目D` after classes ending in 福利 is the rest of those only.)
 */
export function restOfOneClassing(labels: readonly string[]): boolean {
  if (labels.length < 3) return false;
  const strip = (l: string): string => l.replace(/^[\s\u3000，,；;：:、]*(?:(?:以及|及|和|与|與)[\s\u3000]*)?/, '');
  const m = /^其[他它余餘]([\u4e00-\u9fff]{2,8}?)([类類][\u4e00-\u9fff]{0,4})$/.exec(strip(labels[labels.length - 1] ?? ''));
  const rest = m?.[1];
  const tail = m?.[2];
  if (rest === undefined || tail === undefined) return false;
  return labels.slice(0, -1).every((l) => {
    const own = strip(l);
    const cls = own.endsWith(tail) ? own.slice(0, -tail.length) : '';
    return cls.length >= 2 && !/^其[他它余餘]/.test(cls) && !cls.endsWith(rest) && !rest.endsWith(cls);
  });
}

/** What an item measures, after what it is of (`瓜菜种植面积` → 瓜菜). */
const MEASURE_TAIL = /(?:种植|種植|播种|播種|养殖|養殖)?(?:面积|面積|产量|產量|产值|產值)$/;

/** Words that say what a total measures, not what it is of: a 其他 item so named may be the rest of one class. */
const TOTAL_MEASURE = /^(?:投资|投資|收入|支出|资金|資金|费用|費用|产值|產值|金额|金額|人数|人數|面积|面積|产量|產量|项目|項目|企业|企業|单位|單位)$/;

/** A social-insurance or other fund's income or spending (`基金收入`, `基金支出`, `统筹基金收入`). */
// (A stage after the name, `基金总收入预计`, `其他收入预算`, names the same flow at a plan's stage; and the list's
// items may be numbered, `（4）其他收入预算`.)
const FUND_FLOW = /基金(?:总)?(?:收入|支出)(?:预计|预算|決算|决算)?$/;

/**
 * `养老保险基金总收入A（其中：保险费收入B、利息收入C、其他收入D、转移收入E、上级补助收入F）`: a fund's
 * statement names every source or use, so a list with its 其他收入 (其他支出) anywhere in it is the whole flow.
 */
export function fundStatementList(labels: readonly string[], totalName: string): boolean {
  if (!FUND_FLOW.test(totalName) || labels.length < 3) return false;
  const other = /收入(?:预计|预算|決算|决算)?$/.test(totalName) ? OTHER_INCOME : OTHER_SPENDING;
  return labels.some((l) => other.test(l));
}

const OTHER_INCOME = /^[\s\u3000，,；;：:、]*(?:[（(][0-9０-９]{1,2}[）)])?其[他它]收入(?:预计|预算|決算|决算)?$/;
const OTHER_SPENDING = /^[\s\u3000，,；;：:、]*(?:[（(][0-9０-９]{1,2}[）)])?其[他它]支出(?:预计|预算|決算|决算)?$/;

/** The land survey's classes with a residual sub-class of their own (`其他林地`, `其他草地`, `其他园地`). */
const LAND_CLASSES = /^(?:林地|草地|园地|園地|土地)$/;

/**
 * An amount followed by what it is used for, item by item (`新增专项债券8.7亿元，用于市政建设6.1亿元，
 * 交通1.2亿元，…`): the uses are parts of the amount (a subset: only an excess is an error), and
 * they never overlap (an amount is allocated once). The offsets where such lists start.
 */
const USE_LIST = /(?<=[0-9０-９][万亿萬億]?元)[，,]?(?:主要|分别|全部)?用于/g;
export function useListStarts(text: string): number[] {
  return [...text.matchAll(USE_LIST)].map((m) => (m.index ?? 0) + m[0].length);
}

/** A list opened by 包括 (`包括：A…、B…、其他…`): complete when its last item is a remainder. */
// `总投资514万元，资金来源为中央预算投资A，自治区预算投资B`: the sources of an amount are its parts too.
// `总资金A，资金筹措为：一是自筹B；二是专项债券C`: how the money is raised lists its sources too.
// (`共接待了A万人次，包含国内游客B万人次，入境游客C人次`: 包含 as 包括.)
/** `如果包括出口退税则达到A`: 包括 after a word of supposing states the total on a wider caliber, no list. */
export const SUPPOSING_BEFORE = /(?:如果|如|若|假如|倘若)[\s\u3000]*$/;

/**
 * `合计资金310万元，资金来源为中央衔接资金A、历年结余资金B`: the sources an amount is said to come from name all of it,
 * unless the writer says `主要` (the main ones) or closes the list with `等`.
 */
export const SOURCES_REASON = '资金来源';

/** True when the list word names the sources of the amount in full (`资金来源为`, not `资金来源主要为`). */
export function namesAllSources(listWord: string): boolean {
  return /[资資]金(?:来源|來源|筹措|籌措)/.test(listWord) && !/主要/.test(listWord);
}

/** True when the words after a list's last figure close it with `等` (`…98万元等`, `…（…）等`): more sources stand behind. */
export function closesWithEtc(after: string): boolean {
  return /^(?:[（(][^（()）]*[）)])?[\s\u3000]*等/.test(after);
}

export const INCLUDE_WORD = /(?:主要)?(?:包括|包含)[：:]?|[资資]金(?:来源|來源|筹措|籌措)(?:主要)?(?:方案)?(?:为|為|是|有|如下)?[：:]?/;

/**
 * A sentence that opens by detailing the total of the sentence before (`调增支出预算6.7亿元。具体为：A…、
 * B…`): its items are parts of that total, held to not exceeding it. Returns the offset after the
 * words (before the colon), or -1.
 */
// (`按…办法进行如下分配：A；B；C`: how an amount of the sentence before is shared out.)
const DETAIL_OPENER = /^[\s　]*(?:具体(?:为|是|包括|如下|情况(?:为|是|如下)|构成(?:为|是|如下))|明细(?:为|如下)|分项(?:情况)?(?:为|是|如下)|构成如下|[^，,；;。：:\d]{0,30}?(?:如下分配|分配如下|分配情况(?:为|如下)))(?=[\s　]*[：:])/;
/** The same words after a figure, inside the total's own sentence (`返还性收入7367万元，分项情况是：…`). */
const DETAIL_INSIDE = /[0-9０-９][^，,；;。：:]{0,12}(?:[，,][^，,；;。：:0-9０-９]{1,16}){0,2}[，,][\s　]*(?:具体(?:为|是|包括|如下|情况(?:为|是|如下)|构成(?:为|是|如下))|明细(?:为|如下)|分项(?:情况)?(?:为|是|如下)|构成如下)[\s　]*[：:]/;

const DETAIL_WORD = /具体|明细|分项|构成如下/;

export function detailOpenerEnd(text: string): number {
  const m = DETAIL_OPENER.exec(text);
  return m ? m[0].length : -1;
}

/**
 * `返还性收入7367万元，系基数性补助，分项情况是：A…；B…`: the detail words after the total's figure in
 * its own sentence. Returns [where the words start, after the colon], or undefined.
 */
export function detailInside(text: string): [number, number] | undefined {
  // Most sentences hold none of the words: one cheap test before the scan from every digit.
  if (!DETAIL_WORD.test(text)) return undefined;
  const m = DETAIL_INSIDE.exec(text);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const words = /(?:具体|明细|分项|构成)[^：:]*[：:][\s　]*$/.exec(m[0]);
  return [m.index + (words?.index ?? 0), end];
}

/** A colon right after the mark: an explicit list (`其中：A；B；C`) keeps all its clauses. */
export function explicitList(text: string, from: number): boolean {
  // `…：A…` and `一是A…；二是B…`: the writer announces a list of items.
  return /^[\s\u3000]*(?:[：:]|一是)/.test(text.slice(from, from + 4));
}

/** `按行业划分：`, `按用途分：` right before a list (at its colon or after it): the items are the classes of one classification. */
// (`进行如下分配：`: the shares of one amount, whatever each is named.)
const CLASSIFIED_BY = /(?:按[^，,；;。：:]{1,10}?(?:分|统计|划分|分类)|如下分配|分配如下|分配情况(?:为|如下))[\s\u3000]*[：:]?$/;

/**
 * True when the explicit list at `from` (its colon) is opened by a classification (`按行业划分：农业收入A；
 * 牧业收入B；运输业C，商饮业D`): its items are classes of one total whatever their names, so `；` and `，`
 * both separate them.
 */
export function classifiedList(text: string, from: number): boolean {
  // The region starts at the colon or right after it.
  const before = text.slice(Math.max(0, from - 16), from);
  return CLASSIFIED_BY.test(before) && (/[：:]$/.test(before) || explicitList(text, from));
}

/**
 * A clause that turns from the period's figures to the stock so far (`新增面积1.86万亩，其中…，目前全区
 * 面积达到35.96万亩`): it ends a breakdown; its figures are no parts.
 */
export const STOCK_CLAUSE = /[，,；;][\s\u3000]*(?:目前|截至目前|截止目前|至目前|到目前为止|迄今|至今|至此)/;

/**
 * A clause that picks the top or bottom of another cut (`，品种最多的镇为甲镇，26个品种`, `；面积最大的是…`):
 * it ends a breakdown; its figure belongs to one unit of another classification, no part.
 */
/**
 * A clause that turns to another aspect (`；外资方面，…`, `；在出口方面：`): it ends a breakdown of the aspect before.
 */
export const ASPECT_CLAUSE = /[；;][\s\u3000]*(?:在)?[^，,；;。：:\d]{1,8}方面[，,：:]/;

/**
 * A clause that names a finer class of the item before it (`…金属机电工业287家、6520人，细类别则为机械设备制造业，
 * 146家、3448人`): the figures after it break down that item, no further part of the list.
 */
export const FINER_CLASS_CLAUSE = /[，,；;][\s\u3000]*(?:其中)?(?:细类别|細類別|细类|細類|细项|細項|子类|子類|次类|次類)/;

export const RANKED_CLAUSE = /[，,；;][\s\u3000]*[^，,；;。]{0,12}?(?:最多|最大|最高|最少|最小|最低)的[^，,；;。]{0,8}?(?:为|是)/;

/**
 * A clause that sets the whole against a ceiling (`，控制在全国人大批准的债务余额限额X亿元之内`, `，低于限额`, `，未超过`):
 * the ceiling's figure is no part, and the parts end before it.
 */
export const BOUND_CLAUSE = /[，,；;][\s\u3000]*(?:均|总体|總體)?(?:控制在|低于|低於|未超过|未超過|不超过|不超過|没有超过|沒有超過|未突破)/;

/**
 * `进口413.5亿元，单月进口规模历史首次突破400亿元`: a threshold the item crossed for the first time (or a round mark,
 * `突破千亿大关`) says how large the item is; it is no item of the list and unsettles nothing.
 */
const MILESTONE_BEFORE = /(?:首次|首度|首破|历史上|歷史上|历史|歷史)[^，,；;。\d]{0,4}?(?:突破|超过|超過|站上|迈上|邁上|跨越|跨过|跨過)$/;
const MILESTONE_AFTER = /^(?:大关|大關|关口|關口)/;
export function milestoneFigure(textBefore: string, textAfter: string): boolean {
  return MILESTONE_BEFORE.test(textBefore.replace(/[\s\u3000]+/g, '')) || MILESTONE_AFTER.test(textAfter);
}

/** A total word inside the parts (`总数`, `共计`): the region mixes totals and parts. */
export const TOTAL_WORD = /(总数|总量|共计|合计|总计|累计|总共|共有)/;

/** Brackets that hold a parenthetical 其中 (`债务转贷收入7661万元（其中：…）`). */
export const OPEN_BRACKET = /[（(]/;
export const CLOSE_BRACKET = /[）)]/;

/** Bracket depth at every UTF-16 offset of a text (`（其中：本级791万元）` lies at depth 1); one pass. */
export function bracketDepths(text: string): number[] {
  const depth: number[] = new Array<number>(text.length);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') d++;
    depth[i] = d;
    if ((ch === '）' || ch === ')') && d > 0) d--;
  }
  return depth;
}

/**
 * Open or indirect lists (count-mismatch): the items after a count's colon need not be the counted
 * set. Read at the start of the list (`包括…`, `主要…`), and `等` closing a list (`A、B、C等`); words
 * inside an item (规模以上工业企业, 高等教育, 主要是) do not open it.
 */
export const LIST_OPEN_START = /^(包括|诸如|比如|例如|如下|其中|主要|分别|涉及|覆盖|分布在?|具体|若干)/;
export const LIST_OPEN_END = /(?<![高中初平同均对相特上])等(等)?(?=$|[，,；;。、]|\s*[0-9一二三四五六七八九十])|若干|分别/;

/**
 * `26个省会城市…：成都、广州和武汉人口总量位居前三`: the items named are the leaders of a ranking of the counted
 * ones, not the counted ones themselves.
 */
/**
 * `损失计A，以甲县损失B（占x%）最多，其次是乙县C（占y%）`: a ranking of the parts of the total before it, opened by 以
 * after a clause mark and closed in its clause by a superlative. Returns the offset of that 以 (the last one before
 * `end`), or -1. Like 其中, it parts the total from the first ranked item.
 */
const RANKING_OPEN = /[，,；;][\s　]*以(?=[^，,；;。]{1,16}?[0-9０-９][^，,；;。]{0,24}?(?:最多|最大|最高|最[严嚴]重|[较較]?[为為][严嚴]重|[为為]最|居首|居冠))/g;
export function rankingOpenBefore(text: string, end: number): number {
  let at = -1;
  // (The superlative may stand after `end`: the whole text is searched, the opener must stand before `end`.)
  for (const m of text.matchAll(RANKING_OPEN)) {
    const opener = (m.index ?? 0) + m[0].length - 1;
    if (opener >= end) break;
    at = opener;
  }
  return at;
}

export const RANKED_PICK = /(?:位居|位列|排名|排在|居)(?:全[国國省市])?前[0-9０-９一二三四五六七八九十两兩]+|前[0-9０-９一二三四五六七八九十两兩]+(?:位|名)/;

/** Words that open a subset after a first part (`完成13项，其中超额完成5项`): no partition then. */
export const SUBSET_AFTER = /其中|含|包括/;

/**
 * Comparison words right before a figure (`比上年同期196978万元`, `与2022年82956万元`, `比上年决算数
 * 14.94亿元`, `比上年专项转移支付收入13960万元`: the indicator named again; `比上年的2068元`): last year's amount, the base of a comparison — never a total, a part, a balance's
 * base or this year's actual.
 */
// (`较原先预算的32.4亿元增加三成`: the budget or plan an actual is compared with.)
// (`較2013年同季的163.2億元`: Macao's and Hong Kong's releases, in traditional script, by quarter.)
// (`也較1年前的11兆8628億元增加約1.7兆元`: a year counted back, `N年前`, and the year before.)
const COMPARISON_BASE = /(?:(?:比|较|較|与|與|同)(?:上年|去年|上期|前年|上一年度?|[0-9０-９一二两兩三四五六七八九十]{1,2}年前|(?:19|20)\d\d年)(?:同期|同季|同月|末|全年)?(?:[^，,；;：:。、（）()\d增减減多少提降升高低长長]{2,14}?)?(?:决算数?|執行數|执行数|完成数?)?|(?:比|较|較)(?:原先|原定|原来|年初)?(?:预算|預算|计划|計劃|目标|目標)数?)的?[为是為]?$/;

/**
 * A bracket that gives the same indicator at an earlier time (`产糖503万吨（上制糖期同期产糖512万吨）`,
 * `（去年同期销售糖99.96万吨）`, `（上年为A）`, `（与第一次估产的156.76万吨少12.52万吨）`): its first figure
 * is a comparison base, not a part of the figure before the bracket. (Funds carried over from last
 * year, `（上年结转A）`, are this year's money; a slice of time, `（上年第四季度A，当年B）`, is a part.)
 */
// (`約1,564億元（上月底約為1,596億元）`: last month's figure too, as Taiwan's monthly releases give it.)
const PAST_IN_BRACKET = /[（(](?:(?:上年|去年|前年|上一年度?|上年度|上期|同期|上[^\s，,；;。（）()\d]{1,3}期|上月(?:底|末|份)?|上季(?:度)?(?:底|末)?)(?!结[转余存]|滚存|转入|提前|下达|第|[一二三四]季|[上下]半年|[一二三四五六七八九十]{1,2}月|年?[末底])|与|较|比)[^（）()\d%％]{0,14}$/;

/** True when the words before a figure make it a comparison base (see COMPARISON_BASE). */
export function comparisonBase(textBefore: string): boolean {
  // Asked for every figure by several relations: most windows hold none of the pattern's opening
  // words, and removing spaces cannot make one appear.
  if (!COMPARISON_OPENER.test(textBefore)) return false;
  const t = textBefore.replace(/[\s\u3000]+/g, '');
  return COMPARISON_BASE.test(t) || PAST_IN_BRACKET.test(t);
}
const COMPARISON_OPENER = /[比较較与與同（(]/;

/**
 * The total of a budget balance: what a budget has in all (`一般公共预算总收入`, `收入总计`,
 * `总支出`, `支出合计`, `总财力`). A `其中：` list under it lists the whole balance.
 */
export const BALANCE_TOTAL = /(?:总收入|收入总计|收入合计|收入总量|总支出|支出总计|支出合计|支出总量|总财力|可用财力|可用资金)[为达]?$/;

/** Items only a budget balance lists: transfers, carried-over funds, the stabilisation fund, debt. */
// (`省市转移支付收入`, `新增一般债券收入` among the sources of a district's 可用财力.)
export const BALANCE_ITEM = /转移性(?:收入|支出)|转移支付收入|上级补助|补助收入|调入资金|调出资金|上年结[转余]|结转下年|年终结[转余]|预算稳定调节基金|债务(?:转贷)?收入|(?:一般|专项)?债券收入|新增(?:一般|专项)?债券|债务还本|上解(?:上级)?(?:支出)?/;

/**
 * A list item that opens on the verb of its measure (`，实现销售收入…`, `，完成投资…`) has no subject of
 * its own: it goes on about the item before it (`其中开发区实现开票收入A，实现销售收入B`), so after an
 * item that names its subject it is a second measure of that item, not another part.
 */
const SUBJECTLESS = /^[\s\u3000，,；;：:、]*(?:共|累计|全年)?(?:实现|完成|达到|达)/;
/**
 * (`其中5000万元以上项目3个，竣工1个，5000万元以下项目5个`: a bare stage word, nothing else, counts how many
 * of the item before it reached that stage.)
 */
const BARE_STAGE = /^[\s\u3000，,；;：:、]*(?:目前)?(?:已|已经)?(?:竣工|完工|开工|開工|投产|投產|建成|开工建设|開工建設|在建)(?:[为為]|[达達])?[\s\u3000]*$/;
export function continuesItemBefore(first: string, later: string): boolean {
  return (SUBJECTLESS.test(later) && !SUBJECTLESS.test(first)) || (BARE_STAGE.test(later) && !BARE_STAGE.test(first));
}

/**
 * A clause that goes on to the next step of a budget balance (`…；加上转移性收入…`, `减去上解支出…`):
 * it adds to or takes from the total before it, so it is never one more part of a 其中 list.
 */
const BALANCE_STEP = /^[\s\u3000，,；;]*(?:加上|减去|再加上|扣除)/;
export function opensBalanceStep(clause: string): boolean {
  return BALANCE_STEP.test(clause);
}

/**
 * The same step after a comma, inside a 其中 list (`其中，税收收入A，…，非税收入B，…，加上转移支付C…，收入总量为T`):
 * where the list ends. (Not `扣除价格因素`, which qualifies a growth.)
 */
export const BALANCE_STEP_CLAUSE = /[，,；;][\s\u3000]*(?:再?加上|减去)/;

/**
 * A figure that names a class by its threshold (`年主营业务收入2000万元及以上`, `2000万元规模以上工业企业`):
 * the words right after it. Such a figure is no amount of anything.
 */
const THRESHOLD_AFTER = /^[\s\u3000]*(?:规模以上|規模以上|限额以上|限額以上|及以上|以上规模)/;

export function namesAThreshold(textAfter: string): boolean {
  return THRESHOLD_AFTER.test(textAfter);
}

/**
 * The size class a name picks (`过亿美元企业`, `亿元以上项目`, `超千万元企业`, `5000万元以上`): firms or
 * projects above another threshold than the total's are another set, not a part of it
 * (`过亿美元企业9家，其中…过千万美元企业22家`). Returns the threshold as written, or undefined.
 */
const SIZE_CLASS = /(?:过|超过?|超|達|达)?((?:[0-9０-９.]+|[一二三五十百千]+)?(?:千万|百万|十亿|百亿|亿|万)(?:美元|元)?)(?:及?以上|规模)?(?=[^，,；;。]{0,8}?(?:企业|项目|工程|户|家|个))/;

export function sizeClassOf(name: string): string | undefined {
  const m = SIZE_CLASS.exec(name);
  if (!m || m[1] === undefined) return undefined;
  // Only an explicit class: `过…`, `超…`, or `…以上`.
  return /^(?:过|超|達|达)/.test(m[0]) || /以上|规模$/.test(m[0]) ? m[1].replace(/[达達]$/, '') : undefined;
}

/** True when a part names a size class other than its total's. */
export function otherSizeClass(totalName: string, partName: string): boolean {
  const total = sizeClassOf(totalName);
  const part = sizeClassOf(partName);
  return total !== undefined && part !== undefined && total !== part;
}

/**
 * What is left over (`年末结余10万元`, `结转下年`, `年终结转结余`): some reports count it among the uses of
 * a balance (支出总计 = 支出 + 结余), others state it beside them. A list held only to not exceeding its
 * total leaves it out.
 */
export const LEFT_OVER = /(?<!上年(?:结余)?|上年度)(?:年末|年终|当年|本年)?(?:滚存)?(?:结余|结转(?:下年|结余)?)[为达]?$/;


/**
 * Sets of kinds that a list names one by one without a shared tail (`稻谷产量…；甘薯…；马铃薯…；
 * 大豆…`): two names that open with kinds of one set are items of one list. Not complete families:
 * a list of some of them need not cover its total.
 */
const KIND_SETS: readonly RegExp[] = [
  // Grain crops (粮食 counts cereals, pulses and tubers).
  /^(?:稻谷|水稻|早稻|中稻|一季稻|晚稻|小麦|玉米|大豆|豆类|豆類|薯类|薯類|甘薯|红薯|紅薯|马铃薯|馬鈴薯|高粱|谷子|杂粮|雜糧|青稞|荞麦|蕎麥)/,
  // Modes of transport (a freight or passenger volume by mode: `其中公路A万吨；水运B万吨`).
  /^(?:铁路|鐵路|公路|水运|水運|水路|航空|民航|管道|内河|內河|海运|海運)/,
  // Stages of schooling (students aided, funds by stage: `其中：初中A元；小学B元`).
  /^(?:学前|學前|幼儿园|幼兒園|小学|小學|初中|高中|普通高中|中职|中職|中等职业|高校|普通高校|高等教育|义务教育|義務教育)/,
];

/** True when both names open with kinds of one known set. */
export function sameKindSet(a: string, b: string): boolean {
  return KIND_SETS.some((set) => set.test(a) && set.test(b));
}

/** Crops that are no grain: listed after the grain crops, they start the next item of a bulletin. */
const NOT_GRAIN = /^(?:[\s\u3000，,；;、]*)(?:全年)?(?:烟叶|烤烟|晒烟|蔬菜|油料|油菜|花生|棉花|甘蔗|糖料|茶叶|茶园|水果|果园|瓜果|中药材|药材|麻类|食用菌|花卉|桑)/;

/** True when a part under a grain total (`粮食播种面积…，其中稻谷…；烟叶…`) names a crop that is no grain. */
export function notGrainUnder(totalName: string, partName: string): boolean {
  return /粮食|糧食/.test(totalName) && NOT_GRAIN.test(partName);
}

/**
 * The two sides of a balanced budget (`收入预算总计调整为X` / `支出预算总计调整为X`): two sentences
 * that differ only by these words state both sides of one balance, not a repeat.
 */
export function balanceSides(a: string, b: string): boolean {
  const sides = [a, b].sort().join('/');
  return sides === '支/收' || sides === '支出/收入';
}

/**
 * Words that make a bracketed list after a figure partial or a note (`（其中…）`, `（含…）`, `（主要是…）`,
 * `（…等）`): such a bracket may list some parts only. A plain bracket (`计划126763万元（中央新增投资
 * 46000万元，银行贷款80763万元）`) lists the whole in reports that write their brackets in full.
 */
const PARTIAL_BRACKET = /^[\s\u3000]*(?:含|包括|包含|主要|重点|如|均|约|不含|剔除|扣除|已)|等|其中/;

export function partialBracket(inside: string): boolean {
  return PARTIAL_BRACKET.test(inside);
}

/**
 * `全县第二产业和第三产业法人单位从业人员`, `二、三产业单位`: a total named as the second and third sectors
 * together. Returns what it measures (`法人单位从业人员`), or undefined.
 */
const SECOND_AND_THIRD = /第?二(?:[产產][业業])?[、和及与與]第?三[产產][业業](?:的)?([^，,；;。：:]*?)(?:共有|共|有|为|為|达到?|達到?)?$/;

export function secondAndThirdTotal(label: string): string | undefined {
  return SECOND_AND_THIRD.exec(label.replace(/[\s\u3000]+/g, ''))?.[1];
}

/** True when a text names the third sector at all (a cheap test before the two above). */
export function namesThirdSector(text: string): boolean {
  return text.includes('三产') || text.includes('三產');
}

/** `第二产业从业人员` opening a clause: which sector (2 or 3) and what it measures (`从业人员`). */
const ONE_SECTOR_HEAD = /^第?([二三])[产產][业業](?:的)?([^，,；;。：:、和及与與]*?)(?:共有|共|有|为|為|达到?|達到?)?$/;

export function oneSectorHead(head: string): { sector: 2 | 3; measure: string } | undefined {
  const m = ONE_SECTOR_HEAD.exec(head.replace(/[\s\u3000]+/g, ''));
  if (m === null) return undefined;
  return { sector: m[1] === '二' ? 2 : 3, measure: m[2] ?? '' };
}


/**
 * `新增债券754.5亿元中，省级使用150亿元，转贷市县604.5亿元`: an amount followed by 中 and a mark opens
 * (so does an amount that names what it is after 的: `在全省1163万亩的养殖总面积中，`; 里 says what 中 says:
 * `在拨入的361.3亿元基金里，含…`)
 * the list of its parts, as 其中 would. Only after a unit of amount (not `2023年中`, `上半年中`).
 * Returns where the mark starts (the total stands before it) and where the parts start.
 */
export function figureInMark(text: string): [number, number] | undefined {
  const m = FIGURE_IN_MARK.exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].length - 2;
  return [at, at + 2];
}

/**
 * Every such mark of a text, in order (`基金收入A亿元中，…；救助资金收入B亿元中，…`: two totals, each with
 * its own list).
 */
export function figureInMarks(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(FIGURE_IN_MARK_ALL)) {
    const at = m.index + m[0].length - 2;
    out.push([at, at + 2]);
  }
  return out;
}

// (`此次发行的357.12亿元政府债券中，…`: an amount of money may be named with no 的; a count may not, `75所直属高校中，已有74所…`
// picks some of the set.)
const FIGURE_IN_MARK_ALL = /[0-9０-９](?:万亿|萬億|亿|億|万|萬|千)?(?:元(?:的?[^，,；;。：:、0-9０-９]{1,12}?)?|(?:人次|人|吨|噸|亩|畝|户|戶|个|個|家|项|項|公顷|公頃|所|辆|輛|套|件|头|頭|只|张|張)(?:的[^，,；;。：:、0-9０-９]{1,12}?)?)(?:(?:当|當)?中|里|裡)[，,：:]/g;
const FIGURE_IN_MARK = /[0-9０-９](?:万亿|萬億|亿|億|万|萬|千)?(?:元(?:的?[^，,；;。：:、0-9０-９]{1,12}?)?|(?:人次|人|吨|噸|亩|畝|户|戶|个|個|家|项|項|公顷|公頃|所|辆|輛|套|件|头|頭|只|张|張)(?:的[^，,；;。：:、0-9０-９]{1,12}?)?)(?:(?:当|當)?中|里|裡)[，,：:]/;

/**
 * `项目支出14629万元，占总支出的54%，在项目支出当中，教育支出…，科研支出…`: a clause mark `在X（当）中，`
 * after a figure opens the parts of the figure named X. Returns where the mark starts, where the parts
 * start and the name X.
 */
export function midNamedMark(text: string): { index: number; end: number; name: string } | undefined {
  const m = MID_NAMED_MARK.exec(text);
  return m?.[1] === undefined ? undefined : { index: m.index, end: m.index + m[0].length, name: m[1] };
}

const MID_NAMED_MARK = /[，,；;][\s\u3000]*在([^，,；;。：:\d]{2,12}?)(?:当|當)?中[，,：:]/;

/**
 * The measure a cut mark names (`从农民人均纯收入构成看` → 收入): the parts after it break down a figure of that
 * measure, never one of another (`人均生活消费支出` stated before it). Undefined when the mark names none
 * (`从行业看`, `按地区分`).
 */
export function byMarkMeasure(mark: string): string | undefined {
  return MARK_MEASURE.exec(mark)?.[1];
}

// (`从我省对外投资主体来看`, `从投资主体看`: who invests is a cut of the investment.)
const MARK_MEASURE = /(收入|支出|投资|投資|产值|產值|零售额|零售額|增加值|人口|面积|面積|产量|產量|用电量|用電量|存款|贷款|貸款)(?:的)?(?:构成|構成|结构|結構|来源|來源|用途|主体|主體)/;

/**
 * `实际利用广东、北京、浙江、上海、江苏、山东六省市资金A，…，分别到位a、b、c、d、e、f`: a total whose clause
 * counts the places or groups it is made of (六省市, 三个县区, 两园区). A 分别 list of exactly that many
 * amounts names them all. Only within the clause that holds the total (its last 24 characters).
 */
export function countNamedPlaces(totalClause: string): number | undefined {
  const m = totalClause.slice(-24).matchAll(COUNTED_PLACES).next().value;
  return m ? countOf(m[1] ?? '') : undefined;
}

// (`我市3个以工代赈项目获得…资金A，甲村、乙村、丙村分别获得…`: projects counted, a few words between.)
/**
 * `我市3个以工代赈项目通过遴选，获得补助资金A。`: the one counted group a whole sentence names (a 分别 list
 * of that many names in the sentence after it gives each its share of A), or undefined when it names none
 * or several.
 */
export function countNamedInSentence(sentence: string): number | undefined {
  const found = [...sentence.matchAll(COUNTED_PLACES)];
  return found.length === 1 ? countOf(found[0]?.[1] ?? '') : undefined;
}

const COUNTED_PLACES = /([一二两三四五六七八九十]{1,2}|\d{1,2})个?(?:省市|省区|省份|市州|市县|县市区|县市|县区|区县|乡镇|园区|开发区|片区|街道|[^\d，,；;。、]{0,6}?(?:项目|村|社区))/g;

/**
 * `…保障经费2916万元。一是安排公用经费1371万元…；二是安排生活费补助145.9万元…；三是…`: items counted off
 * with 一是, 二是 … after an amount list what it was spent on. Returns where 一是 starts, when it opens
 * the sentence or a clause and 二是 follows.
 */
export function ordinalListStart(text: string): number | undefined {
  const m = ORDINAL_FIRST.exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].length - 2;
  return text.includes('二是', at) ? at : undefined;
}

const ORDINAL_FIRST = /(?:^|[。；;，,：:])[\s\u3000]*一是/;

/**
 * `三是客车、摩托车是死亡事故的主要车型。`: a sentence that opens a counted-off point (一是 … 十是, 其一, 第三)
 * starts a new subject; figures of the point before it are none of its own.
 */
export function opensPoint(text: string): boolean {
  return /^[\s\u3000]*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十][，,、是])/.test(text);
}

/**
 * `在编A，非在编B`, `公有制经济A，非公有制经济B`, `已参保A，未参保B`: a class and its complement make up
 * their total. Returns
 * the pair's name (`在编/非在编`), or undefined.
 */
/** Examples of a complement before its name (`园林草地等非耕地…`, `林地、草地等非耕地…`). */
const COMPLEMENT_EXAMPLES = /^[\u4e00-\u9fff、]{2,12}等(?=非)/;

/** A verb of amounting right before a complement's figure (`非内地旅客有77万人次`, `录得263万人次`): no part of its name. */
const AMOUNT_VERB = /(?:为|為|達|达|达到|達到|录得|錄得|有|共|共有|约|約)$/;

/** `中国内地旅客` beside `非内地旅客`: the country named before 内地 is no part of the name. */
const MAINLAND = /^中[国國]内地/;

export function complementPair(labels: readonly string[]): string | undefined {
  if (labels.length !== 2) return undefined;
  // (`园林草地等非耕地灌溉面积`: examples of the complement before it, ending in 等, are no part of its name.)
  const [a, b] = labels.map((l) =>
    l
      .replace(/^[\s\u3000，,；;：:、]+/, '')
      .replace(/^其中[\s\u3000，,：:]*/, '')
      .replace(COMPLEMENT_EXAMPLES, '')
      .replace(AMOUNT_VERB, '')
      .replace(CHANGED_TO, '')
      .replace(MAINLAND, '内地'),
  );
  if (a === undefined || b === undefined || a.length < 2 || b.length < 2) return undefined;
  if (b === `非${a}` || a === `非${b}`) return `${a}/${b}`;
  // `房地产开发投资A；非房地产投资B`: the complement may drop a word of the class's name (开发).
  if (b.startsWith('非') && shortenedName(a, b.slice(1))) return `${a}/${b}`;
  if (a.startsWith('非') && shortenedName(b, a.slice(1))) return `${a}/${b}`;
  // `埠内新增A，埠外新增B`, `岛外养蟹面积A，岛内养蟹面积B`, `计划内…，计划外…`: inside and outside one bound.
  if (insideOutside(a, b)) return `${a}/${b}`;
  // `已参保536人，未参保133人`, `参保A，未参保B`: done and not done.
  const done = a.replace(/^已/, '');
  if (b === `未${done}` || b === `没有${done}`) return `${a}/${b}`;
  return undefined;
}

/**
 * True when `short` is `long` without one run of one or two characters inside it (`房地产投资` of
 * `房地产开发投资`): the same name with a word left out, its first and last two characters kept.
 */
function shortenedName(long: string, short: string): boolean {
  const cut = long.length - short.length;
  if (cut < 1 || cut > 2 || short.length < 4) return false;
  for (let k = 2; k + cut <= long.length - 2; k++) {
    if (long.slice(0, k) + long.slice(k + cut) === short) return true;
  }
  return false;
}

/** True when two names differ only in one character, 内 in one and 外 in the other, after at least one shared character. */
function insideOutside(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (at >= 0) return false;
    at = k;
  }
  if (at < 1) return false;
  const pair = (a[at] ?? '') + (b[at] ?? '');
  return pair === '内外' || pair === '外内' || pair === '內外' || pair === '外內';
}

/** What joins the members a total's name lists (`铁路、道路、水路、民航`, `宁波-舟山港`, `甲和乙`), with up to two more characters of the member before it. */
const LISTED_GAP = /^[\u4e00-\u9fff]{0,2}[、\-—－和与與及]$/;
/** A joiner right before a member, or a member and a joiner right after one: the name lists more members than the parts. */
const MEMBER_BEFORE = /[、\-—－和与與及]$/;
const MEMBER_AFTER = /^[\u4e00-\u9fff]{0,2}[、\-—－和与與及]/;

/**
 * `全国铁路、道路、水路、民航共发送旅客A。其中铁路…；道路…；水路…；民航…`, `宁波-舟山港完成A，其中宁波港域…；舟山港域…`:
 * the total's name lists its members, joined by 、, -, 和 or 与, and the parts are exactly those members (each part's
 * first two characters, in the name's order): the parts make up the total. Returns a name for the set, or undefined.
 */
export function membersListedByTotal(totalName: string, labels: readonly string[]): string | undefined {
  if (labels.length < 2) return undefined;
  const heads = labels.map((l) => l.replace(/^[\s\u3000，,；;：:、]+/, '').replace(/^其中[，,：:\s\u3000]*/, '').slice(0, 2));
  if (heads.some((h) => !/^[\u4e00-\u9fff]{2}$/.test(h))) return undefined;
  const at = heads.map((h) => totalName.indexOf(h));
  if (at.some((i) => i < 0) || new Set(at).size !== at.length) return undefined;
  const order = [...at].sort((x, y) => x - y);
  for (let k = 1; k < order.length; k++) {
    if (!LISTED_GAP.test(totalName.slice((order[k - 1] ?? 0) + 2, order[k]))) return undefined;
  }
  const first = order[0] ?? 0;
  const last = order[order.length - 1] ?? 0;
  if (MEMBER_BEFORE.test(totalName.slice(0, first)) || MEMBER_AFTER.test(totalName.slice(last + 2))) return undefined;
  return heads.join('/');
}

/**
 * `项目涵盖12个公共服务领域，包括交通运输项目15个、市政工程项目15个…`: a count whose counted noun follows it
 * (`领域`) while no part's name shares a character of that noun's last two (`项目`) counts another thing than
 * its parts. `12个乡镇，其中建制镇8个` shares 镇: the parts count what the total counts.
 */
export function countsAnotherThing(after: string, labels: readonly string[]): boolean {
  const noun = /^[\u4e00-\u9fff]{2,8}/.exec(after)?.[0];
  // (`…318个当中，`: a mark, no noun.)
  if (noun === undefined || labels.length === 0 || /中$/.test(noun)) return false;
  const head = [...noun.slice(-2)];
  return labels.every((l) => !head.some((c) => l.includes(c)));
}

/**
 * `其中中央投入3212.5万元，省级配套803.24万元，市、县分别配套资金402.03万元`: a part given once for two or
 * more subjects with 分别 stands for each of them; the list's sum is not what is written.
 */
export function eachOfSeveral(label: string): boolean {
  return /(?:[\u4e00-\u9fff][、和及与與][\u4e00-\u9fff]{1,6}?|[\u4e00-\u9fff]{1,4}(?:两级|兩級|各级|各級))分[别別]/.test(label);
}

/** `…各0.11亿元`: each of the items named before it receives the amount. */
export const EACH_WORD = '各';

/**
 * The items of a clause that share one amount (`国防支出、科技支出以及资源勘探工业信息等支出各0.01亿元` → 3), when the
 * words right before the figure end in 各 and name two or more items apart by 、 or 以及; 'unknown' when an item
 * holds 和, 及 or 与, which may join two items or stand inside one name (`文化旅游体育与传媒支出`,
 * `社会保障和就业支出`); else undefined. (`各项收入A` is no such clause: 各 there opens a name.)
 */
export function itemsSharingEach(before: string): number | 'unknown' | undefined {
  const m = ITEMS_BEFORE_EACH.exec(before);
  if (m === null) return undefined;
  const items = (m[1] ?? '').split(ITEM_APART).filter((s) => s.length > 0);
  if (items.some((s) => INNER_JOINER.test(s))) return 'unknown';
  return items.length >= 2 ? items.length : undefined;
}

const ITEMS_BEFORE_EACH = /([^，,；;。：:（(）)0-9０-９]+)各(?:[为為]|[达達]|安排|支出|完成)?[\s\u3000]*$/;
const ITEM_APART = /以及|、/;
const INNER_JOINER = /和|及|与|與/;


/**
 * `江苏以101.47亿元的销售成绩排名第二，其中…`: an amount a subject ranks by (以 before it, 的 and its name after, then the
 * ranking verb) is the subject's own amount, named after it: it may be the total of a list, though 的 follows it.
 */
export function rankedByFigure(before: string, after: string): boolean {
  return /以[\s\u3000]*$/.test(before) && /^的[\u4e00-\u9fff]{1,8}?(?:排名|排在|位居|位列|居|列)/.test(after);
}

/**
 * Nothing but the words that open a counted subject (`其中有`, `另有`, `还有`) before a clause's first figure:
 * `其中有73个单位…套取资金A；另有23个项目…涉及金额C`, where the count says how many did it and the item is named after it.
 */
export function countLeadOnly(head: string): boolean {
  return /^[\s\u3000，,；;：:、]*(?:(?:其中)?(?:有|还有|還有|另有)[\s\u3000]*)?$/.test(head);
}
