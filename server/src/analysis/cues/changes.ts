// Change verbs and their direction: `增长/提高/上升/回升/增加` up, `下降/减少/减低/回落/下滑` down.
// A figure right after one is a change (a growth rate, a point change, an increment), unless a
// `到/至/达到` makes it the new level (`提高到45%`).

import type { Direction } from '../types';

/** verb → direction. Adding a verb is one row (and one test row). */
const CHANGE_ROWS: readonly [string, Direction][] = [
  ['增长', 'up'],
  ['增加', 'up'],
  ['增速', 'up'],
  ['增幅', 'up'],
  ['上升', 'up'],
  ['提高', 'up'],
  ['提升', 'up'],
  ['上涨', 'up'],
  ['涨幅', 'up'],
  ['扩大', 'up'],
  ['回升', 'up'],
  ['加快', 'up'],
  ['增收', 'up'],
  ['下降', 'down'],
  ['负增长', 'down'],
  ['减少', 'down'],
  ['降低', 'down'],
  ['减低', 'down'],
  ['回落', 'down'],
  ['下滑', 'down'],
  ['缩小', 'down'],
  ['收窄', 'down'],
  ['放缓', 'down'],
  ['下跌', 'down'],
  ['减收', 'down'],
  ['增支', 'up'],
  ['减支', 'down'],
  // `比去年同期A多完成B`: more (or less) done than the base, as a plan's progress is compared.
  ['多完成', 'up'],
  ['少完成', 'down'],
  // Traditional script, as some web pages serve it.
  ['增長', 'up'],
  ['增加', 'up'],
  ['上漲', 'up'],
  ['減少', 'down'],
  ['減低', 'down'],
  ['下滑', 'down'],
];

/** Rows by their last character, longest first within each (a lookup on every figure, not a scan). */
const BY_LAST = new Map<string, [string, Direction][]>();
for (const row of [...CHANGE_ROWS].sort((a, b) => b[0].length - a[0].length)) {
  const last = row[0].charAt(row[0].length - 1);
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), row]);
}

/** The direction of the change verb `text` ends with, if any. */
export function directionAtEnd(text: string): Direction | undefined {
  for (const [verb, direction] of BY_LAST.get(text.charAt(text.length - 1)) ?? []) if (text.endsWith(verb)) return direction;
  return undefined;
}

/**
 * A member's name before the verb of its change, as a breakdown of a whole's change writes it: `以男性减少`, `女性减少`,
 * `港元资产则增加`. Group 1 is the name (short: a narrative clause is no member's name).
 */
export const MEMBER_CHANGE_LEAD = /^(?:以|而)?([\u4e00-\u9fff]{1,10}?)(?:则|則|亦|也|均)?(?:增加|增長|增长|減少|减少|上升|下降)(?:了|约|約)?$/;

/** Every change verb, for stripping them off an indicator phrase. */
export const CHANGE_VERBS: readonly string[] = CHANGE_ROWS.map(([verb]) => verb);

/** `提高到45%`, `下降至3%`: the figure after 到/至 is a level, not a change. */
export const TO_LEVEL = /(到|至|达到|为|在)$/;

/**
 * A contribution to another figure's growth (`拉动经济增长1.2个百分点`): a claim of neither the
 * previous subject nor the named one. A 贡献率 is an indicator of its own (`第一产业对经济增长的贡献率`).
 */
export const CONTRIBUTION = /(拉动|带动)[^，,；;。]*$/;

/**
 * `从54.7亿元提高到81.9亿元`: 由/从 before a figure … (a year may stand between, Gregorian or Taiwan's
 * 民国 count: `由103年度之7.28億元`, even with the 年 dropped: `由103度之`).
 */
