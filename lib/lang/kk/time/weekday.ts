import { KK_WEEKDAYS_CYRL, KK_WEEKDAYS_LATN } from '../time-words';
import type { KkScriptLexicon } from '../lexicon';
import { addDays, isoWeekday } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { wordStems } from './prefilter';

/**
 * `сейсенбі күні`, `сенбіде`, `өткен жұмада`: the nearest such day in the direction the tense implies (a past
 * clause → the last one, a future clause → the next one, no tense → the nearest). `жұма` alone is also the Friday
 * prayer, so it needs `күні` or a case ending.
 */
export function weekdayParser(lex: KkScriptLexicon): TimeParser {
  const latn = lex.script === 'Latn';
  const days = latn ? KK_WEEKDAYS_LATN : KK_WEEKDAYS_CYRL;
  const day = latn ? 'kün[\\p{L}]*' : 'күн[\\p{L}]*';
  const forms = latn ? '(?:[dt][ae]|nıñ|ge|ğa|den|dan)?' : '(?:[дт][ае]|[нд][іы]ң|[гк]е|[ғқ]а|[дтн][ае]н|гі|ғы)?';
  const which = latn ? 'ötken|kelesı|osy' : 'өткен|келесі|осы|алдағы';
  const source = `(?<![\\p{L}\\p{N}])(?:(?<which>${which})\\s+)?(?<day>${days.join('|')})(?<form>${forms})(?:\\s+(?<kun>${day}))?(?![\\p{L}])`;
  return {
    name: `parser/kk/Weekday${latn ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: wordStems(days),
    extract(m, ctx): ParsedTime | null {
      const g = m.groups ?? {};
      const index = days.findIndex((d) => d === g.day?.toLocaleLowerCase('kk'));
      if (index < 0) return null;
      const friday = index === 4;
      if (friday && !g.kun && !g.form && !g.which) return null;
      const target = index + 1;
      const today = isoWeekday(ctx.referenceDate);
      const which = g.which?.toLocaleLowerCase('kk');
      const back = (today - target + 7) % 7 || 7;
      const ahead = (target - today + 7) % 7 || 7;
      let delta: number;
      if (which === 'өткен' || which === 'ötken' || (!which && ctx.tense === 'past')) delta = -back;
      else if (which === 'келесі' || which === 'алдағы' || which === 'kelesı' || (!which && ctx.tense === 'future'))
        delta = ahead;
      else delta = back <= ahead ? -back : ahead;
      if (target === today && !which) delta = 0;
      return {
        value: addDays(ctx.referenceDate, delta),
        kind: 'date',
        stated: { year: false, month: false, day: false },
      };
    },
  };
}
