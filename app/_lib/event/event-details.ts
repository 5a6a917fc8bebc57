import 'server-only';
import type { CorpusView, CorpusEvent } from '@/lib/corpus/types';
import { childrenOf, findArticle, findEvent } from '@/lib/corpus/query';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { formatEdtf, formatIsoDate, formatIsoRange } from '@/app/_lib/view/dates';
import { actorName, placeName } from '@/app/_lib/view/names';
import { entityHref, findEntity, participantHref } from '@/app/_lib/entity/entities';
import { sortedEvents } from '@/app/_lib/corpus/event-order';
import { dateClaimTexts, joinedBecause } from './link-reasons';
import { dateExplanation, dateGivingRank } from './date-explanation';

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
  status: CorpusEvent['status'];
  /** "in Kazakh": the sentence's language, said in the reader's. */
  languageLabel: string;
  /** The time expression the date was read from, as written; null when the date was inherited or absent. */
  timeText: string | null;
  /** Where this source's date comes from, in plain words in the reader's language. */
  dateExplanation: string;
  /** 0 for a sentence that states the event's own date, up to 3 for one with no date: date-giving ones come first. */
  dateRank: number;
  /** Why the merge put it under this event, strongest evidence first, with weights. */
  joinedBecause: string[];
}

/** Sources of one article, in text order. */
export interface ArticleSources {
  articleId: string;
  articleTitle: string;
  articleDate: string;
  sources: SourceView[];
}

/** Sources in one language, grouped by article. */
export interface LanguageSources {
  language: string;
  languageName: string;
  articles: ArticleSources[];
}

/** One step of the status history: what an article said of the event, on the article's date. */
export interface HistoryEntry {
  status: CorpusEvent['status'];
  date: string;
  isoDate: string;
  articleId: string;
  articleTitle: string;
}

export interface ParticipantView {
  id: string;
  name: string;
  role: string;
  /** The participant's page (people and countries have one, bodies do not). */
  href: string | null;
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
  /** The place's page (/places/<id>), null when the event has no place. */
  placeHref: string | null;
  participants: ParticipantView[];
  statusLabel: string;
  parent: EventLink | null;
  children: EventLink[];
  sources: SourceView[];
  /** The same sources, by language and then by article. */
  byLanguage: LanguageSources[];
  /** Per article (oldest first), the status it gave the event. */
  history: HistoryEntry[];
  /** When the sources give different dates: one line per date, latest article last; empty when they agree. */
  dateClaims: string[];
  /** True when two of those dates cannot both hold. */
  dateConflict: boolean;
}

function groupSources(sources: SourceView[], rawDates: Map<string, string>, t: Dictionary): LanguageSources[] {
  const languages = new Map<string, Map<string, ArticleSources>>();
  for (const s of sources) {
    let articles = languages.get(s.language);
    if (!articles) languages.set(s.language, (articles = new Map()));
    let group = articles.get(s.articleId);
    if (!group)
      articles.set(
        s.articleId,
        (group = { articleId: s.articleId, articleTitle: s.articleTitle, articleDate: s.articleDate, sources: [] }),
      );
    group.sources.push(s);
  }
  // The sentences that give the date come first: in their article, their article among the others, their language.
  const best = (xs: SourceView[]) => Math.min(...xs.map((x) => x.dateRank));
  return [...languages]
    .map(([language, articles]) => ({
      language,
      languageName: (t.languages as Record<string, string>)[language] ?? language,
      articles: [...articles.values()]
        .map((a) => ({ ...a, sources: a.sources.sort((x, y) => x.dateRank - y.dateRank || x.start - y.start) }))
        .sort(
          (a, b) =>
            best(a.sources) - best(b.sources) ||
            (rawDates.get(a.articleId) ?? '').localeCompare(rawDates.get(b.articleId) ?? '') ||
            a.articleId.localeCompare(b.articleId),
        ),
    }))
    .sort((a, b) => best(a.articles.flatMap((x) => x.sources)) - best(b.articles.flatMap((x) => x.sources)));
}

