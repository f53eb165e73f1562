// A same-length "scan view" of the text: full-width digits, letters and the few punctuation
// marks that matter for numbers are folded to ASCII, one UTF-16 unit for one, so that every
// offset found in the view is also an offset in the original text.

/** Code unit → folded code unit. A full-width comma (，) is list punctuation and is kept. */
const FOLD = new Map<number, number>([
  [0xff0e, 0x2e], // ．
  [0xff05, 0x25], // ％
  [0xfe6a, 0x25], // ﹪
  [0xff0b, 0x2b], // ＋
  [0xff0d, 0x2d], // －
  [0x2212, 0x2d], // − minus sign
  [0xff0f, 0x2f], // ／
  [0xff5e, 0x7e], // ～
  [0x301c, 0x7e], // 〜
  [0x3000, 0x20], // ideographic space
  [0x00a0, 0x20], // no-break space
  [0x0009, 0x20], // tab
]);

function foldCode(c: number): number {
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10 + 0x30; // ０-９
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xff21 + 0x41; // Ａ-Ｚ
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xff41 + 0x61; // ａ-ｚ
  // Most characters are CJK ideographs or ASCII: leave them without a map lookup.
  if (c < 0x3000 ? c === 9 || c === 0xa0 || c === 0x2212 : c === 0x3000 || c === 0x301c || c >= 0xfe6a) {
    return FOLD.get(c) ?? c;
  }
  return c;
}

export function foldForScan(text: string): string {
  let out: Uint16Array | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldCode(c);
    if (f !== c) {
      if (!out) {
        out = new Uint16Array(text.length);
        for (let k = 0; k < i; k++) out[k] = text.charCodeAt(k);
      }
      out[i] = f;
    } else if (out) {
      out[i] = c;
    }
  }
  if (!out) return text;
  // Decode in chunks: String.fromCharCode with a huge argument list overflows the stack.
  const parts: string[] = [];
  for (let k = 0; k < out.length; k += 8192) parts.push(String.fromCharCode(...out.subarray(k, k + 8192)));
  return parts.join('');
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

/** Skips at most `max` spaces forward from `i` (tabs and full-width spaces are folded to ' '). */
export function skipSpaces(s: string, i: number, max = 2): number {
  let j = i;
  while (j < s.length && j - i < max && s[j] === ' ') j++;
  return j;
}

/** Skips at most `max` spaces backward from `i` (exclusive end), returns the new end. */
export function skipSpacesBack(s: string, i: number, max = 2): number {
  let j = i;
  while (j > 0 && i - j < max && s[j - 1] === ' ') j--;
  return j;
}
