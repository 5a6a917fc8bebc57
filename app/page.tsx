import type { Metadata } from 'next';
import { findEvent } from '@/lib/corpus/query';
import { eventMetadata } from './_lib/og/event-metadata';
import { eventDescription } from './_lib/og/json-ld';
import { getCorpus } from './_lib/corpus';
import { fill, getDictionary } from './_i18n/dictionary';
import { localeFromSearch, type SearchParams } from './_lib/view/locale';
import { eventView } from './_lib/event/event-details';
import { timelineLabels } from './_lib/timeline/timeline-items';
import { intlSnapshot } from './_lib/timeline/intl-snapshot';
import { filterOptions } from './_lib/view/filter-options';
import { publicOrigin } from './_lib/security/origin';
import { PageShell } from './_components/layout/page-shell';
import { TypeLegend } from './_components/timeline/type-legend';
import { TimelineView } from './_components/timeline/timeline-view';
import { UndatedList } from './_components/events/undated-list';
import { EventList } from './_components/events/event-list';
import { FilterBar } from './_components/filters/filter-bar';
import { FilterFold } from './_components/filters/filter-fold';
import { DetailsLayout } from './_components/details/details-layout';
import { EventStream } from './_components/events/event-stream';
import { ViewToolbar } from './_components/share/view-toolbar';
import { WindowList } from './_components/window/window-list';
import { readTimelineRequest, TimelineDetails, TimelineProviders } from './_components/timeline/timeline-page';

/**
 * A link to the timeline at one event (`/?event=<id>`, the "copy link to this view" button) previews as that
 * event, with the same tags as its page; any other view keeps the layout's.
 */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const search = await searchParams;
  const id = typeof search.event === 'string' ? search.event : null;
  if (id === null) return {};
  const corpus = await getCorpus();
  const event = findEvent(corpus, id);
  if (!event) return {};
  const t = getDictionary(localeFromSearch(search));
  const view = eventView(corpus, event, t);
  return eventMetadata(
    view,
    eventDescription(event, view, t.event.descriptionFallback, t.locale),
    t,
    await publicOrigin(),
  );
}

/**
 * The timeline. A small corpus comes whole (every event, every panel, filtering in the browser); a large one comes
 * a window at a time (timeline/page-data.ts): the page carries the first window and the browser loads the others.
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { t, lang, corpus, origin, page, panels } = await readTimelineRequest(searchParams, '/');
  const { facets } = page;
  const undated = (page.mode === 'inline' ? page.events.filter((e) => e.start === null) : page.undated).map((e) =>
    eventView(corpus, e, t),
  );

  const inline = page.mode === 'inline';
  const views = inline ? page.events.map((e) => eventView(corpus, e, t)) : [];
  const content = (
    <>
      <div className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 id="timeline-heading" className="text-2xl font-bold">
            {t.timeline.heading}
          </h1>
          <a href="#event-list" className={`text-sm text-accent underline ${inline ? 'max-md:hidden' : ''}`}>
            {t.filters.toList}
          </a>
        </div>
        <FilterFold label={t.filters.fold} labelActive={t.filters.foldActive}>
          <FilterBar
            options={filterOptions(corpus, facets, t)}
            labels={t.filters}
            action="/"
            lang={lang}
            total={corpus.events.length}
          />
        </FilterFold>
        <div className={inline ? 'max-md:hidden' : ''}>
          <TypeLegend types={new Set(corpus.events.map((e) => e.type))} t={t} />
        </div>
      </div>
      <DetailsLayout
        timeline={
          <section aria-labelledby="timeline-heading" className="mt-4 min-w-0 space-y-4">
            {/* The stream first: on a phone it is the first content (and the page's largest paint), before the
                timeline's placeholder, which a phone does not show. */}
            {inline && <EventStream events={views} t={t} />}
            <TimelineView
              events={inline ? page.timeline : []}
              labels={timelineLabels(t, facets)}
              intl={intlSnapshot(t.locale)}
              stream={inline}
            />
            <ViewToolbar
              labels={t.share}
              copyFailed={t.share.copyFailed}
              origin={origin}
              lang={lang}
              locale={t.locale}
              title={`${t.app.name}: ${t.timeline.heading}`}
            />
            <p className="no-js-only rounded border border-ink/15 bg-white p-3 text-sm">
              {inline ? t.timeline.noScript : t.timeline.noScriptWindowed}
            </p>
            <UndatedList events={undated} t={t} />
            {page.mode === 'windowed' && page.undatedTotal > page.undated.length && (
              <p className="text-sm text-ink-soft" data-testid="undated-more">
                {fill(t.timeline.undatedMore, {
                  shown: String(page.undated.length),
                  total: page.undatedTotal.toLocaleString(),
                })}
              </p>
            )}
          </section>
        }
        details={<TimelineDetails panels={panels} t={t} />}
      />
      {inline ? (
        <div className="max-md:hidden">
          <EventList events={views} t={t} />
        </div>
      ) : (
        <WindowList
          labels={{
            heading: t.list.windowHeading,
            intro: t.list.windowIntro,
            empty: t.filters.noMatches,
            overLimit: t.list.overLimit,
            showOnTimeline: t.timeline.showOnTimeline,
          }}
          langQuery={lang === null ? '' : `?lang=${lang}`}
        />
      )}
    </>
  );

  return (
    <PageShell t={t} path="/" current="timeline">
      <TimelineProviders page={page} locale={t.locale}>
        {content}
      </TimelineProviders>
    </PageShell>
  );
}