const FROM_BEFORE = /[由从從](?:(?:(?:19|20)\d\d年|\d{2,3}(?:年度|年|度))(?:末|底)?)?[^，,；;。\d]{0,10}$/;
/** … and a change to another level after it (`，增加至107年度之7.42億元`: a comma may come first). */
const TO_ANOTHER_AFTER = /^[，,]?[^，,；;。\d]{0,4}?(?:增长|增加|提高|提升|上升|下降|减少|降低|扩大|跃升|攀升|增|降|减|增長|提昇|減少|擴大|減)了?(?:为|到|至|為)/;

/**
 * True when the figure between `before` and `after` is the level a change started from (`由A提高到B`,
 * `从A增至B`): an earlier period's level, never a part nor a total of this period's figures.
 */
export function startsAChange(before: string, after: string): boolean {
  return FROM_BEFORE.test(before) && TO_ANOTHER_AFTER.test(after);
}

/**
 * `收入由2050000万元调整为1993224万元`: the figure after 由 and before a verb of adjusting it to another
 * value is the former value, no level of the text's period (nor a total of the parts after it).
 */
const FORMER_BEFORE = /由[\s\u3000]*$/;
// Only a budget's adjustment: `由A增加到B，其中X由a增加到b…` lists former values of the parts as well,
// which sum-mismatch holds to A.
const FORMER_AFTER = /^[\s\u3000]*(?:调整|調整|调增|调减|調增|調減)(?:为|為|到|至)/;

export function formerValue(before: string, after: string): boolean {
  return FORMER_BEFORE.test(before) && FORMER_AFTER.test(after);
}

/**
 * A change per head (`助力人均增收5360元`, `户均增收1200元`): tested on the words right before an increment.
 * It is no change of a total level stated before it (`电商销售额3.9亿元，同比增长12.1%，助力人均增收…`).
 */
// (`人均消费增长了90元`: the measure named between 人均 and the change.)
export const PER_HEAD_CHANGE = /(?:人均|户均|戶均|每人|每户|每戶)[^，,；;。\d]{0,8}$/;

/**
 * The words between an increment and a growth rate (`，同比增加了11元，全行业上交税金同比增长6.42%`), once the
 * comparison and change words are taken out: two Chinese characters or more left, not part of the level's own
 * name, name another subject, whose
 * growth it is (`吨煤税金78元，…增加11元` does not grow by it). Bare `，增长`, `，同比增长`, `，比上年增长` leave nothing.
 */
const CHANGE_GLUE = /同比|环比|名义|名義|幅度|降低|增加|减少|減少|上涨|上漲|下跌|涨幅|漲幅|跌幅|[比较較与與](?:上年|去年|上年同期|去年同期|年初)|同期|相比|分别|分別|增长|增長|增幅|增速|下降|降幅|减幅|減幅|回落|上升|提高|了|为|為|达到|達到|达|達|约|約|近|[\s\u3000，,、：:（）()]/g;

export function namesOtherSubject(between: string, levelName: string): boolean {
  const rest = between.replace(CHANGE_GLUE, '');
  // (`销售额12.78亿元，…增加2.79亿元，销售额增长28.95%`: the level's own measure named again is no other subject.)
  return /[\u4e00-\u9fff]{2,}/.test(rest) && !levelName.includes(rest);
}

/**
 * The name of a level written after its own change (`总投资比去年增长21.1%，达到5880.9万元`): the words before the
 * comparison, given the text up to the level's figure; undefined when the figure does not follow such a change.
 */
const NAME_BEFORE_CHANGE = /([^，,；;。：:\d\s]{2,16}?)(?:同比|[比较較](?:上年|去年)(?:同期)?)(?:增长|增長|下降|增加|减少|減少|提高)(?:了)?[\d.]+[%％][，,](?:达到?|達到?|为|為)$/;

export function nameBeforeChange(textBefore: string): string | undefined {
  return NAME_BEFORE_CHANGE.exec(textBefore)?.[1];
}

/**
 * `同比增加装机826.53万千瓦`, `比上年减少贷款3.2亿元`: a change against a named basis with the measure written
 * between the verb and the figure (four characters at most). The figure is the change, not a level named
 * `增加装机`.
 */
