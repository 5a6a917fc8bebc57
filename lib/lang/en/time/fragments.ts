import { EN_MONTH } from '../months';
import {
  EN_COUNT,
  EN_ORDINAL,
  EN_ORDINAL_WORD,
  EN_YEAR_WORDS,
  enCountValue,
  enOrdinalValue,
  enYearWordsValue,
} from '../numbers';
import { anyOf, SP } from '../pattern';

/** Regex fragments shared by the English parsers (used with the `giu` flags). */

/** A day of the month in digits: `14`, `14th` (not the start of `14.5` or `14:30`). */
export const DAY_DIGITS = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:.,]\\d)';

/** A day of the month: `14`, `14th`, `fourteenth`; the caller checks that it is 1-31. */
export const DAY = `(?:${DAY_DIGITS}|${EN_ORDINAL})`;

/** A day in digits, or in words only after `the` (`the fifth of May`): ordinal words elsewhere are rarely days. */
export const DAY_BEFORE_MONTH = `(?:${DAY_DIGITS}|(?<=the${SP})${EN_ORDINAL_WORD})`;

/** A year in digits (`1998`, `’98` after a month) or in words (`nineteen ninety-six`). */
export const YEAR = `(?:(?:1[0-9]|20|21)\\d\\d(?![\\d%])|${EN_YEAR_WORDS})`;

/** A month, full or abbreviated. */
export const MONTH = EN_MONTH;

export const COUNT = `(?:${EN_COUNT})`;

/** `about`, `nearly`, `more than`: a hedge on a count or a date, part of the expression in TimeML. */
export const APPROX = anyOf([
  'about',
  'almost',
  'nearly',
  'some',
  'roughly',
  'approximately',
  'around',
  'only',
  'just',
  'barely',
  'at least',
  'at most',
  'more than',
  'less than',
  'fewer than',
  'no more than',
  'no less than',
  'up to',
  'over',
  'under',
  'well over',
  'close to',
  'upwards of',
]);

/** The number of a day, year or count matched by the fragments above, or null. */
export function dayValue(text: string | undefined): number | null {
  if (!text) return null;
  const digits = /^(\d{1,2})/.exec(text);
  const n = digits ? Number(digits[1]) : enOrdinalValue(text);
  return n !== null && n >= 1 && n <= 31 ? n : null;
}

export function yearValue(text: string | undefined): number | null {
  if (!text) return null;
  if (/^\d{4}$/.test(text)) return Number(text);
  return enYearWordsValue(text);
}

export function countValue(text: string | undefined): number | null {
  return text ? enCountValue(text) : null;
}

/** Month names and abbreviations as words: where the month parsers' matches are looked for (see anchored-pattern.ts). */
export const MONTH_WORDS: readonly string[] = [
  'jan',
  'feb',
  'febr',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
