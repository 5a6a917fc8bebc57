import { describe, expect, it } from 'vitest';
import type { CorpusEvent } from '../../lib/corpus/types';
import { scoreEvents, type ExpectedEvent } from './event-alignment';

const predicted = (over: Partial<CorpusEvent>): CorpusEvent => ({
  id: 'x', type: 'talks', title: { kk: '', ru: '', en: '' }, start: null, end: null, when: null, before: null, status: 'reported',
  placeId: null, participants: [], parent: null, sources: [], ...over,
});
const source = (quote: string) => ({ articleId: 'a', articleDate: '2025-01-01', language: 'kk' as const, start: 0, end: quote.length, quote, trigger: { start: 0, end: 1 }, status: 'reported' as const, dateReason: '', timeText: null });
const expected = (over: Partial<ExpectedEvent>): ExpectedEvent => ({ type: 'talks', when: null, place: null, participants: [], status: 'reported', parentType: null, evidence: [], ...over });

describe('scoreEvents', () => {
  it('matches by evidence and type family, and scores the date of each match', () => {
    const s = scoreEvents(
      [expected({ type: 'state-visit', when: '2025-11-14/2025-11-15', evidence: ['сапармен келді'] }), expected({ evidence: ['келіссөз'] })],
      [predicted({ id: 'v', type: 'visit', when: '2025-11-14', sources: [source('Тоқаев сапармен келді.')] }), predicted({ id: 'o', sources: [source('Басқа сөйлем.')] })],
    );
    expect([s.matched, s.precision, s.recall]).toEqual([1, 0.5, 0.5]);
    expect(s.dateAccuracy).toBe(0);
    expect(s.typeAccuracy).toBe(0);
    expect(s.mismatches.some((m) => m.startsWith('missed: talks'))).toBe(true);
  });

  it('pairs one to one', () => {
    const one = predicted({ sources: [source('келіссөз жүргізді')] });
    const s = scoreEvents([expected({ evidence: ['келіссөз'] }), expected({ evidence: ['келіссөз'] })], [one]);
    expect(s.matched).toBe(1);
  });
});
