// A list that names a whole and then its members, the figures in the same order:
//   `进出口、出口和进口分别完成2891.8亿元、1642.5亿元、1149.3亿元`   2891.8 = 1642.5 + 1149.3
// The whole's name must enumerate the members (`进出口` → 进口, 出口: cues/breakdowns.ts membersNamedBy)
// or join them (`交通和通信` → 交通, 通信: membersJoinedBy); so the whole is their sum by definition.
// Read only within one sentence, from the claims the 分别 list gave its figures, in the order written.

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { type Placed, definedPartition, eachSentence } from './bySentence';
import { isPoint } from './precision';
import { ADDITIVE_DIMENSIONS } from './dimensions';
import { RESPECTIVELY_WORD, membersJoinedBy, membersNamedBy } from '../cues/breakdowns';

/** The most members a whole's name enumerates (`猪牛羊禽`). */
const MAX_MEMBERS = 4;

export function wholeFirstListPartitions(model: Model): Partition[] {
  const out: Partition[] = [];
  eachSentence(model, (text, items, claims, si) => {
    if (!text.includes(RESPECTIVELY_WORD)) return;
    const levels = items.filter((p) => ADDITIVE_DIMENSIONS.has(p.q.dimension) && isPoint(p.q) && claims.get(p.index)?.kind === 'level');
    for (let i = 0; i + 2 < levels.length; i++) {
      const whole = levels[i];
      const name = whole === undefined ? undefined : claims.get(whole.index)?.indicator;
      if (whole === undefined || name === undefined) continue;
      for (let n = Math.min(MAX_MEMBERS, levels.length - i - 1); n >= 2; n--) {
        const parts = levels.slice(i + 1, i + 1 + n);
        if (!sameList(text, whole, parts)) continue;
        const labels = parts.map((p) => claims.get(p.index)?.indicator ?? '');
        const members = membersNamedBy(name, labels) ?? (n === 2 ? membersJoinedBy(name, labels) : undefined);
        if (members === undefined) continue;
        out.push(definedPartition(whole, parts, claims, `${name} = ${labels.join(' + ')}`, si));
        break;
      }
    }
  });
  return out;
}

/** Only a list mark between two figures of one list (`、`, `，`, `和`). */
const LIST_MARK = /^[\s\u3000、，,和及与與]{1,2}$/;

/** The whole and its parts in one unit, each figure right after the one before with only a list mark between. */
function sameList(text: string, whole: Placed, parts: Placed[]): boolean {
  let prev = whole;
  for (const p of parts) {
    if (p.q.unit !== whole.q.unit || !LIST_MARK.test(text.slice(prev.end, p.start))) return false;
    prev = p;
  }
  return true;
}
