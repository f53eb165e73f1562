// Case table for cues/breakdowns.ts: the words that announce parts of a total and the families
// whose members always cover it. Adding a phrasing is one row here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { milestoneFigure, rankingOpenBefore, RANKED_PICK, opensAt, restatesTotalAfter, payersSharingCost, thirdKindAfterHalves, namesNoPart, opensHoldingBracket, eachOfSeveral, countsAnotherThing, classifiedList, ageRangesCover, namesAge, opensScopeMark, secondAndThirdTotal, oneSectorHead, anotherKind, restOfWhole, useListStarts, familyNotUnder, nextMemberOf, BALANCE_ITEM, BALANCE_TOTAL, LEFT_OVER, byMark, changeBefore, countMark, familyFitsTotal, familyOf, innerBreakdownAt, innerIncludesAt, withSubsetAliases, namesTheWholeOf, isRemainder, membersNamedBy, opensBreakdown, sameKindSet, bareMembers, oppositeMembers, opensSubset, namesSubset, opensSubsetList, withoutSubsetLead, continuesBreakdown, opensBalanceStep, continuesItemBefore, comparisonBase, notGrainUnder, balanceSides, perHeadWhole, perHeadComponent, sizeClassOf, otherSizeClass, detailOpenerEnd, detailInside, STOCK_CLAUSE, RANKED_CLAUSE, BOUND_CLAUSE, BALANCE_STEP_CLAUSE, ASPECT_CLAUSE, partialFamily, halvesOf, inMarkName, inMarkNeedsName, innerNamedMarks, membersJoinedBy, midInMark, partialBracket, figureInMark, byMarkMeasure, countNamedPlaces, countNamedInSentence, ordinalListStart, complementPair, countNamedBy, opensPoint, membersListedByTotal, includesOtherPart, itemsSharingEach, namesAllSources, closesWithEtc, restOfOneClassing, rankedByFigure, countLeadOnly } from '../../../server/src/analysis/cues/breakdowns';

