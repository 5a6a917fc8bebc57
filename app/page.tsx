import { findEvent } from '@/lib/corpus/query';
import { getCorpus } from './_lib/corpus-store';
import { getDictionary } from './_i18n/dictionary';
import { localeFromSearch, type SearchParams } from './_lib/locale';
import { eventView } from './_lib/event-view';
import { sortedEvents } from './_lib/event-order';
import { timelineEvents, timelineLabels } from './_lib/timeline-data';
import { intlSnapshot } from './_lib/intl-snapshot';
import { PageShell } from './_components/layout/page-shell';
import { SelectionProvider } from './_components/selection/selection-context';
import { TypeLegend } from './_components/timeline/type-legend';
import { TimelineView } from './_components/timeline/timeline-view';
import { UndatedList } from './_components/events/undated-list';
import { EventList } from './_components/events/event-list';
import { DetailsPanel } from './_components/details/details-panel';
import { EventDetails } from './_components/details/event-details';

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const search = await searchParams;
  const t = getDictionary(localeFromSearch(search));
  const corpus = await getCorpus();
  const events = sortedEvents(corpus.events);
  const views = events.map((e) => eventView(corpus, e, t));
  const requested = typeof search.event === 'string' ? search.event : null;
  const initial = requested !== null && findEvent(corpus, requested) ? requested : null;
  const panels = Object.fromEntries(
    views.map((v) => [v.id, <EventDetails key={v.id} event={v} t={t} headingLevel="h3" showPermalink />]),
  );

  return (
    <PageShell t={t} path="/" current="timeline">
      <SelectionProvider initial={initial}>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
          <section aria-labelledby="timeline-heading" className="min-w-0 space-y-4">
            <h1 id="timeline-heading" className="text-2xl font-bold">
              {t.timeline.heading}
            </h1>
            <TypeLegend types={new Set(events.map((e) => e.type))} t={t} />
            <TimelineView events={timelineEvents(events, t)} labels={timelineLabels(t)} intl={intlSnapshot(t.locale)} />
            <p className="no-js-only rounded border border-ink/15 bg-white p-3 text-sm">{t.timeline.noScript}</p>
            <UndatedList events={views.filter((v) => v.dateTime === null)} t={t} />
          </section>
          <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
            <DetailsPanel panels={panels} heading={t.details.heading} empty={t.details.empty} closeLabel={t.details.close} />
          </div>
        </div>
        <EventList events={views} t={t} />
      </SelectionProvider>
    </PageShell>
  );
}
