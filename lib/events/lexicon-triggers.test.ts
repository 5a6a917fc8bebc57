import { describe, expect, it } from 'vitest';
import { compileLexicon, findLexiconTriggers, literalHints } from './lexicon-triggers';

describe('literalHints', () => {
  it('gives the letters every alternative starts with', () => {
    expect(literalHints('talks|negotiations')).toEqual(['talks', 'negotiations']);
    expect(literalHints('visit(?:s|ed|ing)?')).toEqual(['visit']);
  });

  it('drops a letter a quantifier makes optional', () => {
    expect(literalHints('визиты?|саммит')).toEqual(['визит', 'саммит']);
    expect(literalHints('talks*')).toEqual(['talk']);
  });

  it('gives up when an alternative starts with a class or a group', () => {
    expect(literalHints('[вВ]изит')).toBeNull();
    expect(literalHints('(?:state )?visit')).toBeNull();
    expect(literalHints('ab|visit')).toBeNull();
  });
});

describe('findLexiconTriggers', () => {
  const lexicon = compileLexicon([{ pattern: 'визиты?|Саммит', type: 'visit' }]);

  it('still finds a match whose optional letter is absent, in any case', () => {
    const text = 'Визит состоялся. САММИТ прошёл.';
    const found = findLexiconTriggers(lexicon, text, { start: 0, end: text.length });
    expect(found.map((t) => text.slice(t.start, t.end))).toEqual(['Визит', 'САММИТ']);
  });

  it('skips a sentence that holds none of the letters', () => {
    const text = 'Переговоры прошли.';
    expect(findLexiconTriggers(lexicon, text, { start: 0, end: text.length })).toEqual([]);
  });
});
