import type { Span } from '@/lib/article/types';
import type { AnalysedArticle, CorpusView } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import { formatEdtf } from '@/app/_lib/view/dates';
import type { Mark } from './mark-segments';

/** An event a source sentence supports: the way back from the sentence to its event. */
export interface SentenceEvent {
  id: string;
  title: string;
}

/**
 * What the article page marks: every time expression and event trigger, and (as anchors) every sentence that is
 * an event mention or the source of a corpus event, so that `#m-<start>-<end>` links from event pages land.
 */
export function articleMarks(
  corpus: CorpusView,
  analysed: AnalysedArticle,
  t: Dictionary,
): { sentences: Span[]; marks: Mark[]; events: Record<string, SentenceEvent[]> } {
  const id = analysed.article.id;
  const sentences = new Map<string, Span>();
  const add = (s: Span) => sentences.set(`${s.start}-${s.end}`, { start: s.start, end: s.end });
  /** By sentence (`start-end`): the events it is a source of, each once. */
  const events: Record<string, SentenceEvent[]> = {};
  for (const m of analysed.events) add(m.sentence);
  for (const e of corpus.events) {
    for (const s of e.sources) {
      if (s.articleId !== id) continue;
      add(s);
      const key = `${s.start}-${s.end}`;
      const list = (events[key] ??= []);
      if (!list.some((x) => x.id === e.id)) list.push({ id: e.id, title: e.title[t.locale] });
    }
  }

  const marks: Mark[] = [
    ...analysed.times.map((tm): Mark => ({
      start: tm.start,
      end: tm.end,
      kind: 'time',
      // Readers see the date it was read as, in their language; the parser's rule names stay in the API.
      note: `${t.article.timeMark}: ${tm.value === null ? '—' : formatEdtf(tm.value, t.locale)}`,
    })),
    ...analysed.events.map((m): Mark => ({
      start: m.trigger.start,
      end: m.trigger.end,
      kind: 'event',
      note: `${t.article.eventMark}: ${t.eventTypes[m.type]}, ${t.statuses[m.status]}`,
    })),
  ];
  return { sentences: [...sentences.values()], marks, events };
}
