// Value of a small Chinese numeral as used in heading numbers: 一 … 九十九 (and 〇/零, 两).

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export function chineseOrdinal(s: string): number | undefined {
  if (s.length === 0 || s.length > 4) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    const digit = DIGITS[ch];
    if (digit !== undefined) {
      current = digit;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else {
      return undefined;
    }
  }
  return total + current;
}
