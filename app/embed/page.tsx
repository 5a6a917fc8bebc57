import { redirectMovedView } from '@/app/_lib/event/moved-event';
import type { Metadata } from 'next';
import { getCorpus } from '@/app/_lib/corpus';
import { getDictionary } from '@/app/_i18n/dictionary';
import { localeFromSearch, type SearchParams } from '@/app/_lib/view/locale';
import { timelineLabels } from '@/app/_lib/timeline/timeline-items';
import { timelinePage, WINDOW_LIMIT } from '@/app/_lib/timeline/page-data';
import { intlSnapshot } from '@/app/_lib/timeline/intl-snapshot';
import { filterKey, parseView } from '@/app/_lib/view/view-state';
import { publicOrigin } from '@/app/_lib/security/origin';
import { eventPanel } from '@/app/_actions/event-panel';
import { ViewProvider } from '@/app/_components/selection/selection-context';
import { TimelineView } from '@/app/_components/timeline/timeline-view';
import { DetailsPanel } from '@/app/_components/details/details-panel';
import { timelinePanels } from '@/app/_components/details/timeline-panels';
import { EventStream } from '@/app/_components/events/event-stream';
import { eventView } from '@/app/_lib/event/event-details';
import { ViewToolbar } from '@/app/_components/share/view-toolbar';
import { WindowSource } from '@/app/_components/window/window-source';

export const metadata: Metadata = { robots: { index: false } };

/**
 * `/embed?…`: the timeline of a view without the site's header, for an `<iframe>`. Selecting an event updates the
 * "open in Jylnama" link, which opens the full app at that event in a new tab (the frame's own URL may be hidden).
 * Which sites may frame this page is the operator's choice (`JYLNAMA_FRAME_ANCESTORS`, see proxy.ts). A large
 * corpus loads a window at a time, as on `/`.
 */
export default async function EmbedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const search = await searchParams;
  const t = getDictionary(localeFromSearch(search));
  const lang = typeof search.lang === 'string' && search.lang === t.locale ? t.locale : null;
  const corpus = await getCorpus();
  await redirectMovedView(corpus, '/embed', search);
  const origin = await publicOrigin();
  const parsed = parseView(search);
  const page = timelinePage(corpus, parsed, t);
  const { view, facets } = page;
  const panels = timelinePanels(page, corpus, t, origin);
  const content = (
    <main className="space-y-3 p-3" data-testid="embed">
      <h1 className="sr-only">{`${t.app.name}: ${t.timeline.heading}`}</h1>
      <TimelineView events={page.mode === 'inline' ? page.timeline : []} labels={timelineLabels(t, facets)} intl={intlSnapshot(t.locale)} stream={page.mode === 'inline'} />
      {/* A narrow frame (a phone, a sidebar) gets the stream of cards, as `/` does on a phone. */}
      {page.mode === 'inline' && <EventStream events={page.events.map((e) => eventView(corpus, e, t))} t={t} />}
      <ViewToolbar
        labels={t.share}
        copyFailed={t.share.copyFailed}
        origin={origin}
        lang={lang}
        locale={t.locale}
        title={`${t.app.name}: ${t.timeline.heading}`}
        variant="embed"
      />
      <DetailsPanel
        panels={panels}
        load={eventPanel}
        locale={t.locale}
        loading={t.timeline.loading}
        heading={t.details.heading}
        empty={t.details.empty}
        closeLabel={t.details.close}
      />
    </main>
  );
  return page.mode === 'inline' ? (
    <ViewProvider initialView={view} facets={facets}>
      {content}
    </ViewProvider>
  ) : (
    <ViewProvider key={filterKey(view)} initialView={view} facets={[]} filtering="server">
      <WindowSource initial={page.initial} initialRequest={page.initialRequest} extent={page.extent} lang={t.locale} limit={WINDOW_LIMIT}>
        {content}
      </WindowSource>
    </ViewProvider>
  );
}
