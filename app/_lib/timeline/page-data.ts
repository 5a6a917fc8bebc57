import 'server-only';
import { findEvent } from '@/lib/corpus/query';
import type { CorpusView, CorpusEvent } from '@/lib/corpus/types';
import { addDays } from '@/lib/time/calendar';
import type { Dictionary } from '@/app/_i18n/types';
import { fitWindow, itemRange } from '@/app/_lib/timeline/item-dates';
import type { TimelineEventData } from '@/app/_lib/timeline/types';
import type { WindowData } from './types';
import { corpusFacetList, corpusFacets } from '@/app/_lib/corpus/event-query';
import { apiEventsWindow } from '@/app/_lib/api/events-answer';
import { filterMatcher, type EventFacets } from '@/lib/corpus/filter';
import { sortedEvents } from '@/app/_lib/corpus/event-order';
import { parseEventsQuery } from '@/app/_lib/api/events-params';
import { countriesById, timelineEvents } from './timeline-items';
import { viewFilter, windowDate, type ViewState } from '@/app/_lib/view/view-state';
import { windowParams, windowRequest, type WindowRequest } from './window-request';

/**
 * Up to this many events, the timeline page carries every event (instant filtering, every panel rendered on the
 * server). Above it, the page carries one window and the browser loads others from `/api/events` as the user pans
 * and zooms. `JYLNAMA_INLINE_EVENTS` moves the threshold (the browser tests use it to try the windowed page on the
 * seeds).
 */
const DEFAULT_INLINE_EVENTS = 400;
/** Above this many events in one window the server sends counts per period instead (the timeline draws them). */
export const WINDOW_LIMIT = 300;
/** The undated events listed on a windowed page; the rest are counted. */
export const UNDATED_SHOWN = 60;
/** A selected event with no window in the URL opens with this many days on each side of it. */
const AROUND_DAYS = 30;

export function inlineLimit(): number {
  const configured = Number(process.env.JYLNAMA_INLINE_EVENTS);
  return Number.isInteger(configured) && configured >= 0 ? configured : DEFAULT_INLINE_EVENTS;
}

export type TimelinePage =
  | {
      mode: 'inline';
      /** Every event, in timeline order. */
      events: CorpusEvent[];
      facets: EventFacets[];
      timeline: TimelineEventData[];
      view: ViewState;
    }
  | {
      mode: 'windowed';
      /** Facets of every event (for the filters' choices). */
      facets: EventFacets[];
      /** The view, with a window around the selected event when the URL named an event but no window. */
      view: ViewState;
      initial: WindowData;
      initialRequest: WindowRequest;
      extent: { from: string; to: string } | null;
      /** The undated events the filters keep, at most UNDATED_SHOWN of them, and how many there are. */
      undated: CorpusEvent[];
      undatedTotal: number;
    };

/** From the first dated event's start to the last one's end (ISO dates, possibly `YYYY-MM` or `YYYY`). */
function extentOf(events: readonly CorpusEvent[]): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const e of events) {
    if (e.start === null) continue;
    const end = e.end ?? e.start;
    if (from === null || e.start < from) from = e.start;
    if (to === null || end > to) to = end;
  }
  return from !== null && to !== null ? { from, to } : null;
}

/** The first day an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) covers. */
const firstDay = (iso: string) => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);

/**
 * Everything the timeline page (and /embed) needs for one view of a corpus, in the mode its size calls for. An
 * event the URL names that the corpus does not have is dropped from the view.
 */
export function timelinePage(corpus: CorpusView, asked: ViewState, t: Dictionary): TimelinePage {
  const view = asked.event !== null && !findEvent(corpus, asked.event) ? { ...asked, event: null } : asked;
  const facets = corpusFacetList(corpus);
  if (corpus.events.length <= inlineLimit()) {
    const events = sortedEvents(corpus.events);
    return { mode: 'inline', events, facets, timeline: timelineEvents(events, countriesById(facets), t), view };
  }

  let shownView = view;
  const selected = view.event === null ? undefined : findEvent(corpus, view.event);
  if ((view.from === null || view.to === null) && selected?.start) {
    const end = firstDay(selected.end ?? selected.start);
    shownView = { ...view, from: addDays(firstDay(selected.start), -AROUND_DAYS), to: addDays(end, AROUND_DAYS + 31) };
  }
  const extent = extentOf(corpus.events);
  // The window the browser will draw first: the view's, else "fit all" (the same computation as the client's).
  const first =
    shownView.from !== null && shownView.to !== null
      ? { start: windowDate(shownView.from), end: windowDate(shownView.to) }
      : extent
        ? fitWindow([itemRange(extent.from, extent.to)!])
        : null;
  const initialRequest = windowRequest(first?.start ?? new Date(), first?.end ?? new Date(), shownView);
  const parsed = parseEventsQuery(windowParams(initialRequest, t.locale, WINDOW_LIMIT));
  if ('error' in parsed) throw new Error(`the timeline's own window query was refused: ${parsed.error}`);
  const answer = apiEventsWindow(corpus, { ...parsed.query, shape: 'timeline' }, t.locale);
  const facetOf = corpusFacets(corpus);
  const matches = filterMatcher(viewFilter(shownView));
  const undated = sortedEvents(corpus.events.filter((e) => e.start === null)).filter((e) => {
    const f = facetOf.get(e.id);
    return f !== undefined && matches(f);
  });
  return {
    mode: 'windowed',
    facets,
    view: shownView,
    initial: answer,
    initialRequest,
    extent,
    undated: undated.slice(0, UNDATED_SHOWN),
    undatedTotal: undated.length,
  };
}
