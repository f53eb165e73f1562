// The indicator table a reviewer would otherwise build in Excel: one row per indicator, one
// column per report and period (year, stage, sub-year scope); a cell holds the level and the
// growth stated there, and is marked when another report gives the same frame another value.

import type { Msg, Period } from '../types';
import type { FactMention, ReportFacts } from './facts';
import type { ReportKind } from './identity';
import { agree } from './agree';
import { baseName, periodName } from './names';

export interface IndicatorColumn {
  report: string;
  kind: ReportKind;
  year: number;
  status: Period['status'];
  scope?: string;
  label: Msg;
}

export interface IndicatorCell {
  level?: FactMention;
  growth?: FactMention;
  /** Another report states the same frame and stage with another value. */
  disagree: boolean;
}

export interface IndicatorRow {
  key: string;
  /** The indicator as first written. */
  indicator: string;
  /** One entry per column (undefined = not stated there). */
  cells: (IndicatorCell | undefined)[];
}

export interface IndicatorTable {
  columns: IndicatorColumn[];
  rows: IndicatorRow[];
}

const STATUS_ORDER: Record<Period['status'], number> = { actual: 0, estimate: 1, target: 2 };

function slot(m: FactMention): 'level' | 'growth' {
  return m.kind === 'growth' || m.kind === 'ppChange' ? 'growth' : 'level';
}

/** The table over the given reports, in their order; rows by how many reports state them. */
export function indicatorTable(reports: readonly ReportFacts[]): IndicatorTable {
  const columns: IndicatorColumn[] = [];
  const columnIndex = new Map<string, number>();
  for (const r of reports) {
    const periods = new Map<string, FactMention>();
    for (const m of r.mentions) {
      const k = `${m.year}|${m.status}|${m.scope ?? ''}`;
      if (!periods.has(k)) periods.set(k, m);
    }
    const sorted = [...periods.values()].sort((a, b) => a.year - b.year || STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.scope ?? '').localeCompare(b.scope ?? ''));
    for (const m of sorted) {
      columnIndex.set(`${r.id}#${m.year}|${m.status}|${m.scope ?? ''}`, columns.length);
      const p = periodName(m.year, m.status, m.scope);
      const file = baseName(r.id);
      columns.push({ report: r.id, kind: r.identity.kind, year: m.year, status: m.status, scope: m.scope, label: { zh: `${file} ${p.zh}`, en: `${file} ${p.en}` } });
    }
  }
  const rows = new Map<string, IndicatorRow>();
  const reportsOf = new Map<string, Set<string>>();
  for (const r of reports) {
    for (const m of r.mentions) {
      const col = columnIndex.get(`${r.id}#${m.year}|${m.status}|${m.scope ?? ''}`);
      if (col === undefined) continue;
      let row = rows.get(m.key);
      if (!row) {
        row = { key: m.key, indicator: m.indicator, cells: new Array<IndicatorCell | undefined>(columns.length).fill(undefined) };
        rows.set(m.key, row);
        reportsOf.set(m.key, new Set());
      }
      reportsOf.get(m.key)?.add(r.id);
      const cell = (row.cells[col] ??= { disagree: false });
      const s = slot(m);
      if (cell[s] === undefined) cell[s] = m;
    }
  }
  // Disagreement: a cell's figure against the same frame and stage in another report's column.
  const firstByFrame = new Map<string, { report: string; m: FactMention }[]>();
  for (const r of reports) {
    for (const m of r.mentions) {
      const k = `${m.frame}#${m.status}`;
      const list = firstByFrame.get(k) ?? [];
      if (!list.some((x) => x.report === r.id)) list.push({ report: r.id, m });
      firstByFrame.set(k, list);
    }
  }
  for (const row of rows.values()) {
    row.cells.forEach((cell, col) => {
      const column = columns[col];
      if (!cell || !column) return;
      const report = column.report;
      for (const m of [cell.level, cell.growth]) {
        if (!m) continue;
        const others = firstByFrame.get(`${m.frame}#${m.status}`) ?? [];
        if (others.some((o) => o.report !== report && !agree(o.m, m))) cell.disagree = true;
      }
    });
  }
  const sorted = [...rows.values()].sort((a, b) => (reportsOf.get(b.key)?.size ?? 0) - (reportsOf.get(a.key)?.size ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { columns, rows: sorted };
}
