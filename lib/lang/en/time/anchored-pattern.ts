import { anyOf } from '../pattern';
import { ASCII_WORD, isDigitCode, isSpaceCode, isWordCode } from '../chars';
import { firstChars } from './first-chars';

/**
 * Fast search for the English parsers' patterns. Every match of a pattern holds a known word (a unit, a month,
 * `ago`) a few characters after its start. The text is read once, word by word, and each word that some parser
 * waits for marks the stretch just before it where that parser's matches can start; a pattern is then tried, sticky,
 * only at the word starts of its stretches. Matches are the same as the full pattern's, in the same order, with one
 * exception no news text meets, there since the scan was written: it reads trigger words in ASCII letters, so a word
 * spelt with `ſ` or the Kelvin sign (which the patterns' `iu` flags fold to `s` and `k`: `ſeptember`) wakes nothing.
 */

/**
 * Where a match can start, past a word start: a letter, a digit or an apostrophe (`’80s`), since every pattern starts
 * with a word or a number, or any character past ASCII. Each pattern narrows it to its own first characters.
 */
const CAN_START = ASCII_WORD.map((word, c) => (word === 1 || c === 39 ? 1 : 0));
const ANY_PAIR = new Uint8Array(0);

/**
 * Where a pattern's matches can be: a match starts at most `reach` characters before one of `words` (whole runs of
 * ASCII letters, compared in lower case), or before a run of digits of the given shape: `year` (four digits or
 * more), `decade` (ending in 0 before `s`: `1990s`, `80’s`), `clock` (before `:`, `a.m.`, `pm`).
 */
export interface Trigger {
  words?: readonly string[];
  digits?: 'year' | 'decade' | 'clock';
  reach: number;
  /**
   * For `words`: asked with the text and the word's start; the trigger counts only where it says yes. A parser whose
   * long matches need a certain word before the trigger word keeps its long reach for those places alone.
   */
  when?: (text: string, at: number) => boolean;
}

/** Start positions worth trying, as merged closed intervals: `[lo0, hi0, lo1, hi1, …]` in text order. */
type Intervals = number[];

/**
 * The patterns a trigger wakes, as `[slot, reach]` pairs, with the distinct reaches in ascending order: one walk
 * back from the trigger finds the start of every stretch (`back` once per reach, not once per pattern).
 */
interface Hits {
  slots: number[];
  /** Each slot's `when` (see Trigger), or null. */
  when: Array<Trigger['when'] | null>;
  /** Index into `reaches` of each slot's reach. */
  reachOf: number[];
  reaches: number[];
}

type Pair = readonly [slot: number, reach: number, when: Trigger['when'] | null];

function toHits(pairs: readonly Pair[]): Hits {
  const reaches = [...new Set(pairs.map(([, reach]) => reach))].sort((a, b) => a - b);
  return {
    slots: pairs.map(([slot]) => slot),
    when: pairs.map(([, , when]) => when),
    reachOf: pairs.map(([, reach]) => reaches.indexOf(reach)),
    reaches,
  };
}

// The blanks a run of blanks is made of (space, tab, line breaks, no-break and thin spaces).
const BLANK = '[ \\t\\n\\r\\u00a0\\u2009\\u202f]';

const registry: Trigger[][] = [];
interface Tables {
  words: WordTree;
  digits: Record<NonNullable<Trigger['digits']>, Hits>;
  /** Every trigger word as a whole run of ASCII letters, or a run of digits: one scan finds them all. */
  scan: RegExp;
  /** A trigger word that opens the text (the scan takes a word with the character before it). */
  atStart: RegExp;
}
let tables: Tables | null = null;

/**
 * The trigger words as a prefix tree over `a`–`z`: node `n`'s child for a letter is `next[n * 26 + letter]` (-1:
 * none), and `hits[n]` is what the word that ends at `n` wakes. The scan's words are read in it by character code,
 * with no string cut out and lower-cased per word.
 */
