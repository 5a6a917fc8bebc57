import { anyOf, fold, withoutFinal } from './pattern';

const NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// Print abbreviations (AP style writes `Sept.`); each is read only with its dot, or before a day number.
const ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ['jan', 1],
  ['feb', 2],
  ['febr', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
];

const MONTHS = new Map<string, number>([...NAMES.map((n, i) => [n, i + 1] as const), ...ABBREVIATIONS]);

/** A full month name (`November`). */
export const EN_MONTH_NAME = anyOf(NAMES);
/** A month name or an abbreviation (`Nov.`, `Nov`, `Sept.`): the dot is part of the match when present. */
export const EN_MONTH = `(?:${EN_MONTH_NAME}|${anyOf(ABBREVIATIONS.map(([a]) => a))}\\.?)`;

/** Month number (1-12) of a name or abbreviation, or null. */
export function enMonthNumber(word: string): number | null {
  return MONTHS.get(withoutFinal(fold(word), '.')) ?? null;
}

// Built once: a regex literal in a function is a new object on every call, and every month match asks.
const CAPITALISED = /^\p{Lu}/u;

/** `May`, `MAY`: a month word written as a proper noun. */
export function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word);
}
