import { describe, expect, it } from 'vitest';
import { tagEn } from './expect-en';

/** A long input built from the pieces the patterns are made of, with no sentence breaks to cut it short. */
function hostileText(size: number): string {
  const pieces = [
    '1998',
    '-',
    '14',
    ' ',
    'November',
    '--',
    '2025-11-',
    '30',
    ' to ',
    'Nov.',
    '12-',
    '3',
    ' - ',
    '1990s',
    ' ',
    'two',
  ];
  let text = '';
  for (let i = 0; text.length < size; i++) text += pieces[(i * 7 + (i >> 3)) % pieces.length];
  return text;
}

describe('no catastrophic backtracking', () => {
  it('tags 100 KB of digits, dashes and month names in well under a second', () => {
    const text = hostileText(100_000);
    const started = performance.now();
    const found = tagEn(text, '2025-11-14');
    const elapsed = performance.now() - started;
    expect(found.every((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)).toBe(true);
    expect(elapsed).toBeLessThan(1000);
  });

  it('tags 100 KB of words that almost make durations and weekdays in well under a second', () => {
    const text = 'the past several about nearly more than twenty four of last next early late Friday '.repeat(1200);
    const started = performance.now();
    tagEn(text, '2025-11-14');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
