import 'server-only';
import type { Corpus, CorpusEvent } from '@/lib/corpus/types';
import { EVENT_TYPES } from '@/lib/events/types';
import { actorById } from '@/lib/lang/gazetteer';
import type { Dictionary } from '@/app/_i18n/types';
import { eventFacets, matchesView, type EventFacets } from './event-facets';
import { actorName, placeName } from './names';
import type { ViewState } from './view-state';

export interface FilterOption {
  value: string;
  label: string;
}

/** The choices of each filter: only values some event has, named in the UI language, in alphabetical order. */
export interface FilterOptions {
  types: FilterOption[];
  countries: FilterOption[];
  persons: FilterOption[];
  places: FilterOption[];
}

export function corpusFacets(events: readonly CorpusEvent[]): EventFacets[] {
  return events.map((e) => eventFacets(e, (id) => actorById(id)));
}

/** The events a view's filters and search keep (the window does not filter; it only frames). */
export function filterEvents(events: readonly CorpusEvent[], view: ViewState): CorpusEvent[] {
  const facets = corpusFacets(events);
  return events.filter((_, i) => matchesView(facets[i] as EventFacets, view));
}

export function countryName(code: string, t: Dictionary): string {
  const actor = actorById(code);
  if (actor) return actor.names[t.locale];
  try {
    return new Intl.DisplayNames([t.locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function filterOptions(corpus: Corpus, facets: readonly EventFacets[], t: Dictionary): FilterOptions {
  const collator = new Intl.Collator(t.locale);
  const sorted = (values: Iterable<string>, label: (v: string) => string) =>
    [...new Set(values)].map((value) => ({ value, label: label(value) })).sort((a, b) => collator.compare(a.label, b.label));
  const present = new Set(corpus.events.map((e) => e.type));
  return {
    types: EVENT_TYPES.filter((type) => present.has(type)).map((value) => ({ value, label: t.eventTypes[value] })),
    countries: sorted(facets.flatMap((f) => f.countries), (c) => countryName(c, t)),
    persons: sorted(facets.flatMap((f) => f.persons), (p) => actorName(p, t.locale)),
    places: sorted(facets.flatMap((f) => (f.place === null ? [] : [f.place])), (p) => placeName(p, t.locale)),
  };
}
