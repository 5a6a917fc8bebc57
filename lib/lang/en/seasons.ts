import { anyOf, fold } from './pattern';

/** Seasons with their EDTF sub-year codes (21 spring … 24 winter; timex.ts maps them to `SP`, `SU`, `FA`, `WI`). */
const SEASONS = new Map<string, number>([
  ['spring', 21],
  ['summer', 22],
  ['fall', 23],
  ['autumn', 23],
  ['winter', 24],
]);

export const EN_SEASON = anyOf(SEASONS.keys());

export function enSeasonCode(word: string): number | null {
  return SEASONS.get(fold(word)) ?? null;
}
