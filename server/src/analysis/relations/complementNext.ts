// A 其中 sentence that names one part, and the next sentence that opens on that part's complement:
//   `本级收入53.19亿元，增长22.1%。其中，税收收入29.09亿元，增长46.2%。非税收入24.1亿元，增长1.9%。`
// 税收收入 and 非税收入 (or any class and its complement, cues/breakdowns.ts) make up the total whole, so
// the one-part partition of the 其中 sentence becomes complete with the sentence after it. Read only when
// the next sentence of the same paragraph opens on the complement's name right before its one amount of
// the part's unit, and the 其中 sentence states no other amount of that unit after the part.

import type { Model } from '../checks/check';
import type { Partition } from './partition';
import { claimsByQuantity, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { changeBefore, complementPair, familyOf, inMarkName, opensSubset, withoutSubsetLead } from '../cues/breakdowns';

/** A verb of doing or being that closes a name before its figure (`完成`, `为`). */
const DOING_AFTER = /(?:完成|实现|實現|[为為]|[达達]到?|共|累计)$/;

/** The words a sentence opens on before its first figure, without a verb of doing (`非税收入完成`). */
function openingName(text: string, at: number): string {
  return text
    .slice(0, at)
    .replace(/^[\s\u3000，,；;：:、]+/, '')
    .replace(/[\s\u3000]+/g, '')
    .replace(DOING_AFTER, '');
}

/** The same name with its verb of doing taken off (`税收收入完成` → `税收收入`). */
function bareLabel(label: string): string {
  return withoutSubsetLead(label.replace(/^[\s\u3000，,；;：:、]+/, '')).replace(/^[，,：:]+/, '').replace(DOING_AFTER, '');
}

export function completedByNextSentence(model: Model, p: Partition): Partition | undefined {
  if (!p.subset || p.complete || p.parts.length !== 1) return undefined;
  const part = p.parts[0];
  const sentence = model.sentences[p.sentence];
  const next = model.sentences[p.sentence + 1];
  if (part === undefined || sentence === undefined || next === undefined || next.paragraph !== sentence.paragraph) return undefined;
  if (!opensSubset(sentence.text) || opensSubset(next.text) || inMarkName(next.text) !== undefined) return undefined;
  const placed = quantitiesBySentence(model);
  const sameUnit = (x: { q: { unit: string; dimension: string } }): boolean => x.q.unit === part.q.unit && x.q.dimension === part.q.dimension;
  // Nothing more of the part's unit after it in its own sentence (a change after it is no amount).
  const own = placed[p.sentence] ?? [];
  if (own.some((x) => x.start > part.start && sameUnit(x) && !changeBefore(sentence.text.slice(Math.max(0, x.start - 6), x.start)))) return undefined;
  const items = (placed[p.sentence + 1] ?? []).filter((x) => sameUnit(x) && !changeBefore(next.text.slice(Math.max(0, x.start - 6), x.start)));
  const other = items[0];
  if (items.length !== 1 || other === undefined || !isPoint(other.q) || (placed[p.sentence + 1] ?? [])[0] !== other) return undefined;
  const name = openingName(next.text, other.start);
  const label = bareLabel(p.labels[0] ?? '');
  if (name.length < 2 || name.length > 12 || label.length < 2) return undefined;
  const reason = familyOf([label, name]) ?? complementPair([label, name]);
  if (reason === undefined) return undefined;
  const claims = claimsByQuantity(model);
  return { ...p, parts: [part, other], labels: [label, name], keys: [p.keys[0], claims.get(other.index)?.key], complete: true, reason };
}
