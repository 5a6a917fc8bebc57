import type { Language, Script } from '../model';
import { EN_LANGUAGE } from '../lang/en/time/language';
import { KK_CYRL_LANGUAGE, KK_LATN_LANGUAGE } from '../lang/kk/time/language';
import type { TimeLanguage } from './parser';
import { RU_LANGUAGE } from '../lang/ru/time/language';

const NONE: TimeLanguage = { parsers: [], tenseAfter: () => null, sentenceTense: () => null };

/**
 * The temporal grammar for a language and script. A new language is a folder beside `kk/` that exports a
 * `TimeLanguage`, and one line here.
 */
export function timeLanguageFor(language: Language, script: Script): TimeLanguage {
  if (language === 'kk') return script === 'Latn' ? KK_LATN_LANGUAGE : KK_CYRL_LANGUAGE;
  if (language === 'ru') return RU_LANGUAGE;
  if (language === 'en') return EN_LANGUAGE;
  return NONE;
}
