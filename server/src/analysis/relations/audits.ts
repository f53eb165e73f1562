// An audit of project costs states three amounts side by side: what the builder submitted (送审), what
// the audit approved (审定) and what it cut (审减, 核减). By definition 送审 = 审定 + 审减:
//   `送审金额2388.50万元、审定金额2289.56万元，审计核减金额98.94万元`
// Read as a complete partition so that sum-mismatch holds the three together. Amounts written
// as approximate (`约`) are no points and are passed over.

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { definedPartition, eachSentence } from './bySentence';
import { isPoint } from './precision';
import { auditRole } from '../cues/accounts';

export function auditPartitions(model: Model): Partition[] {
  const out: Partition[] = [];
  eachSentence(model, (text, items, claims, si) => {
    // A relation of three figures, named by audit words: most sentences are passed over at once.
    if (items.length < 3 || !text.includes('审')) return;
    for (let i = 0; i + 2 < items.length; i++) {
      const [submitted, approved, cut] = [items[i], items[i + 1], items[i + 2]];
      if (!submitted || !approved || !cut) continue;
      if (![submitted, approved, cut].every((p) => p.q.dimension === 'money' && isPoint(p.q) && p.q.unit === submitted.q.unit)) continue;
      if (auditRole(text.slice(Math.max(0, submitted.start - 12), submitted.start)) !== 'submitted') continue;
      if (auditRole(text.slice(submitted.end, approved.start)) !== 'approved') continue;
      if (auditRole(text.slice(approved.end, cut.start)) !== 'cut') continue;
      out.push(definedPartition(submitted, [approved, cut], claims, '送审 = 审定 + 审减', si));
    }
  });
  return out;
}
