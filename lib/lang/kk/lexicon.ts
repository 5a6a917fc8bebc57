import { KK_MONTHS_CYRL, KK_MONTHS_LATN } from './months';
import { KK_CYRL_SUFFIXES, KK_LATN_SUFFIXES } from './morphology';
import { KK_DIGIT_ORDINAL_CYRL, KK_DIGIT_ORDINAL_LATN, KK_TIME_WORDS } from './time-words';

type WordKey = keyof typeof KK_TIME_WORDS;

/** Everything a Kazakh parser needs in one script, so that each parser is written once for both alphabets. */
export interface KkScriptLexicon {
  script: 'Cyrl' | 'Latn';
  months: readonly string[];
  suffixes: string;
  digitOrdinal: string;
  words: Record<WordKey, readonly string[]>;
}

function wordsOf(script: 'cyrl' | 'latn'): Record<WordKey, readonly string[]> {
  const out = {} as Record<WordKey, readonly string[]>;
  for (const key of Object.keys(KK_TIME_WORDS) as WordKey[]) out[key] = KK_TIME_WORDS[key][script];
  return out;
}

export const KK_CYRL: KkScriptLexicon = {
  script: 'Cyrl',
  months: KK_MONTHS_CYRL,
  suffixes: KK_CYRL_SUFFIXES,
  digitOrdinal: KK_DIGIT_ORDINAL_CYRL,
  words: wordsOf('cyrl'),
};

export const KK_LATN: KkScriptLexicon = {
  script: 'Latn',
  months: KK_MONTHS_LATN,
  suffixes: KK_LATN_SUFFIXES,
  digitOrdinal: KK_DIGIT_ORDINAL_LATN,
  words: wordsOf('latn'),
};
