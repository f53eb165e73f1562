// Names of totals and parts, compared: is a clause a part of the total, a sibling of it, or a
// parallel item of one list? Used by partitions.ts to bound a 其中 region and to match a total in
// the previous sentence with its parts. Pure string functions.

import { anotherKind, familyOf, isRemainder, oppositeMembers, sameKindSet } from '../cues/breakdowns';
import { sameAllocationVerb, sameVerbKinds } from '../cues/lists';
import { placeItems } from '../cues/subjects';

/** Length of the common prefix of two strings. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/** True when the characters of `a` occur in `b` in order (进口 in 进出口). */
export function subsequence(a: string, b: string): boolean {
  let j = 0;
  for (let i = 0; i < b.length && j < a.length; i++) if (b[i] === a[j]) j++;
  return a.length > 0 && j === a.length;
}

/** A name without its measure word: `各项存款余额` → 各项存款. */
function coreOf(name: string): string {
  return name.replace(/(余额|总额|总量|总值|规模|总数|合计|总计)$/, '');
}

/** The head noun of a total's name: `各项存款余额` → 存款, `一般公共预算收入` → 收入. */
function headOf(name: string): string {
  return coreOf(name).slice(-2);
}

/**
 * A sibling of the total, not a part of it: the same frame around another head
 * (`一般公共预算收入` / `一般公共预算支出`, `各项存款余额` / `各项贷款余额`). A part names a kind of
 * the total and so carries its head (`税收收入`, `住户存款`).
 */
/** The part's name is written inside the total's (`事业单位资产总额` in `行政事业单位资产总额`). */
export function namedInside(name: string, total: string): boolean {
  return subsequence(coreOf(name), coreOf(total));
}

export function isSibling(total: string, name: string): boolean {
  // `进口总额` under `进出口总额`: the part is named inside the total's name.
  if (subsequence(coreOf(name), coreOf(total))) return false;
  // `固定电话用户…，其中乡村…；移动电话用户…`: the opposite member of a family the total belongs to.
  if (oppositeMembers(total, name)) return true;
  // `参加养老保险人数…，其中…；参加医疗保险人数…`: another insurance altogether.
  if (anotherKind(total, name)) return true;
  if (name === total || name.includes(headOf(total))) return false;
  return commonPrefix(total, name) >= 3 || commonSuffix(total, name) >= 2;
}

/**
 * `某州地方公共财政预算收入` / `地方公共财政支出`: the total's name carries its subject before the frame
 * the sibling repeats with another head. Asked of the total a list breaks down, not of every figure
 * before it.
 */
export function frameSibling(total: string, name: string): boolean {
  if (subsequence(coreOf(name), coreOf(total)) || name.includes(headOf(total))) return false;
  return name.length > FRAME && total.includes(name.slice(0, FRAME)) && headOf(total) !== headOf(name);
}

/** How many opening characters of a name make a frame another name may repeat after its subject. */
const FRAME = 4;

/**
 * `下达福彩公益金资助项目A，其中，老年福利类项目B、…；下达体彩公益金资助项目C`: a name that repeats the total's measure
 * (four characters or more of the end of its name) where the list's first part shares at most two fewer of them is
 * another total of that measure, not a part of this one. (Never a closing rest, `其他公益金资助项目`.)
 */
export function repeatsTotalMeasure(total: string, first: string | undefined, name: string): boolean {
  if (first === undefined || first === name || isRemainder(name)) return false;
  const shared = commonSuffix(total, name);
  return shared >= 4 && shared < name.length && shared >= commonSuffix(total, first) + 3;
}

/** Two part names of one list: the same tail (`出口总额` / `进口总额`) or members of a known set. */
export function parallel(a: string, b: string): boolean {
  return commonSuffix(a, b) >= 2 || familyOf([a, b]) !== undefined || sameKindSet(a, b) || sameFrame(a, b) || ordinalSiblings(a, b) || sameVerbKinds(a, b) || sameAllocationVerb(a, b) || placeItems(a, b) || kindsOfOne(a, b);
}

/** Last characters that close a name without naming a kind of thing (`全年`, `期内`). */
const NO_KIND_TAIL = /[年月日中内內后後前上下的等计計为為达達]$/;

/**
 * `猪肉` / `牛肉` / `羊肉产量`, `水电` / `火电`, `铁路` / `公路`: two short bare names, two or three characters
 * once a measure word is dropped, that end in the same character and differ before it are kinds of one thing.
 */
function kindsOfOne(a: string, b: string): boolean {
  const x = bareKind(a);
  const y = bareKind(b);
  return x !== undefined && y !== undefined && x !== y && x[x.length - 1] === y[y.length - 1] && !NO_KIND_TAIL.test(x);
}

/** Measure words a kind's name may end in (`羊肉产量`, `水稻面积`). */
const KIND_MEASURE = /(?:[产產]量|[总總]量|面[积積]|[产產]值|[数數]量|[规規]模)$/;

/** A name without its measure word (`羊肉产量` → `羊肉`) when what is left is two or three Chinese characters. */
function bareKind(name: string): string | undefined {
  const trimmed = name.replace(/^[\s\u3000，,；;：:、]+|[\s\u3000，,；;：:、]+$/g, '');
  const kind = trimmed.replace(KIND_MEASURE, '');
  return /^[\u4e00-\u9fff]{2,3}$/.test(kind) ? kind : undefined;
}

/** `运用第一种形态…` / `运用第二种形态…`, `第一批…` / `第二批…`: a counted-off class and its words before it. */
const ORDINAL_CLASS = /^(.{0,8}?)第([一二三四五六七八九十]{1,3})(种|類|类|批|档|檔|级|級|阶段|階段|梯队|梯隊)/;

