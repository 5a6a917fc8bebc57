import { ruMonthNumber } from '../months';
import { inferYear, isoDate, isRealDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { PREP, RU_MONTH_AFTER_DAY, START, dayDigits, yearAfter } from './fragments';
import { statedYear } from './numbers';

/**
 * Several days of one month: `17 и 21 апреля`, `5, 6 и 8 мая 2025 года`. EDTF writes a set of dates as `{…}`
 * (all of them).
 */
export const dayListParser: TimeParser = {
  name: 'parser/ru/DayList',
  pattern: new RegExp(
    `${START}${PREP}(?<days>\\d{1,2}(?:\\s*,\\s*\\d{1,2})*\\s+и\\s+${dayDigits('last')})\\s+(?<month>${RU_MONTH_AFTER_DAY})(?![\\p{L}\\p{N}])${yearAfter('y')}?`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const month = ruMonthNumber(g.month ?? '');
    if (month === null) return null;
    const days = (g.days ?? '').split(/\s*,\s*|\s+и\s+/u).map((d) => Number.parseInt(d, 10));
    const stated = statedYear(g, 'y', ctx.referenceDate);
    const year = stated ?? inferYear(month, days[0] ?? 1, ctx.referenceDate, ctx.tense);
    if (days.some((d) => !isRealDate(year, month, d))) return null;
    const value = `{${days.map((d) => isoDate(year, month, d)).join(',')}}`;
    return { value, kind: 'date', stated: { year: stated !== null, month: true, day: true } };
  },
};
