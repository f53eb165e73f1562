// sum-mismatch: a stated total that is not the sum of its parts beyond rounding.
// Parts and totals come from relations/partitions.ts. A complete partition (一/二/三产业,
// 城镇/农村, 政府/社会, 新建/续建, `分N类` with N parts) must add up; a subset under `其中`
// need not, but may not exceed its total. Tolerance: half a unit of the last written digit of
// every part and of the total (statistical tables do not adjust totals for rounding).

import type { Check, Draft, Model } from './check';
import type { Quantity } from '../types';
import { type Decimal, ZERO, abs, add, cmp, dec, div, mul, sub, sum } from '../decimal';
import { GAP_OF_TWO_REASON } from '../relations/namedDifferences';
import { REMAINDER_REASON, nested, outerOnly, type Partition } from '../relations/partitions';
import { findSums } from '../relations/sums';
import { signedChangeFamilies } from '../relations/changeFamilies';
import { SAVING_REASON } from '../relations/savings';
import { COUNTED_DIMENSIONS, approxTolerance, roundingOf, tolerance, writtenDecimals, writtenNumber } from '../relations/precision';
import { replaceNumber, shown, unitLabel } from '../relations/display';
import { lineNumber } from './format';
import { actualOfPlanned } from '../cues/stages';
import { CARRIED_OVER } from '../cues/periods';
import { partsMayExceedTotal } from '../cues/changes';
import { concludes, insidePrevious, registeredUnderResident, mixesTotals, namesDoubleCount, offEstablishment, otherFundLevel, overlapping, statesAmongThem, subtracted, countedIndustrySet, namesOverlap } from '../cues/cuts';
import { findSumSlips } from '../relations/sumSlips';
import { NET_FLOWS } from '../cues/flows';
import { signedReading, type SignedReading } from '../relations/signedSums';
import { balanceSign } from '../cues/balanceSigns';
import { findShares } from '../relations/ratios';
import { claimsByQuantity, quantitiesBySentence } from '../relations/bySentence';
import { measureOf, namesRelate, otherCountedThing, sameMeasure } from '../cues/measures';

import { BALANCE_ITEM, countsAnotherThing, eachOfSeveral, includesOtherPart, familyMayLeaveOut, isRemainder, memberUnder, namesNoPart, namesTheWholeOf, opensHoldingBracket, restOfOneClassing, restOfWhole } from '../cues/breakdowns';

/** A budget line (`预算稳定调节基金`, `调入资金`) under a budget total: a part by what budgets are. */
function budgetLine(label: string, totalName: string): boolean {
  return BALANCE_ITEM.test(label) && /收入|支出|财力/.test(totalName);
}
import { sumStatedElsewhere, widerTotalBefore } from '../relations/explained';
import { ownSharesMakeWhole } from '../relations/sharesWhole';
import { partFarAboveTotal, sumFarFromTotal } from '../relations/farApart';

/**
 * Why an excess over a 其中 total is shown only as information: the engine inferred the pairing
 * and the text does not rule out a reading under which nothing is wrong. Counted units (firms,
 * projects, items) are classified several ways at once (a firm is both 国有 and 高新技术; a
 * project both 新开工 and 竣工), so the sum of their parts may exceed the total; a part that names another measure than its total (`合同额` under `产值`) was
 * probably paired with the wrong total.
 */
type Doubt = 'classified' | 'measure' | 'far' | 'wider' | 'remainder' | 'caliber' | 'landClass';

const DOUBT_NOTE: Record<Doubt, { zh: string; en: string }> = {
  classified: { zh: '；计数分项可能交叉归类，仅供参考', en: '; counted items may be classified several ways at once, so this is shown for reference' },
  far: { zh: '；分项之和与合计相差悬殊，可能并非这一合计的分项，仅供参考', en: '; the sum is far from the total, so the parts may belong to another figure: shown for reference' },
  remainder: { zh: '；末项「其他」可能只是某一分类下的其余部分，仅供参考', en: '; the closing "other" item may be the rest of one class only, so this is shown for reference' },
  measure: { zh: '；分项与合计所计量的可能不是同一指标，仅供参考', en: '; the part may measure something else than the total, so this is shown for reference' },
  wider: { zh: '；「其中」可能是对前文更大总数的分解，仅供参考', en: '; the 其中 may break down the wider total stated before it, so this is shown for reference' },
  landClass: { zh: '；耕地还包括水浇地等未列出的地类时，两类之和可小于耕地总数，仅供参考', en: '; farmland may hold a class not listed (irrigated dry land, 水浇地), so two classes may fall short of it: shown for reference' },
  caliber: { zh: '；户籍人口含外出人口，与常住（实有）人口口径不同，仅供参考', en: '; the registered population counts those living elsewhere, another caliber than the resident total, so this is shown for reference' },
};

/**
 * True when a run of parts right after part j adds up to part j within rounding: they break that
 * part down (`其中公共财政预算收入13.68亿元；税收收入6.20亿元；非税收入7.48亿元`), a level below it,
 * and are no further parts of the total.
 */
function breaksDownAPart(p: Partition): boolean {
  const xs = p.parts;
  for (let j = 0; j < xs.length - 2; j++) {
    const head = xs[j];
    if (head === undefined) continue;
    let run = ZERO;
    let tol = roundingOf(head.q);
    for (let r = j + 1; r < xs.length; r++) {
      const x = xs[r];
      if (x === undefined) break;
      run = add(run, x.q.value);
      tol = add(tol, roundingOf(x.q));
      if (r > j + 1 && cmp(abs(sub(run, head.q.value)), tol) <= 0) return true;
      if (cmp(run, head.q.value) > 0) break;
    }
  }
  return false;
}

