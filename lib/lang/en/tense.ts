import { sentenceAround } from './sentence-bounds';
import { isSpaceCode } from './chars';

/**
 * Tense of an English clause, read from its verb groups: enough to say whether `Friday` or `Nov. 14` points back or
 * ahead of the article date. A verb group is a run of auxiliaries and a main verb (`will be held`, `had met`, `said`);
 * the group nearest a date governs it.
 */
export type Tense = 'past' | 'future';

const FUTURE_MODALS = new Set(['will', "'ll", '’ll', 'shall', "won't", 'won’t', 'wo', 'would', "'d", 'gonna']);
const PAST_AUXILIARIES = new Set([
  'was',
  'were',
  'had',
  'did',
  "didn't",
  'didn’t',
  "wasn't",
  'wasn’t',
  "weren't",
  'weren’t',
  "hadn't",
  'hadn’t',
]);
const PRESENT_AUXILIARIES = new Set([
  'is',
  'are',
  'am',
  'has',
  'have',
  'do',
  'does',
  "isn't",
  "aren't",
  "hasn't",
  "haven't",
  "doesn't",
  "don't",
  "'s",
  "'re",
  "'ve",
]);
/** Modals and the infinitive marker: the verb after them (`must be returned`, `to meet`) says nothing of tense. */
const NEUTRAL = new Set(['must', 'can', 'could', 'should', 'might', 'may', 'cannot', "can't", 'to', 'ought']);
const CONTINUING = new Set([
  'be',
  'been',
  'being',
  'not',
  'also',
  'still',
  'already',
  'just',
  'never',
  'probably',
  'likely',
  'then',
]);
/**
 * Words that announce something still to come, whatever the verb's form; and the present of verbs that news uses for
 * timetables (`the offer expires Tuesday`, `talks resume Monday`).
 */
const FUTURE_WORDS = new Set([
  'scheduled',
  'slated',
  'upcoming',
  'expires',
  'expire',
  'begins',
  'starts',
  'opens',
  'resumes',
  'resume',
  'convenes',
  'departs',
  'arrives',
  'ends',
]);
/** Words that do so only before `to` or `for`: `plans to meet`, `is set to resume`, `planned for March`. */
const FUTURE_BEFORE_TO = new Set([
  'planned',
  'plans',
  'planning',
  'plan',
  'expected',
  'expects',
  'expect',
  'due',
  'intends',
  'intend',
  'intended',
  'aims',
  'hopes',
  'hope',
  'poised',
  'going',
  'prepared',
  'preparing',
  'set',
  'ready',
  'likely',
  'agreed',
  'promised',
  'vowed',
]);
const IRREGULAR_PAST = new Set([
  'said',
  'told',
  'met',
  'went',
  'came',
  'took',
  'made',
  'left',
  'began',
  'fell',
  'rose',
  'sold',
  'bought',
  'saw',
  'gave',
  'held',
  'led',
  'won',
  'lost',
  'paid',
  'spent',
  'sent',
  'built',
  'brought',
  'thought',
  'struck',
  'ran',
  'became',
  'got',
  'found',
  'knew',
  'wrote',
  'spoke',
  'broke',
  'chose',
  'drove',
  'flew',
  'grew',
  'hit',
  'kept',
  'meant',
  'felt',
  'stood',
  'sought',
  'taught',
  'fought',
  'caught',
  'heard',
  'shot',
  'slid',
  'swept',
  'threw',
  'tore',
  'wore',
  'woke',
  'withdrew',
  'overtook',
  'arose',
  'forecast',
  'quit',
  'bid',
  'dealt',
  'lent',
  'fled',
  'sank',
  'shrank',
  'sprang',
  'stole',
  'did',
]);
// Words ending in -ed that are not past verbs, or are usually adjectives in news text.
const NOT_PAST = new Set([
  'need',
  'feed',
  'seed',
  'speed',
  'indeed',
  'united',
  'limited',
  'red',
  'bed',
  'hundred',
  'based',
  'related',
  'proposed',
  'so-called',
  'interested',
  'concerned',
  'detailed',
  'advanced',
  'used',
  'supposed',
  'scheduled',
  'planned',
  'expected',
  'embed',
  'shed',
  'wed',
]);

/** How far (in characters) from a date a verb group may stand and still govern it: about five words. */
const REACH = 30;
// The text read around a date: the date itself, REACH on either side, and room for the auxiliaries of a verb group.
const WINDOW_LEFT = 80;
const WINDOW_RIGHT = 50;

type Group = { at: number; end: number; tense: Tense | 'present' };

