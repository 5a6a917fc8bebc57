import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeLanguageFor } from '../lang/registry';
import { tagSentence } from './tag-times';
import type { Language, Script } from '../model';

const LANGUAGES: Array<[Language, Script]> = [
  ['kk', 'Cyrl'],
  ['kk', 'Latn'],
  ['ru', 'Cyrl'],
  ['en', 'Latn'],
];

// Words the grammars react to, so that random text exercises the parsers and not only the empty path.
const VOCABULARY = [
  '14',
  '15',
  '-',
  '–',
  '2025',
  'жылғы',
  'жылы',
  'қараша',
  'қарашада',
  'күндері',
  'бүгін',
  'кеше',
  'бұрын',
  'дейін',
  'бері',
  'сайын',
  '90-шы',
  'жылдардан',
  'бастап',
  'он',
  'бірінші',
  'мамыр',
  'екі',
  'мың',
  'сағат',
  'qaraşa',
  'ноября',
  'в',
  'году',
  'November',
  'from',
  'to',
  'ago',
  'years',
  'last',
  'week',
  ' ',
  '.',
  ',',
];

describe('the tagger on any input', () => {
  for (const [language, script] of LANGUAGES) {
    it(`${language}-${script}: never throws, and every span lies inside the text and matches it`, () => {
      const grammar = timeLanguageFor(language, script);
      const text = fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 40 }).map((w) => w.join(' ')),
      );
      fc.assert(
        fc.property(
          text,
          fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
          (t, d) => {
            const found = tagSentence(t, { start: 0, end: t.length }, d.toISOString().slice(0, 10), grammar);
            for (const m of found) {
              expect(m.start).toBeGreaterThanOrEqual(0);
              expect(m.end).toBeLessThanOrEqual(t.length);
              expect(m.start).toBeLessThan(m.end);
              expect(t.slice(m.start, m.end)).toBe(m.text);
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it('100 KB of digits, dashes and month names finishes quickly (no catastrophic backtracking)', () => {
    const chunk = '14-15-16 қараша 2025-2026 ноября 30 November - 1 2 3 жылдар 90-шы ';
    const text = chunk.repeat(Math.ceil(100_000 / chunk.length));
    for (const [language, script] of LANGUAGES) {
      const started = performance.now();
      tagSentence(text, { start: 0, end: text.length }, '2025-11-15', timeLanguageFor(language, script));
      // Generous: linear matching takes tens of milliseconds; backtracking would take minutes.
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });
});
