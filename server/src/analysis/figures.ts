// Quantities of the whole document: the scanner run over every paragraph (logical text, so
// figures split by a PDF line break are read whole), mapped back to source spans; and the
// helpers that read table cells, whose unit comes from the column header (`增幅（%）`).

import type { MalformedFigure, Paragraph, Quantity, TableCell } from './types';
import { scanFigures } from './quantities';
import { sourceText, spanOf } from './logical';
import { foldWidth } from './headingMarkers';

/**
 * `source` is the original text when the paragraphs hold a reading view that differs from it
 * (traditional script, web punctuation): a figure then quotes what the document says (`262.96億元`).
 */
export function findFigures(paragraphs: Paragraph[], source?: string): { quantities: Quantity[]; malformed: MalformedFigure[] } {
  const out: Quantity[] = [];
  const malformed: MalformedFigure[] = [];
  paragraphs.forEach((p, index) => {
    const found = scanFigures(p.text);
    for (const m of found.malformed) {
      const text = source === undefined ? p.text.slice(m.start, m.end) : sourceText(p, source, m.start, m.end - m.start);
      const figure: MalformedFigure = { span: spanOf(p, m.start, m.end - m.start), text, kind: m.kind };
      // The unit as written (`億元` stays 億元 in a traditional-script document).
      if (m.likely !== undefined) figure.likely = m.likely + text.slice(text.length - (m.end - m.unitAt));
      malformed.push(figure);
    }
    for (const raw of found.quantities) {
      out.push({
        span: spanOf(p, raw.start, raw.end - raw.start),
        text: source === undefined ? p.text.slice(raw.start, raw.end) : sourceText(p, source, raw.start, raw.end - raw.start),
        value: raw.value,
        hi: raw.hi,
        unit: raw.unit,
        dimension: raw.dimension,
        unitText: raw.unitText,
        qualifier: raw.qualifier,
        paragraph: index,
        at: raw.start,
        length: raw.end - raw.start,
      });
    }
  });
  return { quantities: out, malformed };
}

/** The unit a column header declares: `（%）`, `(亿元)`, `单位：万元`. */
export function headerUnit(header: string): string | undefined {
  const m = /[（(]\s*([^（()）]{1,6})\s*[)）]\s*$/.exec(header) ?? /单位[:：]\s*(\S{1,6})/.exec(header);
  return m ? m[1] : undefined;
}

/** A table cell holding a number: `2.3`, `1.5以内`, `-0.4`, `12.1%`. */
export function cellNumber(cell: TableCell): { text: string; qualifier?: Quantity['qualifier'] } | undefined {
  const t = foldWidth(cell.text).replace(/\s+/g, '');
  const m = /^(-?\d{1,15}(?:\.\d{1,10})?)(%)?(以内|以下|以上|左右)?$/.exec(t);
  if (!m) return undefined;
  const q = m[3];
  const qualifier = q === '以内' || q === '以下' ? 'atMost' : q === '以上' ? 'atLeast' : q === '左右' ? 'approx' : undefined;
  return { text: m[1] ?? '', qualifier };
}
