/** Regex helpers shared by the English lexicons and parsers. */

/** No letter or digit right before: the start of a word. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** No letter or digit right after: the end of a word. */
export const WORD_END = '(?![\\p{L}\\p{N}])';
/** Spaces between the words of one expression (never a line break: a heading is not part of the next line). */
export const SP = '[ \\t\\u00a0]+';
/** A dash between two ends of a range: hyphen, en dash, em dash, `to` is handled by the callers. */
export const DASH = '\\s*[-\u2013\u2014]\\s*';

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An alternation of whole forms, longest first (so `September` is tried before `Sept`); multi-word forms match any
 * run of spaces. Used with the `i` flag.
 */
export function anyOf(forms: Iterable<string>): string {
  const unique = [...new Set([...forms].map((f) => f.toLowerCase()))].sort((a, b) => b.length - a.length);
  return `(?:${unique.map((f) => escapeRegex(f).replace(/ /g, SP)).join('|')})`;
}

/** Lower case with runs of spaces folded, for lexicon lookups. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
