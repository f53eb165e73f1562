// Every stated total with its parts, as sum-mismatch and the 万/亿 slip search read them: the
// parts regions of sentences (partitions.ts), GDP and its sectors stated apart (sectorSums.ts),
// budget balances (balances.ts, balanceLists.ts), balance sheets (balanceSheets.ts), births and deaths (vitals.ts), net flows (netFlows.ts), this year = last year ± change, adjustments and
// remainders (differences.ts), two named amounts and the gap between them (namedDifferences.ts), a whole named first in a 分别 list (wholeFirstLists.ts), a housing fund's balance and its uses (fundUses.ts), a one-part 其中 completed by its complement in the next sentence
// (complementNext.ts), a 其中 list whose items' counts add up to the total's (countBacked.ts), parts whose shares of one stated whole make 100 % (sharedWholes.ts). A total already read by an earlier source is not read again by a later one.

import type { Model } from '../checks/check';
import { findPartitions, type Partition } from './partitions';
import { completedByNextSentence } from './complementNext';
import { countBacked } from './countBacked';
import { yearPairPartitions } from './yearPairs';
import { progressPartitions } from './progress';
import { sectorPartitions } from './sectorSums';
import { sectorPairPartitions } from './sectorPairs';
import { vitalPartitions } from './vitals';
import { netFlowPartitions } from './netFlows';
import { deductionPartitions } from './deductions';
import { familySentencePartitions } from './familySentences';
import { changeFamilyPartitions } from './changeFamilies';
import { balancePartitions, carriedBalancePartitions, sequentialBalancePartitions, settledBalancePartitions, statedBalancePartitions } from './balances';
import { balanceListPartitions } from './balanceLists';
import { balanceSheetPartitions } from './balanceSheets';
import { auditPartitions } from './audits';
import { listThenSumPartitions } from './listThenSum';
import { itemsThenSumPartitions } from './itemsThenSum';
import { countedSumPartitions } from './countedSum';
import { groupItemsPartitions } from './groupItems';
import { wholeFirstListPartitions } from './wholeFirstLists';
import { fundUsePartitions } from './fundUses';
import { adjustmentPartitions, changedToPartitions, differencePartitions, remainderPartitions } from './differences';
import { namedDifferencePartitions } from './namedDifferences';
import { yearChainPartitions } from './yearChain';
import { sharedWholePartitions } from './sharedWholes';
import { perModel } from './perModel';
import { findSavings } from './savings';
import { bareShareAfter } from '../cues/shares';
import { grossUnderNet } from '../cues/accounts';
import { familyFitsTotal, familyOf, thirdKindAfterHalves } from '../cues/breakdowns';
import { abs, add, cmp, dec, mul, sub, sum, toPlain } from '../decimal';
import { tolerance } from './precision';
import { claimsByQuantity } from './bySentence';

/** Memoized per model. */
export const findSums: (model: Model) => Partition[] = perModel(computeSums);

