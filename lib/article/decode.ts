/** Why a byte string is not article text, or the text itself. */
export type Decoded = { ok: true; text: string; note: string | null } | { ok: false; reason: string };

const PNG = [0x89, 0x50, 0x4e, 0x47];
const PDF = [0x25, 0x50, 0x44, 0x46];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * UTF-8 (with or without BOM) is the article format. Binary files and other encodings are refused with a reason a
 * person can act on, rather than being shown as mojibake.
 */
export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (startsWith(bytes, PNG)) return { ok: false, reason: 'binary file (a PNG image), not article text' };
  if (startsWith(bytes, PDF)) return { ok: false, reason: 'binary file (a PDF document), not article text' };
  if (startsWith(bytes, ZIP)) return { ok: false, reason: 'binary file (a ZIP archive), not article text' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'the file is UTF-16; save it as UTF-8' };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary file (it contains NUL bytes), not article text' };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text (another encoding such as Windows-1251 or Latin-1?); save it as UTF-8' };
  }
  const controls = text.slice(0, 8192).match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 16) return { ok: false, reason: 'binary file (many control characters), not article text' };
  if (text.trim() === '') return { ok: false, reason: 'the file holds only white space' };
  return { ok: true, text, note: controls > 0 ? `the text contains ${controls} control character(s)` : null };
}
