import type { ReactNode } from 'react';
import { findEvent } from '@/lib/corpus/query';
import type { CorpusView } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import { eventView } from '@/app/_lib/event/event-details';
import type { TimelinePage } from '@/app/_lib/timeline/page-data';
import { EventDetails } from './event-details';

/**
 * The details panels a timeline page carries, by event id: the selected event's only (so that a shared link, and
 * the page without JavaScript, open on it). The others come from the server when selected
 * (app/_actions/event-panel.tsx): carrying every panel made the first page several times heavier.
 */
export function timelinePanels(
  page: TimelinePage,
  corpus: CorpusView,
  t: Dictionary,
  origin: string,
): Record<string, ReactNode> {
  const selected = page.view.event === null ? undefined : findEvent(corpus, page.view.event);
  const events = selected ? [selected] : [];
  return Object.fromEntries(
    events.map((e) => [
      e.id,
      <EventDetails key={e.id} event={eventView(corpus, e, t)} t={t} headingLevel="h3" showPermalink origin={origin} />,
    ]),
  );
}
