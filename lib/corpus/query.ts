import type { AnalysedArticle, Corpus, CorpusEvent } from './types';

export function findEvent(corpus: Corpus, id: string): CorpusEvent | undefined {
  return corpus.events.find((e) => e.id === id);
}

export function findArticle(corpus: Corpus, id: string): AnalysedArticle | undefined {
  return corpus.articles.find((a) => a.article.id === id);
}

/** The events that happened during `eventId` (talks, sessions and statements of a visit). */
export function childrenOf(corpus: Corpus, eventId: string): CorpusEvent[] {
  return corpus.events.filter((e) => e.parent === eventId);
}