function computeSums(model: Model): Partition[] {
  const partitions = findPartitions(model);
  // GDP and its sectors stated apart, unless a sentence already lists them as one partition.
  const seen = new Set<number>();
  for (const p of partitions) {
    seen.add(p.total.index);
    for (const x of p.parts) seen.add(x.index);
  }
  const apart = sectorPartitions(model).filter((p) => !seen.has(p.total.index) && !p.parts.some((x) => seen.has(x.index)));
  // The second and third sectors after a total named as both: a 其中 list of exactly those two is
  // complete; elsewhere they are a partition of their own unless the total already has a complete one.
  for (const pair of sectorPairPartitions(model)) {
    const same = partitions.findIndex((p) => p.total.index === pair.total.index && p.parts.length === 2 && pair.parts.every((x) => p.parts.some((y) => y.index === x.index)));
    const listed = partitions[same];
    if (listed !== undefined) {
      if (!listed.complete) partitions[same] = { ...listed, complete: true, reason: pair.reason };
      continue;
    }
    if (pair.parts.some((x) => seen.has(x.index)) || partitions.some((p) => p.total.index === pair.total.index && p.complete)) continue;
    apart.push(pair);
  }
  // Budget balances (`…加上…，收入总计…`): complete by definition; a total already read is skipped.
  const totals = new Set(partitions.map((p) => p.total.index));
  const balanceReadings = [...balancePartitions(model), ...balanceListPartitions(model), ...carriedBalancePartitions(model), ...listThenSumPartitions(model), ...itemsThenSumPartitions(model)];
  // `收入总计T。其中：本级收入A，上级补助收入B…`: a 其中 list read as a subset that a balance reading finds
  // complete by definition, over the same items or more (the list read short at an unlike name), is whole.
  for (const b of balanceReadings) {
    if (!b.complete || !totals.has(b.total.index)) continue;
    const k = partitions.findIndex((p) => p.total.index === b.total.index && !p.complete && coveredBy(p, b));
    const listed = partitions[k];
    if (listed !== undefined) partitions[k] = { ...listed, parts: b.parts, labels: b.labels, keys: b.keys, complete: true, subset: false, reason: b.reason };
  }
  const balances = balanceReadings.filter((p) => !totals.has(p.total.index));
  // `收支相抵，年终结余C`: income total = spending total + C (the income total may also head a list).
  balances.push(...settledBalancePartitions(model));
  // `…分别为a、b、c。…三个行业合计T`: a counted group summed in the sentence after its list.
  balances.push(...countedSumPartitions(model).filter((p) => !totals.has(p.total.index)));
  // `五大特色产业实现产值T。清洁能源…实现产值a。新型材料…实现产值b。…`: a fixed set's total, its members one sentence each.
  balances.push(...groupItemsPartitions(model).filter((p) => !totals.has(p.total.index)));
  // `全国一般公共预算收入A。中央一般公共预算收入B。地方一般公共预算本级收入C。`: a known family one sentence each.
  // (Not over a total or parts another reading already has: GDP's sectors apart, a 其中 list.)
  const familySentences = familySentencePartitions(model);
  balances.push(...familySentences.filter((p) => !totals.has(p.total.index) && !seen.has(p.total.index) && !p.parts.some((x) => seen.has(x.index)) && ![...apart, ...balances].some((x) => x.total.index === p.total.index)));
  // (`…面积A。其中：夏粮面积B。夏粮产量…。秋粮面积C`: the 其中 list read short at its sentence's end is the family's first
  // member; the family read over the sentences after it is the whole list.)
  for (const f of familySentences) {
    const k = partitions.findIndex((p) => p.total.index === f.total.index && !p.complete && p.parts.every((x) => f.parts.some((y) => y.index === x.index)));
    const listed = partitions[k];
    if (listed !== undefined) partitions[k] = { ...listed, parts: f.parts, labels: f.labels, keys: f.keys, complete: true, subset: false, reason: f.reason };
  }
  // `总计人口数减少A，以男性减少B最多，女性减少C`: a change broken down by a complete family, every member alike.
  balances.push(...changeFamilyPartitions(model).filter((p) => !totals.has(p.total.index) && !balances.some((x) => x.total.index === p.total.index)));
  // `进出口、出口和进口分别完成A、B、C`: a whole named first in a 分别 list, then the members its name enumerates.
  balances.push(...wholeFirstListPartitions(model).filter((p) => !totals.has(p.total.index)));
  // A housing fund's deposit balance = loans outstanding + project loans + bonds + funds left over.
  balances.push(...fundUsePartitions(model).filter((p) => !totals.has(p.total.index)));
  // Births = deaths + natural increase, the three in one sentence.
  balances.push(...vitalPartitions(model).filter((p) => !totals.has(p.total.index)));
  // Cash taken in = cash paid out + the net withdrawn (净回笼), within a few sentences; a fund's income =
  // its spending + the year's surplus. By definition, so kept beside a 其中 that lists only some of the
  // inflow (`基金总收入A，其中保险费收入B…；总支出C；本年收支结余D`).
  const wholeTotals = new Set(partitions.filter((p) => p.complete).map((p) => p.total.index));
  // `收入总计A、支出B，年终结余C`: A = B + C, the three side by side.
  // (Kept beside a 其中 that lists only some of the income: `总收入A（其中：保费收入B），总支出C，当年结余D`.)
  // (A settlement already read for the same income, `收支相抵结余`, is not read twice.)
  const stated = statedBalancePartitions(model).filter((p) => !wholeTotals.has(p.total.index) && !balances.some((x) => x.total.index === p.total.index));
  balances.push(...stated);
  // (A fund's income already read as a stated balance is not read twice.)
  // (Nor one a settled balance already read: `收入A，支出B，收支相抵结余C`.)
  // (An inflow broken down whole another way, `贸易收入A，支出B，顺差C。其中，货物贸易收入…；服务贸易收入…`, still
  // equals its outflow and net: two relations of one figure, both held.)
  const wholeParts = new Map(partitions.filter((p) => p.complete).map((p) => [p.total.index, new Set(p.parts.map((x) => x.index))]));
  const otherCut = (p: Partition): boolean => {
    const parts = wholeParts.get(p.total.index);
    return parts !== undefined && p.parts.every((x) => !parts.has(x.index));
  };
  balances.push(...netFlowPartitions(model).filter((p) => (!wholeTotals.has(p.total.index) || otherCut(p)) && !balances.some((x) => x.total.index === p.total.index)));
  // An amount, what is taken off it and what is left (`…246亿元；扣除…150亿元，仅剩96亿元`).
  balances.push(...deductionPartitions(model).filter((p) => !totals.has(p.total.index) && !balances.some((x) => x.total.index === p.total.index)));
  // Parts whose shares of one stated whole make 100 % (`固定…B，在电信业务收入中占b%；移动…C，占电信业务收入的c%`).
  // (Only where no list of the whole is read: a list's own shares that make 100 % close it already, relations/sharesWhole.ts.)
  balances.push(...sharedWholePartitions(model).filter((p) => !totals.has(p.total.index) && !balances.some((x) => x.total.index === p.total.index)));
  // A cost audit: submitted = approved + cut, the three in one sentence.
  balances.push(...auditPartitions(model).filter((p) => !totals.has(p.total.index)));
  // Total assets = liabilities + owners' equity, the three in one sentence. (Beside a 其中 part of the assets,
  // `资产总额A，其中资金总额B；负债总额C；业主权益D`: a subset is no other cut of the whole.)
  balances.push(...balanceSheetPartitions(model).filter((p) => !wholeTotals.has(p.total.index) && !balances.some((x) => x.total.index === p.total.index)));
  // The same three told sentence by sentence (`…收入总计A。…支出B。…当年结余C`).
  balances.push(...sequentialBalancePartitions(model).filter((p) => !totals.has(p.total.index)));
  // This year = last year ± the change, all written in one clause (relations/differences.ts).
  // A budget adjusted by a stated amount, and a balance's total less what it pays for.
  // (Two years' amounts and the change between them: relations/yearPairs.ts.)
  const differences = [...differencePartitions(model), ...adjustmentPartitions(model), ...changedToPartitions(model), ...remainderPartitions(model), ...yearPairPartitions(model), ...progressPartitions(model), ...namedDifferencePartitions(model), ...yearChainPartitions(model)].filter((p) => !totals.has(p.total.index));
  // Budget = paid + saving (relations/savings.ts) holds by definition, beside any breakdown of the budget.
  differences.push(...findSavings(model).partitions);
  // `净资产A（行政单位资产B，事业单位资产C）`: gross-named parts after a net figure break down the gross one.
  const claims = claimsByQuantity(model);
  // `总人口A，其中男B、女C、非农业人口D`: a known family opening a longer list makes up the total by itself.
  // The parts after the family cut the total another way: the family replaces the longer list.
  const lists = partitions.map((p) => familyPrefix(p, claims.get(p.total.index)?.indicator ?? '') ?? p).filter((p) => !shareNamesAnotherWhole(model, p) && !planTotalOfActuals(model, p, claims))
    // `其中，税收收入A。非税收入B。`: the complement opening the next sentence completes a one-part 其中.
    .map((p) => completedByNextSentence(model, p) ?? p)
    // `项目35个，完成投资A，其中新开工28个、完成投资B，复工7个、完成投资C`: counts that add up make the list whole.
    .map((p) => countBacked(model, p) ?? p);
  return [...lists, ...apart, ...balances, ...differences].filter(
    (p) => !perHeadUnderAggregate(model.text, p) && !grossUnderNet(claims.get(p.total.index)?.indicator ?? '', p.labels),
  );
}

