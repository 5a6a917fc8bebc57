import { ruMonthNumber } from '../months';
import { inferYear, isoDate, isRealDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { END, PERIOD_LEAD, RU_MONTH_OR_ABBREVIATION, START, day, yearAfter } from './fragments';
import { readDay, statedYear } from './numbers';

// `с … по …` (from … to … inclusive), `с … до …`, `между … и …`, `от … до …`.
const OPEN = '(?<open>с|со|между|от)';
const CLOSE = '(?<close>по|до|и|на)';

/**
 * A range of days written with prepositions: `с 11 по 12 ноября`, `с 30 ноября по 2 декабря`, `с 19 апреля
 * 2018 года по 26 апреля 2018 года`, `в ночь с 4 на 5 января` (the night: both days). The first day may leave
 * out its month and year, which then come from the second.
 */
export const dayRangeParser: TimeParser = {
  name: 'parser/ru/DayRange',
  pattern: new RegExp(
    `${START}(?:в\\s+ночь\\s+)?${PERIOD_LEAD}${OPEN}\\s+${day('d1')}(?:\\s+(?<m1>${RU_MONTH_OR_ABBREVIATION})${END}${yearAfter('y1')}?)?` +
      `\\s*,?\\s+${CLOSE}\\s+${day('d2')}\\s+(?<m2>${RU_MONTH_OR_ABBREVIATION})${END}${yearAfter('y2')}?`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const d1 = readDay(g.d1, g.d1w);
    const d2 = readDay(g.d2, g.d2w);
    const month2 = ruMonthNumber(g.m2 ?? '');
    const month1 = g.m1 ? ruMonthNumber(g.m1) : month2;
    if (d1 === null || d2 === null || month1 === null || month2 === null) return null;
    const year2 = statedYear(g, 'y2', ctx.referenceDate);
    const year1 = statedYear(g, 'y1', ctx.referenceDate);
    const crossesYear = month2 < month1;
    const y1 =
      year1 ?? (year2 !== null ? year2 - (crossesYear ? 1 : 0) : inferYear(month1, d1, ctx.referenceDate, ctx.tense));
    const y2 = year2 ?? (crossesYear ? y1 + 1 : y1);
    if (!isRealDate(y1, month1, d1) || !isRealDate(y2, month2, d2)) return null;
    const from = isoDate(y1, month1, d1);
    const to = isoDate(y2, month2, d2);
    if (to <= from) return null;
    const stated = { year: year1 !== null || year2 !== null, month: true, day: true };
    return { value: `${from}/${to}`, kind: 'range', stated };
  },
};
