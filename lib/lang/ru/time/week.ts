import { RU_ORDINAL_PHRASE, readNumeral } from '../read-numeral';
import { pad, parseIsoDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { START, prep, yearAfter } from './fragments';
import { statedYear } from './numbers';

/**
 * A numbered week of a year: `на 46-й неделе`, `на сорок шестой неделе 2025 года`, `в 12-ю неделю`. EDTF and ISO
 * 8601 write it `2025-W46`; without a year, the reference year.
 */
export const weekParser: TimeParser = {
  name: 'parser/ru/Week',
  pattern: new RegExp(
    `${START}${prep('p')}(?:(?<digits>[1-9]|[1-4]\\d|5[0-3])-?(?:й|я|ю|ой|ую)|(?<words>${RU_ORDINAL_PHRASE}))\\s+недел(?:е|и|ю|я)(?![\\p{L}])${yearAfter('y')}?`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const n = g.digits ? Number(g.digits) : (readNumeral(g.words ?? '')?.value ?? 0);
    if (!Number.isInteger(n) || n < 1 || n > 53) return null;
    const stated = statedYear(g, 'y', ctx.referenceDate);
    const year = stated ?? parseIsoDate(ctx.referenceDate).year;
    return { value: `${year}-W${pad(n)}`, kind: 'week', stated: { year: stated !== null, month: false, day: false } };
  },
};
