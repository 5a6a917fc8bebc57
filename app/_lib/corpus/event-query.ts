import type { CorpusView, CorpusEvent } from '@/lib/corpus/types';
import { filterMatcher, overlapsDays, searchWords, type EventFacets, type EventFilter } from '@/lib/corpus/filter';
import { DAY_MS } from '@/lib/model';
import { serverEventFacets } from '@/app/_lib/search/terms';
import { compareRanked, matchReason, type MatchReason } from '@/app/_lib/search/rank';
import { compareEvents, sortedEvents } from './event-order';

// The in-memory query layer of a corpus: the same filter as everywhere (lib/corpus/filter.ts), over an index built
// once per corpus. The database answers the same questions in SQL (db/corpus-repository.ts `windowIds`).

/** A filter and, optionally, a window of whole days `YYYY-MM-DD` (both or neither). */
export type WindowFilter = EventFilter & { from: string | null; to: string | null };

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
/** Days since 1970-01-01 of an ISO date (a time after the day is ignored), and back: the index's day arithmetic. */
export const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
export const isoDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

function indexOf(corpus: CorpusView): WindowIndex {
  const known = indexes.get(corpus);
  if (known) return known;
  const sorted = sortedEvents(corpus.events);
  const spanOf = (e: CorpusEvent) => (e.end === null ? 0 : dayNumber(e.end) - dayNumber(e.start!));
  const dated = sorted.filter((e) => e.start !== null && spanOf(e) <= LONG_DAYS);
  const long = sorted.filter((e) => e.start !== null && spanOf(e) > LONG_DAYS);
  const facetList = sorted.map((e) => serverEventFacets(e));
  const facets = new Map(facetList.map((f) => [f.id, f] as const));
  const index = {
    dated,
    starts: dated.map((e) => e.start!),
    long,
    undated: sorted.filter((e) => e.start === null),
    facets,
    facetList,
  };
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
export function filteredEvents(
  corpus: CorpusView,
  filter: EventFilter,
  window: { from: string; to: string } | null = null,
): CorpusEvent[] {
  const matches = matcher(filter, indexOf(corpus));
  return corpus.events.filter(
    (e) =>
      matches(e) &&
      (window === null || (e.start !== null && overlapsDays({ start: e.start, end: e.end }, window.from, window.to))),
  );
}

/** The dated events that overlap [from, to] (all dated events when the query has no window), filtered. */
export function eventsInWindow(corpus: CorpusView, q: WindowFilter): { dated: CorpusEvent[]; undated: CorpusEvent[] } {
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

/** The facets of an event of the corpus, by id (built with the index). */
export function corpusFacets(corpus: CorpusView): ReadonlyMap<string, EventFacets> {
  return indexOf(corpus).facets;
}

/** Why each event matches the search `q`, by id; null without a search. */
export function searchReasons(
  corpus: CorpusView,
  events: readonly CorpusEvent[],
  q: string,
): Map<string, MatchReason> | null {
  if (searchWords(q).length === 0) return null;
  const facets = indexOf(corpus).facets;
  const reasons = new Map<string, MatchReason>();
  for (const e of events) {
    const f = facets.get(e.id);
    reasons.set(e.id, (f && matchReason(f, q)) ?? 'text');
  }
  return reasons;
}

export const ranking = (e: CorpusEvent, reasons: Map<string, MatchReason>) => ({
  reason: reasons.get(e.id) ?? null,
  start: e.start,
  id: e.id,
});

/** The events of a corpus a search finds, best first (the list view's order; see search/rank.ts). */
export function rankedEvents(
  corpus: CorpusView,
  events: readonly CorpusEvent[],
  q: string,
): { event: CorpusEvent; reason: MatchReason }[] {
  const reasons = searchReasons(corpus, events, q);
  if (!reasons) return events.map((event) => ({ event, reason: 'text' as const }));
  return events
    .slice()
    .sort((a, b) => compareRanked(ranking(a, reasons), ranking(b, reasons)))
    .map((event) => ({ event, reason: reasons.get(event.id) ?? 'text' }));
}
