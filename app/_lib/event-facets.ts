import type { CorpusEvent } from '@/lib/corpus/types';
import type { EventType } from '@/lib/events/types';
import type { ViewState } from './view-state';

/** What the filters and the search look at in one event: plain data, sent to the browser beside the views. */
export interface EventFacets {
  id: string;
  type: EventType;
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
const PLAIN: Record<string, string> = { қ: 'к', ғ: 'г', ң: 'н', ұ: 'у', ү: 'у', ө: 'о', ә: 'а', і: 'и', һ: 'х', ё: 'е', ı: 'i' };

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

export interface ActorInfo {
  kind: 'person' | 'country' | 'body';
  country?: string;
}

/** `terms`: more that the search finds the event by (search-terms.ts: names in every language, the type). */
export function eventFacets(event: CorpusEvent, actor: (id: string) => ActorInfo | undefined, terms: readonly string[] = []): EventFacets {
  const countries = new Set<string>();
  const persons = new Set<string>();
  for (const p of event.participants) {
    const a = actor(p.actorId);
    if (a?.kind === 'country') countries.add(p.actorId);
    else if (a?.country) countries.add(a.country);
    if (a?.kind === 'person') persons.add(p.actorId);
  }
  const lines = (xs: readonly string[]) => xs.map((x) => foldText(x).trim()).filter((x) => x !== '').join('\n');
  const titles = lines(Object.values(event.title));
  const quotes = lines(event.sources.map((s) => s.quote));
  const names = lines(terms);
  const text = [titles, quotes, names].join('\n');
  return {
    id: event.id,
    type: event.type,
    countries: [...countries].sort(),
    persons: [...persons].sort(),
    place: event.placeId,
    text,
    titlesEnd: titles.length,
    termsStart: titles.length + 1 + quotes.length + 1,
  };
}

/** Every filter that is set must match (any of its values); every word of the search must occur. */
export function matchesView(f: EventFacets, view: ViewState): boolean {
  if (view.types.length > 0 && !view.types.includes(f.type)) return false;
  if (view.countries.length > 0 && !view.countries.some((c) => f.countries.includes(c))) return false;
  if (view.persons.length > 0 && !view.persons.some((p) => f.persons.includes(p))) return false;
  if (view.places.length > 0 && (f.place === null || !view.places.includes(f.place))) return false;
  const words = foldText(view.q).split(' ').filter((w) => w !== '');
  return words.every((w) => f.text.includes(w));
}
