import { RU_CARDINALS } from './cardinals';
import { RU_ORDINALS } from './ordinals';
import { anyOf, foldRu } from './pattern';

interface NumeralWord {
  value: number;
  ordinal: boolean;
}

const WORDS = new Map<string, NumeralWord>();
for (const [value, list] of RU_CARDINALS) for (const f of list) WORDS.set(foldRu(f), { value, ordinal: false });
for (const [value, list] of RU_ORDINALS) for (const f of list) WORDS.set(foldRu(f), { value, ordinal: true });

const CARDINAL_FORMS = RU_CARDINALS.flatMap(([, list]) => list);
const ORDINAL_FORMS = RU_ORDINALS.flatMap(([, list]) => list);
// Inside an ordinal phrase the words before the last stay in the nominative: `две тысячи двадцать пятого`.
const NOMINATIVE_CARDINALS = RU_CARDINALS.map(([, list]) => list[0] ?? '').concat(['две', 'тысячи']);

/**
 * A count in words, one word or several (`двадцать пять`, `двух`, `полутора`); checked by `readNumeral`.
 */
export const RU_CARDINAL_PHRASE = `${anyOf(CARDINAL_FORMS)}(?:\\s+${anyOf(CARDINAL_FORMS)})*(?![\\p{L}\\p{N}])`;

/**
 * An ordinal in words, as days, years and centuries are written: `одиннадцатого`, `двадцать пятого`, `две тысячи
 * двадцать пятого`, `тысяча девятьсот девяностом`. The parts are checked by `readNumeral`, not by the pattern.
 */
export const RU_ORDINAL_PHRASE = `(?:${anyOf(NOMINATIVE_CARDINALS)}\\s+)*${anyOf(ORDINAL_FORMS)}(?![\\p{L}\\p{N}])`;

/**
 * The value of a numeral phrase and whether it ends in an ordinal (`двадцать пятого` = 25, ordinal), or null when
 * the words do not form one number (`пять два`, or an ordinal before its last word).
 */
export function readNumeral(phrase: string): { value: number; ordinal: boolean } | null {
  const words = foldRu(phrase).split(/\s+/).filter(Boolean);
  let total = 0;
  let group = 0;
  let lastPlace = Infinity; // place value of the previous word inside the group: 900 then 90 then 9
  for (const [i, word] of words.entries()) {
    const hit = WORDS.get(word);
    if (!hit) return null;
    if (hit.ordinal && i < words.length - 1) return null;
    if (hit.value === 1000 || hit.value === 2000) {
      if (total > 0) return null;
      total = (group || 1) * hit.value;
      group = 0;
      lastPlace = Infinity;
      continue;
    }
    const place = hit.value >= 100 ? 100 : hit.value >= 20 ? 10 : 1;
    if (place >= lastPlace || (place === 1 && hit.value >= 10 && lastPlace === 10)) return null;
    group += hit.value;
    lastPlace = hit.value >= 10 && hit.value < 20 ? 1 : place;
  }
  const last = WORDS.get(words[words.length - 1] ?? '');
  return { value: total + group, ordinal: last?.ordinal ?? false };
}
