import { anyOf, foldRu } from './pattern';

/**
 * Seasons in every case, with their EDTF season codes (21 spring, 22 summer, 23 autumn, 24 winter). `лета` and
 * `лет` are also forms of `год`: only `лето`, `летом`, `лету`, `лете` are taken for summer; `лета` only where a
 * parser has a date beside it.
 */
const SEASON_FORMS: Record<string, number> = {
  весна: 21,
  весны: 21,
  весне: 21,
  весну: 21,
  весной: 21,
  весною: 21,
  лето: 22,
  летом: 22,
  лету: 22,
  лете: 22,
  осень: 23,
  осени: 23,
  осенью: 23,
  зима: 24,
  зимы: 24,
  зиме: 24,
  зиму: 24,
  зимой: 24,
  зимою: 24,
};

/** Any season noun. */
export const RU_SEASON = anyOf(Object.keys(SEASON_FORMS));

/** EDTF season code (21-24) of a season noun, or null. */
export function ruSeasonCode(word: string): number | null {
  return SEASON_FORMS[foldRu(word)] ?? null;
}
