// Bounded edit distance: is the Levenshtein distance of a and b at most k? Banded, O(n·k).

export function withinEdits(a: string, b: string, k: number): number | undefined {
  if (Math.abs(a.length - b.length) > k) return undefined;
  const n = a.length;
  const m = b.length;
  const INF = k + 1;
  let prev = new Array<number>(m + 1).fill(INF);
  let cur = new Array<number>(m + 1).fill(INF);
  for (let j = 0; j <= Math.min(m, k); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur.fill(INF);
    if (i <= k) cur[0] = i;
    let rowMin = cur[0]!;
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(prev[j - 1]! + cost, prev[j]! + 1, cur[j - 1]! + 1, INF);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > k) return undefined;
    [prev, cur] = [cur, prev];
  }
  const distance = prev[m]!;
  return distance <= k ? distance : undefined;
}
