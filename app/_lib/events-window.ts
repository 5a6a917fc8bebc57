import type { CorpusView, CorpusEvent, UiLocale } from '@/lib/corpus/types';
import { getDictionary } from '@/app/_i18n/dictionary';
import { apiEvent } from './api-shape';
import { filterMatcher, overlapsDays, searchWords, type EventFacets, type EventFilter } from '@/lib/corpus/filter';
import { serverEventFacets } from './search-terms';
import { compareEvents, sortedEvents } from './event-order';
import type { EventsQuery } from './events-query';
import type { TimelineEventData } from '@/app/_components/timeline/types';
import { timelineEvents } from './timeline-data';
import { compareRanked, matchOf, matchReason, type EventMatch, type MatchReason } from './search-rank';
import { DAY_MS } from '@/lib/model';

/** The events of a corpus in timeline order, with what the filters look at, built once per corpus. */
interface WindowIndex {
  /** Dated events by start (then the timeline order). */
  dated: CorpusEvent[];
  starts: string[];
  /** Events longer than LONG_DAYS, checked one by one; the others are found by a binary search on start. */
  long: CorpusEvent[];
  undated: CorpusEvent[];
  /** What the filters and the search look at, by event id (the same facets the timeline page filters with). */
  facets: Map<string, EventFacets>;
  /** The same facets, in timeline order. */
  facetList: EventFacets[];
}

const indexes = new WeakMap<CorpusView, WindowIndex>();
/** An event at most this long that overlaps a window starts at most this many days before it. */
const LONG_DAYS = 31;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const isoDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

function indexOf(corpus: CorpusView): WindowIndex {
  const known = indexes.get(corpus);
  if (known) return known;
  const sorted = sortedEvents(corpus.events);
  const spanOf = (e: CorpusEvent) => (e.end === null ? 0 : dayNumber(e.end) - dayNumber(e.start!));
  const dated = sorted.filter((e) => e.start !== null && spanOf(e) <= LONG_DAYS);
  const long = sorted.filter((e) => e.start !== null && spanOf(e) > LONG_DAYS);
  const facetList = sorted.map((e) => serverEventFacets(e));
  const facets = new Map(facetList.map((f) => [f.id, f] as const));
  const index = { dated, starts: dated.map((e) => e.start!), long, undated: sorted.filter((e) => e.start === null), facets, facetList };
  indexes.set(corpus, index);
  return index;
}

/** First index whose start is ≥ `value`. */
function lowerBound(xs: string[], value: string): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The facets of every event of the corpus in timeline order, built once per corpus. */
export function corpusFacetList(corpus: CorpusView): EventFacets[] {
  return indexOf(corpus).facetList;
}

/** The filter (lib/corpus/filter.ts, the one rule everywhere) as a test of an event of this corpus. */
function matcher(filter: EventFilter, index: WindowIndex): (e: CorpusEvent) => boolean {
  const matches = filterMatcher(filter);
  return (e) => {
    const f = index.facets.get(e.id);
    return f !== undefined && matches(f);
  };
}

/**
 * The events of a corpus a filter keeps, for briefings and exports; with a window, only the dated events that
 * overlap it (the timeline of a large corpus passes its window on; a small one does not, and there the window
 * only frames).
 */
export function filteredEvents(corpus: CorpusView, filter: EventFilter, window: { from: string; to: string } | null = null): CorpusEvent[] {
  const matches = matcher(filter, indexOf(corpus));
  return corpus.events.filter((e) => matches(e) && (window === null || (e.start !== null && overlapsDays({ start: e.start, end: e.end }, window.from, window.to))));
}

/** The events of a window query, found elsewhere (the database: CorpusStore.eventsFromDatabase). */
export interface Found {
  dated: CorpusEvent[];
  undated: CorpusEvent[];
}

/** One answer of the windowed API (see `apiEventsWindow`). */
export interface WindowAnswer<E> {
  from: string | null;
  to: string | null;
  total: number;
  limit: number;
  undated: number;
  events: E[];
  clusters: EventCluster[];
}

export interface EventCluster {
  start: string;
  end: string;
  count: number;
}

/** The dated events that overlap [from, to] (all dated events when the query has no window), filtered. */
export function eventsInWindow(corpus: CorpusView, q: EventsQuery): { dated: CorpusEvent[]; undated: CorpusEvent[] } {
  const index = indexOf(corpus);
  const matches = matcher(q, index);
  let dated: CorpusEvent[];
  if (q.from !== null && q.to !== null) {
    const from = q.from;
    const to = q.to;
    const first = lowerBound(index.starts, isoDay(dayNumber(from) - LONG_DAYS));
    const last = lowerBound(index.starts, `${to}\uffff`);
    dated = [];
    const overlaps = (e: CorpusEvent) => overlapsDays({ start: e.start!, end: e.end }, from, to);
    for (let i = first; i < last; i++) {
      const e = index.dated[i]!;
      if (overlaps(e) && matches(e)) dated.push(e);
    }
    for (const e of index.long) if (overlaps(e) && matches(e)) dated.push(e);
    if (index.long.length > 0) dated.sort(compareEvents);
  } else {
    dated = [...index.dated, ...index.long].filter((e) => matches(e)).sort(compareEvents);
  }
  return { dated, undated: index.undated.filter((e) => matches(e)) };
}

