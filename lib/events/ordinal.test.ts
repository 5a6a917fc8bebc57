import { describe, expect, it } from 'vitest';
import { eventGrammarFor } from '../lang/registry';
import { ordinalBefore } from './ordinal';

// Each sentence is read with the ordinal words of its own language (the grammar's), as the pipeline does.
const language = (text: string) =>
  /[әғқңөұүіӘҒҚҢӨҰҮІ]/u.test(text) ? 'kk' : /\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en';
const at = (text: string, word: string): number | null => {
  const lang = language(text);
  return ordinalBefore(text, text.indexOf(word), eventGrammarFor(lang, lang === 'en' ? 'Latn' : 'Cyrl').ordinalWord);
};

describe('ordinalBefore', () => {
  it('reads the edition of a recurring event', () => {
    expect(at('the fifth Consultative Meeting', 'Consultative')).toBe(5);
    expect(at('XXI Форума межрегионального', 'Форума')).toBe(21);
    expect(at('Форумның XIX отырысы', 'отырысы')).toBe(19);
    expect(at('екінші отырысы', 'отырысы')).toBe(2);
  });

  it('does not read a person’s own count as the edition', () => {
    expect(at('Tokayev attended his first SCO summit', 'SCO')).toBeNull();
    expect(at('Для Токаева это второй очный саммит ШОС', 'саммит')).toBeNull();
    expect(at('алғашқы шетелдік сапарын Мәскеуге жасаған', 'сапарын')).toBeNull();
    expect(at('his first foreign visit', 'visit')).toBeNull();
    expect(at('Tokayev attended his first SCO summit', 'summit')).toBeNull();
  });
});
