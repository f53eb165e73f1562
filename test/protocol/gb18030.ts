// GB18030 bytes for tests (Node decodes GB18030 but has no encoder): the two-byte GBK range,
// which covers report text, built once by decoding every two-byte sequence.
let gbTable: Map<string, number[]> | undefined;

/** The text in GB18030; throws for a character outside the two-byte range. */
export function gb18030Bytes(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const pair = gbTable.get(ch);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
      out.push(...pair);
    }
  }
  return Buffer.from(out);
}
