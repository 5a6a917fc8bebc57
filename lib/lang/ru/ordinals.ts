import { forms } from './pattern';
import { own } from '../../own';

// Ordinal numerals decline as adjectives. Hard stems take -ый/-ой, -ого, -ому, -ым, -ом, -ая, -ую, -ое, -ые, -ых;
// `третий` is soft (третьего, третьей, третье).
const HARD = ['ый', 'ой', 'ого', 'ому', 'ым', 'ом', 'ая', 'ую', 'ое', 'ые', 'ых', 'ыми'];
const THIRD = ['ий', 'ьего', 'ьему', 'ьим', 'ьем', 'ья', 'ьей', 'ью', 'ье', 'ьи', 'ьих', 'ьими'];

const STEMS: ReadonlyArray<readonly [number, string]> = [
  [1, 'перв'],
  [2, 'втор'],
  [4, 'четвёрт'],
  [5, 'пят'],
  [6, 'шест'],
  [7, 'седьм'],
  [8, 'восьм'],
  [9, 'девят'],
  [10, 'десят'],
  [11, 'одиннадцат'],
  [12, 'двенадцат'],
  [13, 'тринадцат'],
  [14, 'четырнадцат'],
  [15, 'пятнадцат'],
  [16, 'шестнадцат'],
  [17, 'семнадцат'],
  [18, 'восемнадцат'],
  [19, 'девятнадцат'],
  [20, 'двадцат'],
  [30, 'тридцат'],
  [40, 'сороков'],
  [50, 'пятидесят'],
  [60, 'шестидесят'],
  [70, 'семидесят'],
  [80, 'восьмидесят'],
  [90, 'девяност'],
  [100, 'сот'],
  [200, 'двухсот'],
  [300, 'трёхсот'],
  [400, 'четырёхсот'],
  [500, 'пятисот'],
  [600, 'шестисот'],
  [700, 'семисот'],
  [800, 'восьмисот'],
  [900, 'девятисот'],
  [1000, 'тысячн'],
  [2000, 'двухтысячн'],
];

/** Every case form of the ordinals 1-20, tens, hundreds and thousands, with their values. */
export const RU_ORDINALS: ReadonlyArray<readonly [number, readonly string[]]> = [
  ...STEMS.map(([n, stem]) => [n, forms(stem, HARD)] as const),
  [3, forms('трет', THIRD)],
];

const RU_ORDINAL_VALUE = new Map<string, number>(
  RU_ORDINALS.flatMap(([n, words]) => words.map((w) => [w, n] as const)),
);
const RU_TENS: Record<string, number> = { двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50 };

/** The value of an ordinal (`пятая`, `XXI` is not this; `21-й`, `двадцать первого`), or null. */
export function ruOrdinalValue(word: string, previous = ''): number | null {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  const digits = /^(\d{1,3})-?(?:й|го|м|я|е|ое|ая|ой|ого|ом|му|ую)$/.exec(w);
  if (digits) return Number(digits[1]);
  const value = RU_ORDINAL_VALUE.get(w) ?? RU_ORDINAL_VALUE.get(word.toLowerCase());
  if (value === undefined) return null;
  return value < 10 ? value + (own(RU_TENS, previous.toLowerCase()) ?? 0) : value;
}
