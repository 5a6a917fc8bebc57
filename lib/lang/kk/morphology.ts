/**
 * Kazakh inflection as regex fragments. Kazakh is agglutinative: a noun takes, in order, an optional plural, an
 * optional possessive and an optional case (and the attributive -ғы/-гі, -дағы/-дегі on top). Vowel harmony and the
 * stem's last sound pick one variant of each; we accept every variant, because the stem already fixes the word
 * and a wrong-harmony form does not occur in edited news text. See docs/kazakh.md.
 */

const PLURAL = '(?:[лдт][ае]р)';
// 3rd person -(с)ы/-(с)і, 1st -(ы)м/-(ы)мыз, 2nd -(ы)ң/-(ы)ңыз.
const POSSESSIVE = '(?:с?[ыі]|[ыі]?м(?:[ыі]з)?|[ыі]?ң(?:[ыі]з)?)';
const CASE = [
  'н?[дт][ае][ғг][ыі]', // attributive locative: қарашадағы, айындағы
  'н?[дт][ае]', // locative: қарашада, айында
  '[дтн][ае]н', // ablative: қарашадан, айынан
  '[ғгқк][ае]', // dative: қарашаға
  'н[ае]', // dative after a possessive: кездесуіне
  '[дтн][ыі]ң', // genitive: қарашаның, отырысының
  '[дтн][ыі]', // accusative: қарашаны
  '[мбп][ае]н', // instrumental: сапармен
  '[ғгқк][ыі]', // attributive of time words: жылғы, күнгі, биылғы
  'н', // accusative after a possessive: сапарын
].join('|');

/** Everything that may follow a Cyrillic Kazakh noun stem (possibly nothing). */
export const KK_CYRL_SUFFIXES = `${PLURAL}?${POSSESSIVE}?(?:${CASE})?(?:[ғг][ыі])?`;

const CYRL_TO_LATN: Record<string, string> = {
  л: 'l',
  д: 'd',
  т: 't',
  а: 'a',
  е: 'e',
  р: 'r',
  с: 's',
  ы: 'y',
  і: 'ı',
  м: 'm',
  з: 'z',
  ң: 'ñ',
  н: 'n',
  ғ: 'ğ',
  г: 'g',
  қ: 'q',
  к: 'k',
  б: 'b',
  п: 'p',
};

/** The same chain in the 2021 Latin alphabet (ғ ğ, қ q, ң ñ, ы y, і ı). */
export const KK_LATN_SUFFIXES = KK_CYRL_SUFFIXES.replace(/[лдтаерсыімзңнғгқкбпн]/g, (ch) => CYRL_TO_LATN[ch] ?? ch);

/** No letter or digit right before: the start of a word. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** No letter right after: the end of a word. */
export const WORD_END = '(?![\\p{L}])';

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for any inflected form of any of `stems` (longest first, so `қараша` is tried before `қар`). Stems may
 * contain spaces or hyphens (`Қасым-Жомарт Тоқаев`); any run of spaces matches a space.
 */
export function inflected(stems: readonly string[], suffixes: string = KK_CYRL_SUFFIXES): string {
  const alternatives = [...stems].sort((a, b) => b.length - a.length).map((s) => escapeRegExp(s).replace(/ /g, '\\s+'));
  return `${WORD_START}(?:${alternatives.join('|')})${suffixes}${WORD_END}`;
}
