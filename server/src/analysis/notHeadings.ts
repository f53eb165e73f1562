// Numbered lines that are not headings, though they start like one:
//  - the label of a table cell copied one cell per line: `二、转移性收入` followed by a line that
//    is only its amount (`201165`); the same labels repeat in the income and expense columns;
//  - an enumeration inside a paragraph: items that close with `；` (`（1）在建项目75个，总投资…；`),
//    and the items of the same run after them (the last one closes with `。`). A heading is never
//    followed by `；`: it ends a title, not a clause of a list;
//  - the numbered notes after a note label (`附注：` alone on its line, then `（1）…按可比价计算…`);
//  - a number with no title, only punctuation after it (`3、；二是…`) or the tail of a broken
//    figure (`4、元、4 万元`): a chunk number a document site put into the text, not the report's
//    numbering; or only a file extension (`11.jpg`): the name of a picture left in a page's text;
//  - the items of a `第一、…第十、` run that go on without 第 (`十一、…十二、`): a ranking or list
//    whose writer dropped the 第 past ten, not part headings;
//  - a page's list of links to its tables (`表 1 表 2 表 3 …` on one line, or `表 10`, `表 11`, … one per
//    line with no title): a table of contents, not the captions of tables.

import type { Paragraph } from './types';
import { memoOfText } from './memo';
import { chineseOrdinal } from './chineseOrdinal';

/** A paragraph that holds only a figure: digits, separators, a sign, a percent mark. */
const BARE_NUMBER = /^[-+]?[\d０-９][\d０-９,，.．]*[%％]?$/;
/** The end of an enumeration item: a clause break, not a title. */
const ITEM_END = /[；;][\s\u3000]*$/;

/** True when the paragraph after `i` (skipping empty ones) is a bare figure: `i` labels a table cell. */
export function labelsACell(paragraphs: readonly Paragraph[], i: number): boolean {
  for (let j = i + 1; j < paragraphs.length; j++) {
    const next = paragraphs[j];
    if (next === undefined) return false;
    const t = next.text.trim();
    if (t === '') continue;
    return BARE_NUMBER.test(t);
  }
  return false;
}

/** True when the paragraph closes with `；`: a numbered item of an enumeration, not a heading. */
export function endsAsListItem(paragraph: Paragraph): boolean {
  return ITEM_END.test(paragraph.text);
}

/**
 * True when only punctuation follows the marker (`3、；`), or the tail of a figure the marker broke
 * (`4、元、4 万元、`: a unit and a break where a title would start): a number without a title.
 */
export function untitled(paragraph: Paragraph, markerEnd: number): boolean {
  return /^[\s\u3000]*(?:[；;，,。]|[元万亿%％个项吨亩户][\s\u3000]*[、，,。；;\d])/.test(paragraph.text.slice(markerEnd, markerEnd + 6)) ||
    IMAGE_NAME.test(paragraph.text.slice(markerEnd));
}

/** Only a file extension after the number (`11.jpg`, `33.png`): the name of a picture a page left in its text. */
const IMAGE_NAME = /^(?:jpe?g|png|gif|bmp|webp|tiff?)[\s\u3000]*$/i;

/** A note label alone on its line (`附注：`, `注：`, `说明：`): the numbered lines after it are notes. */
export function opensNotes(paragraph: Paragraph): boolean {
  return isNoteLabel(paragraph.text);
}

/** Memoized by paragraph text: the test folds the spaces of the whole paragraph, asked for every one. */
const isNoteLabel = memoOfText((text) => /^(?:附注|注释|注|说明|备注)[：:]?$/.test(text.replace(/[\s\u3000]+/g, '')));


/**
 * The number of the last item of a paragraph that opens with a `第X、` list item (`第十、乌兰察布市…` → 10;
 * lines of short items may have been joined into one paragraph); undefined for any other paragraph.
 */
export function ordinalItemNumber(paragraph: Paragraph): number | undefined {
  if (!ORDINAL_ITEM.test(paragraph.text)) return undefined;
  let last: number | undefined;
  for (const m of paragraph.text.matchAll(ORDINAL_ITEMS)) last = m[1] === undefined ? last : (chineseOrdinal(m[1]) ?? last);
  return last;
}

const ORDINAL_ITEM = /^[\s\u3000]*第[一二三四五六七八九十百两]{1,4}[\s\u3000]*、/;
const ORDINAL_ITEMS = /第([一二三四五六七八九十百两]{1,4})[\s\u3000]*、/g;

/** A table, figure, box or annex label with nothing after it (`表 11`, `圖 2`). */
const BARE_LABEL = /^(?:附?表|[图圖]|专栏|專欄|附件)[\s\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[\s\u3000]*$/;
/** Another such label right where a title would start (`表 1 表 2 表 3`). */
const LABEL_AGAIN = /^[\s\u3000]*(?:附?表|[图圖]|专栏|專欄|附件)[\s\u3000]*[0-9０-９]/;

/**
 * True when the label of paragraph `i` (ending at `markerEnd`) is one of a list of links to tables, not a caption:
 * another label follows it on the line, or it stands alone and so does the label on the line before or after it.
 */
export function linksToLabels(paragraphs: readonly Paragraph[], i: number, markerEnd: number): boolean {
  const p = paragraphs[i];
  if (p === undefined) return false;
  if (LABEL_AGAIN.test(p.text.slice(markerEnd))) return true;
  if (!BARE_LABEL.test(p.text.trim())) return false;
  const neighbour = (step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < paragraphs.length; j += step) {
      const t = paragraphs[j]?.text.trim() ?? '';
      if (t !== '') return t;
    }
    return undefined;
  };
  return [neighbour(-1), neighbour(1)].some((t) => t !== undefined && BARE_LABEL.test(t));
}
