import 'server-only';
import type { CorpusView } from '@/lib/corpus/types';
import type { EventFacets } from '@/lib/corpus/filter';
import { EVENT_TYPES } from '@/lib/events/types';
import type { Dictionary } from '@/app/_i18n/types';
import { actorName, countryName, placeName } from './names';

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

export function filterOptions(corpus: CorpusView, facets: readonly EventFacets[], t: Dictionary): FilterOptions {
  const collator = new Intl.Collator(t.locale);
  const sorted = (values: Iterable<string>, label: (v: string) => string) =>
    [...new Set(values)]
      .map((value) => ({ value, label: label(value) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  const present = new Set(corpus.events.map((e) => e.type));
  return {
    types: EVENT_TYPES.filter((type) => present.has(type)).map((value) => ({ value, label: t.eventTypes[value] })),
    countries: sorted(
      facets.flatMap((f) => f.countries),
      (c) => countryName(c, t),
    ),
    persons: sorted(
      facets.flatMap((f) => f.persons),
      (p) => actorName(p, t.locale),
    ),
    places: sorted(
      facets.flatMap((f) => (f.place === null ? [] : [f.place])),
      (p) => placeName(p, t.locale),
    ),
  };
}
