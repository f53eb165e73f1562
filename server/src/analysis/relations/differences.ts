// This year's amount, last year's and the change, all three written in one clause:
//   `公共安全支出5379万元，比上年同期4917万元增支462万元，增长9.4%`   5379 = 4917 + 462
//   `卫生健康支出14078万元，比上年同期24465万元减支10387万元`       24465 = 14078 + 10387
// Read as a complete partition (the larger amount = the smaller + the change) so that
// sum-mismatch holds the three together. Only amounts that add up (money, tonnes, people), in one unit.

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { definedPartition, eachSentence } from './bySentence';
import { isPoint } from './precision';
import { changeBefore } from '../cues/breakdowns';
import { COMPARED_TO_PLAN, EXCESS_WORD, PLAN_WORD, TARGET_BASE } from '../cues/stages';
import { ADDITIVE_DIMENSIONS } from './dimensions';

/** Last year's amount right after the comparison words (`比上年同期`, `较上年`, `比去年`). */
// Also a named year (`较2020年4729万元`) and a 的 before the amount (`较上年的4729万元`).
// (Hong Kong and Taiwan: `較對上一年（2022年）的28,300元多1,700元`, `相較2017年入息中位數21,100元`.)
// (`較上年度歲入2044億元，增加53.83億元`: last year's amount may be named again; never with a change word in the name.)
// (`去年…為A，比前年的B多出C`: the year before, when the figure is last year's.)
// (`比94年的A減少了B`: a Taiwan year, with 的 after it.)
const LAST_YEAR = /(?:相)?(?:比|较|較)(?:上年度?|去年|前年|上一年度?|[对對]上一年|(?:19|20)\d\d年度?|(?:民[国國])?\d{2,3}年度?(?=的))(?:同期)?的?(?:(?![增减減降升多少高低提回])[^，,；;。\d]){0,8}$/;
// Traditional forms too (減少, 減收); `少` alone (`比去年3.01萬元少0.07萬元`).
const DOWN = /(减少|減少|下降|减收|減收|减支|減支|短收|降低|下跌|回落|下滑|少收|少完成|少)[了约近超达]?$/;

/** Words that say by how much an amount lies above last year's (`超出`, `高出`). */
const ABOVE_LAST_YEAR = /^(?:超出|超過|超过|高出)$/;

/** A rate clause between an amount and its comparison (`，按可比价格计算，年均增长11.6%`), read past. */
const RATE_CLAUSE = /[，,](?:按可比价格?计算[，,]?)?(?:年均|同比|比上年)?(?:增长|下降)[0-9.]+[%％]/g;

