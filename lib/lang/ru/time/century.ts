import { foldRu } from '../pattern';
import { RU_ORDINAL_PHRASE, readNumeral } from '../read-numeral';
import { pad, parseIsoDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { PART, START, WHICH, prep } from './fragments';
import { relativeShift } from './numbers';
import { openInterval } from './open-interval';

// Roman numerals in Latin or look-alike Cyrillic letters (`XXI`, `ХХI`), or digits (`21 веке`).
const ROMAN = '[IVXLХІ]{1,6}';
const CENTURY_WORD = '(?:век(?:а|у|ом|е)?|вв?\\.)(?![\\p{L}])';

function romanValue(roman: string): number | null {
  const latin = roman.toUpperCase().replace(/Х/g, 'X').replace(/І/g, 'I');
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < latin.length; i++) {
    const v = values[latin[i] ?? ''] ?? 0;
    const next = values[latin[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/**
 * A century: `в XXI веке`, `XVIII века`, `в 21 веке`, `в начале XX века`, `в двадцать первом веке`, `в прошлом
 * веке`. EDTF writes the 21st century as `20XX`.
 */
export const centuryParser: TimeParser = {
  name: 'parser/ru/Century',
  pattern: new RegExp(
    `${START}${prep('p')}(?<part>${PART})(?:(?<roman>${ROMAN})(?:-?(?:го|м|й|ом))?|(?<digits>\\d{1,2})(?:-?(?:го|м|й))?|(?<words>${RU_ORDINAL_PHRASE})|(?<which>${WHICH}))\\s*${CENTURY_WORD}`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    let n: number | null = null;
    if (g.roman) n = romanValue(g.roman);
    else if (g.digits) n = Number(g.digits);
    else if (g.words) {
      const read = readNumeral(g.words);
      n = read?.ordinal ? read.value : null;
    } else if (g.which)
      n = Math.floor((parseIsoDate(ctx.referenceDate).year - 1) / 100) + 1 + relativeShift(foldRu(g.which));
    if (n === null || n < 1 || n > 30) return null;
    const value = `${pad(n - 1)}XX`;
    return { value: openInterval(value, g.p), kind: 'century', stated: { year: true, month: false, day: false } };
  },
};
