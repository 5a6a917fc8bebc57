import type { Span } from '@/lib/article/types';
import type { AnalysedArticle, CorpusView } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import type { Mark } from './mark-segments';

/**
 * What the article page marks: every time expression and event trigger, and (as anchors) every sentence that is
 * an event mention or the source of a corpus event, so that `#m-<start>-<end>` links from event pages land.
 */
export function articleMarks(corpus: CorpusView, analysed: AnalysedArticle, t: Dictionary): { sentences: Span[]; marks: Mark[] } {
  const id = analysed.article.id;
  const sentences = new Map<string, Span>();
  const add = (s: Span) => sentences.set(`${s.start}-${s.end}`, { start: s.start, end: s.end });
  for (const m of analysed.events) add(m.sentence);
  for (const e of corpus.events) for (const s of e.sources) if (s.articleId === id) add(s);

  const marks: Mark[] = [
    ...analysed.times.map((tm): Mark => ({
      start: tm.start,
      end: tm.end,
      kind: 'time',
      note: `${t.article.timeMark}: ${tm.value ?? '—'} (${tm.rule})`,
    })),
    ...analysed.events.map((m): Mark => ({
      start: m.trigger.start,
      end: m.trigger.end,
      kind: 'event',
      note: `${t.article.eventMark}: ${t.eventTypes[m.type]}, ${t.statuses[m.status]}`,
    })),
  ];
  return { sentences: [...sentences.values()], marks };
}
