import { describe, expect, it } from 'vitest';
import { eventFacets, filterMatcher, foldText, NO_FILTER, overlapsDays, searchWords, type EventFilter } from './filter';
import type { CorpusEvent } from './types';

const actors: Record<string, { kind: 'person' | 'country' | 'body'; country?: string }> = {
  tokayev: { kind: 'person', country: 'kz' },
  uz: { kind: 'country' },
};

function event(over: Partial<CorpusEvent>): CorpusEvent {
  return {
    id: 'e1',
    type: 'state-visit',
    status: 'reported',
    start: '2025-11-14',
    end: '2025-11-15',
    placeId: 'tashkent',
    participants: [
      { actorId: 'tokayev', role: 'visitor' },
      { actorId: 'uz', role: 'host' },
    ],
    title: { kk: 'Тоқаевтың Өзбекстанға мемлекеттік сапары', ru: 'Государственный визит', en: 'State visit' },
    sources: [{ quote: 'Мемлекет басшысы Ташкентке барды.' }],
    ...over,
  } as CorpusEvent;
}

const facets = eventFacets(event({}), (id) => actors[id]);
const keeps = (filter: Partial<EventFilter>) => filterMatcher({ ...NO_FILTER, ...filter })(facets);

describe('the one event filter', () => {
  it('keeps everything when nothing is set', () => {
    expect(keeps({})).toBe(true);
  });

  it('matches any value of a filter, and every filter that is set', () => {
    expect(keeps({ types: ['summit', 'state-visit'] })).toBe(true);
    expect(keeps({ types: ['summit'] })).toBe(false);
    expect(keeps({ countries: ['kz'] })).toBe(true); // through the person's country
    expect(keeps({ countries: ['uz', 'tj'] })).toBe(true);
    expect(keeps({ countries: ['tj'] })).toBe(false);
    expect(keeps({ persons: ['tokayev'], places: ['tashkent'] })).toBe(true);
    expect(keeps({ persons: ['tokayev'], places: ['astana'] })).toBe(false);
    expect(keeps({ status: 'reported' })).toBe(true);
    expect(keeps({ status: 'announced' })).toBe(false);
  });

  it('finds every word of the search, folded, in titles and sentences', () => {
    expect(keeps({ q: 'токаевтың  ташкентке' })).toBe(true);
    expect(keeps({ q: 'ТОҚАЕВТЫҢ' })).toBe(true);
    expect(keeps({ q: 'Токаевтың Самарқанд' })).toBe(false);
    expect(searchWords('  a\tb  ')).toEqual(['a', 'b']);
    expect(foldText('Nūrtıleu')).toBe(foldText('Nurtileu'));
  });

  it('a window keeps the events whose days overlap it', () => {
    const e = { start: '2025-11-14', end: '2025-11-15' };
    expect(overlapsDays(e, '2025-11-15', '2025-11-20')).toBe(true);
    expect(overlapsDays(e, '2025-11-01', '2025-11-14T10:00')).toBe(true);
    expect(overlapsDays(e, '2025-11-16', '2025-11-20')).toBe(false);
    expect(overlapsDays({ start: '2025-11-16', end: null }, '2025-11-10', '2025-11-15')).toBe(false);
  });
});
