import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { seedFiles } from '@/lib/test-support/seeds';
import { entityEvents, entityHref, entityTimelineHref, findEntity, otherSpellings, participantHref } from './entities';
import { filterMatcher } from '@/lib/corpus/filter';
import { viewFilter } from '@/app/_lib/view/view-state';
import { corpusFacetList } from '@/app/_lib/corpus/event-query';
import { EMPTY_VIEW } from '@/app/_lib/view/view-state';

const corpus = buildCorpus(seedFiles());

describe('entities', () => {
  it('finds people, countries and places by id, and nothing of another kind', () => {
    expect(findEntity('person', 'tokayev')?.names.en).toBe('Kassym-Jomart Tokayev');
    expect(findEntity('country', 'uz')?.names.ru).toBe('Узбекистан');
    expect(findEntity('place', 'tashkent')?.names.kk).toBe('Ташкент');
    expect(findEntity('person', 'uz')).toBeUndefined();
    expect(findEntity('country', 'tokayev')).toBeUndefined();
    expect(findEntity('place', 'nowhere')).toBeUndefined();
  });

  it("an entity's events are exactly those its timeline filter keeps", () => {
    const facets = corpusFacetList(corpus);
    const cases = [
      { kind: 'person' as const, id: 'tokayev', view: { ...EMPTY_VIEW, persons: ['tokayev'] } },
      { kind: 'country' as const, id: 'uz', view: { ...EMPTY_VIEW, countries: ['uz'] } },
      { kind: 'place' as const, id: 'tashkent', view: { ...EMPTY_VIEW, places: ['tashkent'] } },
    ];
    for (const c of cases) {
      const kept = facets
        .filter((f) => filterMatcher(viewFilter(c.view))(f))
        .map((f) => f.id)
        .sort();
      expect(kept.length, c.id).toBeGreaterThan(0);
      expect(
        entityEvents(corpus, findEntity(c.kind, c.id)!)
          .map((e) => e.id)
          .sort(),
        c.id,
      ).toEqual(kept);
    }
  });

  it('links keep the language; bodies have no page', () => {
    expect(entityHref('person', 'tokayev', 'en')).toBe('/people/tokayev?lang=en');
    expect(entityHref('place', 'tashkent', 'kk')).toBe('/places/tashkent');
    expect(entityTimelineHref('country', 'uz', 'ru')).toBe('/?country=uz&lang=ru');
    expect(participantHref('uz', 'kk')).toBe('/countries/uz');
    expect(participantHref('sco', 'kk')).toBeNull();
  });

  it('lists the other names and spellings once each, without Russian stems or initials', () => {
    const others = otherSpellings(findEntity('person', 'tokayev')!, 'en').map((s) => s.text);
    expect(others).toEqual(expect.arrayContaining(['Қасым-Жомарт Тоқаев', 'Касым-Жомарт Токаев', 'Toqaev']));
    expect(others).not.toContain('Kassym-Jomart Tokayev');
    expect(others.some((s) => s.includes('.'))).toBe(false);
    expect(new Set(others.map((s) => s.toLowerCase())).size).toBe(others.length);
  });
});
