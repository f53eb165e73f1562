// Lookups for the editor: the figure under the cursor, the same indicator in the group's other
// reports (hover links, references, highlights), and whether a target was met.

import type { FactMention, ReportFacts } from './facts';
import { agree, targetOutcome, type TargetOutcome } from './agree';
import { groupOf } from './group';

export interface PlacedMention {
  report: ReportFacts;
  m: FactMention;
}

/** The mention whose figure covers `offset` (mentions are sorted by start). */
export function mentionAt(report: ReportFacts, offset: number): FactMention | undefined {
  let lo = 0;
  let hi = report.mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = report.mentions[mid];
    if (m === undefined) break;
    if (offset < m.q.span.start) hi = mid - 1;
    else if (offset > m.q.span.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

/** Every mention of `key` in the report, in document order. */
export function mentionsOfKey(report: ReportFacts, key: string): FactMention[] {
  return report.mentions.filter((m) => m.key === key);
}

/** The same indicator in the other reports of `id`'s group, report by report (sorted by id). */
export function groupMentions(reports: readonly ReportFacts[], id: string, key: string): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (const report of groupOf(reports, id)) for (const m of mentionsOfKey(report, key)) out.push({ report, m });
  return out;
}

export interface TargetCheck {
  outcome: TargetOutcome;
  target: PlacedMention;
  actual: PlacedMention;
}

/**
 * For an actual: the target of the same frame in the group (this report included) and whether it
 * was met; for a target: the actual that answers it. Undefined when there is none.
 */
export function targetCheck(reports: readonly ReportFacts[], id: string, m: FactMention): TargetCheck | undefined {
  if (m.status === 'estimate') return undefined;
  const self = reports.find((r) => r.id === id);
  if (!self) return undefined;
  const want = m.status === 'actual' ? 'target' : 'actual';
  for (const report of [self, ...groupOf(reports, id)]) {
    const other = report.mentions.find((x) => x.frame === m.frame && x.status === want);
    if (!other) continue;
    const target = m.status === 'target' ? { report: self, m } : { report, m: other };
    const actual = m.status === 'target' ? { report, m: other } : { report: self, m };
    const outcome = targetOutcome(target.m, actual.m);
    if (outcome) return { outcome, target, actual };
  }
  return undefined;
}

/** True when `m` disagrees with a mention of equal frame and status in another report of its group. */
export function disagreesAcross(reports: readonly ReportFacts[], id: string, m: FactMention): boolean {
  return groupOf(reports, id).some((r) => r.mentions.some((x) => x.frame === m.frame && x.status === m.status && !agree(x, m)));
}
