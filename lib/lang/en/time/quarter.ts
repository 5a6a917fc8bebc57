import { lowerSpaced, SP, WORD_END, WORD_START } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { shiftQuarter } from './calendar-units';
import { YEAR, yearValue } from './fragments';
import { halfValue, lastCompletedQuarter, quarterValue } from './period-value';
import { tenseAt } from './tense-at';
import { anchored } from './anchored-pattern';

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};
const YEAR_REL = `(?<rel>this|last|next|the${SP}previous|the${SP}current)${SP}year['’]s`;

/**
 * A quarter or half of a year: `the third quarter`, `third-quarter`, `the fourth quarter of 1984`, `the 1988 third
 * quarter`, `fiscal second-quarter`, `this year's third quarter`, `the first half of 1990`. With no year, the year of
 * the article date, or the one before when a past-tense clause names a quarter that has not begun yet.
 */
export const quarterParser: TimeParser = {
  name: 'parser/en/Quarter',
  pattern: anchored(
    `${WORD_START}(?:(?:the|its|their|a)${SP})?(?:(?:${YEAR_REL}|(?:fiscal|calendar)(?:${SP}(?<fyear>${YEAR}))?|(?<year>${YEAR}))${SP})?` +
      `(?:(?:fiscal|calendar)(?:-|${SP}))?(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:-|${SP})(?:fiscal(?:-|${SP}))?(?<unit>quarter|half)` +
      `(?:${SP}of${SP}(?:(?:fiscal${SP})?(?<year2>${YEAR})|(?<rel2>this|last|next)${SP}year))?${WORD_END}`,
    { words: ['quarter', 'half'], reach: 60 },
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const ordWord = (g.ord ?? '').toLowerCase();
    const stated = yearValue(g.year ?? g.year2 ?? g.fyear);
    // `the last quarter` with no year is the previous quarter (relative-unit.ts), not the fourth.
    if ((ordWord === 'last' || ordWord === 'final') && stated === null) return null;
    const half = (g.unit ?? '').toLowerCase() === 'half';
    // `the last half of 1989` is the second half; `the final quarter` the fourth.
    const n = half && (ordWord === 'last' || ordWord === 'final') ? 2 : (ORDINALS[ordWord] ?? 0);
    if (half && n > 2) return null;
    const refYear = Number(ctx.referenceDate.slice(0, 4));
    const rel = (g.rel ?? g.rel2 ?? '').toLowerCase();
    let year = stated ?? (rel ? refYear + (/last|previous/.test(rel) ? -1 : rel === 'next' ? 1 : 0) : null);
    if (year === null) {
      const startMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
      const refMonth = Number(ctx.referenceDate.slice(5, 7));
      year = startMonth > refMonth && tenseAt(ctx, m.index) !== 'future' ? refYear - 1 : refYear;
    }
    const statedParts = { year: stated !== null, month: false, day: false };
    return half ? halfValue(year, n, statedParts) : quarterValue(year, n, statedParts);
  },
};

/**
 * A quarter named by its place in a report: `the quarter`, `the latest quarter`, `the latest period`, `the current
 * quarter`, `the year-ago quarter`, `the year-earlier period`, `the same period last year`. Earnings news reports the quarter just closed, so
 * `the quarter` is the last one completed by the article date; `year-ago` steps back four.
 */
export const reportQuarterParser: TimeParser = {
  name: 'parser/en/ReportQuarter',
  pattern: anchored(
    `${WORD_START}(?:(?:the|this|that|its|their)${SP}(?:(?<year>${YEAR})${SP})?|(?<rel>this|last|next)${SP}year['’]s${SP})(?:(?<which>latest|most${SP}recent|recent|current|just-ended|just${SP}ended|same|comparable|corresponding|(?:comparable${SP}|same${SP})?(?:year-earlier|year-ago|prior-year|year-before|year${SP}earlier|year${SP}ago))${SP})?` +
      `(?:fiscal${SP})?(?<unit>quarter|period)(?<ago>${SP}(?:a${SP}year${SP}(?:ago|earlier)|last${SP}year|of${SP}last${SP}year|the${SP}year${SP}before))?${WORD_END}`,
    { words: ['quarter', 'period'], reach: 50 },
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const which = lowerSpaced(g.which);
    const unit = (g.unit ?? '').toLowerCase();
    const stated = yearValue(g.year);
    const rel = (g.rel ?? '').toLowerCase();
    if (unit === 'period' && !g.ago && !stated && !rel && (!which || which === 'current' || which === 'same'))
      return null;
    const last = lastCompletedQuarter(ctx.referenceDate);
    // `the 1988 quarter`, `last year's quarter`: the quarter of the report, in the year named.
    if (stated !== null) return quarterValue(stated, last.quarter, { year: true, month: false, day: false });
    if (rel) return quarterValue(last.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), last.quarter);
    if (which === 'current' || /^this/i.test(m[0])) {
      const { year, quarter } = shiftQuarter(ctx.referenceDate, 0);
      return quarterValue(year, quarter);
    }
    const yearAgo = /year/.test(which) || g.ago ? 1 : 0;
    return quarterValue(last.year - yearAgo, last.quarter);
  },
};
