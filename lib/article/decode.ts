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
    return {
      ok: false,
      reason: 'not valid UTF-8 text (another encoding such as Windows-1251 or Latin-1?); save it as UTF-8',
    };
  }
  const controls = text.slice(0, 8192).match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 16) return { ok: false, reason: 'binary file (many control characters), not article text' };
  if (text.trim() === '') return { ok: false, reason: 'the file holds only white space' };
  return { ok: true, text, note: controls > 0 ? `the text contains ${controls} control character(s)` : null };
}

export type SourceEncoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1251';

/** Text in any of the encodings articles are added in, with the one it was found to be in. */
export type DecodedForIngest =
  { ok: true; text: string; encoding: SourceEncoding; note: string | null } | { ok: false; reason: string };

/** UTF-16 without a BOM: most of the high or low bytes of the pairs are zero (ASCII and Latin text). */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'UTF-16LE';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'UTF-16BE';
  return null;
}

/**
 * Windows-1251 Cyrillic, not Latin-1 or damaged UTF-8: high bytes come in runs (words), nearly all of them letters
 * (0xC0–0xFF, Ёё, Іі, Її, Єє, Ўў, Ґґ).
 */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  let inRun = 0;
  let longRuns = 0;
  let runs = 0;
  const LETTER_EXTRA = new Set([0xa8, 0xb8, 0xb2, 0xb3, 0xaf, 0xbf, 0xaa, 0xba, 0xa1, 0xa2, 0xa5, 0xb4]);
  for (let i = 0; i <= bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b >= 0x80) {
      high++;
      if (b >= 0xc0 || LETTER_EXTRA.has(b)) letters++;
      inRun++;
    } else if (inRun > 0) {
      runs++;
      if (inRun >= 3) longRuns++;
      inRun = 0;
    }
  }
  return high >= 8 && letters / high > 0.9 && longRuns / Math.max(runs, 1) > 0.5;
}

/**
 * For adding articles (the Add page, `npm run ingest`): UTF-8 with or without a BOM, UTF-16 (with a BOM, or
 * plainly so without one) and Windows-1251 are detected and decoded; the encoding is reported, so that the
 * conversion to UTF-8 on save can be told to the user. Anything else gets the same reasons as `decodeArticleBytes`.
 */
export function decodeForIngest(bytes: Uint8Array): DecodedForIngest {
  let encoding: SourceEncoding | null = null;
  let body = bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ['UTF-16LE', bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ['UTF-16BE', bytes.subarray(2)];
  else encoding = utf16WithoutBom(bytes);

  if (encoding === 'UTF-16LE' || encoding === 'UTF-16BE') {
    let text: string;
    try {
      text = new TextDecoder(encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(body);
    } catch {
      return { ok: false, reason: `looks like ${encoding} but is not valid ${encoding} text` };
    }
    const checked = decodeArticleBytes(new TextEncoder().encode(text));
    return checked.ok ? { ok: true, text: checked.text, encoding, note: checked.note } : checked;
  }

  const utf8 = decodeArticleBytes(bytes);
  if (utf8.ok) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return {
      ok: true,
      text: bom ? utf8.text.replace(/^\uFEFF/, '') : utf8.text,
      encoding: bom ? 'UTF-8 with BOM' : 'UTF-8',
      note: utf8.note,
    };
  }
  if (!/not valid UTF-8/.test(utf8.reason) || !looksLikeWindows1251(bytes)) return utf8;
  const text = new TextDecoder('windows-1251').decode(bytes);
  const checked = decodeArticleBytes(new TextEncoder().encode(text));
  return checked.ok ? { ok: true, text: checked.text, encoding: 'Windows-1251', note: checked.note } : checked;
}
