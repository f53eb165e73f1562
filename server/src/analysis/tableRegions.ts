// Finds the lines that form tables, so that cells are neither paragraphs nor headings:
// - "one cell per line": tab-indented short lines (a wrapped header cell continues on an
//   unindented line), rows separated by blank lines (000 表1);
// - Markdown pipe tables: consecutive lines starting with `|`.

import type { Line } from './types';
import { matchMarker } from './headingMarkers';

export interface TableRegion {
  kind: 'cells' | 'pipe';
  firstLine: number;
  lastLine: number;
}

const MAX_CELL = 40;
const MAX_CONTINUATION = 16;

function isTabCell(text: string): boolean {
  if (!text.startsWith('\t')) return false;
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_CELL && !/[。；]$/.test(t);
}

function isContinuation(text: string): boolean {
  const t = text.trim();
  return (
    !text.startsWith('\t') &&
    t.length > 0 &&
    t.length <= MAX_CONTINUATION &&
    !/[。；：:，]/.test(t) &&
    matchMarker(t) === undefined
  );
}

function isNumericCell(text: string): boolean {
  return /^[\d０-９]/.test(text.trim());
}

/**
 * A row of a pipe table: a line that starts with `|`, or one that ends with `|` and has another `|` inside (`类别 |
 * 监测断面 |`, as web pages copied to text write their tables without the leading bar).
 */
function pipeRow(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('|')) return true;
  if (!t.endsWith('|')) return false;
  const inner = t.slice(0, -1);
  return inner.includes('|');
}

export function findTableRegions(lines: Line[]): TableRegion[] {
  const regions: TableRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line === undefined) break;
    const text = line.text;
    if (pipeRow(text)) {
      let j = i;
      while (j + 1 < lines.length && pipeRow(lines[j + 1]?.text ?? '')) j++;
      if (j > i) regions.push({ kind: 'pipe', firstLine: i, lastLine: j });
      i = j + 1;
      continue;
    }
    if (isTabCell(text)) {
      let j = i;
      let last = i;
      let cells = 1;
      let numeric = isNumericCell(text) ? 1 : 0;
      while (j + 1 < lines.length) {
        const next = lines[j + 1]?.text;
        if (next === undefined) break;
        if (isTabCell(next)) {
          cells++;
          if (isNumericCell(next)) numeric++;
          last = j + 1;
        } else if (isContinuation(next)) {
          last = j + 1;
        } else if (next.trim() !== '') {
          break;
        }
        j++;
      }
      if (cells >= 6 && numeric >= 2) {
        regions.push({ kind: 'cells', firstLine: i, lastLine: last });
        i = last + 1;
        continue;
      }
    }
    i++;
  }
  return regions;
}
