// List connectors: `分别` distributes a list of figures over a list of subjects; `、和及与`
// join the items of either list (`42.9亿元、33.8亿元和155亿元`).

/** The word that distributes a list of figures over a list of subjects. */
const RESPECTIVELY = '分别';
/** Connectors between items of a list, one character each. */
const LIST_CONNECTORS: readonly string[] = ['、', '和', '及', '与', '，'];

/** What may separate the figures of one list: nothing, spaces, or one connector other than `，`. */
export function isListGap(gap: string): boolean {
  const s = gap.replace(/[\s\u3000]/g, '');
  return s === '' || (s.length === 1 && s !== '，' && LIST_CONNECTORS.includes(s));
}

/** The text before `分别` (the subjects of the list), or the whole text when there is none. */
export function beforeRespectively(pre: string): string {
  const at = pre.indexOf(RESPECTIVELY);
  return at >= 0 ? pre.slice(0, at) : pre;
}

/**
 * The measure named after 分别 (`三次产业分别完成投资…` → `投资`, `分别实现增加值` → `增加值`), or ''
 * when the words there are a verb, a change or a share (`分别增长`, `分别占`).
 */
export function measureAfterRespectively(pre: string): string {
  const at = pre.indexOf(RESPECTIVELY);
  if (at < 0) return '';
  const tail = pre
    .slice(at + RESPECTIVELY.length)
    .replace(/[\s\u3000：:]+$/, '')
    .replace(/^(?:累计)?(?:完成|实现|达到?|为|是|有)/, '');
  if (!/^[\u4e00-\u9fff]{1,6}$/.test(tail) || /^(?:增长|增加(?!值)|增幅|增速|减少|下降|降低|提高|回落|上升|占|比|较|为|达)/.test(tail)) return '';
  return tail;
}

export function hasRespectively(pre: string): boolean {
  return pre.includes(RESPECTIVELY);
}

/** 分别 in the clause before a figure, with no clause mark after it (`分别完成…的113.1%`). */
export function respectivelyInClause(before: string): boolean {
  const at = before.lastIndexOf(RESPECTIVELY);
  return at >= 0 && !/[，,；;。]/.test(before.slice(at));
}

/**
 * The words before a clause's first figure that continue the item before it rather than name a new
 * one (`，比上年增加0.3万人`, `，占49.8%`, `，增长2%`): a comparison, a share, a change, a breakdown word.
 */
// (Hong Kong's, Macao's and Taiwan's releases, in either script: `，按年減幅為17.7%`, `，較上季上升`, `，年增3%`.)
const CONTINUING_HEAD = /^(?:同比|比|较|較|按年|按月|按季|环比|環比|年增|年减|年減|月增|月减|月減|占|佔|增长|增長|增|下降|减少|減少|减|減|降|提高|上升|上涨|上漲|下跌|回落|其中|分别|分別|人均|为|為|是)/;

/** True when a clause whose words before its first figure are `head` continues the item before it. */
export function continuesItem(head: string): boolean {
  return head === '' || CONTINUING_HEAD.test(head);
}

/**
 * `全国销售彩票A，收缴公益金B，加上上年结转C，共计T`: a clause opening with 加上 adds its amount to the clause right
 * before it; the sum is of those two (and any later ones), not of every clause from the sentence's start.
 */
const ADDING_CLAUSE = /^[，,；;\s\u3000]*(?:再)?加上/;
export function addsToClauseBefore(clause: string): boolean {
  return ADDING_CLAUSE.test(clause);
}

/**
 * The sum word that closes a list of items in its sentence, right after the last item's separator
 * (`…；增设发酵池3.2万元；共计40.83万元`, `，合计`, `；总计为`): the figure after it adds up the list.
 */
// (`…，补充预算稳定调节基金C，可用财力安排合计T`: the uses of an amount summed under their own name; `，以上合计`.)
// (`，总计下达305万元`: the verb of the listed amounts after the sum word.)
export const LIST_SUM = /[；;，,][\s\u3000]*(?:以上|上述|[^\d，,；;。：:]{1,8}?安排)?(?:共计|共計|合计|合計|总计|總計)(?:下达|下達|安排|拨付|撥付|筹集|籌集|分配)?(?:为|為|达|達)?[\s\u3000]*$/;

/**
 * A bare 共 after a clause that 加上 opened (`收缴A，加上上年结转B，共T`): the sum of the two, as 共计 would say.
 * Only there: after other clauses a bare 共 may open a figure of its own (`共有…`).
 */
export const ADDED_SUM = /[，,][\s\u3000]*(?:共|一共|总共|總共)(?:为|為|达|達)?[\s\u3000]*$/;

/**
 * The sum after items joined by 、/及 in one clause (`包含A53.07億元、B20.01億元及C54.66億元，總額127.74億元`): the
 * sum words above, or 总额 standing alone after the list.
 */
export const JOINED_LIST_SUM = /[，,][\s\u3000]*(?:以上|上述)?(?:共计|共計|合计|合計|总计|總計|总额|總額)(?:为|為|达|達)?[\s\u3000]*$/;