export const sumMismatch: Check = {
  code: 'sum-mismatch',
  defaultSeverity: 'error',
  needsClaims: true,
  title: { zh: '合计与分项之和不符（如三次产业增加值之和≠地区生产总值）', en: 'A total differs from the sum of its parts' },
  docs: {
    description: {
      zh: '列明的合计与各分项之和不符（超出四舍五入误差），且分项构成完整划分（国际收支的各账户按顺差计正、逆差计负相加）。例：「一、二、三产业增加值分别为42.9亿元、33.8亿元、155亿元」而总量写「232.7亿元」（应为 231.7）。',
      en: 'A stated total differs from the sum of its parts beyond rounding, when the parts form a complete set (a balance of payments\' accounts add with their signs: surpluses up, deficits down). Example: `三次产业增加值分别为42.9亿元、33.8亿元、155亿元` against a total of `232.7亿元` (sum 231.7).',
    },
    finding: 'a total ≠ the sum of its parts beyond rounding, where the parts are a complete partition (一二三产业, 城镇/农村, 新建/续建, `分N类`, 其余…), or a `其中` part that exceeds its total, or a balance whose whole set of accounts, surpluses up and deficits down (`经常账户顺差A，其中货物贸易顺差B，服务贸易逆差C，初次收入逆差D，二次收入顺差E`), does not make it, or a complete family whose rises and falls do not make the change of the whole (`用水总量减少A，其中，生活用水量增加B，…，农业用水量减少C`), or a procurement budget ≠ amount paid + saving (`预算A，实际采购B，节约资金C`), or two amounts ≠ the gap written between them (`甲A，乙B，两者相差C`, `贷款比存款多C`), or a plain bracket of parts after its total (`A（B1，B2）`) that falls short in a report whose two or more other such brackets all add up (several parts only when they are not overlapping cuts such as 工业投资 + 民间投资; a sibling clause after `；` — `…收入…，其中税收…；…支出…` — is no part). Information only, when the pairing is doubtful: counted units under 其中 (a firm may be counted in two classes), a part whose name does not tie it to its total (another measure, as `合同额` under `产值`, or no common measure, head or known family), a sum more than half again off its total with no 万/亿 slip to explain it, or a list closed by 其他/其余 whose sum falls short of its total (the 其他 may be the rest of one class only). Silent when the parts add up to another figure next to them',
    example: '000 line 188: `分项之和 197 个（152 + 45）≠ 合计 230 个`',
    quickFix: 'total := sum (complete partitions)',
  },
  run(model: Model): Draft[] {
    const drafts: Draft[] = [];
    // A 万/亿 slip that makes the sum exact is magnitude-suspect's finding, with the better fix.
    const slipped = new Set(findSumSlips(model).map((s) => s.partition));
    const claims = claimsByQuantity(model);
    const sums = findSums(model);
    for (const found of sums) {
      if (slipped.has(found)) continue;
      // `农业税A，农业特产税B，烤烟特产税C，其他税收D`: in a list closed by 其他, a part inside another part
      // (cues/cuts.ts) is left out of the sum.
      // (Only a list closed by 其他: a known family's members never lie inside one another, whatever
      // their names share, as 农业人口 / 非农业人口.)
      const inner = found.complete && found.reason === REMAINDER_REASON && nested(found);
      // `公路707亿元，…，公路客货站场3亿元，…及其他5亿元` adding up to 约773亿元 with every part: the name
      // that looks nested (公路 / 公路客货站场) is a sibling, and the list agrees.
      if (inner && addsUpWithEveryPart(found)) continue;
      const outer = inner ? outerOnly(found) : found;
      if (outer === undefined || (inner && outer.parts.length < 2)) continue;
      const p = withoutInnerParts(outer);
      // `经常账户顺差A，其中货物贸易顺差B，服务贸易逆差C…`: a deficit among the parts is taken off. Only a family known
      // to make the balance whole is held to it; a list of signed parts that may leave accounts out is not.
      // (A net flow among gross amounts, `逆差A，其中结汇B，…净流入C`, adds up no way: silence.)
      // (The words before the total when its claim's name lost the sign word: `合计买超A` is named 合计买.)
      const claimed = claims.get(p.total.index)?.indicator;
      const totalName = claimed !== undefined && balanceSign(claimed) !== undefined ? claimed : clauseWordsBefore(model, p.total.q);
      const signed = signedReading(p, totalName, p.parts.map((x) => clauseWordsBefore(model, x.q)));
      if (signed === 'mixed') continue;
      if (signed) {
        const stol = add(sum(p.parts.map((x) => roundingOf(x.q))), totalTolerance(p));
        if (signed.family !== undefined && cmp(abs(sub(signed.signedSum, signed.signedTotal)), stol) > 0) drafts.push(signedDraft(model, p, signed, signed.family));
        continue;
      }
      // `市、县分别配套资金402.03万元`: one figure for each of two subjects; the sum is not what is written.
      // (Not `A及B分別負擔X及Y`: the figure opens a list of values, one per subject, each a part of its own.)
      if (p.labels.some((l, k) => eachOfSeveral(l) && !opensValueList(model, p.parts[k]?.q))) continue;
      // `涵盖12个公共服务领域，包括交通运输项目15个…`: the total counts domains, the parts projects.
      // (Only after the generic classifier 个: after 人 come verbs, `造成196人死亡`.)
      if (/[个個]$/.test(p.total.q.unitText ?? '') && countsAnotherThing(textAfter(model, p.total.q, 10), p.labels)) continue;
      // `…，其中：年初预算A，专项安排B，追减调整预算C`: a deduction among the parts is taken off, not added;
      // the signed sum is not held to the total (when in doubt, silence).
      if (p.subset && p.labels.some((l) => subtracted(l))) continue;
      // `计划造林A，其中…，实际完成造林B`: the outcome of a planned total is its own actual, no part of it.
      // (Not a saving's budget = paid + saving, where the actual is a part by definition.)
      if (p.reason !== SAVING_REASON && p.labels.some((l) => actualOfPlanned(l, claims.get(p.total.index)?.indicator ?? ''))) continue;
      // `在编人员A，其中专业技术人员B，临聘人员C`: temporary staff stand beside the establishment, not in it.
      if (p.labels.some((l) => offEstablishment(claims.get(p.total.index)?.indicator ?? '', l))) continue;
      // `下达中央资金A，其中…，下达省级资金B，…，所以可用资金为C`: another level's fund and a conclusion are no parts.
      // (Not a net flow's net, which the writer draws as a conclusion by definition: `…收入B，因而錄得C的赤字`.)
      const netFlow = NET_FLOWS.some((r) => r.name === p.reason);
      if (p.labels.some((l) => otherFundLevel(claims.get(p.total.index)?.indicator ?? '', l) || (!netFlow && concludes(l)))) continue;
      // `受理审查起诉案件13人，其中起诉6人（含上期结转1人）…`: a part holding an earlier period's leftovers
      // counts more than the period's intake; the parts are not held to it.
      if (p.parts.some((x) => CARRIED_OVER.test(model.text.slice(x.q.span.end, x.q.span.end + 20)))) continue;
      // (`…650人，…即2100人（含大学生）`: one part includes another; the list overlaps.)
      // (`…793家通过“债券通”入市，237家同时通过两个渠道入市`: a part that is the others' overlap.)
      if (p.parts.some((x) => namesOverlap(model.text.slice(x.q.span.end, x.q.span.end + 16)))) continue;
      if (p.parts.some((x, k) => includesOtherPart(model.text.slice(x.q.span.end, x.q.span.end + 16), p.labels.filter((_, j) => j !== k)))) continue;
      const total = p.total.q.value;
      const parts = p.parts.map((x) => x.q.value);
      const s = sum(parts);
      // (`A，B，二者之间相差1252亿元` for 1252.70: a gap written to its units is often cut, not rounded: one unit more.)
      const gap = p.reason === GAP_OF_TWO_REASON ? p.parts.at(-1) : undefined;
      const tol = add(add(sum(p.parts.map((x) => roundingOf(x.q))), totalTolerance(p)), gap === undefined ? ZERO : roundingOf(gap.q));
      const diff = sub(s, total);
      // Parts that add up to another figure next to them break that figure down (relations/explained.ts);
      // a lone part above the total is wrong whatever else the sentence states.
      const another = (): boolean => sumStatedElsewhere(model, p, s, tol, sums) && !p.parts.some((x) => cmp(sub(x.q.value, add(roundingOf(x.q), totalSlack(p.total.q))), total) > 0);
      if (p.complete) {
        // (`常住人口A，城镇化率r，城镇人口B，男性C，女性D` with C + D = A: a whole family that adds up to another figure
        // of its sentence was paired with the wrong total, even when one member alone exceeds this one.)
        if (cmp(abs(diff), tol) <= 0 || another() || (p.subset === false && sumStatedElsewhere(model, p, s, tol, sums))) continue;
        // `基金29086.68万元，其中：城乡居民医保A；职工医保B；医疗救助C`: a family (居民/职工) that falls short by
        // exactly the items written after it in the list is not the whole list.
        if (cmp(diff, ZERO) < 0 && restMakesUp(model, p, sub(total, s), tol)) continue;
      } else {
        // A subset may fall short of its total; it may not exceed it. Unless the report writes every other
        // bracketed breakdown in full: then a bracket that falls short breaks the report's own convention.
        if (p.subset && cmp(add(diff, tol), ZERO) < 0 && fullBrackets(model, p)) {
          const whole: Partition = { ...p, complete: true, reason: HOUSE_STYLE_REASON };
          drafts.push(draft(model, whole, s, diff, sumFarFromTotal(parts, total) ? 'far' : subsetDoubt(model, p, claims.get(p.total.index)?.indicator ?? '')));
          continue;
        }
        // `支出合计A，其中：基本支出B，占95.96%；项目支出C，占4.04%`: bare shares of the total that make up 100 %
        // say the list is whole, so parts that fall short of the total contradict it (or the total is the slip).
        // (Shares written to the whole percent leave room for a small rest: `计4億2630萬元，其中以甲縣3億399萬元（占72%）、…、
        // 戊縣595萬元（占1%）較嚴重` may leave 0.7 % to counties not named. The shortfall must pass what the shares' own
        // rounding leaves.)
        const shareRoom = p.subset && cmp(add(diff, tol), ZERO) < 0 ? sharesMakeWhole(model, p) : undefined;
        if (shareRoom !== undefined && cmp(add(diff, add(tol, div(mul(total, shareRoom), dec(100), 12) ?? ZERO)), ZERO) < 0 && !another()) {
          const whole: Partition = { ...p, complete: true, reason: SHARES_WHOLE_REASON };
          drafts.push(draft(model, whole, s, diff, sumFarFromTotal(parts, total) ? 'far' : subsetDoubt(model, p, claims.get(p.total.index)?.indicator ?? '')));
          continue;
        }
        if (!p.subset || cmp(diff, tol) <= 0) continue;
        if (mixesTotals(p.labels) || statesAmongThem(p.labels) || breaksDownAPart(p)) continue;
        // `户籍人口A，其中城镇人口B，占p%；少数民族人口C，占q%` with p + q over 100: the writer took each part's
        // share of this very total, so the parts are two cuts of it that overlap, not a list that overshoots.
        if (sharesOverlap(model, p)) continue;
        // One part alone above the total is wrong whatever the list. Several parts may overlap
        // (工业投资 and 民间投资 cut the total two ways): their sum is not held to the total then.
        // (A total the claim layer left unnamed, `总投资5716万元`, is named by the words of its clause before it.)
        const totalName = claims.get(p.total.index)?.indicator ?? clauseWordsBefore(model, p.total.q);
        // A part named as the whole the total belongs to (生产总值 under 第三产业增加值): misread pairing.
        if (p.labels.some((l) => namesTheWholeOf(l, totalName))) continue;
        // `滚存结余A，其中：上年结余B，当年结余…`: a balance by time or a surplus by partner adds up signed amounts
        // (the year may end in deficit, trade with one partner too), so a part may stand above it.
        if (partsMayExceedTotal(totalName, p.labels)) continue;
        const alone = p.parts.findIndex((x) => cmp(sub(x.q.value, add(roundingOf(x.q), totalSlack(p.total.q))), total) > 0);
        const part = p.parts[alone];
        // `债务余额A，其中：一般债务…，专项债务…，新增债务后，债务余额B`: the total's own indicator restated
        // (at another date) is no part of it.
        const partKey = p.keys[alone];
        const totalKey = claims.get(p.total.index)?.key;
        const restated = partKey !== undefined && partKey === totalKey;
        if (part !== undefined && restated) continue;
        if (part !== undefined) {
          // Overlapping classes never lift one part above its total: only a wrong pairing does.
          const label = p.labels[alone] ?? '';
          // `其中：种植钩藤5643亩，投资207.9万元`: the amount's own words in its clause, when they are the bare measure of
          // the total (`投资` under `该县投资`), name what it measures though the clause is headed by another figure's name.
          const own = clauseWordsBefore(model, part.q).replace(/[\s\u3000]+/g, '');
          const ownMeasure = own.length <= 4 && !/\d/.test(own) ? measureOf(own) : undefined;
          // (`经费A，其中B由基金支应`: a part with no name of its own after a bare 其中 is an amount of the total's measure.)
          const bare = namesNoPart(own);
          const ownNamed = bare || (own !== label && ownMeasure !== undefined && ownMeasure === measureOf(totalName));
          const evident = ownNamed || namesRelate(totalName, label) || memberUnder(label, totalName) || budgetLine(label, totalName);
          // `公共汽车298辆，其中小公共263辆，出租车3540辆`: a part over five times its total, and no slip of its
          // digits or of 万/亿, is a sibling taken for a part.
          // `全省普通小学为11128.87元，…其中，农村为11227.42元`: amounts in plain 元 to the fen are averages
          // (per student, per head) or prices, and a group's average may exceed the whole's.
          // (`生均…：全市普通初中为28863元，其中农村为32346元`: so are whole 元 under a per-head heading.)
          const plainYuan = [p.total.q, part.q].every((q) => q.unitText === '元');
          const averages = plainYuan && ([p.total.q, part.q].every((q) => writtenDecimals(q) === 2) || PER_HEAD_NEAR.test(textBefore(model, p.total.q, AVERAGE_CONTEXT)));
          const doubt: Doubt | undefined = registeredUnderResident(totalName, [label])
            ? 'caliber'
            : !((ownNamed || sameMeasure(totalName, label)) && evident) || averages || (COUNTED_DIMENSIONS.has(part.q.dimension) && otherCountedThing(totalName, label))
            ? 'measure'
            : widerTotalBefore(model, p)
              ? 'wider'
              : partFarAboveTotal(part.q.value, total)
                ? 'far'
                : undefined;
          drafts.push(draft(model, { ...p, parts: [part] }, part.q.value, sub(part.q.value, total), doubt));
          continue;
        }
        // (`地下水资源量A（其中山丘区B，平原区C，两区重复计算量D）`: classes whose shared part is named overlap.)
        if (doubleCounted(model, p)) continue;
        if (nested(p)) {
          // `小学A，初中B，高中C，职业高中D`: 职业高中 may lie inside 高中, but the others alone exceed the total.
          const outer = outerOnly(p);
          if (outer === undefined) continue;
          const os = sum(outer.parts.map((x) => x.q.value));
          const otol = add(sum(outer.parts.map((x) => roundingOf(x.q))), totalSlack(p.total.q));
          if (outer.parts.length >= 2 && cmp(sub(os, total), otol) > 0 && !overlapping(outer.labels) && !sumStatedElsewhere(model, outer, os, otol)) {
            drafts.push(draft(model, outer, os, sub(os, total), subsetDoubt(model, outer, claims.get(p.total.index)?.indicator ?? '')));
          }
          continue;
        }
        // (`“三个千亿级”产业总产出T，其中…`: themed industries overlap; their total counts each firm once.)
        if (p.parts.length < 2 || (overlapping(p.labels) && p.allocation !== true) || countedIndustrySet(totalName) || another()) continue;
        // `乡村人口245人，其中农业人口245人，劳动力187人`: one part is the whole total, so the items after
        // it are no siblings of it (another cut, another measure).
        if (p.parts.some((x) => cmp(abs(sub(x.q.value, total)), add(roundingOf(x.q), totalSlack(p.total.q))) <= 0)) continue;
        // `总人口A（其中常住人口B，服务人口C，农业人口D）` with B + C = A: the first parts already make up the
        // total, so the ones after them cut it another way.
        if (oneCutMakesTotal(p) || namesTheTotalAgain(p, totalName)) continue;
        drafts.push(draft(model, p, s, diff, subsetDoubt(model, p, totalName)));
        continue;
      }
      // `投资9.08亿元，其中：基本建设…，更新改造…，其他投资…` falling short: the closing 其他 may be the rest
      // of one way of classing the total (another class, 房地产 or 农户, left unwritten). Above the total
      // the parts are wrong whatever closes them.
      // (`其他收入D，占29.15%` after parts whose shares with it make 100%: the rest of the whole, said so.)
      // (`经费A，其中B由基金支应，其余C由预算支出`: after a part with no name of its own, the rest is the rest of the whole.)
      const first = p.parts[0];
      const afterBare = p.parts.length === 2 && first !== undefined && namesNoPart(clauseWordsBefore(model, first.q));
      const ofWhole = afterBare || restOfWhole(p.labels[p.labels.length - 1] ?? '', claims.get(p.total.index)?.indicator ?? '') || restOfOneClassing(p.labels) || ownSharesMakeWhole(model, p.parts);
      const short = cmp(diff, ZERO) < 0;
      const doubt: Doubt | undefined = sumFarFromTotal(parts, total)
        ? 'far'
        : p.reason === REMAINDER_REASON && short && !ofWhole
          ? 'remainder'
          : short && familyMayLeaveOut(p.reason)
            ? 'landClass'
            : undefined;
      drafts.push(draft(model, p, s, diff, doubt));
    }
    // `总量减少A，其中，甲增加B，乙减少C，丙增加D`: a complete family's rises and falls make the whole's change.
    for (const c of signedChangeFamilies(model)) {
      const p = c.partition;
      if (slipped.has(p)) continue;
      let signedSum = ZERO;
      p.parts.forEach((x, i) => {
        signedSum = (c.signs[i] ?? 1) > 0 ? add(signedSum, x.q.value) : sub(signedSum, x.q.value);
      });
      const signedTotal = c.totalSign > 0 ? p.total.q.value : sub(ZERO, p.total.q.value);
      const tol = add(sum(p.parts.map((x) => roundingOf(x.q))), totalTolerance(p));
      if (cmp(abs(sub(signedSum, signedTotal)), tol) <= 0) continue;
      drafts.push(signedDraft(model, p, { signs: c.signs, totalSign: c.totalSign, signedSum, signedTotal }, p.reason ?? '', 'change'));
    }
    return drafts;
  },
};

