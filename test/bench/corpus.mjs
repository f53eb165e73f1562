// Loads the corpus reports and builds synthetic reports of a given size from them.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Corpus directory: the in-repo copy (works on a fresh clone), else the shared corpus. */
export function corpusDir() {
  const candidates = [join(here, '..', 'fixtures'), join(here, '..', '..', '..', 'shared', 'corpus')];
  for (const d of candidates) {
    if (existsSync(d) && readdirSync(d).some((f) => /^\d{3}_.*\.txt$/.test(f))) return d;
  }
  throw new Error(`no corpus found in ${candidates.join(' or ')}`);
}

/** [{ name, text }] for every corpus report (000_….txt), in name order. */
export function loadCorpus() {
  const dir = corpusDir();
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => ({ name: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * A synthetic report of about `bytes` UTF-8 bytes: the corpus reports concatenated (separated
 * by a blank line) as often as needed, then cut at the last line break before the target, so
 * the text is real report prose with real headings, figures and tables throughout.
 */
export function synthetic(corpus, bytes) {
  const unit = corpus.map((c) => c.text.replace(/^\uFEFF/, '')).join('\n\n') + '\n\n';
  const unitBytes = Buffer.byteLength(unit, 'utf8');
  const whole = unit.repeat(Math.ceil(bytes / unitBytes));
  // Cut by bytes (may split a character: the tail after the last \n is dropped anyway).
  const cut = Buffer.from(whole, 'utf8').subarray(0, bytes).toString('utf8');
  const nl = cut.lastIndexOf('\n');
  return nl > 0 ? cut.slice(0, nl + 1) : cut;
}
