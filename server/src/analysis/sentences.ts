// Paragraphs → sentences, split after 。！？ (a closing quote or bracket stays with its sentence).

import type { Paragraph, Sentence } from './types';
import { spanOf } from './logical';

const TERMINALS = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"']);

export function splitSentences(paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    const text = p.text;
    let start = 0;
    const push = (end: number): void => {
      // Trim whitespace at both ends so that spans sit on the words.
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e > s) out.push({ text: text.slice(s, e), span: spanOf(p, s, e - s), paragraph: index, at: s });
      start = end;
    };
    for (let i = 0; i < text.length; i++) {
      if (!TERMINALS.has(text[i])) continue;
      let end = i + 1;
      while (end < text.length && (TERMINALS.has(text[end]) || CLOSERS.has(text[end]))) end++;
      push(end);
      i = end - 1;
    }
    if (start < text.length) push(text.length);
  });
  return out;
}
