import type { KkScriptLexicon } from '../lexicon';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { wordStems } from './prefilter';
import { kkFragments, numberOf } from './fragments';

/**
 * A year, or a span of years, with the year word: `2025 жылы`, `2020-сыншы жылы`, `2024-2025 жылдары`. A bare
 * four-digit number is not a year (`2030 стратегиясы`, `2025 доллар`).
 */
export function yearParser(lex: KkScriptLexicon): TimeParser {
  const f = kkFragments(lex);
  const source = `(?<![\\p{L}\\p{N}])${f.year('y1')}(?:${f.dash}${f.year('y2')})?\\s*-?\\s*${f.yearWord}`;
  return {
    name: `parser/kk/Year${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: wordStems(lex.words.year),
    extract(m): ParsedTime | null {
      const y1 = numberOf(m.groups?.y1) ?? NaN;
      const y2 = numberOf(m.groups?.y2);
      if (y1 < 1000 || y1 > 2999) return null;
      const stated = { year: true, month: false, day: false };
      if (y2 === null) return { value: String(y1), kind: 'year', stated };
      if (y2 <= y1) return null;
      return { value: `${y1}/${y2}`, kind: 'range', stated };
    },
  };
}
