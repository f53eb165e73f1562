// A total and its parts, as the relation stage found them (the shape every partition reader returns).

import type { Placed } from '../placement';

export interface Partition {
  total: Placed;
  parts: Placed[];
  /** Labels of the parts (claim indicator or the segment's text), for completeness. */
  labels: string[];
  /** Claim keys of the parts, where claims exist. */
  keys: (string | undefined)[];
  complete: boolean;
  /** Why it is complete: the announced count or the known set. */
  reason?: string;
  /** The region opened with 其中 (a subset): only an excess is an error when incomplete. */
  subset: boolean;
  /** Sentence index of the parts. */
  sentence: number;
  /** The uses of an amount (`用于A…，B…`): allocated once each, so they never overlap. */
  allocation?: boolean;
  /** Listed in a bracket right after the total, with no 其中 or 含 word (`A（B1，B2）`). */
  plainBracket?: boolean;
}
