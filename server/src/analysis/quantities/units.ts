// The unit dictionary: what may follow a number, what it normalizes to, and the guards that keep
// ordinary words (项目, 支持, 处理, 三次产业) from being read as units.

import type { Dimension } from '../types';

export interface UnitDef {
  /** The unit as written (after any 万/亿 multiplier). */
  text: string;
  /** Base unit after normalization. */
  unit: string;
  dimension: Dimension;
  /** Power of ten from `text` to `unit` (MW → 千瓦 is 3, ‰ → % is -1). */
  shift?: number;
  /** Only after Arabic digits (二期 is "phase two", 3期 is three sessions). */
  arabicOnly?: boolean;
  /** The unit is not one when the next character is one of these (支持, 项目 is fine, 处理). */
  notBefore?: string;
  /** Like notBefore, after Chinese numerals only (二次供水, 三次会议, 八项规定 are names). */
  cnNotBefore?: string;
  /** Recognized only to be rejected: the number names a class, not an amount (35KV, 10千伏). */
  reject?: boolean;
  /** Only meaningful as the numerator of a compound unit (微克/立方米). */
  ratioOnly?: boolean;
  /** 度 is energy only after 万/亿 or before 电 (30度 may be an angle or a temperature). */
  degree?: boolean;
  /** Letter units must not run into more letters (MW but not MWx). */
  letters?: boolean;
  /** A year written before it names a thing, no count (`2026款东风…`: the model of that year). */
  notAfterYear?: boolean;
}

const COUNT_UNITS: ReadonlyArray<[string, string?]> = [
  ['个', '体性'],
  ['家', '庭长园乡属居具族'],
  ['户', '籍口外型'],
  ['所', '有以在得谓属需述'],
  ['件', ''],
  ['项', ''],
  ['座', '谈位椅'],
  ['场', '所景馆地站合面'],
  ['场次', ''],
  ['批', '准复示评'],
  ['批次', ''],
  ['名', '称单牌片录菜优胜义誉'],
  ['处', '理置于罚分室级长在'],
  ['条', '件例款理块约'],
  ['台', '账湾阶风州'],
  ['辆', ''],
  ['套', '餐路用'],
  ['间', '隔接断距歇'],
  ['张', ''],
  ['只', '要是有能'],
  ['头', '部脑号等条衔'],
  ['株', ''],
  ['棵', ''],
  ['篇', '章'],
  ['部', '署分位长队门委'],
  ['次', '产要生级序日年'],
  ['例', '如外会'],
  ['支', '持付出撑援部柱'],
  ['组', '织建成团合件'],
  ['宗', '教旨'],
  ['起', '步来草点始源到航诉飞码因见身'],
  ['栋', '梁'],
  ['幢', ''],
  ['口', '岸号径碑子'],
  ['车次', ''],
  ['架次', ''],
  ['户次', ''],
  ['羽', ''],
  ['匹', '配敌'],
  ['尾', '号款声矿'],
  ['册', ''],
  ['份', '额'],
  ['位', '置于数居列'],
  ['种', '植子类养业苗'],
  ['款', '项'],
  ['盏', ''],
  ['标准箱', ''],
  ['TEU', ''],
  ['眼', ''],
  ['道', '路理德'],
];