/** True when every figure of reading `a` is one of reading `b`'s (of one total). */
function coveredBy(a: Partition, b: Partition): boolean {
  return a.parts.length <= b.parts.length && a.parts.every((x) => b.parts.some((y) => y.index === x.index));
}

/** Stages of a plan: a total at one of them is not what the year brought. */
const PLAN_STAGES = new Set(['budget', 'adjusted', 'target']);
/** Words that say a part is what was done (`完成`, `实现`, `执行`). */
const DONE_BEFORE = /(?:完成|实现|實現|执行|執行)[了]?$/;

/**
 * `…收入62101万元，…收入年初预算数59342万元，超收2759万元。其中税收收入完成61737万元`: a total read at a stage of the
 * plan (年初预算数) is not the whole of parts said to be done (`完成`) at no stage of theirs; the actual figure
 * before it is, and which one the writer meant is not for a guess.
 */
function planTotalOfActuals(model: Model, p: Partition, claims: ReturnType<typeof claimsByQuantity>): boolean {
  const stage = claims.get(p.total.index)?.stage;
  if (stage === undefined || stage === null || !PLAN_STAGES.has(stage)) return false;
  if (p.parts.some((x) => claims.get(x.index)?.stage === stage)) return false;
  return p.parts.some((x) => DONE_BEFORE.test(model.text.slice(Math.max(0, x.q.span.start - 4), x.q.span.start).replace(/[\s\u3000]+/g, '')));
}

