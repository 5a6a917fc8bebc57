import { RU_MONTH, RU_MONTH_AFTER_DAY, RU_MONTH_OR_ABBREVIATION } from '../months';
import { anyOf } from '../pattern';
import { RU_ORDINAL_PHRASE } from '../read-numeral';
import { RU_PREPOSITIONS, RU_TIME_WORDS } from '../time-words';
import { RU_WEEKDAY } from '../weekdays';

/** Regex fragments shared by the Russian parsers, built once from the lexicons. Named groups are passed in. */

export const START = '(?<![\\p{L}\\p{N}])';
export const END = '(?![\\p{L}\\p{N}])';
export const DASH = '\\s*[-–—]\\s*';

/** "this / last / next" in any form: `этом`, `прошлого`, `следующей`, `текущем`, `минувшую`. */
export const WHICH = anyOf([...RU_TIME_WORDS.thisOne, ...RU_TIME_WORDS.previous, ...RU_TIME_WORDS.next]);

/** A leading preposition and space, optional: NEREL spans include it (`в 2009 году`, `с 1 марта`). */
export const PREP = `(?:${anyOf(RU_PREPOSITIONS)}\\s+)?`;
/** The same, captured: `с`/`начиная с` open an interval, `до`/`по` close one (see open-interval.ts). */
export const prep = (name: string) => `(?:(?<${name}>${anyOf(RU_PREPOSITIONS)})\\s+)?`;

/** "At the beginning / middle / end / first half of": `в начале июня`, `до конца 2014 года`, `с середины января`. */
export const PART =
  '(?:(?:самом\\s+|самого\\s+)?(?:начал[еауо]|середин[еыуой]|кон(?:це|ца|цу|ец)|' +
  '(?:перв|втор)(?:ой|ую|ая)\\s+половин[еыуа]|разгар[еау]?|исход[еау])\\s+)?';

/** `в период` before a span: `в период с 2003 по 2011 годы` (NEREL keeps it in the span). */
export const PERIOD_LEAD = '(?:в\\s+период\\s+)?';

/** A day number with an optional ordinal ending: `16`, `1-го`, `2-е`, `03`. */
export const dayDigits = (name: string) => `(?<${name}>[12]\\d|3[01]|0?[1-9])(?:-?(?:го|е|ое|ого|м|ом))?`;

/** A day as digits or as an ordinal in words (`одиннадцатого`, `двадцать пятого`); check with `readDay`. */
export const day = (name: string) => `(?:${dayDigits(name)}|(?<${name}w>${RU_ORDINAL_PHRASE}))`;

/**
 * The year word after digits: `году`, `года`, `год`, `г.`, `гг.`, and `2010г` written together. The dot of `г.` is
 * left out of the span, as NEREL does (it may also end the sentence).
 */
export const YEAR_WORD = '(?:год(?:а|у|ом|е|ы|ов|ах|ам)?|гг?)(?![\\p{L}\\p{N}])';

/** Four digits of a year, with an optional ordinal ending (`1945-го`, `в 1997-м`). */
export const yearDigits = (name: string) => `(?<${name}>\\d{4})(?:-?(?:го|м|й|ый|ом))?`;

// `этого`, `прошлого`, `следующего`, `текущего` (года): only the genitive follows a date.
const GENITIVE_WHICH = anyOf(
  [...RU_TIME_WORDS.thisOne, ...RU_TIME_WORDS.previous, ...RU_TIME_WORDS.next].filter((w) => w.endsWith('го')),
);

/** A year after a day and month or a month: `2025 года`, `2025 г.`, `2025`, `две тысячи двадцать пятого года`. */
export const yearAfter = (name: string) =>
  `(?:\\s+(?:${yearDigits(name)}(?:\\s*${YEAR_WORD})?|(?<${name}w>${RU_ORDINAL_PHRASE})\\s+год(?:а|у)|(?<${name}rel>${GENITIVE_WHICH})\\s+года|\\(\\d{4}\\)\\s+года))`;

export { RU_MONTH, RU_MONTH_AFTER_DAY, RU_MONTH_OR_ABBREVIATION, RU_WEEKDAY };
