import type { CorpusView, CorpusEvent, UiLocale } from '@/lib/corpus/types';
import { getDictionary } from '@/app/_i18n/dictionary';
import { compareEvents, sortedEvents } from '@/app/_lib/corpus/event-order';
import { corpusFacets, dayNumber, eventsInWindow, isoDay, ranking, searchReasons } from '@/app/_lib/corpus/event-query';
import { compareRanked, matchOf, type EventMatch } from '@/app/_lib/search/rank';
import type { EventCluster, TimelineEventData } from '@/app/_lib/timeline/types';
import { timelineEvents } from '@/app/_lib/timeline/timeline-items';
import { apiEvent } from './event-json';
import type { EventsQuery } from './events-params';

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
    .map(([b, count]) => ({
      start: isoDay(first + b * size),
      end: isoDay(Math.min(first + (b + 1) * size - 1, first + days - 1)),
      count,
    }));
}

/**
 * The answer of `GET /api/events` with a window or filters: the events of the window (the same fields as the plain
 * list, or with `shape=timeline` what the timeline draws) when there are at most `limit` of them; otherwise no
 * events but `clusters`, the counts per bucket, so a zoomed-out timeline can draw groups and fetch the events when
 * the user zooms in. Undated events are never in a window; `undated` counts those that pass the filters.
 */
export function apiEventsWindow(
  corpus: CorpusView,
  q: EventsQuery & { shape: 'timeline' },
  lang: UiLocale,
  found?: Found | null,
): WindowAnswer<Ranked<TimelineEventData>>;
export function apiEventsWindow(
  corpus: CorpusView,
  q: EventsQuery,
  lang: UiLocale,
  found?: Found | null,
): WindowAnswer<Ranked<TimelineEventData | ReturnType<typeof apiEvent>>>;
export function apiEventsWindow(
  corpus: CorpusView,
  q: EventsQuery,
  lang: UiLocale,
  found?: Found | null,
): WindowAnswer<Ranked<TimelineEventData | ReturnType<typeof apiEvent>>> {
  // The events found by the database's indexes when there is one (any order), else found here in memory.
  const { dated, undated } = found
    ? { dated: [...found.dated].sort(compareEvents), undated: sortedEvents(found.undated) }
    : eventsInWindow(corpus, q);
  const facets = corpusFacets(corpus);
  const from = q.from ?? dated[0]?.start ?? null;
  const to =
    q.to ??
    dated.reduce<string | null>(
      (max, e) => (max === null || (e.end ?? e.start!) > max ? (e.end ?? e.start!) : max),
      null,
    );
  const overLimit = dated.length > q.limit;
  // A search lists its best matches first (search/rank.ts), each saying why it matched; the timeline places them
  // by date whatever their order.
  const reasons = searchReasons(corpus, dated, q.q);
  const shown = reasons ? dated.slice().sort((a, b) => compareRanked(ranking(a, reasons), ranking(b, reasons))) : dated;
  const events: Ranked<TimelineEventData | ReturnType<typeof apiEvent>>[] = overLimit
    ? []
    : q.shape === 'timeline'
      ? timelineEvents(shown, (id) => facets.get(id)?.countries ?? [], getDictionary(lang))
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

/** An event of the API's answer; with a search, why it matched (`match`, see search/rank.ts). */
export type Ranked<E> = E & { match?: EventMatch };
