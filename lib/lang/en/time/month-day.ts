import { enMonthNumber, isCapitalised } from '../months';
import { SP, WORD_END, WORD_START } from '../pattern';
import { EN_WEEKDAY, EN_WEEKDAY_ABBREVIATION } from '../weekdays';
import { isoDate, isRealDate } from './fast-calendar';
import { nearestYearOfDayIn } from './nearest-year';
import type { ParseContext, ParsedTime, TimeParser } from '../../../time/parser';
import { DASH_OR_TO } from './ranges';
import { DAY, DAY_BEFORE_MONTH, DAY_DIGITS, MONTH, YEAR, dayValue, yearValue } from './fragments';
import { tenseAt } from './tense-at';
import { anchored } from './anchored-pattern';
import { MONTH_WORDS } from './fragments';

const WEEKDAY = `(?:(?:${EN_WEEKDAY}|${EN_WEEKDAY_ABBREVIATION}),?${SP})?`;
const TAIL_YEAR = `(?:,?${SP}(?:of${SP})?(?<year>${YEAR}))?`;

/** A date with a day or a range of days in one month: the value, or null when the day is impossible. */
export function dayMonthValue(
  ctx: ParseContext,
  monthWord: string,
  d1Text: string | undefined,
  d2Text: string | undefined,
  yearText: string | undefined,
  index: number,
): ParsedTime | null {
  const month = enMonthNumber(monthWord);
  const d1 = dayValue(d1Text);
  const d2 = d2Text ? dayValue(d2Text) : null;
  if (month === null || d1 === null || (d2Text && d2 === null) || !isCapitalised(monthWord)) return null;
  const statedYear = yearValue(yearText);
  const year = statedYear ?? nearestYearOfDayIn(month, d1, ctx.referenceDate, () => tenseAt(ctx, index));
  if (!isRealDate(year, month, d1)) return null;
  const stated = { year: statedYear !== null, month: true, day: true };
  const from = isoDate(year, month, d1);
  if (d2 === null) return { value: from, kind: 'date', stated };
  if (!isRealDate(year, month, d2) || d2 <= d1) return null;
  return { value: `${from}/${isoDate(year, month, d2)}`, kind: 'range', stated };
}

/** `Nov. 14`, `November 14, 2025`, `Friday, Oct. 13`, `March eighth`, `November 14-15`, `Nov. 14 to 16, 1998`. */
export const monthDayParser: TimeParser = {
  name: 'parser/en/MonthDay',
  pattern: anchored(
    // Month and day may touch only where the month is abbreviated or the day is digits (`Nov.14`, `Nov14`), not
    // `Novemberthird`.
    `${WORD_START}${WEEKDAY}(?<month>${MONTH})(?:${SP}|(?<=\\.)|(?=\\d))(?<d1>${DAY})(?:${DASH_OR_TO}(?<d2>${DAY}))?${WORD_END}${TAIL_YEAR}${WORD_END}`,
    { words: MONTH_WORDS, reach: 16 },
  ),
  extract(m, ctx) {
    const g = m.groups ?? {};
    return dayMonthValue(ctx, g.month ?? '', g.d1, g.d2, g.year, m.index);
  },
};

/** `14 November 2025`, `the 14th of November`, `14-15 November`. */
export const dayMonthParser: TimeParser = {
  name: 'parser/en/DayMonth',
  pattern: anchored(
    `${WORD_START}${WEEKDAY}(?:the${SP})?(?<d1>${DAY_BEFORE_MONTH})(?:${DASH_OR_TO}(?<d2>${DAY_DIGITS}))?${SP}(?:of${SP})?(?<month>${MONTH})${WORD_END}${TAIL_YEAR}${WORD_END}`,
    { words: MONTH_WORDS, reach: 45 },
  ),
  extract(m, ctx) {
    const g = m.groups ?? {};
    return dayMonthValue(ctx, g.month ?? '', g.d1, g.d2, g.year, m.index);
  },
};