export function differencePartitions(model: Model): Partition[] {
  const out: Partition[] = [];
  eachSentence(model, (text, items, claims, si) => {
    // A relation of three figures: most sentences hold fewer, and are passed over before any pattern is run.
    if (items.length < 3) return;
    // (A plain test for the plan words first: most sentences name none.)
    const targets = PLAN_WORD.test(text) && COMPARED_TO_PLAN.test(text);
    if (!targets && !/[比较較](?:上年|去年|前年|上一年|[对對]上一年|(?:19|20)\d\d年)/.test(text)) return;
    for (let i = 0; i + 2 < items.length; i++) {
      // (Rates between the amount and its comparison are read past: `A，年均增长11.6%，比计划目标B超过C`.)
      let b = i + 1;
      while (targets && items[b]?.q.dimension === 'percent') b++;
      // (`A，占年度计划B的p%，比去年同期C多完成D`: a plan and its completion rate between the amount and last year's
      // are read past to the comparison after them.)
      const planRate = items[b + 1]?.q.dimension === 'percent' && text.slice(items[b]?.end ?? 0, items[b + 1]?.start ?? 0) === '的' && LAST_YEAR.test(text.slice(items[b + 1]?.end ?? 0, items[b + 2]?.start ?? 0).replace(/[\s\u3000]+/g, ''));
      const skipped = planRate ? [b, b + 1] : [];
      if (planRate) b += 2;
      // (`为年度预算B的100.58%，超收C`: the completion rate right after the plan is read past to the change.)
      const rateAfterPlan = targets && items[b + 1]?.q.dimension === 'percent' && text[items[b]?.end ?? -1] === '的';
      const c = rateAfterPlan ? b + 2 : b + 1;
      const [now, before, change] = [items[i], items[b], items[c]];
      if (!now || !before || !change) continue;
      // (`为122万元，较上年144万元减少22万元，…，较预算数339万元减少217万元`: a change is no amount of its own year.)
      if (changeBefore(text.slice(Math.max(0, now.start - 6), now.start))) continue;
      // (`比计划目标B超过C`: the figure read with 超过 as a bound is the excess's exact size after a target.)
      const overBound = change.q.qualifier === 'atLeast' && change.q.hi === undefined && /^(?:超过|超過|超出|超)/.test(text.slice(change.start, change.end));
      // (Money, or any amount that adds up, all three in one unit: `出貨82.3萬噸，較目標80萬噸多2.3萬噸`.)
      const same = [now, before, change].every((p) => p.q.dimension === now.q.dimension && (isPoint(p.q) || (p === change && overBound)) && p.q.unit === now.q.unit);
      if (!same || !ADDITIVE_DIMENSIONS.has(now.q.dimension)) continue;
      // A bracketed aside after this year's amount (`（包括教育事业费…）`) says what it holds: read past it.
      const skippedTo = items[skipped[1] ?? -1]?.end;
      const toBase = (skippedTo === undefined ? text.slice(now.end, before.start) : text.slice(skippedTo, before.start)).replace(/[（(][^（()）]*[）)]/g, '').replace(RATE_CLAUSE, '');
      if (b > i + 1 && skippedTo === undefined && /[0-9０-９]/.test(toBase)) continue;
      const target = skippedTo === undefined && TARGET_BASE.test(toBase.replace(/[\s\u3000]+/g, ''));
      if (!target && !LAST_YEAR.test(toBase.replace(/[\s\u3000]+/g, ''))) continue;
      if (overBound && !target) continue;
      const between = text.slice(rateAfterPlan ? (items[b + 1]?.end ?? before.end) : before.end, change.start).replace(/[\s\u3000]+/g, '');
      // (`比去年全年13.47亿元超出2.89亿元`: more than last year by the amount, as 多出 says it.)
      if (!(changeBefore(between) || (!target && ABOVE_LAST_YEAR.test(between)) || (target && (EXCESS_WORD.test(between) || (overBound && between === '')))) || between.length > 6) continue;
      // The clause must be the amount's own: no other clause between this year's and last year's.
      if (/[；;。，,]/.test(toBase)) {
        if (!/^[，,]?(?:比|较)/.test(toBase.trim()) && !(target && /^[，,]?(?:[为為]|完成)/.test(toBase.trim()))) continue;
      }
      const down = DOWN.test(between);
      const [total, parts] = down ? [before, [now, change]] : [now, [before, change]];
      const reason = target ? (down ? '目标 = 实际 + 差额' : '实际 = 目标 + 超出额') : down ? '上年 = 本年 + 减少额' : '本年 = 上年 + 增加额';
      out.push(definedPartition(total, parts, claims, reason, si));
    }
  });
  return out;
}

