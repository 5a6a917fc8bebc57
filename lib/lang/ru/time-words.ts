import { adjective } from './adjectives';

/** Deictic words of Russian time expressions, by meaning (every form; the parsers fold case and `ё`). */
export const RU_TIME_WORDS = {
  /** "this": `в этом году`, `на этой неделе`, `в текущем месяце`, `в нынешнем году`. */
  thisOne: [
    'этот',
    'этого',
    'этому',
    'этим',
    'этом',
    'эта',
    'этой',
    'эту',
    'это',
    'эти',
    'этих',
    'сего',
    ...adjective('текущ'),
    ...adjective('нынешн', true),
  ],
  /** "last": `в прошлом году`, `на минувшей неделе`, `в прошедшем месяце`. */
  previous: [
    ...adjective('прошл'),
    ...adjective('минувш'),
    ...adjective('прошедш'),
    ...adjective('предыдущ'),
    ...adjective('истекш'),
  ],
  /** "next": `в следующем году`, `на будущей неделе`, `в наступающем году`. */
  next: [
    ...adjective('следующ'),
    ...adjective('будущ'),
    ...adjective('наступающ'),
    ...adjective('предстоящ'),
    ...adjective('грядущ'),
    ...adjective('очередн'),
  ],
  /** Before a count: "the last N years" (`последние пять лет`), "the next N years" (`ближайшие два года`). */
  lastN: adjective('последн', true),
  nextN: [
    ...adjective('ближайш'),
    ...adjective('следующ'),
    ...adjective('предстоящ'),
    ...adjective('грядущ'),
    ...adjective('будущ'),
  ],
  ago: ['назад', 'тому назад'],
  later: ['спустя', 'позже', 'позднее', 'ранее', 'раньше'],
  /** `каждый год`, `каждые два года`, `каждую неделю`. */
  every: adjective('кажд'),
} as const;

/**
 * Prepositions a NEREL DATE span starts with (`в 2009 году`, `с 2011 года`, `до трёх лет`, `через год`): spans
 * include them, as the annotators did; adverbs before them (`уже в`, `ещё в`, `начиная с`) stay outside, as there.
 */
export const RU_PREPOSITIONS = [
  'в',
  'во',
  'с',
  'со',
  'до',
  'по',
  'к',
  'ко',
  'от',
  'на',
  'за',
  'после',
  'около',
  'между',
  'перед',
  'накануне',
  'вплоть до',
  'не позднее',
  'не позже',
  'не ранее',
  'в течение',
  'в течении',
  'на протяжении',
  // A Latin `c` typed for the Cyrillic `с` (`c 2010 года`): same key, same look.
  'c',
];