const FAMILIES: [string[], string | undefined][] = [
  [['国道', '省道', '县道', '乡道', '村道'], '国道/省道/县道/乡道/村道'],
  [['国道', '省道', '县道', '乡道', '村道', '专用公路'], undefined], // a sixth level: not the five
  [['该市男百岁老人', '女百岁老人'], '男/女'], // the place named again before a member
  [['国内游客', '港澳台同胞', '外国游客'], '国内/港澳台/外国'],
  [['国际游客', '国内游客'], '国内/国际'],
  [['入境游客', '国内游客'], '国内/国际'],
  [['中央税', '省级税', '县级税'], '中央/省/县'],
  [['中央资金', '省级资金', '县级配套'], undefined],
  [['中央级收入', '地方级'], '中央级/地方级'],
  [['中央级收入', '地方级收入'], '中央级/地方级'],
  [['第一产业', '第二产业', '第三产业'], '一/二/三产业'],
  [['城镇居民人均可支配收入', '农村居民人均可支配收入'], '城镇/农村'],
  [['城镇人口', '乡村人口'], '城镇/农村'],
  [['政府性投资', '社会性投资'], '政府/社会'],
  [['新建项目', '续建项目'], '新建/续建'],
  [['出口', '进口'], '出口/进口'],
  [['线上', '线下'], '线上/线下'],
  [['長期債務為', '短期債務'], '长期/短期债务'],
  [['重大项目', '面上项目'], '重大项目/面上项目'],
  [['研發支出', '推銷費用', '管理費用'], '推销/管理/研发费用'],
  [['其中，内河完成', '沿海完成', '远洋完成'], '内河/沿海/远洋'],
  [['海港完成', '河港完成'], '海港/河港'],
  [['出京旅客', '进京旅客'], '进京/出京'],
  [['进岛客流量', '出岛客流量'], '进岛/出岛'], // s49
  [['银行间市场托管余额', '交易所市场托管余额'], '银行间/交易所市场'], // s50
  [['自營商自行買賣方面，買超', '避險部分，買超'], '自行买卖/避险'], // s50
  [['质押式回购成交', '买断式回购成交', '同业拆借成交'], '质押式回购/买断式回购/同业拆借'], // s50
  [['初年度保費收入', '續年度保費收入'], '初年度/续年度保费'], // s49
  [['傳統型保單新契約保費收入', '投資型保單新契約保費收入'], '传统型/投资型保费'], // s49
  [['内地居民出入境', '港澳台居民出入境', '外国人出入境'], '内地居民/港澳台居民/外国人'], // s49
  [['線上筹款', '線下筹款'], '线上/线下'],
  [['线上筹款', '公众捐款'], undefined],
  [['税收收入', '非税收入'], '税收/非税收入'],
  [['夏粮', '秋粮'], '夏粮/秋粮'],
  [['其中夏收粮食', '秋粮'], '夏粮/秋粮'],
  [['其中，在校生', '教职工'], '在校生/教职工'],
  [['公路营业性客运量', '铁路客运量', '水路客运量', '民航客运量'], '铁路/公路/水路/民航'],
  [['农业', '林业', '畜牧业', '渔业', '农林牧渔专业及辅助性活动'], '农/林/牧/渔业及服务业'],
  [['农业人口', '非农业人口'], '农业/非农业人口'],
  [['外出农民工', '本地农民工'], '外出/本地'],
  [['省内转移', '省外转移'], '省内/省外'],
  [['省内转移', '省外输出', '境外就业'], '省内/省外/境外'],
  [['离休', '退休'], '离休/退休'],
  [['政府卫生支出', '社会卫生支出', '个人卫生支出'], '政府/社会/个人卫生支出'],
  [['地表水源供水量', '地下水源供水量', '其他水源供水量'], '地表水/地下水/其他水源'],
  [['地表水供水量', '地下水供水量'], undefined], // a third source may be left out
  [['农业用水量', '工业用水量', '生活用水量', '人工生态环境补水量'], '农业/工业/生活/生态用水'],
  [['农业耗水', '工业耗水', '城镇公共耗水', '生活耗水', '生态环境耗水'], '农业/工业/城镇公共/生活/生态用水'],
  [['农业用水量', '工业用水量', '生活用水量'], undefined], // the environment's share left out
  [['一般债券', '专项债券', '外债限额'], '一般/专项/外债'],
  [['省属国有企业', '市州及以下国有企业'], '省属/市县及以下'],
  [['省属企业', '市属企业'], undefined], // counties' firms not named
  [['市本级', '区县及以下'], '市属/区县及以下'],
  [['市本级', '县(市)区级'], '市本级/县区级'],
  [['中央本级支出', '补助地方支出'], '中央本级/对地方转移支付'],
  [['地方财政本级收入', '中央补助收入'], '地方本级收入/中央补助收入'],
  [['中央财政本级收入', '地方上解中央收入'], '中央本级收入/地方上解收入'],
  [['本级收入', '上级补助收入'], undefined], // a county's grants from every level above, not the centre's
  [['市本级', '县市区级'], '市本级/县区级'],
  [['市本级', '区县级'], '市本级/县区级'],
  [['市本级', '县区'], undefined], // no level named: perhaps one county
  [['市本级', '县区级', '开发区'], undefined], // a third level beside them
  [['省级企业营业收入', '市县企业营业收入'], '省级/市县级'],
  [['内地居民结婚登记', '涉外及港澳台居民结婚登记'], '内地居民/涉外及港澳台'],
  [['露地栽培', '设施栽培'], '露地/设施'],
  [['销售现房', '期房'], '现房/期房'], // the verb said once, for both
  [['采矿业投资', '制造业投资', '电力、热力、燃气及水生产和供应业投资'], '采矿业/制造业/电力燃气水'],
  [['采矿业增加值', '制造业增加值'], undefined], // power and water left out
  [['工业增加值', '建筑业增加值'], '工业/建筑业'],
  [['在小学就读', '在初中就读'], '小学/初中'],
  [['商品类投诉', '服务类投诉'], '商品类/服务类'],
  [['接待过夜游客', '接待“一日游”游客'], '留宿/不过夜旅客'],
  [['省内转移', '省外输出'], '省内转移/省外输出'],
  [['人员经费', '日常公用经费'], '人员经费/公用经费'],
  [['国税完成', '地税完成'], '国税/地税'],
  [['省内转移', '省外务工'], undefined],
  [['规模以上工业企业产值', '规下企业产值'], '规模以上/以下'],
  [['财产保险保费收入', '人寿保险保费收入'], '财产险/人身险'],
  [['财产险赔款支出', '人身险赔款支出'], '财产险/人身险'],
  [['邮政业务总量', '电信业务总量'], '邮政/电信'],
  [['资金', '物资价值'], '资金/物资'],
  [['上缴中央', '自治区本级留成', '地州市留成'], '上缴中央/本级留成/下级留成'],
  [['省本级支出', '对市县转移支付支出'], '本级/对下转移支付'],
  [['市本级收入', '区级收入'], '市本级/县区级'],
  [['農田流失及埋沒', '農業設施損失', '畜禽設施損失', '漁業設施損失'], '農田流失及埋沒/農業設施/畜禽設施/漁業設施'],
  [['其中農產損失', '畜產損失', '漁產損失', '民間設施損失'], '農產/畜產/漁產/民間設施'],
  [['市本级支出', '县级支出'], '市本级/县区级'],
  [['市本级使用', '对区县转移支付'], '本级/对下转移支付'],
  [['一般债券', '发行专项债券'], '一般/专项债务'],
  [['在乡内就地就近就业的本地农民工', '到乡外就业的外出农民工'], '外出/本地'],
  [['包括新增一般债券', '新增专项债券'], '一般/专项债务'],
  [['捐款', '物资折价'], '资金/物资'],
  [['“保工资”支出', '“保运转”支出', '“保基本民生”支出'], '三保'],
  [['种植业产值', '林业产值', '牧业产值', '渔业产值', '农林牧渔服务业产值'], '农/林/牧/渔业及服务业'],
  [['批发业', '零售业', '住宿业', '餐饮业'], '批发/零售/住宿/餐饮'],
  [['批发业销售额', '零售业销售额', '住宿业营业额', '餐饮业营业额'], undefined],
  [['人均工资性收入', '家庭经营收入', '转移性和财产性收入'], '工资性/经营/转移和财产收入'],
  [['现房', '期房'], '现房/期房'],
  [['招收博士生', '招收硕士生'], '博士/硕士'],
  [['国产影片票房收入', '进口影片票房收入'], '国产/进口'],
  [['发送旅客', '到达旅客'], '发送/到达'],
  [['发货', '到货'], '发货/到货'],
  [['研究生', '本科生', '专科（含高职）生'], '研究生/本科/专科'],
  [['博士', '硕士', '本科', '大专及高职'], '博士/硕士/本科/专科'],
  [['公立医院', '民营医院'], '公立/民营'],
  [['国内贷款', '利用外资', '企业自筹资金', '其他资金'], '国内贷款/利用外资/自筹/其他资金'],
  [['征收关税', '进口环节税'], '关税/进口环节税'],
  [['产险业务赔款', '寿险业务给付', '健康险业务赔款和给付', '意外险业务赔款'], '产险/寿险/健康险/意外险'],
  [['寿险业务赔付支出', '健康险业务赔付支出', '意外险业务赔付支出'], '寿险/健康险/意外险'],
  [['因公出国（境）费用', '公务接待费', '公务用车购置费', '公务用车运行维护费'], '三公经费（购置/运行）'],
  [['中央一般公共预算收入', '地方一般公共预算本级收入'], '中央/地方'],
  [['中央补助资金', '地方配套资金'], undefined],
  [['政府采购货物支出', '政府采购工程支出', '政府采购服务支出'], '货物/工程/服务'],
  [['上年结转合同额', '本年新签合同额'], '上年结转/本年新签'],
  [['住院救助', '门诊救助'], '住院/门诊救助'],
  [['田', '、土'], '田/土'],
  [['衛生技術人員', '其他技術人員', '管理人員', '工勤技能人員', '鄉村醫生', '和衛生員'], '卫生人员各类（卫生员）'],
  // The subject named once, before the first member (`数字服务出口A；进口B`).
  [['数字服务出口', '进口'], '出口/进口'],
  [['抵港港口货品', '离港港口货品'], '抵港/离港'],
  [['批发零售业零售额', '住宿餐饮业零售额'], '批发零售/住宿餐饮'],
  [['外资卖超', '投信卖超', '自营商卖超'], '外资/投信/自营商'],
  [['利息净收益', '手续费净收益', '投资及其他净收益'], '利息/手续费/投资及其他净收益'],
  [['批發和零售業零售額', '住宿和餐飲業零售額'], '批发零售/住宿餐饮'],
  [['批发零售业销售额', '住宿餐饮业营业额'], undefined], // their sales: no parts of retail sales
  [['進港旅客', '出港旅客'], '抵港/离港'],
  [['数字服务出口额', '进口额'], '出口/进口'],
  // (Another measure after the second member, or another subject before it: no pair.)
  [['数字服务出口', '进口额'], undefined],
  [['数字服务出口', '货物进口'], undefined],
  // (Five sources with 定金及预收款 and no rest: a subset, no family.)
  [['国内贷款', '利用外资', '自筹资金', '定金及预收款', '个人按揭贷款'], undefined],
  [['公办幼儿园', '民办幼儿园'], '公办/民办'],
  [['公办幼儿园', '普惠性民办幼儿园'], undefined],
  [['在学博士生', '在学硕士生'], '博士/硕士'],
  [['博士生', '本科生'], undefined],
  [['县以上的消费品零售额', '县以下的消费品零售额'], '县以上/县以下'],
  [['县及县以上零售额', '县以下零售额'], '县以上/县以下'],
  [['县的零售额', '县以下零售额'], '县以上/县以下'],
  [['县城的消费品零售额', '县以下的消费品零售额'], '县以上/县以下'],
  [['水田', '旱土'], '水田/旱地'],
  [['跨省流入人口', '省内流动人口'], '跨省/省内流动'],
  [['市辖区内人户分离人口', '流动人口'], '市辖区内/流动人口'],
  [['合同项目', '协议项目'], '合同/协议'],
  [['水田', '旱地'], '水田/旱地'],
  [['水田', '水浇地', '旱地'], '水田/水浇地/旱地'],
  [['合同資金', '協議資金'], '合同/协议'],
  [['合同利用外资', '协议投资额'], undefined], // named otherwise: two measures
  [['财产保费收入', '人身险保费收入'], '财产险/人身险'],
  [['财产险赔付', '寿险赔付'], undefined], // life insurance is one kind of 人身险 only
  [['现房销售面积', '期房待售面积'], undefined], // named otherwise: two measures
  // not complete
  [['外出务工人员', '本地企业用工'], undefined],
  [['“保工资”支出', '“保基本民生”支出'], undefined],
  [['财产保险保费收入', '健康保险保费收入'], undefined],
  [['城市更新领域', '乡村振兴领域'], undefined],
  [['第一产业', '第三产业'], undefined],
  [['农业', '林业', '牧业', '渔业'], undefined],
  [['税收收入', '税收收入'], undefined],
  [['工业投资', '民间投资'], undefined],
  [['本级收入', '转移性收入'], '本级/转移性'],
  [['城乡居民基本医疗保险', '城镇职工基本医疗保险'], '职工/城乡居民'],
  [['项目投资', '房地产开发投资'], '项目/房地产投资'],
  [['税务部门组织收入', '财政部门组织收入'], '税务/财政部门'],
  // 工业项目投资 is one kind of project, not all of them
  [['工业项目投资', '房地产投资'], undefined],
  // a label naming two members is the one it names first
  [['批发业零售额', '零售业', '住宿业', '餐饮业'], '批发/零售/住宿/餐饮'],
  [['当年基金预算支出', '转移性支出'], '本级/转移性'],
  [['高中', '初中'], '高中/初中'],
  // 上级补助 is one item of the transfers, not all of them.
  [['本级收入', '上级补助收入'], undefined],
  [['流动资产', '非流动资产'], '流动/非流动'],
  [['流動負債', '非流動負債'], '流动/非流动'],
  [['流动资产', '非流动负债'], undefined], // one of each is no cut of either
  [['统筹基金累计结余', '个人账户累计结存'], '统筹基金/个人账户'],
  [['邮政业务总量', '电信业务总量'], '邮政/电信'],
  [['同城业务量', '异地业务量', '国际及港澳台业务量'], '同城/异地/国际'],
  [['福利彩票公益金筹集', '体育彩票公益金筹集'], '福利/体育彩票'],
  [['春季学期资助', '秋季学期资助'], '春季/秋季学期'],
  [['因公出国（境）费用', '车辆购置及运行维护费', '公务接待费'], '三公经费'],
  [['春季造林', '秋季造林'], undefined], // seasons of planting are no semesters (a rainy season may plant too)
  [['福彩机构发行费收入', '体彩机构发行费收入'], '福利/体育彩票'],
  [['参保职工', '参保离退休人员'], '参保职工/离退休'],
  [['在职职工', '退休人员'], '参保职工/离退休'],
  [['内陆养殖产量', '内陆捕捞量'], '养殖/捕捞'],
  [['海水养殖', '淡水养殖', '捕捞'], undefined], // two kinds of farming: not the two-way cut
  [['中央企业', '地方国有企业'], '中央/地方国有企业'],
  [['经营性资产', '非经营性资产'], '经营性/非经营性'],
  [['国有重点煤矿产煤', '国有地方煤矿产煤', '乡镇煤矿产煤'], '国有重点/地方国有/乡镇煤矿'],
  [['国有重点煤炭企业完成', '地方国有煤矿完成', '乡镇煤矿完成'], '国有重点/地方国有/乡镇煤矿'],
  [['工资福利支出', '一般商品和服务支出', '对个人和家庭补助支出'], '工资福利/商品和服务/对个人和家庭'],
  [['工资福利支出', '一般商品和服务支出'], undefined], // grants to households left out
  [['内贸物流量', '外贸物流量'], '内贸/外贸'],
  [['城镇职工', '城镇居民'], '职工/城乡居民'],
  [['中央', '省级', '市级'], '中央/省级/市级'],
  [['中央', '省级', '市级', '县级'], undefined], // the county's own share too: another set
  [['沿海港口完成', '内河港口完成'], '沿海/内河港口'],
  [['外贸货物吞吐量', '沿海港口完成', '内河港口完成'], undefined], // foreign trade cuts across both
  [['同城业务量', '异地业务量'], undefined], // abroad left out: no complete family
  [['一般债务', '专项债务'], '一般/专项债务'],
  [['一般债券', '专项债券'], '一般/专项债务'],
  // a copula before one member's figure is no part of its name
  [['一般债务限额', '专项债务限额为'], '一般/专项债务'],
  [['一般债务限额', '专项债务余额为'], undefined],
  [['一般转移支付', '专项转移支付'], undefined],
  [['返还性收入', '一般性转移支付收入', '专项转移支付收入'], '返还性/一般性/专项转移支付'],
  [['税收返还', '一般转移支付', '专项转移支付'], '返还性/一般性/专项转移支付'],
  [['工资性收入', '经营净收入', '财产净收入', '转移净收入'], '工资性/经营/财产/转移收入'],
  [['基本支出', '项目支出'], '基本支出/项目支出'],
  [['人员经费', '日常公用支出', '项目支出'], '人员经费/公用经费/项目支出'],
  [['人员经费', '项目支出'], undefined],
  // A bracketed aside is no part of the name (`少数民族（满族）`); one bracketed character is (`退（离）休`).
  [['少数民族（满族）', '汉族'], '汉族/少数民族'],
  [['少数民族{满族}', '汉族'], '汉族/少数民族'],
  // An aside that names the member itself is read as written.
  [['城市(县以上)实现消费品零售额', '县以下农村实现零售额'], '县以上/县以下'],
  // North China has no paddy: irrigated and dry land make up the cultivated land.
  [['水浇地', '旱地'], '水浇地/旱地'],
  // The land survey's sub-classes: any two or more that a county has (a closed classification).
  [['建制镇', '村庄', '采矿用地', '风景名胜及特殊用地'], '城镇村及工矿用地各二级地类'],
  [['铁路用地', '公路用地', '农村道路'], '交通运输用地各二级地类'],
  [['河流水面', '水库水面', '坑塘水面', '沟渠', '水工建筑用地'], '水域及水利设施用地各二级地类'],
  [['灌丛沼泽', '沼泽草地', '内陆滩涂'], '湿地各二级地类'],
  // A closed class still names each member once, and one alone is no list.
  [['公路用地', '公路用地'], undefined],
  [['村庄'], undefined],
  // before 2003: sidelines were a fifth branch of 农业总产值
  [['种植业产值', '林业产值', '牧业产值', '副业产值', '渔业产值'], '农/林/牧/副/渔业'],
  [['农业', '林业', '畜牧业', '副业', '渔业'], '农/林/牧/副/渔业'],

  // a social-security fund's investments, annuities drawn and portfolios, a fund's return
  [['直接投资资产', '委托投资资产'], '直接/委托投资'],
  [['一次性领取', '分期领取'], '一次性/分期领取'],
  [['固定收益类资产金额', '含权益类资产金额'], '固定收益类/含权益类'],
  [['已实现收益额', '交易类资产公允价值变动额'], '已实现收益/公允价值变动'],
  [['正常类贷款余额', '关注类贷款余额'], '正常/关注类贷款'],
  // a trade's expenditure in Macao's surveys
  [['購貨及佣金支出', '經營費用', '員工支出'], '购货及佣金/经营费用/员工支出'],
  [['购货及佣金支出', '经营费用'], undefined],
  // an insurance industry: its life and its property-casualty insurers
  [['寿险业', '产险业'], '寿险/产险'],
  [['壽險業', '產險業'], '寿险/产险'],
  [['寿险业务保费收入', '产险业务保费收入'], undefined], // lines of business: health and accident lines besides
  // visitors who stay the night and same-day visitors
  [['不过夜旅客', '留宿旅客'], '留宿/不过夜'],
  // inbound visitors: foreigners and compatriots
  [['外国人', '香港、澳门和台湾同胞'], '外国人/港澳台同胞'],
  [['外国人', '港澳台同胞'], '外国人/港澳台同胞'],
  [['直通', '管内'], '直通/管内'],
  // fishery output and areas by water, and the fishery economy by sector
  [['海水产品产量', '淡水产品产量'], '海水/淡水'],
  [['内陆放养面积', '海水放养面积'], '海水/淡水'],
  [['海水养殖产量', '淡水养殖面积'], undefined], // another measure: no shared rest
  [['渔业产值', '渔业工业和建筑业产值', '渔业流通和服务业产值'], '渔业/渔业工业和建筑业/渔业流通和服务业'],
];

