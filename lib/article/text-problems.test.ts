import { describe, expect, it } from 'vitest';
import { textProblems } from './text-problems';

describe('textProblems', () => {
  it('says nothing about ordinary text, tabs and line breaks included', () => {
    expect(textProblems('Тоқаев\tТашкентке барды.\r\nMirziyoyev — «Ташкент».')).toEqual([]);
  });

  it('names control characters and bidirectional overrides by code point', () => {
    expect(textProblems('Мәтін\u0001 ішінде\u001b[31m')).toEqual([
      'the text contains 2 control characters (U+0001, U+001B)',
    ]);
    const [bidi] = textProblems('\u202eтxt.exe\u202c және \u2067abc\u2069');
    expect(bidi).toMatch(/4 bidirectional control characters \(U\+202E, U\+202C, U\+2067, U\+2069\)/);
  });
});