// What each word of the lists above is, as bits, so that a word of the text costs one look-up, not one per list.
const FUTURE_MODAL = 1;
const PAST_AUXILIARY = 2;
const PRESENT_AUXILIARY = 4;
const NEUTRAL_WORD = 8;
const CONTINUING_WORD = 16;
const FUTURE_WORD = 32;
const FUTURE_WORD_BEFORE_TO = 64;
const IRREGULAR_PAST_FORM = 128;
const WORD_CLASS = new Map<string, number>();
for (const [words, bit] of [
  [FUTURE_MODALS, FUTURE_MODAL],
  [PAST_AUXILIARIES, PAST_AUXILIARY],
  [PRESENT_AUXILIARIES, PRESENT_AUXILIARY],
  [NEUTRAL, NEUTRAL_WORD],
  [CONTINUING, CONTINUING_WORD],
  [FUTURE_WORDS, FUTURE_WORD],
  [FUTURE_BEFORE_TO, FUTURE_WORD_BEFORE_TO],
  [IRREGULAR_PAST, IRREGULAR_PAST_FORM],
] as const) {
  for (const w of words) WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | bit);
}

// Searched with exec from lastIndex 0 (matchAll would build a copy of the regex on every call).
const WORD = /[\p{L}’']+(?:[-’'][\p{L}]+)*/gu;
const TO_OR_FOR = /^\s+(?:to|for)\s/i;
const CAPITALISED = /^\p{Lu}/u;
const RIGHT_BREAK = /[;:"]|''|\bthat\b/;

/** `signed`, `carried`: a regular past form (not `need`, `speed`, nor a capitalised name such as `United`). */
function isRegularPast(w: string, raw: string): boolean {
  if (!w.endsWith('ed') || w.length <= 4 || NOT_PAST.has(w) || CAPITALISED.test(raw)) return false;
  // `signed`, `carried`, `agreed`; a word in -eed after another e is not one. Nouns such as `need` are in NOT_PAST.
  return w.charAt(w.length - 3) !== 'e' || (w.endsWith('eed') && w.charAt(w.length - 4) !== 'e');
}

/**
 * The verb groups of a text, each with its tense and the offset of its last word. Reading stops at the first word
 * that starts after `until` once no group begun at or before `until` is still open: groups that start later are not
 * wanted (see clauseTense), and a word cannot change a group already closed.
 */
function verbGroups(text: string, until = Infinity): Group[] {
  const groups: Group[] = [];
  let pending: Group | null = null;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const at = m.index;
    if (at > until && (pending === null || pending.at > until)) break;
    const raw = m[0];
    const w = raw.toLowerCase();
    const end = at + raw.length;
    const is = WORD_CLASS.get(w) ?? 0;
    const beforeTo = (is & FUTURE_WORD_BEFORE_TO) !== 0 && TO_OR_FOR.test(text.slice(end, end + 6));
    if ((is & (FUTURE_MODAL | FUTURE_WORD)) !== 0 || beforeTo) {
      if (pending) groups.push(pending);
      pending = { at, end, tense: 'future' };
      continue;
    }
    if ((is & (PAST_AUXILIARY | PRESENT_AUXILIARY)) !== 0 || ((is & NEUTRAL_WORD) !== 0 && raw !== 'May')) {
      // `will have done`, `is to meet`: an auxiliary inside a future group does not change it.
      if (pending?.tense === 'future') continue;
      if (pending) groups.push(pending);
      pending = { at, end, tense: (is & PAST_AUXILIARY) !== 0 ? 'past' : 'present' };
      continue;
    }
    if (pending && (is & CONTINUING_WORD) !== 0) continue;
    if (pending) {
      // `was held`, `will be held`, `has met`: the auxiliary decides; the main verb closes the group.
      groups.push({ ...pending, end });
      pending = null;
      continue;
    }
    if ((is & IRREGULAR_PAST_FORM) !== 0 || isRegularPast(w, raw)) groups.push({ at, end, tense: 'past' });
  }
  if (pending) groups.push(pending);
  return groups;
}

const toTense = (g: Group | undefined): Tense | null => (g && g.tense !== 'present' ? g.tense : null);

/**
 * Tense of the verb group nearest the expression that ends at `from`: English puts the verb on either side
 * (`met Friday`, `On Friday, they met`). Clause breaks (`;`, `:`) and quotation marks are not crossed, nor verbs
 * further than `REACH`. `text` may be a sentence or a whole article.
 */
export function tenseAfter(text: string, from: number): Tense | null {
  // Only verbs within REACH count, so a window around the date is all that needs reading, however long the text.
  const lo = Math.max(0, from - WINDOW_LEFT);
  const window = text.slice(lo, from + WINDOW_RIGHT);
  const bounds = sentenceAround(window, Math.max(0, from - lo - 1));
  return clauseTense(window.slice(bounds.start, bounds.end), from - lo - bounds.start);
}