/**
 * `境外直接投资备案额33.4亿美元…。完成对外承包工程营业额22.7亿美元…。从…对外投资主体来看，制造业…24.7亿美元，占比达74.0%`:
 * a part whose own bare share puts its whole (24.7 ÷ 74.0 % = 33.4) on another figure of the paragraph, far from
 * the total the list was given, belongs to that other figure: the pairing was a guess, and the list is left alone.
 */
function shareNamesAnotherWhole(model: Model, p: Partition): boolean {
  const qs = model.quantities;
  const claims = claimsByQuantity(model);
  for (const x of p.parts) {
    const share = qs[x.index + 1];
    if (share === undefined || share.dimension !== 'percent' || share.paragraph !== x.q.paragraph) continue;
    if (!bareShareAfter(model.text.slice(x.q.span.end, share.span.start + 1))) continue;
    const s = Number(toPlain(share.value));
    if (!(s > 0 && s < 100)) continue;
    const whole = (Number(toPlain(x.q.value)) * 100) / s;
    const total = Number(toPlain(p.total.q.value));
    if (Math.abs(whole - total) <= total * 0.05) continue;
    // (A change, `减少358.94万元`, is no whole a share is of, however near its size.)
    // (Nor a part of the list: a part of 99.8% is itself near the whole its share implies.)
    const other = qs.some((y, i) => i !== p.total.index && y.paragraph === x.q.paragraph && y.unit === x.q.unit && y.dimension === x.q.dimension &&
      Math.abs(Number(toPlain(y.value)) - whole) <= Number(toPlain(y.value)) * 0.01 && claims.get(i)?.kind !== 'change' && !p.parts.some((z) => z.index === i));
    if (other) return true;
  }
  return false;
}

