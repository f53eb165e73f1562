// Savings in procurement and tendering, by definition (cues/savings.ts):
//   `采购预算97156.16万元，实际采购金额81298.42万元，节约资金15857.74万元，节约率16%`
// budget = paid + saving (a complete partition for sum-mismatch) and rate = saving ÷ budget (a share
// for share-mismatch). One sentence may hold several such runs (the year, then 货物类, 工程类 …):
// each saving closes the run of figures before it. Without a stated budget the rate is not read:
// `交易额A，节约资金B，节约率r` may take its rate of the procured part of a wider total.

import type { Model } from '../checks/check';
import type { Quantity } from '../types';
import type { Partition } from './partitions';
import type { ShareRelation } from './shareParts';
import { type Placed, definedPartition, eachSentence } from './bySentence';
import { isPoint } from './precision';
import { perModel } from './perModel';
import { type Decimal, abs, cmp, div, mul, sub, dec } from '../decimal';
import { MENTIONS_SAVING, savingRole } from '../cues/savings';

export interface SavingRelations {
  partitions: Partition[];
  shares: ShareRelation[];
  /** The rates read here, so that no other reading pairs them. */
  rates: Set<Quantity>;
}

/** The reason of a saving partition (sum-mismatch names it; its actual is no 计划/实际 misreading). */
export const SAVING_REASON = '预算 = 实际 + 节约';

/** How many characters before a figure its role is read from. */
const WORDS_BEFORE = 16;

export const findSavings: (model: Model) => SavingRelations = perModel(computeSavings);

function computeSavings(model: Model): SavingRelations {
  const out: SavingRelations = { partitions: [], shares: [], rates: new Set() };
  eachSentence(model, (text, items, claims, si) => {
    if (items.length < 2 || !MENTIONS_SAVING.test(text)) return;
    let budget: Placed | undefined;
    let paid: Placed | undefined;
    let closed: { saving: Placed; budget: Placed | undefined; paid: Placed | undefined } | undefined;
    items.forEach((p, i) => {
      const from = Math.max(items[i - 1]?.end ?? 0, p.start - WORDS_BEFORE);
      const role = savingRole(text.slice(from, p.start));
      if (p.q.dimension === 'percent') {
        if (role === 'rate' && closed?.budget && isPoint(p.q)) {
          // Most writers take the rate of the budget; some of the amount paid (`节支率` = 节约 ÷ 实际): when
          // the amount paid is stated, the reading closer to the rate is the writer's.
          const ofPaid = closed.paid !== undefined && closer(p.q, closed.saving.q, closed.paid.q, closed.budget.q);
          const whole = ofPaid && closed.paid ? closed.paid : closed.budget;
          out.shares.push({ share: p.q, part: closed.saving.q, whole: whole.q, partName: '节约资金', wholeName: ofPaid ? '实际金额' : '预算金额', defined: true });
          out.rates.add(p.q);
        }
        closed = undefined;
        return;
      }
      if (p.q.dimension !== 'money' || !isPoint(p.q)) return;
      if (role === 'budget') budget = p;
      else if (role === 'paid') paid = p;
      else if (role === 'saving') {
        const sameUnit = (x: Placed | undefined): x is Placed => x !== undefined && x.q.unit === p.q.unit;
        if (sameUnit(budget) && sameUnit(paid)) out.partitions.push(definedPartition(budget, [paid, p], claims, SAVING_REASON, si));
        closed = { saving: p, budget: sameUnit(budget) ? budget : undefined, paid: sameUnit(paid) ? paid : undefined };
        budget = undefined;
        paid = undefined;
        return;
      }
      closed = undefined;
    });
  });
  return out;
}

/** True when saving ÷ `a` comes closer to the stated rate than saving ÷ `b`. */
function closer(rate: Quantity, saving: Quantity, a: Quantity, b: Quantity): boolean {
  const gap = (whole: Quantity): Decimal | undefined => {
    const r = div(mul(saving.value, dec(100)), whole.value, 8);
    return r === undefined ? undefined : abs(sub(r, rate.value));
  };
  const ga = gap(a);
  const gb = gap(b);
  return ga !== undefined && gb !== undefined && cmp(ga, gb) < 0;
}