const DEFS: UnitDef[] = [
  // money
  { text: '元', unit: '元', dimension: 'money', notBefore: '旦素宵首老帅件器' },
  { text: '元人民币', unit: '元', dimension: 'money' },
  { text: '人民币', unit: '元', dimension: 'money' },
  { text: '美元', unit: '美元', dimension: 'money' },
  { text: '港元', unit: '港元', dimension: 'money' },
  { text: '欧元', unit: '欧元', dimension: 'money' },
  // percent and points (‰ is folded into % so that 0.3‰ and 0.03% compare)
  { text: '%', unit: '%', dimension: 'percent' },
  { text: '‰', unit: '%', dimension: 'percent', shift: -1 },
  { text: '个百分点', unit: '个百分点', dimension: 'pp' },
  { text: '百分点', unit: '个百分点', dimension: 'pp' },
  // area: 亩 and 公顷 are kept apart on purpose (reports state both; converting would blur them)
  { text: '亩', unit: '亩', dimension: 'area' },
  { text: '公顷', unit: '公顷', dimension: 'area' },
  { text: '平方公里', unit: '平方公里', dimension: 'area' },
  { text: '平方千米', unit: '平方公里', dimension: 'area' },
  { text: 'km²', unit: '平方公里', dimension: 'area', letters: true },
  { text: 'km2', unit: '平方公里', dimension: 'area', letters: true },
  { text: 'ha', unit: '公顷', dimension: 'area', letters: true },
  { text: 'hm²', unit: '公顷', dimension: 'area', letters: true },
  { text: 'hm2', unit: '公顷', dimension: 'area', letters: true },
  { text: '平方米', unit: '平方米', dimension: 'area' },
  { text: '平米', unit: '平方米', dimension: 'area' },
  { text: '㎡', unit: '平方米', dimension: 'area' },
  { text: 'm²', unit: '平方米', dimension: 'area', letters: true },
  { text: 'm2', unit: '平方米', dimension: 'area', letters: true },
  // turnover: passenger-kilometres and tonne-kilometres (统计公报), products rather than ratios
  { text: '人公里', unit: '人公里', dimension: 'ratio' },
  { text: '吨公里', unit: '吨公里', dimension: 'ratio' },
  // people, visits
  { text: '人', unit: '人', dimension: 'people', notBefore: '均民才员大社力工居们文造为身事防寿行情类气物' },
  { text: '人次', unit: '人次', dimension: 'visits' },
  // mass
  { text: '吨', unit: '吨', dimension: 'mass' },
  { text: '载重吨', unit: '载重吨', dimension: 'mass' },
  { text: '吨标准煤', unit: '吨标准煤', dimension: 'energy' },
  { text: '吨标煤', unit: '吨标准煤', dimension: 'energy' },
  { text: '公斤', unit: '公斤', dimension: 'mass' },
  { text: '千克', unit: '公斤', dimension: 'mass' },
  { text: 'kg', unit: '公斤', dimension: 'mass', letters: true },
  // (`羊肉产量为487.5万t`: technical and yearbook texts write the tonne as t.)
  { text: 't', unit: '吨', dimension: 'mass', letters: true },
  { text: '斤', unit: '斤', dimension: 'mass' },
  // power and energy
  { text: '千瓦', unit: '千瓦', dimension: 'power' },
  { text: 'kW', unit: '千瓦', dimension: 'power', letters: true },
  { text: 'KW', unit: '千瓦', dimension: 'power', letters: true },
  { text: '兆瓦', unit: '千瓦', dimension: 'power', shift: 3 },
  { text: 'MW', unit: '千瓦', dimension: 'power', shift: 3, letters: true },
  { text: 'GW', unit: '千瓦', dimension: 'power', shift: 6, letters: true },
  { text: '千伏安', unit: '千伏安', dimension: 'power' },
  { text: 'kVA', unit: '千伏安', dimension: 'power', letters: true },
  { text: '千瓦时', unit: '千瓦时', dimension: 'energy' },
  { text: 'kWh', unit: '千瓦时', dimension: 'energy', letters: true },
  { text: 'KWh', unit: '千瓦时', dimension: 'energy', letters: true },
  { text: '兆瓦时', unit: '千瓦时', dimension: 'energy', shift: 3 },
  { text: 'MWh', unit: '千瓦时', dimension: 'energy', shift: 3, letters: true },
  { text: 'GWh', unit: '千瓦时', dimension: 'energy', shift: 6, letters: true },
  { text: '度', unit: '千瓦时', dimension: 'energy', degree: true },
  // voltage classes name a line or a substation (35KV可大输变电工程): never an amount
  { text: '千伏', unit: '千伏', dimension: 'pure', reject: true },
  { text: '伏', unit: '伏', dimension: 'pure', reject: true },
  { text: 'kV', unit: 'kV', dimension: 'pure', reject: true, letters: true },
  { text: 'KV', unit: 'kV', dimension: 'pure', reject: true, letters: true },
  { text: 'kv', unit: 'kV', dimension: 'pure', reject: true, letters: true },
  { text: 'Kv', unit: 'kV', dimension: 'pure', reject: true, letters: true },
  // volume
  { text: '立方米', unit: '立方米', dimension: 'volume' },
  { text: '立方', unit: '立方米', dimension: 'volume' },
  { text: '方', unit: '立方米', dimension: 'volume', arabicOnly: true, notBefore: '面式案向针法位阵便言志略正能圆可舱' },
  { text: 'm3', unit: '立方米', dimension: 'volume', letters: true },
  { text: 'm³', unit: '立方米', dimension: 'volume', letters: true },
  // length
  { text: '公里', unit: '公里', dimension: 'length' },
  { text: '千米', unit: '公里', dimension: 'length' },
  { text: 'km', unit: '公里', dimension: 'length', letters: true },
  { text: '米', unit: '米', dimension: 'length', notBefore: '粉饭面' },
  { text: 'm', unit: '米', dimension: 'length', letters: true },
  // time
  { text: '天', unit: '天', dimension: 'time', notBefore: '然空津府地下' },
  { text: '小时', unit: '小时', dimension: 'time' },
  { text: '个小时', unit: '小时', dimension: 'time' },
  { text: '分钟', unit: '分钟', dimension: 'time' },
  { text: '个月', unit: '月', dimension: 'time' },
  { text: '个多月', unit: '月', dimension: 'time' },
  { text: '个工作日', unit: '工作日', dimension: 'time' },
  { text: '工作日', unit: '工作日', dimension: 'time' },
  { text: '岁', unit: '岁', dimension: 'time' },
  { text: '周岁', unit: '岁', dimension: 'time' },
  // multiples
  { text: '倍', unit: '倍', dimension: 'multiple', notBefore: '增' },
  { text: '成', unit: '成', dimension: 'multiple', notBefore: '立为功果本员熟效交绩都长就型品分片套色' },
  // numerators of compound units only
  { text: '微克', unit: '微克', dimension: 'mass', ratioOnly: true },
  { text: 'μg', unit: '微克', dimension: 'mass', ratioOnly: true, letters: true },
  { text: 'µg', unit: '微克', dimension: 'mass', ratioOnly: true, letters: true },
  { text: '毫克', unit: '毫克', dimension: 'mass', ratioOnly: true },
  { text: 'mg', unit: '毫克', dimension: 'mass', ratioOnly: true, letters: true },
];

