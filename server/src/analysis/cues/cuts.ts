// Cuts of a total: the ways these reports break one total down (by ownership, by industry, by
// size), the categories that cut across all of them (高技术产业, 民生, 重点项目), levels of one
// hierarchy (一般公共预算收入 ⊃ 税收; 卫生技术人员 ⊃ 医师), and total words among parts. sum-mismatch
// asks these before holding a 其中 list's sum to its total: items of two cuts may overlap, so their
// sum may exceed the total without any error. Adding a phrasing is one row plus one case in
// test/unit/cues/cuts.test.ts.

import { TOTAL_WORD, isRemainder } from './breakdowns';

/**
 * The ways a total is commonly cut in these reports. Items from two different cuts overlap
 * (工业投资 by industry, 民间投资 by ownership), and some categories cut across every other one
 * (高技术产业, 民生, 重点项目), so the sum of such items may exceed the total.
 */
const CUTS: RegExp[] = [
  /国有|民间|民营|私营|外商|外资|港澳台|股份|集体|个体|国资|央企/, // ownership
  // (Firms by who controls them, `国有控股`, cut across firms by registration, `股份制`, `私营`: a state-controlled
  // firm is often a joint-stock one too, so the two kinds in one list overlap.)
  /控股/, // control
  // (`涉农贷款`: loans for farming, by purpose; beside `小微企业贷款`, by the borrower's size, they overlap.)
  /工业|制造业|农业|涉农|服务业|房地产|建筑业|交通|能源|水利|第[一二三]产业|[一二三]产/, // industry
  /规模以上|规上|小微|中小|大中型/, // size
  // People: by where they live, by nationality, by sex (城镇人口 and 少数民族人口 overlap; 女党员 and
  // 少数民族党员 too). 农业/非农业 is left to the industry row, so that the pair stays one cut.
  // (`城镇生活废水`, `城镇生活用水`: domestic use in towns, a source beside 工业 and 农业, no residence cut of it.)
  /城镇(?!生活)|乡村(?!生活)/, // residence (not 城市: 城市更新, 城市基础设施 name projects)
  /少数民族|汉族/, // nationality
  /男|女/, // sex
  // Roads: by technical grade and by administrative level (an expressway is also a 国道 or a 省道).
  /高速公路|[一二三四]级公路|等级公路|等外公路/, // technical grade
  // (`普通国省道` are the 国道 and 省道 that are no expressway: of the grade cut, beside 高速公路.)
  /(?<!普通)国道|(?<!普通国?)省道|县道|乡道|村道|专用公路/, // administrative level
  // Staff: by professional title and by degree (a lecturer with a doctorate is in both).
  /职称|職稱|正高|副高|中级|中級|初级|初級/, // professional title
  /学位|學位|博士|硕士|碩士|研究生/, // degree
];
// 基础设施 counts power, heat, gas and water supply, which are industry too: it cuts across 工业.
/** Cross-cutting categories that, named in every item of a list, are the set the items divide. */
const SET_CATEGORY = /^(?:基础设施|高技术|高新技术|战略性新兴|新兴产业|民生|社会领域|新基建|数字|绿色|生态)$/;
// Land by its quality (旱涝保收, 高标准, 节水灌溉) cuts across land by its use (果园, 菜地); the labour force
// (劳动力, NESTED_LEVELS) lies inside a population by household registration (农业人口). Land designations (永久基本农田,
// 粮食生产功能区, 保护区) overlay the land by use and one another. Ground water resources are partly the
// same water as surface resources (水资源总量 = 地表水 + 地下水 − 重复计算量). Staff by schooling (`大专学历`) are
// often counted cumulatively (大专 and above). `乡科级及以下` is the bottom rank of cadres, the rest of a
// rank list (厅级, 处级), no threshold that nests; nor is `县级以上财政资金` / `省以上资金` (money from the county level
// up, beside 群众自筹资金): a level of government, not a size threshold; nor `市州及以下国有企业` (the firms of the
// levels below the province, beside 省属国有企业).
// (`外销菜`: vegetables sold outside the region, of every kind: beside `洋葱` they overlap.)
// (`民航基本建设和技术改造投资`: capital construction and renovation together are all of a sector's investment, no cut.)
// (`乐透数字型彩票`: a lottery game by how it is drawn, no digital economy.)
const CROSS_CUTTING = /外[销銷]|地下水[资資]源|重[复複]计算|重[复複]計算|学历|學歷|基础设施|高技术|高新技术|战略性新兴|新兴产业|民生|重点|(?<!基建[和及与])技改|(?<!基本建[设設][和及与])技[术術]改造|数字(?!型)|绿色|生态|社会领域|新基建|外贸|出口型|专精特新|(?<![省市州县縣乡鄉镇鎮区區][级級]?)以上|(?<![科股]级及|[省市州县縣乡鄉镇鎮区區][级級]?及)以下|旱涝保收|高标准|节水灌溉|基本农田|基本農田|功能区|功能區|保护区|保護區/;

