import { anyOf } from '../pattern';
import { RU_TIME_WORDS } from '../time-words';
import { addDays, parseIsoDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { END, START } from './fragments';
import { relativeShift } from './numbers';

const WHICH = anyOf([
  ...RU_TIME_WORDS.thisOne,
  ...RU_TIME_WORDS.previous,
  ...RU_TIME_WORDS.next,
  'ближайшие',
  'ближайших',
  'все',
]);

/** Saturday of the weekend nearest the reference date in the tense's direction, moved by `shift` weekends. */
function saturdayOf(referenceDate: string, tense: 'past' | 'future' | null, shift: number): string {
  const { year, month, day } = parseIsoDate(referenceDate);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
  let saturday = addDays(referenceDate, 6 - weekday); // this ISO week's Saturday
  if (tense === 'past' && weekday < 6) saturday = addDays(saturday, -7);
  return addDays(saturday, 7 * shift);
}

/**
 * A weekend: `в выходные`, `в минувшие выходные`, `на прошлых выходных`, `в ближайшие выходные`, `все выходные`,
 * `в выходные дни`. The value is its Saturday and Sunday; `по выходным` (every weekend) is a set (set.ts).
 */
export const weekendParser: TimeParser = {
  name: 'parser/ru/Weekend',
  pattern: new RegExp(
    `${START}(?:(?:в|во|на|до|после|к)\\s+)?(?:(?<which>${WHICH})\\s+)?выходн(?:ые|ых|ым)(?:\\s+дн(?:и|ей|ям))?${END}`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    if (!g.which && !/^(?:в|во|на|до|после|к)\s/iu.test(m[0])) return null; // `выходные` alone may be a noun phrase
    const shift = g.which ? relativeShift(g.which) : 0;
    const saturday = saturdayOf(ctx.referenceDate, shift === 0 ? ctx.tense : null, shift);
    return {
      value: `${saturday}/${addDays(saturday, 1)}`,
      kind: 'range',
      stated: { year: false, month: false, day: false },
    };
  },
};
