// Full-width digits (０-９) and ASCII digits, one character for one: offsets are unchanged.

const SHIFT = 0xfee0; // '０' - '0'

/** `２０２３` → `2023`; other characters are kept. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - SHIFT));
}

/** `2023` → `２０２３`; other characters are kept. */
export function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + SHIFT));
}
