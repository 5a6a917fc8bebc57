import { foldText, type EventFacets } from '@/lib/corpus/filter';

/**
 * Why an event matches a search, strongest first:
 *   name    the query is a name or spelling of a participant, country, place, body or the event's type
 *           ("Токаев", "Azerbaijan", "саммит")
 *   prefix  each word of the query begins a word of such a name ("Токае", "Kassym Tok")
 *   title   each word begins a word of a title
 *   text    the words occur somewhere else (inside a word, in a source sentence)
 */
export type MatchReason = 'name' | 'prefix' | 'title' | 'text';

export const MATCH_REASONS: readonly MatchReason[] = ['name', 'prefix', 'title', 'text'];

/** What the API tells a client about one event's match: the reason, and a score (higher is stronger: 4…1). */
export interface EventMatch {
  reason: MatchReason;
  score: number;
}

/** The words of a query as the index holds them. */
export function queryWords(q: string): string[] {
  return foldText(q)
    .split(' ')
    .filter((w) => w !== '');
}

const WORD_SPLIT = /[^\p{L}\p{N}'.]+/u;

const wordsOf = (text: string) => text.split(WORD_SPLIT).filter((w) => w !== '');

/** Whether some word of `words` begins with `prefix`. */
const begins = (words: readonly string[], prefix: string) => words.some((w) => w.startsWith(prefix));

/**
 * How an event's facets match a query, or null when they do not (some word occurs nowhere): the same words the
 * filter looks for, told apart by where they occur.
 */
export function matchReason(f: EventFacets, q: string): MatchReason | null {
  const words = queryWords(q);
  if (words.length === 0 || !words.every((w) => f.text.includes(w))) return null;
  const names = f.text.slice(f.termsStart).split('\n');
  const phrase = words.join(' ');
  if (names.includes(phrase)) return 'name';
  // Names are split on hyphens too: "Жомарт" begins a word of "Қасым-Жомарт Тоқаев".
  const nameWords = names.flatMap((n) => wordsOf(n).flatMap((w) => [w, ...w.split('-')]));
  if (words.every((w) => begins(nameWords, w))) return 'prefix';
  const titleWords = wordsOf(f.text.slice(0, f.titlesEnd)).flatMap((w) => [w, ...w.split('-')]);
  if (words.every((w) => begins(titleWords, w))) return 'title';
  return 'text';
}

export function matchOf(reason: MatchReason): EventMatch {
  return { reason, score: MATCH_REASONS.length - MATCH_REASONS.indexOf(reason) };
}

/**
 * Orders the events of a search: by reason (name, prefix, title, text), then newest first (undated last), then
 * by id so that equal ones keep one order. `start` is the event's ISO start or null.
 */
export function compareRanked(
  a: { reason: MatchReason | null; start: string | null; id: string },
  b: { reason: MatchReason | null; start: string | null; id: string },
): number {
  const tier = (r: MatchReason | null) => (r === null ? MATCH_REASONS.length : MATCH_REASONS.indexOf(r));
  if (tier(a.reason) !== tier(b.reason)) return tier(a.reason) - tier(b.reason);
  if (a.start !== b.start) {
    if (a.start === null) return 1;
    if (b.start === null) return -1;
    return a.start < b.start ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A copy of `items` best match first (see compareRanked), each item's reason given by `reasonOf`: what the list's
 * rows and the phone's cards reorder by in the browser while a search is typed.
 */
export function bestMatchFirst<T extends { id: string; start: string | null }>(
  items: readonly T[],
  reasonOf: (id: string) => MatchReason | null,
): T[] {
  const ranked = items.map((item) => ({ item, id: item.id, start: item.start, reason: reasonOf(item.id) }));
  return ranked.sort(compareRanked).map((r) => r.item);
}
