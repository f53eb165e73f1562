// Pinyin glosses of mirror sites: some sites that copy government pages print the reading of
// characters after them (`產(chǎn)業(yè)`, `億(yì)元`). Read as text, a gloss splits every word
// and figure it touches (`增長(zhǎng)8.9%` is no growth). Paragraphs leave glosses out of their
// logical text; the source keeps them, and spans still point into it. (The reading view has
// made the brackets full-width by then.)

/**
 * A bracketed syllable of Latin letters with a tone mark, or a toneless syllable (up to two
 * consonants, then a vowel), right after a Han character; `(ppm)`, `(km)` are no glosses.
 */
const GLOSS = /(?<=[\u3400-\u9fff])[(（](?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*|(?=[a-z]{1,6}[)）])[bcdfghjklmnpqrstwxyz]{0,2}[aeiouv][a-z]*)[)）]/g;

/** The source ranges [start, end) of the glosses in text[from, to). */
export function glossRanges(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  // Cheap test first: most documents have no bracketed Latin letters at all.
  const slice = text.slice(from, to);
  if (!/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/.test(slice)) return out;
  GLOSS.lastIndex = 0;
  for (let m = GLOSS.exec(slice); m !== null; m = GLOSS.exec(slice)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}
