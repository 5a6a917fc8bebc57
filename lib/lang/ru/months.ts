import { anyOf, foldRu, forms } from './pattern';

// Month nouns decline like other masculine nouns: soft stems (январь, января, январю, январём, январе) and hard
// ones (март, марта, марту, мартом, марте); май is its own pattern.
const SOFT = ['ь', 'я', 'ю', 'ем', 'ём', 'е'];
const HARD = ['', 'а', 'у', 'ом', 'е'];

const STEMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['январ', SOFT],
  ['феврал', SOFT],
  ['март', HARD],
  ['апрел', SOFT],
  ['ма', ['й', 'я', 'ю', 'ем', 'е']],
  ['июн', SOFT],
  ['июл', SOFT],
  ['август', HARD],
  ['сентябр', SOFT],
  ['октябр', SOFT],
  ['ноябр', SOFT],
  ['декабр', SOFT],
];

/** Every case form of every month, with its number. */
const MONTH_FORMS = new Map<string, number>();
STEMS.forEach(([stem, endings], i) => forms(stem, endings).forEach((f) => MONTH_FORMS.set(foldRu(f), i + 1)));

// Print abbreviations, with or without the dot: `янв.`, `сент.`, `дек`.
const ABBREVIATIONS = [
  'янв',
  'фев',
  'февр',
  'мар',
  'апр',
  'июн',
  'июл',
  'авг',
  'сен',
  'сент',
  'окт',
  'ноя',
  'нояб',
  'дек',
];

/** Any month noun in any case (`ноябрь`, `ноября`, `ноябре`, `ноябрём`). */
export const RU_MONTH = anyOf(MONTH_FORMS.keys());
/** A month noun or an abbreviation with a dot (`сент.`), as found in day-month dates. */
export const RU_MONTH_OR_ABBREVIATION = `(?:${RU_MONTH}|${anyOf(ABBREVIATIONS)}\\.)`;
/** After a day number an abbreviation needs no dot: `1 авг — РИА Новости`. */
export const RU_MONTH_AFTER_DAY = `(?:${RU_MONTH}|${anyOf(ABBREVIATIONS)}(?:\\.|(?![\\p{L}\\p{N}])))`;

/** Month number (1-12) of a month noun or abbreviation, or null. */
export function ruMonthNumber(word: string): number | null {
  const w = foldRu(word).replace(/\.$/, '');
  const exact = MONTH_FORMS.get(w);
  if (exact) return exact;
  const abbreviation = ABBREVIATIONS.indexOf(w);
  if (abbreviation < 0) return null;
  return [1, 2, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 11, 12][abbreviation] ?? null;
}

// Adjectives from month names: `майских праздников`, `декабрьском заседании`, `Октябрьской революции`.
const ADJECTIVE_STEMS = [
  'январск',
  'февральск',
  'мартовск',
  'апрельск',
  'майск',
  'июньск',
  'июльск',
  'августовск',
  'сентябрьск',
  'октябрьск',
  'ноябрьск',
  'декабрьск',
];
const ADJECTIVE_ENDINGS = ['ий', 'ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ое', 'ие', 'их', 'ими'];

/** Any form of an adjective made from a month name. */
export const RU_MONTH_ADJECTIVE = anyOf(ADJECTIVE_STEMS.flatMap((s) => forms(s, ADJECTIVE_ENDINGS)));

/** Month number of a month adjective, or null. */
export function ruMonthOfAdjective(word: string): number | null {
  const w = foldRu(word);
  const i = ADJECTIVE_STEMS.findIndex((s) => w.startsWith(s));
  return i >= 0 ? i + 1 : null;
}
