import 'server-only';
import type { CorpusEvent, CorpusView } from '@/lib/corpus/types';
import type { CorrectableField, CorrectionMark } from '@/lib/corpus/corrections/types';
import { fill } from '@/app/_i18n/dictionary';
import type { ExportEvent } from '@/lib/export/types';
import { findArticle } from '@/lib/corpus/query';
import type { Dictionary } from '@/app/_i18n/types';
import { sortedEvents } from '@/app/_lib/corpus/event-order';
import { localHref } from '@/app/_lib/view/locale';
import { actorName, placeName } from '@/app/_lib/view/names';
import { filteredEvents } from '@/app/_lib/corpus/event-query';
import { parseView, viewFilter, viewDays, type ViewState } from '@/app/_lib/view/view-state';

/** "Corrected by editors: Date (aigerim, 2026-12-03: why); …", or null when editors changed nothing. */
function correctedLine(e: CorpusEvent, t: Dictionary): string | null {
  const c = e.corrections;
  if (!c) return null;
  const parts = (Object.entries(c.fields) as Array<[CorrectableField, CorrectionMark]>).map(
    ([field, m]) =>
      `${t.event.corrections.fields[field]} (${m.by}, ${m.at.slice(0, 10)}${m.reason ? `: ${m.reason}` : ''})`,
  );
  if (c.confirmed)
    parts.push(fill(t.event.corrections.confirmed, { by: c.confirmed.by, at: c.confirmed.at.slice(0, 10) }));
  return parts.length > 0 ? fill(t.editing.correctedBy, { fields: parts.join('; ') }) : null;
}

/** The events a view's filters keep, in date order, as the export writers take them (names in `t`'s language). */
export function exportEvents(corpus: CorpusView, view: ViewState, t: Dictionary, origin: string): ExportEvent[] {
  return sortedEvents(filteredEvents(corpus, viewFilter(view), viewDays(view))).map((e) => ({
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
    corrected: correctedLine(e, t),
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
  const parts = [...view.types, ...view.countries, ...view.persons, ...view.places]
    .join('-')
    .replace(/[^a-z0-9-]/gi, '');
  return `jylnama${parts ? `-${parts.slice(0, 60)}` : ''}.${ext}`;
}
