import { parseIsoDate } from '../../../time/calendar';
import { foldRu } from '../pattern';
import { readNumeral } from '../read-numeral';
import { RU_TIME_WORDS } from '../time-words';

/** A day of the month from digits or an ordinal phrase (`двадцать пятого`), or null if it is not 1-31. */
export function readDay(digits: string | undefined, words: string | undefined): number | null {
  if (digits) return Number(digits);
  const n = words ? readNumeral(words) : null;
  return n && n.ordinal && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31 ? n.value : null;
}

/** A year written as digits or as an ordinal phrase (`две тысячи двадцать пятого`), or null. */
export function readYear(digits: string | undefined, words: string | undefined): number | null {
  if (digits) return Number(digits);
  const n = words ? readNumeral(words) : null;
  return n && n.ordinal && n.value >= 1000 && n.value <= 2999 ? n.value : null;
}

/** `этого`/`прошлого`/`следующего года` against the reference date: the year it names. */
export function relativeYear(word: string, referenceDate: string): number {
  return parseIsoDate(referenceDate).year + relativeShift(word);
}

/** -1 for "last" words, +1 for "next" words, 0 for "this". */
export function relativeShift(word: string): number {
  const w = foldRu(word);
  if ((RU_TIME_WORDS.previous as readonly string[]).includes(w)) return -1;
  if ((RU_TIME_WORDS.next as readonly string[]).includes(w)) return 1;
  return 0;
}

/** The year stated after a month or a date, read from the groups `<name>`, `<name>w`, `<name>rel`. */
export function statedYear(
  groups: Record<string, string | undefined>,
  name: string,
  referenceDate: string,
): number | null {
  if (groups[`${name}rel`]) return relativeYear(groups[`${name}rel`] ?? '', referenceDate);
  return readYear(groups[name], groups[`${name}w`]);
}