/** A total whose name enumerates its members, one character each: [total, part labels, members]. */
const NAMED_BY_TOTAL: [string, string[], string | undefined][] = [
  ['全县猪牛羊禽肉产量', ['猪肉', '牛肉', '羊肉', '禽肉'], '猪/牛/羊/禽'],
  ['全镇工农业总产值', ['农业总产值', '工业总产值'], '工/农'],
  ['进出口总额', ['出口额', '进口额'], '进/出'],
  ['中小学在校生', ['小学', '中学'], '中/小'],
  ['存贷款余额', ['存款余额', '贷款余额'], '存/贷'],
  // one member missing, one named twice, or a member that is not followed by the total's next word
  ['猪牛羊禽肉产量', ['猪肉', '牛肉', '羊肉'], undefined],
  ['猪牛羊禽肉产量', ['猪肉', '猪肉', '羊肉', '禽肉'], undefined],
  ['中小企业营业收入', ['中型企业', '小型企业'], undefined],
  ['城乡居民收入', ['城镇居民收入', '农村居民收入'], undefined],
  // a total a known family defines: its services are a fifth part
  ['农林牧渔业总产值', ['农业', '林业', '牧业', '渔业'], undefined],
];

test('complete families', () => {
  for (const [labels, name] of FAMILIES) assert.equal(familyOf(labels), name, labels.join('/'));
});

test('a total whose name enumerates its members is covered by them', () => {
  for (const [total, labels, members] of NAMED_BY_TOTAL) assert.equal(membersNamedBy(total, labels), members, `${total}: ${labels.join('/')}`);
});

test('a family fits a total of another wording: sectors → GDP, the sexes → a population', () => {
  assert.ok(familyFitsTotal('一/二/三产业', '地区生产总值总量'));
  assert.ok(familyFitsTotal('男/女', '年末人口'));
  assert.ok(familyFitsTotal('本级/对下转移支付', '省级使用彩票公益金'), 'a level\'s own use of a fund');
  assert.ok(familyFitsTotal('農產/畜產/漁產/民間設施', '颱風造成農業產物及民間設施損失共計'), 'a farm-disaster report\'s losses');
  assert.ok(familyFitsTotal('農田流失及埋沒/農業設施/畜禽設施/漁業設施', '民間設施損失則達'));
  assert.ok(!familyFitsTotal('農田流失及埋沒/農業設施/畜禽設施/漁業設施', '全縣農業設施投資'));
  assert.ok(!familyFitsTotal('本级/对下转移支付', '全省一般公共预算支出'), 'province-wide spending counts what the localities add');
  assert.ok(familyFitsTotal('中央/省级/市级', '累计投入'), 'what was put in, level by level');
  assert.ok(familyFitsTotal('农业/非农业人口', '户籍总人口'));
  assert.ok(!familyFitsTotal('男/女', '新增就业'));
  for (const t of ['农牧渔业工人', '专业技术人员', '在校学生', '专任教师', '党员']) assert.ok(familyFitsTotal('男/女', t), t);
  // A verb after the members' names (`税收收入完成`) is no part of what they measure.
  assert.ok(familyFitsTotal('税收/非税收入', '一般公共预算收入', ['税收收入完成', '非税收入完成']));
  // Nor is 业务, the line of business a member names (`财产险业务赔付支出`).
  assert.ok(familyFitsTotal('产险/寿险/健康险/意外险', '全行业赔付支出', ['财产险业务赔付支出', '寿险业务赔付支出', '健康险业务赔付支出', '意外险业务赔付支出']));
  // Property lines pay 赔款 and life lines 给付: a total of 赔付 fits the four whatever each member's word.
  assert.ok(familyFitsTotal('产险/寿险/健康险/意外险', '全行业累计赔付支出', ['财产险业务赔款支出', '寿险业务赔付支出', '健康险业务赔付支出', '意外险业务赔付支出']));
  // The levels a revenue accrues to make up a revenue only, not a project's funds.
  assert.ok(!familyNotUnder('中央级/地方级', '全口径一般公共预算收入'));
  assert.ok(familyNotUnder('中央级/地方级', '项目资金'));
  assert.ok(familyNotUnder('一/二/三产业', '全省全社会用电量'), 'households use electricity too');
  assert.ok(familyNotUnder('新建/续建', '新签约招引项目'), 'projects signed are no projects under way');
  assert.ok(!familyNotUnder('新建/续建', '在库项目'));
  assert.ok(!familyNotUnder('一/二/三产业', '地区生产总值'));
  // Doctoral and master's students make up the postgraduates only, not all of a university's graduates.
  assert.ok(!familyNotUnder('博士/硕士', '在学研究生'));
  assert.ok(familyNotUnder('博士/硕士', '毕业生'));
  // Public and private hospitals make up the hospitals, not every health institution.
  assert.ok(!familyNotUnder('公立/民营', '医院', ['公立医院', '民营医院']));
  assert.ok(familyNotUnder('公立/民营', '医疗卫生机构诊疗', ['公立医院', '民营医院']));
  assert.ok(!familyNotUnder('公办/民办', '全县幼儿园', ['公办', '民办']));
  // Levels of study make up a count of students or graduates, not a budget.
  assert.ok(!familyNotUnder('研究生/本科/专科', '全省有大学毕业生'));
  assert.ok(familyNotUnder('研究生/本科/专科', '教育经费'));
  // 国税 and 地税 make up the industrial and commercial taxes only (财政部门 collects others).
  assert.ok(!familyNotUnder('国税/地税', '工商税收'));
  assert.ok(familyNotUnder('国税/地税', '税收收入'));
  // Express revenue also holds 其他业务收入: where parcels go makes up the volume only.
  assert.ok(!familyNotUnder('同城/异地/国际', '快递服务企业业务量'));
  assert.ok(familyNotUnder('同城/异地/国际', '快递服务企业业务收入'));
  assert.ok(familyFitsTotal('资金/物资', '累计接收捐赠款物'));
  assert.ok(!familyFitsTotal('资金/物资', '项目总投资'));
  assert.ok(!familyFitsTotal('外出/本地', '年末人口'), 'a family without a total pattern fits only a total named like its parts');
  assert.ok(familyFitsTotal('一/二/三产业', '全年固定资产投资', ['第一产业投资', '第二产业投资', '第三产业投资']), 'the total ends with what the parts measure');
  assert.ok(!familyFitsTotal('一/二/三产业', '全年固定资产投资', ['第一产业增加值', '第二产业增加值', '第三产业增加值']));
});

test('分N类 announces N parts', () => {
  assert.equal(countMark('项目分三类安排：')?.count, 3);
  assert.equal(countMark('分为4个方面')?.count, 4);
  assert.equal(countMark('分六个领域推进')?.count, 6);
  assert.equal(countMark('分别增长'), undefined);
  assert.equal(countMark('财政总收入由三部分构成：')?.count, 3);
  assert.equal(countMark('损失分两部份，')?.count, 2);
  assert.equal(countMark('包括两个部分：')?.count, 2);
  assert.equal(countMark('包括三个项目'), undefined, 'a count of projects, not of parts');
});

test('按…分 and 分…看 breakdowns open a sentence', () => {
  for (const s of ['按经营地分，城镇消费品零售额…', '按消费类型统计：…', '分产业看，第一产业…', '分区域看：…', '其中，工业投资…', '在总人口中：农业人口…', '在规模以上工业中，国有企业…']) {
    assert.ok(opensBreakdown(s), s);
  }
  assert.equal(opensBreakdown('全年实现地区生产总值231.7亿元'), false);
  assert.ok(byMark('总额1105亿元，按经营地分，城镇…'));
  // A cut named by what it classes, seen 上 or 方面 (`从学历层次上看`, `从年龄结构方面看`).
  for (const t of ['毕业生520人。从学历层次上看，本科…', '从年龄结构方面看，…', '从险种看，…', '从企业性质看，…']) assert.ok(byMark(t), t);
  assert.equal(byMark('从长远看，…'), undefined);
  // Taiwan writes 依 for 按, and 區分 (s50); 依据, 依照 and 依法 name no cut.
  for (const t of ['人口總數2,300萬人，依性別分，男性…', '依年齡區分，0-14歲…']) assert.ok(byMark(t), t);
  for (const t of ['依据统计，全市…', '依照規定分，…']) assert.equal(byMark(t), undefined, t);
  // A note in brackets after the cut names what is cut; 常住 inside it makes no source mark.
  assert.ok(byMark('人口26.4万人。按城乡划分（常住人口），其中城镇…'));
  assert.ok(byMark('人口26.4万人 。 按城乡划分(常住人口) , 其中城镇…'), 'a web page may space the marks');
  assert.equal(byMark('按公安户籍人口统计，年末…'), undefined);
  // A cut by a usual dimension may run into its first member with no comma; never 分别, 分配 or 分类.
  for (const t of ['按城乡分城镇人口170.25万人', '按性别分男性人口162.30万人', '按产业分第一产业增加值…']) assert.ok(byMark(t), t);
  for (const t of ['按城乡分别统计…', '按行业分配资金…', '按规定分配…']) assert.equal(byMark(t), undefined, t);
  assert.equal(byMark('全县在全市考核中，排名第3位'), undefined, '在…中 inside a sentence is any phrase');
  for (const s of ['从管理渠道看，基本建设投资…', '从隶属关系看，中央项目…', '从性别看，男性人口…', '从消费形态看，商品零售…', '从零售总额的行业构成看，批发业…', '从各行业实现零售额的情况看，批发业…', '从各产业完成投资情况来看，第一产业…', '在总人口中男性人口为…', '主要用于以下方面：教育支出…', '用于以下几个方面：…', '从分乡镇来看：甲镇实现产值…', '分镇街看，甲街道…']) assert.ok(opensBreakdown(s), s);
  assert.equal(opensBreakdown('在全市考核中排名第3位'), false, '在…中 without punctuation only after a quantity word');
  for (const s of ['从全省看，全省生产总值…', '从增速看，工业增长…', '从全年看，…']) assert.equal(opensBreakdown(s), false, s);
});

test('remainders close a list; changes are no parts', () => {
  for (const s of ['；其余25项', '、其他', '其它收入', '，“三农”、科技等其他民生事业累计支出', '，设备更新、车辆购置及其他']) assert.ok(isRemainder(s), s);
  assert.equal(isRemainder('，其他县区及其他省份'), true);
  assert.equal(isRemainder('；及其他投资收益'), true); // the last item joined by 及 after `；`
  for (const s of ['，另其餘', '，另外其余', '，剩餘']) assert.ok(isRemainder(s), s); // 另 before the rest, as Taiwan writes it
  assert.equal(isRemainder('，另有项目'), false);
  assert.equal(isRemainder('；及时拨付资金'), false);
  assert.equal(isRemainder('，车辆购置及其他费用'), false);
  assert.equal(isRemainder('其中'), false);
  assert.equal(isRemainder('东部其他省市就业'), false);
  for (const s of ['比上年增加', '增长', '同比减少约', '增收', '同期增加支出', '减少收入', '比上年净增支出', '比按比例多支出', '少收入', '超年进度', '超序时进度', '同期多产糖', '比上季少榨', '多销', '元上涨', '价格下跌', '回落', '比预算超收', '短收', '比预算超支', '億元多出', '超过去年同期水平', '亿元多完成', '少完成']) assert.ok(changeBefore(s), s);
  for (const s of ['完成投资', '一般公共预算收入', '节约资金', '第一产业增加值', '民生支出', '专项转移支付调增支出', '至少销售', '多种经营收入', '至多完成', '完成']) assert.equal(changeBefore(s), false, s);
});

