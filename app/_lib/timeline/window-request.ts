import { viewEntries, type ViewState } from '@/app/_lib/view/view-state';
import { DAY_MS } from '@/lib/model';

/** What the timeline asks `GET /api/events` for when it loads the events of a window (see corpus/event-query.ts). */
export interface WindowRequest {
  /** First and last day to load, `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  /** The view's filters and search, as in its URL (window and selection left out). */
  filters: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The local calendar day of an instant (vis-timeline draws in local time). */
export const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/**
 * The days to load for a visible window: the window and half its width again on each side, so that panning a
 * little shows events already loaded instead of waiting for the network.
 */
export function windowRequest(start: Date, end: Date, view: ViewState): WindowRequest {
  const width = Math.max(end.getTime() - start.getTime(), DAY_MS);
  return {
    from: localDay(new Date(start.getTime() - width / 2)),
    to: localDay(new Date(end.getTime() + width / 2)),
    filters: new URLSearchParams(
      viewEntries(view, { window: false, event: false }).filter(([k]) => k !== 'lanes'),
    ).toString(),
  };
}

/** Whether what was loaded for `loaded` already holds everything the visible window shows. */
export function covers(loaded: WindowRequest, start: Date, end: Date, filters: string): boolean {
  return loaded.filters === filters && loaded.from <= localDay(start) && localDay(end) <= loaded.to;
}

/**
 * Periods an over-limit window is counted in: the loaded days are twice the visible window, so about 20 counts
 * across the timeline's width, each wide enough to read.
 */
export const WINDOW_BUCKETS = 40;

/** The query of a request: the filters, the days, the timeline's shape, labels in the UI language. */
export function windowParams(r: WindowRequest, lang: string, limit: number): URLSearchParams {
  const q = new URLSearchParams(r.filters);
  q.set('from', r.from);
  q.set('to', r.to);
  q.set('shape', 'timeline');
  q.set('limit', String(limit));
  q.set('buckets', String(WINDOW_BUCKETS));
  q.set('lang', lang);
  return q;
}

export function windowUrl(r: WindowRequest, lang: string, limit: number): string {
  return `/api/events?${windowParams(r, lang, limit).toString()}`;
}
