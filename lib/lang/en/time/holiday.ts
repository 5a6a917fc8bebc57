import { EN_HOLIDAY_NAMES, enHolidayRule, type HolidayRule } from '../holidays';
import { SP, WORD_END, WORD_START, anyOf } from '../pattern';
import { addDays, daysBetween, isoDate } from './fast-calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { weekdayOf } from './calendar-units';
import { YEAR, yearValue } from './fragments';
import { tenseAt } from './tense-at';
import { anchored } from './anchored-pattern';

/** Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher). */
export function easter(year: number): string {
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return isoDate(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

export function holidayDate(rule: HolidayRule, year: number): string {
  if ('fixed' in rule) return isoDate(year, rule.fixed[0], rule.fixed[1]);
  if ('easter' in rule) return addDays(easter(year), rule.easter);
  if (rule.nth > 0) {
    const first = isoDate(year, rule.month, 1);
    return addDays(first, ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.nth - 1));
  }
  const last = addDays(isoDate(rule.month === 12 ? year + 1 : year, (rule.month % 12) + 1, 1), -1);
  return addDays(last, -((weekdayOf(last) - rule.weekday + 7) % 7));
}

/**
 * A holiday: `Thanksgiving`, `Christmas Day`, `last Christmas`, `Easter 1998`, `Election Day`. The year is stated, or
 * the occurrence nearest the article date in the direction of `last`/`next` or the tense.
 */
export const holidayParser: TimeParser = {
  name: 'parser/en/Holiday',
  pattern: anchored(
    `${WORD_START}(?:(?<which>last|next|this|this${SP}past|this${SP}coming)${SP})?(?<name>${anyOf(EN_HOLIDAY_NAMES)})(?:,?${SP}(?<year>${YEAR}))?${WORD_END}`,
    {
      words: [
        'christmas',
        'new',
        'valentine',
        'independence',
        'july',
        'halloween',
        'veterans',
        'armistice',
        'thanksgiving',
        'labor',
        'memorial',
        'king',
        'presidents',
        'election',
        'easter',
        'good',
        'boxing',
      ],
      reach: 30,
    },
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const rule = enHolidayRule(g.name ?? '');
    if (!rule || !/^\p{Lu}/u.test((g.name ?? '').replace(/^the\s+/i, ''))) return null;
    const stated = yearValue(g.year);
    const ref = Number(ctx.referenceDate.slice(0, 4));
    const which = (g.which ?? '').toLowerCase();
    const strict = which !== '' && which !== 'this';
    const direction = /last|past/.test(which) ? 'past' : /next|coming/.test(which) ? 'future' : tenseAt(ctx, m.index);
    let best = holidayDate(rule, stated ?? ref);
    if (stated === null) {
      const options = [ref - 1, ref, ref + 1].map((y) => holidayDate(rule, y));
      const allowed = options.filter((d) => {
        const delta = daysBetween(ctx.referenceDate, d);
        if (direction === 'past') return strict ? delta < 0 : delta <= 0;
        return direction === 'future' ? (strict ? delta > 0 : delta >= 0) : true;
      });
      best =
        allowed.sort(
          (a, b) => Math.abs(daysBetween(ctx.referenceDate, a)) - Math.abs(daysBetween(ctx.referenceDate, b)),
        )[0] ?? best;
    }
    return { value: best, kind: 'date', stated: { year: stated !== null, month: true, day: true } };
  },
};
