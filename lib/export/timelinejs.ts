import { daySpan, type ExportEvent } from './types';

/** TimelineJS's date object (https://timeline.knightlab.com/docs/json-format.html). */
export interface TlDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TlSlide {
  unique_id: string;
  start_date: TlDate;
  end_date?: TlDate;
  text: { headline: string; text: string };
  group?: string;
  display_date?: string;
}

export interface TlTimeline {
  title?: { text: { headline: string; text: string } };
  events: TlSlide[];
}

/** TimelineJS shows `headline` and `text` as HTML: article text must arrive as text. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function tlDate(iso: string): TlDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const date: TlDate = { year: Number(m[1]) };
  if (m[2] !== undefined) date.month = Number(m[2]);
  if (m[3] !== undefined) date.day = Number(m[3]);
  return date;
}

export interface TimelineJsOptions {
  headline: string;
  text: string;
  labels: { sources: string; open: string };
}

/** TimelineJS JSON: one slide per dated event (TimelineJS needs a start date), grouped by type. */
export function toTimelineJs(events: readonly ExportEvent[], options: TimelineJsOptions): TlTimeline {
  const slides: TlSlide[] = [];
  for (const e of events) {
    if (e.start === null || !daySpan(e.start, e.end)) continue;
    const start = tlDate(e.start);
    if (!start) continue;
    const end = e.end !== null && e.end !== e.start ? tlDate(e.end) : null;
    const facts = [e.typeLabel, e.statusLabel, e.place, e.participants.join(', '), e.corrected].filter(
      (x): x is string => Boolean(x),
    );
    const quotes = e.sources
      .map(
        (s) =>
          `<blockquote>${escapeHtml(s.quote)}</blockquote><p><a href="${escapeHtml(s.url)}">${escapeHtml(s.articleTitle)}</a>, ${escapeHtml(s.articleDate)}</p>`,
      )
      .join('');
    slides.push({
      unique_id: e.id,
      start_date: start,
      ...(end ? { end_date: end } : {}),
      group: e.typeLabel,
      text: {
        headline: escapeHtml(e.title),
        text: `<p>${facts.map(escapeHtml).join(' · ')}</p><p><strong>${escapeHtml(options.labels.sources)}</strong></p>${quotes}<p><a href="${escapeHtml(e.url)}">${escapeHtml(options.labels.open)}</a></p>`,
      },
    });
  }
  return {
    title: { text: { headline: escapeHtml(options.headline), text: escapeHtml(options.text) } },
    events: slides,
  };
}
