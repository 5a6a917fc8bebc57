import { buildCorpus } from '../corpus/build-corpus';
import type { Corpus } from '../corpus/types';
import { utf8 } from './seeds';

/** A corpus from inline articles: `[fileName, text]` pairs. */
export function corpusOf(...articles: Array<[string, string]>): Corpus {
  return buildCorpus(articles.map(([fileName, text]) => ({ fileName, bytes: utf8(text) })));
}

/** The events in a compact, comparable form. */
export function summary(corpus: Corpus): Array<{
  type: string;
  when: string | null;
  status: string;
  place: string | null;
  actors: string[];
  parent: string | null;
}> {
  return corpus.events.map((e) => ({
    type: e.type,
    when: e.when,
    status: e.status,
    place: e.placeId,
    actors: e.participants.map((p) => p.actorId).sort(),
    parent: e.parent ? (corpus.events.find((p) => p.id === e.parent)?.type ?? null) : null,
  }));
}
