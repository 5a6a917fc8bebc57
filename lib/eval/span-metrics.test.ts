import { describe, expect, it } from 'vitest';
import { scoreSpans } from './span-metrics';

describe('scoreSpans', () => {
  it('perfect prediction scores 1 everywhere', () => {
    const g = [[{ start: 0, end: 5, value: '2025' }]];
    const s = scoreSpans(g, g, { scoreValues: true });
    expect([s.strict.f1, s.relaxed.f1, s.valueAccuracy, s.valueF1]).toEqual([1, 1, 1, 1]);
  });

  it('an overlapping but not identical span is relaxed, not strict', () => {
    const s = scoreSpans([[{ start: 0, end: 10 }]], [[{ start: 3, end: 10 }]]);
    expect(s.strict.f1).toBe(0);
    expect(s.relaxed.f1).toBe(1);
  });

  it('counts precision and recall on their own sides', () => {
    // Gold: two spans; predicted: one right, one spurious, one missing.
    const s = scoreSpans([[{ start: 0, end: 2 }, { start: 10, end: 12 }]], [[{ start: 0, end: 2 }, { start: 5, end: 7 }]]);
    expect(s.strict.precision).toBe(0.5);
    expect(s.strict.recall).toBe(0.5);
    expect(s.strict.f1).toBe(0.5);
  });

  it('value accuracy is over relaxed matches; value F1 = accuracy × relaxed F1', () => {
    const gold = [[{ start: 0, end: 4, value: '2025-11-14' }, { start: 10, end: 14, value: 'P3Y' }, { start: 20, end: 24, value: '2024' }]];
    const pred = [[{ start: 0, end: 4, value: '2025-11-14' }, { start: 11, end: 14, value: 'P2Y' }]];
    const s = scoreSpans(gold, pred, { scoreValues: true });
    expect(s.relaxed.precision).toBe(1);
    expect(s.relaxed.recall).toBeCloseTo(2 / 3);
    expect(s.valueAccuracy).toBe(0.5);
    expect(s.valueF1).toBeCloseTo(0.5 * s.relaxed.f1);
  });

  it('filters by type on both sides when asked', () => {
    const gold = [[{ start: 0, end: 2, type: 'DATE' }, { start: 5, end: 7, type: 'TIME' }]];
    const pred = [[{ start: 0, end: 2, type: 'DATE' }, { start: 5, end: 7, type: 'DATE' }]];
    expect(scoreSpans(gold, pred, { type: 'DATE' }).strict.precision).toBe(0.5);
    expect(scoreSpans(gold, pred).strict.f1).toBe(1);
  });

  it('no predictions and no gold is zero, not NaN', () => {
    expect(scoreSpans([[]], [[]]).strict.f1).toBe(0);
  });
});
