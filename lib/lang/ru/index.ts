import type { LanguagePlugin } from '../plugin';
import { RU_EVENT_GRAMMAR } from './events/grammar';
import { RU_LANGUAGE } from './time/language';

/** Russian: the language of a Cyrillic text with no Kazakh letters. */
export const RU_PLUGIN: LanguagePlugin = {
  code: 'ru',
  scripts: ['Cyrl'],
  detect: () => 0,
  fallbackFor: ['Cyrl'],
  timeLanguage: () => RU_LANGUAGE,
  eventGrammar: () => RU_EVENT_GRAMMAR,
};
