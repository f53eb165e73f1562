// Net flows: an inflow, an outflow and the net of the two, named so that the three are one
// relation by definition (the bank's cash taken in and paid out, and the 净回笼 or 净投放 between;
// exports, imports and the surplus or deficit). Each row names the words right before each figure.
// Adding a phrasing is one row plus one case in test/unit/cues/flows.test.ts.

/** Matches nothing: a row whose net has one sign only. */
const NEVER = /(?!)/;

export interface NetFlow {
  /** What the relation is called in messages. */
  name: string;
  inflow: RegExp;
  outflow: RegExp;
  /** The net when inflow exceeds outflow (inflow = outflow + net). */
  netIn: RegExp;
  /** The net when outflow exceeds inflow (outflow = inflow + net). */
  netOut: RegExp;
  /** How many characters before a figure its name may take (10 unless a row's names run longer). */
  reach?: number;
  /**
   * The three must follow one another with no other figure of their unit between (`收入A，支出B，加上调入C，收支相抵，
   * 赤字D`: the net takes in C too).
   */
  adjacent?: boolean;
  /** Words the net's own sentence must hold for the row to be tried (a cheap test before its roles are read). */
  cue?: RegExp;
  /** Words that keep the row from being tried in the net's sentence (another flow folded into the net). */
  unless?: RegExp;
  /**
   * A net named after its figure (`因而錄得60億元的赤字`): `lead` are the words right before the figure,
   * `netIn` / `netOut` the words right after it.
   */
  namedAfter?: { lead: RegExp; netIn: RegExp; netOut: RegExp };
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
  {
    // `银行结汇14734亿元，售汇13379亿元，结售汇顺差1355亿元`: the bank's spot foreign-exchange settlement.
    // (`远期净结汇` is the forward row's net, not a spot settlement.)
    name: '结汇 = 售汇 + 结售汇顺差',
    inflow: /(?<![净淨]|远期|遠期)[结結][汇匯](?:[为為]|[达達])?$/,
    outflow: /(?<!远期|遠期)售[汇匯](?:[为為]|[达達])?$/,
    netIn: /[结結]售[汇匯][顺順]差(?:[为為]|[达達])?$/,
    netOut: /[结結]售[汇匯]逆差(?:[为為]|[达達])?$/,
  },
  {
    // `远期结汇签约2128亿元，远期售汇签约1118亿元，远期净结汇1010亿元`
    name: '远期结汇签约 = 远期售汇签约 + 远期净结汇',
    inflow: /[远遠]期结[汇匯]签约(?:额|額)?(?:[为為]|[达達])?$/,
    outflow: /[远遠]期售[汇匯]签约(?:额|額)?(?:[为為]|[达達])?$/,
    netIn: /[远遠]期[净淨]结[汇匯](?:[为為]|[达達])?$/,
    netOut: /[远遠]期[净淨]售[汇匯](?:[为為]|[达達])?$/,
  },
  {
    // `银行代客涉外收入34736亿元，对外付款34384亿元，涉外收付款顺差352亿元`
    name: '涉外收入 = 对外付款 + 涉外收付款顺差',
    inflow: /涉外收入(?:[为為]|[达達])?$/,
    outflow: /[对對]外付款(?:[为為]|[达達])?$/,
    netIn: /收付款[顺順]差(?:[为為]|[达達])?$/,
    netOut: /收付款逆差(?:[为為]|[达達])?$/,
  },
  {
    // `出口286.5亿元，进口198.3亿元，贸易顺差88.2亿元`: exports, imports and the trade balance.
    name: '出口 = 进口 + 顺差',
    inflow: /出口(?:额|額|总额|總額|总值|總值)?(?:[为為]|[达達]|实现|實現)?$/,
    outflow: /[进進]口(?:额|額|总额|總額|总值|總值)?(?:[为為]|[达達]|实现|實現)?$/,
    netIn: /(?:[贸貿]易)?[顺順]差(?:额|額)?(?:[为為]|[达達])?$/,
    netOut: /(?:[贸貿]易)?逆差(?:额|額)?(?:[为為]|[达達])?$/,
  },
  {
    // `国际货物和服务贸易收入16510亿元，支出14906亿元，顺差1604亿元`: a balance of payments' receipts and payments.
    name: '贸易收入 = 支出 + 顺差',
    inflow: /(?:[贸貿]易|涉外)收入(?:[为為]|[达達])?$/,
    outflow: /(?:^|[，,；;、]|[贸貿]易)支出(?:[为為]|[达達])?$/,
    netIn: /[顺順]差(?:[为為]|[达達])?$/,
    netOut: /逆差(?:[为為]|[达達])?$/,
  },
  {
    // `累计缴存总额7617.56亿元，缴存余额3405.65亿元；…累计提取总额4211.91亿元`: what stays in the fund is what
    // was paid in less what was drawn, over the same years.
    // (Also `缴存总额A，提取总额B，缴存总额扣除提取总额后的缴存余额为C`: the totals to date without 累计, and a fund
    // that counts what it collected, `累计归集住房公积金A；累计支出住房公积金B；累计结余住房公积金C`.)
    name: '累计缴存 = 累计提取 + 缴存余额',
    inflow: /(?:累[计計](?:[缴繳]存|[归歸]集)(?:住房公[积積]金)?(?:[总總][额額]|[额額])?|[缴繳]存[总總][额額])(?:[为為]|[达達]|达到)?$/,
    outflow: /(?:累[计計](?:提取|支出)(?:住房公[积積]金)?(?:[总總][额額]|[额額])?|(?<!扣除)提取[总總][额額])(?:[为為]|[达達]|达到)?$/,
    netIn: /(?:[缴繳]存余[额額]|累[计計][结結]余(?:住房公[积積]金)?)(?:[为為]|[达達])?$/,
    netOut: NEVER,
  },
  {
    // `累计发放个人住房贷款A，累计回收B，贷款余额C`: loans outstanding are loans made less loans repaid.
    // (`累计向8,240户职工发放住房公积金个人住房贷款A`: to whom, and the fund's name, may come between.)
    name: '累计发放 = 累计回收 + 贷款余额',
    inflow: /累[计計](?:向[^，；;。]{1,16}?)?[发發]放(?:住房公[积積]金)?(?:个人住房|個人住房)?(?:[贷貸]款)?(?:总额|總額|额|額)?(?:[为為]|[达達])?$/,
    outflow: /累计回收(?:个人住房)?(?:贷款)?(?:总额|總額|额|額)?(?:[为為]|[达達])?$/,
    netIn: /[贷貸]款余[额額](?:[为為]|[达達])?$/,
    netOut: NEVER,
    reach: 30,
  },
  {
    // `累计接收社区矫正人员102万人，累计解除矫正56.7万人，现有社区矫正人员45.3万人`: people taken in, released
    // and still under correction.
    name: '累计接收 = 累计解除矫正 + 在矫',
    inflow: /累计接收(?:社区矫正人员|社区服刑人员|矫正对象)?$/,
    outflow: /解除(?:社区)?矫正(?:人员)?$/,
    netIn: /(?:现有|在矫|在册)(?:社区矫正人员|社区服刑人员|矫正对象)?(?:人员)?$/,
    netOut: NEVER,
  },
  {
    // `养老保险基金收入1587.2亿元，支出965.5亿元，当年结余621.7亿元`: a fund's surplus of the year is its income
    // less its spending. Only the income and spending of the whole fund (no 保险费收入, no 上年结转), and only
    // the year's surplus (`本年收支结余`, `当年结余`): 本年结余 after a carry-over, 累计 and 滚存 结余 are balances.
    name: '基金收入 = 基金支出 + 当年结余',
    // (`2013年收入6873亿元；支出5667亿元…。本年收支结余1206亿元`: the year written out before the income.)
    inflow: /(?:^|[，,；;。：:\s\u3000]|基金(?:[总總])?|[总總]|本年|当年|當年|全年|(?:19|20)\d{2}年)收入(?:[为為]|[达達]到?|合计|合計)?$/,
    outflow: /(?:^|[，,；;。：:\s\u3000]|基金(?:[总總])?|[总總]|本年|当年|當年|全年|待遇|(?:19|20)\d{2}年)支出(?:[为為]|[达達]到?|合计|合計)?$/,
    netIn: /(?:(?:当年|當年|当期|當期|本年|年度)收支[结結]余|(?:当年|當年|当期|當期)[结結]余)(?:[为為]|[达達])?$/,
    netOut: /(?:当年|當年|当期|當期|本年)(?:收支)?(?:缺口|赤字)(?:[为為]|[达達])?$/,
  },
  {
    // `共发布用工需求47248人，进入市场登记求职人数为44052人，本期缺口为3196人`: the labour market's gap is the
    // posts sought less the people seeking them.
    name: '用工需求 = 求职人数 + 缺口',
    inflow: /(?:用工|岗位|崗位|招聘)需求(?:人数|数)?(?:[为為]|[达達]到?)?$/,
    outflow: /求职(?:人数|者)?(?:[为為]|[达達]到?)?$/,
    netIn: /(?:岗位|崗位|用工|本期|供求|(?<![资資]金))缺口(?:[为為]|[达達]到?)?$/,
    netOut: NEVER,
  },
  {
    // `当年归集住房公积金A，…；住房公积金提取B，…，当年结余C`: what a housing fund kept of the year's deposits.
    name: '当年归集 = 提取 + 当年结余',
    inflow: /(?:当年|當年|本年|全年)(?:[归歸]集|[缴繳]存)(?:住房公[积積]金)?(?:[额額])?(?:[为為]|[达達])?$/,
    outflow: /(?:住房公[积積]金)?提取(?:住房公[积積]金)?(?:[额額])?(?:[为為]|[达達])?$/,
    netIn: /(?:当年|當年|本年)[结結]余(?:住房公[积積]金)?(?:[为為]|[达達])?$/,
    netOut: NEVER,
    reach: 16,
  },
  {
    // `本次大会应到代表490人，因事因病请假缺席13人，实到代表477人`: members due at a session, those absent and
    // those present.
    name: '应到 = 缺席 + 实到',
    inflow: /[应應]到(?:会|會)?(?:代表|委[员員]|人[数數]|人[员員])?(?:[为為])?$/,
    outflow: /(?:缺席|[请請]假)(?:代表|委[员員]|人[数數]|人[员員])?(?:[为為])?$/,
    netIn: /[实實]到(?:会|會)?(?:代表|委[员員]|人[数數]|人[员員])?(?:[为為])?$/,
    netOut: NEVER,
  },
  {
    // `累计收到资金293.82亿元，累计拨付224.52亿元，结余69.3亿元`, `接受捐赠款物共计452.97亿元，支出134.87亿元，结存318.10亿元`:
    // money received, paid on and still held. (Each named at the head of its clause: `其中拨付…` is a kind of payment.)
    name: '收到 = 拨付 + 结余',
    inflow: /(?:收到|接受|接收|筹集|籌集|募集)[^，,；;。、\d]{0,12}?(?:共[计計]|合[计計]|[总總][计計])?(?:[为為]|[达達])?$/,
    outflow: /(?:^|[，,；;])(?:累[计計]|已)?(?:[拨撥]付|支出|使用|下[拨撥])(?:[资資]金|款物)?(?:[为為]|[达達])?$/,
    netIn: /(?:^|[，,；;])(?:累[计計])?(?:[结結]余|[结結]存|剩余)(?:[资資]金|款物)?(?:[为為]|[达達])?$/,
    netOut: NEVER,
    adjacent: true,
    cue: /[结結][余存]|剩余/,
  },
  {
    // `市府115年度歲入467.27億元、歲出437.16億元，相抵有賸餘30.11億元`: income less spending, said to be offset (相抵).
    // (Only with 相抵: a plain 结余 after a budget's income and spending may count transfers and carry-overs.)
    name: '收入 = 支出 + 相抵结余',
    // (`歲入預算總額A，歲出預算總額B`: Taiwan names the budget's totals so.)
    // (`歲入決算審定A…；歲出決算則審定B`: an audit's figures for the year's final accounts.)
    // (`歲入編A、歲出編B`: 編 alone for 編列.)
    inflow: /(?:[岁歲]入|收入)(?:[预預]算|[决決]算(?:[则則])?(?:[审審]定)?)?(?:[总總][计計]|合[计計]|[编編]列?|[总總][额額])?(?:[为為]|[达達])?$/,
    outflow: /(?:[岁歲]出|支出)(?:[预預]算|[决決]算(?:[则則])?(?:[审審]定)?)?(?:[总總][计計]|合[计計]|[编編]列?|[总總][额額])?(?:[为為]|[达達])?$/,
    // (`岁出1780亿元、岁入1660亿元，岁出、岁入短绌120亿元`: the two named again before the gap say it as plainly as 相抵.)
    // (`歲入編列A；歲出編列B，歲計賸餘C`: Taiwan's 歲計 is the year's income less its spending by definition. Not its
    // 歲計差額, which the press writes for a gap either way.)
    // (`明年歲入A、歲出B，…，還有賸餘C`: Taiwan's 賸餘 right after a budget's income and spending is the year's.)
    netIn: /(?:(?:相抵(?:后|後)?[，,]?(?:有|尚有|共)?|[岁歲][入出][、，,]?[岁歲][入出]|[岁歲][计計])(?:剩[余餘]|賸[余餘]|[结結][余餘]|盈[余餘])|(?:^|[，,；;])(?:[还還]有|尚有|并有|並有)?賸[余餘])(?:[为為]|[达達])?$/,
    // (`歲出編列A，歲入編列B，差短C`: Taiwan's 差短 at the head of its clause is the budget's deficit by name.)
    netOut: /(?:(?:相抵(?:后|後)?[，,]?(?:有|尚有)?|[岁歲][入出][、，,]?[岁歲][入出]|[岁歲][计計])(?:短[绌絀]|差短|赤字|缺口)|(?:^|[，,；;])差短)(?:[为為]|[达達])?$/,
    adjacent: true,
    cue: /相抵|[岁歲][入出][、，,]?[岁歲][入出]|[岁歲][计計]|差短|賸[余餘]/,
  },
  {
    // `全国耕地减少532.7万亩，…；同期耕地增加483.7万亩，增减相抵，耕地面积净减少49.0万亩`: farmland lost, gained
    // and the net loss (or gain) of the year.
    name: '耕地减少 = 耕地增加 + 净减少',
    inflow: /(?<![净淨])(?:耕地[^，,；;。\d]{0,4}(?:减少|減少)|(?:减少|減少)耕地)(?:[为為]|[达達])?$/,
    outflow: /(?:耕地[^，,；;。\d]{0,4}增加|(?:增加|补充|補充)耕地)(?:[为為]|[达達])?$/,
    netIn: /[净淨](?:减少|減少)(?:耕地)?(?:[为為]|[达達])?$/,
    netOut: /[净淨]增加(?:耕地)?(?:[为為]|[达達])?$/,
    cue: /[净淨](?:减少|減少|增加)/,
  },
  {
    // `要素收益总流入为2,075亿元，…总流出…至1,903亿元，…净流入为172亿元`: what flowed in, what flowed out and the net.
    name: '总流入 = 总流出 + 净流入',
    // (`总流出亦较去年同期下跌24.1%至1,903亿元`: a change of the flow may stand before the level it reached.)
    inflow: /(?<![净淨])[总總]流入(?:[^，,；;。]{0,20}?至)?(?:[额額]|[为為]|[达達])*$/,
    outflow: /(?<![净淨])[总總]流出(?:[^，,；;。]{0,20}?至)?(?:[额額]|[为為]|[达達])*$/,
    netIn: /[净淨]流入(?:[额額]|[为為]|[达達])*$/,
    netOut: /[净淨]流出(?:[额額]|[为為]|[达達])*$/,
    reach: 40,
    cue: /[净淨]流[入出]/,
  },
  {
    // `制造业产值及其他收益为66.6亿元，…，消耗总额(49.8亿元)与增加值总额(16.8亿元)…`: what an industry produced,
    // what it used up doing so and the value it added, which is the first less the second by definition (the
    // production account of national accounts: 总产出 = 中间消耗 + 增加值). Only these names, in a row.
    // (Not 收益 − 支出 = 盈利: a trade survey's profit counts the change in stocks too.)
    name: '总产出 = 中间消耗 + 增加值',
    inflow: /(?:(?:[产產]值|工程[价價]值)及其他收益|[总總][产產]出)(?:[^，,；;。]{0,20}?至)?(?:[额額]|[为為]|[达達]|[(（])*$/,
    outflow: /(?:消耗[总總][额額]|中[间間](?:投入|消耗))(?:[^，,；;。]{0,20}?至)?(?:[为為]|[达達]|[(（])*$/,
    netIn: /增加值(?:[总總][额額])?(?:[^，,；;。]{0,20}?至)?(?:[为為]|[达達]|[(（])*$/,
    netOut: NEVER,
    reach: 30,
    adjacent: true,
    cue: /消耗|中[间間]投入/,
  },
  {
    // `预计明年度一般综合预算收入1,210亿元，开支1,133亿元，预算盈馀77亿元`: a budget's surplus (or deficit), as
    // Macao and Hong Kong write it, is its revenue less its expenditure. The three in a row, each at the head of its clause.
    name: '预算收入 = 开支 + 预算盈余',
    // (`首六個月的整體支出為港幣(下同)1,153億元`, `本財政年度首6個月開支A`: the period and the currency said once.)
    inflow: /(?:^|[，,；;。：:\s\u3000]|[预預]算|[总總]|政府|[月年度]的?|的)收入(?:[为為]|[达達]到?|約|约)?(?:港[币幣])?(?:[(（]下同[)）])?$/,
    // (`政府整體開支1687億元，收入1263億元`: Hong Kong's monthly accounts name the whole government's spending first.)
    outflow: /(?:^|[，,；;。：:\s\u3000]|[预預]算|[总總]|政府|[月年度]的?|的)(?:整[体體])?(?:[开開]支|支出)(?:[为為]|[达達]到?|約|约)?(?:港[币幣])?(?:[(（]下同[)）])?$/,
    netIn: /(?:^|[，,；;。：:\s\u3000]|[录錄]得|[日月]的)(?:[预預]算|[综綜]合)?盈[余餘馀](?:[为為]|[达達]到?|約|约)?$/,
    // (`錄得赤字A`, `截至九月三十日的赤字為A`.)
    netOut: /(?:^|[，,；;。：:\s\u3000]|[录錄]得|[日月]的)(?:[预預]算|[综綜]合)?赤字(?:[为為]|[达達]到?|約|约)?$/,
    // (`…，因而錄得60億元的赤字`, `因此有424億元的赤字`: the net recorded, named after its figure.)
    namedAfter: { lead: /(?:^|[，,；;])(?:因而|因此|故)?(?:[录錄]得|出[现現]|有)$/, netIn: /^的?(?:[预預]算|[综綜]合)?盈[余餘馀]/, netOut: /^的?(?:[预預]算|[综綜]合)?赤字/ },
    // (Far enough back for `整體支出為港幣(下同)`.)
    reach: 14,
    adjacent: true,
    cue: /盈[余餘馀]|赤字/,
    // (`计及发行政府债券所得，综合赤字为…`: Hong Kong's consolidated deficit may count bond proceeds in.)
    unless: /[债債]券|[发發][债債]|借款|融[资資]/,
  },
  {
    // `歲出原列1,412億6,100萬元，審議結果減列2億1,000萬元，核列1,410億5,100萬元`: a council's review of a budget
    // (Taiwan): what was proposed, what was cut and what was approved, in a row.
    name: '原列 = 减列 + 核列',
    // (`歲出原編列A，經黨團協商統刪B，修正後為C`: the press writes 原編列, 統刪 and 修正後.)
    inflow: /原(?:[编編])?列(?:[为為])?$/,
    outflow: /(?:[减減]列|删[减減]|刪[減减]|[统統](?:删|刪))(?:[为為])?$/,
    netIn: /核列|(?:核定|修正[后後])(?:[为為])?$/,
    netOut: NEVER,
    adjacent: true,
    cue: /核列|核定|修正[后後]/,
  },
  {
    // `壽險業總保費收入A、保險給付金額B，單月保費淨流入高達C`: a life insurer's premiums taken in, benefits paid out and
    // the net inflow (or outflow) of premiums between them. (`…保險總給付B，形成C的淨流入`: the net named after its figure.)
    name: '保费收入 = 保险给付 + 保费净流入',
    inflow: /保[费費]收入(?:[为為]|[达達])?$/,
    outflow: /保[险險](?:[总總])?[给給]付(?:金[额額])?(?:[为為]|[达達])?$/,
    netIn: /保[费費][净淨]流入(?:[为為]|[达達]|高[达達])?$/,
    netOut: /保[费費][净淨]流出(?:[为為]|[达達]|高[达達])?$/,
    namedAfter: { lead: /(?:^|[，,；;])形成$/, netIn: /^的?[净淨]流入/, netOut: /^的?[净淨]流出/ },
    adjacent: true,
    cue: /[净淨]流[入出]/,
  },
];

/** A net of any row is named with one of these (a cheap test before the rows are tried). */
export const NET_WORD = /[净淨]|[顺順逆]差|余额|在矫|在册|现有|[结結][余存]|剩余|相抵|缺口|赤字|[实實]到|短[绌絀]|賸|盈[余餘馀]|核列|核定|差短|修正[后後]|消耗|中[间間]投入/;

/** The words right before a figure name a flow of `row` (in, out, or a net of either sign). */
export type FlowRole = 'in' | 'out' | 'netIn' | 'netOut';

export function flowRole(row: NetFlow, wordsBefore: string, wordsAfter = ''): FlowRole | undefined {
  const t = wordsBefore.replace(/[\s\u3000]+/g, '');
  const after = row.namedAfter;
  if (after !== undefined && after.lead.test(t)) {
    if (after.netIn.test(wordsAfter)) return 'netIn';
    if (after.netOut.test(wordsAfter)) return 'netOut';
  }
  if (row.netIn.test(t)) return 'netIn';
  if (row.netOut.test(t)) return 'netOut';
  if (row.inflow.test(t)) return 'in';
  if (row.outflow.test(t)) return 'out';
  return undefined;
}

/**
 * A housing provident fund's deposits and where they stand (the national annual report's own definition:
 * `缴存余额扣除个人住房贷款余额、保障性住房建设试点项目贷款余额和国债余额后的结余资金`): the deposit balance is the
 * loans outstanding, the project loans and the bonds held, plus the funds left over. Each row names the words
 * right before a figure; the project loans and the bonds may be left out (a fund that holds none).
 */
export const FUND_USES = {
  name: '缴存余额 = 个人住房贷款余额 + 项目贷款余额 + 国债余额 + 结余资金',
  total: /[缴繳]存余[额額](?:[为為]|[达達])?$/,
  loans: /个人住房[贷貸]款余[额額](?:[为為]|[达達])?$|個人住房[贷貸]款余[额額](?:[为為]|[达達])?$/,
  optional: [/项目[贷貸]款余[额額](?:[为為]|[达達])?$|項目[贷貸]款余[额額](?:[为為]|[达達])?$/, /[国國][债債]余[额額](?:[为為]|[达達])?$/],
  rest: /[结結]余[资資]金(?:[为為]|[达達])?$/,
} as const;

/**
 * An amount taken off the figure before it (`…246亿元；扣除基本人事费150亿元，仅剩96亿元`): the words right before
 * the amount taken off, at the head of its clause. (Not a rate taken off: `扣除价格因素`, which holds no figure.)
 */
export const DEDUCTED = /(?:^|[，,；;（(])(?:再|另)?(?:扣除|减去|減去|扣减|扣減)(?!价格|價格)[^，,；;。：:\d]{0,16}(?<!增长|增長|下降|增加|减少|減少)$/;

/** What is left after it (`，仅剩96亿元`, `后，剩余`, `，尚余`, `，…净额`), in the clause right after the amount taken off. */
// (`歲入歲出賸餘A，扣除債務還本B，收支賸餘C`: Taiwan's budget, what is left after repaying debt.)
// (`基金收入A（扣除提取的…资金B，基金收入净额C）`: the net of the amount, named as such.)
export const LEFT_AFTER = /^(?:[^，,；;。\d]{0,3}[，,]?(?:仅|僅|只|尚|还|還)?(?:收支)?(?:剩|剩余|剩餘|剩下|余下|餘下|尚余|尚餘|賸餘|賸余)|[，,][^，,；;。\d]{0,12}[净淨]额)(?:[为為]|[约約])?$/;

/**
 * An inflow and an outflow named together, then their net named after its figure, as Hong Kong's balance of payments
 * writes it: `初次收入流入和流出分别为A和B，从而产生C净流入` (A = B + C) or `…C净流出` (B = A + C). Each pattern is
 * tested on the words around one figure: before the inflow, between the two flows, before the net, after the net.
 */
export const JOINT_FLOWS = {
  /** The words right before the inflow (`流入和流出分别为`). */
  before: /流入(?:和|及|與|与)流出分[别別][为為]$/,
  /** Between the inflow and the outflow. */
  between: /^(?:和|及|與|与)$/,
  /** Between the outflow and the net (`，从而产生`, `，录得`). */
  toNet: /^[，,](?:从而|從而|因而)?(?:产生|產生|录得|錄得)$/,
  /** Right after the net: which way it goes. */
  netAfter: /^的?[净淨](流入|流出)/,
} as const;

/**
 * A part of an insurance fund (`统筹基金`, `个人账户`): its balance is not the whole fund's, whose income and
 * spending count the accounts too (`基金总收入A，基金总支出B。统筹基金当期结存C`).
 */
const FUND_PART = /统筹基金|統籌基金|统筹账户|統籌賬戶|个人账户|個人賬戶/;

/** True when the words name a part of a fund (FUND_PART) that the other words do not name. */
export function namesFundPartOnly(words: string, otherWords: string): boolean {
  const m = FUND_PART.exec(words);
  return m !== null && !otherWords.includes(m[0]);
}

/**
 * The words with the fund part taken out when the income's words name that part too (`；统筹基金当期结存` →
 * `；当期结存` after `医保统筹基金收入`): the part's own balance of its own income and spending.
 */
export function withoutSharedFundPart(words: string, incomeWords: string): string {
  const m = FUND_PART.exec(words);
  return m !== null && incomeWords.includes(m[0]) ? words.replace(m[0], '') : words;
}
