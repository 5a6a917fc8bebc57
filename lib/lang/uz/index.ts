import type { LanguagePlugin } from '../plugin';
import { detectUzbek } from './detect';
import { UZ_EVENT_GRAMMAR } from './events/grammar';
import { UZ_LANGUAGE } from './time/language';

/** Uzbek in Latin script (the seed region's next language): a minimal grammar, the worked example of README's "Adding a language". */
export const UZ_PLUGIN: LanguagePlugin = {
  code: 'uz',
  scripts: ['Latn'],
  detect: detectUzbek,
  timeLanguage: () => UZ_LANGUAGE,
  eventGrammar: () => UZ_EVENT_GRAMMAR,
};
