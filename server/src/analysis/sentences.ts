// Paragraphs → sentences, split after 。！？ (a closing quote or bracket stays with its sentence), or
// after a web page's ASCII full stop between words.

import type { Paragraph, Sentence } from './types';
import { spanOf } from './logical';
import { internText, memoOfText } from './memo';

/** A run of terminals with any closing quotes or brackets that follow them. */
// A web page's ASCII full stop between two words (`比上年增加3453人.其中：城镇…`) ends a sentence too;
// never after a numeral (`一.基本情况` is a heading number), never inside a figure (`14.3%`), and never inside a
// compound unit (`730元/人.月`, `次/人.年`: the dot of a person-month written with a full stop).
const BREAK = /[。！？!?][。！？!?”’」』）)"]*|(?<=[\u4e00-\u9fff%％])(?<![一二三四五六七八九十〇零两])(?<![/／][\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])/g;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 10 || c === 13 || c === 0xa0;
}

export function splitSentences(paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    for (const { at, text } of sentencesOf(p.text)) out.push({ text, span: spanOf(p, at, text.length), paragraph: index, at });
  });
  return out;
}

/** A sentence of a paragraph: its text and its offset in the paragraph. */
interface Piece {
  at: number;
  text: string;
}

/**
 * A paragraph's sentences, memoized by paragraph text: a re-analysis meets the same paragraphs
 * again, and keeps the same sentence strings (the memos keyed by them then find them by identity).
 */
const sentencesOf = memoOfText((text: string): readonly Piece[] => {
  const out: Piece[] = [];
  const push = (from: number, to: number): void => {
    // Trim whitespace at both ends so that spans sit on the words.
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ at: s, text: internText(text.slice(s, e)) });
  };
  let start = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    const end = m.index + m[0].length;
    // `常住總?87.8萬人`: a question mark right before a digit stands for a character a mirror page
    // lost (often a digit), never for the end of a question.
    if (/^[?？]$/.test(m[0]) && /[0-9０-９]/.test(text[end] ?? '')) continue;
    push(start, end);
    start = end;
  }
  if (start < text.length) push(start, text.length);
  return out;
});
