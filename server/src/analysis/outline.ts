// Flat headings → the outline tree, with each heading's section extent.

import type { Heading, Paragraph } from './types';
import { classifyHeadings, type FlatHeading } from './headings';

export interface OutlineResult {
  outline: Heading[];
  /** Headings in document order (the same objects as in the tree). */
  flat: Heading[];
}

/** `source`: the original text when the paragraphs hold a reading view that differs from it (titles quote it). */
export function buildOutline(paragraphs: Paragraph[], textLength: number, source?: string): OutlineResult {
  const flatHeadings = classifyHeadings(paragraphs, source);
  const roots: Heading[] = [];
  const flat: Heading[] = [];
  const stack: { rank: number; node: Heading }[] = [];

  const close = (rank: number, at: number): void => {
    let top = stack.at(-1);
    while (top !== undefined && top.rank >= rank) {
      stack.pop();
      top.node.sectionSpan.end = at;
      top = stack.at(-1);
    }
  };

  for (const f of flatHeadings) {
    // A 专栏 or 表 ends at the next heading of rank ≤ its parent's, but a plain body
    // paragraph after it cannot be seen here, so boxes simply nest what follows them.
    closeBoxBefore(f);
    close(f.rank, f.span.start);
    const node = toHeading(f, stack.length);
    const parent = stack.at(-1);
    if (parent) parent.node.children.push(node);
    else roots.push(node);
    stack.push({ rank: f.rank, node });
    flat.push(node);
  }
  close(-Infinity, textLength);
  return { outline: roots, flat };

  /**
   * A numbered heading that continues the numbering from before an open 专栏/表 (main text 2.,
   * box 1.–4., then `3.数字经济…`) ends the box: it belongs to the main text, not the box.
   */
  function closeBoxBefore(f: FlatHeading): void {
    if (f.number === undefined) return;
    // The outermost open box or table.
    const boxAt = stack.findIndex((s) => s.node.kind === 'box' || s.node.kind === 'table');
    const boxFrame = stack[boxAt];
    if (boxAt < 0 || boxFrame === undefined) return;
    const box = boxFrame.node;
    const siblings = boxAt > 0 ? stack[boxAt - 1]?.node.children ?? roots : roots;
    const before = lastOfKind(siblings, f.kind, box);
    const inBox = lastOfKind(box.children, f.kind);
    if (before?.number === undefined || f.number !== before.number + 1) return;
    if (inBox?.number !== undefined && f.number === inBox.number + 1) return;
    close(boxFrame.rank, f.span.start);
  }
}

function lastOfKind(nodes: Heading[], kind: Heading['kind'], except?: Heading): Heading | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node?.kind === kind && node !== except) return node;
  }
  return undefined;
}

function toHeading(f: FlatHeading, level: number): Heading {
  return {
    kind: f.kind,
    level,
    label: f.label,
    number: f.number,
    title: f.title,
    span: f.span,
    selectionSpan: f.span,
    labelSpan: f.labelSpan,
    sectionSpan: { start: f.span.start, end: f.span.end },
    children: [],
  };
}
