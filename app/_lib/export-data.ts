import 'server-only';
import type { CorpusView } from '@/lib/corpus/types';
import type { ExportEvent } from '@/lib/export/types';
import { findArticle } from '@/lib/corpus/query';
import type { Dictionary } from '@/app/_i18n/types';
import { sortedEvents } from './event-order';
import { localHref } from './locale';
import { actorName, placeName } from './names';
import { viewEvents } from './view-data';
import { parseView, type ViewState } from './view-state';

/** The events a view's filters keep, in date order, as the export writers take them (names in `t`'s language). */
export function exportEvents(corpus: CorpusView, view: ViewState, t: Dictionary, origin: string): ExportEvent[] {
  return sortedEvents(viewEvents(corpus, view)).map((e) => ({
    id: e.id,
    type: e.type,
    typeLabel: t.eventTypes[e.type],
    title: e.title[t.locale],
    start: e.start,
    end: e.end,
    status: e.status,
    statusLabel: t.statuses[e.status],
    place: e.placeId === null ? null : placeName(e.placeId, t.locale),
    participants: e.participants.map((p) => actorName(p.actorId, t.locale)),
    url: `${origin}${localHref(`/events/${encodeURIComponent(e.id)}`, t.locale)}`,
    sources: e.sources.map((s) => ({
      quote: s.quote,
      articleTitle: findArticle(corpus, s.articleId)?.article.title ?? s.articleId,
      articleDate: s.articleDate,
      url: `${origin}${localHref(`/articles/${encodeURIComponent(s.articleId)}#m-${s.start}-${s.end}`, t.locale)}`,
    })),
  }));
}

/** The view of an export request: the same filter parameters as the timeline's URL. */
export function exportView(request: Request): ViewState {
  return parseView(new URL(request.url).searchParams);
}

/** `jylnama-<filters>.<ext>`, ASCII only, for Content-Disposition. */
export function exportFileName(view: ViewState, ext: string): string {
  const parts = [...view.types, ...view.countries, ...view.persons, ...view.places].join('-').replace(/[^a-z0-9-]/gi, '');
  return `jylnama${parts ? `-${parts.slice(0, 60)}` : ''}.${ext}`;
}
