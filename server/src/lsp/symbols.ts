// documentSymbol: the Heading tree as hierarchical DocumentSymbols (Outline view, breadcrumbs,
// sticky scroll). A symbol's range is its whole section, so breadcrumbs follow the cursor.

import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { Heading, HeadingKind, Span } from '../analysis/types';
import type { LineIndex } from '../shared/lineIndex';

const KIND_OF_HEADING: Record<HeadingKind, SymbolKind> = {
  title: SymbolKind.File,
  part: SymbolKind.Module,
  chapter: SymbolKind.Namespace,
  section: SymbolKind.Class,
  item: SymbolKind.Method,
  runin: SymbolKind.Field,
  unnumbered: SymbolKind.Property,
  box: SymbolKind.Object,
  table: SymbolKind.Struct,
  annex: SymbolKind.Package,
  markdown: SymbolKind.String,
};

const DETAIL_OF_HEADING: Record<HeadingKind, string> = {
  title: 'title',
  part: '一、',
  chapter: '（一）',
  section: '1.',
  item: '（1）',
  runin: 'run-in',
  unnumbered: '',
  box: '专栏',
  table: '表',
  annex: '附件',
  markdown: '#',
};

function union(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function toSymbol(heading: Heading, index: LineIndex): { symbol: DocumentSymbol; span: Span } {
  const children = heading.children.map((child) => toSymbol(child, index));
  // LSP requires selectionRange ⊆ range; the engine's spans should nest, but never trust that.
  let span = union(union(heading.span, heading.sectionSpan), heading.selectionSpan);
  for (const child of children) span = union(span, child.span);
  const range: Range = index.rangeOf(span);
  const name = heading.title.replace(/\s+/g, ' ').trim() || heading.label || '—';
  return {
    span,
    symbol: {
      name,
      detail: DETAIL_OF_HEADING[heading.kind] ?? '',
      kind: KIND_OF_HEADING[heading.kind] ?? SymbolKind.String,
      range,
      selectionRange: index.rangeOf(heading.selectionSpan),
      children: children.map((c) => c.symbol),
    },
  };
}

export function documentSymbols(outline: readonly Heading[], index: LineIndex): DocumentSymbol[] {
  return outline.map((heading) => toSymbol(heading, index).symbol);
}
