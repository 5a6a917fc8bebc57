import { describe, expect, it } from 'vitest';
import { mergedGold, scoreCorpus, scoringFamily, type ServedEvent } from './corpus-score';
import type { GoldEvent } from './gold';

const claim = (fileName: string, articleDate: string, when: string | null, start: number, status: 'announced' | 'reported' = 'reported') => ({
  fileName,
  articleDate,
  when,
  status,
  evidence: { start, end: start + 10 },
});
const served = (id: string, type: string, start: string | null, end: string | null, sources: Array<[string, number]>, status: 'announced' | 'reported' = 'reported'): ServedEvent => ({
  id,
  type: type as ServedEvent['type'],
  start,
  end,
  status,
  sources: sources.map(([articleId, at]) => ({ articleId, start: at, end: at + 40 })),
});

describe('the merged gold of an event told by several articles', () => {
  it('is the latest claim, unless vaguer and containing an earlier one; an undated claim erases nothing', () => {
    const g: GoldEvent = {
      key: 'k',
      type: 'state-visit',
      set: 's',
      language: 'kk',
      claims: [claim('a.txt', '2025-11-01', '2025-11-14/2025-11-15', 0, 'announced'), claim('b.txt', '2025-11-20', '2025-11', 0), claim('c.txt', '2025-12-01', null, 0)],
    };
    expect(mergedGold(g)).toEqual({ when: '2025-11-14/2025-11-15', status: 'reported' });
    g.claims.push(claim('d.txt', '2025-12-02', '2025-11-14', 0));
    expect(mergedGold(g).when).toBe('2025-11-14');
  });
});

describe('scoring one corpus', () => {
  const gold: GoldEvent[] = [
    { key: 'visit', type: 'state-visit', set: 's', language: 'kk', claims: [claim('a.txt', '2025-11-10', '2025-11-14/2025-11-15', 100, 'announced'), claim('b.txt', '2025-11-15', '2025-11-14/2025-11-15', 200)] },
    { key: 'talks', type: 'talks', set: 's', language: 'kk', claims: [claim('b.txt', '2025-11-15', '2025-11-14', 300)] },
    { key: 'old', type: 'state-visit', set: 's', language: 'kk', claims: [claim('c.txt', '2023-05-01', '2023-04-20', 50)] },
  ];

  it('finds events by evidence and family, and counts exact dates, status, merged and pure events', () => {
    const s = scoreCorpus(gold, [
      served('v', 'state-visit', '2025-11-14', '2025-11-15', [['a', 90], ['b', 190]]),
      served('t', 'summit', '2025-11-14', '2025-11-14', [['b', 295]]),
      served('o', 'visit', '2023-04-20', '2023-04-20', [['c', 40]]),
      served('x', 'phone-call', '2025-01-01', '2025-01-01', [['c', 500]]),
    ]);
    expect([s.found, s.gold, s.served]).toEqual([3, 3, 4]);
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBe(1);
    expect(s.exactDate).toBe(1);
    expect([s.multi, s.merged, s.mergedClean]).toEqual([1, 1, 1]);
    expect(s.pure).toBe(1);
    expect(s.b3).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('over-merging years apart shows as an impure event, a wrong date and lower B-cubed precision', () => {
    const s = scoreCorpus(gold, [
      served('v', 'state-visit', '2023-04-20', '2023-04-20', [['a', 90], ['b', 190], ['c', 40]]),
      served('t', 'talks', '2025-11-14', '2025-11-14', [['b', 295]]),
    ]);
    expect(s.pure).toBeCloseTo(1 / 2);
    expect(s.exactDate).toBeCloseTo(2 / 3);
    expect(s.b3.precision).toBeLessThan(1);
    expect(s.mergedClean).toBe(0);
  });

  it('a split multi-article event is found but not merged', () => {
    const s = scoreCorpus(gold, [served('v1', 'state-visit', '2025-11-14', '2025-11-15', [['a', 90]]), served('v2', 'state-visit', '2025-11-14', '2025-11-15', [['b', 190]])]);
    expect(s.merged).toBe(0);
    expect(s.b3.recall).toBeLessThan(1);
  });

  it('families: a summit finds talks, a briefing finds a joint statement, a visit never finds talks', () => {
    expect(scoringFamily('summit')).toBe(scoringFamily('talks'));
    expect(scoringFamily('briefing')).toBe(scoringFamily('joint-statement'));
    expect(scoringFamily('official-visit')).not.toBe(scoringFamily('talks'));
  });
});
