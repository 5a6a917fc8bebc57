import { describe, expect, it } from 'vitest';
import { formatEdtf } from './dates';

describe('formatEdtf', () => {
  it('gives days, months and intervals in the UI language', () => {
    expect(formatEdtf('2024-06', 'en')).toBe('June 2024');
    expect(formatEdtf('2025-11-14/2025-11-15', 'en')).toMatch(/November 14\s*–\s*15, 2025/);
  });

  it('names a season, which Intl cannot', () => {
    expect(formatEdtf('2024-22', 'en')).toBe('summer 2024');
    expect(formatEdtf('2024-23', 'ru')).toBe('осень 2024 г.');
    expect(formatEdtf('2024-21', 'kk')).toBe('2024 ж. көктемі');
  });

  it('gives back what it cannot read', () => {
    expect(formatEdtf('2024-99', 'en')).toBe('2024-99');
  });
});
