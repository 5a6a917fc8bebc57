import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagEn } from './expect-en';

const WORDS = [
  'Nov.',
  '14',
  'November',
  '2025',
  'last',
  'year',
  'ago',
  'two',
  'days',
  'the',
  '1990s',
  'Friday',
  'at',
  '5',
  'p.m.',
  '-',
  'to',
  'from',
  'every',
  'week',
  ',',
  'quarter',
  'third',
  'recently',
  'now',
  'Sept',
  '30',
];

describe('the tagger never throws, and every span lies inside the input', () => {
  it('holds for sentences made of date words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (words, date) => {
          const text = words.join(' ');
          const ref = date.toISOString().slice(0, 10);
          for (const m of tagEn(text, ref)) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(m.start, m.end)).toBe(m.text);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const m of tagEn(text, '2025-11-14')) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 300 },
    );
  });
});
