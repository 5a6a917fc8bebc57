import type { ParsedTime, TimeParser } from '../../../time/parser';
import { PERIOD_LEAD, START, YEAR_WORD, yearDigits } from './fragments';

/**
 * A span of years written with prepositions: `с 2001 по 2006 годы`, `с 1985 года по 1990 год`, `между 2001 и 2005
 * годами`, `с 1975 по 1977`.
 */
export const yearSpanParser: TimeParser = {
  name: 'parser/ru/YearSpan',
  pattern: new RegExp(
    `${START}${PERIOD_LEAD}(?:с|со|c|между|от)\\s+${yearDigits('y1')}(?:\\s*${YEAR_WORD})?\\s*,?\\s+(?:по|до|и)\\s+${yearDigits('y2')}(?:\\s*${YEAR_WORD})?(?![\\p{N}])`,
    'giu',
  ),
  extract(m): ParsedTime | null {
    const y1 = Number(m.groups?.y1);
    const y2 = Number(m.groups?.y2);
    if (y1 < 1000 || y2 > 2999 || y2 <= y1) return null;
    return { value: `${y1}/${y2}`, kind: 'range', stated: { year: true, month: false, day: false } };
  },
};
