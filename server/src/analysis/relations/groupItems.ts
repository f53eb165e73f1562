// A named set's total, then its members one sentence each:
//   `五大特色产业实现产值A，增长30%。清洁能源稳中有升，实现产值a1，…。新型材料…，实现产值a2，…。…`
// The total's clause names a set of N with 大 (`五大特色产业`, `三大主导产业`: a fixed set), and the next N
// sentences of the paragraph each state exactly one amount of the total's unit, measured by the total's
// own measure word (`产值`), while the sentence after them (if the paragraph goes on) states none so
// measured: the N amounts are the members', and they make up the total (definedPartition).

import type { Model } from '../checks/check';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { perModel } from './perModel';
import { COUNTED_GROUP, MEASURE_VERB } from '../cues/lists';
import { countOf } from './countedSum';
import type { Partition } from './partitions';
import { ADDITIVE_DIMENSIONS } from './dimensions';

/** The most members read (a longer set is no list of sentences a reader checks one by one). */
const MAX_MEMBERS = 8;
/** The shortest measure word that ties a member to the total (`产值`). */
const MIN_MEASURE = 2;

export const groupItemsPartitions: (model: Model) => Partition[] = perModel(computeGroupItems);

/** The words right before a figure back to its clause's start. */
function clauseBefore(text: string, p: Placed): string {
  const start = Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((c) => text.lastIndexOf(c, p.start - 1))) + 1;
  return text.slice(start, p.start);
}

/** Counts written before 大 (`五大`, `3大`). */
const COUNT_CHAR = /[一二三四五六七八九十两0-9]/;

/** The first COUNTED_GROUP of a text, its index in the whole text, tried only where a count precedes 大. */
function countedGroupIn(text: string): RegExpExecArray | undefined {
  for (let at = text.indexOf('大'); at > 0; at = text.indexOf('大', at + 1)) {
    if (!COUNT_CHAR.test(text[at - 1] ?? '')) continue;
    const from = Math.max(0, at - 2);
    const m = COUNTED_GROUP.exec(text.slice(from));
    if (m && m.index + from < at) {
      m.index += from;
      return m;
    }
  }
  return undefined;
}

function computeGroupItems(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    // Most sentences name no fixed set (大 alone is common: 加大, 大力): the pattern runs only from a 大 that
    // follows a count.
    const m = countedGroupIn(sentence.text);
    if (!m) return;
    const n = countOf(m[1] ?? '');
    if (n === undefined || n < 2 || n > MAX_MEMBERS) return;
    const groupEnd = m.index + m[0].length;
    // The total: the first amount after the group, in the group's clause.
    const total = (placed[si] ?? []).find((p) => p.start >= groupEnd && ADDITIVE_DIMENSIONS.has(p.q.dimension));
    if (total === undefined || !isPoint(total.q) || /[，,；;。]/.test(sentence.text.slice(groupEnd, total.start))) return;
    const measure = sentence.text.slice(groupEnd, total.start).replace(MEASURE_VERB, '').replace(/(?:为|達|达)$/, '');
    if (measure.length < MIN_MEASURE) return;
    const measured = (text: string, p: Placed): boolean => p.q.unit === total.q.unit && clauseBefore(text, p).replace(/(?:为|達|达)$/, '').endsWith(measure);
    const parts: Placed[] = [];
    for (let k = si + 1; k <= si + n; k++) {
      const s = model.sentences[k];
      if (!s || s.paragraph !== sentence.paragraph) return;
      const amounts = (placed[k] ?? []).filter((p) => p.q.unit === total.q.unit);
      const part = amounts[0];
      if (amounts.length !== 1 || part === undefined || !isPoint(part.q) || !measured(s.text, part)) return;
      const kind = claims.get(part.index)?.kind;
      if (kind !== undefined && kind !== 'level') return;
      parts.push(part);
    }
    // The list ends where the paragraph's next sentence measures no member so.
    const after = model.sentences[si + n + 1];
    if (after !== undefined && after.paragraph === sentence.paragraph && (placed[si + n + 1] ?? []).some((p) => measured(after.text, p))) return;
    out.push(definedPartition(total, parts, claims, `${m[1]}大${m[2]}`, si));
  });
  return out;
}
