import { EN_MONTH_NAME, enMonthNumber, isCapitalised } from '../months';
import { anyOf, lowerSpaced, SP, WORD_END, WORD_START } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { yearMonth } from './calendar-units';
import { nearestYearOfMonth } from './nearest-year';
import { MONTH, YEAR, yearValue } from './fragments';
import { tenseAt } from './tense-at';
import { anchored } from './anchored-pattern';
import { MONTH_WORDS } from './fragments';

const PART = anyOf([
  'early',
  'late',
  'mid',
  'the beginning of',
  'the end of',
  'the middle of',
  'the start of',
  'the first half of',
  'the second half of',
  'the last half of',
  'the rest of',
]);
const WHICH = anyOf([
  'last',
  'next',
  'this past',
  'this coming',
  'this',
  'past',
  'the past',
  'the previous',
  'the following',
]);

/**
 * A month, with or without a year: `November 2025`, `Nov. 2025`, `January nineteen ninety-seven`, `November`,
 * `last November`, `early December`, `late-November`, `mid-November`, `the end of November`, `June last year`.
 * A month named alone takes the nearest year, moved by tense; `last`/`next` step to the previous/next one.
 */
export const monthYearParser: TimeParser = {
  name: 'parser/en/MonthYear',
  pattern: anchored(
    `${WORD_START}(?:(?<part>${PART})(?:-|${SP}))?(?:(?<which>${WHICH})${SP})?` +
      `(?:(?<month>${EN_MONTH_NAME})|(?<abbr>${MONTH})(?=,?${SP}${YEAR}))` +
      `(?:,?${SP}(?:of${SP})?(?<year>${YEAR})|${SP}(?<rel>this|last|next)${SP}year)?${WORD_END}`,
    { words: MONTH_WORDS, reach: 45 },
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const word = g.month ?? g.abbr ?? '';
    const month = enMonthNumber(word);
    if (month === null || !isCapitalised(word)) return null;
    const ref = Number(ctx.referenceDate.slice(0, 4));
    const which = lowerSpaced(g.which);
    const rel = (g.rel ?? '').toLowerCase();
    let year = yearValue(g.year);
    const stated = { year: year !== null, month: true, day: false };
    if (year === null && rel) year = ref + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    if (year === null && which) {
      const refMonth = Number(ctx.referenceDate.slice(5, 7));
      if (/past|last|previous/.test(which)) year = month < refMonth ? ref : ref - 1;
      else if (/next|coming|following/.test(which)) year = month > refMonth ? ref : ref + 1;
      else year = ref;
    }
    // `May` at a sentence start with no year or modifier is more often the verb.
    if (year === null && !g.part && /^may$/i.test(word) && m.index === 0) return null;
    year ??= nearestYearOfMonth(month, ctx.referenceDate, () => tenseAt(ctx, m.index));
    return { value: yearMonth(year, month), kind: 'month', stated };
  },
};
