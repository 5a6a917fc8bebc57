import { anyOf } from '../pattern';
import { RU_TIME_WORDS } from '../time-words';
import { RU_WEEKDAY, ruWeekdayNumber } from '../weekdays';
import { addDays, parseIsoDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser, Tense } from '../../../time/parser';
import { END, START } from './fragments';

const WHICH = anyOf([
  ...RU_TIME_WORDS.thisOne,
  ...RU_TIME_WORDS.previous,
  ...RU_TIME_WORDS.next,
  'ближайший',
  'ближайшую',
  'ближайшее',
]);

/** ISO weekday (1-7) of a date. */
function weekdayOf(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/**
 * The date of a weekday named from the reference date: the nearest such day in the direction of the tense (a
 * past clause: on or before the reference date; a future one: on or after it), or the one a `прошлый`/`следующий`
 * word picks. Without a tense, the nearest in either direction.
 */
export function weekdayDate(weekday: number, referenceDate: string, tense: Tense, shift: number): string {
  const today = weekdayOf(referenceDate);
  const back = -((today - weekday + 7) % 7);
  const forward = (weekday - today + 7) % 7;
  if (shift < 0) return addDays(referenceDate, back === 0 ? -7 : back);
  if (shift > 0) return addDays(referenceDate, forward === 0 ? 7 : forward);
  if (tense === 'past') return addDays(referenceDate, back);
  if (tense === 'future') return addDays(referenceDate, forward);
  return addDays(referenceDate, -back <= forward ? back : forward);
}

/**
 * A weekday: `в пятницу`, `в минувшую среду`, `в прошлый понедельник`, `в следующий вторник`, `до понедельника`,
 * `в ночь на воскресенье`. `среда` needs a preposition and the case a weekday takes (it is also "environment"), and a plural
 * (`по понедельникам`) is a set, left to set.ts.
 */
export const weekdayParser: TimeParser = {
  name: 'parser/ru/Weekday',
  pattern: new RegExp(
    `${START}(?:(?<p>в|во|на|до|с|со|к|ко|по|от|к\\s+концу|в\\s+ночь\\s+на)\\s+)?(?:(?<which>${WHICH})\\s+)?(?<day>${RU_WEEKDAY})${END}`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const weekday = ruWeekdayNumber(g.day ?? '');
    if (weekday === null) return null;
    const word = (g.day ?? '').toLocaleLowerCase('ru');
    if (/(?:ам|ям|ами|ями|ах|ях)$/.test(word)) return null;
    // `среда` is also "environment": `в среде экспертов` is not Wednesday; `в среду`, `до среды` are.
    if (weekday === 3 && (!g.p || !/^сред[уы]$/.test(word))) return null;
    if (g.p && /^по$/i.test(g.p)) return null;
    // A weekday in the nominative with nothing before it is a subject (`Суббота — сложный день`), not a date.
    if (!g.p && !g.which && /^(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)$/iu.test(word))
      return null;
    const which = (g.which ?? '').toLocaleLowerCase('ru').replace(/ё/g, 'е');
    const shift = (RU_TIME_WORDS.previous as readonly string[]).includes(which)
      ? -1
      : (RU_TIME_WORDS.next as readonly string[]).includes(which)
        ? 1
        : 0;
    const value = weekdayDate(weekday, ctx.referenceDate, ctx.tense, shift);
    return { value, kind: 'date', stated: { year: false, month: false, day: false } };
  },
};
