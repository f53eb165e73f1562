// The indicator a figure measures: the noun phrase before it, stripped of verbs and filler,
// and a key under which differently written mentions of one indicator meet.

import { CHANGE_VERBS } from '../cues/changes';
import { SUBSET_WORD } from '../cues/breakdowns';
import { SHARE_VERB, shareWholeAt } from '../cues/shares';
import { BASIS_ROWS } from '../cues/bases';
import { withoutRunInHead } from '../cues/heads';
import { STAGE_ROWS, type Stage } from '../cues/stages';
import { memoOfText } from '../memo';
import { withoutTerritoryPrefix } from '../cues/subjects';
import { isCaliberNote } from '../cues/calibers';

/** Clause boundaries: the indicator never reaches across them. */
const BOUNDARY_CHARS = new Set([...'，,；;：:。！？（）()'].map((c) => c.charCodeAt(0)));

/**
 * Verbs and filler that may stand between an indicator and its figure, longest first. 总计 and 合计
 * stay: `支出总计` (with transfers) is another figure than `支出`.
 */
const TRAILING = [
  '至少需要', '需要', '按可比价格计算', '按可比价计算', '可比价', '至少', '应该', '较上年同期', '比上年同期', '较上年', '比上年', '同比', '分别', '累计', '共计', '总共',
  '稳定在', '控制在', '保持在', '提升至', '提升到', '提高至', '提高到', '增长至', '增加到', '增加至', '下降至', '下降到', '降低至', '降至', '升至', '达到', '实现', '完成', '突破', '超过', '增长', '增加', '增速', '增幅', '已经', '已',
  ...CHANGE_VERBS, ...BASIS_ROWS.map(([phrase]) => phrase), '占比', '比重', '占', '达', '为', '是', '至', '近', '约', '超', '共', '了', '在', '的', '和', '及', '、', ' ', '\t', '\u3000',
  // (`經內港碼頭入境旅客亦上升53.9%`: an adverb of likeness before the verb is no part of the name.)
  '亦', '也',
  // (`本地居民生產總值較去年同期輕微上升0.7%`: last year named with 去年, and an adverb of degree.)
  '较去年同期', '比去年同期', '较去年', '比去年', '轻微', '小幅', '大幅',
  // (`；而进口额则为982.4亿元`: the 则 of a contrast.)
  '则', '則',
];

const LEADING = [
  '其中', '全年', '全县', '全区', '全市', '全省', '全州', '我县', '我区', '我市', '累计', '共', '实现', '完成', '新培育', '加上', '减去',
  '全面', '持续', '进一步', '着力', '并', '且', '使', '让', '以', '和', '、', ' ', '\u3000',
  // (`；而进口额则为…`: the 而 of a contrast opens the clause, no part of the name.)
  '而且', '而',
];

/** Words indexed by their last (or first) character, longest first: a lookup, not a scan. */
function indexBy(words: string[], at: (w: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const k = at(w);
    map.set(k, [...(map.get(k) ?? []), w]);
  }
  return map;
}

const TRAILING_BY_LAST = indexBy(TRAILING, (w) => w.charAt(w.length - 1));
const LEADING_BY_FIRST = indexBy(LEADING, (w) => w.charAt(0));

/** Words whose last character is also a trailing filler (`约`, `达`, `共`, `在`, `及`…): never cut in two. */
const WORDS_ENDING_IN_FILLER = new Set([
  '签约', '簽約', '合约', '节约', '節約', '预约', '违约', '履约', '特约', '公约', '条约', '契约', '制约', '集约',
  '到达', '到達', '下达', '下達', '送达', '通达', '发达', '公共', '存在', '所在', '普及', '涉及', '总和',
  '规则', '規則', '原则', '原則', '准则', '準則', '细则', '細則', '法则', '法則', '守则', '守則',
]);

