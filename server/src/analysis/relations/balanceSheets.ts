// The accounting identity: total assets = total liabilities + owners' equity (cues/accounts.ts).
//   `区管国有企业资产总额1450.46亿元，较年初增长3.46%；负债总额899.21亿元，…；所有者权益551.25亿元`
// Read within a paragraph, over at most three sentences, in the order the reports write them (assets,
// then liabilities, then equity), each named at the start of its own clause right before its figure. A second figure of
// the same role before the triple is complete (another entity's, another date's) abandons the triple.

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { BALANCE_SHEET, accountRole } from '../cues/accounts';

/** Where the clause that names a figure starts (outside brackets). */
const CLAUSE_BREAK = /[，,；;：:。、]/;
const CLOSE = /[）)]/;
const OPEN = /[（(]/;
/** How far back a figure's name is looked for. */
const NAME_WINDOW = 40;

/**
 * The clause's words right before the figure at `start`, with bracketed asides left out
 * (`净资产（所有者权益）`, `资产总额（账面净值，下同）`): a bracket, commas and all, is skipped whole.
 */
function clauseBefore(text: string, start: number): string {
  let out = '';
  let depth = 0;
  for (let i = start - 1; i >= 0 && start - i <= NAME_WINDOW; i--) {
    const c = text[i] ?? '';
    if (CLOSE.test(c)) depth++;
    else if (OPEN.test(c)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (CLAUSE_BREAK.test(c)) break;
      out = c + out;
    }
  }
  return out;
}

/** How many sentences of a paragraph the three may span (`资产总额A，…。负债总额B，…。净资产C，…。`). */
const SENTENCES = 3;

export function balanceSheetPartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  let assets: { p: Placed; si: number } | undefined;
  let liabilities: Placed | undefined;
  let paragraph = -1;
  model.sentences.forEach((sentence, si) => {
    // A triple never crosses a paragraph, nor more than a few sentences.
    if (sentence.paragraph !== paragraph || (assets !== undefined && si - assets.si >= SENTENCES)) {
      assets = undefined;
      liabilities = undefined;
      paragraph = sentence.paragraph;
    }
    const text = sentence.text;
    // Most sentences name no balance sheet: one cheap test first.
    if (!/[资資][产產]|[负負][债債]|[权權]益/.test(text)) return;
    for (const p of placed[si] ?? []) {
      if (p.q.dimension !== 'money' || !isPoint(p.q)) continue;
      const role = accountRole(clauseBefore(text, p.start));
      if (role === 'assets') {
        assets = { p, si };
        liabilities = undefined;
      } else if (role === 'liabilities') {
        // A second liabilities figure before the equity: the pairing is not written.
        if (liabilities !== undefined) assets = undefined;
        liabilities = assets ? p : undefined;
      } else if (role === 'equity') {
        if (assets && liabilities && assets.p.q.unit === p.q.unit && liabilities.q.unit === p.q.unit) {
          out.push(definedPartition(assets.p, [liabilities, p], claims, BALANCE_SHEET, assets.si));
        }
        assets = undefined;
        liabilities = undefined;
      }
    }
  });
  return out;
}
