import { anyOf, lowerSpaced, SP, WORD_END, WORD_START } from '../pattern';
import { EN_WEEKDAY, enWeekdayNumber } from '../weekdays';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { nearestWeekday } from './calendar-units';
import { DAY_PART, dayPartCode } from './day-parts';
import { tenseAt } from './tense-at';
import { anchored } from './anchored-pattern';

const WEEKDAY_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((d) => [
  d,
  `${d}s`,
]);

const WHICH = anyOf([
  'last',
  'next',
  'this past',
  'this coming',
  'this',
  'the previous',
  'the following',
  'the next',
  'early',
  'late',
  'earlier',
  'later',
]);
const NOTHING = { year: false, month: false, day: false };
// Built once, not per match (a regex literal in a function is a new object each time it is reached).
const CAPITALISED = /^\p{Lu}/u;

/**
 * A weekday, resolved to the nearest such day in the direction the tense implies: `on Tuesday`, `Friday's`,
 * `last Friday`, `next Tuesday`, `this coming Sunday`, `the previous Friday`, `early Tuesday`, `Friday morning`
 * (a TIMEX3 time: `…TMO`). Plural weekdays are recurrences: `Tuesday nights`, `on Mondays`.
 */
export const weekdayParser: TimeParser = {
  name: 'parser/en/Weekday',
  pattern: anchored(
    `${WORD_START}(?:(?<which>${WHICH})${SP})?` +
      `(?<weekday>${EN_WEEKDAY})(?<plural>s)?(?<possessive>['’]s)?(?:${SP}(?<part>${DAY_PART})(?<partPlural>s)?)?${WORD_END}`,
    { words: WEEKDAY_WORDS, reach: 20 },
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const weekday = enWeekdayNumber(g.weekday ?? '');
    if (weekday === null || !CAPITALISED.test(g.weekday ?? '')) return null;
    const code = g.part ? dayPartCode(g.part) : null;
    if (g.plural || g.partPlural) {
      const value = `XXXX-WXX-${weekday}${code ? `T${code}` : ''}`;
      return { value: null, kind: 'set', stated: NOTHING, timex: { type: 'SET', value } };
    }
    const which = lowerSpaced(g.which);
    let date: string;
    if (which === 'last' || which === 'this past' || which === 'the previous')
      date = nearestWeekday(ctx.referenceDate, weekday, 'past', true);
    else if (which === 'next' || which === 'the next' || which === 'the following')
      date = nearestWeekday(ctx.referenceDate, weekday, 'future', true);
    else if (which === 'this coming') date = nearestWeekday(ctx.referenceDate, weekday, 'future', true);
    else {
      // `Wednesday's ruling` names an event already known: the day is past (or today), whatever the clause's tense.
      // The tense is read only when it decides the day: not for the reference date's own weekday (today either way).
      const past = nearestWeekday(ctx.referenceDate, weekday, 'past');
      const future = g.possessive ? past : nearestWeekday(ctx.referenceDate, weekday, 'future');
      date = past === future || tenseAt(ctx, m.index) !== 'future' ? past : future;
    }
    if (code) return { value: date, kind: 'time', stated: NOTHING, timex: { type: 'TIME', value: `${date}T${code}` } };
    return { value: date, kind: 'date', stated: NOTHING };
  },
};
