import { ruMonthNumber } from '../months';
import { pad, parseIsoDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser, Tense } from '../../../time/parser';
import { DASH, END, PART, RU_MONTH, START, prep, yearAfter } from './fragments';
import { statedYear } from './numbers';
import { openInterval } from './open-interval';

/** The year of a month named without one: the same month nearest the reference date, in the tense's direction. */
export function inferMonthYear(month: number, referenceDate: string, tense: Tense): number {
  const ref = parseIsoDate(referenceDate);
  if (tense === 'future' && month < ref.month - 1) return ref.year + 1;
  if (tense === 'past' && month > ref.month) return ref.year - 1;
  if (tense === null && month - ref.month > 6) return ref.year - 1;
  return ref.year;
}

/**
 * A month without a day: `в ноябре`, `в ноябре 2025 года`, `ноябрь 2025`, `в начале июня`, `в июне прошлого
 * года`, and two months: `в ноябре-декабре`, `январь — февраль 2015 года`, `в июле и августе 2019 года`. A
 * capitalised month word with nothing else around it is a name (`Марта`), not a month.
 */
export const monthYearParser: TimeParser = {
  name: 'parser/ru/MonthYear',
  pattern: new RegExp(
    `${START}${prep('p')}(?<part>${PART})(?<m1>${RU_MONTH})${END}(?:(?:${DASH}|\\s+(?:и|или)\\s+)(?<m2>${RU_MONTH})${END})?${yearAfter('y')}?`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const month1 = ruMonthNumber(g.m1 ?? '');
    const month2 = g.m2 ? ruMonthNumber(g.m2) : null;
    if (month1 === null) return null;
    const stated = statedYear(g, 'y', ctx.referenceDate);
    const bare = !g.p && !g.part && stated === null && !g.m2;
    // `Марта` alone is a name; `31 ноября` (an impossible date) is not November.
    if (bare && (/^\p{Lu}/u.test(g.m1 ?? '') || /\d\s*$/u.test(ctx.sentence.slice(Math.max(0, m.index - 4), m.index))))
      return null;
    const year = stated ?? inferMonthYear(month1, ctx.referenceDate, ctx.tense);
    const parts = { year: stated !== null, month: true, day: false };
    if (month2 !== null) {
      if (month2 <= month1) return null;
      return { value: `${year}-${pad(month1)}/${year}-${pad(month2)}`, kind: 'range', stated: parts };
    }
    return { value: openInterval(`${year}-${pad(month1)}`, g.p), kind: 'month', stated: parts };
  },
};
