// Shares computed over the sum of the parts rather than the stated whole. County and district
// figures of a city rarely add up to the city's own total (each is reckoned on its own), and
// bulletins then state every part's share of the parts' sum: `市区生产总值572亿元、占全市45%；县域
// 生产总值694亿元、占全市55%` under a city total of 1218亿元. Such a share is no contradiction of
// the share itself: what does not add up is the parts, which sum-mismatch speaks about when it can.
import type { Model } from '../checks/check';
import type { Quantity } from '../types';
import { toPlain } from '../decimal';
import type { ShareRelation } from './shareParts';

/** A sibling's own share follows its amount within this many characters, in the same clause group. */
const SHARE_REACH = 24;

function num(q: Quantity): number {
  return Number(toPlain(q.value));
}

/**
 * True when another amount of the sentence, measured like the part and followed by its own share,
 * makes the two shares sum to 100 and the stated share equals part ÷ (part + that amount).
 */
export function sharedOverSiblings(model: Model, rel: ShareRelation): boolean {
  const sentence = model.sentences.find((s) => s.span.start <= rel.share.span.start && rel.share.span.end <= s.span.end);
  if (!sentence) return false;
  const inSentence = model.quantities
    .filter((q) => q.span.start >= sentence.span.start && q.span.end <= sentence.span.end)
    .sort((a, b) => a.span.start - b.span.start);
  const part = num(rel.part);
  const share = num(rel.share);
  for (let i = 0; i < inSentence.length - 1; i++) {
    const q = inSentence[i]!;
    if (q === rel.part || q === rel.whole || q.unit !== rel.part.unit || q.dimension !== rel.part.dimension) continue;
    const sibling = num(q);
    if (part + sibling <= 0 || Math.abs((part * 100) / (part + sibling) - share) > 0.15) continue;
    // Its own share among the next figures (`县域694亿元、增长8.1%，占全市54.8%`): the two make 100.
    for (let j = i + 1; j < inSentence.length; j++) {
      const next = inSentence[j]!;
      const between = model.text.slice(q.span.end, next.span.start);
      if (between.length > SHARE_REACH || /[；;。]/.test(between)) break;
      if (next.unit === '%' && next !== rel.share && Math.abs(share + num(next) - 100) <= 0.3) return twoSiblingsOnly(model, inSentence, rel);
    }
  }
  return false;
}

/**
 * Two siblings only: with a third amount and its own share (`A，占p%；B，占q%；C，占r%`), every share is of
 * the stated whole, and two of them summing near 100 is chance. (Asked only once a sibling fits.)
 */
function twoSiblingsOnly(model: Model, inSentence: readonly Quantity[], rel: ShareRelation): boolean {
  let shared = 0;
  inSentence.forEach((q, i) => {
    if (q !== rel.part && q !== rel.whole && q.unit === rel.part.unit && q.dimension === rel.part.dimension && shareFollows(model, inSentence, i)) shared++;
  });
  return shared <= 1;
}

/** True when the amount at `i` is followed by a percentage within SHARE_REACH, in its clause group. */
function shareFollows(model: Model, inSentence: readonly Quantity[], i: number): boolean {
  const q = inSentence[i];
  if (q === undefined) return false;
  for (let j = i + 1; j < inSentence.length; j++) {
    const next = inSentence[j]!;
    const between = model.text.slice(q.span.end, next.span.start);
    if (between.length > SHARE_REACH || /[；;。]/.test(between)) return false;
    if (next.unit === '%') return true;
  }
  return false;
}

/**
 * The amounts of a figure's unit inside the innermost bracket around it, itself included, when it shares
 * the bracket with at least one other (`（包括一般性转移支付B，…；专项转移支付C）`); else undefined.
 */
export function bracketSiblings(model: Model, part: Quantity): Quantity[] | undefined {
  const inside = bracketAround(model.text, part.span.start);
  if (inside === undefined) return undefined;
  const listed = model.quantities.filter((q) => q.span.start >= inside[0] && q.span.end <= inside[1] && q.unit === part.unit && q.dimension === part.dimension);
  return listed.length >= 2 && listed.includes(part) ? listed : undefined;
}

/** How far a bracket is looked for on either side of a figure. */
const BRACKET_REACH = 200;

/** The span inside the innermost bracket around an offset, within one sentence and BRACKET_REACH; else undefined. */
function bracketAround(text: string, at: number): [number, number] | undefined {
  let depth = 0;
  let open = -1;
  for (let i = at - 1; i >= Math.max(0, at - BRACKET_REACH); i--) {
    const c = text[i];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    } else if (c === '。' || c === '\n') return undefined;
  }
  if (open < 0) return undefined;
  depth = 0;
  for (let i = at; i < Math.min(text.length, at + BRACKET_REACH); i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) return [open + 1, i];
      depth--;
    } else if (c === '。' || c === '\n') return undefined;
  }
  return undefined;
}
