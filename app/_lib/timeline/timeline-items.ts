import 'server-only';
import type { CorpusEvent } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import type { TimelineEventData, TimelineLabels } from '@/app/_lib/timeline/types';
import type { EventFacets } from '@/lib/corpus/filter';
import { eventDateLabel, isImprecise } from '@/app/_lib/event/event-details';
import { countryName } from '@/app/_lib/view/names';

/** Participant countries by event id, from the events' facets. */
export function countriesById(facets: readonly EventFacets[]): (id: string) => string[] {
  const countries = new Map(facets.map((f) => [f.id, f.countries] as const));
  return (id) => countries.get(id) ?? [];
}

/** Date labels by event and language: formatting dates is the costly part, and the events of a corpus do not change. */
const dateLabels = new WeakMap<CorpusEvent, Map<string, string>>();

function dateLabelOf(e: CorpusEvent, t: Dictionary): string {
  let byLocale = dateLabels.get(e);
  if (!byLocale) dateLabels.set(e, (byLocale = new Map()));
  let label = byLocale.get(t.locale);
  if (label === undefined) byLocale.set(t.locale, (label = eventDateLabel(e, t)));
  return label;
}

/**
 * The plain props of the timeline client leaf: dated events only (undated ones are listed beside it). A parent
 * is kept only when it is among `events` too (the timeline nests an event under a parent it draws).
 */
export function timelineEvents(
  events: readonly CorpusEvent[],
  countriesOf: (id: string) => string[],
  t: Dictionary,
): TimelineEventData[] {
  const dated = events.filter((e): e is CorpusEvent & { start: string } => e.start !== null);
  const ids = new Set(dated.map((e) => e.id));
  return dated.map((e) => ({
    id: e.id,
    type: e.type,
    typeLabel: t.eventTypes[e.type],
    title: e.title[t.locale],
    dateLabel: dateLabelOf(e, t),
    start: e.start,
    end: e.end,
    parent: e.parent !== null && ids.has(e.parent) ? e.parent : null,
    countries: countriesOf(e.id),
    ...(isImprecise(e) ? { imprecise: true } : {}),
  }));
}

export function timelineLabels(t: Dictionary, facets: readonly EventFacets[]): TimelineLabels {
  const {
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
    bucket,
    bucketLabel,
    loadingWindow,
    fetchFailed,
  } = t.timeline;
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
    bucket,
    bucketLabel,
    loadingWindow,
    fetchFailed,
    noMatches: t.filters.noMatches,
    noCountry: t.filters.noCountry,
    countryNames: Object.fromEntries([...codes].map((c) => [c, countryName(c, t)])),
  };
}
