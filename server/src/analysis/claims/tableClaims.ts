// Table rows → claims: the indicator column names the indicator; each percent column's header
// gives kind and period (`2022年预期目标增幅（%）` = 2022 target growth; `2022年完成增幅（%）` =
// 2022 actual growth).

import type { Claim, Period, Quantity, Table } from '../types';
import { cellNumber, headerUnit } from '../figures';
import { parseDecimal } from '../decimal';
import { indicatorKey } from './indicator';

interface Column {
  index: number;
  period: Period;
  kind: Claim['kind'];
}

function percentColumns(table: Table): Column[] {
  const cols: Column[] = [];
  table.header.forEach((h, index) => {
    if (headerUnit(h.text) !== '%') return;
    const year = /(20\d\d)/.exec(h.text);
    const status: Period['status'] = /(预期|目标|计划)/.test(h.text) && !/(完成|实际|执行)/.test(h.text) ? 'target' : 'actual';
    const kind: Claim['kind'] = /(增幅|增长|增速|涨幅)/.test(h.text) ? 'growth' : /(占比|比重)/.test(h.text) ? 'share' : 'rate';
    cols.push({ index, period: { year: year ? Number(year[1]) : undefined, status }, kind });
  });
  return cols;
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

/** Quantities and claims of every table; claim.quantity indexes are offset by `base`. */
export function tableFigures(tables: Table[], base: number): TableFigures {
  const quantities: Quantity[] = [];
  const claims: Claim[] = [];
  for (const table of tables) {
    const ind = indicatorColumn(table);
    for (const col of percentColumns(table)) {
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
  }
  return { quantities, claims };
}
