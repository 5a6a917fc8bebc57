import { parseIsoDate } from './fast-calendar';
import type { ParsedTime } from '../../../time/parser';
import { addDays, isoWeek, shiftMonth, shiftQuarter, weekdayOf, yearMonth } from './calendar-units';

export type Period = 'year' | 'month' | 'week' | 'weekend' | 'quarter' | 'half' | 'decade' | 'century' | 'day';

const NOTHING = { year: false, month: false, day: false };

/**
 * The period `shift` units from the one that holds the reference date: this year (0), last month (-1), next week
 * (1). EDTF values where EDTF has them; TIMEX3 values (`1998-W07`, `1998-Q3`, `1998-W07-WE`) beside them.
 */
export function periodValue(referenceDate: string, period: Period, shift: number): ParsedTime {
  const ref = parseIsoDate(referenceDate);
  switch (period) {
    case 'day': {
      return { value: addDays(referenceDate, shift), kind: 'relative', stated: NOTHING };
    }
    case 'year':
      return { value: String(ref.year + shift), kind: 'relative', stated: NOTHING };
    case 'month': {
      const { year, month } = shiftMonth(referenceDate, shift);
      return { value: yearMonth(year, month), kind: 'relative', stated: NOTHING };
    }
    case 'week': {
      const week = isoWeek(addDays(referenceDate, 7 * shift));
      return { value: week, kind: 'week', stated: NOTHING, timex: { type: 'DATE', value: week } };
    }
    case 'weekend': {
      // The Saturday and Sunday of the week `shift` weeks away.
      const saturday = addDays(referenceDate, 7 * shift + 6 - weekdayOf(referenceDate));
      const value = `${saturday}/${addDays(saturday, 1)}`;
      return { value, kind: 'range', stated: NOTHING, timex: { type: 'DATE', value: `${isoWeek(saturday)}-WE` } };
    }
    case 'quarter': {
      const { year, quarter } = shiftQuarter(referenceDate, shift);
      return quarterValue(year, quarter);
    }
    case 'half': {
      const halves = ref.year * 2 + (ref.month > 6 ? 1 : 0) + shift;
      return halfValue(Math.floor(halves / 2), (halves % 2) + 1);
    }
    case 'decade': {
      const decade = Math.floor(ref.year / 10) + shift;
      return { value: `${decade}X`, kind: 'decade', stated: NOTHING };
    }
    case 'century': {
      const century = Math.floor(ref.year / 100) + shift;
      return { value: `${String(century).padStart(2, '0')}XX`, kind: 'century', stated: NOTHING };
    }
  }
}

/** A quarter as EDTF (`1998-35` for the third quarter) and TIMEX3 (`1998-Q3`). */
export function quarterValue(year: number, quarter: number, stated = NOTHING): ParsedTime {
  return {
    value: `${year}-${32 + quarter}`,
    kind: 'quarter',
    stated,
    timex: { type: 'DATE', value: `${year}-Q${quarter}` },
  };
}

/** A half year as EDTF (`1998-40`, `1998-41`: semestrals) and TIMEX3 (`1998-H1`). */
export function halfValue(year: number, half: number, stated = NOTHING): ParsedTime {
  return { value: `${year}-${39 + half}`, kind: 'quarter', stated, timex: { type: 'DATE', value: `${year}-H${half}` } };
}

/** The quarter a past-tense report most likely means by `the quarter`: the last one completed by the reference date. */
export function lastCompletedQuarter(referenceDate: string): { year: number; quarter: number } {
  return shiftQuarter(referenceDate, -1);
}

export { yearMonth };
