// Two statements of one figure that differ as a typing slip does: one digit replaced, added or
// dropped, two neighbouring digits swapped, or only the sign (增长 for 下降). value-mismatch and
// growth-mismatch speak with their full severity only then. Two values that differ everywhere
// (`5.42` and `5.88`, `-56.2` and `-50.48`) are far more often two different quantities whose
// frames the claim layer could not tell apart (a caliber, a stage, a crop's area and its output)
// than one figure mistyped, and on real reports every such pair was; they are shown as
// information. Values are compared in their normalized unit, so `231.7亿元` and `238.7亿元`
// differ in one digit and `2.5亿元` and `25亿元` by one dropped point.

import { type Decimal, abs, eq, normalize, toPlain } from '../decimal';
import { withinEdits } from '../editDistance';

/** True when two plain forms differ by one swap of neighbouring characters. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) at.push(i);
  const [i, j] = at;
  return at.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

/** True when `a` and `b` may be one figure typed twice, once with a slip. */
export function typingSlip(a: Decimal, b: Decimal): boolean {
  if (eq(abs(a), abs(b))) return true;
  if ((a.units < 0n) !== (b.units < 0n)) return false;
  // The point counts as a character: `2.5` / `25` is one dropped point, `12` / `11.2` two edits.
  const pa = toPlain(normalize(abs(a)));
  const pb = toPlain(normalize(abs(b)));
  // Two one-digit values (`5%` / `8%`) are one edit apart whatever they are: that says nothing.
  if (pa.length === 1 && pb.length === 1) return false;
  if (withinEdits(pa, pb, 1) !== undefined) return true;
  // A swap across the point (`5.2` / `2.5`) is a swap of neighbouring digits.
  return pa.indexOf('.') === pb.indexOf('.') && swapped(pa.replace('.', ''), pb.replace('.', ''));
}
