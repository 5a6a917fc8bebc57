import Link from 'next/link';
import type { CorpusView } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import { eventDateLabel } from '@/app/_lib/event/event-details';
import { localHref } from '@/app/_lib/view/locale';

/**
 * The way back from an article to its events: each event a sentence of it tells of, with a link to the event and to
 * that sentence in the text (marked above), in the order the sentences come.
 */
export function ArticleEvents({ corpus, articleId, t }: { corpus: CorpusView; articleId: string; t: Dictionary }) {
  const rows = corpus.events
    .flatMap((e) => e.sources.filter((s) => s.articleId === articleId).map((s) => ({ event: e, source: s })))
    .sort((a, b) => a.source.start - b.source.start || a.event.id.localeCompare(b.event.id));
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="article-events" className="mt-8" lang={t.locale} data-testid="article-events">
      <h2 id="article-events" className="text-xl font-semibold">
        {t.article.eventsHeading}
      </h2>
      <ul className="mt-2 space-y-1">
        {rows.map(({ event, source }) => (
          <li key={`${event.id}:${source.start}`}>
            <Link
              className="font-medium text-accent underline"
              href={localHref(`/events/${encodeURIComponent(event.id)}`, t.locale)}
            >
              {event.title[t.locale]}
            </Link>{' '}
            <span className="text-sm text-ink-soft">{eventDateLabel(event, t)}</span>{' '}
            <a className="text-sm text-accent underline" href={`#m-${source.start}-${source.end}`}>
              ({t.article.toSentence})
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
