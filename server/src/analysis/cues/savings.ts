// Savings cues: procurement and tendering state a budget (采购预算, 最高限价), what was paid
// (实际采购金额, 中标金额) and the saving between them (节约资金), with its rate (节约率), and
// by definition budget = paid + saving, rate = saving ÷ budget:
//   `采购预算金额共计97156.16万元，实际采购金额共计81298.42万元，节约资金15857.74万元，节约率16%`
// Each row is tested on the words right before a figure. Adding a phrasing is one row plus one case
// in test/unit/cues/savings.test.ts.

/** What a figure is in a saving relation. */
export type SavingRole = 'budget' | 'paid' | 'saving' | 'rate';

/** role → the words right before its figure (whitespace removed). Tried in this order. */
export const SAVING_ROWS: readonly [SavingRole, RegExp][] = [
  // `节约率为16%`, `资金节约率达14.41%`, `综合节支率为15%`, `节资率13.44%`
  ['rate', /(?:节约|節約|节资|節資|节支|節支)率(?:为|為|达到?|達到?|是)?$/],
  // `节约资金15857.74万元`, `共节约财政资金9.5亿元`, `节资9亿元`, `节约金额0.72亿元`
  ['saving', /(?:节约|節約)(?:了)?(?:财政|財政|采购|採購)?(?:资金|資金|金额|金額)?(?:共计|共計|合计|合計)?(?:为|為|达到?|達到?)?$|(?:节资|節資|节支|節支)(?:金额|金額|资金|資金)?(?:为|為|达到?|達到?)?$/],
  // `采购预算金额共计97156.16万元`, `政府采购预算执行16368.51万元`, `采购计划金额共计`, `工程最高限价共为`
  ['budget', /(?:预算|預算|计划|計劃)(?:金额|金額|资金|資金|执行|執行|价|價)?(?:总额|總額)?(?:共计|共計|合计|合計|共)?(?:为|為|达到?|達到?)?$|(?:最高限价|最高限價|控制价|控制價|拦标价|攔標價)(?:共|总|總)?(?:为|為|计|計)?$/],
  // `实际采购金额共计81298.42万元`, `实际采购规模263.36亿元`, `中标总造价为64.27亿元`, `中标金额57.95亿元`
  ['paid', /(?:完成|实现|實現)(?:政府)?(?:采购|採購)(?:额|額|金额|金額)?(?:共计|共計)?(?:为|為|达到?|達到?)?$|(?:实际|實際)(?:完成)?(?:采购|採購|支付|成交)(?:金额|金額|规模|規模|资金|資金)?(?:共计|共計|合计|合計)?(?:为|為|达到?|達到?)?$|(?:中标|中標|成交)(?:总|總)?(?:金额|金額|价|價|造价|造價)(?:共计|共計|合计|合計)?(?:为|為|达到?|達到?)?$/],
];

/** The role the words before a figure give it, if any. */
export function savingRole(wordsBefore: string): SavingRole | undefined {
  const t = wordsBefore.replace(/[\s\u3000]+/g, '');
  // `占全年政府采购预算16000万元的87.5%`: the year's budget a part is taken of, not this saving's.
  if (/[占佔]/.test(t)) return undefined;
  for (const [role, re] of SAVING_ROWS) if (re.test(t)) return role;
  return undefined;
}

/** A sentence that may hold a saving relation: one cheap test before any figure is read. */
export const MENTIONS_SAVING = /节约|節約|节资|節資|节支|節支/;
