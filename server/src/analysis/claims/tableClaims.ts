// Table rows → claims: the indicator column names the indicator; each percent column's header
// gives kind and period (`2022年预期目标增幅（%）` = 2022 target growth; `2022年完成增幅（%）` =
// 2022 actual growth).

import type { Claim, Period, Quantity, Table } from '../types';
import { cellNumber, headerUnit } from '../figures';
import { parseDecimal } from '../decimal';
import { scanQuantities } from '../quantities';
import { indicatorKey } from './indicator';
import { sectionAt, type SectionPeriod } from './period';
import { withoutSubsetLead } from '../cues/breakdowns';
import { shareHeader } from '../cues/shares';

interface Column {
  index: number;
  period: Period;
  kind: Claim['kind'];
}

/** Status a column header gives: `预计完成` estimate, `目标` target, `完成` actual; else none. */
function headerStatus(h: string): Period['status'] | undefined {
  if (/预计/.test(h)) return 'estimate';
  if (/(目标|计划|预期)/.test(h) && !/(完成|实际|执行)/.test(h)) return 'target';
  if (/(完成|实际|执行)/.test(h)) return 'actual';
  return undefined;
}

const RATE_WORD = /(增幅|增长|增速|涨幅|率)/;

/**
 * Columns of percentages: the header says so (`增幅（%）`), or it names a rate (`增长`) and its
 * cells carry the sign themselves (`5.8%`). Year and status come from the header, else from the
 * caption, else from the part of the document the table stands in.
 */
function percentColumns(table: Table, around: Period): Column[] {
  const cols: Column[] = [];
  const caption = table.caption ?? '';
  const captionYear = /(20\d\d)/.exec(caption);
  const captionStatus = caption ? headerStatus(caption) : undefined;
  table.header.forEach((h, index) => {
    if (headerUnit(h.text) !== '%' && !((RATE_WORD.test(h.text) || shareHeader(h.text)) && cellsArePercent(table, index))) return;
    const year = /(20\d\d)/.exec(h.text) ?? captionYear;
    const status = headerStatus(h.text) ?? captionStatus ?? around.status;
    const kind: Claim['kind'] = /(增幅|增长|增速|涨幅)/.test(h.text) ? 'growth' : shareHeader(h.text) ? 'share' : 'rate';
    cols.push({ index, period: { year: year ? Number(year[1]) : around.year, status }, kind });
  });
  return cols;
}

/** True when most non-empty cells of the column are written with `%`. */
function cellsArePercent(table: Table, index: number): boolean {
  const cells = table.rows.map((r) => r[index]?.text.trim() ?? '').filter((t) => t !== '');
  const withSign = cells.filter((t) => /[%％]\s*(以内|以下|以上|左右)?$/.test(t)).length;
  return cells.length > 0 && withSign * 2 >= cells.length;
}

