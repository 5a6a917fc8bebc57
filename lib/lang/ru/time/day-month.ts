import { ruMonthNumber } from '../months';
import { anyOf } from '../pattern';
import { inferYear, isoDate, isRealDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import {
  DASH,
  PREP,
  RU_MONTH_AFTER_DAY,
  RU_MONTH_OR_ABBREVIATION,
  RU_WEEKDAY,
  START,
  WHICH,
  day,
  prep,
  yearAfter,
} from './fragments';
import { readDay, statedYear } from './numbers';
import { openInterval } from './open-interval';

// A weekday or a relative day before a date names the same day: `в пятницу, 9 декабря`, `вчера, 9 мая 2019 года`.
// … with `минувший`, `этот` and the like: `в минувшую субботу, 17 сентября`, `в этот четверг 6 сентября`.
const LEAD = `(?:${PREP}(?:(?:${WHICH})\\s+)?(?:${RU_WEEKDAY}|${anyOf(['сегодня', 'вчера', 'завтра'])})\\s*(?:,|[-–—])?\\s*)?`;

/**
 * A day (or a range of days) and a month, with an optional year: `16 ноября`, `16 ноября 2025 года`, `14-15
 * ноября`, `30 ноября – 2 декабря`, `одиннадцатого ноября`, `в пятницу, 9 декабря 2016 года`. Without a year,
 * the year is the one nearest the reference date in the direction of the tense.
 */
export const dayMonthParser: TimeParser = {
  name: 'parser/ru/DayMonth',
  pattern: new RegExp(
    `${START}${LEAD}${prep('p')}${day('d1')}(?:\\s+(?<m1>${RU_MONTH_OR_ABBREVIATION}))?(?:${DASH}${day('d2')})?` +
      `\\s+(?<m2>${RU_MONTH_AFTER_DAY})(?![\\p{L}\\p{N}])${yearAfter('y')}?`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const d1 = readDay(g.d1, g.d1w);
    const d2 = g.d2 || g.d2w ? readDay(g.d2, g.d2w) : null;
    const month2 = ruMonthNumber(g.m2 ?? '');
    const month1 = g.m1 ? ruMonthNumber(g.m1) : month2;
    if (d1 === null || month1 === null || month2 === null) return null;
    if ((g.d2 || g.d2w) && d2 === null) return null;
    // `30 ноября – 2 декабря` needs both days; `14 ноября декабря` is not a date.
    if (g.m1 && d2 === null) return null;
    const stated = statedYear(g, 'y', ctx.referenceDate);
    // A stated year belongs to the last day: `30 декабря – 2 января 2026 года` starts in 2025.
    const crossesYear = d2 !== null && month2 < month1;
    const y = stated !== null ? stated - (crossesYear ? 1 : 0) : inferYear(month1, d1, ctx.referenceDate, ctx.tense);
    if (!isRealDate(y, month1, d1)) return null;
    const parts = { year: stated !== null, month: true, day: true };
    if (d2 === null) return { value: openInterval(isoDate(y, month1, d1), g.p), kind: 'date', stated: parts };
    const y2 = crossesYear ? y + 1 : y;
    if (!isRealDate(y2, month2, d2)) return null;
    const from = isoDate(y, month1, d1);
    const to = isoDate(y2, month2, d2);
    if (to <= from) return null;
    return { value: `${from}/${to}`, kind: 'range', stated: parts };
  },
};