test('more families: 小春/大春, 限额以上/以下, 男/女, and traditional forms', () => {
  assert.equal(familyOf(['小春粮食产量', '大春粮食产量']), '小春/大春');
  assert.equal(familyOf(['限额以上消费品零售额', '限额以下消费品零售额']), '限额以上/以下');
  assert.equal(familyOf(['男', '女']), '男/女');
  assert.equal(familyOf(['行政单位资产总额', '事业单位资产总额']), '行政/事业单位');
  // A district's spending by level: its own, its subdistricts', its towns' (all three named).
  assert.equal(familyOf(['区本级支出', '、街道支出', '、镇支出']), '本级/街道/乡镇');
  assert.equal(familyOf(['县本级收入', '街道收入', '乡镇收入']), '本级/街道/乡镇');
  assert.equal(familyOf(['区本级支出', '街道支出']), undefined);
  // A province's allocation: its own level and the cities and counties; high technology's two halves.
  assert.equal(familyOf(['省级使用', '市县级使用']), '省级/市县级');
  assert.equal(familyOf(['高技术制造业实际使用外资', '高技术服务业实际使用外资']), '高技术制造业/服务业');
  assert.equal(familyOf(['省级使用', '县级使用']), undefined);
  assert.equal(familyOf(['水域面积', '陆域面积']), '水域/陆域');
  assert.equal(familyOf(['区本级支出', '街道支出', '镇村支出']), undefined);
  // Banks named for town or country are no residence classes.
  assert.equal(familyOf(['农村信用社的存款余额', '城市信用社的存款余额']), undefined);
  assert.equal(familyOf(['农村商业银行贷款', '城市商业银行贷款']), undefined);
  assert.equal(familyOf(['城镇居民人均可支配收入', '农村居民人均可支配收入']), '城镇/农村');
  assert.equal(familyOf(['轻工业', '重工业']), '轻工业/重工业');
  assert.equal(familyOf(['汉族人口', '少数民族人口']), '汉族/少数民族');
  assert.equal(familyOf(['漢族', '少數民族']), '汉族/少数民族');
  assert.equal(familyOf(['汉族人口', '回族人口']), undefined);
  assert.equal(familyOf(['在职', '退休', '离休']), '在职/退休/离休');
  assert.equal(familyOf(['在职人员', '离退休人员']), '在职/离退休');
  assert.equal(familyOf(['在职教职员工', '退（离）休教职工']), '在职/离退休');
  // Bare 在职 and 退休 make up the insured only (a staff count may have 离休 too).
  assert.equal(familyOf(['在职', '退休']), '在职/退休参保');
  assert.equal(familyNotUnder('在职/退休参保', '全校教职工'), true);
  assert.equal(familyNotUnder('在职/退休参保', '企业职工基本养老保险参保人数'), false);
  assert.equal(familyOf(['企业', '事业', '机关']), '企业/事业/机关');
  assert.equal(familyOf(['企业职工', '事业单位职工']), undefined);
  assert.equal(familyOf(['国税部门完成', '地税部门完成', '财政部门完成']), '国税/地税/财政部门');
  assert.equal(familyOf(['國稅部門完成', '地稅部門完成', '財政部門完成']), '国税/地税/财政部门');
  assert.equal(familyOf(['税务部门组织', '财政部门组织']), '税务/财政部门');
  // 国税 + 地税 is the whole only of the industrial and commercial taxes (财政部门 collects others).
  assert.equal(familyOf(['国税部门完成', '地税部门完成']), '国税/地税');
  assert.ok(familyNotUnder('国税/地税', '全县财政总收入'));
  assert.equal(familyOf(['税务部门完成', '财政部门安排支出']), undefined);
  assert.equal(familyOf(['新增债券', '再融资债券']), '新增/再融资债券');
  assert.equal(familyOf(['批发业零售额', '零售业零售额']), '批发/零售');
  assert.equal(familyOf(['批發業零售額', '零售業零售額']), '批发/零售');
  assert.equal(familyOf(['住宿业零售额', '餐饮业零售额']), '住宿/餐饮');
  assert.equal(familyOf(['批发业', '零售业', '住宿业', '餐饮业']), '批发/零售/住宿/餐饮');
  assert.equal(familyOf(['分散供养对象', '集中供养对象']), '分散/集中供养');
  assert.equal(familyOf(['上划中央收入', '上划省级收入', '地方收入']), '上划中央/省/地方');
  assert.equal(familyOf(['上劃中央收入', '上劃自治區收入', '上劃市級收入', '一般公共預算收入']), '上划中央/省/市/地方');
  assert.equal(familyOf(['上划中央收入', '税收收入', '地方收入']), undefined);
  assert.equal(familyOf(['管理人员', '工人', '专业技术人员']), '管理/专业技术/工勤');
  assert.equal(familyOf(['财政项目补助支出', '基本支出']), '基本支出/项目支出');
  // a wholesale-and-retail total is no member
  assert.equal(familyOf(['批发零售业零售额', '零售业零售额']), undefined);
  assert.equal(familyOf(['新增专项债券', '再融资债券']), '新增/再融资债券');
  assert.equal(familyOf(['男性职工', '女']), undefined);
  assert.equal(familyOf(['第一產業', '第二產業', '第三產業']), '一/二/三产业');
  assert.equal(familyOf(['商品零售', '餐飲收入']), '商品零售/餐饮收入');
});

test('budget balances: the total that names the whole, and the items only a balance lists', () => {
  for (const t of ['全县一般公共预算总收入', '收入总计为', '政府性基金预算总支出', '支出合计', '全县可用财力为', '一般公共预算可用资金']) assert.ok(BALANCE_TOTAL.test(t), t);
  for (const t of ['一般公共预算收入', '税收收入', '总收入增长']) assert.equal(BALANCE_TOTAL.test(t), false, t);
  for (const t of ['转移性收入', '上级补助收入', '调入资金', '上年结转', '动用预算稳定调节基金', '债务转贷收入', '上解上级支出', '省市转移支付收入', '新增一般债券收入', '新增专项债券']) assert.ok(BALANCE_ITEM.test(t), t);
  for (const t of ['税收收入', '非税收入', '教育支出', '转移支付支出', '债券']) assert.equal(BALANCE_ITEM.test(t), false, t);
});

test('what is left over of a balance', () => {
  for (const t of ['，年末结余', '，结转下年', '年终结转结余', '滚存结余为']) assert.ok(LEFT_OVER.test(t), t);
  for (const t of ['上年结余收入', '一般公共预算支出', '结余资金统筹使用', '、上年结余', '上年结转', '上年结余结转', '上年度结余']) assert.equal(LEFT_OVER.test(t), false, t);
});


test('innerIncludesAt: 包括 right after a part\'s figure opens that part\'s own list', () => {
  const cases: [string, string | undefined][] = [
    ['其中：甲类基金权益51.3亿元，包括本金46.1亿元，收益5.2亿元', '，包括'],
    ['其中：甲类资金800万元，其中包括贴息300万元', '，其中包括'],
    ['其中：甲类人员120人,包括：技术人员80人', ',包括：'],
    ['其中：接待费支出5,749.50元，占总支出的71.3%，具体是国内接待费5,749.50元', '，具体是'],
    // the list's own opener, or 包括 after a word, opens nothing inside it
    ['其中包括甲类基金51.3亿元，乙类基金2.1亿元', undefined],
    ['其中：甲类基金权益51.3亿元，乙类包括本金2.1亿元', undefined],
  ];
  for (const [text, mark] of cases) {
    const at = innerIncludesAt(text, 0, text.length);
    assert.equal(at, mark === undefined ? undefined : text.indexOf(mark), text);
  }
});

test('a clause `在…中` inside a list opens a breakdown of the part just named', () => {
  const text = '其中：上划中央收入4.3亿元，地方收入8.2亿元，在地方收入中：一般公共预算收入7.6亿元';
  assert.equal(innerBreakdownAt(text, 0, text.length), text.indexOf('，在'));
  // A page that lost the comma after a figure: the mark still opens the inner breakdown.
  const glued = '其中，谷物面积41.2万亩，减少3%在谷物面积中，玉米面积38.1万亩';
  assert.equal(innerBreakdownAt(glued, 0, glued.length), glued.indexOf('在'));
  const plain = '其中：上划中央收入4.3亿元，地方收入8.2亿元';
  assert.equal(innerBreakdownAt(plain, 0, plain.length), undefined);
  // Without a comma after 中, as long as 中 ends no word (中央, 中心 …).
  const bare = '其中土地面积为5200公顷，水域面积为1800公顷，在土地面积中耕地总面积为3600公顷';
  assert.equal(innerBreakdownAt(bare, 0, bare.length), bare.indexOf('，在'));
  const word = '其中省级资金380万元，在县级财政中央补助部分120万元';
  assert.equal(innerBreakdownAt(word, 0, word.length), undefined);
  // Only inside a list: a sentence that opens with it is byMark's.
  assert.equal(innerBreakdownAt('在总人口中：男性…', 0, 9), undefined);
  // `这里面又以…` / `其中又…` after a part points into that part.
  for (const nested of ['其中以纺织业为主，共210家、5120人，这里面又以棉纺企业96家、2310人最多', '其中以纺织业为主，共210家，其中又以棉纺企业96家最多', '其中以紡織業為主，共210家，這裡面又以棉紡企業96家最多']) {
    assert.equal(innerBreakdownAt(nested, 0, nested.length), nested.search(/，(?:这|這|其)/), nested);
  }
});

test('a part named as the whole of the family its total belongs to', () => {
  assert.equal(namesTheWholeOf('县属实现生产总值', '第三产业增加值'), true);
  assert.equal(namesTheWholeOf('第一产业增加值', '地区生产总值'), false); // the usual direction
  assert.equal(namesTheWholeOf('省市转移支付收入', '区本级累计可用财力合计'), false); // a budget line names one line of the income
  // (The whole's word must close the part's name: a subsidy paid out is spent, no whole of the levels.)
  assert.equal(namesTheWholeOf('补助下级支出', '省本级基金总支出'), false);
  assert.equal(namesTheWholeOf('丧葬抚恤补助支出', '省本级基金总支出'), false);
  assert.equal(namesTheWholeOf('税收收入', '一般公共预算收入'), false);
});

// The one home of 其中: every reading of the word goes through these (no copies in checks or relations).
const SUBSET_CASES: [string, { opens: boolean; names: boolean; list: boolean; continues: boolean }][] = [
  ['其中：税收收入7.2亿元', { opens: true, names: true, list: true, continues: true }],
  ['　其中，工业投资增长9%', { opens: true, names: true, list: false, continues: true }],
  ['税收收入7.2亿元，其中增值税3亿元', { opens: false, names: true, list: false, continues: false }],
  ['分产业看，第一产业增加值…', { opens: false, names: false, list: false, continues: true }],
  ['按登记注册类型分，国有企业…', { opens: false, names: false, list: false, continues: false }],
  ['全年地区生产总值231.7亿元', { opens: false, names: false, list: false, continues: false }],
];

