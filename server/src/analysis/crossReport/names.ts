// How a report is named in messages: its kind and file name (`政府工作报告 003.txt`).

import type { ReportKind } from './identity';
import type { Msg, Period } from '../types';

const KIND: Record<ReportKind, Msg> = {
  bulletin: { zh: '统计公报', en: 'statistical bulletin' },
  workReport: { zh: '政府工作报告', en: 'government work report' },
  plan: { zh: '计划执行情况报告', en: 'plan implementation report' },
  budget: { zh: '预算执行情况报告', en: 'budget implementation report' },
  other: { zh: '报告', en: 'report' },
};

/** The last path segment of a URI or path, percent-decoded when possible. */
export function baseName(id: string): string {
  const last = id.split(/[\\/]/).pop() ?? id;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function reportName(id: string, kind: ReportKind): Msg {
  const file = baseName(id);
  return { zh: `${KIND[kind].zh}（${file}）`, en: `the ${KIND[kind].en} (${file})` };
}

export function periodName(year: number, status: Period['status'], scope: string | undefined): Msg {
  const mark = status === 'target' ? { zh: '目标', en: ' target' } : status === 'estimate' ? { zh: '预计', en: ' estimate' } : { zh: '', en: '' };
  return { zh: `${year}年${scope ?? ''}${mark.zh}`, en: `${year}${scope ? ` ${scope}` : ''}${mark.en}` };
}
