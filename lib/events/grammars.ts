import type { Language, Script } from '../article/types';
import type { EventGrammar } from './grammar';
import { kkEventGrammar } from './kk/grammar';

const cache = new Map<string, EventGrammar | null>();

/** The event grammar of a language and script, or null where there is none yet. New languages add a line. */
export function eventGrammarFor(language: Language, script: Script): EventGrammar | null {
  const key = `${language}-${script}`;
  if (!cache.has(key)) {
    cache.set(key, language === 'kk' ? kkEventGrammar(script) : null);
  }
  return cache.get(key) ?? null;
}
