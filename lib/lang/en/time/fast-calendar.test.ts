import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as calendar from '../../../time/calendar';
import { addDays, daysBetween, isoDate, isRealDate, parseIsoDate } from './fast-calendar';
import { nearestYearOfDayIn } from './nearest-year';
import { enDuration } from '../units';
import type { Tense } from '../../../time/parser';

// The English hot path's calendar shortcuts must give what the plain calendar gives.
const isoDay = fc
  .tuple(fc.integer({ min: 900, max: 10100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => calendar.isoDate(y, m, d));

describe('fast calendar', () => {
  it('adds days as the calendar does, across the four-digit years and past them', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -800_000, max: 800_000 }), (iso, days) => {
        expect(addDays(iso, days)).toBe(calendar.addDays(iso, days));
      }),
      { numRuns: 5000 },
    );
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('1000-01-01', -1)).toBe(calendar.addDays('1000-01-01', -1));
  });

  it('picks the year of a day named without one as the date strings would', () => {
    // The same weighing, on dates written out and compared (what nearestYearOfDayIn did before it used day numbers).
    const reference = (month: number, day: number, referenceDate: string, tense: Tense): number => {
      const ref = parseIsoDate(referenceDate).year;
      const weigh = (delta: number) =>
        tense === 'past' && delta > 1
          ? delta * 4
          : tense === 'future' && delta < -1
            ? -delta * 4
            : tense === null && delta > 0
              ? delta * 2
              : Math.abs(delta);
      let best = ref;
      let bestScore = Infinity;
      for (let k = 0; k < 3; k++) {
        const y = ref - 1 + k;
        if (!isRealDate(y, month, day) && !(month === 2 && day === 29)) continue;
        const score = weigh(daysBetween(referenceDate, isoDate(y, month, Math.min(day, 28))));
        if (score < bestScore) {
          best = y;
          bestScore = score;
        }
      }
      return best;
    };
    const tense = fc.constantFrom<Tense>('past', 'future', null);
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), tense, (iso, m, d, t) => {
        expect(nearestYearOfDayIn(m, d, iso, () => t)).toBe(reference(m, d, iso, t));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes whole counts of a duration as toFixed would', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e12 }), (n) => {
        expect(enDuration(n, 'day')).toBe(`P${String(Number(n.toFixed(3)))}D`);
      }),
    );
    expect(enDuration(2.25, 'day')).toBe('P2.25D');
    expect(enDuration(1 / 3, 'week')).toBe('P0.333W');
  });
});