/** Only words and one list mark between two amounts of one joined list (`億元、一般性補助款`, `億元及計畫型補助款（含回饋金）`). */
export function joinsListItems(gap: string): boolean {
  const bare = gap.replace(/[（(][^（()）]*[）)]/g, '');
  return /^[\s\u3000]*[、和及与與][^，,；;。：:\d、]{1,20}$/.test(bare);
}

/**
 * A list item opened by the existential 有 (`，有营业面积超过50平方米以上的综合商店或超市114个`): a new
 * statement about the subject; it continues a 其中 list only when it names the total's head noun.
 */
const EXISTENTIAL_ITEM = /^[\s\u3000，,；;、]*有/;

export function opensExistential(label: string): boolean {
  return EXISTENTIAL_ITEM.test(label);
}

/**
 * A list item that restates the plan the total is measured against (`，是省林业厅下达任务38万亩的142%`,
 * `，为年度计划`): a completion clause about the total, not one more part; the list ends before it.
 */
const PLAN_ITEM = /^[\s\u3000，,；;、]*(?:是|为|為|相当于|相當於|完成)[^，,；;。]{0,10}?(?:下达|下達|年度计划|年度計劃|全年计划|全年計劃|目标任务|目標任務|任务|任務)$/;

export function restatesPlan(label: string): boolean {
  return PLAN_ITEM.test(label);
}

/**
 * `从300元到950元主要分为3个档次`, `由200元至800元`: the two ends of a span of values (tiers of a standard),
 * no amounts that add up. The figure between `before` and `after` is such an end when 从/由 opens it and
 * 到/至 joins it to the other end, with no verb of change (`从A增加到B` is a change: cues/changes.ts).
 */
const SPAN_FROM = /[从從由][\s\u3000]*$/;
/** The unit left after the first end, then 到/至 and the other end's digits; group 1 is the unit. */
const SPAN_TO_AFTER = /^([^\s\u3000到至，,；;。\d]{0,3})(?:到|至)[\s\u3000]*[0-9０-９]/;
const SPAN_END_BEFORE = /[从從由][\s\u3000]*[0-9０-９][0-9０-９.,，]*([^，,；;。\d到至]{0,3})(?:到|至)[\s\u3000]*$/;
/** A verb of change between the ends makes the span a change (`由43.4亿元增加到62.0亿元`). */
const CHANGE_CHAR = /[增减減降提升扩擴跃躍攀调調]/;

export function spanEnd(before: string, after: string): boolean {
  const to = SPAN_FROM.test(before) ? SPAN_TO_AFTER.exec(after) : null;
  if (to && !CHANGE_CHAR.test(to[1] ?? '')) return true;
  const end = SPAN_END_BEFORE.exec(before);
  return end !== null && !CHANGE_CHAR.test(end[1] ?? '');
}

/** Words after a figure that make it the bound of a range (`14岁以下`, `15～64岁`, `60岁及以上`). */
const RANGE_BOUND_AFTER = /^(?:以下|以上|及以[上下]|之间|之間|[—\-~～至到])/;

/**
 * True when the figure ending at `end` is a bound of a range that names the next item (`；18岁以下
 * 8365人`, `19—35岁11407人`): an age written as a range, or an age run straight onto the count. It
 * belongs to the item's name, not to the figures of the list.
 */
export function boundsItemName(text: string, end: number, nextStart: number | undefined): boolean {
  return RANGE_BOUND_AFTER.test(text.slice(end, end + 3)) || nextStart === end;
}

/**
 * `…，其中6个项目进入收尾阶段，…，同时我乡新增垦造耕地项目40个`: a clause opened by 同时, 此外, 另外 or 随着 says
 * something new about the subject; it ends a 其中 list. Offset of that clause mark in text[from, to).
 */
// (`，随着不断挖掘项目潜力，…，固定资产投资预计完成A`: a clause of cause opens a new statement too.)
const NEW_STATEMENT = /[，,；;][\s\u3000]*(?:同时|此外|另外|随着)/;

/**
 * `…，三孩及以上60人，已审核1403人，已发放725人`: a label that opens with a stage of handling (已审核, 已发放, 已办结)
 * speaks of the same items at a later step, not of one more kind of them.
 */
const HANDLED_STAGE = /^[\s\u3000，,；;、]*(?:已|均已|全部)(?:审核|審核|审批|審批|发放|發放|办结|辦結|兑现|兌現|到位|完成|核准|受理|通过|通過)/;

export function opensHandledStage(label: string): boolean {
  return HANDLED_STAGE.test(label);
}

export function newStatementAt(text: string, from: number, to: number): number | undefined {
  const m = NEW_STATEMENT.exec(text.slice(from, to));
  return m ? from + m.index : undefined;
}

/**
 * `六个行业合计实现地方税收A`, `五项合计`: a counted group summed in the sentence after its items were listed.
 * Group 1 is the count (digits or numerals), group 2 the counted noun (may be empty).
 */