/** True when all the parts, nested-looking names included, add up to the total within rounding. */
function addsUpWithEveryPart(p: Partition): boolean {
  const tol = add(sum(p.parts.map((x) => roundingOf(x.q))), totalTolerance(p));
  return cmp(abs(sub(sum(p.parts.map((x) => x.q.value)), p.total.q.value)), tol) <= 0;
}

/**
 * The partition without the parts that break down the part before them (`在职人数39人，包括行政人员39人`,
 * cues/cuts.ts insidePrevious): they are a level below, counted already in that part.
 */
function withoutInnerParts(p: Partition): Partition {
  // A part named as the one before it (`“三公”经费，包括…单位安排的总额A，较上年减少B`: the change of one
  // amount, whose name the claim layer took with its 包括 clause) lies beside it, not inside it.
  const keep = p.labels.map((l, i) => i === 0 || !insidePrevious(l) || l === p.labels[i - 1]);
  if (keep.every(Boolean)) return p;
  return { ...p, parts: p.parts.filter((_, i) => keep[i]), labels: p.labels.filter((_, i) => keep[i]), keys: p.keys.filter((_, i) => keep[i]) };
}

/**
 * True when the first (or the last) two or more parts, not all, add up to the total exactly (to its last written
 * digit: a sum that fits only through the rounding of coarse parts proves nothing), and no part after
 * them is the list's 其他 (which would close the same cut). Named for the one cut that is whole.
 */
