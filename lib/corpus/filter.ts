import type { EventStatus, EventType } from '../model';
import type { CorpusEvent } from './types';

/**
 * What a view of the timeline, a briefing, an export or an API request keeps of a corpus. Every filter that is set
 * must match (any of its values); every word of the search must occur. This is the one rule: the timeline applies
 * it in the browser, the server in memory (`filterMatcher`), and the database as SQL (`windowIds` in
 * app/_lib/db/corpus-repository.ts, over columns filled from the same facets).
 */
export interface EventFilter {
  types: readonly EventType[];
  /** ISO alpha-2 codes: an event matches when one of its participants is, or belongs to, one of them. */
  countries: readonly string[];
  persons: readonly string[];
  places: readonly string[];
  /** announced | reported; null keeps both. */
  status: EventStatus | null;
  /** Words, each of which must occur (folded, see `foldText`) in a title, a source sentence or a name. */
  q: string;
}

/** The filter that keeps everything. */
export const NO_FILTER: EventFilter = { types: [], countries: [], persons: [], places: [], status: null, q: '' };

/** What the filters and the search look at in one event: plain data, sent to the browser beside the views. */
export interface EventFacets {
  id: string;
  type: EventType;
  status: EventStatus;
  /** Countries of the participants (a country itself, or the country of a person or body), ISO alpha-2. */
  countries: string[];
  persons: string[];
  place: string | null;
  /**
   * Titles in every UI language, every source sentence and the search terms, each folded for search and on a line
   * of its own (a query, folded, never holds a line break, so no match spans two of them).
   */
  text: string;
  /** Where the titles end in `text`, and where the search terms (names, types) begin: what ranking tells apart. */
  titlesEnd: number;
  termsStart: number;
}

/** Kazakh letters a Russian keyboard lacks, and Latin letters of the 2018 and 2021 Kazakh alphabets, to plain ones. */
const PLAIN: Record<string, string> = {
  қ: 'к',
  ғ: 'г',
  ң: 'н',
  ұ: 'у',
  ү: 'у',
  ө: 'о',
  ә: 'а',
  і: 'и',
  һ: 'х',
  ё: 'е',
  ı: 'i',
};

/**
 * Lower case, one kind of apostrophe and space, no diacritics, Kazakh letters as their plain neighbours (Тоқаев
 * and Токаев, Nūrtıleu and Nurtileu fold alike): what both the index and a query go through.
 */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('kk')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[қғңұүөәіһёı]/g, (c) => PLAIN[c] ?? c)
    .replace(/[’ʼ`]/g, "'")
    .replace(/\s+/g, ' ');
}

/** The folded words of a search, each of which must occur. */
export function searchWords(q: string): string[] {
  return foldText(q)
    .split(' ')
    .filter((w) => w !== '');
}

export interface ActorInfo {
  kind: 'person' | 'country' | 'body';
  country?: string;
}

/** `terms`: more that the search finds the event by (names in every language, the type). */
export function eventFacets(
  event: CorpusEvent,
  actor: (id: string) => ActorInfo | undefined,
  terms: readonly string[] = [],
): EventFacets {
  const countries = new Set<string>();
  const persons = new Set<string>();
  for (const p of event.participants) {
    const a = actor(p.actorId);
    if (a?.kind === 'country') countries.add(p.actorId);
    else if (a?.country) countries.add(a.country);
    if (a?.kind === 'person') persons.add(p.actorId);
  }
  const lines = (xs: readonly string[]) =>
    xs
      .map((x) => foldText(x).trim())
      .filter((x) => x !== '')
      .join('\n');
  const titles = lines(Object.values(event.title));
  const quotes = lines(event.sources.map((s) => s.quote));
  const names = lines(terms);
  const text = [titles, quotes, names].join('\n');
  return {
    id: event.id,
    type: event.type,
    status: event.status,
    countries: [...countries].sort(),
    persons: [...persons].sort(),
    place: event.placeId,
    text,
    titlesEnd: titles.length,
    termsStart: titles.length + 1 + quotes.length + 1,
  };
}

/** The filter as a test of one event's facets; the search is folded once, not once per event. */
export function filterMatcher(filter: EventFilter): (f: EventFacets) => boolean {
  const words = searchWords(filter.q);
  return (f) => {
    if (filter.types.length > 0 && !filter.types.includes(f.type)) return false;
    if (filter.status !== null && f.status !== filter.status) return false;
    if (filter.countries.length > 0 && !filter.countries.some((c) => f.countries.includes(c))) return false;
    if (filter.persons.length > 0 && !filter.persons.some((p) => f.persons.includes(p))) return false;
    if (filter.places.length > 0 && (f.place === null || !filter.places.includes(f.place))) return false;
    return words.every((w) => f.text.includes(w));
  };
}

/** Whether a dated event's days overlap the window [from, to] (ISO days; a time after the day is ignored). */
export function overlapsDays(e: { start: string; end: string | null }, from: string, to: string): boolean {
  return e.start.slice(0, 10) <= to.slice(0, 10) && (e.end ?? e.start).slice(0, 10) >= from.slice(0, 10);
}
