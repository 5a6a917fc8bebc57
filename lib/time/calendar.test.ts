import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { weekDays } from './calendar';
import { DAY_MS } from '../model';

describe('weekDays', () => {
  it('gives the Monday and Sunday of an ISO week', () => {
    expect(weekDays('2025-W46')).toBe('2025-11-10/2025-11-16');
    expect(weekDays('2026-W01')).toBe('2025-12-29/2026-01-04');
    expect(weekDays('2025-11-14')).toBeNull();
  });

  it('writes the days as toISOString does (what it used before), for every week a value can name', () => {
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), (year, week) => {
        const value = `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
        const jan4 = new Date(Date.UTC(year, 0, 4));
        const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * DAY_MS + (week - 1) * 7 * DAY_MS);
        expect(weekDays(value)).toBe(`${iso(monday)}/${iso(new Date(monday.getTime() + 6 * DAY_MS))}`);
      }),
      { numRuns: 3000 },
    );
  });
});
