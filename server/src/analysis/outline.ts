// Flat headings → the outline tree, with each heading's section extent.

import type { Heading, Paragraph } from './types';
import { classifyHeadings, type FlatHeading } from './headings';

export interface OutlineResult {
  outline: Heading[];
  /** Headings in document order (the same objects as in the tree). */
  flat: Heading[];
}

export function buildOutline(paragraphs: Paragraph[], textLength: number): OutlineResult {
  const flatHeadings = classifyHeadings(paragraphs);
  const roots: Heading[] = [];
  const flat: Heading[] = [];
  const stack: { rank: number; node: Heading }[] = [];

  const close = (rank: number, at: number): void => {
    while (stack.length > 0 && stack[stack.length - 1].rank >= rank) {
      const top = stack.pop();
      if (top) top.node.sectionSpan.end = at;
    }
  };

  for (const f of flatHeadings) {
    // A 专栏 or 表 ends at the next heading of rank ≤ its parent's, but a plain body
    // paragraph after it cannot be seen here, so boxes simply nest what follows them.
    close(f.rank, f.span.start);
    const node = toHeading(f, stack.length);
    if (stack.length > 0) stack[stack.length - 1].node.children.push(node);
    else roots.push(node);
    stack.push({ rank: f.rank, node });
    flat.push(node);
  }
  close(-Infinity, textLength);
  return { outline: roots, flat };
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
