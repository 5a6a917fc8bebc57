/**
 * Kazakh 2021 Latin → Cyrillic, letter by letter (KAZAKH.md). Used to read Latin-script words with the Cyrillic
 * grammar (verb endings, stems) instead of keeping a second copy of every list. Offsets are never taken from the
 * result: it is only compared, never sliced.
 */
const DIGRAPHS: Array<[string, string]> = [['şş', 'щ'], ['ch', 'ч'], ['ts', 'ц'], ['io', 'ё'], ['iu', 'ю'], ['ia', 'я']];
const LETTERS: Record<string, string> = {
  a: 'а', ä: 'ә', b: 'б', v: 'в', g: 'г', ğ: 'ғ', d: 'д', e: 'е', j: 'ж', z: 'з', i: 'и', k: 'к', q: 'қ', l: 'л', m: 'м',
  n: 'н', ñ: 'ң', o: 'о', ö: 'ө', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', ū: 'ұ', ü: 'ү', f: 'ф', h: 'х', ş: 'ш', y: 'ы', ı: 'і',
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
    out += LETTERS[ch] ?? ch;
  }
  return out;
}
