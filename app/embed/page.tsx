import type { Metadata } from 'next';
import { timelineLabels } from '@/app/_lib/timeline/timeline-items';
import { intlSnapshot } from '@/app/_lib/timeline/intl-snapshot';
import { TimelineView } from '@/app/_components/timeline/timeline-view';
import { EventStream } from '@/app/_components/events/event-stream';
import { eventView } from '@/app/_lib/event/event-details';
import { ViewToolbar } from '@/app/_components/share/view-toolbar';
import { readTimelineRequest, TimelineDetails, TimelineProviders } from '@/app/_components/timeline/timeline-page';
import type { SearchParams } from '@/app/_lib/view/locale';

export const metadata: Metadata = { robots: { index: false } };

/**
 * `/embed?…`: the timeline of a view without the site's header, for an `<iframe>`. Selecting an event updates the
 * "open in Jylnama" link, which opens the full app at that event in a new tab (the frame's own URL may be hidden).
 * Which sites may frame this page is the operator's choice (`JYLNAMA_FRAME_ANCESTORS`, see proxy.ts). A large
 * corpus loads a window at a time, as on `/`.
 */
export default async function EmbedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { t, lang, corpus, origin, page, panels } = await readTimelineRequest(searchParams, '/embed');
  const { facets } = page;
  const content = (
    <main className="space-y-3 p-3" data-testid="embed">
      <h1 className="sr-only">{`${t.app.name}: ${t.timeline.heading}`}</h1>
      <TimelineView
        events={page.mode === 'inline' ? page.timeline : []}
        labels={timelineLabels(t, facets)}
        intl={intlSnapshot(t.locale)}
        stream={page.mode === 'inline'}
      />
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
      <TimelineDetails panels={panels} t={t} />
    </main>
  );
  return (
    <TimelineProviders page={page} locale={t.locale}>
      {content}
    </TimelineProviders>
  );
}
