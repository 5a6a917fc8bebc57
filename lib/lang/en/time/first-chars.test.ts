import { describe, expect, it } from 'vitest';
import { firstChars } from './first-chars';
import { EN_PARSERS } from './index';

/** The ASCII characters a pattern's matches can start with, as a string in code order. */
function firsts(source: string, flags = 'giu'): string | null {
  const found = firstChars(source, flags);
  return found ? [...found.first].map((on, c) => (on ? String.fromCharCode(c) : '')).join('') : null;
}

/** Whether a match may start with the two characters of `two`. */
function pairAllowed(source: string, two: string, flags = 'giu'): boolean {
  const found = firstChars(source, flags);
  if (!found) throw new Error('no prefilter');
  return found.pairs[two.charCodeAt(0) * 128 + two.charCodeAt(1)] === 1;
}

describe('firstChars', () => {
  it('reads alternatives, optional parts and lookarounds', () => {
    expect(firsts('(?<![\\p{L}\\p{N}])(?:the[ \\t]+)?year-(?:earlier|ago)')).toBe('TYty');
    expect(firsts('(?=\\d)(?:early|late)?\\d{4}', 'gu')).toBe('0123456789el');
    expect(firsts('a*b', 'gu')).toBe('ab');
    expect(firsts('(?:a|b?)c', 'gu')).toBe('abc');
  });

  it('folds case under the i flag, and keeps the ASCII letters that `ſ` and the Kelvin sign fold to', () => {
    expect(firsts('x', 'gu')).toBe('x');
    expect(firsts('x', 'giu')).toBe('Xx');
    expect(firsts('\\u017f', 'giu')).toBe('Ss');
    expect(firsts('[\\u2100-\\u2200]', 'giu')).toBe('Kk');
  });

  it('reads classes, negated ones and escapes as wide as they can be', () => {
    expect(firsts('[a-c\\d]', 'gu')).toBe('0123456789abc');
    expect(firsts('[^a]', 'giu')?.includes('a')).toBe(false);
    expect(firsts('[^a]', 'giu')?.includes('A')).toBe(false);
    expect(firsts('[^a]', 'giu')?.includes('b')).toBe(true);
    expect(firsts('\\p{L}', 'gu')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
    expect(firsts('\\p{Lu}', 'gu')?.length).toBe(128);
    expect(firsts('\\u0041|\\x42|\\.', 'gu')).toBe('.AB');
  });

  it('pairs the first character with what can follow it', () => {
    const source = '(?:the[ \\t]+)?(?:one|two|\\d+)[ \\t]+years?';
    expect(pairAllowed(source, 'th')).toBe(true);
    expect(pairAllowed(source, 'tw')).toBe(true);
    expect(pairAllowed(source, 'ta')).toBe(false);
    expect(pairAllowed(source, '1 ')).toBe(true);
    expect(pairAllowed(source, '12')).toBe(true);
    expect(pairAllowed(source, '1a')).toBe(false);
    // A match one character long may be followed by anything.
    expect(pairAllowed('a|bc', 'a!', 'gu')).toBe(true);
    expect(pairAllowed('a|bc', 'b!', 'gu')).toBe(false);
  });

  it('keeps a negated class wide when a member was taken wider than it is', () => {
    // `\p{Lu}` is read as every character: its complement must not be read as none.
    expect(firsts('[^\\p{Lu}]', 'giu')?.length).toBe(128);
    expect(firsts('[^\\W]x', 'gu')?.length).toBe(128);
    expect(firsts('[^\\D]', 'gu')?.length).toBe(128);
    // Exact members complement exactly.
    expect(firsts('[^\\d\\s\\w]', 'gu')?.includes('a')).toBe(false);
    expect(firsts('[^\\d\\s\\w]', 'gu')?.includes('.')).toBe(true);
  });

  it('reads a character past the BMP as one, so that a quantifier after it applies to all of it', () => {
    expect(firsts('😀?ab', 'gu')).toBe('a');
    expect(firsts('\\uD83D\\uDE00?ab', 'gu')).toBe('a');
    expect(firsts('[😀-😂]?b', 'gu')).toBe('b');
  });

  it('gives no prefilter where it cannot be sure', () => {
    expect(firsts('\\p{N}', 'g')).toBeNull(); // without u, `\p{N}` is the letters p{N}
    expect(firsts('a', 'gv')).toBeNull();
    expect(firsts('a?')).toBeNull(); // matches the empty string
    expect(firsts('(a)\\1b')).toBeNull(); // a back reference
    expect(firsts('(?<x>a)\\k<x>')).toBeNull();
    expect(firsts('a(?')).toBeNull(); // not a pattern
  });

  it('reads every English parser', () => {
    for (const parser of EN_PARSERS) expect(firstChars(parser.pattern.source, 'giu'), parser.name).not.toBeNull();
  });
});
