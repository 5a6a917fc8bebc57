import 'server-only';
import type { CorpusEvent, CorpusView } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import { eventView, type EventView, type SourceView } from '@/app/_lib/event/event-details';
import { localHref } from '@/app/_lib/view/locale';
import { sortedEvents } from '@/app/_lib/corpus/event-order';
import { filteredEvents } from '@/app/_lib/corpus/event-query';
import { viewFilter, viewDays, type ViewState } from '@/app/_lib/view/view-state';
import { itemMidpoint } from './strip';

/** One step of a briefing: an event in the UI language, with its place on the strip (0…1). */
export interface Slide {
  view: EventView;
  position: number;
  /** The sentence the date was read from (its source language and article), shown on the slide as a quote. */
  keyQuote: SourceView | null;
  /** Every source sentence, for the presenter's notes: the key quote first, then those that give the date best. */
  notes: SourceView[];
  /** Absolute link to the event's page, in the UI language: what the slide's QR code holds. */
  permalink: string;
}

/**
 * The source that gives the event its date: one whose own sentence states the event's date, else one that states
 * any date, else the first (whose date was inherited from its article).
 */
export function keySourceIndex(e: CorpusEvent): number {
  const stated = (s: CorpusEvent['sources'][number]) => s.claim.how === 'stated' && s.timeText !== null;
  const exact = e.sources.findIndex((s) => stated(s) && s.claim.when === e.when);
  if (exact >= 0) return exact;
  const any = e.sources.findIndex(stated);
  return any >= 0 ? any : e.sources.length > 0 ? 0 : -1;
}

/**
 * A briefing or handout holds at most this many events: a view of a large corpus can keep thousands, which no one
 * steps through or prints; the page then says how many were left out and how to narrow the view.
 */
export const MAX_SLIDES = 300;

/** The key quote first, then the others by how well they give the date (the event page's order), else as listed. */
function notesOrder(sources: readonly SourceView[], key: SourceView | null): SourceView[] {
  const rank = (s: SourceView) => (s === key ? -1 : s.dateRank);
  return sources
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s);
}

/**
 * The dated events a view keeps, oldest first (at most MAX_SLIDES of them; `total` counts them all), each placed
 * on a strip from the first to the last.
 */
export function briefingSlides(
  corpus: CorpusView,
  view: ViewState,
  t: Dictionary,
  origin: string,
): { slides: Slide[]; undated: number; total: number } {
  const kept = sortedEvents(filteredEvents(corpus, viewFilter(view), viewDays(view)));
  const all = kept.filter((e) => e.start !== null);
  const dated = all.slice(0, MAX_SLIDES);
  const mids = dated.map((e) => itemMidpoint(e.start as string, e.end));
  const min = Math.min(...mids);
  const max = Math.max(...mids);
  const span = max - min;
  return {
    slides: dated.map((e, i) => {
      const v = eventView(corpus, e, t);
      return {
        view: v,
        position: span > 0 ? ((mids[i] as number) - min) / span : 0.5,
        keyQuote: v.sources[keySourceIndex(e)] ?? null,
        notes: notesOrder(v.sources, v.sources[keySourceIndex(e)] ?? null),
        permalink: `${origin}${localHref(`/events/${encodeURIComponent(e.id)}`, t.locale)}`,
      };
    }),
    undated: kept.length - all.length,
    total: all.length,
  };
}
