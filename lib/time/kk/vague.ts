import type { KkScriptLexicon } from '../../lang/kk/lexicon';
import type { ParsedTime, TimeParser } from '../parser';

/**
 * Time words with no value of their own: `жақында` (recently / soon), `бүгінгі таңда`, `қазіргі таңда` (nowadays),
 * `соңғы жылдары` (in recent years). Recognised so that they are marked as time, never given a made-up date.
 */
export function vagueParser(lex: KkScriptLexicon): TimeParser {
  const words =
    lex.script === 'Latn'
      ? ['jaqynda', 'bügıngı tañda', 'qazırgı tañda', 'soñğy jyldary', 'soñğy kezde']
      : ['жақында', 'бүгінгі таңда', 'қазіргі таңда', 'соңғы жылдары', 'соңғы кезде', 'кейінгі кезде'];
  const source = `(?<![\\p{L}\\p{N}])(?:${words.map((x) => x.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`;
  return {
    name: `parser/kk/Vague${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    extract(): ParsedTime {
      return { value: null, kind: 'vague', stated: { year: false, month: false, day: false } };
    },
  };
}
