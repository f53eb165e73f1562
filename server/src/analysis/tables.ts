// Table regions → header and rows of cells with source spans.

import type { Line, Table, TableCell } from './types';
import type { TableRegion } from './tableRegions';

function cellOf(line: Line): TableCell {
  const lead = line.text.length - line.text.trimStart().length;
  const t = line.text.trim();
  return { text: t, span: { start: line.start + lead, end: line.start + lead + t.length } };
}

function extend(cell: TableCell, line: Line): TableCell {
  const more = cellOf(line);
  return { text: cell.text + more.text, span: { start: cell.span.start, end: more.span.end } };
}

function parseCells(lines: Line[], r: TableRegion): TableCell[][] {
  const groups: TableCell[][] = [];
  let group: TableCell[] = [];
  let sawBlank = false;
  for (let i = r.firstLine; i <= r.lastLine; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    if (line.text.trim() === '') {
      sawBlank = true;
      continue;
    }
    if (line.text.startsWith('\t')) {
      if (sawBlank && group.length > 0) {
        groups.push(group);
        group = [];
      }
      group.push(cellOf(line));
    } else {
      const previous = group.at(-1);
      if (previous !== undefined) group[group.length - 1] = extend(previous, line);
    }
    sawBlank = false;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

function parsePipe(lines: Line[], r: TableRegion): TableCell[][] {
  const rows: TableCell[][] = [];
  for (let i = r.firstLine; i <= r.lastLine; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const cells: TableCell[] = [];
    let pos = line.text.indexOf('|');
    while (pos >= 0) {
      const next = line.text.indexOf('|', pos + 1);
      if (next < 0) break;
      const raw = line.text.slice(pos + 1, next);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      const start = line.start + pos + 1 + lead;
      cells.push({ text: t, span: { start, end: start + t.length } });
      pos = next;
    }
    // Skip the |---|:--:| separator row.
    if (cells.length > 0 && cells.every((c) => /^:?-{2,}:?$/.test(c.text))) continue;
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

/** A table's number in brackets at the end of its title line (`…水质情况（表1）`). */
const TRAILING_LABEL = /[（(][\s\u3000]*((?:附)?表[\s\u3000]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}))[\s\u3000]*[）)][\s\u3000]*$/;

export function buildTables(lines: Line[], regions: TableRegion[]): Table[] {
  const tables: Table[] = [];
  for (const r of regions) {
    const rows = r.kind === 'pipe' ? parsePipe(lines, r) : parseCells(lines, r);
    if (rows.length < 2) continue;
    let caption: string | undefined;
    for (let k = r.firstLine - 1; k >= 0 && k >= r.firstLine - 3; k--) {
      const line = lines[k];
      if (line === undefined) break;
      const t = line.text.trim();
      if (t === '') continue;
      if (/^(附)?表\s*[\d一二三四五六七八九十]/.test(t)) caption = t;
      // `2025年3月地表水监测断面水质情况（表1）`: a title that ends with its number in brackets, label put first.
      const trailing = TRAILING_LABEL.exec(t);
      if (caption === undefined && trailing) caption = `${trailing[1] ?? ''} ${t.slice(0, trailing.index).trim()}`;
      break;
    }
    const first = lines[r.firstLine];
    const last = lines[r.lastLine];
    const header = rows[0];
    if (first === undefined || last === undefined || header === undefined) continue;
    tables.push({ caption, span: { start: first.start, end: last.end }, header, rows: rows.slice(1) });
  }
  return tables;
}
