import type { TimeParser } from '../../../time/parser';
import { agoParser } from './ago';
import { bareYearParser } from './bare-year';
import { centuryParser } from './century';
import { dateAdjectiveParser } from './date-adjective';
import { dayListParser } from './day-list';
import { dayMonthParser } from './day-month';
import { dayRangeParser } from './day-range';
import { decadeParser } from './decade';
import { durationAdjectiveParser } from './duration-adjective';
import { durationParser } from './duration';
import { holidayParser } from './holiday';
import { monthSpanParser } from './month-span';
import { monthYearParser } from './month-year';
import { numericDateParser } from './numeric-date';
import { quarterParser } from './quarter';
import { relativeDayParser } from './relative-day';
import { relativeUnitParser } from './relative-unit';
import { seasonParser } from './season';
import { setParser } from './set';
import { timeOfDayParser } from './time-of-day';
import { unitPartParser } from './unit-part';
import { outsideTitles } from './titles';
import { vagueAdverbParser, vagueParser } from './vague';
import { weekParser } from './week';
import { weekdayParser } from './weekday';
import { weekendParser } from './weekend';
import { yearSpanParser } from './year-span';
import { yearParser } from './year';

/**
 * The Russian configuration. Every parser runs; where two matches overlap the longer wins (refine.ts), so order
 * matters only between matches of equal length: the more specific parser comes first. In particular the year
 * parsers come before the duration parser (`за 2016 год` is a year, not 2016 years), and dates before sets.
 * No parser reads the start of a quoted title (titles.ts).
 */
export const RU_PARSERS: readonly TimeParser[] = (
  [
    dayRangeParser,
    dayMonthParser,
    dayListParser,
    numericDateParser,
    monthSpanParser,
    monthYearParser,
    yearSpanParser,
    decadeParser,
    centuryParser,
    yearParser,
    seasonParser,
    quarterParser,
    weekParser,
    relativeUnitParser,
    unitPartParser,
    relativeDayParser,
    weekdayParser,
    weekendParser,
    holidayParser,
    setParser,
    agoParser,
    durationParser,
    durationAdjectiveParser,
    dateAdjectiveParser,
    timeOfDayParser,
    vagueParser,
    vagueAdverbParser,
    bareYearParser,
  ] satisfies TimeParser[]
).map(outsideTitles);
