// Display width: CJK and full-width characters take two columns.

export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return w;
}

/** The display width, or some width above `cap` once it is passed (the count stops there). */
export function displayWidthAbove(s: string, cap: number): number {
  let w = 0;
  for (let i = 0; i < s.length && w <= cap; i++) w += s.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return w;
}
