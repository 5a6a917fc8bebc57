import type { ArticleSummary, CorpusEvent, CorpusView } from './types';

interface Lookup {
  events: Map<string, CorpusEvent>;
  articles: Map<string, { article: ArticleSummary }>;
  /** How many events cite each article. */
  citations: Map<string, number>;
}

// A corpus never changes once built (a changed folder makes a new one), so its look-ups are built once, on first
// use, and go when it goes: on ten thousand articles a linear search per source sentence adds up to seconds.
const lookups = new WeakMap<CorpusView, Lookup>();

function lookup(corpus: CorpusView): Lookup {
  let known = lookups.get(corpus);
  if (!known) {
    const citations = new Map<string, number>();
    for (const e of corpus.events) {
      for (const id of new Set(e.sources.map((s) => s.articleId))) citations.set(id, (citations.get(id) ?? 0) + 1);
    }
    known = {
      events: new Map(corpus.events.map((e) => [e.id, e])),
      articles: new Map(corpus.articles.map((a) => [a.article.id, a])),
      citations,
    };
    lookups.set(corpus, known);
  }
  return known;
}

export function findEvent(corpus: CorpusView, id: string): CorpusEvent | undefined {
  return lookup(corpus).events.get(id);
}

/** The article with this id, as the corpus holds it (a full `Corpus` holds the analysed article, a view its summary). */
export function findArticle<C extends CorpusView>(corpus: C, id: string): C['articles'][number] | undefined {
  return lookup(corpus).articles.get(id) as C['articles'][number] | undefined;
}

/** How many events have a source sentence in the article. */
export function citationCount(corpus: CorpusView, articleId: string): number {
  return lookup(corpus).citations.get(articleId) ?? 0;
}

/** The events that happened during `eventId` (talks, sessions and statements of a visit). */
export function childrenOf(corpus: CorpusView, eventId: string): CorpusEvent[] {
  return corpus.events.filter((e) => e.parent === eventId);
}
