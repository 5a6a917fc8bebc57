import { RU_UNIT, ruUnitOf } from '../units';
import { foldRu } from '../pattern';
import { addDays, isoWeek, pad, parseIsoDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { END, PART, START, WHICH, prep } from './fragments';
import { relativeShift } from './numbers';
import { openInterval } from './open-interval';

/** The year, month, week or day `shift` units from the reference date, as EDTF; null for units with no calendar. */
export function shiftedUnit(referenceDate: string, unit: string, shift: number): string | null {
  const ref = parseIsoDate(referenceDate);
  if (unit === 'year') return String(ref.year + shift);
  if (unit === 'week') return isoWeek(addDays(referenceDate, 7 * shift));
  if (unit === 'day') return addDays(referenceDate, shift);
  if (unit === 'month') {
    const months = ref.year * 12 + (ref.month - 1) + shift;
    return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`;
  }
  if (unit === 'decade') return `${String(Math.floor(ref.year / 10) + shift).padStart(3, '0')}X`;
  if (unit === 'century') return `${pad(Math.floor(ref.year / 100) + shift)}XX`;
  return null;
}

/**
 * This / last / next year, month, week, decade: `в прошлом году`, `в этом году`, `на следующей неделе`, `в
 * текущем месяце`, `в конце прошлой недели`, `прошлого года`, `с начала этого года`. A sports season (`в этом
 * сезоне`) is recognised with no value, and so are plurals and days: see below.
 */
export const relativeUnitParser: TimeParser = {
  name: 'parser/ru/RelativeUnit',
  pattern: new RegExp(`${START}${prep('p')}(?<part>${PART})(?<which>${WHICH})\\s+(?<unit>${RU_UNIT})${END}`, 'giu'),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const unit = ruUnitOf(g.unit ?? '');
    if (unit === null || unit === 'hour' || unit === 'minute' || unit === 'second') return null;
    const stated = { year: false, month: false, day: false };
    // `в прошлые годы` (plural) is vague; `в этот день`, `на следующий день` point to a day named earlier in the
    // text, not to the reference date.
    const plural = /(?:ые|ых|ыми|ие|их|ими|и)$/u.test(foldRu(g.which ?? ''));
    if (plural || unit === 'day') return { value: null, kind: 'vague', stated };
    const value = shiftedUnit(ctx.referenceDate, unit, relativeShift(g.which ?? ''));
    if (value === null) return { value: null, kind: 'vague', stated };
    return { value: openInterval(value, g.p), kind: 'relative', stated };
  },
};
