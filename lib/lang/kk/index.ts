import type { EventGrammar } from '../../events/grammar';
import type { Script } from '../../model';
import type { LanguagePlugin } from '../plugin';
import { respellKazakhLatin } from './alphabets';
import { detectKazakh } from './detect';
import { kkEventGrammar } from './events/grammar';
import { KK_CYRL_LANGUAGE, KK_LATN_LANGUAGE } from './time/language';

const grammars: Partial<Record<Script, EventGrammar>> = {};

/**
 * Kazakh, in Cyrillic and in Latin. Latin as it is published comes in three alphabets (2021, 2018, 2017): one script
 * with variants, respelt into the 2021 letters the grammars read (alphabets.ts).
 */
export const KK_PLUGIN: LanguagePlugin = {
  code: 'kk',
  scripts: ['Cyrl', 'Latn'],
  detect: detectKazakh,
  timeLanguage: (script) => (script === 'Latn' ? KK_LATN_LANGUAGE : KK_CYRL_LANGUAGE),
  eventGrammar: (script) => (grammars[script] ??= kkEventGrammar(script)),
  respell: (text, script) => (script === 'Latn' ? respellKazakhLatin(text) : null),
};