function stripEnds(s: string): string {
  let changed = true;
  while (changed && s.length > 0) {
    changed = false;
    for (const w of TRAILING_BY_LAST.get(s.charAt(s.length - 1)) ?? []) {
      // A one-character word that closes a compound (`签约`, `下达`, `公共`) is part of the name.
      if (w.length === 1 && WORDS_ENDING_IN_FILLER.has(s.slice(-2))) continue;
      if (s.endsWith(w)) {
        s = s.slice(0, s.length - w.length);
        changed = true;
        break;
      }
    }
    for (const w of LEADING_BY_FIRST.get(s.charAt(0)) ?? []) {
      if (s.startsWith(w)) {
        s = s.slice(w.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

/**
 * Words after which the indicator starts: a year (`2022年脱贫人口人均纯收入`), a target cue
 * (`提出2023年预期全县地区生产总值`), a verb (`实现地区生产总值`), 其中. The last one wins.
 */
// (Not a period after 比, 较 or 与, `较2023年同期`: the base of a comparison, which the tail test takes off whole.)
const CUES = /(?<![比较較与與])(?:\d{4}\s*年(?:底|末|度|内)?|去年|今年|上半年|下半年|[一二三四]季度|前三季度|\d{1,2}\s*月份?|年末|年底|预期|预计|力争|确保|全县|全区|全市|全省|全州|提出|改革[前后])/g;
/**
 * Verbs between a subject and its measure are dropped, not cut at: `资质以上建筑业企业实现利润总额`
 * names the builders' profit, not 利润总额 at large (`全年实现地区生产总值` still ends as 地区生产总值:
 * 全年 is stripped as filler).
 */
// `建筑业企业共完成建筑业总产值`: the adverb 共 goes with its verb (累计 stays: it names a span).
const VERBS = /(?:共计|共)?(实现|完成|达到)/g;

function afterCues(raw: string): string {
  const s = raw.replace(VERBS, (v: string, _word: string, at: number) => (at + v.length < raw.length ? '' : v));
  let cut = 0;
  // `第二产业增加值占全省生产总值的比重`: a cue inside the whole a share names does not start the
  // indicator; the share's own subject does.
  const share = shareWholeAt(s);
  let subject = '';
  for (const m of s.matchAll(CUES)) {
    if (m.index + m[0].length >= s.length || (share >= 0 && m.index >= share)) continue;
    // `中央彩票公益金2013年支出预算数`: a subject named before a year that splits it from its measure stays with it.
    const before = s.slice(cut, m.index);
    subject = YEAR_CUE.test(m[0]) && SUBJECT_BEFORE_YEAR.test(before) ? before : '';
    cut = m.index + m[0].length;
  }
  // 其中 is such a cue too (`其中规模以上工业增加值`); its word lives with the breakdown cues.
  const sub = s.lastIndexOf(SUBSET_WORD);
  const afterSub = sub + SUBSET_WORD.length;
  if (sub >= 0 && afterSub < s.length && (share < 0 || sub < share) && afterSub > cut) {
    cut = afterSub;
    subject = '';
  }
  return subject + s.slice(cut);
}

/** A year cue (`2013年`, `2013年度`). */
const YEAR_CUE = /^\d{4}\s*年/;
/** Three Han characters or more naming a subject (no verb, preposition or period word at their end or start). */
const SUBJECT_BEFORE_YEAR = /^(?![在于於从從由自至到截])[\u4e00-\u9fff]{3,12}(?<![在于於从從由自至到的是为為和与與及等])$/;

const OPEN = new Set([0xff08, 0x28]); // （ (
const CLOSE = new Set([0xff09, 0x29]); // ） )
/** Longest aside skipped inside an indicator: `（GDP）`, `（R&D）`, `（不含农户）`. */
const MAX_ASIDE = 16;

/**
 * Start of the clause that ends `pre`, and the asides inside it. A short bracketed aside is not
 * a clause boundary: `地区生产总值（GDP）1234亿元` names 地区生产总值.
 */
function clauseOf(pre: string): string {
  let start = pre.length;
  let clause = '';
  let end = pre.length;
  while (start > 0) {
    const c = pre.charCodeAt(start - 1);
    if (CLOSE.has(c)) {
      let open = start - 2;
      while (open >= 0 && start - 1 - open <= MAX_ASIDE && !OPEN.has(pre.charCodeAt(open)) && !BOUNDARY_CHARS.has(pre.charCodeAt(open))) open--;
      if (open >= 0 && OPEN.has(pre.charCodeAt(open)) && start - 1 - open <= MAX_ASIDE) {
        clause = pre.slice(start, end) + clause;
        start = open;
        end = open;
        continue;
      }
      // `税款（不包括关税、契税，未扣减出口退税）37636亿元`: a longer note on what the figure counts, commas and all.
      const note = noteOpening(pre, start - 1);
      if (note !== undefined) {
        clause = pre.slice(start, end) + clause;
        start = note;
        end = note;
        continue;
      }
    }
    if (BOUNDARY_CHARS.has(c)) break;
    start--;
  }
  return pre.slice(start, end) + clause;
}

/** Longest caliber note skipped (cues/calibers.ts isCaliberNote). */
const MAX_NOTE = 64;

/** Where the caliber note closing at `close` opens, or undefined when the bracket there is no such note. */
function noteOpening(pre: string, close: number): number | undefined {
  const from = Math.max(0, close - MAX_NOTE);
  const open = Math.max(pre.lastIndexOf('（', close), pre.lastIndexOf('(', close));
  if (open < from) return undefined;
  return isCaliberNote(pre.slice(open, close + 1)) ? open : undefined;
}

/** What may stand between an opening bracket and a figure inside it: `（预期增长`, `（增长`, `（同比下降`. */
const ASIDE_OPENING = /^(预期|预计|目标|力争|同比|比上年)?(增长|增速|下降|提高|为|达到|达)?$/;

/** A comparison base (and the change word before it) at the end of an indicator phrase. */
const COMPARISON_TAIL = /(增长|增速|增幅|降幅|增長)?(分别)?(比|较)(上年|去年|上年同期|去年同期|[一二三]季度|上半年|前三季度|\d{1,2}[-—至]\d{1,2}月|\d{1,2}月份?|(19|20)\d\d年)(末|底|同期|决算数?|执行数)?$/;

/** A clause that is only a comparison base: `比2010年实际支出`, `较上年同期预算收入`, `比上年决算数`. */
const LAST_YEAR_BASE = /^[，,]?(?:比|较|與|与)(?:上年|去年|上年同期|去年同期|(?:19|20)\d\d年)(?:同期|度)?(?:实际|預算|预算|决算|決算)(?:收入|支出|数|數)?$/;

/**
 * 从/由 and the year it names closing an indicator phrase (`执业律师从2014年`): the start of a change, a level
 * of that year. (Without a year, `收入从11.9亿元增加到16.8亿元`, the start has no period of its own and is left
 * unnamed: it is no level of the text's year.)
 */
const FROM_TAIL = /[从由從](?:19|20)\d\d\s*年(?:末|底|初)?$/;

/** A name closed by a superlative, then a comma and a copula (`交易额最高，达到`, `收入最多，为`). */
const SUPERLATIVE_BEFORE = /(?:^|[，,；;：:。])([^，,；;：:。]{2,30}?)(?:最高|最多|最大|最快|居首)[，,][\s\u3000]*(?:(?:[达達]到?|[为為]|是|有)[\s\u3000]*)?$/;

/** A blank inside 同比 or 环比. */
const BASIS_GAP = /([同环環])[ \u3000]+比/g;

/** The indicator phrase in `pre` (the text between the previous figure and this one). */
export const indicatorIn = memoOfText(readIndicator);

/** A footnote's number right before a figure (`[3]`, `［3］`, `③`). */
const FOOTNOTE_MARK = /(?:\[[0-9]{1,2}\]|［[0-9０-９]{1,2}］|[\u2460-\u2473])[\s\u3000]*$/;

function readIndicator(raw: string): string | undefined {
  // (`同 比增长`: a page's stray space inside a basis word splits no word.)
  // (`常住人口[3]26.44万人`, `家庭户⑤368.94万户`: a footnote's number after the name is no part of it.)
  const pre = raw.replace(BASIS_GAP, '$1比').replace(FOOTNOTE_MARK, '');
  // `地区生产总值（预期增长6.5%）`: a figure inside an aside belongs to the subject before it.
  const open = Math.max(pre.lastIndexOf('（'), pre.lastIndexOf('('));
  if (open > 0 && ASIDE_OPENING.test(pre.slice(open + 1).trim())) return indicatorIn(pre.slice(0, open));
  // `，比2010年实际支出72.25万元`: last year's amount named by a basis and a generic word is a base.
  if (LAST_YEAR_BASE.test(clauseOf(pre).replace(/[\s\u3000]+/g, ''))) return undefined;
  const phrase = stripEnds(afterCues(withoutRunInHead(stripEnds(clauseOf(pre).trim()))));
  // `网店交易额最高，达到1625.96亿元`: a clause of a copula alone after a superlative's clause takes its name from it.
  const superlative = pre.includes('最') || pre.includes('居首') ? SUPERLATIVE_BEFORE.exec(pre) : null;
  if (superlative && /^(?:[达達]到?|[为為]|是|有)?$/.test(phrase)) return indicatorIn(superlative[1] ?? '');
  if (!/[\u4e00-\u9fffA-Za-z]/.test(phrase)) return undefined;
  // Left over after stripping, a verb alone is not an indicator.
  if (/^(增长|增加|提高|提升|下降|减少|达|达到|实现|完成|为|同比|分别)$/.test(phrase) || phrase === SUBSET_WORD || phrase === SHARE_VERB) return undefined;
  // A comparison base is not an indicator: `存款余额2345亿元，比年初增加187亿元` is a change of
  // 存款余额, which the caller carries over from the previous figure; nor is last year's amount
  // named with a generic word (`税收收入19771万元，较上年同期收入24260万元减收4489万元`, `比2010年实际支出72万元`).
  // (`与去年同期相比增长…`, `较上年相比`: the comparison said with 相比 is no indicator either.)
  if (/^(增速|增幅|降幅|涨幅|跌幅)?(分别)?(比|较|与|和|同)(上年|去年|年初|上月|上季度|上年同期|去年同期|(19|20)\d\d年|[一二三]季度|上半年|前三季度|\d{1,2}[-—至]\d{1,2}月|\d{1,2}月份?)(末|底|初|同期|决算数?|执行数)?(实际|预算)?(收入|支出|完成数?)?(相比|相較|相较|比较)?$/.test(phrase)) return undefined;
  // A comparison base run onto the indicator (`GDP增长较一季度`, `支出较上年决算`) is not part of it.
  const based = COMPARISON_TAIL.exec(phrase);
  if (based && based.index > 0) return indicatorIn(phrase.slice(0, based.index));
  // `执业律师从2014年的18405人增长到…`: the level a change starts from is named by the words before 从/由.
  const from = FROM_TAIL.exec(phrase);
  if (from && from.index > 0) return indicatorIn(phrase.slice(0, from.index));
  // What a period cue leaves of `与去年同期相比` (`同期相比`, `相比`) names no indicator.
  if (/^(同期)?(相比|相較|相较|比较)$/.test(phrase)) return undefined;
  // A copula opens a comparison (`为年初预算18.2亿元的102.3%`), not an indicator.
  if (/^(为|是|相当于)/.test(phrase)) return undefined;
  // A time word alone (`在去年增长12.3%的基础上`) names no indicator.
  if (/^在?(去年|上年|今年|明年|当年|同期)$/.test(phrase)) return undefined;
  // So is the basis of a comparison (`一般公共预算收入856亿元，同口径增长4.1%`).
  if (/^(同口径|可比口径|按可比口径|按?可比价格?(计算)?|按?不变价格?(计算)?|扣除价格因素后?(实际)?|名义|实际|年均|平均)$/.test(phrase)) return undefined;
  return phrase;
}

/** Synonyms written in reports for one indicator. */
const SYNONYMS: [RegExp, string][] = [
  [/^(GDP|生产总值|全县生产总值|地区生产总值总量)$/i, '地区生产总值'],
  [/^(社零|社零总额|社会消费品零售额)$/, '社会消费品零售总额'],
  [/^(全社会固定资产投资|固投|固定资产投资总额)$/, '固定资产投资'],
  [/^规上工业增加值$/, '规模以上工业增加值'],
  // `分产业看：第一产业4.41亿元`: a sector alone is its value added.
  [/^第一产业$/, '第一产业增加值'],
  [/^第二产业$/, '第二产业增加值'],
  [/^第三产业$/, '第三产业增加值'],
  [/^CPI$/i, '居民消费价格指数'],
];

/** Generic words that name no indicator on their own. */
const GENERIC = new Set([
  '投资', '收入', '支出', '增加值', '总量', '规模', '人数', '资金', '金额', '项目', '总额', '产值', '产量', '面积',
  '人口', '人次', '数量', '个数', '比例', '比重', '增速', '速度', '总数', '企业', '户', '家', '个', '万元', '亿元', '元',
  // Attributes of a subject named earlier (`重点产业项目70个，总投资131.4亿元`): on their own
  // they would merge unrelated figures.
  '总投资', '计划投资', '年度计划投资', '年度投资', '完成投资', '投资额', '累计投资', '到位资金', '补贴', '补助', '奖补',
  '资金支持', '贷款', '融资', '营业收入', '销售收入', '产值规模', '年产值', '建筑面积', '占地面积', '总面积', '总长',
  '长度', '里程', '容量', '装机', '库容', '受益人口', '覆盖', '带动', '惠及',
  // A crop's output after its area (`蔬菜种植面积…；总产量…`): the crop is named once, before.
  // (`谷物单产420公斤/亩，每亩产量比上年增加1.6公斤`: 每亩产量 restates the 单产 just named.)
  '总产量', '单产', '亩产', '总产', '每亩产量', '亩均产量', '平均单产', '平均亩产',
]);

/** A verb phrase left without its object names no indicator (`建立`, `加快推进`, `力争`). */
const VERB_ONLY = /^(加快|统筹|全面|持续|积极|大力|深入|着力|稳步)?(建立|打造|推进|推动|形成|实施|开展|建成|新建|建设|完成|实现|力争|培育|引进|新增|累计|争取|组织|举办|创建|打通|改造|提升|发放|落实|帮助|带动|吸引|服务|覆盖|惠及)$|^\d{4}年/;

/**
 * Normalized key: quotes and spaces out, 常住 and territorial prefixes out, synonyms merged.
 * Keys are asked for the same few hundred indicators again and again: memoized.
 */
export const indicatorKey = memoOfText(computeKey);

function computeKey(indicator: string): string | undefined {
  let k = indicator.replace(/[“”"'‘’《》\s]/g, '');
  k = withoutTerritoryPrefix(k);
  // 常住 is dropped (`常住人口城镇化率` = `人口城镇化率`) unless it is all that names the
  // indicator: `常住人口` on its own is the population, not the generic word 人口.
  const withoutResident = k.replace(/常住/g, '');
  if (!GENERIC.has(withoutResident)) k = withoutResident;
  // 一产业增加值 is written for 第一产业增加值.
  k = k.replace(/^([一二三])产(业)?/, '第$1产业');
  for (const [re, canonical] of SYNONYMS) if (re.test(k)) k = canonical;
  if (k.length < 2 || GENERIC.has(k) || VERB_ONLY.test(k)) return undefined;
  return k;
}

/**
 * Expands a subject list to n subjects for a distributive statement:
 * `一、二、三产业增加值` → 第一/第二/第三产业增加值; `城乡居民人均可支配收入` → 城镇/农村…;
 * `义务教育入学率、学前教育普惠率` → the two. Undefined when the list does not have n items.
 */
export function expandSubjects(phrase: string, n: number): string[] | undefined {
  // `三次产业增加值分别实现a、b、c`: the three sectors in order.
  // `三个产业`, `三大产业`, `一二三产业` (no 、) name the three too.
  const sectors = /^(?:三次|三个|三大|第?一二三)产业(.*)$/.exec(phrase);
  if (sectors) return n === 3 ? ['一', '二', '三'].map((d) => `第${d}产业${sectors[1]}`) : undefined;
  // `农林牧渔及其服务业产值分别为a、b、c、d、e`: the five trades of 农林牧渔业总产值 in order.
  const farm = /^农林牧渔(?:业)?(?:及其?|和)服务业(.*)$/.exec(phrase);
  if (farm) return n === 5 ? ['农业', '林业', '牧业', '渔业', '农林牧渔服务业'].map((t) => `${t}${farm[1]}`) : undefined;
  // (`一、二、三产增加值`: 产 alone for 产业.)
  const industries = /^第?((?:[一二三]、)+[一二三])[产產](?:[业業])?(.*)$/.exec(phrase);
  if (industries) {
    const items = (industries[1] ?? '').split('、').map((d) => `第${d}产业${industries[2]}`);
    return items.length === n ? items : undefined;
  }
  const urbanRural = /^(.*?)城乡(.*)$/.exec(phrase);
  if (urbanRural && n === 2 && !phrase.includes('、')) {
    return [`${urbanRural[1]}城镇${urbanRural[2]}`, `${urbanRural[1]}农村${urbanRural[2]}`];
  }
  const parts = phrase.split(/、|和|及|与/).map((s) => s.trim()).filter((s) => s.length > 0);
  if (parts.length !== n) return undefined;
  // `医保、社保参保率`: a short head borrows the tail of the last item.
  const last = parts.at(-1) ?? '';
  return parts.map((p, i) => (i < parts.length - 1 && p.length <= 2 && last.length > 3 ? p + last.slice(2) : p));
}

/** Budget stages written at either end of an indicator phrase, longest first. */
const STAGE_WORDS = STAGE_ROWS.filter(([phrase, stage]) => stage === 'budget' || stage === 'adjusted' || phrase.endsWith('数'))
  .map(([phrase, stage]) => ({ phrase, stage }))
  .sort((a, b) => b.phrase.length - a.phrase.length);

/**
 * `一般公共预算收入年初预算` → 一般公共预算收入 at the budget stage; `调整预算` alone → '' (the
 * caller restates the previous subject at that stage). Other phrases are returned as they are.
 */
export function splitStage(phrase: string): { indicator: string; stage?: Stage } {
  if (!phrase.includes('预算') && !phrase.includes('数') && !phrase.includes('审议') && !phrase.includes('批准')) return { indicator: phrase };
  for (const { phrase: w, stage } of STAGE_WORDS) {
    if (phrase.endsWith(w)) return { indicator: stripEnds(phrase.slice(0, phrase.length - w.length)), stage };
    const lead = phrase.startsWith(w) ? w.length + (phrase.startsWith('安排', w.length) ? 2 : 0) : -1;
    if (lead > 0 && phrase.length > lead) return { indicator: stripEnds(phrase.slice(lead)), stage };
  }
  return { indicator: phrase };
}
