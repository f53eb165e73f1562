// The accounting identity: total assets = total liabilities + owners' equity (cues/accounts.ts).
//   `区管国有企业资产总额1450.46亿元，较年初增长3.46%；负债总额899.21亿元，…；所有者权益551.25亿元`
// Read inside one sentence, in the order the reports write them (assets, then liabilities, then
// equity), each named at the start of its own clause right before its figure. A second figure of
// the same role before the triple is complete (another entity's, another date's) abandons the triple.

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { BALANCE_SHEET, accountRole } from '../cues/accounts';

/** Where the clause that names a figure starts. */
const CLAUSE_BREAK = /[，,；;：:。、（(]/;

/** The clause's words right before the figure at `start`. */
function clauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < 30 && !CLAUSE_BREAK.test(text[from - 1] ?? '')) from--;
  return text.slice(from, start);
}

export function balanceSheetPartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    const text = sentence.text;
    // Most sentences name no liabilities: one cheap test first.
    if (!/[负負][债債]/.test(text)) return;
    let assets: Placed | undefined;
    let liabilities: Placed | undefined;
    for (const p of placed[si] ?? []) {
      if (p.q.dimension !== 'money' || !isPoint(p.q)) continue;
      const role = accountRole(clauseBefore(text, p.start));
      if (role === 'assets') {
        assets = p;
        liabilities = undefined;
      } else if (role === 'liabilities') {
        // A second liabilities figure before the equity: the pairing is not written.
        if (liabilities !== undefined) assets = undefined;
        liabilities = assets ? p : undefined;
      } else if (role === 'equity') {
        if (assets && liabilities && assets.q.unit === p.q.unit && liabilities.q.unit === p.q.unit) {
          out.push(definedPartition(assets, [liabilities, p], claims, BALANCE_SHEET, si));
        }
        assets = undefined;
        liabilities = undefined;
      }
    }
  });
  return out;
}