interface WordTree {
  next: Int32Array;
  hits: Array<Hits | undefined>;
}

function wordTree(words: ReadonlyMap<string, Hits>): WordTree {
  const children: number[][] = [new Array<number>(26).fill(-1)];
  const hits: Array<Hits | undefined> = [undefined];
  for (const [word, wakes] of words) {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const letter = word.charCodeAt(k) - 97;
      let child = children[node]![letter]!;
      if (child < 0) {
        child = children.length;
        children.push(new Array<number>(26).fill(-1));
        hits.push(undefined);
        children[node]![letter] = child;
      }
      node = child;
    }
    hits[node] = wakes;
  }
  return { next: Int32Array.from(children.flat()), hits };
}

/** What the word `text[from, to)` wakes (ASCII letters in any case, as the scan finds them), if anything. */
function hitsOf(tree: WordTree, text: string, from: number, to: number): Hits | undefined {
  let node = 0;
  for (let i = from; i < to && node >= 0; i++) node = tree.next[node * 26 + ((text.charCodeAt(i) | 32) - 97)]!;
  return node >= 0 ? tree.hits[node] : undefined;
}

function buildTables(): Tables {
  const words = new Map<string, Pair[]>();
  const digits: Record<NonNullable<Trigger['digits']>, Pair[]> = {
    year: [],
    decade: [],
    clock: [],
  };
  registry.forEach((triggers, slot) => {
    for (const t of triggers) {
      if (t.digits) digits[t.digits].push([slot, t.reach, null]);
      for (const w of t.words ?? []) {
        const word = w.toLowerCase();
        if (!/^[a-z]+$/.test(word)) throw new Error(`trigger words are ASCII letters: ${w}`);
        const list = words.get(word) ?? [];
        list.push([slot, t.reach, t.when ?? null]);
        words.set(word, list);
      }
    }
  });
  // A word is taken with the character before it (neither a letter nor a digit), rather than behind a lookbehind
  // tried at every position: the engine then skips letters at once, and the scan costs a third less. After a run of
  // digits (`5days`) the word is taken with the digits. The word that opens a text is looked for once, on its own
  // (as a `^` alternative of the scan, it was tried at every position).
  // The same scan finds the blanks that follow a blank, one at a time (a blank with another after it), which the
  // reach of a pattern does not count (see `back`): a separate pass over the text for them cost more than this
  // alternative. No other alternative takes a blank but the one before a word, so none is missed.
  const trie = anyOf(words.keys());
  const scan = new RegExp(`[^A-Za-z\\d]${trie}(?![A-Za-z])|\\d+(?:${trie}(?![A-Za-z]))?|${BLANK}(?=${BLANK})`, 'gi');
  return {
    words: wordTree(new Map([...words].map(([word, pairs]) => [word, toHits(pairs)]))),
    digits: { year: toHits(digits.year), decade: toHits(digits.decade), clock: toHits(digits.clock) },
    scan,
    atStart: new RegExp(`${trie}(?![A-Za-z])`, 'iy'),
  };
}

/** Whitespace as the patterns' `\s` sees it (a tab or a no-break space as much as a space). */
function isSpace(text: string, at: number): boolean {
  return at < text.length && isSpaceCode(text.charCodeAt(at));
}

/** `a.m.`, `pm`, `p. m` at `at`: an `a` or `p`, an optional dot, an optional space, an `m`. */
function isClockSuffix(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 32;
  if (c !== 97 && c !== 112) return false;
  let i = at + 1;
  if (text.charCodeAt(i) === 46) i++;
  if (isSpace(text, i)) i++;
  return (text.charCodeAt(i) | 32) === 109;
}

/**
 * Records the blank at `at`, which follows a blank, into `repeated`: the blanks that follow a blank, which the reach
 * of a pattern does not count (see `back`), as `[from, to)` pairs in text order. Texts have few such runs, so that a
 * reach is mostly plain subtraction.
 */
