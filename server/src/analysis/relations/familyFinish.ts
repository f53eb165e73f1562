// A known family whose last members open the next sentence: `总产值A。其中农业B；林业C；牧业D；渔业E。
// 农林牧渔服务业产值F。` The 其中 list names four of the five members; the fifth, in the next sentence of
// the paragraph, completes the set, so the five parts must add up to the total (a part that grew by a
// slip no longer hides behind "a 其中 list may be incomplete").
//
// Only when every field agrees: the partition is a partial family, the next sentence is in the same
// paragraph and opens with the missing member's figure (its first figure, the same unit as the parts,
// not opening another breakdown), and the completed labels are exactly the family.

import type { Model } from '../checks/check';
import type { Claim } from '../types';
import type { Placed } from '../placement';
import type { Partition } from './partition';
import { familyFitsTotal, familyOf, opensBreakdown, opensSubset, partialFamily } from '../cues/breakdowns';

/** The partition completed by the first figure of the next sentence, or undefined. */
export function finishedInNextSentence(
  model: Model,
  placed: readonly Placed[][],
  claims: ReadonlyMap<number, Claim>,
  p: Partition,
  totalName: string,
): Partition | undefined {
  if (p.complete || !partialFamily(p.labels)) return undefined;
  const here = model.sentences[p.sentence];
  const next = model.sentences[p.sentence + 1];
  const unit = p.parts[0]?.q.unit;
  if (here === undefined || next === undefined || next.paragraph !== here.paragraph || unit === undefined) return undefined;
  if (opensSubset(next.text) || opensBreakdown(next.text)) return undefined;
  // The missing members in order, from the next sentence's first figure on (`林业C。牧业D；渔业E；服务业F`):
  // each of the same unit, each naming one more member, until the family is whole.
  const following = (placed[p.sentence + 1] ?? []).filter((x) => x.q.unit === unit && claims.get(x.index)?.kind !== 'change');
  if (following[0] === undefined || following[0] !== placed[p.sentence + 1]?.find((x) => x.q.unit === unit)) return undefined;
  // (Only its own change may come first: `至于涉及转按的贷款则减少0.2%，至32亿元`.)
  const first = following[0];
  if ((placed[p.sentence + 1] ?? []).some((x) => x.start < first.start && x.q.dimension !== 'percent')) return undefined;
  const parts = [...p.parts];
  const labels = [...p.labels];
  const keys = [...p.keys];
  for (const x of following.slice(0, MAX_MISSING)) {
    parts.push(x);
    labels.push(claims.get(x.index)?.indicator ?? next.text.slice(0, x.start));
    keys.push(claims.get(x.index)?.key);
    const family = familyOf(labels);
    if (family !== undefined) return familyFitsTotal(family, totalName, labels) ? { ...p, parts, labels, keys, complete: true, reason: family } : undefined;
    if (!partialFamily(labels)) return undefined;
  }
  return undefined;
}

/** At most this many members may stand in the next sentence. */
const MAX_MISSING = 4;
