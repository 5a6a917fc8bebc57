import { ruMonthNumber } from '../months';
import { pad } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { END, PERIOD_LEAD, RU_MONTH, START, dayDigits, yearAfter } from './fragments';
import { inferMonthYear } from './month-year';
import { statedYear } from './numbers';

/**
 * A span of months written with prepositions: `с февраля по май 2010 года`, `с сентября 2011 по апрель 2012`, `с 1
 * марта 2011 по декабрь 2015`, `в период с января по март`. A month without a year takes the other's.
 */
export const monthSpanParser: TimeParser = {
  name: 'parser/ru/MonthSpan',
  pattern: new RegExp(
    `${START}${PERIOD_LEAD}(?:с|со|c|от|между)\\s+(?:${dayDigits('d1')}\\s+)?(?<m1>${RU_MONTH})${END}${yearAfter('y1')}?\\s*,?\\s+(?:по|до|и)\\s+(?<m2>${RU_MONTH})${END}${yearAfter('y2')}?`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const month1 = ruMonthNumber(g.m1 ?? '');
    const month2 = ruMonthNumber(g.m2 ?? '');
    if (month1 === null || month2 === null) return null;
    const stated1 = statedYear(g, 'y1', ctx.referenceDate);
    const stated2 = statedYear(g, 'y2', ctx.referenceDate);
    const y2 =
      stated2 ??
      (stated1 !== null ? stated1 + (month2 < month1 ? 1 : 0) : inferMonthYear(month2, ctx.referenceDate, ctx.tense));
    const y1 = stated1 ?? (month2 < month1 ? y2 - 1 : y2);
    const from = g.d1 ? `${y1}-${pad(month1)}-${pad(Number(g.d1))}` : `${y1}-${pad(month1)}`;
    const to = `${y2}-${pad(month2)}`;
    if (to <= from.slice(0, 7)) return null;
    const stated = { year: stated1 !== null || stated2 !== null, month: true, day: Boolean(g.d1) };
    return { value: `${from}/${to}`, kind: 'range', stated };
  },
};
