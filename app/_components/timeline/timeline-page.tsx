import type { ReactNode } from 'react';
import type { CorpusView, UiLocale } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import { getDictionary } from '@/app/_i18n/dictionary';
import { getCorpus } from '@/app/_lib/corpus';
import { redirectMovedView } from '@/app/_lib/event/moved-event';
import { publicOrigin } from '@/app/_lib/security/origin';
import { timelinePage, WINDOW_LIMIT, type TimelinePage } from '@/app/_lib/timeline/page-data';
import { localeFromSearch, type SearchParams } from '@/app/_lib/view/locale';
import { filterKey, parseView } from '@/app/_lib/view/view-state';
import { eventPanel } from '@/app/_actions/event-panel';
import { DetailsPanel } from '@/app/_components/details/details-panel';
import { timelinePanels } from '@/app/_components/details/timeline-panels';
import { ViewProvider } from '@/app/_components/selection/selection-context';
import { WindowSource } from '@/app/_components/window/window-source';

/** What a page that shows the timeline (`/`, `/embed`) reads from its request before it renders. */
export interface TimelineRequest {
  t: Dictionary;
  /** The `?lang=` the URL carries (kept on the links the page writes), or null for the default. */
  lang: UiLocale | null;
  corpus: CorpusView;
  origin: string;
  page: TimelinePage;
  /** The details panels the page carries (the selected event's), by event id. */
  panels: Record<string, ReactNode>;
}

/** Reads the view of a timeline URL; a view whose event has moved redirects to where it went. */
export async function readTimelineRequest(
  searchParams: Promise<SearchParams>,
  path: '/' | '/embed',
): Promise<TimelineRequest> {
  const search = await searchParams;
  const t = getDictionary(localeFromSearch(search));
  const lang = typeof search.lang === 'string' && search.lang === t.locale ? t.locale : null;
  const corpus = await getCorpus();
  await redirectMovedView(corpus, path, search);
  const origin = await publicOrigin();
  const page = timelinePage(corpus, parseView(search), t);
  return { t, lang, corpus, origin, page, panels: timelinePanels(page, corpus, t, origin) };
}

/**
 * The state around a timeline: a small corpus filters its events in the browser; a large one asks the server for
 * each window (a new filter starts a new source, hence the key).
 */
export function TimelineProviders({
  page,
  locale,
  children,
}: {
  page: TimelinePage;
  locale: UiLocale;
  children: ReactNode;
}) {
  if (page.mode === 'inline') {
    return (
      <ViewProvider initialView={page.view} facets={page.facets}>
        {children}
      </ViewProvider>
    );
  }
  return (
    <ViewProvider key={filterKey(page.view)} initialView={page.view} facets={[]} filtering="server">
      <WindowSource
        initial={page.initial}
        initialRequest={page.initialRequest}
        extent={page.extent}
        lang={locale}
        limit={WINDOW_LIMIT}
      >
        {children}
      </WindowSource>
    </ViewProvider>
  );
}

/** The details of the selected event beside the timeline; the others load from the server when selected. */
export function TimelineDetails({ panels, t }: { panels: Record<string, ReactNode>; t: Dictionary }) {
  return (
    <DetailsPanel
      panels={panels}
      load={eventPanel}
      locale={t.locale}
      loading={t.timeline.loading}
      heading={t.details.heading}
      empty={t.details.empty}
      closeLabel={t.details.close}
    />
  );
}
