import 'server-only';
import type { Corpus, CorpusEvent } from '@/lib/corpus/types';
import { childrenOf, findArticle, findEvent } from '@/lib/corpus/query';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { formatIsoDate, formatIsoRange } from './dates';
import { actorName, placeName } from './names';
import { sortedEvents } from './event-order';

export interface EventLink {
  id: string;
  title: string;
}

export interface SourceView {
  articleId: string;
  articleTitle: string;
  articleDate: string;
  language: string;
  start: number;
  end: number;
  quote: string;
}

export interface ParticipantView {
  id: string;
  name: string;
  role: string;
}

/** Everything the details panel and the permalink page show about one event, already in the UI language. */
export interface EventView {
  id: string;
  type: CorpusEvent['type'];
  typeLabel: string;
  title: string;
  dateLabel: string;
  /** Machine-readable start date for `<time datetime>`; null when undated. */
  dateTime: string | null;
  placeName: string | null;
  participants: ParticipantView[];
  statusLabel: string;
  parent: EventLink | null;
  children: EventLink[];
  sources: SourceView[];
}

/** "2025 ж. 14–15 қараша", or "Undated, before …", or "Undated". */
export function eventDateLabel(event: CorpusEvent, t: Dictionary): string {
  if (event.start !== null) return formatIsoRange(event.start, event.end, t.locale);
  if (event.before !== null) return fill(t.details.undatedBefore, { date: formatIsoDate(event.before, t.locale) });
  return t.details.undated;
}

function link(event: CorpusEvent, t: Dictionary): EventLink {
  return { id: event.id, title: event.title[t.locale] };
}

export function eventView(corpus: Corpus, event: CorpusEvent, t: Dictionary): EventView {
  const parent = event.parent === null ? undefined : findEvent(corpus, event.parent);
  return {
    id: event.id,
    type: event.type,
    typeLabel: t.eventTypes[event.type],
    title: event.title[t.locale],
    dateLabel: eventDateLabel(event, t),
    dateTime: event.start,
    placeName: event.placeId === null ? null : placeName(event.placeId, t.locale),
    participants: event.participants.map((p) => ({ id: p.actorId, name: actorName(p.actorId, t.locale), role: t.roles[p.role] })),
    statusLabel: t.statuses[event.status],
    parent: parent ? link(parent, t) : null,
    children: sortedEvents(childrenOf(corpus, event.id)).map((c) => link(c, t)),
    sources: event.sources.map((s) => {
      const article = findArticle(corpus, s.articleId)?.article;
      return {
        articleId: s.articleId,
        articleTitle: article?.title ?? s.articleId,
        articleDate: formatIsoDate(s.articleDate, t.locale),
        language: s.language,
        start: s.start,
        end: s.end,
        quote: s.quote,
      };
    }),
  };
}
