import { KK_DAY_PARTS } from '../time-words';
import type { KkScriptLexicon } from '../lexicon';
import { pad } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';

/**
 * A time of day: `сағат 10-да`, `15:30-да`, `сағат 9.00`, and parts of the day (`таңертең`, `кешке`, `түнде`).
 * EDTF has no part-of-day value, so those keep a TIMEX3 value only.
 */
export function timeOfDayParser(lex: KkScriptLexicon): TimeParser {
  const latn = lex.script === 'Latn';
  const hour = lex.words.hour.join('|');
  const parts = latn ? [] : KK_DAY_PARTS.map(([w]) => w);
  const clock = `(?:(?<hourWord>${hour})\\s+)?(?<h>[01]?\\d|2[0-3])(?:[:.](?<min>[0-5]\\d))?(?:-?[\\p{L}]{1,4})?`;
  const source = `(?<![\\p{L}\\p{N}])(?:${clock}|(?<part>${[...parts]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|')}))(?![\\p{L}\\p{N}])`;
  return {
    name: `parser/kk/TimeOfDay${latn ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: latn ? /\d/ : /\d|таң|кеш|түн|түс|күндіз/iu,
    extract(m, ctx): ParsedTime | null {
      const g = m.groups ?? {};
      const stated = { year: false, month: false, day: false };
      if (g.part) {
        // `кешкі ас`, `таңғы ас`, `түскі ас`: a dinner, a breakfast, a lunch, not a time of day.
        if (/^\s+ас(?![\p{L}])/u.test(ctx.sentence.slice(m.index + m[0].length))) return null;
        const code =
          KK_DAY_PARTS.find(([w]) => w === g.part?.toLocaleLowerCase('kk').replace(/\s+/g, ' '))?.[1] ?? 'DT';
        return { value: null, kind: 'time', stated, timex: { type: 'TIME', value: `${ctx.referenceDate}T${code}` } };
      }
      // A bare number is not a time; it needs the word "сағат" (o'clock) or minutes (`15:30`).
      if (!g.hourWord && !g.min) return null;
      const value = `${ctx.referenceDate}T${pad(Number(g.h))}:${g.min ?? '00'}`;
      return { value, kind: 'time', stated, timex: { type: 'TIME', value } };
    },
  };
}
