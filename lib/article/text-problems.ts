/**
 * Characters that do not belong in a news article but are kept as written (offsets must stay true to the file):
 * the reader is told, on the Sources page, so that an odd rendering has a visible reason.
 * - control characters (other than tab and line breaks): terminal escapes, bells, NULs from a broken export;
 * - bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069): they reorder how the text
 *   around them is displayed, the trick behind file names like `txt.exe` shown backwards.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

const codes = (found: string[]) =>
  [...new Set(found)]
    .slice(0, 5)
    .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');

export function textProblems(text: string): string[] {
  const problems: string[] = [];
  const control = text.match(CONTROL);
  if (control)
    problems.push(
      `the text contains ${control.length} control character${control.length === 1 ? '' : 's'} (${codes(control)})`,
    );
  const bidi = text.match(BIDI);
  if (bidi) {
    problems.push(
      `the text contains ${bidi.length} bidirectional control character${bidi.length === 1 ? '' : 's'} (${codes(bidi)}), which can change how the text around ${bidi.length === 1 ? 'it reads' : 'them reads'}`,
    );
  }
  return problems;
}
