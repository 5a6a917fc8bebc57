import { anyOf } from '../pattern';
import { RU_ORDINAL_PHRASE } from '../read-numeral';
import { RU_TIME_WORDS } from '../time-words';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { DASH, PART, START, YEAR_WORD, prep, yearDigits } from './fragments';
import { readYear } from './numbers';
import { openInterval } from './open-interval';

// `в текущем 2011 году`, `в нынешнем 2025 году`: a "this" before the number says nothing new.
const THIS = anyOf(RU_TIME_WORDS.thisOne);

/**
 * A year, or a span of years, with the year word: `в 2025 году`, `2025 г.`, `в 1997-м году`, `в начале 2017
 * года`, `в 2024–2025 годах`, `1996-1997гг.`, `в две тысячи двадцать пятом году`. A number alone is left to
 * bare-year.ts, which needs more context.
 */
export const yearParser: TimeParser = {
  name: 'parser/ru/Year',
  pattern: new RegExp(
    `${START}${prep('p')}(?<part>${PART})(?:(?:${THIS}\\s+)?${yearDigits('y1')}(?:(?:${DASH}|\\s*/\\s*)(?<y2>\\d{4}|\\d{2})(?:-?(?:го|м|й|х))?)?` +
      `|(?<w>${RU_ORDINAL_PHRASE}))\\s*${YEAR_WORD}`,
    'giu',
  ),
  extract(m): ParsedTime | null {
    const g = m.groups ?? {};
    const y1 = readYear(g.y1, g.w);
    if (y1 === null || y1 < 1000 || y1 > 2999) return null;
    const stated = { year: true, month: false, day: false };
    if (!g.y2) return { value: openInterval(String(y1), g.p), kind: 'year', stated };
    const y2 = g.y2.length === 2 ? Math.floor(y1 / 100) * 100 + Number(g.y2) : Number(g.y2);
    if (y2 <= y1) return null;
    return { value: `${y1}/${y2}`, kind: 'range', stated };
  },
};