/** Two names that differ only in the ordinal of one counted-off class are items of one list. */
function ordinalSiblings(a: string, b: string): boolean {
  const x = ORDINAL_CLASS.exec(a);
  const y = ORDINAL_CLASS.exec(b);
  return x !== null && y !== null && x[1] === y[1] && x[3] === y[3] && x[2] !== y[2];
}

/**
 * `产险业务赔款` / `寿险业务给付`: other heads in one frame of three or more characters (险业务) are items
 * of one list even when their measure words differ. Names with the same head that part later
 * (`个人贷款余额` / `个人贷款发放额`) are two measures of one thing, not items, and stay apart.
 */
function sameFrame(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4 || a[0] === b[0]) return false;
  for (let i = 1; i + FRAME_RUN <= a.length; i++) {
    const at = b.indexOf(a.slice(i, i + FRAME_RUN), 1);
    if (at >= 1) return true;
  }
  return false;
}

/** How many characters in a row make a shared frame. */
const FRAME_RUN = 3;

/** True when two names share two characters in a row (投资, 收入, 人口, 进出口). */
export function related(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/** Measure words of money figures (traditional forms too): 零售总额 = 零售额, 总产值 = 产值; a
 * builder's 合同额 is no part of its 产值. */
const MEASURE = /(零售[总總]?[额額]|[销銷]售[额額]|[营營][业業][额額]|[营營][业業]收入|[总總]?[产產]值|增加值|交易[额額]|成交[额額]|合同[额額])$/;

/**
 * Measures of a material flow and of field operations, none a part of another: waste generated
 * (`产生量`) against what is used, disposed of or stored (each may draw on earlier years' stock), and
 * ploughing against sowing or harvesting by machine (`机耕面积…，其中深耕…，机播…，机收…`).
 */
// (Livestock on hand, `存栏`, is a stock; livestock sold, `出栏`, a flow of the year: `家禽存栏A，其中肉鸡存栏B，
// 肉鸡出栏C` lists one part.)
const FLOW_MEASURE = /((?:[综綜]合)?利用|[产產]生|[处處]置|[贮貯]存|[储儲]存|[倾傾]倒[丢丟]弃|排放|[机機]耕|[机機]播|[机機]插|[机機]收|存[栏欄]|出[栏欄])(?:量|[面][积積])?$/;

/** A verb of being or reaching after a name, before its figure (`产生量达`). */
const COPULA_AFTER = /(?:[达達]|[为為]|是|约|約)$/;

/** The measure a name ends in, as one canonical word. */
function measureKind(label: string): string | undefined {
  const name = label.replace(COPULA_AFTER, '');
  const flow = FLOW_MEASURE.exec(name)?.[1];
  if (flow) return flow.replace(/^[综綜]合/, '');
  const m = MEASURE.exec(name)?.[1];
  if (!m) return undefined;
  if (m.startsWith('零售')) return '零售额';
  if (/^[销銷]售/.test(m)) return '销售额';
  if (/收入$/.test(m)) return '营业收入';
  if (/^[营營]/.test(m)) return '营业额';
  if (/[产產]值$/.test(m)) return '产值';
  return m.replace(/[额額]$/, '额');
}

/** True when a total and a part name two different measures (`零售总额` vs `销售额`). */
export function measureConflict(total: string, part: string): boolean {
  const a = measureKind(total);
  const b = measureKind(part);
  return a !== undefined && b !== undefined && a !== b;
}

/** The social insurance a name speaks of (`基本医疗保险参保人数` → 医疗). */
const INSURANCE_KIND = /(养老|養老|医疗|醫療|医保|醫保|失业|失業|工伤|工傷|生育)(?:保[险險])?/;

/** True when a total and a part name two different social insurances (医疗 vs 养老). */
export function insuranceConflict(total: string, part: string): boolean {
  const kind = (n: string): string | undefined => {
    const k = INSURANCE_KIND.exec(n)?.[1];
    return k === undefined ? undefined : k.replace(/醫|医保|醫保/, '医').replace(/養/, '养').replace(/業/, '业').replace(/傷/, '伤').slice(0, 1);
  };
  const a = kind(total);
  const b = kind(part);
  return a !== undefined && b !== undefined && a !== b;
}

/** Pinyin a page put after characters (`銷(xiāo)售`): no part of the name. */
const PINYIN_NOTE = /\([a-zA-Zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]{1,8}\)/g;

/** What a physical volume counts: what was produced, or what was sold. */
function volumeKind(name: string): 'produced' | 'sold' | undefined {
  const n = name.replace(PINYIN_NOTE, '');
  const produced = /[产產]量|生[产產]/.test(n);
  const sold = /[销銷]售|[销銷]量/.test(n);
  return produced === sold ? undefined : produced ? 'produced' : 'sold';
}

/**
 * True when a total counts what was sold and a part what was produced, or the other way round
 * (`销售原煤A万吨，…其中国有重点煤矿原煤产量B万吨…`): one is no part of the other, even in a known family.
 */
export function volumeConflict(total: string, part: string): boolean {
  const a = volumeKind(total);
  const b = volumeKind(part);
  return a !== undefined && b !== undefined && a !== b;
}

/** The measure an investment figure states: a project's total or the year's amount. */
export function measureOf(label: string): string | undefined {
  if (/总投资/.test(label)) return 'total';
  if (/(年度|年内|当年|计划|完成)投资/.test(label)) return 'annual';
  return undefined;
}
