// duplicate-sentence: a whole sentence (≥ 15 characters) that occurs again in the document,
// exactly or with one or two characters changed. The later occurrence is flagged; the fix
// deletes it. Sentences are indexed by three 6-character probes (start, middle, end), so
// only sentences sharing a probe are compared: no pairwise loop over the document.

import type { Check, Draft, Model } from './check';
import type { Sentence } from '../types';
import { withinEdits } from '../editDistance';
import { clip, lineNumber } from './format';
import { sourceText } from '../logical';

const MIN_LENGTH = 15;
/** Notes under tables and sources repeat by design (`注：表中部分数据因四舍五入…` under each table). */
const NOTE = /^(注|说明|备注|资料来源|数据来源)[0-9０-９]?[：:]/;
const MAX_EDITS = 2;
/**
 * Text with neither a comma nor an end mark is a title or a label, not a sentence: a web page
 * repeats its title above the article and its metadata (`[ 发布日期 ] 2022-09-28`) by design.
 */
const CLAUSE_MARK = /[。！？；，!?;,]/;
const PROBE = 6;
/** Bound on comparisons per probe bucket, so repetitive input stays linear. */
const MAX_BUCKET = 16;

function normalized(s: Sentence): string {
  return s.text.replace(/[\s\u3000]+/g, '');
}

function probes(t: string): string[] {
  const mid = Math.floor(t.length / 2) - PROBE / 2;
  return [`s${t.slice(0, PROBE)}`, `m${t.slice(mid, mid + PROBE)}`, `e${t.slice(-PROBE)}`];
}

export const duplicateSentence: Check = {
  code: 'duplicate-sentence',
  defaultSeverity: 'warning',
  needsClaims: false,
  title: { zh: '重复语句（如同一句话粘贴两次）', en: 'Repeated sentence (e.g. a sentence pasted twice)' },
  run(model: Model): Draft[] {
    const drafts: Draft[] = [];
    const exact = new Map<string, number>();
    const buckets = new Map<string, number[]>();
    const texts: string[] = [];
    model.sentences.forEach((s, i) => {
      const t = normalized(s);
      texts.push(t);
      if (t.length < MIN_LENGTH || NOTE.test(t) || !CLAUSE_MARK.test(t)) return;
      const firstExact = exact.get(t);
      let original: number | undefined = firstExact;
      let edits = 0;
      if (original === undefined) {
        // At most 3 × MAX_BUCKET candidates: a short array beats a Set per sentence.
        const seen: number[] = [];
        for (const p of probes(t)) {
          for (const j of buckets.get(p) ?? []) {
            if (seen.includes(j)) continue;
            seen.push(j);
            const d = withinEdits(texts[j], t, MAX_EDITS);
            if (d !== undefined) {
              original = j;
              edits = d;
              break;
            }
          }
          if (original !== undefined) break;
        }
        exact.set(t, i);
      }
      if (original !== undefined) {
        drafts.push(draftFor(model, model.sentences[original], s, edits));
      }
      if (firstExact === undefined) {
        for (const p of probes(t)) {
          const b = buckets.get(p) ?? [];
          if (b.length < MAX_BUCKET) b.push(i);
          buckets.set(p, b);
        }
      }
    });
    return drafts;
  },
};

// Shared by every finding: a repetitive document can have tens of thousands of them.
const FIRST_OCCURRENCE = Object.freeze({ zh: '首次出现', en: 'First occurrence' });
const DELETE_REPEAT = Object.freeze({ zh: '删除重复的句子', en: 'Delete the repeated sentence' });

function draftFor(model: Model, first: Sentence, repeat: Sentence, edits: number): Draft {
  const line = lineNumber(model, first.span.start);
  // Quoted as written (the sentence text is the reading view: `(草案)` reads as `（草案）`).
  const p = model.paragraphs[repeat.paragraph];
  const text = clip(p ? sourceText(p, model.text, repeat.at, repeat.text.length) : repeat.text);
  const exact = edits === 0;
  return {
    span: repeat.span,
    message: exact
      ? { zh: `重复语句：“${text}”与第 ${line} 行的句子完全相同`, en: `Repeated sentence: "${text}" already appears on line ${line}` }
      : {
          zh: `近似重复语句：“${text}”与第 ${line} 行的句子仅差 ${edits} 个字`,
          en: `Nearly repeated sentence: "${text}" differs from the sentence on line ${line} by ${edits} character(s)`,
        },
    related: [{ span: first.span, message: FIRST_OCCURRENCE }],
    fixes: [
      {
        title: DELETE_REPEAT,
        edits: [{ span: repeat.span, newText: '' }],
        preferred: exact,
      },
    ],
  };
}
