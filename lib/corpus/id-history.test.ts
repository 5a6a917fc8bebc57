import { describe, expect, it } from 'vitest';
import { emptyHistory, movedTo, parseIdHistory, updateIdHistory } from './id-history';
import type { CorpusEvent } from './types';

const event = (id: string, sentences: Array<[string, number]>) =>
  ({ id, sources: sentences.map(([articleId, start]) => ({ articleId, start })) }) as unknown as CorpusEvent;

describe('what became of an event id', () => {
  const first = updateIdHistory(emptyHistory(), [
    event('visit', [
      ['a', 10],
      ['b', 20],
    ]),
    event('talks', [['a', 50]]),
  ]);

  it('an id that is still served has not moved', () => {
    expect(movedTo(first, 'visit')).toBeNull();
    expect(movedTo(first, 'never-served')).toBeNull();
  });

  it('a renamed event leads to its new id; a split one to both parts, the larger first; a removed one to nothing', () => {
    const next = updateIdHistory(first, [
      event('visit-kz-uz', [
        ['a', 10],
        ['b', 20],
        ['c', 5],
      ]),
      event('talks-1', [['x', 1]]),
    ]);
    expect(movedTo(next, 'visit')).toEqual(['visit-kz-uz']);
    expect(movedTo(next, 'talks')).toEqual([]);
    const split = updateIdHistory(first, [
      event('visit-a', [['a', 10]]),
      event('visit-b', [
        ['b', 20],
        ['a', 10],
      ]),
      event('talks', [['a', 50]]),
    ]);
    expect(movedTo(split, 'visit')).toEqual(['visit-b', 'visit-a']);
  });

  it('follows an id through several changes, and forgets the move when the id comes back', () => {
    const second = updateIdHistory(first, [
      event('visit-2', [
        ['a', 10],
        ['b', 20],
      ]),
      event('talks', [['a', 50]]),
    ]);
    const third = updateIdHistory(second, [
      event('visit-3', [
        ['a', 10],
        ['b', 20],
      ]),
      event('talks', [['a', 50]]),
    ]);
    expect(movedTo(third, 'visit')).toEqual(['visit-3']);
    expect(movedTo(third, 'visit-2')).toEqual(['visit-3']);
    const back = updateIdHistory(third, [
      event('visit', [
        ['a', 10],
        ['b', 20],
      ]),
      event('talks', [['a', 50]]),
    ]);
    expect(movedTo(back, 'visit')).toBeNull();
    expect(movedTo(back, 'visit-3')).toEqual(['visit']);
  });

  it('survives a round trip through JSON, and a damaged file is an empty history', () => {
    const next = updateIdHistory(first, [
      event('visit-kz-uz', [
        ['a', 10],
        ['b', 20],
      ]),
    ]);
    expect(parseIdHistory(JSON.stringify(next))).toEqual(next);
    expect(parseIdHistory('{"version":1,"current":[],"moved":null}')).toEqual(emptyHistory());
    expect(parseIdHistory('not json')).toEqual(emptyHistory());
    expect(movedTo(parseIdHistory('{"version":1,"current":{},"moved":{"__proto__":["x"]}}'), 'toString')).toBeNull();
  });
});
