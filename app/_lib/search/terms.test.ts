import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { seedFiles } from '@/lib/test-support/seeds';
import { foldText } from '@/lib/corpus/filter';
import { parseEventsQuery } from '@/app/_lib/api/events-params';
import { eventsInWindow } from '@/app/_lib/corpus/event-query';

const corpus = buildCorpus(seedFiles());
const found = (q: string) => {
  const parsed = parseEventsQuery(new URLSearchParams({ q }));
  if ('error' in parsed) throw new Error(parsed.error);
  const { dated, undated } = eventsInWindow(corpus, parsed.query);
  return [...dated, ...undated].map((e) => e.id).sort();
};
const withParticipant = (id: string) =>
  corpus.events
    .filter((e) => e.participants.some((p) => p.actorId === id))
    .map((e) => e.id)
    .sort();

describe('search', () => {
  it('folds Kazakh letters and diacritics to plain ones, in the index and the query alike', () => {
    expect(foldText('Тоқаев')).toBe(foldText('Токаев'));
    expect(foldText('Nūrtıleu')).toBe('nurtileu');
    expect(foldText('Mámleket basshysy')).toBe('mamleket basshysy');
  });

  it('finds every event of a person by any spelling: kk Cyrillic and Latin, Russian, English, with or without diacritics', () => {
    const tokayev = withParticipant('tokayev');
    expect(tokayev.length).toBeGreaterThan(1);
    for (const q of ['Тоқаев', 'Токаев', 'Toqaev', 'Tokayev', 'tokayev'])
      expect(found(q), q).toEqual(expect.arrayContaining(tokayev));
  });

  it('finds events by their type and place in any of the three languages', () => {
    const summits = corpus.events
      .filter((e) => e.type === 'summit')
      .map((e) => e.id)
      .sort();
    expect(summits.length).toBeGreaterThan(0);
    for (const q of ['summit', 'саммит']) expect(found(q), q).toEqual(expect.arrayContaining(summits));
    const tashkent = corpus.events
      .filter((e) => e.placeId === 'tashkent')
      .map((e) => e.id)
      .sort();
    for (const q of ['Tashkent', 'Ташкент']) expect(found(q), q).toEqual(expect.arrayContaining(tashkent));
  });
});
