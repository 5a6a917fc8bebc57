import { anyOf, fold, withoutFinal } from './pattern';

const NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ['mon', 1],
  ['tue', 2],
  ['tues', 2],
  ['wed', 3],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['fri', 5],
  ['sat', 6],
  ['sun', 7],
];
const WEEKDAYS = new Map<string, number>(NAMES.map((n, i) => [n, i + 1] as const));

/** A weekday name (`Tuesday`). Abbreviations (`Sun.`, `Sat.`) are left out: they are also words and a newspaper. */
export const EN_WEEKDAY = anyOf(NAMES);
/** An abbreviated weekday with its dot, read only right before a month and day (`Fri., Oct. 13`). */
export const EN_WEEKDAY_ABBREVIATION = `(?:${anyOf(ABBREVIATIONS.map(([a]) => a))}\\.)`;

/** ISO weekday number (Monday 1 … Sunday 7) of a name, a plural (`Tuesdays`) or an abbreviation, or null. */
export function enWeekdayNumber(word: string): number | null {
  // Without its dot, then without a plural or possessive ending (by `endsWith`: a regex per call cost more).
  const f = withoutFinal(fold(word), '.');
  const w = f.endsWith("'s") || f.endsWith('’s') ? f.slice(0, -2) : withoutFinal(f, 's');
  return WEEKDAYS.get(w) ?? ABBREVIATIONS.find(([a]) => a === w)?.[1] ?? null;
}
