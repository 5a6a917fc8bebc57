import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { findEvent } from '@/lib/corpus/query';
import { getCorpus, getHiddenEvent, getMergedInto } from '@/app/_lib/corpus';
import { correctionsView } from '@/app/_lib/corrections/corrections-view';
import { CorrectionsNote } from '@/app/_components/corrections/corrections-note';
import { HiddenEvent } from '@/app/_components/corrections/hidden-event';
import { EditEvent } from '@/app/_components/corrections/edit-event';
import { correctionMarksShown, editingState } from '@/app/_lib/corrections/editing-state';
import { getDictionary } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { localHref, localeFromSearch, type SearchParams } from '@/app/_lib/view/locale';
import { eventView } from '@/app/_lib/event/event-details';
import { decodeParam } from '@/app/_lib/api/route-param';
import { eventDescription, eventJsonLd, serializeJsonLd } from '@/app/_lib/og/json-ld';
import { publicOrigin } from '@/app/_lib/security/origin';
import { cardPath, eventMetadata } from '@/app/_lib/og/event-metadata';
import { PageShell } from '@/app/_components/layout/page-shell';
import { EventDetails } from '@/app/_components/details/event-details';
import { SplitEvent } from '@/app/_components/details/split-event';
import { movedEvent } from '@/app/_lib/event/moved-event';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

async function load({ params, searchParams }: Props) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const t: Dictionary = getDictionary(localeFromSearch(search));
  const corpus = await getCorpus();
  const event = findEvent(corpus, decodeParam(id));
  if (!event) {
    // An event an editor merged into another: its link leads there.
    const into = await getMergedInto(decodeParam(id));
    if (into) redirect(localHref(`/events/${encodeURIComponent(into)}`, t.locale));
    // An event editors hid is not on the timeline, but its link says so and why, not "not found".
    const hidden = await getHiddenEvent(decodeParam(id));
    if (hidden) return { t, event: null, hidden, moved: [], view: null, description: '' };
    // A link shared before a later article split, joined or renamed the event: it leads to what it became.
    const moved = (await movedEvent(decodeParam(id))) ?? [];
    if (moved.length === 1) redirect(localHref(`/events/${encodeURIComponent(moved[0]!)}`, t.locale));
    if (moved.length > 1)
      return {
        t,
        event: null,
        hidden: null,
        moved: moved.flatMap((m) => findEvent(corpus, m) ?? []),
        view: null,
        description: '',
      };
    notFound();
  }
  const view = eventView(corpus, event, t);
  return {
    t,
    event,
    hidden: null,
    moved: [],
    view,
    description: eventDescription(event, view, t.event.descriptionFallback, t.locale),
  };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { view, description, t, hidden } = await load(props);
  if (hidden) return { title: t.event.corrections.hiddenHeading, robots: { index: false } };
  if (!view) return { title: t.event.splitHeading, robots: { index: false } };
  return eventMetadata(view, description, t, await publicOrigin());
}

export default async function EventPage(props: Props) {
  const { t, event, view, description, moved, hidden } = await load(props);
  if (hidden) return <HiddenEvent t={t} event={hidden} />;
  if (!view || !event) return <SplitEvent t={t} events={moved} />;
  const path = `/events/${encodeURIComponent(view.id)}`;
  const corrections = correctionsView(event, t);
  const editing = await editingState(event.id, await props.searchParams);
  const origin = await publicOrigin();
  const url = `${origin}${localHref(path, t.locale)}`;
  return (
    <PageShell t={t} path={path}>
      <div className="mx-auto max-w-3xl space-y-6">
        <EventDetails event={view} t={t} headingLevel="h1" showPermalink={false} origin={origin} />
        {corrections && (editing || correctionMarksShown()) && <CorrectionsNote view={corrections} t={t} />}
        {(corrections || editing) && (
          <p>
            <Link className="text-accent underline" href={localHref(`${path}/history`, t.locale)}>
              {t.editing.historyLink}
            </Link>
          </p>
        )}
        {editing && <EditEvent event={event} t={t} {...editing} />}
        <p>
          <Link
            href={localHref('/', t.locale, { event: view.id })}
            className="inline-block rounded border border-accent/40 bg-white px-3 py-1.5 font-medium text-accent-dark hover:bg-accent/10"
          >
            ← {t.event.backToTimeline}
          </Link>
        </p>
      </div>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: serializeJsonLd(
            eventJsonLd(event, view, url, description, {
              inLanguage: t.locale,
              image: `${origin}${cardPath(view.id, t)}`,
            }),
          ),
        }}
      />
    </PageShell>
  );
}
