// Net flows: an inflow, an outflow and the net of the two, named so that the three are one
// relation by definition (the bank's cash taken in and paid out, and the 净回笼 or 净投放 between;
// exports, imports and the surplus or deficit). Each row names the words right before each figure.
// Adding a phrasing is one row plus one case in test/unit/cues/flows.test.ts.

export interface NetFlow {
  /** What the relation is called in messages. */
  name: string;
  inflow: RegExp;
  outflow: RegExp;
  /** The net when inflow exceeds outflow (inflow = outflow + net). */
  netIn: RegExp;
  /** The net when outflow exceeds inflow (outflow = inflow + net). */
  netOut: RegExp;
}

export const NET_FLOWS: readonly NetFlow[] = [
  {
    // `金融机构现金收入1057.1亿元，…；现金支出1021.5亿元，…。货币净回笼35.6亿元`
    name: '现金收入 = 现金支出 + 净回笼',
    inflow: /[现現]金(?:[总總])?收入(?:[为為]|[达達])?$/,
    outflow: /[现現]金(?:[总總])?支出(?:[为為]|[达達])?$/,
    netIn: /(?:[货貨][币幣]|[现現]金)?[净淨]回[笼籠](?:[货貨][币幣]|[现現]金)?(?:[为為]|[达達])?$/,
    netOut: /(?:[货貨][币幣]|[现現]金)?[净淨]投放(?:[货貨][币幣]|[现現]金)?(?:[为為]|[达達])?$/,
  },
];

/** The words right before a figure name a flow of `row` (in, out, or a net of either sign). */
export type FlowRole = 'in' | 'out' | 'netIn' | 'netOut';

export function flowRole(row: NetFlow, wordsBefore: string): FlowRole | undefined {
  const t = wordsBefore.replace(/[\s\u3000]+/g, '');
  if (row.netIn.test(t)) return 'netIn';
  if (row.netOut.test(t)) return 'netOut';
  if (row.inflow.test(t)) return 'in';
  if (row.outflow.test(t)) return 'out';
  return undefined;
}
