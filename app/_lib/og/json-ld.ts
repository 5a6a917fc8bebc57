import { actorById } from '@/lib/lang/gazetteer';
import type { CorpusEvent } from '@/lib/corpus/types';
import type { EventView } from '@/app/_lib/event/event-details';
import { dateGivingSource } from '@/app/_lib/event/date-explanation';
import type { EntityKind } from '@/app/_lib/entity/entities';

// The schema.org type of each kind of actor, and of a place.
const KIND_TYPE = { person: 'Person', body: 'Organization', country: 'Country', place: 'Place' } as const;

/**
 * A one-line description for link previews: the event's own date-giving sentence first (in the reader's language
 * when a source in it gives the date), then the date and place in the reader's language.
 */
export function eventDescription(event: CorpusEvent, view: EventView, fallback: string, locale: string): string {
  const when = [view.dateLabel, view.placeName].filter((p): p is string => Boolean(p)).join(', ');
  const quote = dateGivingSource(event, locale)?.quote.replace(/\s+/g, ' ').trim();
  const text = [quote, when].filter(Boolean).join(' — ') || fallback;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** schema.org `Event` for one event page, in the page's language (`inLanguage`), with its preview card. */
export function eventJsonLd(
  event: CorpusEvent,
  view: EventView,
  url: string,
  description: string,
  lang: { inLanguage: string; image: string },
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    name: view.title,
    url,
    description,
    inLanguage: lang.inLanguage,
    image: lang.image,
    ...(event.start !== null ? { startDate: event.start, endDate: event.end ?? event.start } : {}),
    ...(view.placeName !== null ? { location: { '@type': 'Place', name: view.placeName } } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    attendee: view.participants.map((p) => ({ '@type': KIND_TYPE[actorById(p.id)?.kind ?? 'person'], name: p.name })),
    ...(view.parent ? { superEvent: { '@type': 'Event', name: view.parent.title } } : {}),
  };
}

/**
 * schema.org for a person's, country's or place's page: its name in the page's language, the other ways it is
 * written, and the events it took part in (`subjectOf`), each with its date and page.
 */
export function entityJsonLd(
  entity: { kind: EntityKind; name: string; alternateNames: readonly string[] },
  events: readonly EventView[],
  url: string,
  eventUrl: (id: string) => string,
  inLanguage: string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': KIND_TYPE[entity.kind],
    '@id': url,
    name: entity.name,
    url,
    inLanguage,
    ...(entity.alternateNames.length > 0 ? { alternateName: [...entity.alternateNames] } : {}),
    subjectOf: events.map((e) => ({
      '@type': 'Event',
      name: e.title,
      url: eventUrl(e.id),
      ...(e.dateTime !== null ? { startDate: e.dateTime } : {}),
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so article text can never close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
