import { findEvent } from '@/lib/corpus/query';
import { getCorpus } from './_lib/corpus-store';
import { getDictionary } from './_i18n/dictionary';
import { localeFromSearch, type SearchParams } from './_lib/locale';
import { eventView } from './_lib/event-view';
import { sortedEvents } from './_lib/event-order';
import { timelineEvents, timelineLabels } from './_lib/timeline-data';
import { intlSnapshot } from './_lib/intl-snapshot';
import { corpusFacets, filterOptions } from './_lib/view-data';
import { parseView } from './_lib/view-state';
import { publicOrigin } from './_lib/origin';
import { PageShell } from './_components/layout/page-shell';
import { ViewProvider } from './_components/selection/selection-context';
import { TypeLegend } from './_components/timeline/type-legend';
import { TimelineView } from './_components/timeline/timeline-view';
import { UndatedList } from './_components/events/undated-list';
import { EventList } from './_components/events/event-list';
import { DetailsPanel } from './_components/details/details-panel';
import { EventDetails } from './_components/details/event-details';
import { FilterBar } from './_components/filters/filter-bar';
import { ViewToolbar } from './_components/share/view-toolbar';

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const search = await searchParams;
  const t = getDictionary(localeFromSearch(search));
  const lang = typeof search.lang === 'string' && search.lang === t.locale ? t.locale : null;
  const corpus = await getCorpus();
  const origin = await publicOrigin();
  const events = sortedEvents(corpus.events);
  const facets = corpusFacets(events);
  const views = events.map((e) => eventView(corpus, e, t));
  const parsed = parseView(search);
  const view = { ...parsed, event: parsed.event !== null && findEvent(corpus, parsed.event) ? parsed.event : null };
  const panels = Object.fromEntries(
    views.map((v) => [v.id, <EventDetails key={v.id} event={v} t={t} headingLevel="h3" showPermalink origin={origin} />]),
  );

  return (
    <PageShell t={t} path="/" current="timeline">
      <ViewProvider initialView={view} facets={facets}>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
          <section aria-labelledby="timeline-heading" className="min-w-0 space-y-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h1 id="timeline-heading" className="text-2xl font-bold">
                {t.timeline.heading}
              </h1>
              <a href="#event-list" className="text-sm text-accent underline">
                {t.filters.toList}
              </a>
            </div>
            <FilterBar options={filterOptions(corpus, facets, t)} labels={t.filters} action="/" lang={lang} total={events.length} />
            <TypeLegend types={new Set(events.map((e) => e.type))} t={t} />
            <TimelineView events={timelineEvents(events, facets, t)} labels={timelineLabels(t, facets)} intl={intlSnapshot(t.locale)} />
            <ViewToolbar labels={t.share} copyFailed={t.share.copyFailed} origin={origin} lang={lang} locale={t.locale} title={`${t.app.name}: ${t.timeline.heading}`} />
            <p className="no-js-only rounded border border-ink/15 bg-white p-3 text-sm">{t.timeline.noScript}</p>
            <UndatedList events={views.filter((v) => v.dateTime === null)} t={t} />
          </section>
          <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
            <DetailsPanel panels={panels} heading={t.details.heading} empty={t.details.empty} closeLabel={t.details.close} />
          </div>
        </div>
        <EventList events={views} t={t} />
      </ViewProvider>
    </PageShell>
  );
}
