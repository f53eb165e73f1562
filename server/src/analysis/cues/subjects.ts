// Subject scope: whose figure it is. The report's own territory (全县 in a county report, or no
// prefix at all), a wider one quoted for comparison (全市, 全省, 全国), a part of it (a park, a
// town, an enterprise), and the population a per-head figure counts (户籍 vs 常住).

import { memoOfText } from '../memo';

/** Territorial prefix → level. 我县/本县 name the report's own territory and its level. */
const TERRITORY_ROWS: readonly [string, string][] = [
  ['全国', '国'],
  ['全省', '省'],
  ['全市', '市'],
  ['全州', '州'],
  ['全盟', '盟'],
  ['全区', '区'],
  ['全县', '县'],
  ['全旗', '旗'],
  ['我县', '县'],
  ['本县', '县'],
  ['我区', '区'],
  ['本区', '区'],
  ['我市', '市'],
  ['本市', '市'],
  ['我旗', '旗'],
];

/** Words that end like a part name but are not one (`城镇`, `乡镇`, `特色小镇`). 乡 alone is no part word: `推进乡村振兴`. */
const NOT_A_PART = /(城镇|乡镇|全乡|全镇|各乡|各镇|小镇|重点镇|建制镇|各类园区|各园区|全园区)$/;

/** Population bases of per-head and population figures. Unmarked statistics count 常住. */
const POPULATION_ROWS: readonly [string, '户籍' | '常住'][] = [
  ['户籍', '户籍'],
  ['常住', '常住'],
];

export type SubjectScope =
  | { scope: 'own' }
  /** A whole territory other than the report's own: `全市`, `全省`. */
  | { scope: 'territory'; name: string }
  /** A park, a town or an enterprise inside the territory, as named. */
  | { scope: 'part'; name: string };

/**
 * A territorial prefix an indicator's key drops (`全镇生产总值` is the 生产总值 of the text's subject;
 * the claim's subject scope keeps whose it is). Towns, townships, banners and prefectures too.
 */
// A department's or institution's own accounts name themselves the same way (`我院支出合计`, `本单位收入`).
const KEY_PREFIX = /^(全县|全区|全市|全省|全镇|全乡|全旗|全州|全盟|全年|我县|我区|我市|我镇|我乡|我旗|[我本](?:单位|部门|中心|院|局|委|校|所|馆|厅|办|站|会))/;

/** Words in a name's prefix that make it another subject's: a place, a park, an enterprise. */
const OTHER_SUBJECT = /[县縣市区區镇鎮乡鄉旗州盟省园園]|公司|集团|集團|全国|全國/;

/**
 * A share's whole named with the report's territory (`占全县工业总产值的67.2%`) is not a figure whose
 * name puts another subject before the same measure (`全市县域工业集中区工业总产值`, `某县某园区工业总产值`):
 * `prefix` is what the candidate's key has before the whole's measure.
 */
export function otherSubjectThan(wholeName: string, prefix: string): boolean {
  return KEY_PREFIX.test(wholeName) && OTHER_SUBJECT.test(prefix);
}

/** An indicator's words without their territorial prefix (`全镇生产总值` → `生产总值`). */
export function withoutTerritoryPrefix(words: string): string {
  return words.replace(KEY_PREFIX, '');
}

const TERRITORY = /(全国|全省|全市|全州|全盟|全区|全县|全旗|我县|本县|我区|本区|我市|本市|我旗)/g;
/** A part's name: 2–10 characters ending in a part word (a park, a town, an enterprise). */
const PART_NAME = /([\u4e00-\u9fff]{2,10}?(?:产业园区|工业园区|产业园|工业园|开发区|高新区|园区|街道|镇|有限公司|公司|集团))/g;

const LEVELS = new Map(TERRITORY_ROWS);
/** The last characters of the part words of PART_NAME. */
const PART_END = /[园区道镇司团]/;

