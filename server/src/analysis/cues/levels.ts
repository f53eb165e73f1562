// Government-level cues: money a project or programme gets, listed by the level of government that
// gives it, from the centre down to the county and the people's own funds:
//   `共投入资金A，其中中央资金B，省级资金C，市级配套D，县级配套E`
//   `总投资A，其中中央预算内投资B、地方配套C`, `其中县级以上财政资金B，群众自筹C`
// Such a list is whole when it starts at the top (中央, or 省 followed by everything below it) and runs
// without a gap down to the bottom level or to the funds raised outside government (自筹, 社会资本).
// `中央资金B，省级资金C` alone leaves the lower levels out, and a list starting at 市 may leave the
// province's share out: neither is whole. Each row is tested on the start of a label; adding a phrasing
// is one row plus one case in test/unit/cues/levels.test.ts.

/** The levels a label's funds come from: [highest, lowest], 0 = 中央 … 4 = 乡镇, 5 = outside government. */
export type LevelSpan = readonly [number, number];

/** The funds raised outside government: the bottom of every list. */
const OUTSIDE = 5;

/** Words that may open a label before its level (`其中，`, `争取`, `下达`, `安排`, `投入`). */
const LEAD = /^[\s\u3000，,；;：:、（(]*(?:其中[，,：:]?)?(?:包括)?(?:争取|爭取|下达|下達|安排|投入|落实|落實|到位)?/;

/** level span → the start of a label (after LEAD). Tried in this order: longer spans first. */
export const LEVEL_ROWS: readonly [LevelSpan, RegExp][] = [
  // `中央及省级资金`, `中央和省补助`, `省以上资金`, `省级以上专项资金`
  [[0, 1], /^(?:中央(?:及|和|、)(?:省|自治[区區])|(?:省|自治[区區])(?:级|級)?以上)/],
  // `县级以上财政资金` (everything above the people's own funds)
  [[0, 3], /^[县縣](?:级|級)?以上/],
  // `中央资金`, `中央财政`, `中央预算内投资`, `国家补助` (not 中央企业: a kind of firm, not a level)
  [[0, 0], /^(?:中央(?!企)|国家(?:补助|補助|投资|投資|资金|資金|财政|財政))/],
  // `地方配套`, `地方财政`, `地方资金`: every level below the centre
  [[1, 4], /^地方(?!国有|國有|企|特色)/],
  // `縣配合款`, `市配合款`, `縣府配合款`: Taiwan's county or city share beside the centre's; below the centre there
  // is no other level to fund it (mainland lists write 配套, never 配合款).
  [[1, 4], /^(?:[县縣]|市)(?:府|政府)?配合款/],
  // `市县投资`, `市、县配套`, `市县财政`
  [[2, 3], /^(?:市[县縣]|市[、和及][县縣]|州[县縣])/],
  // `省级资金`, `省财政配套`, `自治区资金`, `省本级` (not 省内 / 省外: a place, not a level)
  [[1, 1], /^(?:省|自治[区區])(?!内|內|外)/],
  // `市级配套`, `州级资金`, `市财政`
  [[2, 2], /^(?:市|州|盟)(?:级|級|本级|本級|财政|財政|配套|资金|資金)/],
  // `县级配套`, `区本级`, `县财政`, `旗级`
  [[3, 3], /^(?:[县縣]|[区區]|旗)(?:级|級|本级|本級|财政|財政|配套|资金|資金)/],
  // `乡镇配套`, `乡镇自筹`
  [[4, 4], /^(?:乡镇|鄉鎮)(?:级|級)?/],
  // `群众自筹`, `农户自筹`, `企业自筹`, `自筹资金`, `社会资本`, `社会投资`, `银行贷款`
  [[OUTSIDE, OUTSIDE], /^(?:(?:群众|群眾|农户|農戶|农民|農民|企业|企業|村集体|村集體|个人|個人|项目单位|項目單位)?自[筹籌]|社会(?:资本|資本|投资|投資|资金|資金)|[银銀]行[贷貸]款|群众投劳|群眾投勞)/],
];

/** The levels a label names at its start, or undefined. */
export function levelOf(label: string): LevelSpan | undefined {
  const rest = label.replace(LEAD, '');
  for (const [span, re] of LEVEL_ROWS) if (re.test(rest)) return span;
  return undefined;
}

/**
 * True when the labels name levels of government from the top down to the bottom without a gap:
 * `中央…，省级…，市级…，县级…`, `中央…，地方配套…`, `省级…，市县…`, `中央…，省…，群众自筹…` (the funds raised
 * outside government close a list wherever it stopped among the levels).
 */
export function levelsCover(labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  const spans = labels.map(levelOf);
  const first = spans[0];
  if (first === undefined || spans.some((s) => s === undefined)) return false;
  // The top: the centre, or the province when the next label takes in every level below it (`省级…，市县…`).
  const second = spans[1];
  const fromTop = first[0] === 0 || (first[0] === 1 && first[1] === 1 && second !== undefined && second[0] === 2 && second[1] >= 3);
  if (!fromTop) return false;
  let reached = first[1];
  for (const s of spans.slice(1)) {
    if (s === undefined) return false;
    if (s[0] === OUTSIDE) {
      reached = OUTSIDE;
      continue;
    }
    if (s[0] !== reached + 1) return false;
    reached = s[1];
  }
  // Down to the county (or every local level) or to the funds outside government.
  return reached >= 3;
}

/**
 * True when a total names funds the levels of government give (`投入资金`, `补助资金`, `专项经费`): a
 * project's investment (`总投资`) also counts bank loans and firms' money that a list of levels need not
 * name, and a revenue or spending by level (`中央级收入`, `地方本级收入`) leaves the shares passed up out.
 */
export function namesFunds(totalName: string): boolean {
  return /[资資]金|[补補]助|[补補]贴|[经經]费|投入/.test(totalName) && !/投[资資]|收入|支出|[税稅]|[债債]/.test(totalName);
}

/** The reason a list of levels is whole, as the finding states it. */
export const LEVELS_REASON = '中央至基层各级资金';
