// A total, then the members of a known complete family one sentence each:
//   `全国一般公共预算收入A，增长0.1%。中央一般公共预算收入B，下降2%。地方一般公共预算本级收入C，增长1.8%。`
// The sentences right after the total's (same paragraph) each open with a member's name and its figure;
// when their names are exactly one family (cues/breakdowns familyOf) that makes up a total so named
// (familyFitsTotal, not familyNotUnder), the members make up the total (definedPartition).
//
// Only when every field agrees: the total is its sentence's first figure and the member sentences' first
// figures are levels of its unit; each member's name is the whole clause before its figure (`其中` aside), and
// the first run of sentences that completes a family is read.

import type { Model } from '../checks/check';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint } from './precision';
import { perModel } from './perModel';
import { byMark, familyFitsTotal, familyNotUnder, familyOf, familyTotal, opensBreakdown, opensSubset, withoutSubsetLead } from '../cues/breakdowns';
import { ADDITIVE_DIMENSIONS } from './dimensions';
import type { Partition } from './partitions';

/** Fewest and most member sentences read (a family of one sentence each is short: 中央/地方, 城镇/乡村). */
const MIN_MEMBERS = 2;
const MAX_MEMBERS = 5;

/** A per-head or average figure (`人均可支配收入`): an average of its parts, never their sum. */
const PER_HEAD = /人均|平均|每[人户戶]/;

/** Room for a subset lead and an item's number before a name (`其中，(1)`). */
const LEAD_SLACK = 8;

/** An item's number before its name: `(1)`, `（2）`, `①`, `3.`, `4、`. */
const ITEM_NUMBER = /^(?:[（(][0-9０-９一二三四五六七八九十]{1,2}[)）]|[①-⑩]|[0-9０-９]{1,2}[.．、])/;

/** A name that fits in one clause (`地方一般公共预算本级收入`); a longer head is a narrative, not a name. */
const MAX_NAME = 20;

export const familySentencePartitions: (model: Model) => Partition[] = perModel(computeFamilySentences);

/** The clause before a sentence's first figure, when it is only a name (a subset lead aside); else undefined. */
function openingName(text: string, first: Placed): string | undefined {
  // (A long lead-in is no name, whatever it holds: most sentences end here.)
  if (first.start > MAX_NAME + LEAD_SLACK) return undefined;
  // (`(1)中央企业A。(2)地方国有企业B。`: an item's number is no part of its name.)
  const head = withoutSubsetLead(text.slice(0, first.start)).replace(/^[，,、\s\u3000]+/, '').replace(ITEM_NUMBER, '');
  if (head.length === 0 || head.length > MAX_NAME || /[，,；;：:。（(0-9０-９]/.test(head)) return undefined;
  return head;
}

function computeFamilySentences(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  const firstOf = (k: number): Placed | undefined => (placed[k] ?? [])[0];
  // Each sentence's opening name, read once (a sentence is a member for several totals before it).
  const opening = model.sentences.map((s, k) => {
    const p = firstOf(k);
    return p === undefined ? undefined : openingName(s.text, p);
  });
  model.sentences.forEach((sentence, si) => {
    // Most sentences are followed by none that opens with a bare name and its figure: nothing to read.
    if (opening[si + 1] === undefined) return;
    const total = firstOf(si);
    if (total === undefined || !isPoint(total.q) || !ADDITIVE_DIMENSIONS.has(total.q.dimension)) return;
    const totalName = opening[si] ?? lastClause(sentence.text.slice(0, total.start));
    if (totalName.length < 2) return;
    const parts: Placed[] = [];
    const names: string[] = [];
    for (let k = si + 1; k <= si + MAX_MEMBERS; k++) {
      const s = model.sentences[k];
      const p = firstOf(k);
      const name = opening[k];
      // (The first member may open with 其中, `…面积A。其中：夏粮面积B。…秋粮面积C`: the family goes on past its sentence.)
      if (s === undefined || p === undefined || name === undefined || s.paragraph !== sentence.paragraph || (opensBreakdown(s.text) && !(k === si + 1 && opensSubset(s.text) && !byMark(s.text)))) break;
      // `其中：夏粮播种面积A。夏粮产量B。秋粮播种面积C…`: a sentence that goes on about the member just read, in another
      // unit (its output after its area), is passed over; the next member may follow it.
      const last = names[names.length - 1];
      if (p.q.unit !== total.q.unit && last !== undefined && samePrefix(last, name)) continue;
      if (p.q.unit !== total.q.unit || !isPoint(p.q)) break;
      const kind = claims.get(p.index)?.kind;
      if (kind !== undefined && kind !== 'level') break;
      parts.push(p);
      names.push(name);
      if (parts.length < MIN_MEMBERS) continue;
      const family = familyOf(names);
      if (family === undefined) continue;
      // (A family that names its total, `中学` for 高中/初中, must find it named so: what the members measure alone
      // (`招生`) fits a sibling's figure in the sentence before as well. Per-head figures are averages, no parts.)
      if (!familyFitsTotal(family, totalName, names) || familyNotUnder(family, totalName, names) || (familyTotal(family) !== undefined && familyTotal(family)?.test(totalName) !== true)) return;
      if (PER_HEAD.test(totalName) || names.some((n) => PER_HEAD.test(n))) return;
      out.push(definedPartition(total, [...parts], claims, family, si));
      return;
    }
  });
  return out;
}

/** True when two names open with the same two characters (`夏粮播种面积`, `夏粮产量`): one member, two measures. */
function samePrefix(a: string, b: string): boolean {
  return a.length >= 2 && b.length >= 2 && a.slice(0, 2) === b.slice(0, 2);
}

/** The words of the last clause of a text (after its last `，`, `；` or `：`). */
function lastClause(text: string): string {
  const cut = Math.max(text.lastIndexOf('，'), text.lastIndexOf('；'), text.lastIndexOf('：'), text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'));
  return text.slice(cut + 1).trim();
}
