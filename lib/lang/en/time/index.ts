import type { TimeLanguage, TimeParser } from '../../../time/parser';
import { agoParser, yearAgoAdjectiveParser } from './ago';
import { centuryParser } from './century';
import { decadeParser } from './decade';
import { durationParser } from './duration';
import { holidayParser } from './holiday';
import { dayMonthParser, monthDayParser } from './month-day';
import { monthYearParser } from './month-year';
import { quarterParser, reportQuarterParser } from './quarter';
import { attachTimeToDay, joinRanges } from './refiners';
import { anchorToReportedQuarter } from './report-context';
import { relativeDayParser } from './relative-day';
import { relativeUnitParser } from './relative-unit';
import { seasonParser } from './season';
import { setParser } from './set';
import { theWeekendParser, theYearParser, weekOfParser } from './the-period';
import { timeOfDayParser } from './time-of-day';
import { vagueParser } from './vague';
import { weekdayParser } from './weekday';
import { yearParser } from './year';

/**
 * The English configuration. Every parser runs; where matches overlap the longer wins (refine.ts), so order here
 * matters only between matches of equal length: the more specific parser first. `set` comes before `duration`
 * (`$5 a year` is a recurrence, not a year), `ago` before `duration` (`a year earlier`), `quarter` before `year`.
 */
export const EN_PARSERS: readonly TimeParser[] = [
  monthDayParser,
  dayMonthParser,
  monthYearParser,
  holidayParser,
  quarterParser,
  reportQuarterParser,
  decadeParser,
  centuryParser,
  seasonParser,
  relativeUnitParser,
  theWeekendParser,
  weekOfParser,
  theYearParser,
  agoParser,
  yearAgoAdjectiveParser,
  setParser,
  durationParser,
  yearParser,
  relativeDayParser,
  weekdayParser,
  timeOfDayParser,
  vagueParser,
];

/**
 * Times are joined to their days before ranges are built, so `9 a.m. Tuesday` is one point; quarters are anchored
 * first, so a range sees the final values.
 */
export const EN_REFINERS: NonNullable<TimeLanguage['refiners']> = [
  anchorToReportedQuarter,
  attachTimeToDay,
  joinRanges,
];