/**
 * `在册吸毒人员104031人。其中，强制隔离戒毒的2829人，社区戒毒的7819人，戒断三年未复吸的51694人，…现有吸毒人员51619人`:
 * among three or more parts, the one part named again by the total's own head noun as what stands now
 * (`现有吸毒人员`) is a class of the whole that may hold the parts described otherwise (those in treatment are current users): the list
 * nests, and its overshoot proves nothing. (A closing 其他 of the same name is the rest, not such a class.)
 */
/** A class named as what stands now (`现有吸毒人员`, `在册…`, `目前仍…`). */
const STANDING_NOW = /现有|現有|现存|現存|在册|在冊|目前/;

function namesTheTotalAgain(p: Partition, totalName: string): boolean {
  if (p.parts.length < 3) return false;
  const name = totalName.replace(/(?:有|[为為]|[达達]|共)$/, '');
  if (name.length < 4) return false;
  const head = name.slice(-4);
  const naming = p.labels.filter((l) => l.includes(head));
  // Only a class named as what stands now (`现有…`, `在册…`): a part named in full by its kind (`寿险业务…保费收入`)
  // is a sibling like any other.
  return naming.length === 1 && !isRemainder(naming[0] ?? '') && STANDING_NOW.test(naming[0] ?? '');
}

