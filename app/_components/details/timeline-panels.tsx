import type { ReactNode } from 'react';
import { findEvent } from '@/lib/corpus/query';
import type { CorpusView } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import { eventView } from '@/app/_lib/event-view';
import type { TimelinePage } from '@/app/_lib/timeline-page';
import { EventDetails } from './event-details';

/**
 * The details panels a timeline page carries, by event id: every event's for a small corpus; for a large one only
 * the selected event's (the others come from the server when selected, see app/_actions/event-panel.tsx).
 */
export function timelinePanels(page: TimelinePage, corpus: CorpusView, t: Dictionary, origin: string): Record<string, ReactNode> {
  const selected = page.view.event === null ? undefined : findEvent(corpus, page.view.event);
  const events = page.mode === 'inline' ? page.events : selected ? [selected] : [];
  return Object.fromEntries(
    events.map((e) => [e.id, <EventDetails key={e.id} event={eventView(corpus, e, t)} t={t} headingLevel="h3" showPermalink origin={origin} />]),
  );
}