function addRepeated(repeated: number[], at: number): void {
  if (repeated.length > 0 && repeated[repeated.length - 1] === at) repeated[repeated.length - 1] = at + 1;
  else repeated.push(at, at + 1);
}

/** How many of the `repeated` blanks (see addRepeated) lie in `[lo, hi)`. */
function repeatedIn(repeated: readonly number[], lo: number, hi: number): number {
  // The first run that ends after `lo`.
  let a = 0;
  let b = repeated.length / 2;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (repeated[2 * mid + 1]! <= lo) a = mid + 1;
    else b = mid;
  }
  let n = 0;
  for (let k = 2 * a; k < repeated.length && repeated[k]! < hi; k += 2)
    n += Math.min(hi, repeated[k + 1]!) - Math.max(lo, repeated[k]!);
  return n;
}

/**
 * The positions `reaches[k]` characters before `at` (reaches ascending), into `out`, a run of blanks counting as
 * one: a pattern's reach is measured with single spaces, and its spaces match any number (`the  weekend`). That is
 * the last position `i` from which `at - i` characters, less the repeated blanks among them, make the reach (or 0):
 * found by stepping back over the repeated blanks met, not character by character.
 */
function back(repeated: readonly number[], at: number, reaches: readonly number[], out: number[]): void {
  for (let k = 0; k < reaches.length; k++) {
    const reach = reaches[k]!;
    let i = at - reach;
    while (i > 0) {
      const further = at - reach - repeatedIn(repeated, i, at);
      if (further === i) break;
      i = further;
    }
    out[k] = Math.max(0, i);
  }
}

/** Adds `[lo, hi]` to a slot's intervals; `hi` never decreases from one call to the next, `lo` may. */
function add(out: Intervals, lo: number, hi: number): void {
  let from = Math.max(0, lo);
  let to = hi;
  // Intervals that the new one touches are folded into it (it may reach further back than the last one).
  while (out.length > 0 && from <= out[out.length - 1]! + 1) {
    to = Math.max(to, out.pop()!);
    from = Math.min(from, out.pop()!);
  }
  out.push(from, to);
}

/** The stretches of `text` where each registered pattern can match, found in one pass over the text. */
function indexText(text: string): Intervals[] {
  tables ??= buildTables();
  const { words, digits, scan, atStart } = tables;
  const marked: Intervals[] = registry.map(() => []);
  const los: number[] = [];
  // Filled as the scan goes: a trigger is marked only after every blank before it has been seen.
  const repeated: number[] = [];
  const mark = (hits: Hits, at: number) => {
    back(repeated, at, hits.reaches, los);
    for (let k = 0; k < hits.slots.length; k++) {
      const when = hits.when[k]!;
      if (when && !when(text, at)) continue;
      add(marked[hits.slots[k]!]!, los[hits.reachOf[k]!]!, at);
    }
  };
  atStart.lastIndex = 0;
  const opening = atStart.exec(text);
  const openingHits = opening ? hitsOf(words, text, 0, opening[0].length) : undefined;
  if (openingHits) mark(openingHits, 0);
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const i = m.index;
    const run = m[0];
    const first = run.charCodeAt(0);
    if (run.length === 1 && !isDigitCode(first)) {
      addRepeated(repeated, i + 1);
      continue;
    }
    // Where the word starts in the match: after the digits, or after the character before it.
    let word = 1;
    if (isDigitCode(first)) {
      let j = i + 1;
      while (isDigitCode(text.charCodeAt(j))) j++;
      word = j - i;
      if (word >= 4) mark(digits.year, i);
      const next = text.charCodeAt(j);
      if (text.charCodeAt(j - 1) === 48) {
        const s = next === 39 || next === 0x2019 ? text.charCodeAt(j + 1) : next;
        if (s === 115 || s === 83) mark(digits.decade, j - 1);
      }
      if (next === 58 || isClockSuffix(text, isSpace(text, j) ? j + 1 : j)) mark(digits.clock, j - 1);
      if (word === run.length) continue;
    }
    const hits = hitsOf(words, text, i + word, i + run.length);
    if (hits) mark(hits, i + word);
  }
  return marked;
}