export const COUNTED_SUM = /([一二三四五六七八九十两]{1,2}|[0-9]{1,2})(?:个|项|家|类|大)([\u4e00-\u9fff]{0,6}?)(?:合计|合計|共计|共計|总计|總計)/;

/**
 * `五大特色产业实现产值A`, `三大主导产业完成产值`: a named set of N members (the 大 says the set is fixed).
 * Group 1 is the count, group 2 the whole name after it; the words after the group up to the figure name
 * the measure (MEASURE_VERB stripped).
 */
export const COUNTED_GROUP = /([一二三四五六七八九十两]{1,2}|[0-9]{1,2})大([\u4e00-\u9fff]{0,6}?(?:产业|行业|板块|集群|领域))/;

/** Verbs before a measure (`实现产值`, `完成产值`, `达到`): no part of the measure's name. */
export const MEASURE_VERB = /^(?:共|合计|累计)?(?:实现|完成|达到|达)?/;

/**
 * Verbs that open the items of a product list (`产甘蔗糖A；产甜菜糖B`, `销售白酒…；销售啤酒…`): the
 * same verb before two kinds of one product (the same last character) makes two items of one list.
 */
const PRODUCT_VERB = /^(?:生产|生產|销售|銷售|收购|收購|种植|種植|播种|播種|入榨|加工|产|產|销|銷)/;

/** True when two item names are one product verb before two kinds of one thing (`产甘蔗糖` / `产甜菜糖`). */
export function sameVerbKinds(a: string, b: string): boolean {
  const va = PRODUCT_VERB.exec(a)?.[0];
  if (va === undefined || PRODUCT_VERB.exec(b)?.[0] !== va) return false;
  const ra = a.slice(va.length);
  const rb = b.slice(va.length);
  return ra.length >= 2 && rb.length >= 2 && ra !== rb && ra[ra.length - 1] === rb[rb.length - 1] && ra[0] !== rb[0];
}

/**
 * Verbs that hand an amount to its recipient (`分配给全国社保基金理事会A…；分配给民政部B…`): the same verb opening two
 * items makes them two shares of one amount, whoever receives them.
 */
const ALLOCATION_VERB = /^(?:分配给|分配給|拨付给|撥付給|拨给|撥給|下拨给|下撥給|划拨给|劃撥給|安排给|安排給)/;

/** True when two item names open with the same allocation verb before two different recipients. */
export function sameAllocationVerb(a: string, b: string): boolean {
  const va = ALLOCATION_VERB.exec(a)?.[0];
  return va !== undefined && ALLOCATION_VERB.exec(b)?.[0] === va && a.length > va.length + 1 && b.length > va.length + 1 && a !== b;
}

/**
 * Words that make a list after a total's colon a selection rather than its whole breakdown: `其中`, `主要`,
 * `重点`, `包括`, `等`, a threshold (`以上`, `以下`), or a bracket (an aside may hold more items).
 */
const SELECTION_WORD = /其中|主要|重点|重點|包括|等|以上|以下|[（(]/;

/** True when a list's text (after a total's colon) marks it as a selection of the total's parts. */
export function selectsParts(listText: string): boolean {
  return SELECTION_WORD.test(listText);
}

/** Names joined as the subjects of a 分别 list, with the measure they share (`农业、工业、生活用水量`). */
const NAMED_LIST_HEAD = /^[\s\u3000]*([\u4e00-\u9fff、]{3,60})$/;
/** What joins two subjects of such a list. */
const NAME_JOINT = /[、和及与與]/;

/**
 * `总量T，其中，A、B、C供水量分别为a、b、c，D、E、F用水量分别为d、e、f`: a second list of named subjects
 * with its own 分别 after the first list's figures, in the same breakdown, cuts the same total another way.
 * Returns the offset of the clause mark that ends the first list, when the region holds exactly two such
 * lists and the second's shared measure is worded like the total (`用水` in `供用水总量`); else undefined.
 */
export function secondNamedListAt(text: string, from: number, to: number, totalClause: string): number | undefined {
  const first = text.indexOf(RESPECTIVELY, from);
  const second = first < 0 ? -1 : text.indexOf(RESPECTIVELY, first + RESPECTIVELY.length);
  if (first < 0 || second < 0 || second >= to || text.indexOf(RESPECTIVELY, second + 1) >= 0 && text.indexOf(RESPECTIVELY, second + 1) < to) return undefined;
  const mark = Math.max(text.lastIndexOf('，', second), text.lastIndexOf('；', second), text.lastIndexOf(';', second));
  if (mark <= first || !/[0-9０-９]/.test(text.slice(first, mark))) return undefined;
  const names = NAMED_LIST_HEAD.exec(text.slice(mark + 1, second));
  if (names === null || !NAME_JOINT.test(names[1] ?? '')) return undefined;
  // The measure the second list's subjects share, read off its last name (`人工生态用水量` → 用水).
  const tail = (names[1] ?? '').slice(-5).replace(/[量额数]$/, '');
  for (let i = 0; i + 2 <= tail.length; i++) if (totalClause.includes(tail.slice(i, i + 2))) return mark;
  return undefined;
}
