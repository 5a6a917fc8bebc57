import 'server-only';
import type { CorpusView, CorpusEvent } from '@/lib/corpus/types';
import { EVENT_TYPES } from '@/lib/events/types';
import { actorById } from '@/lib/lang/gazetteer';
import type { Dictionary } from '@/app/_i18n/types';
import { matchesView, type EventFacets } from './event-facets';
import { corpusFacetList } from './events-window';
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

/**
 * The events of a corpus a view keeps, for briefings and exports: its filters and search, and, when the view names
 * a window, the dated events that overlap it (the timeline of a large corpus passes its window on; a small one
 * does not, and there the window only frames).
 */
export function viewEvents(corpus: CorpusView, view: ViewState): CorpusEvent[] {
  const facets = new Map(corpusFacetList(corpus).map((f) => [f.id, f] as const));
  const from = view.from?.slice(0, 10) ?? null;
  const to = view.to?.slice(0, 10) ?? null;
  return corpus.events.filter((e) => {
    const f = facets.get(e.id);
    if (!f || !matchesView(f, view)) return false;
    if (from === null || to === null) return true;
    return e.start !== null && e.start.slice(0, 10) <= to && (e.end ?? e.start) >= from;
  });
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

export function filterOptions(corpus: CorpusView, facets: readonly EventFacets[], t: Dictionary): FilterOptions {
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
