import Link from 'next/link';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { formatIsoDate } from '@/app/_lib/view/dates';
import type { EventView, SourceView } from '@/app/_lib/event/event-details';
import { localHref } from '@/app/_lib/view/locale';
import { StreamCards, StreamKeys, type StreamCardData } from './stream-cards';

/** The sentence a card quotes: the first that states the date itself, else the first. */
function keySource(event: EventView): SourceView | undefined {
  return event.sources.find((s) => s.timeText !== null) ?? event.sources[0];
}

/**
 * The timeline on a phone: a vertical stream of cards, one per dated event, its key sentence one tap away; by month,
 * or best match first while a search is typed (stream-cards.tsx). Server-rendered and shown below the `md`
 * breakpoint only (the vis-timeline is not loaded there).
 */
export function EventStream({ events, t }: { events: EventView[]; t: Dictionary }) {
  const cards: StreamCardData[] = events.flatMap((e) => {
    if (e.dateTime === null) return [];
    const source = keySource(e);
    const who = [e.placeName, ...e.participants.map((p) => p.name)].filter((x): x is string => x !== null);
    const month = e.dateTime.slice(0, 7);
    return [
      {
        id: e.id,
        start: e.dateTime,
        month,
        monthLabel: formatIsoDate(month, t.locale),
        card: (
          <>
            <p className="flex flex-wrap items-center gap-x-2 text-sm text-ink-soft">
              <time dateTime={e.dateTime}>{e.dateLabel}</time>
              <span className={`type-badge t-${e.type} rounded px-1.5 text-xs`}>{e.typeLabel}</span>
            </p>
            <h4 className="mt-1 text-base font-semibold leading-snug">
              <Link
                className="stream-title inline-block min-h-6 text-accent underline-offset-2 hover:underline"
                href={localHref(`/events/${encodeURIComponent(e.id)}`, t.locale)}
              >
                {e.title}
              </Link>
            </h4>
            {who.length > 0 && <p className="mt-1 text-sm">{who.join(' · ')}</p>}
            {source && (
              <details className="stream-evidence mt-2">
                <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-accent">
                  {t.stream.evidence}
                </summary>
                <figure className="mt-1 border-l-4 border-ink/20 pl-3">
                  <figcaption className="sr-only">
                    {fill(t.stream.evidenceIn, {
                      language: (t.languages as Record<string, string>)[source.language] ?? source.language,
                    })}
                  </figcaption>
                  <blockquote lang={source.language} className="text-sm">
                    «{source.quote}»
                  </blockquote>
                  <p className="mt-1 text-xs text-ink-soft">
                    <Link
                      className="underline"
                      href={localHref(
                        `/articles/${encodeURIComponent(source.articleId)}#m-${source.start}-${source.end}`,
                        t.locale,
                      )}
                    >
                      {fill(t.stream.source, { article: source.articleTitle, date: source.articleDate })}
                    </Link>
                  </p>
                </figure>
              </details>
            )}
          </>
        ),
      },
    ];
  });
  return (
    <section aria-labelledby="stream-heading" className="md:hidden" data-testid="event-stream">
      <h2 id="stream-heading" className="sr-only">
        {t.stream.heading}
      </h2>
      <p className="js-only mb-2 text-xs text-ink-soft [@media(pointer:coarse)]:hidden">{t.stream.keysHint}</p>
      <StreamKeys>
        <StreamCards cards={cards} />
      </StreamKeys>
    </section>
  );
}