test('其中 cues: opening a sentence, named anywhere, an explicit list, a continued breakdown', () => {
  for (const [text, want] of SUBSET_CASES) {
    assert.deepEqual(
      { opens: opensSubset(text), names: namesSubset(text), list: opensSubsetList(text), continues: continuesBreakdown(text) },
      want,
      text,
    );
  }
  assert.equal(withoutSubsetLead('其中：夏粮'), '夏粮');
  assert.equal(withoutSubsetLead('  其中 早稻'), '早稻');
  assert.equal(withoutSubsetLead('粮食总产量'), '粮食总产量');
});

test('kinds of one set name the items of one list without a shared tail', () => {
  const cases: [string, string, boolean][] = [
    ['稻谷产量', '甘薯', true],
    ['小麦', '马铃薯产量', true],
    ['稻谷产量', '油料产量', false],
    ['甘薯', '生猪出栏', false],
    ['公路', '水运', true],
    ['铁路货运量', '公路', true],
    ['公路', '稻谷', false],
    ['初中', '小学', true],
    ['学前教育资助', '义务教育阶段资助', true],
    ['小学', '公路', false],
  ];
  for (const [a, b, want] of cases) assert.equal(sameKindSet(a, b), want, `${a} / ${b}`);
});

test('members named bare say nothing of what they measure', () => {
  assert.equal(bareMembers('一/二/三产业', ['第一产业完成', '第二产业', '第三产业']), true);
  assert.equal(bareMembers('一/二/三产业', ['第一产业增加值', '第二产业增加值', '第三产业增加值']), false);
  assert.equal(bareMembers('一/二/三产业', ['第一产业', '第二产业投资', '第三产业']), false);
});

test('opposite members of a family name siblings, not parts', () => {
  const cases: [string, string, boolean][] = [
    ['本地固定电话用户', '移动电话用户', true],
    ['城镇居民人均可支配收入', '农村居民人均可支配收入', true],
    ['一般公共预算总收入', '转移性收入', false],
    ['本地固定电话用户', '乡村电话用户', false],
  ];
  for (const [a, b, want] of cases) assert.equal(oppositeMembers(a, b), want, `${a} / ${b}`);
});

test('a clause that takes a budget balance one step further', () => {
  for (const t of ['加上转移性收入', '；减去上解支出', '，再加上上年结转', '扣除专项上解']) assert.ok(opensBalanceStep(t), t);
  for (const t of ['加工贸易出口', '非税收入', '增加值', '减少支出']) assert.equal(opensBalanceStep(t), false, t);
});

test('an item without a subject of its own goes on about the item before it', () => {
  const cases: [string, string, boolean][] = [
    ['其中高新区实现开票收入', '，实现营业收入', true],
    ['经济开发区', '，完成投资', true],
    ['，实现出口', '实现进口', false],
    ['税收收入', '，非税收入', false],
    ['第一产业增加值', '；第二产业增加值', false],
    // A bare stage word counts how many of the item before reached it.
    ['其中5000万元以上项目', '，竣工', true],
    ['其中5000万元以上项目', '，目前已开工', true],
    ['其中新开工项目', '，竣工项目', false],
  ];
  for (const [first, later, expected] of cases) assert.equal(continuesItemBefore(first, later), expected, `${first} / ${later}`);
});

test('last year\'s amount: a comparison word, the year, and at most the indicator named again', () => {
  for (const t of ['比上年同期', '较上年决算数', '与2022年', '比上年专项转移支付收入', '较去年同期税收收入', '比上年的', '较2022年的', '較2013年同季的', '較去年同期的', '較原先預算的', '也較1年前的', '比两年前的', '较前年的']) assert.ok(comparisonBase(t), t);
  for (const t of ['比上年增加', '较上年增长', '比上年减少', '全年税收收入', '比上年提高', '与上年相比，税收收入', '較去年同季減少']) assert.equal(comparisonBase(t), false, t);
  // The same indicator at an earlier time, in a bracket after this period's figure.
  for (const t of ['产糖（上榨季同期产糖', '（去年同期销售', '(上年为', '（与首次估产的', '（与第一次估产的', '（上一年度', '（同期', '（上月底約為', '(上月份約為']) assert.ok(comparisonBase(t), t);
  // Brackets that break the figure down or name its unit stay readable as parts.
  for (const t of ['（其中城镇', '（含', '(城镇', '（上年结转', '（同比增长5%，上年', '（上年第四季度', '（上年四季度', '（上年12月', '（上年末']) assert.equal(comparisonBase(t), false, t);
});

test('crops that are no grain under a grain total; the two sides of one balance', () => {
  for (const p of ['烟叶种植面积', '；蔬菜面积', '烤烟产量', '油料面积']) assert.ok(notGrainUnder('粮食播种面积', p), p);
  for (const p of ['稻谷面积', '玉米产量', '薯类']) assert.equal(notGrainUnder('粮食播种面积', p), false, p);
  assert.equal(notGrainUnder('农作物播种面积', '蔬菜面积'), false);
  assert.ok(balanceSides('收入', '支出'));
  assert.ok(balanceSides('支', '收'));
  assert.equal(balanceSides('城镇', '农村'), false);
});

test('per-head totals summed over their per-head components only', () => {
  for (const t of ['全年城镇居民人均可支配收入', '农村居民人均纯收入', '，农村居民人均消费支出', '全体居民人均生活消费支出为', '农民工资性收入人均', '农民务工收入人均', '农村居民人均现金收入', '农民出售农产品的收入人均']) assert.ok(perHeadWhole(t), t);
  for (const t of ['人均地区生产总值', '城镇化率', '人均住房面积', '居民消费价格指数']) assert.equal(perHeadWhole(t), false, t);
  for (const p of ['其中：工资性收入', '；经营净收入', '财产性收入', '，转移净收入', '家庭经营收入', '食品烟酒支出', '；教育文化娱乐支出', '人均居住支出', '其中人均生产性现金收入', '；非生产经营性现金收入', '其中，出售种植业产品的收入人均', '；出售林产品的收入人均']) assert.ok(perHeadComponent(p), p);
  for (const p of ['其中，城镇居民', '农村居民人均可支配收入', '，城乡居民', '全体居民']) assert.equal(perHeadComponent(p), false, p);
  // A farmer's income by the industry it came from (older bulletins), closed by 其他.
  for (const p of ['其中：种植业', '，畜牧业', '第三产业收入', '，外出务工收入', '；本地务工收入人均', '，其他']) assert.ok(perHeadComponent(p), p);
  for (const p of ['其他农村居民', '其他地区']) assert.equal(perHeadComponent(p), false, p);
  assert.equal(familyOf(['工资性收入', '经营净收入', '财产净收入', '转移净收入']), '工资性/经营/财产/转移收入');
  assert.equal(familyOf(['工资性收入', '经营净收入', '转移净收入']), undefined);
});

test('size classes of firms and projects', () => {
  const cases: [string, string | undefined][] = [
    ['全县进出口过亿美元企业', '亿美元'],
    ['、过千万美元企业达', '千万美元'],
    ['其中亿元以上项目', '亿元'],
    ['3000万元以上项目', '3000万元'],
    ['超亿元企业', '亿元'],
    ['规模以上工业企业', undefined],
    ['新登记市场主体', undefined],
  ];
  for (const [name, expected] of cases) assert.equal(sizeClassOf(name), expected, name);
  assert.ok(otherSizeClass('进出口过亿美元企业', '过千万美元企业'));
  assert.equal(otherSizeClass('进出口过亿美元企业', '出口过亿美元企业'), false);
  assert.equal(otherSizeClass('外贸企业', '过千万美元企业'), false);
});

test('a sentence opening with 具体为： details the total before it', () => {
  for (const t of ['具体为：甲…', '具体为: 甲…', '具体如下：', '具体情况如下：', '明细为：']) assert.ok(detailOpenerEnd(t) >= 0, t);
  for (const t of ['具体为落实…', '其中：', '全县具体为：']) assert.equal(detailOpenerEnd(t), -1, t);
});

test('a sentence opening with `X收入中，` (without 在) breaks down that total', () => {
  for (const t of ['地方一般公共预算收入中，税收收入…', '全县总人口中：男性…', '固定资产投资中，工业投资…', '总人口中，男性…', '總人口中,男性…']) assert.ok(byMark(t), t);
  for (const t of ['工作中，我们…', '实施过程中，…', '全年税收收入完成12亿元，其中…']) assert.equal(byMark(t), undefined, t);
});

test('cues/breakdowns: a clause headed by the next member of a family ends a breakdown of the one before', () => {
  const rows: [string, string, boolean][] = [
    ['第二产业增加值86500万元，下降1.2%', '第三产业增加值305400万元', true],
    ['第二產業完成增加值', '第三產業完成增加值', true],
    ['城镇居民人均可支配收入', '农村居民人均可支配收入', true],
    // the same member, or a part of it, is no sibling
    ['第二产业增加值', '第二产业投资', false],
    ['第二产业增加值', '建筑业增加值', false],
    // the member must head the clause
    ['第二产业增加值', '全县工业对第三产业的带动', false],
  ];
  for (const [owner, head, sibling] of rows) assert.equal(nextMemberOf(owner, head), sibling, `${owner} / ${head}`);
});

test('cues/breakdowns: detail words after the total in its own sentence (`，分项情况是：`)', () => {
  for (const t of ['返还性收入5210万元，系基数性补助，分项情况是：甲…', '调增支出3.2亿元，具体为：甲…', '收入82万元,明细如下:甲…']) assert.ok(detailInside(t) !== undefined, t);
  // no figure before, or the words in another clause's middle
  for (const t of ['分项情况是：甲…', '返还性收入分项情况是：甲…', '收入82万元，主要用于具体为：']) assert.equal(detailInside(t), undefined, t);
  assert.equal(detailOpenerEnd('分项情况如下：甲'), '分项情况如下'.length);
});

test('cues/breakdowns: a clause turning to the stock so far ends a breakdown', () => {
  for (const t of ['，目前全区面积达到', '，截至目前累计', '；至此全县共有']) assert.ok(STOCK_CLAUSE.test(t), t);
  for (const t of ['，其中目标', '目前全区', '，当前形势']) assert.ok(!STOCK_CLAUSE.test(t), t);
});

test('cues/breakdowns: a balance\'s next step after a comma ends a 其中 list', () => {
  for (const t of ['，加上中央及市级转移支付', '，再加上上年结转', '；减去上解支出']) assert.ok(BALANCE_STEP_CLAUSE.test(t), t);
  for (const t of ['，扣除价格因素', '，加大投入', '加上转移支付']) assert.ok(!BALANCE_STEP_CLAUSE.test(t), t);
});

test('cues/breakdowns: a clause turning to another aspect ends a breakdown', () => {
  for (const t of ['；外资方面，', '；在出口方面：', '; 进口方面,']) assert.ok(ASPECT_CLAUSE.test(t), t);
  for (const t of ['，外资方面，', '；各方面', '；多方面的']) assert.ok(!ASPECT_CLAUSE.test(t), t);
});

