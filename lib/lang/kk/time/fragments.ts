import { inflected } from '../morphology';
import { KK_NUMBER_WORDS, KK_ORDINAL_NUMBER_WORDS, kkNumberValue } from '../numerals';
import type { KkScriptLexicon } from '../lexicon';

/** Regex fragments shared by the Kazakh parsers, built once per script from the lexicon. */
export interface KkFragments {
  lex: KkScriptLexicon;
  /** Any inflected month word. */
  month: string;
  /** A day 1-31 in digits with an optional ordinal ending (14, 14-і, 11-інші), or in words (он бірінші). */
  day: (name: string) => string;
  /** A year in digits (2025, 2020-сыншы) or words (екі мың жиырмасыншы), captured under `name`. */
  year: (name: string) => string;
  /** A count in digits or words (3, үш, жиырма бес), captured under `name`. */
  count: (name: string) => string;
  /** A year word after a year: жыл, жылы, жылғы, жылдың, ж. */
  yearWord: string;
  /**
   * A year word that ties the year to what follows (`2025 жылғы 14 қарашада`, `2013 жылдың қаңтарында`). `2021
   * жылы қыркүйекте` ("in 2021, in September") is two expressions: `жылы` is an adverb of its own.
   */
  yearLink: string;
  /** `күні`, `күндері` after a date. */
  daysWord: string;
  dash: string;
  word: (key: keyof KkScriptLexicon['words']) => string;
}

const cache = new Map<string, KkFragments>();

export function kkFragments(lex: KkScriptLexicon): KkFragments {
  const hit = cache.get(lex.script);
  if (hit) return hit;
  const word = (key: keyof KkScriptLexicon['words']) => inflected(lex.words[key], lex.suffixes);
  const yearStem = lex.words.year[0] ?? '';
  // Number words exist in the lexicon for Cyrillic only; Latin-script text writes numbers in digits.
  const words = lex.script === 'Cyrl' ? `|${KK_NUMBER_WORDS}` : '';
  const f: KkFragments = {
    lex,
    month: inflected(lex.months, lex.suffixes),
    // A day in words is an ordinal (`он бірінші мамыр`); a cardinal word before a month is a count (`бір қазан`).
    day: (name) =>
      `(?<${name}>(?:[12]\\d|3[01]|0?[1-9])${lex.digitOrdinal}?${lex.script === 'Cyrl' ? `|${KK_ORDINAL_NUMBER_WORDS}` : ''})`,
    year: (name) => `(?<${name}>\\d{4}${lex.digitOrdinal}?${words})`,
    count: (name) => `(?<${name}>\\d{1,3}(?:[.,]\\d)?${words})`,
    yearWord: `(?:${inflected(lex.words.year, lex.suffixes)}|${yearStem.charAt(0)}\\.)`,
    yearLink:
      lex.script === 'Latn'
        ? `(?:${yearStem}(?:[ğg][yı]|[dt][yı]ñ|[yı]n[yı]ñ)|${yearStem.charAt(0)}\\.)(?![\\p{L}])`
        : `(?:${yearStem}(?:[ғг][ыі]|[дт][ыі]ң|[ыі]н[ыі]ң)|${yearStem.charAt(0)}\\.)(?![\\p{L}])`,
    daysWord: word('day'),
    dash: '\\s*[-–—]\\s*',
    word,
  };
  cache.set(lex.script, f);
  return f;
}

/** The number in a captured day, year or count: digits (with any ordinal ending) or Kazakh number words. */
export function numberOf(captured: string | undefined): number | null {
  if (!captured) return null;
  const digits = /^(\d+)(?:[.,](\d))?/.exec(captured);
  if (digits) return digits[2] ? Number(`${digits[1]}.${digits[2]}`) : Number(digits[1]);
  return kkNumberValue(captured)?.value ?? null;
}
