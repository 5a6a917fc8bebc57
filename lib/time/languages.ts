import type { Language, Script } from '../article/types';
import { KK_CYRL_PARSERS, KK_LATN_PARSERS } from './kk';
import type { TimeParser } from './parser';

/**
 * The parser configuration for a language and script. A new language is a folder beside `kk/` and one line here.
 * Russian and English grammars come with the multilingual tagger (issue 4); until then their articles are read,
 * shown and searched, with only their header date as a time expression.
 */
export function parsersFor(language: Language, script: Script): readonly TimeParser[] {
  if (language === 'kk') return script === 'Latn' ? KK_LATN_PARSERS : KK_CYRL_PARSERS;
  return [];
}
