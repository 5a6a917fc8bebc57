import 'server-only';
import type { CorpusEvent } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import type { TimelineEventData, TimelineLabels } from '@/app/_components/timeline/types';
import type { EventFacets } from './event-facets';
import { eventDateLabel } from './event-view';
import { countryName } from './view-data';

/** The plain props of the timeline client leaf: dated events only (undated ones are listed beside it). */
export function timelineEvents(events: readonly CorpusEvent[], facets: readonly EventFacets[], t: Dictionary): TimelineEventData[] {
  const countries = new Map(facets.map((f) => [f.id, f.countries] as const));
  const dated = events.filter((e): e is CorpusEvent & { start: string } => e.start !== null);
  const ids = new Set(dated.map((e) => e.id));
  return dated.map((e) => ({
    id: e.id,
    type: e.type,
    typeLabel: t.eventTypes[e.type],
    title: e.title[t.locale],
    dateLabel: eventDateLabel(e, t),
    start: e.start,
    end: e.end,
    parent: e.parent !== null && ids.has(e.parent) ? e.parent : null,
    countries: countries.get(e.id) ?? [],
  }));
}

export function timelineLabels(t: Dictionary, facets: readonly EventFacets[]): TimelineLabels {
  const { regionLabel, zoomIn, zoomOut, fitAll, controls, keyboardHelp, loading, visibleRange, lane, during } = t.timeline;
  const codes = new Set(facets.flatMap((f) => f.countries));
  return {
    regionLabel,
    zoomIn,
    zoomOut,
    fitAll,
    controls,
    keyboardHelp,
    loading,
    visibleRange,
    lane,
    during,
    noMatches: t.filters.noMatches,
    noCountry: t.filters.noCountry,
    countryNames: Object.fromEntries([...codes].map((c) => [c, countryName(c, t)])),
  };
}