/**
 * `油料总产量`, `肉类總產量`: an item named as a total of its own. After a complete family whose members are
 * no such totals (`小春粮食产量…；大春粮食产量…；油料总产量…`), it opens another topic, no further part.
 */
const OWN_TOTAL = /[总總](?:产量|產量|产值|產值|收入|支出|额|額|人口|面积|面積|量)/;

/** True when `next`, after the members `family`, names a total of its own that none of them does. */
export function opensOwnTotal(family: readonly string[], next: string): boolean {
  return OWN_TOTAL.test(next) && !family.some((h) => /[总總]/.test(h));
}

/**
 * `“三个千亿级”产业总产出`, `五大新兴产业产值`: a counted set of industries defined by themes (汽车新四化, 智能传感器
 * 及物联网): one firm may count in two of them, and the set's total is counted once; its members may add up to more.
 */
const COUNTED_INDUSTRY_SET = /[两二三四五六七八九十0-9０-９]+\s*(?:[个個]|大)["“”「」]?[^，,；;。\d]{0,8}?(?:产业|產業)/;

export function countedIndustrySet(totalName: string): boolean {
  return COUNTED_INDUSTRY_SET.test(totalName);
}

/** True when a label names a class that cuts across the usual cuts (`亿元以上项目`, `民生支出`). */
export function crossCutting(label: string): boolean {
  return CROSS_CUTTING.test(label);
}

/**
 * Levels of one hierarchy listed side by side under one 其中 (`总收入…其中：地方一般公共预算收入12.2亿元；
 * 地方税收收入8.8亿元`): the second lies inside the first, so the two are no parts to add.
 * Pairs of (container, content).
 */
const NESTED_LEVELS: [RegExp, RegExp][] = [
  // (A tax rebate, `税收返还`, is a grant from above: no tax inside the budget revenue.)
  // (`国税收入`, `地税收入` read 税收 across two words: the revenue a tax office collects, no tax inside
  // the local revenue.)
  [/(?:一般公共|公共财政|一般)预算收入|财政收入|地方收入/, /(?<![国國地])税收(?!返还)|非税|增值税|所得税/],
  // `其中：税收收入A，增值税、营业税…五大税种税收B`: single taxes, or a group of them, inside the taxes.
  [/(?<![国國地非])[税稅]收收入/, /增值[税稅]|营业[税稅]|營業[稅]|所得[税稅]|[税稅]种|[稅]種|主体[税稅]/],
  // `农业特产税A，烤烟特产税B`: the tobacco tax is one of the special agricultural product taxes.
  [/农业特产[税稅]|農業特產[稅]/, /烤[烟煙]|[烟煙]叶|[煙]葉/],
  [/规模以上工业|规上工业/, /高技术|装备制造|战略性新兴/],
  // `乡村人口A，其中农业人口B，劳动力C`: the labour force is people of the population, counted again. (Trainees
  // by group, `在岗职工培训…，农村劳动力技能培训…`, are one cut.)
  [/人口/, /劳动力|勞動力/],
  // `卫生机构人员…，其中，卫生技术人员…，执业（助理）医师…，注册护士…`: physicians and nurses are health professionals.
  [/卫生技术人员/, /医师|医生|护士|药师|技师/],
  // `粮食作物播种面积…，其中谷物…；玉米…；豆类…；薯类…`: maize, rice and wheat are cereals.
  [/谷物|穀物/, /稻谷|稻穀|水稻|小麦|小麥|玉米|高粱|谷子|穀子/],
  // `经营主体A户，其中，内资企业B户；私营企业C户；外资企业D户；个体工商户E户`: private firms are domestic firms.
  [/[内內][资資]企[业業]/, /私[营營]企[业業]|国有企[业業]|國有企[業]|集体企[业業]|集體企[業]/],
  // `总投资A，其中，固定资产投资B，设备投资C`: equipment bought is fixed-asset investment (with building works).
  [/固定[资資]产投[资資]/, /设备(?:工器具)?(?:购置|投[资資])|設備(?:工器具)?(?:購置|投[资資])|建筑安装|建安工程/],
  // `入库项目A个，其中：已签约落地项目B个…；已开工项目C个…`: a project is signed before it starts, and
  // started before it runs: the later stages are counted again inside the earlier.
  [/[签簽]约|[签簽]約|落地/, /开工|開工|运营|運營|投产|投產|竣工/],
  // `规划用地A亩，其中建设用地B亩，已建成区域用地C亩`: what is already built is counted again inside
  // what is to be built (a progress figure beside its plan).
  [/(?:建设|建設|规划|規劃|计划|計劃)(?:用地|面积|面積|规模|規模|任务|任務|项目|項目)/, /已(?:建成|完成|开发|開發|开工|開工|出让|出讓|供应|供應|投用)/],
  // `新增建设用地A公顷，其中农用地B公顷，耕地C公顷`: farmland, orchards, forest and grass are farm land (农用地).
  [/[农農]用地/, /耕地|园地|園地|林地|草地|牧草地/],
  // `內地旅客A，個人遊旅客B`: visitors under the individual visit scheme are mainland visitors.
  [/[内內]地/, /[个個]人游|[個个]人遊|自由行/],
];

/**
 * True when `inner` names a class that lies inside the class `outer` names, by a known hierarchy
 * (`谷物` ⊃ `玉米`, `卫生技术人员` ⊃ `执业医师`): listed side by side, the inner one is no further part.
 */
export function holdsClass(outer: string, inner: string): boolean {
  return NESTED_LEVELS.some(([o, i]) => o.test(outer) && !i.test(outer) && i.test(inner) && !o.test(inner));
}

/** An amount signed (`合同外资`, `协议投资`, `签约金额`) and one that arrived (`实际利用外资`, `到位资金`). */
const CONTRACTED = /合同|協議|协议|[签簽]约|[签簽]約/;
/** An item said to be in two (or all) of the classes at once (`同时通过两个渠道`, `两者兼有`). */
const BOTH_AT_ONCE = /同[时時](?:通[过過]|持有|属于|屬於|参加|參加|享受|具有)?[两兩二三](?:个|個|种|種|类|類)?|[两兩二]者兼|兼而有之/;
const ARRIVED = /[实實]际|[实實]際|到位|[实實]到/;

/**
 * Classifier words that make listed items parallel members of one cut (`乡村振兴领域`, `新建类项目`), the
 * measure after them aside (`基础设施类完成投资`, `产业类完成投资`).
 */
const CLASSIFIER = /(领域|类|板块|方面|片区)(?:项目)?(?:完成|实现|實現)?(?:投资|投資|产值|產值|支出|资金|資金|收入|增加值)?$/;

/**
 * True when the items visibly come from different cuts, or from a cross-cutting category —
 * unless they all end in one classifier word (`…领域`): then they are declared one cut.
 */
export function overlapping(written: string[]): boolean {
  // A bracketed aside says what one item covers (`其他收入（生态环境损害赔偿金）`): it names no cut.
  const labels = written.map((l) => l.replace(/[（(][^（()）]*[）)]/g, ''));
  const words = labels.map((l) => CLASSIFIER.exec(l.replace(/[\s，,；;：:、]+$/, ''))?.[1]);
  if (words.every((w) => w !== undefined && w === words[0])) return false;
  // `交通基础设施…；水利基础设施…；城市基础设施…`: one cross-cutting category in every label names the
  // set they all sit in, not a second cut. (Not a threshold: `亿元以上…；5000万元以上…` nest.)
  const cross = labels.map((l) => CROSS_CUTTING.exec(l)?.[0]);
  const oneSet = cross[0] !== undefined && SET_CATEGORY.test(cross[0]) && cross.every((c) => c === cross[0]);
  if (!oneSet && cross.some((c) => c !== undefined)) return true;
  if (NESTED_LEVELS.some(([outer, inner]) => labels.some((l) => outer.test(l) && !inner.test(l)) && labels.some((l) => inner.test(l)))) return true;
  // `投资总额A，其中合同台资B，实际利用台资C`: the amount signed and the amount arrived are two stages of one
  // investment, not two parts of it.
  if (labels.some((l) => CONTRACTED.test(l)) && labels.some((l) => ARRIVED.test(l))) return true;
  // (`…，两者兼有的B`: an item that is in both of the others is their overlap, counted in each; see namesOverlap.)
  if (labels.some((l) => BOTH_AT_ONCE.test(l))) return true;
  const cuts = new Set<number>();
  for (const l of labels) CUTS.forEach((re, i) => re.test(l) && cuts.add(i));
  return cuts.size > 1;
}

/**
 * `在职人数39人，包括行政人员39人；退休人员16人`: a part whose name opens with 包括, 包含 or 含 says what
 * the part before it holds, a level below it; it is no sibling of that part.
 */
/**
 * `地下水资源量A（其中山丘区B，平原区C，两区重复计算量D）`: the writer names the part the classes share, so
 * the classes overlap and their sum exceeds the total by design (水资源总量 = 地表水 + 地下水 − 重复计算量).
 */
const DOUBLE_COUNT = /重[复複](?:计算|計算|计|計|量)|不重[复複]/;

/** True when the words around a list name a double count (重复计算量, 不重复计算): its parts overlap. */
export function namesDoubleCount(text: string): boolean {
  return DOUBLE_COUNT.test(text);
}

const INSIDE_PREVIOUS = /^[\s\u3000，,；;：:、]*(?:包括|包含|内含|含有|含)/;

/** True when the label (the words before a part's figure) opens with 包括 or 含 (see INSIDE_PREVIOUS). */
export function insidePrevious(label: string): boolean {
  return INSIDE_PREVIOUS.test(label);
}

/**
 * `收入总计434.72万元，其中：本年收入合计434.16万元，年初结转和结余0.56万元`: a final account's year
 * column (本年收入合计, 本年支出合计) is one part of its 总计, beside what was carried over, not a total of
 * the other parts.
 */
const YEAR_SUBTOTAL = /本年(?:收入|支出)合[计計]/;

/** 累计 between an item's name and its measure (`农田流失及埋没累计损失`): group 1 is the measure. */
const INNER_RUNNING = /^[\s\u3000，,；;：:、]*[\u4e00-\u9fff]{2,}?累[计計]([\u4e00-\u9fff]{2,})$/;

/**
 * True when some parts, not all, are named as totals (`其中：A 3亿元，B 2亿元，合计5亿元`): the list mixes
 * totals and parts. A word shared by every part is part of their names (`电信业务总量`, `邮政业务总量`).
 */
export function mixesTotals(labels: readonly string[]): boolean {
  // `…等其他民生事业累计支出12.53亿元`: 累计 in the remainder item sums the rest over the period.
  // (`包含农田流失及埋没累计损失A；农业设施损失B`: 累计 inside one item's name, before the measure every item ends with,
  // says how that item was counted, not that it sums the others.)
  const inner = (l: string): boolean => {
    const m = INNER_RUNNING.exec(l);
    const measure = m?.[1];
    return measure !== undefined && labels.every((o) => o === l || o.replace(/[\s\u3000]+$/, '').endsWith(measure));
  };
  const named = labels.filter((l) => TOTAL_WORD.test(l) && !isRemainder(l) && !YEAR_SUBTOTAL.test(l) && !inner(l)).length;
  return named > 0 && named < labels.length;
}

/**
 * True when a part is stated as a fact about the ones before it (`其中已执行8个，有7个…完成`): `有N个`
 * counts a kind among the earlier parts, not a further part.
 */
export function statesAmongThem(labels: readonly string[]): boolean {
  // The label is the text right before the figure: `有` alone (`有机茶叶2000亩` names a part).
  return labels.some((l, i) => i > 0 && /^[\s\u3000，,；;]*(?:其中)?(?:有|还有|另有)[\s\u3000]*$/.test(l));
}

/**
 * `预算总额A，其中：年初批复预算B，专项安排C，追减调整预算D`: an item named as a cut or a deduction is
 * taken off the others, not added to them.
 */
const SUBTRACTED = /^[\s\u3000，,；;：:、]*(?:追减|追減|调减|調減|核减|核減|冲减|沖減|扣减|扣減|扣除|减去|減去|减[：:]|減[：:])/;

/** True when the label (the words before a part's figure) names a deduction (see SUBTRACTED). */
export function subtracted(label: string): boolean {
  return SUBTRACTED.test(label) || LOSS.test(label.replace(/[\s\u3000]+$/, ''));
}

/** `财政收入A（其中税收B，其它收入C，商业企业亏损D）`: a loss in a list of income is taken off it. */
const LOSS = /(?:亏损|虧損)(?:额|額)?(?:为|為)?$/;

/** Staff on the establishment (`在编人员`, `编制内`). */
const ON_ESTABLISHMENT = /在[编編]|[编編]制内|[编編]制內/;
/** Staff off it: temporary, contracted or agency staff. */
const OFF_ESTABLISHMENT = /临聘|臨聘|[编編]外|聘用|合同制|劳务派遣|勞務派遣|临时|臨時/;

/**
 * `在职在编人员67人，其中专业技术人员64人，临聘人员5人`: staff off the establishment are no part of a total
 * counted on it; the report names them beside it.
 */
export function offEstablishment(totalName: string, label: string): boolean {
  return ON_ESTABLISHMENT.test(totalName) && !OFF_ESTABLISHMENT.test(totalName) && OFF_ESTABLISHMENT.test(label);
}

/**
 * `实有人口总数A，其中户籍人数B，外来人口C`, `常住人口A，其中户籍人口B`: the registered population counts
 * those who live elsewhere too, so under a resident total (常住, 实有) it is no subset: a sum above the
 * total is a matter of calibers, not an error.
 */
export function registeredUnderResident(totalName: string, labels: readonly string[]): boolean {
  return RESIDENT.test(totalName) && !REGISTERED.test(totalName) && labels.some((l) => REGISTERED.test(l));
}

const RESIDENT = /常住|實有|实有|居住/;
const REGISTERED = /[户戶]籍/;

/** A total of several levels of government: two level words, or one with 以上. */
const SEVERAL_LEVELS = /(?:中央|省|市|县|縣|区|區)级?(?:及|和|与|與|、)?以上|(?:中央|省级|省級|市级|市級|县级|縣級|区级|區級)[^，,；;。]*(?:中央|省级|省級|市级|市級|县级|縣級|区级|區級|市县|市縣)/;

/**
 * The level of government a fund comes from, as written in its name (`省级财政补贴资金`). Without 财政 a
 * level names where a share goes (`市级分成`): an allocation of the total, which is a part of it.
 */
const FUND_LEVEL = /(中央|省级|省級|市级|市級|县级|縣級|区级|區級)(?:财政|財政)/;

/**
 * `下达中央财政补贴资金A，其中…，下达省级财政补贴资金B`: a fund of another level of government than the
 * total's is a fund beside it, not a part of it.
 */
export function otherFundLevel(totalName: string, label: string): boolean {
  // (Only a total of one level: `市级及以上彩票公益金`, `中央、省级及返还市县福彩公益金` hold several.)
  if (SEVERAL_LEVELS.test(totalName)) return false;
  const total = FUND_LEVEL.exec(totalName)?.[1];
  const part = FUND_LEVEL.exec(label)?.[1];
  return total !== undefined && part !== undefined && total.slice(0, 1) !== part.slice(0, 1);
}

/** `…，所以可用资金为A`, `因此…`: a conclusion drawn from the figures before it, no item of a list. */
const CONCLUSION = /^[\s\u3000，,；;]*(?:所以|因此|因而|故而|由此)/;

/** True when the label opens with a conclusion word (see CONCLUSION). */
export function concludes(label: string): boolean {
  return CONCLUSION.test(label);
}

/**
 * A profit from the main business or from operations (`其中，主营活动利润866.4亿元` under `利润总额825.4亿元`): the
 * total profit also counts investment income and gains or losses outside the business, which may be negative,
 * so this part may exceed its total. No part to hold to it.
 */
const OPERATING_PROFIT = /主[营營](?:业务|業務|活动|活動)?利[润潤]$|[营營]业利[润潤]$|[经經][营營](?:性)?利[润潤]$|毛利(?:[润潤])?$/;

/** True when the words right before a figure name a profit that may exceed the total profit. */
export function mayExceedItsTotal(wordsBefore: string): boolean {
  return OPERATING_PROFIT.test(wordsBefore.replace(/[\s\u3000]+$/, '').replace(/(?:[为為]|[达達]|实现|實現|完成)$/, ''));
}

/**
 * `其中528家通过直接投资渠道入市，793家通过“债券通”入市，237家同时通过两个渠道入市`: a counted item whose words after its
 * figure say it is in two of the classes at once is their overlap, counted in each (tested on the text after the figure).
 */
export function namesOverlap(after: string): boolean {
  return BOTH_AT_ONCE.test(after.slice(0, 12));
}
