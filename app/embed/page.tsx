import type { Metadata } from 'next';
import { findEvent } from '@/lib/corpus/query';
import { getCorpus } from '@/app/_lib/corpus-store';
import { getDictionary } from '@/app/_i18n/dictionary';
import { localeFromSearch, type SearchParams } from '@/app/_lib/locale';
import { eventView } from '@/app/_lib/event-view';
import { sortedEvents } from '@/app/_lib/event-order';
import { timelineEvents, timelineLabels } from '@/app/_lib/timeline-data';
import { intlSnapshot } from '@/app/_lib/intl-snapshot';
import { corpusFacets } from '@/app/_lib/view-data';
import { parseView } from '@/app/_lib/view-state';
import { publicOrigin } from '@/app/_lib/origin';
import { ViewProvider } from '@/app/_components/selection/selection-context';
import { TimelineView } from '@/app/_components/timeline/timeline-view';
import { DetailsPanel } from '@/app/_components/details/details-panel';
import { EventDetails } from '@/app/_components/details/event-details';
import { ViewToolbar } from '@/app/_components/share/view-toolbar';

export const metadata: Metadata = { robots: { index: false } };

/**
 * `/embed?…`: the timeline of a view without the site's header, for an `<iframe>`. Selecting an event updates the
 * "open in Jylnama" link, which opens the full app at that event in a new tab (the frame's own URL may be hidden).
 * Which sites may frame this page is the operator's choice (`JYLNAMA_FRAME_ANCESTORS`, see proxy.ts).
 */
export default async function EmbedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const search = await searchParams;
  const t = getDictionary(localeFromSearch(search));
  const lang = typeof search.lang === 'string' && search.lang === t.locale ? t.locale : null;
  const corpus = await getCorpus();
  const origin = await publicOrigin();
  const events = sortedEvents(corpus.events);
  const facets = corpusFacets(events);
  const parsed = parseView(search);
  const view = { ...parsed, event: parsed.event !== null && findEvent(corpus, parsed.event) ? parsed.event : null };
  const panels = Object.fromEntries(
    events.map((e) => {
      const v = eventView(corpus, e, t);
      return [v.id, <EventDetails key={v.id} event={v} t={t} headingLevel="h3" showPermalink origin={origin} />];
    }),
  );
  return (
    <ViewProvider initialView={view} facets={facets}>
      <main className="space-y-3 p-3" data-testid="embed">
        <h1 className="sr-only">{`${t.app.name}: ${t.timeline.heading}`}</h1>
        <TimelineView events={timelineEvents(events, facets, t)} labels={timelineLabels(t, facets)} intl={intlSnapshot(t.locale)} />
        <ViewToolbar
          labels={t.share}
          copyFailed={t.share.copyFailed}
          origin={origin}
          lang={lang}
          locale={t.locale}
          title={`${t.app.name}: ${t.timeline.heading}`}
          variant="embed"
        />
        <DetailsPanel panels={panels} heading={t.details.heading} empty={t.details.empty} closeLabel={t.details.close} />
      </main>
    </ViewProvider>
  );
}
