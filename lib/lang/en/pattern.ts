/** Regex helpers shared by the English lexicons and parsers. */

/** No letter or digit right before: the start of a word. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** No letter or digit right after: the end of a word. */
export const WORD_END = '(?![\\p{L}\\p{N}])';
/** Spaces between the words of one expression (never a line break: a heading is not part of the next line). */
export const SP = '[ \\t\\u00a0]+';

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Trie = Map<string, Trie>;
const END_OF_FORM = '';

function insert(trie: Trie, chars: readonly string[]): void {
  let node = trie;
  for (const c of [...chars, END_OF_FORM]) {
    let next = node.get(c);
    if (!next) {
      next = new Map();
      node.set(c, next);
    }
    node = next;
  }
}

/** One character of a form as regex: a space matches any run of spaces; a hyphen also a space (`twenty-four`). */
function charSource(c: string): string {
  if (c === ' ') return SP;
  if (c === '-') return '[- ]';
  return escapeRegex(c);
}

function trieSource(node: Trie): string {
  const branches = [...node.entries()]
    .filter(([c]) => c !== END_OF_FORM)
    .map(([c, child]) => charSource(c) + trieSource(child));
  if (branches.length === 0) return '';
  // Where a form ends and a longer one goes on, the longer is tried first (greedy `?`): `sep(?:t(?:ember)?)?`.
  if (node.has(END_OF_FORM)) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/**
 * An alternation of whole forms, compiled as a prefix tree (`ma(?:rch|y)`): the engine rejects a word after its
 * first letters instead of trying every form in turn, which keeps the parsers fast on long texts. A form is
 * preferred to its own prefix (`September` over `Sept`); multi-word forms match any run of spaces, and a hyphen
 * matches a hyphen or a space. Used with the `i` flag.
 */
export function anyOf(forms: Iterable<string>): string {
  const trie: Trie = new Map();
  for (const f of new Set([...forms].map((x) => x.toLowerCase()))) insert(trie, [...f]);
  return `(?:${trieSource(trie)})`;
}

// Built once: a regex literal in a function is a new object on every call (`replace` starts a global regex at 0).
const SPACES = /\s+/g;

/**
 * Lower case with each run of spaces made one space (`This  Past` → `this past`), '' for none: the words before a
 * date (`last`, `this coming`) are read this way for every match, most of them one word or none.
 */
export function lowerSpaced(text: string | undefined): string {
  if (!text) return '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127) return text.toLowerCase().replace(BLANK_RUNS, ' ');
  }
  return text.toLowerCase();
}
const BLANK_RUNS = /\s+/g;

/** `text` without `end` if it ends with it (`Nov.` → `Nov`, `mornings` → `morning`). */
export function withoutFinal(text: string, end: string): string {
  return text.endsWith(end) ? text.slice(0, text.length - end.length) : text;
}

/** Lower case with runs of spaces folded, for lexicon lookups. */
export function fold(text: string): string {
  // Most words looked up are one run of ASCII letters with nothing to fold but the case.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127) return text.toLowerCase().replace(SPACES, ' ').trim();
  }
  return text.toLowerCase();
}
