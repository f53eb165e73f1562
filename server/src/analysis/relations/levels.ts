// Level mentions of one indicator, grouped: (indicator key, year, actual/target, sub-year
// scope, kind, base unit). Used by value-mismatch and magnitude-suspect. Only keys that name an
// indicator (a noun such as 总值, 收入, 余额, 面积 at the end) are grouped: the claims layer also
// yields verb phrases (`建立`, `实施项目`) and generic heads (`年度投资`, `总投资`) that recur for
// different things in one report, and comparing those would raise false alarms.

import type { Model } from '../checks/check';
import type { Claim, Quantity } from '../types';
import { canonicalKey } from './aggregates';

export interface LevelMention {
  claim: Claim;
  q: Quantity;
}

const INDICATOR_NOUN =
  /(生产总值|增加值|总产值|零售总额|进出口总额|总额|收入|支出|余额|存款|贷款|产值|产量|面积|人数|人口|就业|交易额|营业额|销售额|零售额|税收|利润|装机容量|库容|覆盖率|总量|常住人口|户籍人口|游客|接待量)$/;
/** Heads that recur for different projects or programmes in one report. */
const GENERIC_HEAD = /^(总|年度|计划|完成|实施|项目|投资|新增|累计|共|获得|争取|落实|发放|带动|撬动|平均)/;

export function specificKey(key: string): boolean {
  return key.length >= 3 && INDICATOR_NOUN.test(key) && !GENERIC_HEAD.test(key);
}

function groupKey(c: Claim, q: Quantity): string | undefined {
  if (c.kind !== 'level' && c.kind !== 'count') return undefined;
  if (c.period.year === undefined) return undefined;
  if (!specificKey(c.key)) return undefined;
  return [canonicalKey(c.key), c.period.year, c.period.status, c.period.scope ?? '', q.unit].join('|');
}

/** Groups of level mentions in document order; groups with one mention are dropped. */
export function levelGroups(model: Model): LevelMention[][] {
  const groups = new Map<string, LevelMention[]>();
  for (const c of model.claims) {
    const q = model.quantities[c.quantity];
    if (!q || q.hi !== undefined) continue;
    const k = groupKey(c, q);
    if (!k) continue;
    const g = groups.get(k);
    if (g) g.push({ claim: c, q });
    else groups.set(k, [{ claim: c, q }]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort((a, b) => a.q.span.start - b.q.span.start));
}
