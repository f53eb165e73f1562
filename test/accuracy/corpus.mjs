// The private evaluation set: real excerpts kept OUTSIDE the repository (their text is not ours
// to copy). A folder holds `<id>.txt` files and `manifest-*.tsv` lines
// `id  genre  split  url  figures  note`; only ids, genres and verdicts ever enter docs/accuracy.md.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads every manifest in `dir`; keeps the rows of `split` whose text exists. `split` is one split
 * name, a comma-separated list of them, `all`, or `all-but:NAME[,NAME]` (every split except those:
 * how to look at everything already seen without opening a batch that is still held out).
 */
export function loadExcerpts(dir, split) {
  const rows = [];
  for (const name of readdirSync(dir).filter((n) => /^manifest.*\.tsv$/.test(n)).sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n').slice(1)) {
      const [id, genre, rowSplit, url, figures, note] = line.split('\t');
      if (!id || !genre) continue;
      if (!inSplit(split, rowSplit)) continue;
      const file = join(dir, `${id}.txt`);
      if (!existsSync(file)) continue;
      const raw = readFileSync(file, 'utf8');
      rows.push({ id, genre, split: rowSplit, url, figures: Number(figures) || 0, note: note ?? '', text: process.env.ACCURACY_FULLWIDTH ? fullWidth(raw) : raw });
    }
  }
  return rows;
}

function inSplit(split, rowSplit) {
  if (split === 'all') return true;
  if (split.startsWith('all-but:')) return !split.slice('all-but:'.length).split(',').includes(rowSplit);
  return split.split(',').includes(rowSplit);
}

/** Parses `--name value` pairs. */
export function argsOf(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(.+)$/.exec(argv[i]);
    if (m) out[m[1]] = argv[i + 1] ?? '';
  }
  return out;
}

/** 1-based line and column of a UTF-16 offset. */
export function lineCol(text, offset) {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; last = i; }
  return { line, col: offset - last };
}

/**
 * Exploration only (ACCURACY_FULLWIDTH=1): ASCII clause punctuation → full-width, one character for
 * one, leaving thousands separators (30,161) and ratios / times (9.3:41.0) alone. Shows what the
 * engine would find once it reads web-page punctuation; reported figures never use it.
 */
export function fullWidth(text) {
  const map = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = text[i - 1] ?? '';
    const next = text.slice(i + 1, i + 4);
    const numeric = /\d/.test(prev) && (c === ',' ? /^\d{3}/.test(next) : c === ':' && /^\d/.test(next));
    out += map[c] && !numeric ? map[c] : c;
  }
  return out;
}
