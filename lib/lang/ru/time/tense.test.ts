import { describe, expect, it } from 'vitest';
import { sentenceTense, tenseAfter, wordTense } from '../tense';

describe('Russian tense of a word', () => {
  it.each([
    ['прошёл', 'past'],
    ['заявила', 'past'],
    ['состоялось', 'past'],
    ['встретились', 'past'],
    ['подписали', 'past'],
    ['будет', 'future'],
    ['состоится', 'future'],
    ['планируется', 'future'],
    ['ожидается', 'future'],
    ['прибудет', 'future'],
    ['подпишут', 'future'],
  ])('%s is %s', (word, tense) => {
    expect(wordTense(word)).toBe(tense);
  });

  it.each(['посол', 'или', 'если', 'недели', 'визит', 'саммит', 'бюджет', 'около', 'Михаил', 'сообщает', 'заявляет'])(
    '%s is not a tensed verb we count',
    (word) => {
      expect(wordTense(word)).toBeNull();
    },
  );
});

describe('tense of a clause', () => {
  it('reads the verb nearest a date, sure forms first', () => {
    const s = 'Как сообщает пресс-служба, визит состоится 16 ноября.';
    expect(tenseAfter(s, s.indexOf('16 ноября') + 9)).toBe('future');
    const p = 'Посол заявил, что переговоры прошли 16 ноября.';
    expect(tenseAfter(p, p.indexOf('16 ноября') + 9)).toBe('past');
  });

  it('a verb opening the sentence counts, a capitalised name does not', () => {
    expect(sentenceTense('Состоялась встреча министров.')).toBe('past');
    expect(sentenceTense('Михаил Петров — посол.')).toBeNull();
  });
});