/** The report's own level: the territorial prefix written most often (`全县` in a county report). */
export function ownLevel(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(TERRITORY)) {
    const name = m[1] ?? '';
    const level = LEVELS.get(name);
    if (level === undefined || level === '国' || level === '省') continue;
    counts.set(level, (counts.get(level) ?? 0) + (name.startsWith('全') ? 1 : 3));
  }
  let best: string | undefined;
  for (const [level, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = level;
  return best;
}

/** A subject named in a sentence, at [at, end). */
export interface SubjectMark {
  at: number;
  end: number;
  subject: SubjectScope;
}

/**
 * Every subject named in `text`, in order: a territorial prefix of another level than `own` is
 * another territory; a park, town or enterprise name is a part; 我县, 全县 (own level) the report's
 * own territory. With `own` unknown, a prefix is kept as written, so `全县…` and `全市…` never meet.
 * One scan per sentence; the claims take the last mark before each figure.
 */
export function subjectMarks(text: string, own: string | undefined): readonly SubjectMark[] {
  let memo = MARKS_BY_OWN.get(own);
  if (!memo) MARKS_BY_OWN.set(own, (memo = memoOfText((t) => readSubjectMarks(t, own))));
  return memo(text);
}

/** One memo per own level (a handful: 县, 区, 市 …), each keyed by the sentence. */
const MARKS_BY_OWN = new Map<string | undefined, (text: string) => readonly SubjectMark[]>();

function readSubjectMarks(text: string, own: string | undefined): SubjectMark[] {
  const marks: SubjectMark[] = [];
  for (const m of text.matchAll(TERRITORY)) {
    const name = m[1] ?? '';
    const level = LEVELS.get(name);
    const mine = name.startsWith('我') || name.startsWith('本') || level === own;
    marks.push({ at: m.index, end: m.index + m[0].length, subject: mine ? { scope: 'own' } : { scope: 'territory', name } });
  }
  // Most sentences name no part: one scan for the last characters of the part words first.
  if (PART_END.test(text)) {
    for (const m of text.matchAll(PART_NAME)) {
      const name = m[1] ?? '';
      if (!NOT_A_PART.test(name)) marks.push({ at: m.index, end: m.index + m[0].length, subject: { scope: 'part', name } });
    }
    // A part starting where a prefix starts is the more specific: it sorts after it.
    marks.sort((a, b) => a.at - b.at || (a.subject.scope === 'part' ? 1 : 0) - (b.subject.scope === 'part' ? 1 : 0));
  }
  return marks;
}

/** The last subject named in `clause` (see subjectMarks), or undefined. */
export function subjectIn(clause: string, own: string | undefined): SubjectScope | undefined {
  const marks = subjectMarks(clause, own);
  return marks[marks.length - 1]?.subject;
}

/** The last mark wholly inside [from, to), or undefined (marks are in order). */
export function lastMarkIn(marks: readonly SubjectMark[], from: number, to: number): SubjectScope | undefined {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.at < to) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const mark = marks[i];
    if (mark === undefined || mark.at < from) break;
    if (mark.end <= to) return mark.subject;
  }
  return undefined;
}

/**
 * 户籍 or 常住, the last one named in `clause` (`户籍总人口134.9万人，其中城镇人口25万人`: the
 * part counts 户籍 too); undefined when neither (counted as 常住).
 */
export function populationIn(clause: string): '户籍' | '常住' | undefined {
  let best: { at: number; base: '户籍' | '常住' } | undefined;
  for (const [word, base] of POPULATION_ROWS) {
    const at = clause.lastIndexOf(word);
    if (at >= 0 && (!best || at > best.at)) best = { at, base };
  }
  return best?.base;
}

/**
 * Groups named like a population that are no total population (`另有流动人口2412人`, `出生人口`,
 * `外出务工人口`): a share `占总人口的` is never of them.
 */
// (`总贫困人口6066人`: the poor are a group of the population, never the 总人口 a share names; nor are
// `汉族人口`, `少数民族人口` or `女性人口`, one class of a cut of it.)
/**
 * One class of a cut of the population by residence or registration (`农业人口`, `非农业人口`, `城镇人口`):
 * never the whole a share names as `总人口` (the total is written 总, the class is not).
 */
export const POPULATION_CLASS = /(?:非?农业|非?農業|城镇|城鎮|乡村|鄉村|农村|農村|城市)人口$/;

export const OTHER_POPULATION = /流动|流動|暂住|暫住|外来|外來|外出|迁入|迁出|遷入|遷出|出生|死亡|新增|就业|就業|失业|失業|参保|參保|另有|贫困|貧困|脱贫|脫貧|低保|特困|残疾|殘疾|民族|[汉漢]族|男|女|老年|周?岁|周?歲/;

