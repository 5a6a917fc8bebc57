import Link from 'next/link';
import type { Dictionary } from '@/app/_i18n/types';
import type { EventView } from '@/app/_lib/event/event-details';
import { localHref } from '@/app/_lib/view/locale';
import { DetailRow } from './detail-row';
import { ParticipantList } from './participant-list';
import { SourceList } from './source-list';
import { StatusHistory } from './status-history';
import { EventShare } from '@/app/_components/share/event-share';

interface Props {
  event: EventView;
  t: Dictionary;
  /** `h1` on the permalink page, `h3` inside the timeline's details panel. */
  headingLevel: 'h1' | 'h3';
  /** The permalink page does not link to itself. */
  showPermalink: boolean;
  /** Base of absolute links (`JYLNAMA_PUBLIC_URL` or the request's origin), for "Copy link". */
  origin: string;
}

/** Type, date, place, participants, status and every source sentence of one event. Renders on the server. */
export function EventDetails({ event, t, headingLevel: Heading, showPermalink, origin }: Props) {
  const d = t.details;
  const path = localHref(`/events/${encodeURIComponent(event.id)}`, t.locale);
  return (
    <article className="space-y-4" data-event-id={event.id}>
      <header>
        <p className={`type-badge t-${event.type} inline-block rounded px-2 py-0.5 text-sm font-medium`}>
          {event.typeLabel}
        </p>
        <Heading className={Heading === 'h1' ? 'mt-2 text-3xl font-bold' : 'mt-2 text-xl font-bold'}>
          {event.title}
        </Heading>
      </header>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
        <DetailRow label={d.type}>{event.typeLabel}</DetailRow>
        <DetailRow label={d.date}>
          {event.dateTime ? <time dateTime={event.dateTime}>{event.dateLabel}</time> : event.dateLabel}
          {event.dateClaims.length > 0 && (
            <div
              className={`mt-1 text-xs ${event.dateConflict ? 'text-red-800' : 'text-ink-soft'}`}
              data-testid="date-claims"
            >
              <p className="font-semibold">{event.dateConflict ? t.evidence.datesConflict : t.evidence.datesDiffer}:</p>
              <ul>
                {event.dateClaims.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          )}
        </DetailRow>
        <DetailRow label={d.place}>
          {event.placeHref && event.placeName ? (
            <Link href={event.placeHref} className="text-accent underline underline-offset-2">
              {event.placeName}
            </Link>
          ) : (
            (event.placeName ?? d.unknownPlace)
          )}
        </DetailRow>
        <DetailRow label={d.participants}>
          <ParticipantList participants={event.participants} empty={d.noParticipants} />
        </DetailRow>
        <DetailRow label={d.status}>{event.statusLabel}</DetailRow>
        {event.history.length > 0 && (
          <DetailRow label={t.evidence.history}>
            <StatusHistory history={event.history} t={t} />
          </DetailRow>
        )}
        {event.parent && (
          <DetailRow label={d.partOf}>
            <Link
              className="text-accent underline"
              href={localHref(`/events/${encodeURIComponent(event.parent.id)}`, t.locale)}
            >
              {event.parent.title}
            </Link>
          </DetailRow>
        )}
        {event.children.length > 0 && (
          <DetailRow label={d.includes}>
            <ul className="space-y-1">
              {event.children.map((c) => (
                <li key={c.id}>
                  <Link
                    className="text-accent underline"
                    href={localHref(`/events/${encodeURIComponent(c.id)}`, t.locale)}
                  >
                    {c.title}
                  </Link>
                </li>
              ))}
            </ul>
          </DetailRow>
        )}
      </dl>
      <EventShare
        url={`${origin}${path}`}
        title={event.title}
        labels={{
          copyLink: t.share.copyLink,
          copied: t.share.copied,
          copyFailed: t.share.copyFailed,
          share: t.share.share,
        }}
      />
      <SourceList
        groups={event.byLanguage}
        count={event.sources.length}
        t={t}
        headingLevel={Heading === 'h1' ? 'h2' : 'h4'}
      />
      {showPermalink && (
        <p>
          <Link className="font-medium text-accent underline" href={path}>
            {d.permalink}
          </Link>
        </p>
      )}
    </article>
  );
}
