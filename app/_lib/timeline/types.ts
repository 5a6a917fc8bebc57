import type { EventType } from '@/lib/events/types';

/** One dated event as the timeline draws it: plain, serialisable, already in the UI language. */
export interface TimelineEventData {
  id: string;
  type: EventType;
  typeLabel: string;
  title: string;
  dateLabel: string;
  /** ISO dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); `end` is inclusive, null for a single day. */
  start: string;
  end: string | null;
  /** Id of the enclosing event, if it is on the timeline too. */
  parent: string | null;
  /** Participant countries (ISO alpha-2), for country lanes. */
  countries: string[];
  /** Known only to the month, season or year: drawn as a hatched marker over the period. */
  imprecise?: boolean;
}

/** The timeline's UI strings, from the dictionary of the page's locale. */
export interface TimelineLabels {
  regionLabel: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  controls: string;
  keyboardHelp: string;
  loading: string;
  /** Contains `{range}`. */
  visibleRange: string;
  lane: string;
  /** Contains `{title}`. */
  during: string;
  /** A count of events standing for a period, `{count}`; and its accessible name, `{count}` and `{range}`. */
  bucket: string;
  bucketLabel: string;
  /** While the events of a new window load, and when they could not be. */
  loadingWindow: string;
  fetchFailed: string;
  /** Shown over an empty timeline when the filters keep nothing. */
  noMatches: string;
  /** Lane of events with no participant country. */
  noCountry: string;
  /** Country names in the UI language, by ISO code. */
  countryNames: Record<string, string>;
}

/** A count of events that start in [start, end]: what a zoomed-out window draws instead of its events. */
export interface EventCluster {
  start: string;
  end: string;
  count: number;
}

/** The events of one window, as `GET /api/events?shape=timeline` answers (see api/events-answer.ts). */
export interface WindowData {
  from: string | null;
  to: string | null;
  total: number;
  undated: number;
  events: TimelineEventData[];
  clusters: EventCluster[];
}
