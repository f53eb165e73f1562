// Other readings of a stated rate: the figures of its sentence (and the sentence before, in the
// same paragraph) that could stand in for the part or the whole the ratio relation chose.
//   `参加医保33550人，其中成年居民5441人，学生儿童28109人，占年度目标任务20000人的167.75%`
// pairs the rate with the 其中 part just before it (140.5 %), while 33550 ÷ 20000 = 167.75 %: the
// report is consistent, the pairing was not. share-mismatch asks for these figures before it speaks.

import type { Model } from '../checks/check';
import type { Quantity } from '../types';
import { quantitiesBySentence } from './bySentence';
import { isPoint, tolerance } from './precision';
import { abs, add, cmp, dec, div, mul, sub } from '../decimal';
import { perModel } from './perModel';

/** Sentence index by source offset, built once per model (sentences are in source order). */
const sentenceStarts = perModel((model: Model): number[] => model.sentences.map((s) => s.span.start));

function sentenceAt(model: Model, offset: number): number {
  const starts = sentenceStarts(model);
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Point figures of `unit` before the rate, in its sentence and the one before it in the same
 * paragraph, other than `except`: the candidates for another part or another whole.
 */
export function figuresBeforeRate(model: Model, rate: Quantity, unit: string, except: readonly Quantity[]): Quantity[] {
  const si = sentenceAt(model, rate.span.start);
  if (si < 0) return [];
  const placed = quantitiesBySentence(model);
  const here = model.sentences[si];
  const prev = model.sentences[si - 1];
  const from = prev !== undefined && here !== undefined && prev.paragraph === here.paragraph ? si - 1 : si;
  const out: Quantity[] = [];
  for (let k = from; k <= si; k++) {
    for (const p of placed[k] ?? []) {
      if (p.q.span.start >= rate.span.start) break;
      if (p.q.unit === unit && isPoint(p.q) && !except.includes(p.q)) out.push(p.q);
    }
  }
  return out;
}

/**
 * Point figures of `unit` anywhere in the rate's paragraph (before or after it), other than `except`.
 * A share whose part ÷ share lands on another stated figure of its paragraph names that figure as its
 * whole: the writer's pairing and ours differ, and the report agrees with itself.
 */
export function figuresOfParagraph(model: Model, rate: Quantity, unit: string, except: readonly Quantity[], withParagraphBefore = false): Quantity[] {
  const si = sentenceAt(model, rate.span.start);
  const here = model.sentences[si];
  if (here === undefined) return [];
  const placed = quantitiesBySentence(model);
  const out: Quantity[] = [];
  let k = si;
  for (; k >= 0 && model.sentences[k]?.paragraph === here.paragraph; k--) collect(k);
  // The paragraph right before, when asked: a lead paragraph that states the grand total
  // (`全年来访旅客1069万人次…` and then, on its own, `其他地区718万人次，其中日本190万人次(占17.7%)`).
  const before = model.sentences[k]?.paragraph;
  if (withParagraphBefore && before !== undefined) for (; k >= 0 && model.sentences[k]?.paragraph === before; k--) collect(k);
  for (let k = si + 1; k < model.sentences.length && model.sentences[k]?.paragraph === here.paragraph; k++) collect(k);
  return out;

  function collect(k: number): void {
    for (const p of placed[k] ?? []) if (p.q !== rate && p.q.unit === unit && isPoint(p.q) && !except.includes(p.q)) out.push(p.q);
  }
}

/**
 * `发电量约63.8亿千瓦时，社会总用电量约55亿千瓦时，新能源电量占比达116%`: a rate over 100 % that two figures of one
 * unit before it, in its sentence, give exactly (63.8 ÷ 55): the writer's own ratio of two quantities,
 * however it is worded, no impossible share.
 */
export function pairGivesRate(model: Model, rate: Quantity): boolean {
  const si = sentenceAt(model, rate.span.start);
  const placed = quantitiesBySentence(model)[si] ?? [];
  const before = placed.map((p) => p.q).filter((q) => q.span.start < rate.span.start && q.dimension !== 'percent' && q.value.units > 0n);
  const slack = add(tolerance(rate), dec(5, 2));
  for (const a of before) {
    for (const b of before) {
      if (a === b || a.unit !== b.unit || cmp(a.value, b.value) <= 0) continue;
      const r = div(mul(a.value, dec(100)), b.value, 6);
      if (r !== undefined && cmp(abs(sub(r, rate.value)), slack) <= 0) return true;
    }
  }
  return false;
}

/** Time and place words before a whole's measure (`累计到位资金`, `全州到位资金`): not part of the measure. */
const MEASURE_LEAD = /^(?:全[州市县縣区區省盟旗])?(?:累计|累計|全年|当年|當年)?/;
/** The shortest measure the units listed after a total must repeat (`到位资金`). */
const MIN_LISTED_MEASURE = 3;

/**
 * `累计到位资金A，核拨资金B、核拨率r。其中：甲市到位资金a1，核拨资金b1…；乙县到位资金a2，核拨资金b2…`: the
 * sums, over the units the next 其中 sentence lists, of the figures measured as the whole and as the part
 * (names ending in their measures). A rate over the units' own sum (the total may hold funds no unit got)
 * is read by the caller against it. Undefined when the sentence after the rate's opens no such list.
 */
export function listedUnitSums(model: Model, part: Quantity, whole: Quantity, partKey: string, wholeKey: string, opensList: (text: string) => boolean, keyOf: (index: number) => string | undefined): { part: Quantity[]; whole: Quantity[] } | undefined {
  const si = sentenceAt(model, part.span.start);
  const next = model.sentences[si + 1];
  if (si < 0 || next === undefined || next.paragraph !== model.sentences[si]?.paragraph || !opensList(next.text)) return undefined;
  const wholeMeasure = wholeKey.replace(MEASURE_LEAD, '');
  const partMeasure = partKey.replace(MEASURE_LEAD, '');
  if (wholeMeasure.length < MIN_LISTED_MEASURE || partMeasure.length < MIN_LISTED_MEASURE || wholeMeasure === partMeasure) return undefined;
  const items = quantitiesBySentence(model)[si + 1] ?? [];
  const wholes: Quantity[] = [];
  const parts: Quantity[] = [];
  for (const p of items) {
    const key = keyOf(p.index) ?? '';
    if (p.q.unit === whole.unit && isPoint(p.q) && key.endsWith(wholeMeasure)) wholes.push(p.q);
    else if (p.q.unit === part.unit && isPoint(p.q) && key.endsWith(partMeasure)) parts.push(p.q);
  }
  return wholes.length >= 2 && wholes.length === parts.length ? { part: parts, whole: wholes } : undefined;
}
