/**
 * Character tests by code unit, as the English patterns' classes read them: the tagger's hot loops read text by
 * `charCodeAt`, where a regex test per character cost more than the rest. ASCII by comparison or table, the rest by
 * the class itself.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** 1 at the ASCII letters and digits. */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isDigitCode(c) || isAsciiLetter(c) ? 1 : 0;

/** A letter or digit, as `[\p{L}\p{N}]` (the patterns' word-start lookbehind) reads one code unit. */
export function isWordCode(c: number): boolean {
  return c < 128 ? ASCII_WORD[c] === 1 : WORD_CHAR.test(String.fromCharCode(c));
}

/** Whitespace, as `\s` reads one code unit: ASCII blanks and line breaks, and the Unicode spaces past ASCII. */
export function isSpaceCode(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c));
}
