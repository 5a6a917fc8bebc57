import 'server-only';
import type { CorpusView } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import { eventView, type EventView } from './event-view';
import { sortedEvents } from './event-order';
import { viewEvents } from './view-data';
import type { ViewState } from './view-state';
import { itemMidpoint } from './strip';

/** One step of a briefing: an event in the UI language, with its place on the strip (0…1). */
export interface Slide {
  view: EventView;
  position: number;
}

/**
 * A briefing or handout holds at most this many events: a view of a large corpus can keep thousands, which no one
 * steps through or prints; the page then says how many were left out and how to narrow the view.
 */
export const MAX_SLIDES = 300;

/**
 * The dated events a view keeps, oldest first (at most MAX_SLIDES of them; `total` counts them all), each placed
 * on a strip from the first to the last.
 */
export function briefingSlides(corpus: CorpusView, view: ViewState, t: Dictionary): { slides: Slide[]; undated: number; total: number } {
  const kept = sortedEvents(viewEvents(corpus, view));
  const all = kept.filter((e) => e.start !== null);
  const dated = all.slice(0, MAX_SLIDES);
  const mids = dated.map((e) => itemMidpoint(e.start as string, e.end));
  const min = Math.min(...mids);
  const max = Math.max(...mids);
  const span = max - min;
  return {
    slides: dated.map((e, i) => ({
      view: eventView(corpus, e, t),
      position: span > 0 ? ((mids[i] as number) - min) / span : 0.5,
    })),
    undated: kept.length - all.length,
    total: all.length,
  };
}
