// Run-in heads: a section name glued to the sentence it opens (`国民经济全年实现地区生产总值…`,
// `农业。全年粮食…` once the 。 is lost). The head names the section, not the figure's indicator.

/** Section names of 统计公报 and reports that open a sentence without a break. */
const RUN_IN_HEADS: readonly string[] = [
  '国民经济', '综合', '农业', '工业', '建筑业', '工业和建筑业', '服务业', '固定资产投资', '国内贸易', '对外经济', '对外贸易',
  '交通运输', '邮电', '旅游', '金融', '财政', '财政收支', '教育', '科技', '科学技术', '文化', '卫生', '体育', '人口',
  '人民生活', '社会保障', '资源环境', '生态环境', '城乡建设', '消费', '投资', '物价', '就业', '粮食', '畜牧', '畜牧业', '林业',
  '渔业', '水产', '能源', '工业生产', '商贸', '外贸', '招商引资', '房地产', '房地产开发', '价格', '居民收入', '城乡居民收入', '邮政',
  '电信', '交通', '通信', '旅游业',
];

/** What follows a glued head: a time or territory word, then the real indicator. */
const AFTER_HEAD = /^(全年|年末|年底|今年|上半年|一季度|前三季度|全县|全区|全市|我县|我区|我市)/;

const BY_LENGTH = [...RUN_IN_HEADS].sort((a, b) => b.length - a.length);

/**
 * `国民经济全年地区生产总值` → `全年地区生产总值`: a head is dropped only when a time or territory
 * word and at least two more characters follow it, so `工业增加值` and `固定资产投资全年` stay.
 */
export function withoutRunInHead(phrase: string): string {
  // `二、农业 全年农业总产值`: a numbered part heading run into its first sentence.
  const numbered = /^[一二三四五六七八九十]{1,3}、[^\s\u3000]{1,10}[\s\u3000]+(.+)$/.exec(phrase);
  if (numbered) return numbered[1] ?? '';
  for (const head of BY_LENGTH) {
    if (!phrase.startsWith(head)) continue;
    const rest = phrase.slice(head.length);
    const cue = AFTER_HEAD.exec(rest);
    if (cue && rest.length - cue[0].length >= 2) return rest;
  }
  return phrase;
}