/** `由年初的76908万元调整为73408万元`: the words between the amount before and after an adjustment. */
const ADJUSTED_TO = /^[^，,；;。\d]{0,8}?(?:调整|调增|调减|调)(?:后)?(?:为|到|至)$/;
/** `由16267万元增长到20328万元`, `由625元增至802元`, `从3.2亿元下降到2.9亿元`: a change from one level to another. */
// (`由前年的106.22亿元减至去年的88.62亿元`: the later level's date may stand after 至, with 的; traditional script too.)
// (`603億元逐年降至114年398億元`: or a bare date, a Taiwan year too, with no 的.)
// (`由前年的A，減至去年的B`: a comma may stand before the verb.)
// (`由2025年7月至9月的A，下跌至2025年8月至10月的B，減少約C`: Hong Kong's three-month periods, months and all.)
const CHANGED_TO = /^[，,]?[^，,；;。\d]{0,8}?(?:增长|增長|增加|增|提高|上升|下降|减少|減少|降低|降|减|減|下跌|回落)(?:了)?(?:为|為|到|至)(?:到)?(?:(?:(?:19|20)\d{2}年)?(?:\d{1,2}月?[至到\-—－](?:(?:19|20)\d{2}年)?\d{1,2}月|\d{1,2}月)?[^，,；;。\d]{0,5}的|(?:(?:19|20)\d{2}|\d{2,3})年(?:底|末)?)?$/;
// `由…调整为…`, `从…调减至…`
// (`由2019年的1095元…`: the earlier level's year may follow 由.)
// (`由上一個3個月期間的A`: a span of months in the words.)
const ADJUSTED_FROM = /[由从從](?:(?:19|20)\d{2}年)?(?:\d{1,2}月?[至到\-—－](?:(?:19|20)\d{2}年)?\d{1,2}月|\d{1,2}月)?(?:[^，,；;。\d]|\d{1,2}[個个]月){0,10}$/;
/** `民國107年債務603億元逐年降至…`: the earlier level opened by its year and its name, no 由. */
const DATED_FROM = /(?:^|[，,；;。\s\u3000])(?:民[国國])?(?:(?:19|20)\d{2}|\d{2,3})年(?:底|末)?[^，,；;。\d]{1,6}$/;
/** `，调减3500万元`, `，调增54000万元`: the size of the adjustment, right after the new amount. */
const ADJUSTMENT = /^[，,]?(调增|调减|增加|减少|调高|调低)(?:了)?$/;
/** `，增加了4061万元`, `，减少3.1亿元`: the size of a change from one level to another. */
// (`，一口气减少17.6亿元`, `，整整少了46億元`: an adverb of amount may come first.)
// (`，7年減債205億元`: the years the change took may come first, and a debt's change is 減債 / 减债.)
// (`，減少約1,800人`: a size rounded and said so, held to its last significant digit.)
const CHANGE_SIZE = /^[，,]?(?:[0-9]{1,2}(?:年|个月|個月)(?:来|來|间|間|内|內)?)?(?:一口气|一口氣|共|合计|合計|累计|累計|整整|足足)?(增加|减少|減少|增长|增長|下降|提高|降低|减债|減債|多|少)(?:了)?(?:约|約)?$/;

/**
 * A budget adjustment with its size, in one clause: `由年初的76908万元调整为73408万元，调减3500万元`
 * (76908 = 73408 + 3500), `由95000万元调增为178000万元，调增83000万元` (178000 = 95000 + 83000).
 */
export function adjustmentPartitions(model: Model): Partition[] {
  const out: Partition[] = [];
  eachSentence(model, (text, items, claims, si) => {
    // A relation of three figures: most sentences hold fewer, and are passed over before any pattern is run.
    if (items.length < 3) return;
    if (!/[由从]/.test(text) || !/调/.test(text)) return;
    for (let i = 0; i + 2 < items.length; i++) {
      const [from, to, change] = [items[i], items[i + 1], items[i + 2]];
      if (!from || !to || !change) continue;
      if (![from, to, change].every((p) => p.q.dimension === 'money' && isPoint(p.q) && p.q.unit === from.q.unit)) continue;
      if (!ADJUSTED_FROM.test(text.slice(Math.max(0, from.start - 12), from.start))) continue;
      if (!ADJUSTED_TO.test(text.slice(from.end, to.start).replace(/[\s\u3000]+/g, ''))) continue;
      const word = ADJUSTMENT.exec(text.slice(to.end, change.start).replace(/[\s\u3000]+/g, ''))?.[1];
      if (word === undefined) continue;
      const down = /减|低/.test(word);
      const [total, parts] = down ? [from, [to, change]] : [to, [from, change]];
      out.push(definedPartition(total, parts, claims, down ? '调整前 = 调整后 + 调减额' : '调整后 = 调整前 + 调增额', si));
    }
  });
  return out;
}

