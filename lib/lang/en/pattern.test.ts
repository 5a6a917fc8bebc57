import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, lowerSpaced, withoutFinal } from './pattern';

// The fast paths of these word helpers must give what their plain regex forms give, on any text.
const words = fc.string({
  unit: fc.constantFrom('a', 'B', 'z', '.', 's', "'", '’', ' ', '  ', '\t', '\n', '\u00a0', 'İ', 'é', 'K', '-', '1'),
  maxLength: 12,
});

describe('word helpers', () => {
  it('fold lower-cases and folds runs of spaces, as `toLowerCase().replace(/\\s+/g, " ").trim()`', () => {
    expect(fold('  Next   WEEK ')).toBe('next week');
    fc.assert(
      fc.property(words, (w) => {
        expect(fold(w)).toBe(w.toLowerCase().replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('lowerSpaced is `toLowerCase().replace(/\\s+/g, " ")`, and "" for nothing', () => {
    expect(lowerSpaced(undefined)).toBe('');
    expect(lowerSpaced('This  Past')).toBe('this past');
    fc.assert(
      fc.property(words, (w) => {
        expect(lowerSpaced(w)).toBe(w.toLowerCase().replace(/\s+/g, ' '));
      }),
      { numRuns: 2000 },
    );
  });

  it('withoutFinal drops one final ending, as `replace(/\\.$/, "")` does', () => {
    expect(withoutFinal('Nov.', '.')).toBe('Nov');
    expect(withoutFinal('Nov..', '.')).toBe('Nov.');
    expect(withoutFinal('mornings', 's')).toBe('morning');
    fc.assert(
      fc.property(words, (w) => {
        expect(withoutFinal(w, '.')).toBe(w.replace(/\.$/, ''));
        expect(withoutFinal(w, 's')).toBe(w.replace(/s$/, ''));
      }),
      { numRuns: 2000 },
    );
  });
});
