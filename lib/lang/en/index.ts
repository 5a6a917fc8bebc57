import type { LanguagePlugin } from '../plugin';
import { EN_EVENT_GRAMMAR } from './events/grammar';
import { EN_LANGUAGE } from './time/language';

/** English: the language of a Latin text no other plug-in claims. */
export const EN_PLUGIN: LanguagePlugin = {
  code: 'en',
  scripts: ['Latn'],
  detect: () => 0,
  fallbackFor: ['Latn'],
  timeLanguage: () => EN_LANGUAGE,
  eventGrammar: () => EN_EVENT_GRAMMAR,
};