const CN_NOT_BEFORE: Readonly<Record<string, string>> = { 次: '会全供创分污开', 项: '规注基原' };

for (const [text, notBefore] of COUNT_UNITS) {
  DEFS.push({
    text,
    unit: text,
    dimension: 'count',
    notBefore: notBefore || undefined,
    cnNotBefore: CN_NOT_BEFORE[text],
    ...(text === '款' ? { notAfterYear: true } : {}),
  });
}
// 2期工程 is "phase 2", 3期培训班 is three sessions.
DEFS.push({ text: '期', unit: '期', dimension: 'count', arabicOnly: true, notBefore: '间望限末初内待刊货工项建' });
DEFS.push({ text: '对', unit: '对', dimension: 'count', arabicOnly: true, notBefore: '接口标比外于象策照待话称应此' });

/** Units indexed by first character, longest first, so 个百分点 wins over 个 and 人次 over 人. */
const BY_FIRST = new Map<string, UnitDef[]>();
for (const d of DEFS) {
  const list = BY_FIRST.get(d.text.charAt(0)) ?? [];
  list.push(d);
  BY_FIRST.set(d.text.charAt(0), list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.text.length - a.text.length);

/** Candidate units at `i`, longest first (the caller applies its own context checks). */
export function unitCandidates(s: string, i: number): UnitDef[] {
  const list = BY_FIRST.get(s[i] ?? '');
  if (!list) return [];
  return list.filter((d) => s.startsWith(d.text, i));
}

/** Denominators of compound units: 微克/立方米, 人/亿元, 个/千人, 条/年, 元/亩. */
const DENOMINATORS: ReadonlyArray<[string, string]> = [
  ['立方米', '立方米'],
  ['m3', '立方米'],
  ['m³', '立方米'],
  ['平方公里', '平方公里'],
  ['平方米', '平方米'],
  ['十万人', '十万人'],
  ['千人', '千人'],
  ['万人', '万人'],
  ['百人', '百人'],
  ['人次', '人次'],
  ['人', '人'],
  ['万亿元', '万亿元'],
  ['亿元', '亿元'],
  ['万元', '万元'],
  ['元', '元'],
  ['公里', '公里'],
  ['km', '公里'],
  ['小时', '小时'],
  ['年', '年'],
  ['月', '月'],
  ['日', '日'],
  ['天', '天'],
  ['百户', '百户'],
  ['户', '户'],
  ['亩', '亩'],
  ['公顷', '公顷'],
  ['吨', '吨'],
  ['千瓦时', '千瓦时'],
  ['L', '升'],
  ['升', '升'],
  ['床', '床'],
  ['辆', '辆'],
];

/** The denominator at `i` (just after the '/'), as [written, normalized]. */
export function matchDenominator(s: string, i: number): [string, string] | undefined {
  for (const [written, norm] of DENOMINATORS) {
    if (s.startsWith(written, i)) {
      // A Latin denominator must not run on into more letters (m3 but not m3x).
      const after = s[i + written.length];
      if (/^[A-Za-z]/.test(written) && after !== undefined && /[A-Za-z0-9]/.test(after)) continue;
      return [written, norm];
    }
  }
  return undefined;
}