test('cues/breakdowns: a clause naming the top of another cut ends a breakdown', () => {
  for (const t of ['，种植品种最多的镇为乙镇，23个品种', '；面积最大的是丙乡', '，其中产量最高的为丁村']) assert.ok(RANKED_CLAUSE.test(t), t);
  for (const t of ['，最多可达', '，比例最高', '，增长最快', '品种最多的镇为乙镇']) assert.ok(!RANKED_CLAUSE.test(t), t);
});

test('cues/breakdowns: some members of one family, each once, are a partial family', () => {
  assert.equal(partialFamily(['农业产值', '林业产值', '牧业', '渔业产值']), true);
  assert.equal(partialFamily(['城镇居民', '农村居民']), false); // the whole family: familyOf's business
  assert.equal(partialFamily(['农业产值', '农业产值']), false);
  assert.equal(partialFamily(['农业产值', '工业产值']), false);
  assert.ok(detailInside('可用财力为68240万元，具体构成如下：甲') !== undefined);
});

test('cues/breakdowns: the total an opening 在X中 names', () => {
  assert.equal(inMarkName('在粮食作物播种面积中，谷物…'), '粮食作物播种面积');
  assert.equal(inMarkName('在总人口中：男性…'), '总人口');
  assert.equal(inMarkName('总人口中，男性…'), '总人口');
  // A numbered heading glued before the date by a page that lost its line breaks.
  assert.equal(inMarkName('二、城乡构成2023年年末全区常住人口中，城镇人口…'), '全区常住人口');
  assert.equal(inMarkName('2023年年末全区常住人口中，城镇人口…'), '全区常住人口'); // 年末 after the year is the date's
  assert.equal(inMarkName('總人口中，男性…'), '總人口');
  // A date may open the mark; an age range may follow it with no comma.
  assert.equal(inMarkName('2022年末全市常住人口中，0—14岁人口…'), '全市常住人口');
  assert.equal(inMarkName('全市常住人口中0-14岁人口为…'), '全市常住人口');
  assert.equal(inMarkName('百岁老人中，女性…'), '百岁老人');
  assert.equal(inMarkName('从业人员中，男性…'), '从业人员');
  assert.equal(inMarkName('全市常住人口中2人…'), undefined);
  assert.equal(inMarkNeedsName('总人口中，男性…'), false);
  // No punctuation after 中: the amount word must end the name, and 中 must not start a word of its own.
  assert.equal(inMarkName('基本支出中人员经费3921万元'), '基本支出');
  assert.equal(inMarkName('一般公共预算收入中的税收收入4.3亿元'), '一般公共预算收入');
  assert.equal(inMarkName('在财政支出中基本建设支出增长2倍'), '财政支出');
  for (const t of ['财政收入中央级部分…', '扶持投资中小企业…', '全县考核中排名第3位']) assert.equal(inMarkName(t), undefined, t);
  assert.equal(inMarkNeedsName('地方级收入中税收收入43亿元'), true);
  assert.equal(inMarkNeedsName('在总人口中，男性…'), false);
  assert.equal(inMarkName('其中，在粮食作物中，'), undefined);
});

test('cues/breakdowns: an amount followed by its uses opens a list of them', () => {
  const rows: [string, number][] = [
    ['新增专项债券8.7亿元，用于市政建设6.1亿元，交通1.2亿元', 1],
    ['安排资金3200万元，主要用于农田水利1800万元', 1],
    ['债券4.6亿元，用于教育1.1亿元；专项债券6.2亿元，用于市政5.1亿元', 2],
    ['资金主要用于项目建设', 0], // no amount before it
    ['用于偿还到期债务', 0],
  ];
  for (const [text, n] of rows) assert.equal(useListStarts(text).length, n, text);
});

test('a bracket after a figure that may list some parts only', () => {
  for (const t of ['其中：中央资金3000万元', '含上级补助1.2亿元', '主要是税收收入', '新建道路、桥梁等']) assert.ok(partialBracket(t), t);
  for (const t of ['中央新增投资46000万元，银行贷款80763万元', '公办21230人，民办2794人']) assert.equal(partialBracket(t), false, t);
});

test('a 人口中 mark inside a sentence opens a breakdown of the population before it', () => {
  const t = '某乡辖区人口30000人，其中城镇常住人口2400人，城镇化率8%，总人口中，男性14400人';
  assert.deepEqual(midInMark(t), { index: t.indexOf('，总人口中'), end: t.indexOf('男性'), name: '总人口' });
  assert.ok(midInMark('…占52%；人口中：男性…'));
  for (const x of ['总人口中，男性…', '其中，在粮食作物中，', '，在总收入中，国税…', '，收入中，税收…']) assert.equal(midInMark(x), undefined, x);
  // Straight into a member of sex, residence or age, with no punctuation after 中.
  const u = '常住人口总数为19856人，常住人口中男性有10377人，女性有9479人';
  assert.deepEqual(midInMark(u), { index: u.indexOf('，常住人口中'), end: u.indexOf('男性'), name: '常住人口' });
  assert.equal(midInMark('，人口中心城区'), undefined);
});

test('an inner `X中` clause with no 在 (`，二产业中工业增加值…`), named for the caller to match', () => {
  const names = (t: string) => innerNamedMarks(t, 0, t.length).map((m) => m.name);
  assert.deepEqual(names('第二产业增加值35100万元，二产业中工业增加值26800万元'), ['二产业']);
  assert.deepEqual(names('；地方收入中税收收入3.2亿元'), ['地方收入']);
  for (const t of ['，其中工业…', '，在总收入中，…', '，收入中央级…', '，园区中小企业…', '，全县考核中排名', '，两年中']) assert.deepEqual(names(t), t === '，全县考核中排名' ? ['全县考核'] : [], t);
});

test('families that cut their total in two halves', () => {
  for (const labels of [['男性', '女性'], ['非农业人口', '农业人口'], ['城镇居民', '农村居民'], ['出口', '进口']]) assert.ok(halvesOf(familyOf(labels)), labels.join('/'));
  // 税收/非税 is followed by 上级补助 in many town budgets; 批发/零售 by 住宿/餐饮.
  for (const labels of [['税收收入', '非税收入'], ['批发业', '零售业']]) assert.equal(halvesOf(familyOf(labels)), false, labels.join('/'));
  assert.equal(halvesOf(undefined), false);
});

test('social insurances never hold one another', () => {
  const cases: [string, string, boolean][] = [
    ['参加基本养老保险人数', '参加城镇职工基本医疗保险人数', true],
    ['城乡居民医保参保人数', '参加失业保险人数', true],
    ['参加基本养老保险人数', '参加城镇基本养老保险人数', false],
    ['参加基本养老保险人数', '新增就业人数', false],
    ['社会保险参保人数', '参加医疗保险人数', false],
  ];
  for (const [total, name, want] of cases) assert.equal(anotherKind(total, name), want, `${total} / ${name}`);
});

test('a closing 其他 item that repeats the total\'s name is the rest of the whole total', () => {
  const cases: [string, string, boolean][] = [
    ['，其他从业人员', '从业人员', true],
    ['，其他农作物播种面积', '全县农作物播种面积', true],
    ['，其他投资', '固定资产投资', false],
    ['，其他行业', '规模以上工业增加值', false],
    ['，其他从业人员', '在岗职工', false],
    // A land class names its own residual sub-class in two characters; other two-character names do not.
    ['，其他林地', '林地', true],
    ['，其他草地', '全县草地', true],
    ['，其他收入', '收入', false],
    // A fund's statement lists every source and use: its 其他收入 / 其他支出 closes the whole flow.
    ['，其他收入', '职工基本医疗保险基金收入', true],
    ['，其他支出', '城乡居民医保基金支出', true],
    ['，其他支出', '一般公共预算支出', false],
    ['，其他收入', '一般公共预算收入', false],
    ['，其他园地', '种植园用地', true],
    ['，其他园地', '建设用地', false],
    // The rest of what the total is of, named inside it (its object, not its measure).
    ['，其它药材', '药材产业', true],
    ['，其他机动车', '全省机动车保有量', true],
    ['，其他投资', '工业投资增长', false],
    ['，其他项目', '重点项目建设', false],
    // …with the measure after the object.
    ['，其他瓜菜种植面积', '冬春瓜菜面积', true],
    ['，其他水果产量', '全县水果总产量', true],
    ['，其他作物种植面积', '粮食播种面积', false],
    // Items named before 等其他 stand for the rest, named after it.
    ['及奖励补助、困难县补助等其他均衡性转移支付', '均衡性转移支付', true],
    ['及奖励补助等其他项目', '重点项目建设', false],
  ];
  for (const [label, total, want] of cases) assert.equal(restOfWhole(label, total), want, `${label} / ${total}`);
});

test('age groups from an open lower group through adjoining spans to an open upper one cover every age', () => {
  const cases: [string[], boolean][] = [
    [['年龄35岁及以下的有', '年龄36至54岁之间的有', '年龄55岁及以上的有'], true],
    [['14岁以下', '15—64岁', '65岁以上'], true],
    [['0-14岁', '15-64岁', '65岁及以上'], true],
    [['18岁以下', '19—35岁', '36—60岁', '61岁以上'], true],
    [['14岁以下', '20—64岁', '65岁以上'], false],
    [['5-14岁', '15-64岁', '65岁以上'], false],
    [['14岁以下', '15—64岁'], false],
    [['60岁以上', '80岁以上'], false],
    // Oldest first: the same groups read backwards.
    [['80岁以上的', '70-79岁的', '60-69岁的', '40-59岁的', '40岁以下的'], true],
    [['80岁以上的', '70-79岁的', '40-59岁的', '40岁以下的'], false],
  ];
  for (const [labels, want] of cases) assert.equal(ageRangesCover(labels), want, labels.join('/'));
});

test('a label that names an age', () => {
  const cases: [string, boolean][] = [
    ['年龄35岁及以下的', true],
    ['，60周岁以上', true],
    ['36至54岁之间的', true],
    ['女性', false],
    ['岁末', false],
  ];
  for (const [label, want] of cases) assert.equal(namesAge(label), want, label);
});

test('a total named as the second and third sectors, and a clause headed by one of them', () => {
  const totals: [string, string | undefined][] = [
    ['全县第二产业和第三产业法人单位从业人员', '法人单位从业人员'],
    ['共有第二、三产业法人单位', '法人单位'],
    ['二、三产业个体经营户有', '个体经营户'],
    ['全县第三产业法人单位', undefined],
    ['第一、二产业', undefined],
  ];
  for (const [label, want] of totals) assert.equal(secondAndThirdTotal(label), want, label);
  assert.deepEqual(oneSectorHead('第二产业从业人员'), { sector: 2, measure: '从业人员' });
  assert.deepEqual(oneSectorHead('第三产业有'), { sector: 3, measure: '' });
  assert.equal(oneSectorHead('第一产业从业人员'), undefined);
  assert.equal(oneSectorHead('其中工业'), undefined);
});

test('a sentence opened by a scope mark, not by a cut', () => {
  const cases: [string, boolean][] = [
    ['全县常住人口中，流动人口2万人', true],
    ['在一般公共预算支出中，教育支出3亿元', true],
    ['从项目批次来看，续建项目…', false],
    ['按产业分，第一产业…', false],
    ['全县流动人口2万人', false],
  ];
  for (const [text, want] of cases) assert.equal(opensScopeMark(text), want, text);
});


