import { SP, WORD_END, WORD_START } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { addDays, isoWeek, weekdayOf } from './calendar-units';
import { periodValue } from './period-value';
import { tenseAt } from './tense-at';
import { DAY, MONTH, YEAR } from './fragments';
import { dayMonthValue } from './month-day';
import { prepositionTense } from '../tense';
import { anchored } from './anchored-pattern';

const NOTHING = { year: false, month: false, day: false };

/**
 * `the weekend` (`over the weekend`, `ahead of the weekend`): the nearest Saturday and Sunday in the direction of
 * the tense, the last one when there is none.
 */
export const theWeekendParser: TimeParser = {
  name: 'parser/en/TheWeekend',
  pattern: anchored(`${WORD_START}the${SP}weekend${WORD_END}`, { words: ['weekend'], reach: 12 }), // `the`, then spaces
  extract(m, ctx): ParsedTime {
    const ahead = /ahead\s+of\s+$|before\s+$/i.test(ctx.sentence.slice(Math.max(0, m.index - 12), m.index));
    const tense = ahead ? 'future' : tenseAt(ctx, m.index);
    const today = weekdayOf(ctx.referenceDate);
    const saturday =
      tense === 'future'
        ? addDays(ctx.referenceDate, (6 - today + 7) % 7)
        : addDays(ctx.referenceDate, today >= 6 ? 6 - today : -(today + 1));
    return {
      value: `${saturday}/${addDays(saturday, 1)}`,
      kind: 'range',
      stated: NOTHING,
      timex: { type: 'DATE', value: `${isoWeek(saturday)}-WE` },
    };
  },
};

const AFTER_PREPOSITION = /(?:^|[^\p{L}])(?:for|in|during|through|throughout|over|of|by|until)\s+$/iu;

/**
 * The article's year named as a unit: `the year`, `the fiscal year`, `the full year`, `year-end`, `year's end`,
 * `the end of the year`, and `the end of the month`. Earnings news reports `for the year ended Sept. 30`: a fiscal year
 * that ends on a stated day is a stretch of one year (`P1Y`); otherwise the year of the article.
 */
export const theYearParser: TimeParser = {
  name: 'parser/en/TheYear',
  pattern: anchored(
    `${WORD_START}(?:(?<end>(?:around${SP})?(?:(?<yearEnd>year(?:-|${SP})end|year['’]s${SP}end)|the${SP}(?:end|beginning|start|middle|rest)${SP}of${SP}the${SP}(?<unit>year|month)))` +
      `|(?<bare>the${SP}(?:(?:full|fiscal|calendar|whole|entire)${SP})?year)(?<ended>${SP}(?:ended|ending|to))?)${WORD_END}(?!-)`,
    { words: ['year', 'month'], reach: 30 },
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    // `the year` alone is a time only after a preposition: `for the year`, `in the year`, not `man of the year`.
    if (g.bare && !AFTER_PREPOSITION.test(ctx.sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
    if (g.ended) return { value: 'P1Y', kind: 'duration', stated: NOTHING, timex: { type: 'DURATION', value: 'P1Y' } };
    const year = Number(ctx.referenceDate.slice(0, 4));
    // `year-end` is the last day of the year: of this one, or of the last one when counted `since`.
    if (g.yearEnd) {
      const y = prepositionTense(ctx.sentence, m.index) === 'past' ? year - 1 : year;
      return { value: `${y}-12-31`, kind: 'date', stated: NOTHING };
    }
    return periodValue(ctx.referenceDate, (g.unit ?? 'year').toLowerCase() === 'month' ? 'month' : 'year', 0);
  },
};

/** `the week of March 6`: the ISO week that holds the day (TIMEX3 `2000-W10`). */
export const weekOfParser: TimeParser = {
  name: 'parser/en/WeekOf',
  pattern: anchored(
    `${WORD_START}the${SP}week${SP}of${SP}(?<month>${MONTH})${SP}?(?<day>${DAY})${WORD_END}(?:,?${SP}(?<year>${YEAR}))?`,
    { words: ['week'], reach: 4 },
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const day = dayMonthValue(ctx, g.month ?? '', g.day, undefined, g.year, m.index);
    if (!day?.value) return null;
    const week = isoWeek(day.value);
    return { value: week, kind: 'week', stated: day.stated, timex: { type: 'DATE', value: week } };
  },
};
