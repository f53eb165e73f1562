// Budget reports give the same indicators twice: for the whole territory (全县) and for the
// government's own level (县本级, 区本级, 市本级), each in its own section, often without repeating
// the scope in the sentence (`（二）区本级收支完成情况` then `…一般公共预算收入完成32.1亿元`). When
// a document speaks of 本级 at all, two figures under different section headings may belong to
// different scopes, so the mismatch checks compare them only inside one section. A paragraph that
// opens on the own level (`自治区本级收入总量…`, `县本级一般公共预算收入…`) starts a section too: some
// reports change scope by paragraph, under one heading.

import type { Model } from '../checks/check';
import type { Heading } from '../types';

const OWN_LEVEL = /本级/;
/** How far into a paragraph its scope is named (`1. 一般公共预算。自治区本级…` included). */
const OPENING = 16;

/** Section identity of an offset, or undefined when the document has no 本级 (no split needed). */
export function levelSections(model: Model): ((offset: number) => number) | undefined {
  if (!OWN_LEVEL.test(model.text)) return undefined;
  const starts: number[] = [];
  const walk = (hs: readonly Heading[]): void => {
    for (const h of hs) {
      if (h.kind === 'part' || h.kind === 'chapter' || h.kind === 'section' || h.kind === 'markdown') starts.push(h.span.start);
      walk(h.children);
    }
  };
  walk(model.outline);
  let paragraph = -1;
  for (const s of model.sentences) {
    if (s.paragraph === paragraph) continue;
    paragraph = s.paragraph;
    const opening = model.text.slice(s.span.start, s.span.start + OPENING);
    if (OWN_LEVEL.test(opening)) starts.push(s.span.start);
  }
  starts.sort((a, b) => a - b);
  return (offset) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
