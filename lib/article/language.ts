import type { Language, Script } from './types';

const KAZAKH_CYRILLIC = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const KAZAKH_LATIN = /[äğñöūüşıÄĞÑÖŪÜŞİ]/g;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Script by majority of letters; language by letters only Kazakh uses. A Kazakh text has several such letters per
 * hundred; Russian and English have none, so a small threshold is enough and a stray loanword does not flip it.
 */
// Markup, addresses and agency names are Latin in every language's text: they say nothing about the language.
const NOT_PROSE = /<[^>]{0,300}>|https?:\/\/\S+|www\.\S+|\S+@\S+|&[a-z]+;|\bKAZINFORM\b|\bKazinform\b/g;

export function detectLanguage(text: string): { language: Language; script: Script } {
  const sample = (text.length > 20000 ? text.slice(0, 20000) : text).replace(NOT_PROSE, ' ');
  const cyr = count(sample, CYRILLIC);
  const lat = count(sample, LATIN);
  if (cyr >= lat) {
    const kk = count(sample, KAZAKH_CYRILLIC);
    return { language: kk >= Math.max(2, cyr * 0.01) ? 'kk' : 'ru', script: 'Cyrl' };
  }
  const kk = count(sample, KAZAKH_LATIN);
  return { language: kk >= Math.max(2, lat * 0.01) ? 'kk' : 'en', script: 'Latn' };
}