function oneCutMakesTotal(p: Partition): boolean {
  if (p.labels.some((l) => isRemainder(l))) return false;
  let run = ZERO;
  for (let k = 0; k < p.parts.length - 1; k++) {
    const x = p.parts[k];
    if (x === undefined) return false;
    run = add(run, x.q.value);
    if (k >= 1 && cmp(run, p.total.q.value) === 0) return true;
  }
  // `流入育龄人口A，其中已婚育龄妇女B，省外流入C，市外流入D，跨县流入E` with C + D + E = A: the last parts
  // make up the total, so the first ones cut it another way.
  run = ZERO;
  for (let k = p.parts.length - 1; k > 0; k--) {
    const x = p.parts[k];
    if (x === undefined) return false;
    run = add(run, x.q.value);
    if (k <= p.parts.length - 2 && cmp(run, p.total.q.value) === 0) return true;
  }
  return false;
}

/**
 * True when level figures of the parts' unit written right after the last part, in the same sentence,
 * add up to `gap` within rounding (each item's rounding added to `tol`): the list went on past the
 * family the partition was read as.
 */
function restMakesUp(model: Model, p: Partition, gap: Decimal, tol: Decimal): boolean {
  const last = p.parts[p.parts.length - 1];
  if (last === undefined) return false;
  const claims = claimsByQuantity(model);
  const after = (quantitiesBySentence(model)[p.sentence] ?? []).filter((x) => x.start > last.start && x.q.unit === last.q.unit && claims.get(x.index)?.kind === 'level');
  let run = ZERO;
  let slack = tol;
  for (const x of after.slice(0, MAX_REST)) {
    run = add(run, x.q.value);
    slack = add(slack, roundingOf(x.q));
    if (cmp(abs(sub(run, gap)), slack) <= 0) return true;
    if (cmp(run, gap) > 0) return false;
  }
  return false;
}

