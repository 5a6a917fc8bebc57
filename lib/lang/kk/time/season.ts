import { KK_SEASONS } from '../time-words';
import type { KkScriptLexicon } from '../lexicon';
import { parseIsoDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { wordStems } from './prefilter';
import { kkFragments, numberOf } from './fragments';

// Season words are short and some are also verbs (жаз- "write") or part of other words (қысқа "short"), so only
// the forms a season takes are accepted: in, of, to, from, the attributive -ғы/-гі, and the possessive.
const CYRL_FORMS =
  '(?:[дт][ае]|[ғгқк][ыі]|н?[ыі]|[ыі]?н(?:[дт][ае](?:ғ[ыі]|г[іы])?)?|[дтн][ыі]ң|[ыі]н[ыі]ң|[дт][ае]н|[ыі]?н[ае]н|[ғг][ае])?';
const LATN_FORMS = '(?:[dt][ae]|[ğgqk][yı]|n?[yı]|[yı]?n(?:[dt][ae])?|[dtn][yı]ñ|[dt][ae]n|[ğg][ae])?';

/** A season, with a year if one is given: `жазда`, `көктемгі`, `2024 жылдың күзінде`, `қыс`. EDTF 21-24. */
export function seasonParser(lex: KkScriptLexicon): TimeParser {
  const f = kkFragments(lex);
  const latn = lex.script === 'Latn';
  const stems = KK_SEASONS.map(([c, l]) => (latn ? l : c));
  const source = `(?<![\\p{L}\\p{N}])(?:${f.year('year')}\\s*-?\\s*${f.yearWord}\\s+)?(?<season>${stems.join('|')})${latn ? LATN_FORMS : CYRL_FORMS}(?![\\p{L}])`;
  return {
    name: `parser/kk/Season${latn ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: wordStems(stems),
    extract(m, ctx): ParsedTime | null {
      const word = m[0].toLocaleLowerCase('kk');
      // `қысқа` is "short", `жазу`/`жазды` are "to write"/"wrote": not seasons.
      if (/(?:^|\s)(?:қысқа|qysqa)$/.test(word)) return null;
      const season = KK_SEASONS.find(([c, l]) => (latn ? l : c) === m.groups?.season?.toLocaleLowerCase('kk'));
      if (!season) return null;
      // A bare `жаз` is as likely the verb "write!" as "summer".
      if (!m.groups?.year && (word === 'жаз' || word === 'jaz')) return null;
      const stated = numberOf(m.groups?.year);
      const year = stated ?? parseIsoDate(ctx.referenceDate).year;
      return {
        value: `${year}-${season[2]}`,
        kind: 'season',
        stated: { year: stated !== null, month: false, day: false },
      };
    },
  };
}