// The parsers of one text run one after another: the text is indexed once for all of them.
let indexedText: string | null = null;
let indexed: Intervals[] = [];

function intervalsOf(text: string, slot: number): Intervals {
  if (text !== indexedText || indexed.length !== registry.length) {
    indexed = indexText(text);
    indexedText = text;
  }
  return indexed[slot]!;
}

/**
 * A pattern searched only where its triggers say it can match (see the file comment), and there only where a match
 * can start: at a word start (no letter or digit before), on a letter, a digit or an apostrophe (`’80s`). Every
 * pattern starts with a word or a number, so spaces and punctuation are skipped.
 */
class AnchoredRegExp extends RegExp {
  private readonly atPosition: RegExp | null = null;
  private readonly slot: number = -1;
  /**
   * 1 at the ASCII codes a match of this pattern can start with (see firstChars; past ASCII, all are tried), and at
   * `c0 * 128 + c1` where it can start with `c0` then `c1` (pairs: empty, any). Read from the source on the first
   * search, not when the module loads: a process that tags no English pays nothing for it. (Never null: fields that
   * change type slow every search down.)
   */
  private firsts: Uint8Array = CAN_START;
  private pairs: Uint8Array = ANY_PAIR;
  private firstsRead = false;

  constructor(source: string | RegExp, flags?: string, triggers?: readonly Trigger[]) {
    super(source, flags);
    // `matchAll` and `replace` construct copies with (pattern, flags) only: those search as plain regexes.
    if (!triggers) return;
    this.atPosition = new RegExp(source, (flags ?? '').replace('g', '') + 'y');
    this.slot = registry.length;
    registry.push([...triggers]);
    tables = null;
  }

  private readFirsts(sticky: RegExp): void {
    const starts = firstChars(sticky.source, sticky.flags);
    if (starts) {
      this.firsts = CAN_START.map((can, c) => can & starts.first[c]!);
      this.pairs = starts.pairs;
    }
    this.firstsRead = true;
  }

  override exec(input: string): RegExpExecArray | null {
    const sticky = this.atPosition;
    if (!sticky) return super.exec(input);
    if (!this.firstsRead) this.readFirsts(sticky);
    const firsts = this.firsts;
    const pairs = this.pairs;
    const from = this.lastIndex;
    const iv = intervalsOf(input, this.slot);
    // The first interval that ends at or after `from`.
    let a = 0;
    let b = iv.length / 2;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (iv[2 * mid + 1]! < from) a = mid + 1;
      else b = mid;
    }
    for (let k = 2 * a; k < iv.length; k += 2) {
      const hi = iv[k + 1]!;
      const lo = Math.max(iv[k]!, from);
      // canStart, with each character read once: whether it is a letter or digit is the next one's "before".
      let afterWord = lo > 0 && isWordCode(input.charCodeAt(lo - 1));
      for (let s = lo; s <= hi; s++) {
        const c = input.charCodeAt(s);
        const before = afterWord;
        afterWord = isWordCode(c);
        if (before || (c < 128 && firsts[c] !== 1)) continue;
        if (c < 128 && pairs.length > 0) {
          const next = input.charCodeAt(s + 1);
          if (next < 128 && pairs[c * 128 + next] !== 1) continue;
        }
        sticky.lastIndex = s;
        const m = sticky.exec(input);
        if (m) {
          this.lastIndex = sticky.lastIndex;
          return m;
        }
      }
    }
    this.lastIndex = 0;
    return null;
  }
}

/** `new RegExp(source, 'giu')`, tried only where `triggers` allow a match (see AnchoredRegExp). */
export function anchored(source: string, ...triggers: Trigger[]): RegExp {
  return new AnchoredRegExp(source, 'giu', triggers);
}