/** The rounding a total gets: an approximate one (`约2.15亿元`) to a whole unit of its last significant digit. */
function totalSlack(q: Quantity): Decimal {
  return q.qualifier === 'approx' ? approxTolerance(q) : tolerance(q);
}

/** At most this many items after a family are tried as the rest of its list. */
const MAX_REST = 4;

/**
 * The rounding allowed the total: half a unit of its last written digit, or a whole unit when every part
 * is written to at least two more decimals than the total (`月发低保金877.74万元：373.9052万元 +
 * 503.8417万元`): a total cut off, not rounded, after the parts were added.
 */
function totalTolerance(p: Partition): Decimal {
  const own = roundedTotal(p) ?? totalSlack(p.total.q);
  const decimals = writtenDecimals(p.total.q);
  return p.parts.length > 0 && p.parts.every((x) => writtenDecimals(x.q) >= decimals + 2) ? add(own, own) : own;
}

/**
 * `共调出煤炭24500万吨，其中铁路运出19059万吨，公路运出5459万吨`: a total of three significant digits
 * or more that ends in two zeros or more, over parts written to the unit, was rounded to the place of
 * its last significant digit (± 50 万吨 here). Never a count: 1200 people are 1200.
 */
function roundedTotal(p: Partition): Decimal | undefined {
  const q = p.total.q;
  if (COUNTED_DIMENSIONS.has(q.dimension) || writtenDecimals(q) > 0) return undefined;
  const digits = writtenNumber(q)?.units.toString();
  const zeros = /0+$/.exec(digits ?? '')?.[0].length ?? 0;
  if (digits === undefined || zeros < 2 || digits.length - zeros < 3) return undefined;
  if (!p.parts.every((x) => writtenDecimals(x.q) > 0 || !/00$/.test(writtenNumber(x.q)?.units.toString() ?? '00'))) return undefined;
  // Half a unit of the last significant digit, in the figure's unit (tolerance() is half a unit of the last one).
  return mul(tolerance(q), dec(10n ** BigInt(zeros)));
}

/** The reason shown when a bracket falls short while the report's other brackets add up. */
const HOUSE_STYLE_REASON = '本报告其余括注分项均与合计相符';

/**
 * `国家下达投资计划126763万元（中央新增投资46000万元，银行贷款80763万元）`: a plain bracket of two or more
 * parts right after its total, in a report whose other such brackets (at least two) all add up to their
 * totals: this report writes its brackets in full, so one that falls short is a slip, not a partial list.
 */
function fullBrackets(model: Model, p: Partition): boolean {
  if (p.plainBracket !== true || p.parts.length < 2) return false;
  let exact = 0;
  for (const q of findSums(model)) {
    if (q === p || q.plainBracket !== true || q.parts.length < 2) continue;
    const qs = sum(q.parts.map((x) => x.q.value));
    const qt = add(sum(q.parts.map((x) => roundingOf(x.q))), tolerance(q.total.q));
    // One bracket that does not add up leaves the convention unproven.
    if (cmp(abs(sub(qs, q.total.q.value)), qt) > 0) return false;
    exact++;
  }
  return exact >= 2;
}

/** Why a subset's excess may rest on a doubtful pairing (counted items, another measure, a far sum, a wider total). */
function subsetDoubt(model: Model, p: Partition, totalName: string): Doubt | undefined {
  if (registeredUnderResident(totalName, p.labels)) return 'caliber';
  if (p.total.q.dimension === 'count') return 'classified';
  // (`可用财力A，按来源分：当年可用财力B，动用预算稳定调节基金C…`: a budget's lines measure its money, whatever they are named.)
  // (`经费A（含业务费B，设备及投资C）`: a bracket saying what the total holds pairs its parts with it in so many words.)
  if (!p.labels.every((l) => sameMeasure(totalName, l) || budgetLine(l, totalName)) && !heldInBracket(model, p)) return 'measure';
  if (sumFarFromTotal(p.parts.map((x) => x.q.value), p.total.q.value)) return 'far';
  return widerTotalBefore(model, p) ? 'wider' : undefined;
}

