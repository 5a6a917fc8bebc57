import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle, readArticleText } from '../article/read-article';
import { analyseArticle } from './build-corpus';
import type { AnalysedArticle } from './types';

/** Every span the parser returns lies inside the text and is not inverted. */
function expectOffsetsInside({ article, times, events }: AnalysedArticle) {
  const n = article.text.length;
  const inside = (s: { start: number; end: number }, what: string) => {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), what).toBe(true);
    expect(s.start >= 0 && s.start <= s.end && s.end <= n, `${what} ${s.start}-${s.end} of ${n}`).toBe(true);
  };
  inside(article.titleSpan, 'title');
  inside(article.body, 'body');
  if (article.dateline) inside(article.dateline, 'dateline');
  article.sentences.forEach((s) => inside(s, 'sentence'));
  for (const t of times) {
    inside(t, 'time');
    expect(article.text.slice(t.start, t.end)).toBe(t.text);
  }
  for (const e of events) {
    inside(e.sentence, 'event sentence');
    inside(e.trigger, 'trigger');
  }
}

// Pieces that reach deep into the parser: dates, months in three languages, event words, brackets, bidi and
// control characters, so that arbitrary strings are not only noise that fails at the header.
const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '15 қараша',
    '14-15 қарашада',
    '2025 жылы',
    'ертең',
    'бүгін',
    '16 ноября',
    'вчера',
    'в 2025 году',
    'November 14',
    'next week',
    '2025-11-14',
    '14.11.2025',
    'мемлекеттік сапар',
    'брифинг өткізді',
    'провели переговоры',
    'held talks',
    'Тоқаев',
    'Мирзиёев',
    'Ташкент',
    'Astana',
    '(',
    ')',
    '[',
    ']',
    '«',
    '»',
    '.',
    '. ',
    '\n',
    '\r\n',
    '\t',
    '\u202e',
    '\u2066',
    '\u0000',
    '\u0007',
    '\ufeff',
    '🙂',
    'KAZINFORM –',
    'АСТАНА.',
    ' date 2025-11-15 ',
  ),
);
const body = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));
const header = fc.oneof(
  fc.constant(' date 2025-11-15 Тақырып\nАСТАНА. KAZINFORM – '),
  fc.constant(' date 2025-02-30 Bad\n'),
  fc.string({ maxLength: 30 }),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), body)
    .map(
      ([y, m, d, t]) =>
        ` date ${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} ${t}\n`,
    ),
);
const text = fc.tuple(header, body).map(([h, b]) => h + b);

// Inputs are at most a few KB: a healthy parser takes milliseconds; the bound is loose so a busy machine does not
// fail it, and tight enough to catch catastrophic backtracking.
const BOUND_MS = 3000;

describe('the parser on arbitrary input (fast-check)', () => {
  it('never throws, ends quickly, and every offset lies inside the text (from text)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const started = performance.now();
        const read = readArticleText('prop.txt', t);
        if (read.ok) expectOffsetsInside(analyseArticle(read.article));
        else expect(read.failure.reason.length).toBeGreaterThan(0);
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          text.map((t) => new TextEncoder().encode(t)),
        ),
        (bytes) => {
          const started = performance.now();
          const read = readArticle('prop.txt', bytes);
          if (read.ok) expectOffsetsInside(analyseArticle(read.article));
          expect(performance.now() - started).toBeLessThan(BOUND_MS);
        },
      ),
      { numRuns: 300 },
    );
  });
});