// (`比去年净增运力203万吨`: a net rise, 净增, too.)
const MEASURED_CHANGE = /(?:同比|环比|比上年|较上年|比去年|较去年|比上年同期|较上年同期)(增加|减少|增長|減少|净增|淨增|净减|淨減)([\u4e00-\u9fff]{1,4})$/;
/** Words after the verb that make the figure a level (`增加到`, `减少为`): no measure. */
const NOT_A_MEASURE = /[到至为為达達]/;

/** The direction of a measured change `text` ends with (see MEASURED_CHANGE), if any. */
export function measuredChangeAtEnd(text: string): Direction | undefined {
  const m = MEASURED_CHANGE.exec(text);
  if (!m || NOT_A_MEASURE.test(m[2] ?? '')) return undefined;
  return m[1] === '增加' || m[1] === '增長' || m[1] === '净增' || m[1] === '淨增' ? 'up' : 'down';
}

/**
 * `收入4157.86亿元，比去年同期增加829.58亿元`, `，同比增收`: the words between a level and its rise over last year,
 * nothing else between them (tested on the whole gap without spaces, so another figure's name in between keeps them
 * apart).
 */
// (A bracketed aside after the level, `（不含债务收入）`, is taken out first; the budget is a base as well:
// `比预算增加1702亿元，比上年增加2737亿元` follow one level one after the other.)
export const RISE_AFTER_LEVEL = /^[，,]?(?:(?:比|较|較)(?:上年|去年|上年同期|去年同期|(?:年初|调整|調整)?预算数?|(?:年初|调整|調整)?預算數?)(?:相比)?[，,]?|同比)(?:增加|增收|增長|多收|净增|淨增)了?$/;

/** A short bracketed aside (`（不含债务收入）`), taken out of the words between a level and its rise. */
export const SHORT_ASIDE = /[（(][^（()）]{0,24}[）)]/g;

/**
 * Measures that may stand below zero (`利润`, `结余`, `顺差`, `净…`): one of them may rise by more than its
 * level (a loss turned into a profit). Tested on the level's indicator.
 */
export const SIGNED_MEASURE = /利润|利潤|盈余|盈餘|盈利|结余|結餘|结存|赤字|顺差|順差|逆差|差额|差額|净|淨|收益|亏损|虧損|损益|損益|余额|餘額|增量|变动|變動/;

/**
 * Totals whose parts may stand below zero, so that one part may exceed them:
 * - a balance broken down by time, the opening balance and the year's result (`滚存结余A，其中：上年结余B，
 *   当年结余…`, the year may end in deficit);
 * - a surplus or net flow broken down by partner or item (`顺差A，其中对东盟顺差B`, deficits with others;
 *   Taiwan writes 出超).
 * Not a balance by level or place (`区本级滚存结余…，镇滚存结余…`), nor 利润 or 盈余 by branch, where one part
 * above the whole is rare enough to be worth a look.
 */
const BALANCE_TOTAL_NAME = /结余|結餘|结存|結存|滚存|滾存/;
const OPENING_BALANCE = /上年(?:度|末)?(?:结余|結餘|结转|結轉|滚存|滾存)|年初(?:结余|結餘|结转|結轉|滚存|滾存)|期初/;
// (`人口自然减少A，当中出生B，死亡C`: a natural change is births less deaths; a net migration is arrivals less departures.)
const NET_OF_SIGNED = /顺差|順差|出超|入超|[净淨](?:流入|出口|移入|迁入|遷入)|自然(?:增[加长長]|[减減]少)/;
export function partsMayExceedTotal(totalName: string, labels: readonly string[]): boolean {
  return NET_OF_SIGNED.test(totalName) || (BALANCE_TOTAL_NAME.test(totalName) && labels.some((l) => OPENING_BALANCE.test(l)));
}
