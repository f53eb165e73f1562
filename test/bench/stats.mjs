// Small statistics and formatting helpers for the benchmark (no dependencies).

/** Nearest-rank percentile of an array of numbers (p in 0..100). */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (values) => {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Calls `fn` repeatedly until `maxRuns` runs or `budgetMs` of wall time have been spent
 * (always at least `minRuns`), returning the individual durations in ms. Budgets keep the
 * whole benchmark under a few minutes whatever the engine's speed.
 */
export function timeRuns(fn, { minRuns = 1, maxRuns = 50, budgetMs = 2000 } = {}) {
  const times = [];
  const started = performance.now();
  while (times.length < maxRuns) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    if (times.length >= minRuns && performance.now() - started > budgetMs) break;
  }
  return times;
}

/**
 * Like timeRuns, but a run that throws ends the series instead of losing it: returns the
 * timings of the runs that succeeded and the error that stopped it (if any). Used for the
 * other tools, which may give up on large input after having succeeded once.
 */
export function timeRunsUntilError(fn, limits) {
  const times = [];
  let error;
  try {
    timeRuns(() => {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }, limits);
  } catch (e) {
    error = e;
  }
  return { times, error };
}

export function fmtMs(ms) {
  if (ms === undefined || ms === null || Number.isNaN(ms)) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function fmtBytes(bytes) {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function fmtRatio(r) {
  if (r === undefined || r === null || !Number.isFinite(r)) return '—';
  return r >= 10 ? `${r.toFixed(0)}×` : r >= 0.1 ? `${r.toFixed(2)}×` : `${r.toFixed(3)}×`;
}

/** Renders rows (arrays of strings) as a column-aligned table; CJK counts double width. */
export function table(header, rows) {
  const width = (s) => [...String(s)].reduce((w, ch) => w + (/[\u1100-\uffef]/.test(ch) ? 2 : 1), 0);
  const all = [header, ...rows];
  const cols = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  const line = (r) =>
    r
      .map((c, i) => {
        const s = String(c ?? '');
        const pad = ' '.repeat(cols[i] - width(s));
        return i === 0 ? s + pad : pad + s; // first column left, figures right-aligned
      })
      .join('  ');
  return [line(header), cols.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
