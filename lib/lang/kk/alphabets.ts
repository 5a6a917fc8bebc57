import type { Respelling } from '../plugin';

/**
 * Kazakh Latin as it is published: the 2021 alphabet (ä ğ ñ ö ū ü ş ı, the one the grammars read), the 2018 one with
 * acute accents and digraphs (á ǵ ń ó ú ý, sh ch; `ı` is и/й and `i` is і, the other way round from 2021: «Memleket
 * basshysy … mınıstrleri»), and the 2017 one with apostrophes (a' g' n' o' u' y' i' s' c'; `i` is і, `i'` и/й, `y'`
 * у). The two older ones are respelt into 2021 letter by letter, keeping where each letter came from.
 */
export type KazakhLatinAlphabet = '2021' | '2018' | '2017';

const COMBINING_ACUTE = '\u0301';
const APOSTROPHE = /['’ʼ‘`]/;

/** 2018 → 2021, one letter each (`u` is ұ, `ý` у; `ı` и, `i` і). */
const FROM_2018: Record<string, string> = {
  á: 'ä',
  Á: 'Ä',
  ǵ: 'ğ',
  Ǵ: 'Ğ',
  ń: 'ñ',
  Ń: 'Ñ',
  ó: 'ö',
  Ó: 'Ö',
  ú: 'ü',
  Ú: 'Ü',
  ý: 'u',
  Ý: 'U',
  u: 'ū',
  U: 'Ū',
  ı: 'i',
  i: 'ı',
};
/** The same letters written as a letter and a combining acute. */
const ACUTE_OF: Record<string, string> = {
  a: 'á',
  A: 'Á',
  g: 'ǵ',
  G: 'Ǵ',
  n: 'ń',
  N: 'Ń',
  o: 'ó',
  O: 'Ó',
  u: 'ú',
  U: 'Ú',
  y: 'ý',
  Y: 'Ý',
};
/** 2017 letter + apostrophe → 2021 (`c'` is ч, which 2021 writes `ch`: the same length). */
const APOSTROPHED_2017: Record<string, string> = {
  a: 'ä',
  A: 'Ä',
  g: 'ğ',
  G: 'Ğ',
  n: 'ñ',
  N: 'Ñ',
  o: 'ö',
  O: 'Ö',
  u: 'ü',
  U: 'Ü',
  y: 'u',
  Y: 'U',
  i: 'i',
  I: 'İ',
  s: 'ş',
  S: 'Ş',
  c: 'ch',
  C: 'Ch',
};
/** 2017 plain letters that 2021 writes otherwise: `u` is ұ, `i` is і. */
const PLAIN_2017: Record<string, string> = { u: 'ū', U: 'Ū', i: 'ı' };

// Not `ı`: the 2018 alphabet writes и with it (`mınıstr`).
const LETTERS_2021 = /[äğñöūüşÄĞÑÖŪÜŞİ]/g;
const LETTERS_2018 = /[áǵńóúýÁǴŃÓÚÝ]|[agnouyAGNOUY]\u0301/g;
const APOSTROPHED = /[agnouyiscAGNOUYISC]['’ʼ‘`](?=\p{L})/gu;
const LETTER = /\p{L}/u;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Which alphabet a Kazakh Latin text is in: the one whose own letters it has most of. */
export function kazakhLatinAlphabet(text: string): KazakhLatinAlphabet {
  const y2021 = count(text, LETTERS_2021);
  const y2018 = count(text, LETTERS_2018);
  const y2017 = count(text, APOSTROPHED);
  if (y2018 >= 2 && y2018 > y2021) return '2018';
  if (y2017 >= 2 && y2017 > y2021 && y2017 > y2018) return '2017';
  return '2021';
}

/** Builds the respelt text and, for each of its letters, the offset of the original letter it came from. */
class Builder {
  private out = '';
  private readonly origin: number[] = [];

  push(text: string, from: number, to: number): void {
    // A two-letter spelling of one letter (`ch` for `c'`) keeps one origin per letter: its span stays as wide.
    for (let k = 0; k < text.length; k++) {
      this.out += text[k];
      this.origin.push(text.length === to - from ? from + k : from);
    }
  }

  done(variant: string, original: string): Respelling {
    const origin = [...this.origin, original.length];
    const forward = new Array<number>(original.length + 1);
    for (let j = origin.length - 1; j >= 0; j--) forward[origin[j]!] = j;
    for (let i = original.length - 1; i >= 0; i--) forward[i] ??= forward[i + 1]!;
    const text = this.out;
    return {
      variant,
      text,
      // An end offset maps past the whole original letter: `sh` respelt `ş` ends after the `h`.
      toOriginal: (offset) => (offset <= 0 ? 0 : offset >= text.length ? original.length : origin[offset]!),
      fromOriginal: (offset) => (offset <= 0 ? 0 : offset >= original.length ? text.length : forward[offset]!),
    };
  }
}

function from2018(text: string): Respelling {
  const b = new Builder();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1] ?? '';
    if (next === COMBINING_ACUTE && ACUTE_OF[ch]) {
      b.push(FROM_2018[ACUTE_OF[ch]]!, i, i + 2);
      i++;
    } else if ((ch === 's' || ch === 'S') && (next === 'h' || next === 'H')) {
      b.push(ch === 's' ? 'ş' : 'Ş', i, i + 2);
      i++;
    } else b.push(FROM_2018[ch] ?? ch, i, i + 1);
  }
  return b.done('kk-Latn-2018', text);
}

function from2017(text: string): Respelling {
  const b = new Builder();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1] ?? '';
    const apostrophed = APOSTROPHED_2017[ch];
    // A letter and an apostrophe within a word (`O'zbekstan`, `Respy'blikasy`, `ko'p`), not a quotation mark.
    if (apostrophed && APOSTROPHE.test(next) && (LETTER.test(text[i - 1] ?? '') || LETTER.test(text[i + 2] ?? ''))) {
      b.push(apostrophed, i, i + 2);
      i++;
    } else b.push(PLAIN_2017[ch] ?? ch, i, i + 1);
  }
  return b.done('kk-Latn-2017', text);
}

/** A Kazakh Latin text in the 2018 or 2017 alphabet, respelt in the 2021 one; null when it is in 2021 already. */
export function respellKazakhLatin(text: string): Respelling | null {
  const alphabet = kazakhLatinAlphabet(text);
  return alphabet === '2018' ? from2018(text) : alphabet === '2017' ? from2017(text) : null;
}
