// Run-in heads: a short clause ending in 。 that opens a paragraph (`巩固拓展脱贫攻坚成果。`).

import { opensSubset } from './cues/breakdowns';

const EXCLUDE = /^(各位代表|我们|今年|去年|明年|同时|这|此外|总之|当前|目前)/;

/** Offset of the 。 closing a run-in head that starts at `from`, or undefined. */
export function runInEnd(text: string, from: number, minRest = 10, maxLength = 24): number | undefined {
  const stop = text.indexOf('。', from);
  if (stop < 0 || stop - from > maxLength) return undefined;
  const clause = text.slice(from, stop);
  if (clause.length < 4 || text.length - stop < minRest) return undefined;
  if (/[，,；;：:、\d０-９（(]/.test(clause) || EXCLUDE.test(clause) || opensSubset(clause)) return undefined;
  if (clause.startsWith('——')) return undefined;
  return stop;
}
