import { foldRu } from '../pattern';
import { inferYear, isoDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { END, START } from './fragments';
import { openInterval } from './open-interval';

/**
 * Holidays named after a preposition: `до Нового года`, `на Рождество`, `во время Рождества`, `в сочельник`, `до
 * рождественских каникул`, `к Пасхе`. New Year is 1 January (the one nearest the reference date in the tense's
 * direction); Christmas is 25 December or 7 January depending on the church, and Easter moves: no value for them.
 */
export const holidayParser: TimeParser = {
  name: 'parser/ru/Holiday',
  pattern: new RegExp(
    `${START}(?<p>в|во|на|до|к|ко|после|перед|накануне|во\\s+время|в\\s+канун)\\s+(?:(?<newYear>нов(?:ый|ого|ому|ым|ом)\\s+год(?:а|у|ом|е)?|новогодн\\p{L}+\\s+(?:праздник|каникул)\\p{L}*)|(?<other>рождеств(?:о|а|у|ом|е|енск\\p{L}+\\s+(?:праздник|каникул)\\p{L}*)|сочельник\\p{L}*|пасх(?:а|и|е|у|ой)|пасхальн\\p{L}+\\s+(?:праздник|каникул)\\p{L}*))${END}`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const stated = { year: false, month: false, day: false };
    if (g.other) return { value: null, kind: 'date', stated };
    if (/праздник|каникул/iu.test(g.newYear ?? '')) return { value: null, kind: 'date', stated };
    const p = foldRu(g.p ?? '');
    // `до Нового года` in a text looks ahead to the coming 1 January; `после Нового года` to the one just past.
    const tense = p === 'до' || p === 'к' || p === 'перед' ? 'future' : p === 'после' ? 'past' : ctx.tense;
    const year = inferYear(1, 1, ctx.referenceDate, tense);
    return { value: openInterval(isoDate(year, 1, 1), g.p), kind: 'date', stated };
  },
};
