/** Regex helpers shared by the Russian lexicons and parsers. */

/** No letter or digit right before: the start of a word. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** No letter or digit right after: the end of a word. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Lower case with `ё` read as `е`: printed Russian writes either, so lookups fold them. */
export function foldRu(word: string): string {
  return word.toLocaleLowerCase('ru').replace(/ё/g, 'е');
}

interface TrieNode {
  end: boolean;
  /** Whether some form has `ё` at the letter leading here: then `е` is accepted too, and the other way round. */
  yo: boolean;
  next: Map<string, TrieNode>;
}

function escapeChar(ch: string, yo: boolean): string {
  if (ch === ' ') return '\\s+';
  if (ch === 'е' && yo) return '[её]'; // printed Russian writes `ё` as `е` or as `ё`
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([ch, child]) => escapeChar(ch, child.yo) + trieSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // A word that is also the start of a longer one (`пять`, `пятьдесят`): try the longer first, then stop here.
  if (!node.end) return body;
  return branches.length === 1 && body.length === 1 ? `${body}?` : `(?:${body})?`;
}

/**
 * An alternation of whole word forms, written as a prefix tree (`пят(?:ь(?:десят)?|и(?:десяти)?)`) so that the
 * regex engine reads each letter once instead of trying hundreds of alternatives at every position; a longer
 * form is tried before its prefix. A form written with `ё` (`трёх`) also matches with `е`; multi-word forms
 * match any run of spaces. Used with the `iu` flags, so capitals match too.
 */
export function anyOf(forms: Iterable<string>): string {
  const root: TrieNode = { end: false, yo: false, next: new Map() };
  for (const form of forms) {
    let node = root;
    for (const original of form.toLocaleLowerCase('ru').replace(/\s+/g, ' ')) {
      const ch = original === 'ё' ? 'е' : original;
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, yo: false, next: new Map() }));
      if (original === 'ё') child.yo = true;
      node = child;
    }
    node.end = true;
  }
  return `(?:${trieSource(root)})`;
}

/** `stem` followed by each ending: `forms('январ', ['ь', 'я'])` is `['январь', 'января']`. */
export function forms(stem: string, endings: readonly string[]): string[] {
  return endings.map((e) => stem + e);
}
