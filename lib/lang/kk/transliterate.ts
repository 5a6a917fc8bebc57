/**
 * Kazakh 2021 Latin → Cyrillic, letter by letter (docs/kazakh.md). Used to read Latin-script words with the Cyrillic
 * grammar (verb endings, stems) instead of keeping a second copy of every list. Offsets are never taken from the
 * result: it is only compared, never sliced.
 */
const DIGRAPHS: Array<[string, string]> = [
  ['şş', 'щ'],
  ['ch', 'ч'],
  ['ts', 'ц'],
  ['io', 'ё'],
  ['iu', 'ю'],
  ['ia', 'я'],
];
const LETTERS: Record<string, string> = {
  a: 'а',
  ä: 'ә',
  b: 'б',
  v: 'в',
  g: 'г',
  ğ: 'ғ',
  d: 'д',
  e: 'е',
  j: 'ж',
  z: 'з',
  i: 'и',
  k: 'к',
  q: 'қ',
  l: 'л',
  m: 'м',
  n: 'н',
  ñ: 'ң',
  o: 'о',
  ö: 'ө',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  ū: 'ұ',
  ü: 'ү',
  f: 'ф',
  h: 'х',
  ş: 'ш',
  y: 'ы',
  ı: 'і',
};

export function latinToCyrillic(word: string): string {
  let out = '';
  const lower = word.toLocaleLowerCase('kk');
  for (let i = 0; i < lower.length; i++) {
    const pair = DIGRAPHS.find(([lat]) => lower.startsWith(lat, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length - 1;
      continue;
    }
    const ch = lower[i] ?? '';
    // Latin `i` is both и and й: after a vowel it is й (`jasaityn` → жасайтын, `barady` is not affected).
    if (ch === 'i' && /[аәеёиоөұүыіэюя]$/u.test(out)) {
      out += 'й';
      continue;
    }
    out += LETTERS[ch] ?? ch;
  }
  return out;
}

const TO_LATIN: Record<string, string> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'y',
  і: 'ı',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** Kazakh Cyrillic → 2021 Latin, letter by letter: lexicons are written once, in Cyrillic. */
export function cyrillicToLatin(text: string): string {
  let out = '';
  for (const ch of text.toLocaleLowerCase('kk')) out += TO_LATIN[ch] ?? ch;
  return out;
}