/** The column naming indicators: mostly non-numeric cells, not 序号 or 指标属性. */
function indicatorColumn(table: Table): number | undefined {
  let best: number | undefined;
  let bestScore = 0;
  table.header.forEach((h, index) => {
    if (/(序号|属性|单位|备注)/.test(h.text)) return;
    const score = table.rows.filter((r) => r[index] && !cellNumber(r[index]) && /[\u4e00-\u9fff]{2}/.test(r[index].text) && !/^(预期性|约束性)$/.test(r[index].text)).length;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return bestScore >= table.rows.length / 2 ? best : undefined;
}

export interface TableFigures {
  quantities: Quantity[];
  claims: Claim[];
}

/** Headers of value columns (`2024年完成`, `目标（亿元）`); not of changes (`增减`, `比上年`). */
const VALUE_HEADER = /(完成|实际|执行|目标|计划|预期|预计|总量|数值|绝对值|绝对数|(19|20)\d\d\s*年)/;
const CHANGE_HEADER = /(增减|增加|减少|增量|变化|差额|比上年|同比|增长|增幅|增速|涨幅|率|%|％|序号|属性|备注)/;

interface LevelColumn {
  index: number;
  period: Period;
  /** Unit from the header (`完成（亿元）`), else read per row from the 单位 column. */
  unit?: string;
}

/** Columns of levels, with the year, status and unit each one gives its cells. */
function levelColumns(table: Table, around: Period, unitColumn: number | undefined): LevelColumn[] {
  const cols: LevelColumn[] = [];
  const caption = table.caption ?? '';
  const captionYear = /(20\d\d)/.exec(caption);
  const captionStatus = caption ? headerStatus(caption) : undefined;
  table.header.forEach((h, index) => {
    if (index === unitColumn || !VALUE_HEADER.test(h.text) || CHANGE_HEADER.test(h.text) || shareHeader(h.text)) return;
    const unit = headerUnit(h.text);
    if (unit === undefined && unitColumn === undefined) return;
    const year = /(20\d\d)/.exec(h.text) ?? captionYear;
    const status = headerStatus(h.text) ?? captionStatus ?? around.status;
    cols.push({ index, unit, period: { year: year ? Number(year[1]) : around.year, status } });
  });
  return cols;
}

/** A cell's number with its unit, read by the figure scanner: `285.6` + `亿元` → 28,560,000,000 元. */
function levelOf(num: string, unitText: string): Omit<Quantity, 'span' | 'text' | 'paragraph' | 'at' | 'length'> | undefined {
  if (unitText === '' || /[%％]/.test(unitText)) return undefined;
  const written = num + unitText;
  const found = scanQuantities(written);
  const only = found[0];
  if (found.length !== 1 || only === undefined || only.start !== 0 || only.end !== written.length) return undefined;
  const { start: _start, end: _end, ...q } = only;
  return q;
}

/** Quantities and claims of every table; claim.quantity indexes are offset by `base`. */
export function tableFigures(tables: Table[], base: number, sections: SectionPeriod[] = []): TableFigures {
  const quantities: Quantity[] = [];
  const claims: Claim[] = [];
  for (const table of tables) {
    const ind = indicatorColumn(table);
    const section = sectionAt(sections, table.span.start);
    for (const col of percentColumns(table, { year: section?.year, status: section?.status ?? 'actual' })) {
      for (const row of table.rows) {
        const cell = row[col.index];
        const num = cell && cellNumber(cell);
        const value = num && parseDecimal(num.text);
        if (!cell || !num || !value) continue;
        const q: Quantity = {
          span: cell.span,
          text: cell.text,
          value,
          unit: '%',
          dimension: 'percent',
          unitText: '%',
          qualifier: num.qualifier,
          paragraph: -1,
          at: 0,
          length: cell.text.length,
        };
        quantities.push(q);
        const indicator = ind !== undefined ? row[ind]?.text : undefined;
        const key = indicator ? indicatorKey(indicator) : undefined;
        if (!indicator || !key) continue;
        claims.push({
          quantity: base + quantities.length - 1,
          indicator,
          key,
          period: col.period,
          kind: col.kind,
          direction: col.kind === 'growth' ? (value.units < 0n ? 'down' : 'up') : undefined,
          sentence: -1,
          fromTable: true,
        });
      }
    }
    const unitColumn = table.header.findIndex((h) => /^单位$|^计量单位$/.test(h.text.trim()));
    for (const col of levelColumns(table, { year: section?.year, status: section?.status ?? 'actual' }, unitColumn >= 0 ? unitColumn : undefined)) {
      for (const row of table.rows) {
        const cell = row[col.index];
        const num = cell && cellNumber(cell);
        if (!cell || !num || /[%％]/.test(cell.text)) continue;
        const unitText = col.unit ?? (unitColumn >= 0 ? (row[unitColumn]?.text.trim() ?? '') : '');
        const rawIndicator = ind !== undefined ? row[ind]?.text : undefined;
        // `其中：夏粮` names 夏粮.
        const named = rawIndicator !== undefined ? withoutSubsetLead(rawIndicator) : undefined;
        if (/^[%％]$/.test(unitText) && named) {
          // A row in % (`城镇调查失业率 | % | 5.5`; `地区生产总值增长 | % | 6.5`): a rate or a growth rate.
          const growth = /(增长|增速|增幅)率?$/.test(named);
          const indicator = growth ? named.replace(/(增长|增速|增幅)率?$/, '') : named;
          const key = indicatorKey(indicator);
          const value = parseDecimal(num.text);
          if (!key || !value) continue;
          quantities.push({ span: cell.span, text: cell.text, value, unit: '%', dimension: 'percent', unitText: '%', qualifier: num.qualifier, paragraph: -1, at: 0, length: cell.text.length });
          claims.push({
            quantity: base + quantities.length - 1,
            indicator,
            key,
            period: col.period,
            kind: growth ? 'growth' : 'rate',
            direction: growth ? (value.units < 0n ? 'down' : 'up') : undefined,
            sentence: -1,
            fromTable: true,
          });
          continue;
        }
        const level = levelOf(num.text, unitText);
        const indicator = named;
        const key = indicator ? indicatorKey(indicator) : undefined;
        if (!level || !indicator || !key) continue;
        quantities.push({ ...level, qualifier: num.qualifier ?? level.qualifier, span: cell.span, text: cell.text, paragraph: -1, at: 0, length: cell.text.length });
        claims.push({
          quantity: base + quantities.length - 1,
          indicator,
          key,
          period: col.period,
          kind: level.dimension === 'count' ? 'count' : 'level',
          sentence: -1,
          fromTable: true,
        });
      }
    }
  }
  return { quantities, claims };
}
