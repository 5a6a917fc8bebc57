import type { EventGrammar } from '../events/grammar';
import type { Language, Script } from '../model';
import type { TimeLanguage } from '../time/parser';
import { EN_PLUGIN } from './en';
import { KK_PLUGIN } from './kk';
import type { LanguagePlugin } from './plugin';
import { RU_PLUGIN } from './ru';
import { UZ_PLUGIN } from './uz';

/**
 * The languages Jylnama reads, one line each. Adding a language is a folder `lib/lang/<code>/` whose index.ts exports
 * a `LanguagePlugin`, its code in `Language` (lib/model.ts), and a line here (README, "Adding a language").
 * On a tie in detection the earlier plug-in wins.
 */
export const PLUGINS: readonly LanguagePlugin[] = [KK_PLUGIN, RU_PLUGIN, EN_PLUGIN, UZ_PLUGIN];

export function pluginFor(language: Language): LanguagePlugin {
  const plugin = PLUGINS.find((p) => p.code === language);
  if (!plugin) throw new Error(`no language plug-in for ${language}`);
  return plugin;
}

export function timeLanguageFor(language: Language, script: Script): TimeLanguage {
  return pluginFor(language).timeLanguage(script);
}

export function eventGrammarFor(language: Language, script: Script): EventGrammar {
  return pluginFor(language).eventGrammar(script);
}