/**
 * A change from one level to another with its size, in one clause run: `国民收入由16267万元增长到20328万元，
 * 增加了4061万元` (20328 = 16267 + 4061), `人均收入由1095元增至2004元，增加了909元`. Any one unit, not rates
 * (a share's change is written in 百分点).
 */
export function changedToPartitions(model: Model): Partition[] {
  const out: Partition[] = [];
  eachSentence(model, (text, items, claims, si) => {
    // A relation of three figures: most sentences hold fewer, and are passed over before any pattern is run.
    if (items.length < 3) return;
    if (!/[到至为為]/.test(text)) return;
    for (let i = 0; i + 2 < items.length; i++) {
      // `從A，逐年降為B、C、D，累計減債E`: the levels the amount went through, joined by 、, end on the one it reached.
      let last = i + 1;
      while (items[last + 1] !== undefined && items[last] !== undefined && /^[\s\u3000]*、[\s\u3000]*$/.test(text.slice(items[last]!.end, items[last + 1]!.start))) last++;
      // (`…，7年減債C`: a span of years before the change's size is read past.)
      const c = items[last + 1]?.q.dimension === 'time' ? last + 2 : last + 1;
      const [from, to, change] = [items[i], items[last], items[c]];
      if (!from || !to || !change) continue;
      const roundedSize = change.q.qualifier === 'approx' && change.q.hi === undefined;
      if (from.q.dimension === 'percent' || ![from, to, change].every((p) => (isPoint(p.q) || (p === change && roundedSize)) && p.q.unit === from.q.unit && p.q.dimension === from.q.dimension)) continue;
      const lead = text.slice(Math.max(0, from.start - 16), from.start);
      if (!ADJUSTED_FROM.test(lead) && !DATED_FROM.test(lead)) continue;
      const verb = text.slice(from.end, items[i + 1]?.start ?? to.start).replace(/[\s\u3000]+/g, '');
      if (!CHANGED_TO.test(verb)) continue;
      // (The levels between must be of the amount's unit too.)
      if (items.slice(i + 1, last + 1).some((p) => !isPoint(p.q) || p.q.unit !== from.q.unit || p.q.dimension !== from.q.dimension)) continue;
      const word = CHANGE_SIZE.exec(text.slice(to.end, change.start).replace(/[\s\u3000]+/g, ''))?.[1];
      if (word === undefined) continue;
      const down = /下降|减少|減少|降低|降|减|減|下跌|回落/.test(verb);
      // The size must go the way of the change (`由A增至B，减少C` is no such clause).
      if (down !== /减少|減少|下降|降低|减债|減債|少/.test(word)) continue;
      const [total, parts] = down ? [from, [to, change]] : [to, [from, change]];
      out.push(definedPartition(total, parts, claims, down ? '原值 = 现值 + 减少额' : '现值 = 原值 + 增加额', si));
    }
    // `保費收入比94年的A減少了B，降低到C`: the earlier level after its comparison word, the size of the change, then the
    // level it reached.
    for (let i = 0; i + 2 < items.length; i++) {
      const [from, change, to] = [items[i], items[i + 1], items[i + 2]];
      if (!from || !to || !change || from.q.dimension === 'percent') continue;
      if (![from, to, change].every((p) => isPoint(p.q) && p.q.unit === from.q.unit && p.q.dimension === from.q.dimension)) continue;
      if (!LAST_YEAR.test(text.slice(Math.max(0, from.start - 16), from.start).replace(/[\s\u3000]+/g, ''))) continue;
      const word = CHANGE_SIZE.exec(text.slice(from.end, change.start).replace(/[\s\u3000]+/g, ''))?.[1];
      const verb = text.slice(change.end, to.start).replace(/[\s\u3000]+/g, '');
      if (word === undefined || !/^[，,]/.test(verb) || !CHANGED_TO.test(verb)) continue;
      const down = /下降|减少|減少|降低|降|减|減|下跌|回落/.test(verb);
      if (down !== /减少|減少|下降|降低|减债|減債|少/.test(word)) continue;
      const [total, parts] = down ? [from, [to, change]] : [to, [from, change]];
      out.push(definedPartition(total, parts, claims, down ? '原值 = 现值 + 减少额' : '现值 = 原值 + 增加额', si));
    }
  });
  return out;
}

