import { latinToCyrillic } from './transliterate';

/**
 * Tense and modality of a Kazakh clause, read from its verbs. Kazakh is verb-final, so the verb that governs a noun
 * (an event word, a date) follows it; `tenseAfter` reads the first finite verb form after a position.
 *
 * Forms (docs/kazakh.md): present-future -а/-е/-й + ды/ді (өтеді, қатысады, жүргізеді, қабылдайды), intention -мақ/-пақ
 * (болмақ, өтпек), future participle -атын/-етін/-йтын (өтетін, келетіні), passive-progressive "планируется" forms
 * (жоспарлануда, күтілуде); past -ды/-ді/-ты/-ті on the bare stem (өтті, өткізді, қабылдады), past participle
 * -ған/-ген/-қан/-кен (+ еді / болатын). The present-future and the past of a vowel-final stem look alike
 * (жасады "did", but жасайды "does"), so known stems decide, and the shape decides for the rest.
 */
export type Tense = 'past' | 'future';

/** Verb stems common in diplomatic news, so that stem + ды (past) and stem + а/е/й + ды (present) are told apart. */
const STEMS = [
  'өт',
  'өткіз',
  'қатыс',
  'жүргіз',
  'кел',
  'бар',
  'қабылда',
  'жаса',
  'қой',
  'сөйлес',
  'кездес',
  'талқыла',
  'айт',
  'де',
  'бер',
  'ал',
  'бол',
  'ұйымдастыр',
  'шық',
  'таныс',
  'біл',
  'хабарла',
  'хабарлан',
  'жарияла',
  'мәлімде',
  'ұсын',
  'қол қой',
  'ашыл',
  'жабыл',
  'бекіт',
  'келіс',
  'шақыр',
  'сапарла',
  'ұшып кел',
  'аттан',
  'орында',
  'тапсыр',
  'қарастыр',
  'атқар',
  'өтіл',
  'өткізіл',
  'қабылдан',
  'жасал',
  'жалғас',
  'басталд',
] as const;

const FUTURE_WORDS = /^(?:жоспарлан|көзделу|күтілуде|күтіледі|көзделуде|көзделген|көзделіп|болжанып|тиіс|керек)/;
const FUTURE_PARTICIPLE = /(?:[аеый]тын|[аеый]тін)(?:[ыі]|д[ыі]|д[ае]|ы[нд][ае]?)?$/; // өтетін, келетіні, болатын?
const PAST_PARTICIPLE = /(?:[ғгқк][ае]н)(?:[ыі]|д[ыі]|д[ае]|н[ыі]?)?$/; // қабылдаған, өткен, жасаған
const PRESENT = /(?:[ае]д[ыі]|йд[ыі])$/; // өтеді, қатысады, қабылдайды

/** The tense of one word, or null if it is not a finite verb form we recognise. */
/** Answers by word: every time expression asks about the words after it, and texts repeat their verbs. */
const tenseOfWord = new Map<string, Tense | null>();

export function wordTense(word: string): Tense | null {
  let known = tenseOfWord.get(word);
  if (known === undefined) {
    if (tenseOfWord.size >= 20_000) tenseOfWord.clear();
    tenseOfWord.set(word, (known = readWordTense(word)));
  }
  return known;
}

function readWordTense(word: string): Tense | null {
  // Verbs are not capitalised mid-sentence; names and nouns that merely end like verbs often are.
  if (/^\p{Lu}/u.test(word)) return null;
  // Latin-script words are read with the same (Cyrillic) grammar.
  const w = /[a-zäğñöūüşı]/iu.test(word) ? latinToCyrillic(word) : word.toLocaleLowerCase('kk');
  if (w === 'болатын' || w === 'еді' || w === 'екен') return 'past';
  if (FUTURE_WORDS.test(w)) return 'future';
  for (const stem of STEMS) {
    if (!w.startsWith(stem)) continue;
    const rest = w.slice(stem.length);
    if (/^(?:д[ыі]|т[ыі])$/.test(rest)) return 'past';
    if (/^(?:[аеуй]д[ыі]|й?ды|й?ді)$/.test(rest)) return 'future';
    if (/^(?:мақ|мек|бақ|бек|пақ|пек)(?:шы|ші)?$/.test(rest)) return 'future'; // болмақ, өтпек
  }
  if (FUTURE_PARTICIPLE.test(w) && !w.endsWith('болатын')) return 'future';
  if (PAST_PARTICIPLE.test(w) && w.length > 5) return 'past';
  if (PRESENT.test(w) && w.length > 4) return 'future';
  return null;
}

const WORD = /[\p{L}-]+/gu;
// `келетіні хабарланды`, `дамитынын айтты`: a nominalised future participle is the content of a report; what is
// reported is what counts, so it decides before the report verb does.
const REPORTED_FUTURE = /[аеыйуи]т[ыі]н[ыі]н?$/;
const PARTICIPLE = /(?:[ғгқк][ае]н|[аеый]т[ыі]н)(?:[ыі]|д[ыі]|д[ае]|н[ыі]?)?$/;

/**
 * The tense of the verb that governs a word ending at `from` in `sentence`: the first finite verb after it, or a
 * participle if no finite verb follows. A past participle followed by еді/болатын is past; a reported future
 * (`келетіні хабарланды`) is future.
 */
export function tenseAfter(sentence: string, from = 0): Tense | null {
  // The governing verb is near: a bounded window keeps a pathological "sentence" (100 KB, no full stop) linear.
  const words = sentence.slice(from, from + 400).match(WORD) ?? [];
  let participle: Tense | null = null;
  for (const [i, w] of words.entries()) {
    const lower = /[a-zäğñöūüşı]/iu.test(w) ? latinToCyrillic(w) : w.toLocaleLowerCase('kk');
    if (!/^\p{Lu}/u.test(w) && REPORTED_FUTURE.test(lower)) return 'future';
    const t = wordTense(w);
    if (!t) continue;
    if (PARTICIPLE.test(lower) && lower !== 'болатын') {
      // A participle right after the word (`қыркүйек айында Астанаға жасайтын сапары`) is its own verb.
      if (i <= 3) return t;
      participle ??= t;
      continue;
    }
    return t;
  }
  return participle;
}

/** The tense of the clause's main verb: the last finite verb of the sentence. */
export function sentenceTense(sentence: string): Tense | null {
  const words = sentence.slice(-400).match(WORD) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const t = wordTense(words[i] ?? '');
    if (t) return t;
  }
  return null;
}
