// `report-lens facts`: the indicator table as CSV (UTF-8 with a BOM, so Excel and WPS read the
// Chinese correctly), JSON (exact decimal strings, 1-based positions) or Markdown.

import { toPlain } from '../analysis/decimal';
import { indicatorTableMarkdown, type FactMention, type IndicatorTable } from '../analysis/index';
import type { Lang } from '../shared/locale';
import type { FactsFormat } from './args';

const BOM = '\ufeff';

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvFigure(m: FactMention | undefined): string {
  if (!m) return '';
  const text = m.q.text.replace(/\s+/g, '');
  return m.value.units < 0n && !text.startsWith('-') ? `-${text}` : text;
}

function csv(table: IndicatorTable, lang: Lang): string {
  const zh = lang === 'zh';
  const header = [zh ? '指标' : 'indicator'];
  for (const c of table.columns) {
    const label = zh ? c.label.zh : c.label.en;
    header.push(`${label} ${zh ? '总量' : 'level'}`, `${label} ${zh ? '增速' : 'growth'}`);
  }
  const lines = [header.map(csvField).join(',')];
  for (const row of table.rows) {
    const fields = [row.indicator];
    for (const cell of row.cells) {
      const mark = cell?.disagree ? ' ≠' : '';
      fields.push(cell?.level ? csvFigure(cell.level) + mark : '', cell?.growth ? csvFigure(cell.growth) + mark : '');
    }
    lines.push(fields.map(csvField).join(','));
  }
  // CRLF: what spreadsheet programs write and expect.
  return BOM + lines.join('\r\n') + '\r\n';
}

function mentionJson(m: FactMention | undefined): unknown {
  if (!m) return null;
  return {
    text: m.q.text,
    value: toPlain(m.value),
    unit: m.q.unit,
    kind: m.kind,
    line: m.range.line + 1,
    column: m.range.character + 1,
  };
}

function json(table: IndicatorTable): string {
  return (
    JSON.stringify(
      {
        columns: table.columns.map((c) => ({ file: c.report, report: c.kind, year: c.year, stage: c.status, scope: c.scope ?? null, label: c.label })),
        rows: table.rows.map((r) => ({
          indicator: r.indicator,
          key: r.key,
          cells: r.cells.map((c) => (c ? { level: mentionJson(c.level), growth: mentionJson(c.growth), disagree: c.disagree } : null)),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

export function formatFacts(table: IndicatorTable, format: FactsFormat, lang: Lang): string {
  if (format === 'csv') return csv(table, lang);
  if (format === 'json') return json(table);
  // Links relative to the working directory, to the line (`file.txt#L12`), as Markdown viewers use.
  return indicatorTableMarkdown(table, lang, (report, range) => `${encodeURI(report.split('\\').join('/'))}#L${range.line + 1}`);
}
