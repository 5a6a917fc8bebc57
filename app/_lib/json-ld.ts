import { actorById } from '@/lib/lang/gazetteer';
import type { CorpusEvent } from '@/lib/corpus/types';
import type { EventView } from './event-view';

const KIND_TYPE = { person: 'Person', body: 'Organization', country: 'Country' } as const;

/** A one-line description for link previews: date, place, then the first source sentence. */
export function eventDescription(view: EventView, fallback: string): string {
  const parts = [view.dateLabel, view.placeName].filter((p): p is string => Boolean(p)).join(', ');
  const quote = view.sources[0]?.quote.replace(/\s+/g, ' ').trim();
  const text = [parts, quote].filter(Boolean).join('. ') || fallback;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** schema.org `Event` for one event page. */
export function eventJsonLd(event: CorpusEvent, view: EventView, url: string, description: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    name: view.title,
    url,
    description,
    ...(event.start !== null ? { startDate: event.start, endDate: event.end ?? event.start } : {}),
    ...(view.placeName !== null ? { location: { '@type': 'Place', name: view.placeName } } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    attendee: view.participants.map((p) => ({ '@type': KIND_TYPE[actorById(p.id)?.kind ?? 'person'], name: p.name })),
    ...(view.parent ? { superEvent: { '@type': 'Event', name: view.parent.title } } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so article text can never close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
