import { RU_MONTH_ADJECTIVE, ruMonthOfAdjective } from '../months';
import { anyOf } from '../pattern';
import { RU_WEEKDAY_ADJECTIVE } from '../weekdays';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { END, START } from './fragments';

// Capitalised month adjectives name events (`Октябрьской революции`) or places (`в городе Октябрьский`): only
// the events count.
const EVENT_NOUN = anyOf([
  'революция',
  'революции',
  'революцию',
  'революцией',
  'переворот',
  'переворота',
  'путч',
  'путча',
  'восстание',
  'восстания',
  'события',
  'событий',
]);

/**
 * Adjectives made from a month or a weekday: `майских праздников`, `декабрьском заседании`, `Октябрьской
 * революции`, `субботней встречи`. NEREL counts them as DATE; they have no value of their own (the year is unknown).
 */
export const dateAdjectiveParser: TimeParser = {
  name: 'parser/ru/DateAdjective',
  pattern: new RegExp(`${START}(?:(?<month>${RU_MONTH_ADJECTIVE})|${RU_WEEKDAY_ADJECTIVE})${END}`, 'giu'),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const next = /^\s+(\p{L}+)/u.exec(ctx.sentence.slice(m.index + m[0].length))?.[1];
    const capitalised = /^\p{Lu}/u.test(m[0]) && m.index > 0;
    if (capitalised && !new RegExp(`^${EVENT_NOUN}$`, 'iu').test(next ?? '')) return null;
    if (g.month && ruMonthOfAdjective(g.month) === null) return null;
    return {
      value: null,
      kind: g.month ? 'month' : 'date',
      stated: { year: false, month: Boolean(g.month), day: false },
    };
  },
};
