import { inflected } from '../../lang/kk/morphology';
import type { KkScriptLexicon } from '../../lang/kk/lexicon';

/** Regex fragments shared by the Kazakh parsers, built once per script from the lexicon. */
export interface KkFragments {
  lex: KkScriptLexicon;
  /** Any inflected month word. */
  month: string;
  /** A day number 1-31 with an optional ordinal ending (14, 14-і, 11-інші), captured. */
  day: (name: string) => string;
  /** A year word after digits: жыл, жылы, жылғы, жылдың, ж. */
  yearWord: string;
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
  const f: KkFragments = {
    lex,
    month: inflected(lex.months, lex.suffixes),
    day: (name) => `(?<${name}>[12]\\d|3[01]|0?[1-9])${lex.digitOrdinal}?`,
    yearWord: `(?:${inflected(lex.words.year, lex.suffixes)}|${yearStem.charAt(0)}\\.)`,
    daysWord: word('day'),
    dash: '\\s*[-–—]\\s*',
    word,
  };
  cache.set(lex.script, f);
  return f;
}