function clauseTense(sentence: string, from: number): Tense | null {
  const left = sentence.slice(0, from);
  const cut = Math.max(left.lastIndexOf(';'), left.lastIndexOf(':'), left.lastIndexOf('"'), left.lastIndexOf('``'));
  // On the right, a complement clause (`said Tuesday that Iraq would…`) has its own verb, not the date's.
  const rightBreak = sentence.slice(from).search(RIGHT_BREAK);
  const start = cut + 1;
  const end = rightBreak < 0 ? sentence.length : from + rightBreak;
  const clause = sentence.slice(start, end);
  const here = from - start;
  let best: Group | undefined;
  let bestDistance = Infinity;
  // A group that starts more than REACH / 1.2 characters after the date is further than REACH (see below).
  for (const g of verbGroups(clause, here + REACH / 1.2)) {
    // A group on the left is a little closer than the same distance on the right: `said Friday it would`.
    const distance = g.at < here ? here - g.end : (g.at - here) * 1.2;
    if (g.tense !== 'present' && distance < bestDistance && distance <= REACH) {
      best = g;
      bestDistance = distance;
    }
  }
  return toTense(best);
}

/**
 * English gives no sentence-wide fallback: a verb more than a few words from a date rarely governs it (`The board
 * authorized a split, payable Dec. 7`), and on TimeBank a sentence-level tense misdated more than it fixed. With no
 * verb near, a date takes the nearest occurrence and a weekday the last one.
 */
export function sentenceTense(): Tense | null {
  return null;
}

// A deadline or a start looks ahead (`until Tuesday`, `by Jan. 14`, `as early as Tuesday`, `effective June 1`);
// `since` looks back. The preposition right before a date says more than any verb. Read word by word from the
// date backwards (a regex anchored at the end would be tried at every position).
const FUTURE_PREPOSITIONS = new Set(['until', 'till', 'by', 'effective', 'starting', 'beginning', 'due']);
const FUTURE_PHRASE_ENDS = new Set(['as soon as', 'as early as', 'no later than']);
const SKIPPED = new Set(['about', 'around', 'at', 'on', 'in']);
// A clock time may stand between the preposition and the day: `until 9 a.m. EST Tuesday`.
const CLOCK_WORD = /^(?:\d{1,2}(?::\d\d)?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|[ap]\.|m\.|noon|midnight|[A-Z]{3})$/;

/** The direction a preposition right before `start` gives the date that follows, if it gives one. */
export function prepositionTense(text: string, start: number): Tense | null {
  // The words of the 50 characters before the date, split at whitespace, read from the last one back and only as
  // far as needed (every date asks, and splitting the whole stretch cost more than the rest). A stretch that starts
  // with whitespace has an empty first word, as `split` gives it; an empty word stops the reading as the start does.
  const words = new WordsBefore(text, Math.max(0, start - 50), start);
  let w = words.previous();
  while (w !== '' && CLOCK_WORD.test(w)) w = words.previous();
  if (SKIPPED.has(bare(w))) w = words.previous();
  const last = bare(w);
  if (FUTURE_PREPOSITIONS.has(last)) return 'future';
  if (last === 'as' || last === 'than') {
    const before = bare(words.previous());
    if (FUTURE_PHRASE_ENDS.has(`${bare(words.previous())} ${before} ${last}`)) return 'future';
  }
  if (last === 'since') return 'past';
  return null;
}

/**
 * The whitespace-separated words of `text` in `[from, start)`, read from the last one back. A class rather than a
 * closure made per call: under the tsx loader (the bench, the evals) every closure bound to a name is renamed by a
 * helper call that cost more than reading the words.
 */
class WordsBefore {
  private at: number;

  constructor(
    private readonly text: string,
    private readonly from: number,
    start: number,
  ) {
    this.at = start;
    this.skipBlanks();
  }

  /** The word before the cursor, the cursor moved before it and its blanks; '' once `from` is reached. */
  previous(): string {
    if (this.at <= this.from) return '';
    const end = this.at;
    while (this.at > this.from && !isSpaceCode(this.text.charCodeAt(this.at - 1))) this.at--;
    const w = this.text.slice(this.at, end);
    this.skipBlanks();
    return w;
  }

  private skipBlanks(): void {
    while (this.at > this.from && isSpaceCode(this.text.charCodeAt(this.at - 1))) this.at--;
  }
}

/** A word in lower case without what precedes its first letter (`(until` → `until`). */
function bare(w: string): string {
  // A word that opens with an ASCII letter has nothing before it to drop.
  const c = w.charCodeAt(0) | 32;
  return c >= 97 && c <= 122 ? w.toLowerCase() : w.toLowerCase().replace(LEADING_NON_LETTERS, '');
}
const LEADING_NON_LETTERS = /^[^\p{L}]+/u;
