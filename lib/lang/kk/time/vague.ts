import type { KkScriptLexicon } from '../lexicon';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { wordStems } from './prefilter';

/**
 * Time words with no value of their own: `бүгінгі таңда` (nowadays), `соңғы жылдары` (in recent years), `сол күні`
 * (that day: it points back into the text, not to a date we know). Recognised so that they are marked as time,
 * never given a made-up date. `жақында` (recently, soon) and `қазіргі таңда` (at present) are left out: KazNERD's
 * annotators do not count them as dates, and neither places anything on a timeline.
 */
export function vagueParser(lex: KkScriptLexicon): TimeParser {
  const words =
    lex.script === 'Latn'
      ? ['bügıngı tañda', 'soñğy jyldary', 'osy künı', 'sol künı']
      : [
          'бүгінгі таңда',
          'соңғы жылдары',
          'соңғы күндері',
          'дәл осы күні',
          'осы күні',
          'сол күні',
          'ол күні',
          'бұл күн',
          'сол күннен',
        ];
  const source = `(?<![\\p{L}\\p{N}])(?:${words.map((x) => x.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`;
  return {
    name: `parser/kk/Vague${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: wordStems(words.map((x) => x.split(' ')[0] ?? x)),
    extract(): ParsedTime {
      return { value: null, kind: 'vague', stated: { year: false, month: false, day: false } };
    },
  };
}
