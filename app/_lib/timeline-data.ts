import type { CorpusEvent } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import type { TimelineEventData, TimelineLabels } from '@/app/_components/timeline/types';
import { eventDateLabel } from './event-view';

/** The plain props of the timeline client leaf: dated events only (undated ones are listed beside it). */
export function timelineEvents(events: readonly CorpusEvent[], t: Dictionary): TimelineEventData[] {
  const dated = events.filter((e): e is CorpusEvent & { start: string } => e.start !== null);
  const ids = new Set(dated.map((e) => e.id));
  return dated.map((e) => ({
    id: e.id,
    type: e.type,
    typeLabel: t.eventTypes[e.type],
    title: e.title[t.locale],
    dateLabel: eventDateLabel(e, t),
    start: e.start,
    end: e.end,
    parent: e.parent !== null && ids.has(e.parent) ? e.parent : null,
  }));
}

export function timelineLabels(t: Dictionary): TimelineLabels {
  const { regionLabel, zoomIn, zoomOut, fitAll, controls, keyboardHelp, loading, visibleRange, lane, during } = t.timeline;
  return { regionLabel, zoomIn, zoomOut, fitAll, controls, keyboardHelp, loading, visibleRange, lane, during };
}
