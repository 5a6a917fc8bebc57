import Link from 'next/link';
import type { Dictionary } from '@/app/_i18n/types';
import type { EventView } from '@/app/_lib/event-view';
import { localHref } from '@/app/_lib/locale';
import { DetailRow } from './detail-row';
import { ParticipantList } from './participant-list';
import { SourceList } from './source-list';

interface Props {
  event: EventView;
  t: Dictionary;
  /** `h1` on the permalink page, `h3` inside the timeline's details panel. */
  headingLevel: 'h1' | 'h3';
  /** The permalink page does not link to itself. */
  showPermalink: boolean;
}

/** Type, date, place, participants, status and every source sentence of one event. Renders on the server. */
export function EventDetails({ event, t, headingLevel: Heading, showPermalink }: Props) {
  const d = t.details;
  return (
    <article className="space-y-4" data-event-id={event.id}>
      <header>
        <p className={`type-badge t-${event.type} inline-block rounded px-2 py-0.5 text-sm font-medium`}>
          {event.typeLabel}
        </p>
        <Heading className={Heading === 'h1' ? 'mt-2 text-3xl font-bold' : 'mt-2 text-xl font-bold'}>{event.title}</Heading>
      </header>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
        <DetailRow label={d.type}>{event.typeLabel}</DetailRow>
        <DetailRow label={d.date}>
          {event.dateTime ? <time dateTime={event.dateTime}>{event.dateLabel}</time> : event.dateLabel}
        </DetailRow>
        <DetailRow label={d.place}>{event.placeName ?? d.unknownPlace}</DetailRow>
        <DetailRow label={d.participants}>
          <ParticipantList participants={event.participants} empty={d.noParticipants} />
        </DetailRow>
        <DetailRow label={d.status}>{event.statusLabel}</DetailRow>
        {event.parent && (
          <DetailRow label={d.partOf}>
            <Link className="text-accent underline" href={localHref(`/events/${encodeURIComponent(event.parent.id)}`, t.locale)}>
              {event.parent.title}
            </Link>
          </DetailRow>
        )}
        {event.children.length > 0 && (
          <DetailRow label={d.includes}>
            <ul className="space-y-1">
              {event.children.map((c) => (
                <li key={c.id}>
                  <Link className="text-accent underline" href={localHref(`/events/${encodeURIComponent(c.id)}`, t.locale)}>
                    {c.title}
                  </Link>
                </li>
              ))}
            </ul>
          </DetailRow>
        )}
      </dl>
      <SourceList sources={event.sources} t={t} headingLevel={Heading === 'h1' ? 'h2' : 'h4'} />
      {showPermalink && (
        <p>
          <Link
            className="font-medium text-accent underline"
            href={localHref(`/events/${encodeURIComponent(event.id)}`, t.locale)}
          >
            {d.permalink}
          </Link>
        </p>
      )}
    </article>
  );
}