test('a list opened by a classification (按行业划分：) is its classes, at its colon or right after', () => {
  const text = '总收入1366.1万元,按行业划分:农业收入867.5万元;牧业收入403万元';
  const colon = text.indexOf(':');
  assert.ok(classifiedList(text, colon));
  assert.ok(classifiedList(text, colon + 1));
  assert.ok(!classifiedList('总收入1366.1万元,其中:农业收入867.5万元', text.indexOf(':')));
  assert.ok(!classifiedList('总收入1366.1万元,按行业划分,农业收入867.5万元', colon + 1), 'no colon: no explicit list');
});

test('figureInMark: an amount followed by 中 and a mark opens its parts', () => {
  const cases: [string, boolean][] = [
    ['新增债券754.5亿元中，省级使用150亿元', true],
    ['全县户籍人口52400人中：男性26800人', true],
    ['在全县8620亩的设施农业总面积中，大棚5120亩', true],
    ['在年内拨付的85.6亿元专项资金里，含中央资金61.2亿元', true], // 里 says what 中 says (s49)
    ['全年里，完成投资12亿元', false],
    ['共投入3200万元的资金，其中', false],
    ['2023年中，全县完成投资12亿元', false],
    ['上半年中，增速回落', false],
    ['投资12亿元，其中工业5亿元', false],
  ];
  for (const [text, want] of cases) assert.equal(figureInMark(text) !== undefined, want, text);
});

test('byMarkMeasure: the measure a cut mark names', () => {
  const cases: [string, string | undefined][] = [
    ['从农民人均纯收入构成看，', '收入'],
    ['从人均消费支出结构看，', '支出'],
    ['从我省对外投资主体来看，', '投资'],
    ['从投资主体看，', '投资'],
    ['从资金来源看，', undefined],
    ['从行业看，', undefined],
    ['按地区分，', undefined],
  ];
  for (const [mark, want] of cases) assert.equal(byMarkMeasure(mark), want, mark);
});

test('countNamedPlaces: a total clause that counts its members', () => {
  assert.equal(countNamedPlaces('实际利用广东、北京、浙江、上海、江苏、山东六省市资金3935.1亿元，占全省63.5%，'), 6);
  assert.equal(countNamedPlaces('三个县区共完成投资90亿元，'), 3);
  assert.equal(countNamedPlaces('全市完成投资90亿元，'), undefined);
  // Projects, villages and communities counted, a few words between the count and the noun.
  assert.equal(countNamedPlaces('我市3个以工代赈项目获得补助资金960万元，'), 3);
  assert.equal(countNamedPlaces('全镇4个村共获得奖补资金80万元，'), 4);
  assert.equal(countNamedPlaces('项目共获得资金960万元，'), undefined);
});

test('countNamedInSentence: the one counted group a sentence names', () => {
  assert.equal(countNamedInSentence('我市3个以工代赈项目通过省级遴选，获得补助资金960万元。'), 3);
  assert.equal(countNamedInSentence('全市获得补助资金960万元。'), undefined);
  // Two counted groups: which one the list after shares out is not written.
  assert.equal(countNamedInSentence('全市5个乡镇12个村获得补助资金960万元。'), undefined);
});

test('ordinalListStart: items counted off with 一是 and 二是', () => {
  assert.equal(ordinalListStart('一是安排公用经费820万元；二是安排补助310万元。'), 0);
  assert.equal(ordinalListStart('主要做法：一是加强领导；二是完善制度。'), 5);
  assert.equal(ordinalListStart('统一是关键，二是其次。'), undefined);
  assert.equal(ordinalListStart('一是安排公用经费820万元。'), undefined);
});

test('complementPair: a class and its complement', () => {
  assert.equal(complementPair(['在编', '非在编']), '在编/非在编');
  assert.equal(complementPair(['，公有制经济', '非公有制经济']), '公有制经济/非公有制经济');
  assert.equal(complementPair(['在编', '临聘']), undefined);
  // The change that reached each level is no part of the name (`居民部分增89.6%至A；非居民部分升至B`).
  assert.equal(complementPair(['居民部分增89.6%至', '；非居民部分升至']), '居民部分/非居民部分');
  // The complement may leave a word of the class's name out; only inside it, the ends kept.
  assert.equal(complementPair(['房地产开发投资', '非房地产投资']), '房地产开发投资/非房地产投资');
  assert.equal(complementPair(['房地产开发投资', '非工业投资']), undefined);
  assert.equal(complementPair(['房地产开发投资', '非房地产开发']), undefined);
  assert.equal(complementPair(['已参保', '未参保']), '已参保/未参保');
  assert.equal(complementPair(['就业', '未就业']), '就业/未就业');
  assert.equal(complementPair(['已参保', '未就业']), undefined);
  assert.equal(complementPair(['农业人口', '非农业人口', '外来人口']), undefined);
  // Examples of the complement before it (`…等非…`) are no part of its name.
  assert.equal(complementPair(['耕地灌溉面积', '园林草地等非耕地灌溉面积']), '耕地灌溉面积/非耕地灌溉面积');
  assert.equal(complementPair(['耕地灌溉面积', '林地、草地等非耕地灌溉面积']), '耕地灌溉面积/非耕地灌溉面积');
  assert.equal(complementPair(['耕地灌溉面积', '园林草地等灌溉面积']), undefined);
});

test('cues/breakdowns: a total whose name counts its parts (“五大任务”, 三大攻坚战, “四种形态”)', () => {
  const cases: [string, number | undefined][] = [
    ['保障“五大任务”支出152.86亿元', 5],
    ['三大攻坚战投入', 3],
    ['运用“四种形态”批评教育帮助和处理共6320人次', 4],
    ['全年一般公共预算支出', undefined],
    ['三种颜色', undefined], // a count of something else than forms
    ['“三保”支出共计', 3],
    ['“三公”经费支出', 3],
    ['三保障', undefined], // no quoted set
  ];
  for (const [text, n] of cases) assert.equal(countNamedBy(text), n, text);
});

test('a sentence opening a counted-off point (三是, 其二, 第三，) starts a new subject', () => {
  for (const s of ['三是客车、摩托车是死亡事故的主要车型。', '其二，农村地区事故多发。', '第三，夜间事故比重上升。']) assert.ok(opensPoint(s), s);
  for (const s of ['全年共发生事故1061起。', '其中摩托车事故968起。', '这是第三次普查。']) assert.equal(opensPoint(s), false, s);
});

test('a total named by two members joined with 和/及/与 is covered by one part of each', () => {
  const cases: [string, string[], string | undefined][] = [
    ['全县住宿和餐饮业营业额', ['住宿业营业额', '餐饮业营业额'], '住宿/餐饮'],
    ['工资和福利支出', ['其中工资支出', '福利支出'], '工资/福利'],
    ['公务用车购置及运行维护费', ['公务用车购置费', '公务用车运行维护费'], '购置/运行'],
    ['人均交通和通信支出', ['人均交通费用支出', '人均通信支出'], '交通/通信'],
    // A third member listed before them: a subset.
    ['教育、科技和文化支出', ['科技支出', '文化支出'], undefined],
    // Parts that do not open with the members, or three parts.
    ['住宿和餐饮业营业额', ['限额以上住宿业营业额', '餐饮业营业额'], undefined],
    ['住宿和餐饮业营业额', ['住宿业', '餐饮业', '其他'], undefined],
    ['营业收入', ['住宿业营业额', '餐饮业营业额'], undefined],
  ];
  for (const [total, labels, want] of cases) assert.equal(membersJoinedBy(total, labels), want, total + ' ← ' + labels.join('|'));
});

test('countsAnotherThing: a count whose noun after it no part shares counts another thing', () => {
  const cases: [string, string[], boolean][] = [
    ['公共服务领域，包括', ['包括交通运输项目', '市政工程项目'], true],
    ['乡镇，其中', ['其中建制镇', '乡'], false],
    ['乡镇，其中', ['其中行政村', '社区'], true], // villages are no townships
    ['，其中', ['国有企业', '民营企业'], false], // no noun after the figure
    ['标准化养殖场，其中', ['其中生猪场', '牛场'], false],
  ];
  for (const [after, labels, want] of cases) assert.equal(countsAnotherThing(after, labels), want, after + labels.join('/'));
});

test('eachOfSeveral: one figure for each of several subjects (市、县分别配套)', () => {
  for (const l of ['，市、县分别配套资金', '，市县两级分别', '，省和市分别安排']) assert.ok(eachOfSeveral(l), l);
  for (const l of ['，市级配套资金', '，分别为', '，省级配套']) assert.equal(eachOfSeveral(l), false, l);
});

test('membersListedByTotal: a total whose name lists its parts', () => {
  const rows: [string, string[], string | undefined][] = [
    ['全国铁路、道路、水路、民航共发送旅客', ['铁路发送旅客', '道路发送旅客', '水路发送旅客', '民航发送旅客'], '铁路/道路/水路/民航'],
    ['宁波-舟山港完成货物吞吐量', ['，宁波港域完成', '舟山港域完成'], '宁波/舟山'],
    ['城区和园区税收', ['其中城区', '园区'], '城区/园区'],
    // More members named than parts: open.
    ['铁路、公路、水运共完成投资', ['铁路完成投资', '公路完成投资'], undefined],
    ['全县工农业总产值', ['工业总产值', '农业总产值'], undefined],
    ['全市生产总值', ['第一产业', '第二产业'], undefined],
  ];
  for (const [total, labels, name] of rows) assert.equal(membersListedByTotal(total, labels), name, total);
});

test('familyOf: in and out through a port', () => {
  assert.equal(familyOf(['入境', '出境']), '入境/出境');
  assert.equal(familyOf(['进境货运量', '出境货运量']), '入境/出境');
  assert.ok(familyNotUnder('入境/出境', '全年接待游客'));
  assert.ok(!familyNotUnder('入境/出境', '出入境人员'));
});

test('includesOtherPart: a bracket after a part that says it includes another part', () => {
  assert.ok(includesOtherPart('（含大学生）。', ['大学生入伍人数']));
  assert.ok(includesOtherPart('(包括大学生在内)', ['，大学生']));
  assert.ok(!includesOtherPart('（含大学生）。', ['农村青年']));
  assert.ok(!includesOtherPart('，占25%', ['大学生入伍人数']));
});

test('familyOf: births (or claims) by order', () => {
  assert.equal(familyOf(['一孩', '二孩', '三孩及以上']), '一孩/二孩/三孩及以上');
  assert.equal(familyOf(['一孩', '二孩']), undefined);
});

/** words right before a figure → how many items share it (`各`), 'unknown', or undefined (no such clause). */
const EACH_CASES: [string, number | 'unknown' | undefined][] = [
  ['，包括一般公共服务支出、教育支出、援助其他地区支出各', 3],
  ['，国防支出、科技支出以及资源勘探工业信息等支出各', 3],
  ['城乡社区支出、农林水支出各为', 2],
  // 和, 及, 与 may join two items or stand inside one name (社会保障和就业支出): not counted.
  ['，文化旅游体育与传媒支出、卫生健康支出各', 'unknown'],
  ['，教育支出和科技支出各', 'unknown'],
  // No list before 各, or 各 opening a name.
  ['其他支出各', undefined],
  ['，各项收入', undefined],
];