/** A finding, shown as information with the reason when it rests on a doubtful pairing. */
function draft(model: Model, p: Partition, s: Decimal, diff: Decimal, doubt?: Doubt): Draft {
  const d = certainDraft(model, p, s, diff);
  if (doubt === undefined) return d;
  const note = DOUBT_NOTE[doubt];
  return { ...d, message: { zh: `${d.message.zh.replace(/）$/, '')}${note.zh}）`, en: `${d.message.en.replace(/\)$/, '')}${note.en})` }, severity: 'info' };
}

function certainDraft(model: Model, p: Partition, s: Decimal, diff: Decimal): Draft {
  const tq = p.total.q;
  const u = unitLabel(tq);
  const partsShown = p.parts.map((x) => shown(x.q.value, tq));
  const sumShown = shown(s, tq);
  const totalShown = shown(tq.value, tq);
  const arithmetic = `${sumShown} ${u}（${partsShown.join(' + ')}）`;
  const over = diff.units > 0n;
  const why = p.complete
    ? { zh: p.reason ? `（${p.reason}，各分项应合计为总数）` : '', en: p.reason ? ` (${p.reason}: the parts should add up to the total)` : '' }
    : p.reason
      ? { zh: `（${p.reason}之和不应超过合计）`, en: ` (${p.reason}: the listed items cannot exceed the total)` }
      : p.allocation
        ? { zh: '（所列各项用途之和不应超过该笔金额）', en: ' (the uses listed cannot exceed the amount)' }
        : { zh: '（“其中”所列分项之和不应超过合计）', en: ' (the parts listed under 其中 cannot exceed the total)' };
  const totalLine = lineNumber(model, tq.span.start);
  const replacement = p.complete ? replaceNumber(tq, s) : undefined;
  const part = p.parts[0];
  if (p.parts.length === 1 && !p.complete && part !== undefined) {
    return {
      span: tq.span,
      message: {
        zh: `“其中”所列分项 ${partsShown[0]} ${u} 超过合计 ${totalShown} ${u}（分项不应超过合计）`,
        en: `The part listed under 其中, ${partsShown[0]} ${u}, exceeds the total ${totalShown} ${u} (a part cannot exceed its total)`,
      },
      related: [{ span: part.q.span, message: { zh: `分项：${part.q.text}（合计在第 ${totalLine} 行）`, en: `Part: ${part.q.text} (total on line ${totalLine})` } }],
      fixes: [],
    };
  }
  return {
    span: tq.span,
    message: {
      zh: `分项之和 ${arithmetic}${over && !p.complete ? '>' : '≠'} 合计 ${totalShown} ${u}${why.zh}`,
      en: `Sum of the parts ${sumShown} ${u} (${partsShown.join(' + ')}) ${over && !p.complete ? '>' : '≠'} total ${totalShown} ${u}${why.en}`,
    },
    related: p.parts.map((x, i) => ({
      span: x.q.span,
      message: { zh: `分项 ${i + 1}：${x.q.text}（合计在第 ${totalLine} 行）`, en: `Part ${i + 1}: ${x.q.text} (total on line ${totalLine})` },
    })),
    fixes: replacement
      ? [
          {
            title: { zh: `将合计改为分项之和 ${replacement}`, en: `Change the total to the sum of the parts, ${replacement}` },
            edits: [{ span: tq.span, newText: replacement }],
          },
        ]
      : [],
  };
}

/** A balance whose parts, surpluses up and deficits down, do not make it (relations/signedSums.ts). */
/** What the signs stand for: a balance's surpluses and deficits, or a change's rises and falls. */
type SignedKind = 'balance' | 'change';

function signedDraft(model: Model, p: Partition, r: SignedReading, family: string, kind: SignedKind = 'balance'): Draft {
  const tq = p.total.q;
  const u = unitLabel(tq);
  const terms = p.parts.map((x, i) => `${i === 0 ? ((r.signs[i] ?? 1) < 0 ? "−" : "") : (r.signs[i] ?? 1) < 0 ? " − " : " + "}${shown(x.q.value, tq)}`).join('');
  const signedValue = (v: Decimal): string => (v.units < 0n ? `−${shown(abs(v), tq)}` : shown(v, tq));
  const totalLine = lineNumber(model, tq.span.start);
  // The fix keeps the total's own word (顺差 or 逆差): offered only when the parts give a balance of its sign.
  const sameSign = r.signedSum.units !== 0n && (r.signedSum.units > 0n) === (r.totalSign > 0);
  const replacement = sameSign ? replaceNumber(tq, abs(r.signedSum)) : undefined;
  return {
    span: tq.span,
    message:
      kind === 'change'
        ? {
            zh: `增加计正、减少计负，分项变动合计 ${signedValue(r.signedSum)} ${u}（${terms}）≠ 总量变动 ${signedValue(r.signedTotal)} ${u}（${family}：各分项的增减应合计为总量的增减）`,
            en: `With rises counted up and falls down, the parts' changes come to ${signedValue(r.signedSum)} ${u} (${terms}) ≠ the whole's change ${signedValue(r.signedTotal)} ${u} (${family}: the parts' changes should add up to the whole's)`,
          }
        : {
            zh: `顺差（盈余、净流入）计正、逆差（赤字、净流出）计负，分项合计 ${signedValue(r.signedSum)} ${u}（${terms}）≠ 总额 ${signedValue(r.signedTotal)} ${u}（${family}：各分项应合计为总数）`,
            en: `With surpluses (net inflows) counted up and deficits (net outflows) down, the parts come to ${signedValue(r.signedSum)} ${u} (${terms}) ≠ the balance ${signedValue(r.signedTotal)} ${u} (${family}: the parts should add up to the total)`,
          },
    related: p.parts.map((x, i) => ({
      span: x.q.span,
      message: { zh: `分项 ${i + 1}：${x.q.text}（总额在第 ${totalLine} 行）`, en: `Part ${i + 1}: ${x.q.text} (total on line ${totalLine})` },
    })),
    fixes: replacement
      ? [{ title: { zh: `将总额改为分项合计 ${replacement}`, en: `Change the balance to the parts' sum, ${replacement}` }, edits: [{ span: tq.span, newText: replacement }] }]
      : [],
  };
}

