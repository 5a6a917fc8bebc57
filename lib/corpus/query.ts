import type { AnalysedArticle, Corpus, CorpusEvent } from './types';

interface Lookup {
  events: Map<string, CorpusEvent>;
  articles: Map<string, AnalysedArticle>;
  /** How many events cite each article. */
  citations: Map<string, number>;
}

// A corpus never changes once built (a changed folder makes a new one), so its look-ups are built once, on first
// use, and go when it goes: on ten thousand articles a linear search per source sentence adds up to seconds.
const lookups = new WeakMap<Corpus, Lookup>();

function lookup(corpus: Corpus): Lookup {
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

export function findEvent(corpus: Corpus, id: string): CorpusEvent | undefined {
  return lookup(corpus).events.get(id);
}

export function findArticle(corpus: Corpus, id: string): AnalysedArticle | undefined {
  return lookup(corpus).articles.get(id);
}

/** How many events have a source sentence in the article. */
export function citationCount(corpus: Corpus, articleId: string): number {
  return lookup(corpus).citations.get(articleId) ?? 0;
}

/** The events that happened during `eventId` (talks, sessions and statements of a visit). */
export function childrenOf(corpus: Corpus, eventId: string): CorpusEvent[] {
  return corpus.events.filter((e) => e.parent === eventId);
}