/** One entry per article and status, oldest article first: "announced on 14 Nov in …; reported on 15 Nov in …". */
function statusHistory(event: CorpusEvent, sources: SourceView[]): HistoryEntry[] {
  const seen = new Set<string>();
  const entries: HistoryEntry[] = [];
  event.sources.forEach((raw, i) => {
    const key = `${raw.articleId}|${raw.status}`;
    const view = sources[i];
    if (seen.has(key) || !view) return;
    seen.add(key);
    entries.push({
      status: raw.status,
      date: view.articleDate,
      isoDate: raw.articleDate,
      articleId: raw.articleId,
      articleTitle: view.articleTitle,
    });
  });
  return entries.sort((a, b) => a.isoDate.localeCompare(b.isoDate) || (a.status === 'announced' ? -1 : 1));
}

/** Known to the day, or only to the month, season or year (EDTF `2024-07`, `2024-21`, `2024`). */
export function isImprecise(event: Pick<CorpusEvent, 'when'>): boolean {
  return event.when !== null && /^\d{4}(?:-\d{2})?$/.test(event.when);
}

/** "2025 ж. 14–15 қараша", "Some time in July 2024", or "Undated, before …", or "Undated". */
export function eventDateLabel(event: CorpusEvent, t: Dictionary): string {
  if (event.start !== null && isImprecise(event))
    return fill(t.details.imprecise, { period: formatEdtf(event.when!, t.locale) });
  if (event.start !== null) return formatIsoRange(event.start, event.end, t.locale);
  if (event.before !== null) return fill(t.details.undatedBefore, { date: formatIsoDate(event.before, t.locale) });
  return t.details.undated;
}

function link(event: CorpusEvent, t: Dictionary): EventLink {
  return { id: event.id, title: event.title[t.locale] };
}

export function eventView(corpus: CorpusView, event: CorpusEvent, t: Dictionary): EventView {
  const parent = event.parent === null ? undefined : findEvent(corpus, event.parent);
  const sources: SourceView[] = event.sources.map((s) => {
    const article = findArticle(corpus, s.articleId)?.article;
    return {
      articleId: s.articleId,
      articleTitle: article?.title ?? s.articleId,
      articleDate: formatIsoDate(s.articleDate, t.locale),
      language: s.language,
      start: s.start,
      end: s.end,
      quote: s.quote,
      status: s.status,
      languageLabel: (t.evidence.inLanguage as Record<string, string>)[s.language] ?? s.language,
      timeText: s.timeText,
      dateExplanation: dateExplanation(s, event, t),
      dateRank: dateGivingRank(s, event),
      joinedBecause: joinedBecause(s, t),
    };
  });
  return {
    id: event.id,
    type: event.type,
    typeLabel: t.eventTypes[event.type],
    title: event.title[t.locale],
    dateLabel: eventDateLabel(event, t),
    dateTime: event.start,
    placeName: event.placeId === null ? null : placeName(event.placeId, t.locale),
    placeHref:
      event.placeId !== null && findEntity('place', event.placeId)
        ? entityHref('place', event.placeId, t.locale)
        : null,
    participants: event.participants.map((p) => ({
      id: p.actorId,
      name: actorName(p.actorId, t.locale),
      role: t.roles[p.role],
      href: participantHref(p.actorId, t.locale),
    })),
    statusLabel: t.statuses[event.status],
    parent: parent ? link(parent, t) : null,
    children: sortedEvents(childrenOf(corpus, event.id)).map((c) => link(c, t)),
    sources,
    byLanguage: groupSources(sources, new Map(event.sources.map((s) => [s.articleId, s.articleDate])), t),
    history: statusHistory(event, sources),
    dateClaims: dateClaimTexts(event.dateClaims, t),
    dateConflict: event.dateConflict,
  };
}