const SHARES_WHOLE_REASON = '各分项占比合计为100%';

/**
 * True when every part (two or more) states one bare share of the partition's total (`占p%`, `占比p%`,
 * `占总数的p%`) and the shares make up 100 % within their rounding: the writer's list is the whole total. Returns the
 * share points a rest the list leaves out could still hold (within the shares' rounding), or undefined.
 */
function sharesMakeWhole(model: Model, p: Partition): Decimal | undefined {
  if (p.parts.length < 2) return undefined;
  // (Bare shares, `占p%`, or shares naming the total itself, `占定期存款总额的p%`: both are of this total.)
  const rels = findShares(model).filter((r) => r.whole === p.total.q && r.what === undefined);
  let stated = ZERO;
  let slack = ZERO;
  for (const part of p.parts) {
    const own = rels.filter((r) => r.part === part.q);
    const rel = own[0];
    if (own.length !== 1 || rel === undefined || rel.share.unit !== '%') return undefined;
    stated = add(stated, rel.share.value);
    slack = add(slack, tolerance(rel.share));
  }
  // The share points the list may leave to a rest it does not name: the shares' rounding and their gap from 100.
  const gap = abs(sub(stated, dec(100)));
  return cmp(gap, slack) <= 0 ? add(gap, slack) : undefined;
}

/**
 * True when every part states its share of the partition's total and the shares add up to more than
 * 100 % beyond their rounding: the parts cut the total in ways that overlap, as the writer knew.
 */
function sharesOverlap(model: Model, p: Partition): boolean {
  if (p.parts.length < 2) return false;
  const rels = findShares(model).filter((r) => r.whole === p.total.q);
  let stated = ZERO;
  let slack = ZERO;
  for (const part of p.parts) {
    const rel = rels.find((r) => r.part === part.q);
    // A share of 100 % or more is no share of this total (a misread whole, or a rate of its own).
    if (rel === undefined || rel.share.unit !== '%' || cmp(rel.share.value, dec(100)) >= 0) return false;
    stated = add(stated, rel.share.value);
    slack = add(slack, tolerance(rel.share));
  }
  return cmp(sub(stated, slack), dec(100)) > 0;
}

/** True when the parts stand in a bracket right after their total that opens with 含, 包括 or 其中. */
function heldInBracket(model: Model, p: Partition): boolean {
  const first = p.parts[0];
  if (first === undefined || first.q.span.start < p.total.q.span.end) return false;
  const between = model.text.slice(p.total.q.span.end, first.q.span.start);
  return opensHoldingBracket(between) && !/[）)。；;]/.test(between);
}

/** True when another figure follows the quantity after a list joint (`66.5億元及1.5億元`, `42.9亿元、33.8亿元`). */
function opensValueList(model: Model, q: Quantity | undefined): boolean {
  return q !== undefined && /^[ \u3000]?(?:、|和|及|与|與|以及)[ \u3000]?[0-9０-９]/.test(textAfter(model, q, 6));
}

/** How far after its last part a list's sentence is read for a double count (`…，两区重复计算量D`). */
const DOUBLE_COUNT_REACH = 40;

/** True when the list's own sentence, from its total to just after its last part, names a double count. */
function doubleCounted(model: Model, p: Partition): boolean {
  const last = p.parts[p.parts.length - 1];
  if (last === undefined) return false;
  const after = textAfter(model, last.q, DOUBLE_COUNT_REACH);
  const stop = after.search(/[。！？\n]/);
  return namesDoubleCount(model.text.slice(p.total.q.span.start, last.q.span.end) + (stop < 0 ? after : after.slice(0, stop)));
}

/** Words of a per-head or per-unit average (生均, 人均, 平均, 每生, 月均收入). */
const PER_HEAD_NEAR = /生均|人均|平均|每生|每人|每名|月均|年均|户均|戶均|日均/;
/** How many characters before a total are read for a per-head heading. */
const AVERAGE_CONTEXT = 400;

/** The words of a figure's clause before it (`，总投资5716万元` → `总投资`), at most twelve characters. */
function clauseWordsBefore(model: Model, q: Quantity): string {
  const before = textBefore(model, q, 12);
  return before.slice(Math.max(...['，', ',', '；', ';', '。', '：', ':', '\n'].map((c) => before.lastIndexOf(c))) + 1).replace(/^[\s\u3000]+/, '');
}

/** The document text up to `n` characters after a figure (its unit included in the figure). */
function textAfter(model: Model, q: Quantity, n: number): string {
  return model.text.slice(q.span.end, q.span.end + n);
}

/** The document text up to `n` characters before a figure. */
function textBefore(model: Model, q: Quantity, n: number): string {
  return model.text.slice(Math.max(0, q.span.start - n), q.span.start);
}
