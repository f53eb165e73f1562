// A housing provident fund's deposit balance and where it stands, by the annual report's definition:
//   `缴存余额7304.14亿元，个人住房贷款余额6231.35亿元，保障性住房建设试点项目贷款余额0.56亿元，国债余额1.12亿元，
//    住房公积金结余资金1071.11亿元`   7304.14 = 6231.35 + 0.56 + 1.12 + 1071.11
// Read when one sentence names the balance, the loans outstanding and the funds left over after it, each
// once and in one unit (cues/flows.ts FUND_USES); the project loans and the bonds are parts when named.

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { type Placed, definedPartition, eachSentence } from './bySentence';
import { isPoint } from './precision';
import { FUND_USES } from '../cues/flows';

/** How many characters before a figure its name may take. */
const NAME_REACH = 24;

export function fundUsePartitions(model: Model): Partition[] {
  const out: Partition[] = [];
  eachSentence(model, (text, items, claims, si) => {
    // Most sentences name no fund balance: one cheap test first.
    if (items.length < 3 || !/余[额額]/.test(text) || !/[结結]余[资資]金/.test(text)) return;
    const named = (re: RegExp, after: number): Placed[] =>
      items.filter((p) => p.start > after && p.q.dimension === 'money' && isPoint(p.q) && re.test(text.slice(Math.max(0, p.start - NAME_REACH), p.start).replace(/[\s\u3000]+/g, '')));
    const totals = named(FUND_USES.total, -1);
    const total = totals[0];
    if (total === undefined || totals.length !== 1) return;
    const loans = named(FUND_USES.loans, total.end);
    const rest = named(FUND_USES.rest, total.end);
    if (loans.length !== 1 || rest.length !== 1) return;
    const parts: Placed[] = [...loans];
    for (const re of FUND_USES.optional) {
      const found = named(re, total.end);
      if (found.length > 1) return;
      parts.push(...found);
    }
    parts.push(...rest);
    if (parts.some((p) => p.q.unit !== total.q.unit)) return;
    out.push(definedPartition(total, parts, claims, FUND_USES.name, si));
  });
  return out;
}
