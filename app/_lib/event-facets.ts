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
  /** Titles in every UI language and every source sentence, folded for search. */
  text: string;
}

/** Lower case, one kind of apostrophe and space, composed: what both the index and a query go through. */
export function foldText(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('kk').replace(/[’ʼ`]/g, "'").replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

export interface ActorInfo {
  kind: 'person' | 'country' | 'body';
  country?: string;
}

export function eventFacets(event: CorpusEvent, actor: (id: string) => ActorInfo | undefined): EventFacets {
  const countries = new Set<string>();
  const persons = new Set<string>();
  for (const p of event.participants) {
    const a = actor(p.actorId);
    if (a?.kind === 'country') countries.add(p.actorId);
    else if (a?.country) countries.add(a.country);
    if (a?.kind === 'person') persons.add(p.actorId);
  }
  const text = [...Object.values(event.title), ...event.sources.map((s) => s.quote)].join('\n');
  return {
    id: event.id,
    type: event.type,
    countries: [...countries].sort(),
    persons: [...persons].sort(),
    place: event.placeId,
    text: foldText(text),
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
