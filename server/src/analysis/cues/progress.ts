// Progress cues: a task or a whole, what of it is done, and what is left, written in one run of clauses:
//   `计划投资556.4亿元，累计完成投资370亿元，剩余可用投资186.4亿元`      556.4 = 370 + 186.4
//   `累计摸排返乡人员共计420人，累计解除隔离412人，其余8人仍在隔离中`      420 = 412 + 8
// By definition the whole is what is done plus what is left. Each row is tested on the words right
// before a figure. Adding a phrasing is one row plus one case in test/unit/cues/progress.test.ts.

/** What a figure is in a progress run. */
export type ProgressRole = 'whole' | 'done' | 'left';

/** role → the words right before its figure (whitespace removed, from the clause mark on). */
const PROGRESS_ROWS: readonly [ProgressRole, RegExp][] = [
  // `，剩余可用投资`, `，其余`, `，尚余`, `，还剩`, `，尚需投资`, `，未完成` (a clause of its own, nothing between).
  ['left', /^[，,](?:剩余|剩餘|其余|其餘|尚余|尚餘|还剩|還剩|尚需|仍需|未完成)[^，,；;。\d]{0,8}$/],
  // `，累计完成投资`, `，已完成`, `，累计解除隔离`, `，已办结`: what is done of the whole (its own clause).
  ['done', /^[，,](?:累计|累計|目前|现已|現已|已经|已經)?(?:已)?(?:完成|解除|办结|辦結|竣工|发放|發放|兑现|兌現)[^，,；;。\d]{0,8}$/],
  // `计划投资`, `共计`, `总投资`, `任务`, `…人员共计`: the whole, a plan or a count of all.
  ['whole', /(?:计划|計劃|任务|任務|总投资|總投資|共计|共計|总计|總計|合计|合計)[^，,；;。\d]{0,8}$/],
];

/** The role the words before a figure give it in a progress run, if any. */
export function progressRole(wordsBefore: string): ProgressRole | undefined {
  const t = wordsBefore.replace(/[\s\u3000]+/g, '');
  for (const [role, re] of PROGRESS_ROWS) if (re.test(t)) return role;
  return undefined;
}
