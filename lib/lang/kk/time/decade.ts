import type { KkScriptLexicon } from '../lexicon';
import type { ParsedTime, TimeParser } from '../../../time/parser';

/**
 * A decade: `90-шы жылдар`, `1990-шы жылдардан бастап` (since), `2000 жылдарға дейін` (until). EDTF writes a
 * decade as `199X`; "since" and "until" make it an open interval (`199X/..`, `../199X`).
 */
export function decadeParser(lex: KkScriptLexicon): TimeParser {
  const yearStem = lex.words.year[0] ?? '';
  const since = lex.words.since.join('|');
  const until = lex.script === 'Latn' ? 'deiın' : 'дейін';
  const plural = lex.script === 'Latn' ? '[dt]ar' : '[дт]ар';
  const source =
    `(?<![\\p{L}\\p{N}])(?<digits>\\d{2}|\\d{4})${lex.digitOrdinal}?\\s+${yearStem}${plural}[\\p{L}]*` +
    `(?:\\s+(?:(?<since>${since})|(?<until>${until})))?(?![\\p{L}])`;
  return {
    name: `parser/kk/Decade${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: /\d/,
    extract(m): ParsedTime | null {
      const digits = m.groups?.digits ?? '';
      let decade: string;
      if (digits.length === 2) {
        if (!digits.endsWith('0')) return null;
        // `90-шы жылдар` in a news text means the 1990s; `20-шы жылдар` the 2020s only when it cannot be past.
        decade = `${Number(digits) >= 30 ? '19' : '20'}${digits[0]}X`;
      } else {
        if (!digits.endsWith('0')) return null;
        decade = `${digits.slice(0, 3)}X`;
      }
      const stated = { year: true, month: false, day: false };
      if (m.groups?.since) return { value: `${decade}/..`, kind: 'decade', stated };
      if (m.groups?.until) return { value: `../${decade}`, kind: 'decade', stated };
      return { value: decade, kind: 'decade', stated };
    },
  };
}