/** Counts of events by start, in equal buckets of whole days (at most about `buckets` of them), empty ones left out. */
export function clusterCounts(events: CorpusEvent[], from: string, to: string, buckets = 100): EventCluster[] {
  const first = dayNumber(from);
  const days = dayNumber(to) - first + 1;
  const size = Math.max(1, Math.ceil(days / buckets));
  const counts = new Map<number, number>();
  for (const e of events) {
    const bucket = Math.floor((Math.max(dayNumber(e.start!), first) - first) / size);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([b, count]) => ({ start: isoDay(first + b * size), end: isoDay(Math.min(first + (b + 1) * size - 1, first + days - 1)), count }));
}

/**
 * The answer of `GET /api/events` with a window or filters: the events of the window (the same fields as the plain
 * list, or with `shape=timeline` what the timeline draws) when there are at most `limit` of them; otherwise no
 * events but `clusters`, the counts per bucket, so a zoomed-out timeline can draw groups and fetch the events when
 * the user zooms in. Undated events are never in a window; `undated` counts those that pass the filters.
 */
export function apiEventsWindow(corpus: CorpusView, q: EventsQuery & { shape: 'timeline' }, lang: UiLocale, found?: Found | null): WindowAnswer<Ranked<TimelineEventData>>;
export function apiEventsWindow(corpus: CorpusView, q: EventsQuery, lang: UiLocale, found?: Found | null): WindowAnswer<Ranked<TimelineEventData | ReturnType<typeof apiEvent>>>;
export function apiEventsWindow(corpus: CorpusView, q: EventsQuery, lang: UiLocale, found?: Found | null): WindowAnswer<Ranked<TimelineEventData | ReturnType<typeof apiEvent>>> {
  // The events found by the database's indexes when there is one (any order), else found here in memory.
  const { dated, undated } = found ? { dated: [...found.dated].sort(compareEvents), undated: sortedEvents(found.undated) } : eventsInWindow(corpus, q);
  const index = indexOf(corpus);
  const from = q.from ?? dated[0]?.start ?? null;
  const to = q.to ?? dated.reduce<string | null>((max, e) => (max === null || (e.end ?? e.start!) > max ? (e.end ?? e.start!) : max), null);
  const overLimit = dated.length > q.limit;
  // A search lists its best matches first (search-rank.ts), each saying why it matched; the timeline places them
  // by date whatever their order.
  const reasons = rankedByQuery(dated, index, q.q);
  const shown = reasons ? dated.slice().sort((a, b) => compareRanked(ranking(a, reasons), ranking(b, reasons))) : dated;
  const events: Ranked<TimelineEventData | ReturnType<typeof apiEvent>>[] = overLimit
    ? []
    : q.shape === 'timeline'
      ? timelineEvents(shown, (id) => index.facets.get(id)?.countries ?? [], getDictionary(lang))
      : shown.map((e) => apiEvent(e, lang));
  if (reasons) for (const e of events) e.match = matchOf(reasons.get(e.id) ?? 'text');
  return {
    from,
    to,
    total: dated.length,
    limit: q.limit,
    undated: undated.length,
    events,
    clusters: overLimit && from !== null && to !== null ? clusterCounts(dated, from, to, q.buckets) : [],
  };
}

/** An event of the API's answer; with a search, why it matched (`match`, see search-rank.ts). */
export type Ranked<E> = E & { match?: EventMatch };

/** Why each event matches the search `q`, by id; null without a search. */
function rankedByQuery(events: readonly CorpusEvent[], index: WindowIndex, q: string): Map<string, MatchReason> | null {
  if (searchWords(q).length === 0) return null;
  const reasons = new Map<string, MatchReason>();
  for (const e of events) {
    const f = index.facets.get(e.id);
    reasons.set(e.id, (f && matchReason(f, q)) ?? 'text');
  }
  return reasons;
}

const ranking = (e: CorpusEvent, reasons: Map<string, MatchReason>) => ({ reason: reasons.get(e.id) ?? null, start: e.start, id: e.id });

/** The events of a corpus a search finds, best first (the list view's order; see search-rank.ts). */
export function rankedEvents(corpus: CorpusView, events: readonly CorpusEvent[], q: string): { event: CorpusEvent; reason: MatchReason }[] {
  const reasons = rankedByQuery(events, indexOf(corpus), q);
  if (!reasons) return events.map((event) => ({ event, reason: 'text' as const }));
  return events
    .slice()
    .sort((a, b) => compareRanked(ranking(a, reasons), ranking(b, reasons)))
    .map((event) => ({ event, reason: reasons.get(event.id) ?? 'text' }));
}
