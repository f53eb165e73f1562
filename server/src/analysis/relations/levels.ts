// Level mentions of one indicator, grouped by comparable claim frames (claims/frame.ts) and
// base unit. Used by value-mismatch and magnitude-suspect. Only keys that name an
// indicator (a noun such as 总值, 收入, 余额, 面积 at the end) are grouped: the claims layer also
// yields verb phrases (`建立`, `实施项目`) and generic heads (`年度投资`, `总投资`) that recur for
// different things in one report, and comparing those would raise false alarms.

import type { Model } from '../checks/check';
import type { Claim, Quantity } from '../types';
import { canonicalKey } from './aggregates';
import { frameGroups, frameOf } from '../claims/frame';

export interface LevelMention {
  claim: Claim;
  q: Quantity;
}

const INDICATOR_NOUN =
  /(生产总值|增加值|总产值|零售总额|进出口总额|总额|收入|支出|余额|存款|贷款|产值|产量|面积|人数|人口|就业|交易额|营业额|销售额|零售额|订单金额|订单额|税收|利润|装机容量|库容|覆盖率|总量|常住人口|户籍人口|游客|接待量)$/;
/** Heads that recur for different projects or programmes in one report. */
const GENERIC_HEAD = /^(总|年度|计划|完成|实施|项目|投资|新增|累计|共|获得|争取|落实|发放|带动|撬动|平均)/;

export function specificKey(key: string): boolean {
  return key.length >= 3 && INDICATOR_NOUN.test(key) && !GENERIC_HEAD.test(key);
}

/** Levels and counts of a specific indicator; the frame decides which of them meet. */
function grouped(c: Claim, q: Quantity | undefined): q is Quantity {
  return q !== undefined && q.hi === undefined && (c.kind === 'level' || c.kind === 'count') && specificKey(c.key);
}

/**
 * Groups of level mentions in document order, by comparable frames (claims/frame.ts) and by base
 * unit; groups with one mention are dropped.
 */
export function levelGroups(model: Model): LevelMention[][] {
  const mentions: LevelMention[] = [];
  for (const c of model.claims) {
    const q = model.quantities[c.quantity];
    if (grouped(c, q)) mentions.push({ claim: c, q });
  }
  mentions.sort((a, b) => a.q.span.start - b.q.span.start);
  const byUnit = new Map<string, LevelMention[]>();
  for (const m of mentions) {
    const list = byUnit.get(m.q.unit);
    if (list) list.push(m);
    else byUnit.set(m.q.unit, [m]);
  }
  const out: LevelMention[][] = [];
  for (const list of byUnit.values()) out.push(...frameGroups(list, (m) => frameOf(m.claim, canonicalKey)).filter((g) => g.length > 1));
  return out;
}
