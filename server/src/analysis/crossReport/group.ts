// Reports of one county and reviewed year, grouped; a report whose county or year is unknown
// joins no group (it is never compared: precision first).

import { groupKey } from './identity';
import type { ReportFacts } from './facts';

/** Groups of two or more reports, each sorted by id; groups in order of their first id. */
export function groupReports<T extends Pick<ReportFacts, 'id' | 'identity'>>(reports: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const r of reports) {
    const key = groupKey(r.identity);
    if (key === undefined) continue;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const out = [...groups.values()].filter((g) => g.length > 1).map((g) => [...g].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  return out.sort((a, b) => (a[0]!.id < b[0]!.id ? -1 : 1));
}

/** The other reports of the group `id` belongs to (empty when it has none). */
export function groupOf<T extends Pick<ReportFacts, 'id' | 'identity'>>(reports: readonly T[], id: string): T[] {
  const self = reports.find((r) => r.id === id);
  if (!self) return [];
  const key = groupKey(self.identity);
  if (key === undefined) return [];
  return reports.filter((r) => r.id !== id && groupKey(r.identity) === key).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