/**
 * `在全省11个地市中继续保持总量第一`, `在全国26个省会城市中排第十位`: a count of the peers a ranking
 * places the subject among (a wider territory's members), never a total or a part of the report's own
 * figures. Only with a ranking word after the `…中` (`在全县120个村中，已有80个村…` is a total).
 */
const PEERS_BEFORE = /在[^，,；;。\d]{0,8}$/;
const PEERS_AFTER = /^[^，,；;。\d]{0,10}?中[^。；;]{0,24}?(?:排|位居|居|列|第[一二三四五六七八九十\d]|首位|前列|领先|領先)/;

export function rankingPeers(before: string, after: string): boolean {
  return PEERS_BEFORE.test(before) && PEERS_AFTER.test(after);
}

/**
 * Comparison with another place or benchmark (`高于全市平均水平0.4个百分点`, `比全市高1.2个百分点`):
 * the figure measures a gap to another subject, not the subject's own value.
 */
export const COMPARISON = /((高|低|快|慢)于|领先于?|落后于?|超出)[^，,；;。]*$|比(?!上年|去年|年初|上月|同期|(19|20)\d\d年)[^，,；;。]*(?<![提升降增])(高|低|快|慢|多|少)出?$/;

/**
 * The fiscal aggregates a budget report breaks down: 税收收入 under 财政总收入 (which counts the
 * taxes shared with higher levels) is another amount than 税收收入 under 一般公共预算收入.
 */
export const FISCAL_AGGREGATE = /(财政总收入|全口径财政收入|地方财政收入|一般公共预算收入|公共财政预算收入|地方一般公共预算收入)/g;
/**
 * Components named alike under every fiscal aggregate: taxes and non-tax revenue. Not a tax rebate
 * (`税收返还`, a grant from above) nor a tax-sharing settlement (`体制上解`).
 */
export const FISCAL_COMPONENT = /[税稅](?![收]?返还|[收]?返還)/;


/** A total named as the top of a ranking (`前十位国家/地区`, `排名前5的企业`): a part of the whole, not all of it. */
export function rankedSubset(name: string): boolean {
  return /前(?:[一二三四五六七八九十]{1,3}|\d{1,3})(?:位|名|大|强|家)/.test(name);
}

/**
 * An item named only by a place (`米易县`, `东区资金`, `市本级资金`, `仁和区`): a share of money or of a
 * count for one county, district or town, or for the level's own budget (本级).
 */
const PLACE_ITEM = /^(?:[\u4e00-\u9fff]{1,4}?(?:区|區|县|縣|市|镇|鎮|乡|鄉|旗)|[市县縣区區州省]?本级|[市县縣区區州省]?本級)(?:资金|資金|本级|本級)?$/;

/** True when both names are items named only by a place: members of one list of places. */
export function placeItems(a: string, b: string): boolean {
  const clean = (s: string): string => s.replace(/^[\s\u3000，,、；;：:]+|[\s\u3000]+$/g, '').replace(/^其中[：:，,]?/, '');
  return PLACE_ITEM.test(clean(a)) && PLACE_ITEM.test(clean(b));
}

/**
 * `华东地区排名第一的省份是江苏省2015年1-2月…亏损总额为A` / `…是河北省2015年…为B`: the last province or autonomous
 * region named in `words` (the sentence up to a figure), or undefined. 全省, 本省, 省份, 省级 name none.
 */
const PROVINCE = /([\u4e00-\u9fff]{2,6})(省|自治区|自治區)(?![份级級内內外会會委政直属屬])/g;
/** Words that end a phrase before a place name (`的省份是江苏省`: the name starts after 是). */
const BEFORE_PLACE = /^.*[的是在于於和与與及对對为為以从從到由比较較]/;

export function lastProvinceIn(words: string): string | undefined {
  let last: string | undefined;
  for (const m of words.matchAll(PROVINCE)) {
    const name = (m[1] ?? '').replace(BEFORE_PLACE, '');
    if (name.length >= 2 && !/^[全本我各该該外分]/.test(name)) last = name + (m[2] ?? '');
  }
  return last;
}
