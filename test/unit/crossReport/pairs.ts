// Small reports of one invented county (石湾县), written for the cross-report tests. Each builder
// takes the figures it states, so a test injects a mismatch by changing one argument.

export interface Figures {
  gdp: string;
  gdpGrowth: string;
  retail: string;
  income: string;
}

export const FIGURES: Figures = { gdp: '186.4亿元', gdpGrowth: '4.1%', retail: '52.3亿元', income: '38215元' };

/** A 2022 计划执行情况 report: 2022 actuals, 2023 targets. */
export function planReport(f: Partial<Figures> = {}, extra = ''): string {
  const x = { ...FIGURES, ...f };
  return [
    '石湾县2022年国民经济和社会发展计划执行情况及2023年计划草案的报告',
    '各位代表：',
    '一、2022年国民经济和社会发展计划执行情况',
    `全县实现地区生产总值${x.gdp}，同比增长${x.gdpGrowth}。社会消费品零售总额${x.retail}，同比增长3.6%。城镇居民人均可支配收入${x.income}，同比增长5.2%。${extra}`,
    '二、2023年经济社会发展主要预期目标',
    '地区生产总值增长6%，城镇居民人均可支配收入增长6.5%。',
    '',
  ].join('\n');
}

/** The 政府工作报告 delivered in 2023: reviews 2022, sets 2023 targets. */
export function workReport(f: Partial<Figures> = {}, extra = ''): string {
  const x = { ...FIGURES, ...f };
  return [
    '石湾县人民政府工作报告',
    '2023年1月12日在石湾县第十届人民代表大会第二次会议上',
    '各位代表：',
    '一、2022年工作回顾',
    `过去一年，全县地区生产总值达到${x.gdp}，同比增长${x.gdpGrowth}；社会消费品零售总额${x.retail}，同比增长3.6%；城镇居民人均可支配收入${x.income}，同比增长5.2%。${extra}`,
    '二、2023年工作目标',
    '地区生产总值增长6%，城镇居民人均可支配收入增长6.5%。',
    '',
  ].join('\n');
}

/** The 统计公报 of 2022: final actuals. */
export function bulletin(f: Partial<Figures> = {}): string {
  const x = { ...FIGURES, ...f };
  return [
    '石湾县2022年国民经济和社会发展统计公报',
    '一、综合',
    `全年地区生产总值${x.gdp}，比上年增长${x.gdpGrowth}。社会消费品零售总额${x.retail}，比上年增长3.6%。`,
    '',
  ].join('\n');
}
