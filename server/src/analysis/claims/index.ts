// Quantities → claims: what each figure measures (indicator), when (period), and how (kind).
// Sentence by sentence: a figure's indicator is the noun phrase before it, or, for a figure
// that follows another with no new subject (`…231.7亿元，同比增长2.3%`), the previous one's.
// Lists of figures map position by position onto a list of subjects (`分别`, `城乡…`).

import type { Claim, Heading, Quantity, Sentence } from '../types';
import { placeInSentences, type Placed } from '../placement';
import { expandSubjects, indicatorIn, indicatorKey } from './indicator';
import { kindOf } from './kind';
import { cuesOf, periodAt, sectionPeriods } from './period';

const BASIS = /(同比|比上年同期|较上年同期|比上年|较上年|比去年|较去年)/;
/** What may separate the figures of one list: `42.9亿元、33.8亿元和155亿元`. */
const LIST_GAP = /^[\s\u3000]*(?:[、和及与][\s\u3000]*)?$/;

/** How far back in the sentence period cues (`2023年`, `预期`, `上半年`) are looked for. */
const PERIOD_WINDOW = 160;

type Item = Placed;

/** Splits a sentence's figures into runs: a list of same-unit figures, or a single figure. */
function runsOf(text: string, items: Item[]): Item[][] {
  const runs: Item[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && prev.q.unit === item.q.unit && LIST_GAP.test(text.slice(prev.end, item.start))) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

export function buildClaims(sentences: Sentence[], quantities: Quantity[], outline: Heading[]): Claim[] {
  const sections = sectionPeriods(outline);
  const claims: Claim[] = [];
  const grouped = placeInSentences(sentences, quantities);

  grouped.forEach((items, sentenceIndex) => {
    if (items.length === 0) return;
    const sentence = sentences[sentenceIndex];
    const text = sentence.text;
    const cues = cuesOf(text);
    let prevEnd = 0;
    let prevIndicator: string | undefined;
    let prevSubjects: string[] | undefined;

    for (const run of runsOf(text, items)) {
      const first = run[0];
      const pre = text.slice(prevEnd, first.start);

      const subset = /其中/.test(pre);
      const basis = BASIS.exec(pre)?.[1];
      // Period cues are read from a bounded window before the figure: the whole sentence prefix
      // would make a sentence with thousands of figures quadratic.
      const period = periodAt(sections, first.q.span.start, cues, first.start, PERIOD_WINDOW);

      let indicators: (string | undefined)[];
      if (run.length > 1) {
        const head = pre.includes('分别') ? pre.slice(0, pre.indexOf('分别')) : pre;
        const phrase = indicatorIn(head);
        const subjects = phrase ? expandSubjects(phrase, run.length) : undefined;
        // `…，分别增长1.6%、7%` reuses the subjects of the list before it.
        const list = subjects ?? (prevSubjects?.length === run.length && !phrase ? prevSubjects : undefined);
        indicators = list ?? run.map(() => undefined);
        if (list) prevSubjects = list;
      } else {
        let phrase = indicatorIn(pre);
        const { kind } = kindOf(first.q, pre);
        if (kind === 'share' && prevIndicator && phrase?.startsWith('占')) {
          // `民生支出49.9亿元，占一般公共预算支出的78.2%`: the share of the previous subject.
          phrase = `${prevIndicator}${phrase}`;
        } else if (phrase?.startsWith('占')) {
          phrase = undefined;
        }
        // Inherit the previous subject only for a change or share of it (`，同比增长2.3%`) or a
        // figure run together with the previous one (`16780户34065人`), not after a bare comma.
        const relational = kind === 'growth' || kind === 'ppChange' || kind === 'change' || kind === 'share' || kind === 'completion';
        const inherit = !phrase && prevIndicator !== undefined && !/[；;]/.test(pre) && (relational || /^[\s\u3000]*$/.test(pre));
        indicators = [phrase ?? (inherit ? prevIndicator : undefined)];
        if (phrase && kind !== 'share') prevIndicator = phrase;
        if (phrase) prevSubjects = undefined;
      }

      run.forEach((item, i) => {
        const indicator = indicators[i];
        const key = indicator ? indicatorKey(indicator) : undefined;
        prevEnd = item.end;
        if (!indicator || !key) return;
        const { kind, direction } = kindOf(item.q, i === 0 ? pre : pre);
        claims.push({
          quantity: item.index,
          indicator,
          key,
          period,
          kind,
          direction,
          basis,
          sentence: sentenceIndex,
          subset: subset || undefined,
          listIndex: run.length > 1 ? i : undefined,
          listSize: run.length > 1 ? run.length : undefined,
        });
      });
    }
  });
  return claims;
}

export { tableFigures } from './tableClaims';
