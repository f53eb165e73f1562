// The claim frame in words, for the hover and reports: the fields a reviewer needs to see why two
// figures are or are not compared. Default fields (the report's own territory, 常住, year on
// year) are shown too, so that a difference is visible on both sides.

import type { Msg } from '../types';
import type { ClaimFrame } from './frame';

const STAGES: Record<ClaimFrame['stage'], Msg> = {
  actual: { zh: '实际（执行）', en: 'actual' },
  target: { zh: '目标（预期）', en: 'target' },
  estimate: { zh: '预计', en: 'estimate' },
  budget: { zh: '年初预算', en: 'initial budget' },
  adjusted: { zh: '调整预算', en: 'adjusted budget' },
};

const BASES: Record<string, Msg> = {
  yoy: { zh: '同比（比上年）', en: 'year on year' },
  ytd: { zh: '比上年同期', en: 'same period last year' },
  mom: { zh: '环比', en: 'period on period' },
  comparable: { zh: '同口径', en: 'like for like' },
  natural: { zh: '自然口径', en: 'as reported' },
  current: { zh: '现价（名义）', en: 'current prices' },
  real: { zh: '扣除价格因素', en: 'real terms' },
  average: { zh: '年均', en: 'annual average' },
  yearStart: { zh: '比年初', en: 'since the start of the year' },
  vsQuarter: { zh: '较前一季度（上半年）', en: 'against an earlier quarter' },
};

export interface FrameRow {
  label: Msg;
  value: Msg;
}

function subject(f: ClaimFrame): Msg {
  const population = f.population === '户籍' ? { zh: '，户籍人口', en: ', registered population' } : { zh: '', en: '' };
  if (f.subject.scope === 'own') return { zh: `本地区${population.zh}`, en: `this report's territory${population.en}` };
  if (f.subject.scope === 'territory') return { zh: `${f.subject.name}（对比口径）${population.zh}`, en: `${f.subject.name} (another territory, for comparison)${population.en}` };
  return { zh: `${f.subject.name}（局部）${population.zh}`, en: `${f.subject.name} (a part of the territory)${population.en}` };
}

function basis(f: ClaimFrame): Msg {
  const year = /^vs(\d{4})$/.exec(f.basis);
  if (year) return { zh: `较${year[1]}年`, en: `against ${year[1]}` };
  return BASES[f.basis] ?? { zh: f.basis, en: f.basis };
}

/** Frame fields the period and kind rows of the hover do not already show. */
export function frameRows(f: ClaimFrame): FrameRow[] {
  const rows: FrameRow[] = [
    { label: { zh: '主体', en: 'Subject' }, value: subject(f) },
    { label: { zh: '阶段', en: 'Stage' }, value: STAGES[f.stage] },
  ];
  if (f.kind === 'growth' || f.kind === 'ppChange' || f.kind === 'change') rows.push({ label: { zh: '比较基准', en: 'Basis' }, value: basis(f) });
  if (f.caliber !== '') rows.push({ label: { zh: '口径', en: 'Caliber' }, value: { zh: f.caliber, en: f.caliber } });
  if (f.year === undefined && f.anchor !== undefined) {
    rows.push({ label: { zh: '年份', en: 'Year' }, value: { zh: '未知：仅与同句数字比较', en: 'unknown: compared within its sentence only' } });
  }
  return rows;
}
