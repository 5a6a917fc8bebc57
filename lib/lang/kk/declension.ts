/**
 * Kazakh case endings for composing text (titles), the generating counterpart of ./morphology.ts, which only
 * recognises them. A suffix is picked by two things: vowel harmony (the word's last vowel is back or front) and the
 * word's final sound (vowel, sonorant, nasal, voiced or voiceless consonant). Only the last word of a phrase takes
 * the ending: «Си Цзиньпин» → «Си Цзиньпиннің». Abbreviations take it after a hyphen: «АҚШ-қа».
 */

type Harmony = 'back' | 'front';
/** The final sound, as it picks a suffix's first consonant. */
type Final = 'vowel' | 'sonorant' | 'nasal' | 'voiced' | 'voiceless';

const BACK = new Set([...'аоұыуяюАОҰЫУЯЮ']);
const FRONT = new Set([...'әөүіеэиёӘӨҮІЕЭИЁ']);
const VOWELS = new Set([...BACK, ...FRONT]);

/**
 * A Russian-style surname suffix (-ов, -ев, -ёв) does not set the harmony in Kazakh: Тоқаевтың, Назарбаевтың
 * follow the root (Тоқа-), Мәсімовтің follows Мәсім-.
 */
const SURNAME_SUFFIX = /(?:ов|ев|ёв)$/u;

function lastWord(phrase: string): string {
  const words = phrase.trim().split(/[\s-]+/);
  return words[words.length - 1] ?? phrase;
}

function harmony(word: string): Harmony {
  const w = word.toLocaleLowerCase('kk');
  const root = SURNAME_SUFFIX.test(w) && w.length > 3 ? w.slice(0, -2) : w;
  const letters = [...root];
  for (let i = letters.length - 1; i >= 0; i--) {
    const ch = letters[i]!;
    // у and и after a vowel are glides (Мәскеу, Ахмади-й): the vowel before them decides.
    if ((ch === 'у' || ch === 'и') && i > 0 && VOWELS.has(letters[i - 1]!)) continue;
    // у alone is neutral too (Баку): look further back if there is anything.
    if (ch === 'у' && letters.slice(0, i).some((c) => VOWELS.has(c))) continue;
    // йо is ё (Нью-Йоркте, as Мирзиёевтің): front in loanwords.
    if (ch === 'о' && letters[i - 1] === 'й') return 'front';
    if (BACK.has(ch)) return 'back';
    if (FRONT.has(ch)) return 'front';
  }
  // Latin letters, digits: front by default (G20-ның is rare; an override is the way out).
  return /[aou]/i.test(word) ? 'back' : 'front';
}

function finalSound(word: string): Final {
  const letters = [...word.toLocaleLowerCase('kk').replace(/[ьъ]+$/u, '')];
  const last = letters[letters.length - 1] ?? '';
  const before = letters[letters.length - 2] ?? '';
  if ((last === 'у' || last === 'и') && VOWELS.has(before)) return 'sonorant';
  // A final и is ій/ый in Kazakh: it ends in й (Модидің, Тбилисидің).
  if (last === 'и') return 'sonorant';
  if (VOWELS.has(last)) return 'vowel';
  if ('лрй'.includes(last)) return 'sonorant';
  if ('мнң'.includes(last)) return 'nasal';
  if ('зж'.includes(last)) return 'voiced';
  return 'voiceless';
}

/** An all-capital abbreviation (ҚХР, АҚШ, ШЫҰ): its suffix follows a hyphen. */
function isAbbreviation(word: string): boolean {
  return [...word].length >= 2 && word === word.toLocaleUpperCase('kk') && /\p{Lu}/u.test(word);
}

function attach(phrase: string, pick: (h: Harmony, f: Final) => string): string {
  const word = lastWord(phrase);
  const suffix = pick(harmony(word), finalSound(word));
  return isAbbreviation(word) ? `${phrase}-${suffix}` : `${phrase}${suffix}`;
}

/** Genitive (ілік септік): Тоқаевтың, Мирзиёевтің, Путиннің, Қазақстанның, Ресейдің. */
export function kkGenitive(phrase: string): string {
  return attach(phrase, (h, f) => {
    const c = f === 'vowel' || f === 'nasal' ? 'н' : f === 'voiceless' ? 'т' : 'д';
    return `${c}${h === 'back' ? 'ың' : 'ің'}`;
  });
}

/** Dative (барыс септік): Өзбекстанға, Ташкентке, Мәскеуге, Ресейге, АҚШ-қа. */
export function kkDative(phrase: string): string {
  return attach(phrase, (h, f) => (f === 'voiceless' ? (h === 'back' ? 'қа' : 'ке') : h === 'back' ? 'ға' : 'ге'));
}

/** Locative (жатыс септік): Астанада, Ташкентте, Бішкекте, Мәскеуде. */
export function kkLocative(phrase: string): string {
  return attach(phrase, (h, f) => `${f === 'voiceless' ? 'т' : 'д'}${h === 'back' ? 'а' : 'е'}`);
}

/** Locative + attributive -ғы/-гі, "the one in": Ташкенттегі, Астанадағы. */
export function kkLocativeAttributive(phrase: string): string {
  return attach(phrase, (h, f) => `${f === 'voiceless' ? 'т' : 'д'}${h === 'back' ? 'ағы' : 'егі'}`);
}

/** The conjunction "and" after a word (мен/бен/пен by its final sound): «Тоқаев пен», «Қазақстан мен», «Ерлан Ыдырысов пен». */
export function kkAnd(phrase: string): string {
  const f = finalSound(lastWord(phrase));
  const c = f === 'voiced' ? 'бен' : f === 'voiceless' ? 'пен' : 'мен';
  return `${phrase} ${c}`;
}

/** Instrumental (көмектес септік), "with": Путинмен, Тоқаевпен, Қытаймен, Әзербайжанмен. */
export function kkInstrumental(phrase: string): string {
  return attach(phrase, (_h, f) => (f === 'voiced' ? 'бен' : f === 'voiceless' ? 'пен' : 'мен'));
}

/** Two or more names joined for a genitive: «Тоқаев пен Мирзиёевтің», «Тоқаев, Жапаров және Рахмонның». */
export function kkJoinGenitive(names: readonly string[]): string {
  return kkGenitive(kkJoin(names));
}

/** Names joined as a phrase: «Тоқаев пен Мирзиёев», «Тоқаев, Жапаров және Рахмон». */
export function kkJoin(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${kkAnd(names[0]!)} ${names[1]}`;
  return `${names.slice(0, -1).join(', ')} және ${names[names.length - 1]}`;
}
