import { RU_VAGUE_COUNTS } from '../quantifiers';
import { anyOf, foldRu } from '../pattern';
import { RU_CARDINAL_PHRASE, readNumeral } from '../read-numeral';
import { RU_HALF_UNIT, RU_UNIT, RU_UNIT_ALONE, isoDuration, ruUnitOf, type RuUnit } from '../units';

/**
 * An amount of time: a count and a unit (`три года`, `10 суток`, `несколько месяцев`, `полтора года`, `два с
 * половиной года`), a `пол-` word (`полгода`), or several joined (`1 год 5 месяцев`, `девять дней, семь часов и 39
 * минут`). No named groups, so that parsers can embed it; `readAmount` takes the matched text apart.
 */
// Digits may carry a case ending: `до 35-ти лет`, `5-ти дней`.
const NUMBER = `(?:\\d{1,4}(?:[.,]\\d{1,2})?(?:-?(?:ти|и|х|ми))?|${RU_CARDINAL_PHRASE})`;
// An adjective may stand between the count and the unit: `десяти последних лет`, `два последующих года`.
const BETWEEN = `(?:(?:последн|ближайш|следующ|последующ|предыдущ|прошедш|минувш|долг|бесконечн|трудн)\\p{L}*\\s+)?`;
// A count may be a range: `45-60 дней`, `от 8 до 20 лет` (`от` is a qualifier), `двух-трёх недель`.
const COUNT = `(?:(?:${NUMBER}(?:\\s*[-–—]\\s*|\\s+(?:до|или)\\s+))?${NUMBER}|${anyOf(RU_VAGUE_COUNTS)})(?:\\s+с\\s+половиной)?`;
const ONE = `(?:${COUNT}\\s*-?\\s*${BETWEEN}${RU_UNIT}|${RU_HALF_UNIT})(?![\\p{L}\\p{N}])`;
export const AMOUNT = `${ONE}(?:(?:\\s*,\\s*|\\s+и\\s+|\\s+)${ONE})*`;
/** A unit alone, counting one (`через месяц`, `год назад`, `в течение недели`). */
export const UNIT_ALONE = `${RU_UNIT_ALONE}(?![\\p{L}\\p{N}])`;

const PIECE = new RegExp(
  `(?<count>\\d{1,4}(?:[.,]\\d{1,2})?|${RU_CARDINAL_PHRASE}|${anyOf(RU_VAGUE_COUNTS)})?(?<half>\\s+с\\s+половиной)?(?:-?(?:ти|и|х|ми))?\\s*-?\\s*${BETWEEN}(?<unit>${RU_UNIT}|${RU_HALF_UNIT})(?![\\p{L}\\p{N}])`,
  'giu',
);

export interface AmountPart {
  /** Null for a vague count (`несколько`). */
  amount: number | null;
  unit: RuUnit;
  /** Where the part ends in the text it was read from. */
  end: number;
  /** The unit word as written, folded (`лет`, `года`). */
  word: string;
}

/** The parts of an amount in order; a unit with no count counts one (`год`), a `пол-` word a half. */
export function readAmount(text: string): AmountPart[] {
  const parts: AmountPart[] = [];
  for (const m of text.matchAll(PIECE)) {
    const g = m.groups ?? {};
    const unitWord = foldRu(g.unit ?? '');
    const unit = ruUnitOf(unitWord);
    if (!unit) continue;
    let amount: number | null = 1;
    if (unitWord.startsWith('пол')) amount = 0.5;
    else if (g.count && /^\d/.test(g.count)) amount = Number(g.count.replace(',', '.'));
    else if (g.count) amount = readNumeral(g.count)?.value ?? null;
    if (amount !== null && g.half) amount += 0.5;
    parts.push({ amount, unit, end: m.index + m[0].length, word: unitWord });
  }
  return parts;
}

/** Whether the amount is a range of counts (`от 8 до 20 лет`, `45-60 дней`): it has no one duration. */
export function isCountRange(text: string): boolean {
  return /(?:\d|\p{L})(?:\s*[-–—]\s*|\s+(?:до|или)\s+)(?:\d|(?!(?:ти|и|х|ми)\s)\p{L}+\s+(?:лет|год|месяц|недел|дн|час|минут|сут))/u.test(
    text,
  );
}

const RANK: Record<RuUnit, number> = {
  century: 8,
  decade: 7,
  year: 6,
  season: 5,
  month: 4,
  week: 3,
  day: 2,
  hour: 1,
  minute: 0,
  second: -1,
};

/**
 * How many leading parts make one compound amount: `1 год 5 месяцев` is one, but `10 суток, двое суток` is two
 * amounts side by side (the units must get smaller).
 */
export function compoundLength(parts: AmountPart[]): number {
  let n = 1;
  while (n < parts.length && RANK[parts[n]!.unit] < RANK[parts[n - 1]!.unit] && !isYearNumber(parts[n]!)) n++;
  return n;
}

/**
 * `2025 года` read as an amount: a year number, not 2025 years (`за девять месяцев 2025 года`). A count that large
 * takes `лет` (`1000 лет`, `тысячу лет`).
 */
export function isYearNumber(part: AmountPart): boolean {
  return part.unit === 'year' && part.word !== 'лет' && part.amount !== null && part.amount >= 1000;
}

/** ISO 8601 duration of the parts (`P1Y5M`, `PT7H39M`), or null when an amount is vague or a unit has none. */
export function durationValue(parts: AmountPart[]): string | null {
  let date = '';
  let time = '';
  for (const p of parts) {
    if (p.amount === null) return null;
    const one = isoDuration(p.amount, p.unit);
    if (one === null) return null;
    if (one.startsWith('PT')) time += one.slice(2);
    else date += one.slice(1);
  }
  if (!date && !time) return null;
  return `P${date}${time ? `T${time}` : ''}`;
}