test('itemsSharingEach: the items that one amount after 各 goes to each', () => {
  for (const [before, want] of EACH_CASES) assert.equal(itemsSharingEach(before), want, before);
});

test('membersNamedBy: single characters listed with 、 (省、市重点项目) name the whole list, whatever family its measure has', () => {
  assert.equal(membersNamedBy('省、市重点项目总投资', ['省重点项目总投资', '市重点项目总投资']), '省/市');
  // Without the 、 the total's measure (投资) is left to the family of levels (中央, 省级, 市级).
  assert.equal(membersNamedBy('省市重点项目总投资', ['省重点项目总投资', '市重点项目总投资']), undefined);
});

test('cues/breakdowns: a figure named as the total after something is counted in restates the total', () => {
  const cases: [string, string, boolean][] = [
    ['（含上年净结余165万元后的总财力为', '全区含基金的总财力为', true],
    ['扣除一次性因素后的收入', '一般公共预算收入', true],
    ['（含追加调整后预算', '年初预算', true], // the same budget at another footing
    ['后的支出', '一般公共预算收入', false],
    ['省属国有企业盈亏相抵后利润总额', '全省国有企业盈亏相抵后利润总额', false], // a measure's own name, no restatement
  ];
  for (const [label, total, want] of cases) assert.equal(restatesTotalAfter(label, total), want, `${label} / ${total}`);
});

test('BOUND_CLAUSE: a clause that holds the whole to a ceiling ends the parts', () => {
  for (const t of ['，控制在全国人大批准的债务余额限额之内', ',控制在限额以内', '；均低于限额', '，未超过省下达的限额', '，總體未突破']) assert.ok(BOUND_CLAUSE.test(t), t);
  for (const t of ['控制在', '，其中控制在', '，限额以内的部分']) assert.ok(!BOUND_CLAUSE.test(t), t);
});

test('familyOf: the 而 and 则 of a contrast are no part of a member\'s name', () => {
  assert.equal(familyOf(['，出口额为', '而进口额则为']), '出口/进口');
});

test('familyOf: solar capacity by power stations and distributed sites; wind capacity on land and offshore', () => {
  assert.equal(familyOf(['，光伏电站', '分布式光伏']), '集中式/分布式光伏');
  assert.equal(familyOf(['集中式光伏', '分布式光伏']), '集中式/分布式光伏');
  assert.equal(familyOf(['陆上风电', '海上风电']), '陆上/海上风电');
  assert.equal(familyOf(['分布式光伏']), undefined);
});

test('familyOf: a bank\'s loans by the five categories; Taiwan\'s unit and attached-unit budgets', () => {
  assert.equal(familyOf(['正常贷款', '关注类贷款']), '正常/关注类贷款');
  assert.equal(familyOf(['次级类贷款', '可疑类贷款', '损失类贷款']), '次级/可疑/损失类贷款');
  assert.equal(familyOf(['單位預算', '附屬單位預算']), '单位预算/附属单位预算');
  assert.equal(familyOf(['附屬單位預算', '附屬單位預算']), undefined);
});

test('familyOf: a province\'s money between itself and its cities and counties', () => {
  assert.equal(familyOf(['省级安排', '转贷市县']), '省级/市县级');
  assert.equal(familyOf(['，省本级', '市县']), '省级/市县级');
  assert.equal(familyOf(['省级安排']), undefined);
});

test('withSubsetAliases: Hong Kong\'s and Macao\'s 當中 opening a breakdown reads as 其中, offsets kept', () => {
  const cases: [string, string][] = [
    ['投資收入3310億元。當中，債券投資收益1422億元', '投資收入3310億元。其中，債券投資收益1422億元'],
    ['入境旅客95万人次，当中：珠海市旅客24万人次', '入境旅客95万人次，其中：珠海市旅客24万人次'],
    // no mark after it, or inside a word: no opener
    ['在进出口企业当中民营企业进出口1569亿元', '在进出口企业当中民营企业进出口1569亿元'],
    ['当中央财政下达资金后，', '当中央财政下达资金后，'],
    // after a comma it may run straight on into the first name (Macao)
    ['内地旅客95万人次，当中珠海市旅客24万人次', '内地旅客95万人次，其中珠海市旅客24万人次'],
    ['资金到位后，当中央资金下达时', '资金到位后，当中央资金下达时'],
    // at a sentence's start, straight into the first name (Hong Kong's monetary authority)
    ['至247億元。當中涉及一手市場的貸款至101億元', '至247億元。其中涉及一手市場的貸款至101億元'],
    ['当中老年人口增多。', '当中老年人口增多。'],
    ['当中学毕业生返乡时，', '当中学毕业生返乡时，'],
  ];
  for (const [text, want] of cases) {
    const got = withSubsetAliases(text);
    assert.equal(got, want, text);
    assert.equal(got.length, text.length);
  }
});

test('a part with no name (namesNoPart) and a bracket of what a total holds (opensHoldingBracket)', () => {
  for (const w of ['其中', '其中：', '當中，', '']) assert.equal(namesNoPart(w), true, w);
  for (const w of ['其中工业', '业务费', '其中，农村']) assert.equal(namesNoPart(w), false, w);
  for (const t of ['（含业务费', ' (包括', '（其中：']) assert.equal(opensHoldingBracket(t), true, t);
  for (const t of ['（详见表1）', '，含业务费', '（同比增长']) assert.equal(opensHoldingBracket(t), false, t);
});

test('a third kind after 国内 and 国际 (thirdKindAfterHalves): named with their rest', () => {
  assert.equal(thirdKindAfterHalves('国内/国际', '国内航线', '地区航线'), true);
  assert.equal(thirdKindAfterHalves('国内/国际', '国内航线', '地航线区'), true);
  assert.equal(thirdKindAfterHalves('国内/国际', '国内航线', '货运航线'), true);
  assert.equal(thirdKindAfterHalves('国内/国际', '国内游客', '一日游游客'), true);
  assert.equal(thirdKindAfterHalves('国内/国际', '国内航线', '通航城市'), false);
  assert.equal(thirdKindAfterHalves('男/女', '男性人口', '农业人口'), false);
});

test('payers sharing a cost (payersSharingCost): how many are named before 分别负担', () => {
  const payers = { 公务预算及作业基金分别负担: 2, '，省、市、县分別負擔': 3, 中央和地方分别承担: 2 };
  for (const [label, n] of Object.entries(payers)) assert.equal(payersSharingCost(label), n, label);
  // Spent, not borne; or one payer alone.
  for (const label of ['省、市分别投入', '作业基金负担']) assert.equal(payersSharingCost(label), undefined, label);
});

test('RANKED_PICK: items named as the leaders of a ranking', () => {
  for (const t of ['成都、广州和武汉人口总量位居前三', '甲、乙、丙排名前3', '其中前五位是甲、乙']) assert.equal(RANKED_PICK.test(t), true, t);
  for (const t of ['成都、广州和武汉', '甲、乙、丙三个县', '比上年前移两位']) assert.equal(RANKED_PICK.test(t), false, t);
});

test('opensAt: a breakdown mark opens its sentence after brackets and an adverb, not after a subject', () => {
  const rows: [string, string, boolean][] = [
    ['分行业看，农业…', '分行业看', true],
    ['具体分行业看，农业…', '分行业看', true],
    ['（数据四舍五入）按城乡分，城镇…', '按城乡分', true],
    ['全市分行业看，农业…', '分行业看', false],
  ];
  for (const [text, mark, opens] of rows) assert.equal(opensAt(text, text.indexOf(mark)), opens, text);
});

const SOURCE_WORDS: [word: string, all: boolean][] = [
  ['资金来源为', true],
  ['资金来源：', true],
  ['資金來源為', true],
  ['资金筹措方案为', true],
  ['资金来源主要为', false],
  ['包括', false],
];

test('cues/breakdowns: a list of sources named in full (资金来源为), not the main ones (主要为), nor closed by 等', () => {
  for (const [word, all] of SOURCE_WORDS) assert.equal(namesAllSources(word), all, word);
  assert.ok(closesWithEtc('等，请…'));
  assert.ok(closesWithEtc('（某财农〔2024〕8号）等'));
  assert.ok(!closesWithEtc('，请项目业主单位…等'));
});


test('rankingOpenBefore: 以 after a clause mark opens a ranking closed by a superlative in its clause', () => {
  const t = '损失计2034万元，以甲县损失916万元（占45%）最多，其次是乙县625万元';
  const cases: [string, number, number][] = [
    [t, t.indexOf('（占'), t.indexOf('以')],
    [t, t.indexOf('以'), -1],
    ['损失计2034万元，以甲县为主，乙县625万元', 20, -1],
    ['损失计5348萬元，以嘉義縣損失3970萬元占74%最嚴重', 26, 10],
    ['损失计5348万元，以人工修复为主，共修复120公顷，效果最好', 30, -1],
  ];
  for (const [text, end, at] of cases) assert.equal(rankingOpenBefore(text, end), at, `${text} @${end}`);
});

test('milestoneFigure: a threshold an item crossed (首次突破X, 突破X大关) is no item of a list', () => {
  const cases: [string, string, boolean][] = [
    ['单月进口规模历史首次突破', '', true],
    ['首度站上', '', true],
    ['，突破', '大关，', true],
    ['，超过', '，', false], // a bound of its own, not a milestone
    ['进口', '，', false],
  ];
  for (const [before, after, want] of cases) assert.equal(milestoneFigure(before, after), want, before + '|' + after);
});

test('restOfOneClassing: a closing 其他 class that none of the listed classes lies in is the rest of one classing (s49)', () => {
  const cases: [string[], boolean][] = [
    [['助学类项目', '助残类项目', '助老类项目', '其他公益类项目'], true],
    [['，助学类项目', '、助残类项目', '、以及其他公益类项目'], true],
    // The rest of the 福利 classes only: the whole may hold classes of another kind.
    [['老年福利类项目', '儿童福利类项目', '其他福利类项目'], false],
    // Not every item is named by the classifier.
    [['助学类项目', '助残资金', '其他公益类项目'], false],
    // Two items and a rest say too little.
    [['助学类项目', '其他公益类项目'], false],
    [['助学类项目', '助残类项目', '其他项目'], false],
  ];
  for (const [labels, want] of cases) assert.equal(restOfOneClassing(labels), want, labels.join(' | '));
});

test('rankedByFigure: an amount a subject ranks by (以A的销售成绩排名第二) is its own amount (s49)', () => {
  const cases: [string, string, boolean][] = [
    ['上半年以', '的销售成绩排名第二，其中', true],
    ['全年以', '的成交额位居全省首位', true],
    ['上半年以', '的销售额，增长5%', false], // no ranking after the name
    ['完成年度计划', '的96%', false], // the base of a rate
  ];
  for (const [before, after, want] of cases) assert.equal(rankedByFigure(before, after), want, before + '…' + after);
});

test('countLeadOnly: the words before a count that opens a clause as its subject (其中有N个单位…) (s49)', () => {
  for (const h of ['其中有', '；另有', ' ', '，还有 ', '']) assert.ok(countLeadOnly(h), JSON.stringify(h));
  for (const h of ['其中省级', '有机茶叶', '新增']) assert.equal(countLeadOnly(h), false, h);
});