/** `收入总计481342万元，减支出总计473796万元，`: the amount taken away. */
// `预算稳定调节基金结余143432万元，计划动用预算稳定调节基金66410万元，`: a fund drawn on.
// `每亩总产值A，扣除亩均消耗支出B，亩均效益C`: a cost survey's output less its costs.
const MINUS = /^[，,]?(?:(?:减(?:去)?|扣除)[^，,；;。\d]{1,10}|(?:计划|拟)?动用[^，,；;。\d]{0,12})$/;
/** `，财政滚存结余7546万元`, `，年终结余…`, `，动用后年底预算稳定调节基金结余资金为…`: what is left. */
// (`，亩均效益`, `，亩净利`: what a survey's output leaves after its costs.)
const LEFT = /[，,](?:[^，,；;。\d]{0,6}(?:结余|结转|净利润?|纯收益|净收益|效益)|动用后[^，,；;。\d]{0,14}(?:结余|余额)(?:资金)?)[为达]?$/;

/** Last year's balance brought in (`上年结余`, `年初结转`): an income of the year, not what is left. */
const CARRIED_IN = /上年|年初|以前年度|上期/;
/** A fund's balance before it is drawn on (`预算稳定调节基金结余`, `…余额`). */
const FUND_HELD = /结余|结存|余额|基金[为达]?$/;

/**
 * A balance settled in one clause run: `收入总计481342万元，减支出总计473796万元，财政滚存结余7546万元`
 * (and a cost survey's `每亩总产值A，扣除亩均消耗支出B，亩均效益C`)
 * (481342 = 473796 + 7546); a fund drawn on: `基金结余A，计划动用B，动用后…结余资金为C` (A = B + C).
 */
export function remainderPartitions(model: Model): Partition[] {
  const out: Partition[] = [];
  eachSentence(model, (text, items, claims, si) => {
    // A relation of three figures: most sentences hold fewer, and are passed over before any pattern is run.
    if (items.length < 3) return;
    if (!/减|动用|扣除/.test(text)) return;
    for (let i = 0; i + 2 < items.length; i++) {
      const [whole, minus, left] = [items[i], items[i + 1], items[i + 2]];
      if (!whole || !minus || !left) continue;
      if (![whole, minus, left].every((p) => p.q.dimension === 'money' && isPoint(p.q) && p.q.unit === whole.q.unit)) continue;
      const minusWords = text.slice(whole.end, minus.start).replace(/[\s\u3000]+/g, '');
      if (!MINUS.test(minusWords)) continue;
      const leftWords = text.slice(minus.end, left.start).replace(/[\s\u3000]+/g, '');
      if (!LEFT.test(leftWords) || CARRIED_IN.test(leftWords)) continue;
      // (A fund drawn on is the whole's own: `调入资金A，动用预算稳定调节基金B，上年结余C` lists three sources.)
      if (/动用/.test(minusWords) && !FUND_HELD.test(text.slice(Math.max(0, whole.start - 16), whole.start))) continue;
      out.push(definedPartition(whole, [minus, left], claims, '总计 − 减项 = 结余', si));
    }
  });
  return out;
}
