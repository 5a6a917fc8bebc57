import type { Language, Script } from '../article/types';
import type { EventGrammar } from './grammar';
import { EN_EVENT_GRAMMAR } from '../lang/en/events/grammar';
import { kkEventGrammar } from '../lang/kk/events/grammar';
import { RU_EVENT_GRAMMAR } from '../lang/ru/events/grammar';

const cache = new Map<string, EventGrammar>();

/** The event grammar of a language and script. A new language adds a folder beside `kk/` and a line here. */
export function eventGrammarFor(language: Language, script: Script): EventGrammar {
  const key = `${language}-${script}`;
  let grammar = cache.get(key);
  if (!grammar) {
    grammar = language === 'kk' ? kkEventGrammar(script) : language === 'ru' ? RU_EVENT_GRAMMAR : EN_EVENT_GRAMMAR;
    cache.set(key, grammar);
  }
  return grammar;
}
