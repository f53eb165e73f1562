// Other readings of a stated rate: the figures of its sentence (and the sentence before, in the
// same paragraph) that could stand in for the part or the whole the ratio relation chose.
//   `参加医保33550人，其中成年居民5441人，学生儿童28109人，占年度目标任务20000人的167.75%`
// pairs the rate with the 其中 part just before it (140.5 %), while 33550 ÷ 20000 = 167.75 %: the
// report is consistent, the pairing was not. share-mismatch asks for these figures before it speaks.

import type { Model } from '../checks/check';
import type { Quantity } from '../types';
import { quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
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
export function figuresOfParagraph(model: Model, rate: Quantity, unit: string, except: readonly Quantity[]): Quantity[] {
  const si = sentenceAt(model, rate.span.start);
  const here = model.sentences[si];
  if (here === undefined) return [];
  const placed = quantitiesBySentence(model);
  const out: Quantity[] = [];
  for (let k = si; k >= 0 && model.sentences[k]?.paragraph === here.paragraph; k--) collect(k);
  for (let k = si + 1; k < model.sentences.length && model.sentences[k]?.paragraph === here.paragraph; k++) collect(k);
  return out;

  function collect(k: number): void {
    for (const p of placed[k] ?? []) if (p.q !== rate && p.q.unit === unit && isPoint(p.q) && !except.includes(p.q)) out.push(p.q);
  }
}
