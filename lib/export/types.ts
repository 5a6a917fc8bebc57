import { DAY_MS, type EventStatus } from '../model';

/**
 * One event as the exports write it: already in the UI language, with absolute links. The app builds these from
 * the corpus; the writers here only format (no I/O, no lookups).
 */
export interface ExportEvent {
  id: string;
  type: string;
  typeLabel: string;
  title: string;
  /** ISO dates `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `end` inclusive; null when undated. */
  start: string | null;
  end: string | null;
  status: EventStatus;
  statusLabel: string;
  place: string | null;
  participants: string[];
  /** Absolute URL of the event's page. */
  url: string;
  sources: ExportSource[];
  /** What editors changed, in the UI language ("Corrected by editors: date (aigerim, 2026-12-03: why)"); null when nothing. */
  corrected?: string | null;
}

export interface ExportSource {
  quote: string;
  articleTitle: string;
  articleDate: string;
  /** Absolute URL of the sentence in its article. */
  url: string;
}

/** A calendar date span from an ISO date of any precision: first day, and the day after the last (exclusive). */
export interface DaySpan {
  first: [number, number, number];
  afterLast: [number, number, number];
  precision: 'day' | 'month' | 'year';
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function bounds(value: string): { from: number; to: number; precision: DaySpan['precision'] } | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1), precision: 'year' };
  const mo = Number(m[2]) - 1;
  if (m[3] === undefined) return { from: Date.UTC(y, mo, 1), to: Date.UTC(y, mo + 1, 1), precision: 'month' };
  const from = Date.UTC(y, mo, Number(m[3]));
  return { from, to: from + DAY_MS, precision: 'day' };
}

const parts = (utc: number): [number, number, number] => {
  const d = new Date(utc);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
};

export function daySpan(start: string, end: string | null): DaySpan | null {
  const a = bounds(start);
  if (!a) return null;
  const b = end === null ? a : (bounds(end) ?? a);
  const to = b.to > a.from ? b.to : a.to;
  return {
    first: parts(a.from),
    afterLast: parts(to),
    precision: a.precision === 'day' && b.precision === 'day' ? 'day' : a.precision,
  };
}
