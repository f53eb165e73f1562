// The indicator table as Markdown, for `report-lens facts --format md` and the editor's preview.
// Each figure links to its line when the caller gives a link maker; disagreements are marked ⚠.

import type { LineRange, Msg } from '../types';
import type { FactMention } from './facts';
import type { IndicatorTable } from './table';

export type Lang = 'zh' | 'en';
export type LinkMaker = (report: string, range: LineRange) => string | undefined;

function pick(m: Msg, lang: Lang): string {
  return lang === 'zh' ? m.zh : m.en;
}

function escape(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\[/g, '\\[').replace(/\]/g, '\\]');
}

function figure(m: FactMention | undefined, report: string, link: LinkMaker | undefined): string {
  if (!m) return '';
  const text = escape(m.q.text.replace(/\s+/g, ''));
  const signed = m.value.units < 0n && !text.startsWith('-') ? `-${text}` : text;
  const target = link?.(report, m.range);
  return target ? `[${signed}](${target})` : signed;
}

export function indicatorTableMarkdown(table: IndicatorTable, lang: Lang, link?: LinkMaker): string {
  const zh = lang === 'zh';
  const title = zh ? '## 指标对照表' : '## Indicator table';
  const legend = zh
    ? '每个指标一行，每份报告、每个时期一列；单元格为“总量 / 增速”；⚠ 表示另一份报告对同一指标、同一时期给出了不同数值。'
    : 'One row per indicator, one column per report and period; a cell is “level / growth”; ⚠ marks a figure another report states differently for the same period.';
  if (table.rows.length === 0) return `${title}\n\n${zh ? '没有可对照的指标。' : 'No comparable indicators.'}\n`;
  const header = `| ${zh ? '指标' : 'Indicator'} | ${table.columns.map((c) => escape(pick(c.label, lang))).join(' | ')} |`;
  const rule = `|---|${table.columns.map(() => '---').join('|')}|`;
  const rows = table.rows.map((row) => {
    const cells = row.cells.map((cell, i) => {
      const column = table.columns[i];
      if (!cell || !column) return '';
      const report = column.report;
      const parts = [figure(cell.level, report, link), figure(cell.growth, report, link)].filter((p) => p !== '');
      return `${parts.join(' / ')}${cell.disagree ? ' ⚠' : ''}`;
    });
    return `| ${escape(row.indicator)} | ${cells.join(' | ')} |`;
  });
  return `${title}\n\n${legend}\n\n${header}\n${rule}\n${rows.join('\n')}\n`;
}
