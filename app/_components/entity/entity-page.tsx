import Link from 'next/link';
import { entityHref, entityTimelineHref, otherSpellings } from '@/app/_lib/entity/entities';
import type { EntityPageData } from '@/app/_lib/entity/entity-page';
import { fill } from '@/app/_i18n/dictionary';
import { PageShell } from '@/app/_components/layout/page-shell';
import { localHref } from '@/app/_lib/view/locale';
import { entityJsonLd, serializeJsonLd } from '@/app/_lib/og/json-ld';
import { EntityEvents } from './entity-events';

/**
 * The page of a person, a country or a place: its name in the reader's language and the other ways it is written,
 * its events by month, and the way to the main timeline filtered to it.
 */
export function EntityPage({ t, entity, events, origin }: EntityPageData) {
  const name = entity.names[t.locale];
  const others = otherSpellings(entity, t.locale);
  const count = fill(
    new Intl.PluralRules(t.locale).select(events.length) === 'one'
      ? t.filters.suggest.eventCount.one
      : t.filters.suggest.eventCount.other,
    {
      count: events.length.toLocaleString(t.locale),
    },
  );
  const path = entityHref(entity.kind, entity.id, t.locale).split('?')[0]!;
  return (
    <PageShell t={t} path={path}>
      <div
        className="mx-auto max-w-4xl space-y-6"
        data-testid="entity-page"
        data-kind={entity.kind}
        data-id={entity.id}
      >
        <header className="space-y-2">
          <p className="text-sm font-semibold uppercase tracking-wide text-ink-soft">
            {t.filters.suggest.kinds[entity.kind]}
          </p>
          <h1 className="text-3xl font-bold leading-tight">{name}</h1>
          {others.length > 0 && (
            <p className="text-ink-soft">
              {t.entity.alsoWritten}:{' '}
              {others.map((s, i) => (
                <span key={s.text}>
                  {i > 0 && ', '}
                  <span lang={s.lang}>{s.text}</span>
                </span>
              ))}
            </p>
          )}
        </header>
        <section aria-labelledby="entity-events-heading" className="space-y-3">
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <h2 id="entity-events-heading" className="text-xl font-bold">
              {t.entity.eventsHeading}
            </h2>
            <p className="text-sm text-ink-soft" data-testid="entity-count">
              {count}
            </p>
            {events.length > 0 && (
              <Link
                href={entityTimelineHref(entity.kind, entity.id, t.locale)}
                className="font-medium text-accent underline sm:ml-auto"
                data-testid="entity-timeline-link"
              >
                {t.entity.onTimeline}
              </Link>
            )}
          </div>
          {events.length === 0 ? (
            <p>{t.entity.noEvents}</p>
          ) : (
            <EntityEvents events={events} t={t} headingId="entity-events" />
          )}
        </section>
      </div>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: serializeJsonLd(
            entityJsonLd(
              { kind: entity.kind, name, alternateNames: others.map((s) => s.text) },
              events,
              `${origin}${entityHref(entity.kind, entity.id, t.locale)}`,
              (id) => `${origin}${localHref(`/events/${encodeURIComponent(id)}`, t.locale)}`,
              t.locale,
            ),
          ),
        }}
      />
    </PageShell>
  );
}
