// Balance-sheet words: assets, liabilities and owners' equity (净资产), which by the accounting identity
// make one relation: 资产 = 负债 + 所有者权益. State-assets reports (国有资产管理情况的报告) and enterprise
// or institution accounts state the three side by side. Each pattern names the words right before a
// figure, from the start of its clause; adding a phrasing is one row plus one case in
// test/unit/cues/accounts.test.ts.

export type AccountRole = 'assets' | 'liabilities' | 'equity';

/** `资产总额`, `国有资产合计`, `资产总计为`: total assets; never 净资产, 流动资产, 固定资产, 无形资产, 金融资产, 平均资产. */
const ASSETS = /(?<![净淨凈动動定形融均])[资資][产產](?:[总總][额額]|[总總][计計]|合[计計])?(?:[为為]|[达達]到?|共[计計])?$/;
/** `负债总额`, `负债合计`: total liabilities; never 流动负债 or 非流动负债. */
const LIABILITIES = /(?<![动動])[负負][债債](?:[总總][额額]|[总總][计計]|合[计計])?(?:[为為]|[达達]到?|共[计計])?$/;
/** `所有者权益`, `净资产总额`, `股东权益`, `权益总额`: owners' equity in all (not the parent's share of it, see PART_ONLY). */
// (`权益总额`, as funds and their annual reports write it: bare 权益 only with 总额, 总计 or 合计 after it.)
const EQUITY = /(?:(?:所有者|股[东東])[权權]益|[净淨凈][资資][产產])(?:[总總][额額]|[总總][计計]|合[计計])?(?:[为為]|[达達]到?|共[计計])?$|[权權]益(?:[总總][额額]|[总總][计計]|合[计計])(?:[为為]|[达達]到?|共[计計])?$/;

/**
 * Words that make the figure a part, a change, an average or another date of the account, not its
 * total: `其中流动资产`, `归属于母公司所有者权益`, `少数股东权益`, `平均资产`, `年初资产总额`, `国有资本权益`.
 */
const PART_ONLY = /其中|流[动動]|固定|[无無]形|金融[资資]|平均|母公司|[归歸]属|少[数數]股[东東]|国有[资資]本|國有[資资]本|年初|上年|去年|同期|增加|减少|減少|增[长長]|下降|比|较|較/;

/** The clause words right before a figure (from the last clause break) name one of the three, or none. */
export function accountRole(clauseBefore: string): AccountRole | undefined {
  let t = clauseBefore.replace(/[\s\u3000]+/g, '');
  // (`財務面: 財務概況-資產負債表 2012年9月產險業資產總額為`: a long clause of headings run in; the words after its
  // last space name the figure.)
  if (t.length > 24) t = clauseBefore.trim().split(/[\s\u3000]+/).pop() ?? '';
  if (t.length > 24 || PART_ONLY.test(t)) return undefined;
  if (EQUITY.test(t)) return 'equity';
  if (LIABILITIES.test(t)) return 'liabilities';
  if (ASSETS.test(t)) return 'assets';
  return undefined;
}

/** What the relation is called in messages. */
export const BALANCE_SHEET = '资产 = 负债 + 所有者权益';

/** A net figure's name and the gross measure it nets (`净资产` → 资产, `净利润` → 利润). */
const NET_OF = /[净淨凈]([\u4e00-\u9fff]{2})/;

/**
 * `净资产3.7万亿元（行政单位资产0.8万亿元，事业单位资产3.9万亿元）`: parts named by the gross measure
 * (资产, no 净) right after a net figure break down the gross amount stated before it, not the net one.
 */
export function grossUnderNet(totalName: string, partNames: readonly string[]): boolean {
  const gross = NET_OF.exec(totalName)?.[1];
  return gross !== undefined && partNames.length > 0 && partNames.every((n) => n.endsWith(gross) && !/[净淨凈]/.test(n));
}

/**
 * The three amounts of a cost audit, by the words right before each (from the last clause mark):
 * `送审金额`, `送审计金额` (submitted); `审定金额`, `审计审定金额` (approved); `审减金额`, `审计核减金额`,
 * `核减` (cut off).
 */
export type AuditRole = 'submitted' | 'approved' | 'cut';
const AUDIT_ROLES: readonly [RegExp, AuditRole][] = [
  [/送[审審](?:[计計])?(?:金[额額]|造价|造價|价|價|[总總]?[额額])?(?:[为為]|[达達])?$/, 'submitted'],
  [/[审審]定(?:金[额額]|造价|造價|价|價|[额額])?(?:[为為]|[达達])?$/, 'approved'],
  // (`核减工程款1.24亿元`: what was cut may be named by what it was cut from.)
  [/(?:[审審]减|[审審]減|核减|核減)(?:金[额額]|[额額]|资金|資金|工程款|工程价款|工程價款|投资|投資|造价|造價)?(?:[为為]|[达達])?$/, 'cut'],
];

/** The audit role the words before a figure give it (clause marks and spaces dropped), or undefined. */
export function auditRole(before: string): AuditRole | undefined {
  const t = before.replace(/[\s\u3000]+/g, '');
  const clause = t.slice(Math.max(t.lastIndexOf('，'), t.lastIndexOf(','), t.lastIndexOf('、'), t.lastIndexOf('；'), t.lastIndexOf(';')) + 1);
  for (const [re, role] of AUDIT_ROLES) if (re.test(clause)) return role;
  return undefined;
}
