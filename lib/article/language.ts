import type { LanguagePlugin } from '../lang/plugin';
import type { Language, Script } from './types';

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

// Markup, addresses and agency names are Latin in every language's text: they say nothing about the language.
const NOT_PROSE = /<[^>]{0,300}>|https?:\/\/\S+|www\.\S+|\S+@\S+|&[a-z]+;|\bKAZINFORM\b|\bKazinform\b/g;

/**
 * Script by majority of letters; language by the plug-ins' own evidence (letters only Kazakh uses, Uzbek function
 * words): the strongest claim of 1 or more wins, and with none the script's fallback language (Russian, English).
 */
export function detectLanguage(
  text: string,
  plugins: readonly LanguagePlugin[],
): { language: Language; script: Script } {
  const sample = (text.length > 20000 ? text.slice(0, 20000) : text).replace(NOT_PROSE, ' ');
  const cyr = count(sample, CYRILLIC);
  const lat = count(sample, LATIN);
  const script: Script = cyr >= lat ? 'Cyrl' : 'Latn';
  const letters = script === 'Cyrl' ? cyr : lat;
  let best: { language: Language; score: number } | null = null;
  for (const p of plugins) {
    if (!p.scripts.includes(script)) continue;
    const score = p.detect(sample, script, letters);
    if (score >= 1 && (!best || score > best.score)) best = { language: p.code, score };
  }
  const fallback = plugins.find((p) => p.fallbackFor?.includes(script))?.code ?? plugins[0]?.code ?? 'en';
  return { language: best?.language ?? fallback, script };
}
