import type { Script } from '../../model';

const KAZAKH_CYRILLIC = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
/** Letters of the 2021 Latin alphabet no other language here uses. */
const KAZAKH_LATIN = /[äğñöūüşıÄĞÑÖŪÜŞİ]/g;
/** The 2018 alphabet's acute letters (á ǵ ń ó ú ý), precomposed or as a letter and a combining acute. */
const KAZAKH_LATIN_2018 = /[áǵńóúýÁǴŃÓÚÝ]|[agnouyAGNOUY]\u0301/g;
/**
 * Function words, for the 2017 alphabet, whose letters are plain ASCII and apostrophes: `ja'ne` (and), `men`/`pen`
 * (with), `bolyp`, `jyly` (year), `tury'ly` (about), `u'shin` (for). None is an English or Uzbek word.
 */
const KAZAKH_WORDS =
  /(?<![\p{L}'’])(?:ja['’]ne|jäne|jáne|bolyp|jyly|jylğy|jylǵy|jylg['’]y|turaly|tury['’]ly|u['’]shin|üşın|úshin|saparmen|memlekettik|memlekettık)(?![\p{L}'’])/giu;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Kazakh by letters only it uses: several per hundred in a Kazakh text, none in Russian, English or Uzbek, so a small
 * threshold is enough and a stray loanword does not flip it. In Latin script its 2018 acute letters count too (with
 * other evidence), and for the 2017 alphabet (no letter of its own) its function words.
 */
export function detectKazakh(sample: string, script: Script, letters: number): number {
  const threshold = Math.max(2, letters * 0.01);
  if (script === 'Cyrl') return count(sample, KAZAKH_CYRILLIC) / threshold;
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  const latin = count(sample, KAZAKH_LATIN);
  const functionWords = count(sample, KAZAKH_WORDS);
  // The 2018 acute letters are Spanish and Hungarian ones too (`Sánchez`, `Orbán`): they count only beside Kazakh's
  // own letters or words (a 2018 text writes и as `ı`), never alone.
  const acute = latin > 0 || functionWords > 0 ? count(sample, KAZAKH_LATIN_2018) : 0;
  return Math.max(latin / threshold, acute / threshold, functionWords / Math.max(2, words * 0.02));
}
