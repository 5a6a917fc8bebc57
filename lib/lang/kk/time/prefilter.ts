import { escapeRegExp } from '../morphology';
import type { KkScriptLexicon } from '../lexicon';

/** A quick test for any of `stems` anywhere (no word boundaries: it only has to be cheap and never miss). */
export function wordStems(stems: readonly string[]): RegExp {
  return new RegExp([...new Set(stems)].map(escapeRegExp).join('|'), 'iu');
}

export function monthStems(lex: KkScriptLexicon): RegExp {
  return wordStems(lex.months);
}