/**
 * `地方财政收入3.02亿元，…城乡居民收入达到23292元和7750元`: amounts written in plain 元 under a total
 * written in 万元 or 亿元 are per-head incomes or prices, never parts of it (a county states a total
 * and its parts on one scale, or in 万 and 亿). Unless the text gives each such amount's share of
 * the total (`田赋附捐5550元，占6.23%`): small items of a list written in plain 元.
 */
function perHeadUnderAggregate(text: string, p: Partition): boolean {
  if (!/[万萬亿億]/.test(p.total.q.unitText)) return false;
  const plain = p.parts.filter((x) => x.q.unitText === '元');
  return plain.length > 0 && !plain.every((x) => bareShareAfter(text.slice(x.q.span.end, x.q.span.end + 8)));
}

/**
 * The first parts of a 其中 list that complete a known family fitting the total (`其中男B、女C、非农业人口D`:
 * 男 and 女 make up a population, 非农业人口 cuts it another way), as a complete partition of their own.
 * Only when the whole list is no family and is not complete already.
 */
function familyPrefix(p: Partition, totalName: string): Partition | undefined {
  if (p.complete || !p.subset || p.parts.length < 3 || familyOf(p.labels) !== undefined) return undefined;
  // Only when the whole list overshoots the total, so that the parts after the family cannot be more
  // members of its cut (`续建19个、新开工22个、前期工作7个` = 48 lists one cut in three).
  const slack = add(sum(p.parts.map((x) => tolerance(x.q))), tolerance(p.total.q));
  if (cmp(sub(sum(p.parts.map((x) => x.q.value)), p.total.q.value), slack) <= 0) return undefined;
  for (let k = 2; k < p.parts.length; k++) {
    const labels = p.labels.slice(0, k);
    const family = familyOf(labels);
    if (family === undefined) continue;
    if (!familyFitsTotal(family, totalName, labels)) return undefined;
    // (`国内航线A，国际航线B，地区航线C`: a third kind after the halves finishes their list, no other cut.)
    if (thirdKindAfterHalves(family, labels[0] ?? '', p.labels[k] ?? '')) return undefined;
    // The family must come near the total (within a fifth): far from it, it breaks down the first part
    // of a balance (`本级收入A（税收B，非税C），转移性收入D…`), not the total.
    const parts = p.parts.slice(0, k);
    const gap = abs(sub(sum(parts.map((x) => x.q.value)), p.total.q.value));
    if (cmp(mul(gap, dec(5)), p.total.q.value) > 0) return undefined;
    // The parts after the family must overshoot the total by most of their own size: they cannot fill a
    // gap the family leaves (`基本支出A；项目支出B；经营支出C，对附属单位补助D` lists one cut in four).
    const rest = sum(p.parts.slice(k).map((x) => x.q.value));
    const over = sub(sum(p.parts.map((x) => x.q.value)), p.total.q.value);
    if (cmp(mul(over, dec(2)), rest) <= 0) return undefined;
    // A later part read with 万 for 亿 (or 亿 for 万) that makes the whole list exact is a slip in the list
    // (magnitude-suspect's finding), not another cut.
    const all = sum(p.parts.map((x) => x.q.value));
    const slipped = p.parts.slice(k).some((x) => {
      const scaled = /亿|億/.test(x.q.unitText) ? mul(x.q.value, dec(1, 4)) : /万|萬/.test(x.q.unitText) ? mul(x.q.value, dec(10000)) : undefined;
      return scaled !== undefined && cmp(abs(sub(add(sub(all, x.q.value), scaled), p.total.q.value)), slack) <= 0;
    });
    if (slipped) return undefined;
    return { ...p, parts, labels, keys: p.keys.slice(0, k), complete: true, reason: family };
  }
  return undefined;
}
