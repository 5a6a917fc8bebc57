import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { seedFiles } from '@/lib/test-support/seeds';
import { corpusFacetList } from '@/app/_lib/corpus/event-query';
import { suggest } from './suggest';

const corpus = buildCorpus(seedFiles());
const facets = corpusFacetList(corpus);

describe('suggestions', () => {
  it("suggests a person by any spelling, in the reader's language, with the events the person filter keeps", () => {
    const count = facets.filter((f) => f.persons.includes('tokayev')).length;
    for (const q of ['Токаев', 'Тоқаев', 'toqa', 'Tokay', 'токаевтың']) {
      const first = suggest(corpus, q, 'en')[0];
      expect(first, q).toMatchObject({
        kind: 'person',
        id: 'tokayev',
        label: 'Kassym-Jomart Tokayev',
        count,
        href: '/people/tokayev?lang=en',
      });
    }
    expect(suggest(corpus, 'Tokayev', 'ru')[0]).toMatchObject({
      label: 'Касым-Жомарт Токаев',
      href: '/people/tokayev?lang=ru',
      matched: 'Tokayev',
    });
    expect(suggest(corpus, 'Tokayev', 'kk')[0]).toMatchObject({
      label: 'Қасым-Жомарт Тоқаев',
      href: '/people/tokayev',
    });
  });

  it('suggests countries, places and types, each leading where its filter or page is', () => {
    expect(suggest(corpus, 'Әзербайж', 'en')[0]).toMatchObject({
      kind: 'country',
      id: 'az',
      label: 'Azerbaijan',
      href: '/countries/az?lang=en',
    });
    expect(suggest(corpus, 'саммит', 'en').find((s) => s.kind === 'type')).toMatchObject({
      id: 'summit',
      label: 'Summit',
      href: '/?type=summit&lang=en',
    });
    const place = corpus.events.find((e) => e.placeId !== null)!.placeId!;
    expect(suggest(corpus, place, 'en').some((s) => s.kind === 'place' && s.id === place && s.count > 0)).toBe(true);
  });

  it('suggests nothing the corpus has no events of, and nothing for an empty input', () => {
    expect(suggest(corpus, '   ', 'en')).toEqual([]);
    expect(suggest(corpus, 'qqqzzz', 'en')).toEqual([]);
    for (const s of suggest(corpus, 'а', 'ru')) expect(s.count).toBeGreaterThan(0);
    expect(suggest(corpus, 'а', 'ru').length).toBeLessThanOrEqual(8);
  });
});
