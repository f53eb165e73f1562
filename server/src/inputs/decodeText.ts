// Decodes a text report without asking: a BOM names UTF-8 or UTF-16; otherwise strict UTF-8,
// and bytes that are not valid UTF-8 are read as GB18030 (a superset of GBK and GB2312, what
// county offices still save). `--encoding` overrides the guess.

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; encoding?: string };

/** Decodes or fails; a BOM of the encoding is dropped. */
function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** True when Node knows the encoding label (e.g. `gbk`, `gb18030`, `utf-16le`, `big5`). */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

export function decodeText(bytes: Uint8Array, override?: string): DecodeResult {
  if (override !== undefined) {
    const label = override.toLowerCase();
    const text = strict(label, bytes);
    return text === undefined ? { ok: false, encoding: label } : { ok: true, text, encoding: label };
  }
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = strict('utf-8', bytes);
    return text === undefined ? { ok: false, encoding: 'utf-8' } : { ok: true, text, encoding: 'utf-8' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    const text = strict('utf-16le', bytes);
    return text === undefined ? { ok: false, encoding: 'utf-16le' } : { ok: true, text, encoding: 'utf-16le' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    const text = strict('utf-16be', bytes);
    return text === undefined ? { ok: false, encoding: 'utf-16be' } : { ok: true, text, encoding: 'utf-16be' };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const gb = strict('gb18030', bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030' };
  return { ok: false };
}
