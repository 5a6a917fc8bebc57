import type { AnalysedArticle, ArticleSummary, CorpusView, CorpusEvent, UiLocale } from '@/lib/corpus/types';
import { actorCountry, actorName, placeName } from '@/app/_lib/view/names';
import { sortedEvents } from '@/app/_lib/corpus/event-order';
import { getDictionary } from '@/app/_i18n/dictionary';
import { reasonText } from '@/app/_lib/event/link-reasons';

/** One event of `GET /api/events`: ids, ISO dates, EDTF, names in the requested language, and the evidence. */
export function apiEvent(event: CorpusEvent, lang: UiLocale) {
  const t = getDictionary(lang);
  return {
    id: event.id,
    type: event.type,
    title: event.title[lang],
    start: event.start,
    end: event.end,
    when: event.when,
    before: event.before,
    status: event.status,
    place: event.placeId === null ? null : { id: event.placeId, name: placeName(event.placeId, lang) },
    participants: event.participants.map((p) => ({
      id: p.actorId,
      name: actorName(p.actorId, lang),
      role: p.role,
      country: actorCountry(p.actorId),
    })),
    parent: event.parent,
    bodyId: event.bodyId,
    ordinal: event.ordinal,
    /** The dates the sources give when they differ, and whether two cannot both hold. */
    dateClaims: event.dateClaims,
    dateConflict: event.dateConflict,
    sources: event.sources.map((s) => ({
      articleId: s.articleId,
      start: s.start,
      end: s.end,
      quote: s.quote,
      /** The event word itself, inside the sentence (a sentence may tell of several events). */
      trigger: s.trigger,
      status: s.status,
      articleDate: s.articleDate,
      /** The date this source itself gives (EDTF), and how: stated in its sentence, inherited, or none. */
      claim: s.claim,
      /** Why the merge put it here: each piece of evidence with its weight, and in words in `lang`. */
      link: { score: s.link.score, reasons: s.link.reasons.map((r) => ({ ...r, text: reasonText(r, t) })) },
    })),
    ...(event.corrections ? correctionFields(event, lang) : {}),
  };
}

/**
 * A corrected event: the machine's values of the fields editors changed (`machine`, in the same shape as the
 * usual fields), and who changed each, when and why (`corrections`).
 */
function correctionFields(event: CorpusEvent, lang: UiLocale) {
  const c = event.corrections!;
  const m = c.machine;
  const machine: Record<string, unknown> = {};
  if ('when' in m) Object.assign(machine, { when: m.when, start: m.start, end: m.end });
  if (m.type !== undefined) machine.type = m.type;
  if (m.title !== undefined) machine.title = m.title[lang];
  if ('placeId' in m) machine.place = m.placeId == null ? null : { id: m.placeId, name: placeName(m.placeId, lang) };
  if (m.participants !== undefined)
    machine.participants = m.participants.map((p) => ({
      id: p.actorId,
      name: actorName(p.actorId, lang),
      role: p.role,
      country: actorCountry(p.actorId),
    }));
  if (m.status !== undefined) machine.status = m.status;
  return { machine, corrections: { fields: c.fields, confirmed: c.confirmed, hidden: c.hidden } };
}

export function apiEvents(corpus: CorpusView, lang: UiLocale) {
  return sortedEvents(corpus.events).map((e) => apiEvent(e, lang));
}

export function apiArticleSummary({ article }: { article: ArticleSummary }) {
  const { id, fileName, date, title, language, script, problems } = article;
  return { id, fileName, date, title, language, script, problems };
}

export function apiArticles(corpus: CorpusView) {
  return {
    articles: corpus.articles.map(apiArticleSummary),
    failures: corpus.failures.map(({ fileName, reason }) => ({ fileName, reason })),
  };
}

/** One article with its full text and what was found in it: the offsets of every event source point into `text`. */
export function apiArticle(analysed: AnalysedArticle) {
  const { article, times, events } = analysed;
  return {
    ...apiArticleSummary(analysed),
    text: article.text,
    titleSpan: article.titleSpan,
    body: article.body,
    dateline: article.dateline,
    sentences: article.sentences,
    times: times.map(({ start, end, text, value, kind, rule }) => ({ start, end, text, value, kind, rule })),
    events: events.map(({ sentence, trigger, type, status, rule }) => ({ sentence, trigger, type, status, rule })),
  };
}
