import { anyOf, fold } from './pattern';

/** A calendar or clock unit, as TIMEX3 writes it in durations: `P3Y`, `P2M`, `PT5H`, `PT1M`. */
export type EnUnit =
  'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'decade' | 'century';

const FORMS: ReadonlyArray<readonly [EnUnit, readonly string[]]> = [
  ['year', ['year', 'years', 'yr', 'yrs']],
  ['quarter', ['quarter', 'quarters']],
  ['month', ['month', 'months']],
  ['week', ['week', 'weeks', 'fortnight']],
  ['day', ['day', 'days', 'trading day', 'trading days', 'business day', 'business days', 'working days']],
  ['hour', ['hour', 'hours', 'hrs']],
  ['minute', ['minute', 'minutes', 'min']],
  ['second', ['second', 'seconds']],
  ['decade', ['decade', 'decades']],
  ['century', ['century', 'centuries']],
];

const UNITS = new Map<string, EnUnit>(FORMS.flatMap(([unit, forms]) => forms.map((f) => [f, unit] as const)));

/** Any unit word, singular or plural. */
export const EN_UNIT = anyOf(UNITS.keys());
/** The unit words that stand alone (`days` in `trading days`): where a count of units is looked for. */
export const EN_UNIT_WORDS: readonly string[] = [...UNITS.keys()].filter((f) => !f.includes(' '));
/** A unit word in the singular, as in `five-year` or `a year earlier`. */
export const EN_UNIT_SINGULAR = anyOf([...UNITS.keys()].filter((f) => !/s$/.test(f) || f === 'hrs'));

/**
 * Whether a unit word ends in `s` (`years`, `HRS`): what `/s$/i` tests, by character code, for every duration and
 * `ago` match (a regex ending in `$` is tried at each position of the word).
 */
export function endsInS(word: string): boolean {
  return (word.charCodeAt(word.length - 1) | 32) === 115;
}

export function enUnitOf(word: string): EnUnit | null {
  return UNITS.get(fold(word)) ?? null;
}

/** `fortnight` is two weeks: the multiplier a unit word carries beyond its unit. */
export function enUnitFactor(word: string): number {
  return fold(word) === 'fortnight' ? 2 : 1;
}

// A whole count is written as it is (`toFixed` would give the same digits, at several times the cost per duration).
const NUMBER_FORMAT = (n: number) =>
  Number.isInteger(n) && Math.abs(n) < 1e21 ? String(n) : String(Number(n.toFixed(3)));

// The letter of each unit in a duration (built once: every duration is written with it).
const DURATION_CODE: Record<EnUnit, string> = {
  year: 'Y',
  quarter: 'Q',
  month: 'M',
  week: 'W',
  day: 'D',
  hour: 'H',
  minute: 'M',
  second: 'S',
  decade: 'DE',
  century: 'CE',
};

/**
 * An ISO 8601 / TIMEX3 duration: `P3Y`, `P2W`, `PT5H`, `P30Y` for three decades; `P2Y6M` for two and a half years;
 * `PXY` when the count is unknown (null).
 */
export function enDuration(count: number | null, unit: EnUnit): string {
  const code = DURATION_CODE;
  const time = unit === 'hour' || unit === 'minute' || unit === 'second';
  const prefix = time ? 'PT' : 'P';
  if (count === null) return `${prefix}X${code[unit]}`;
  if (unit === 'decade') return `P${NUMBER_FORMAT(count * 10)}Y`;
  if (unit === 'century') return `P${NUMBER_FORMAT(count * 100)}Y`;
  const whole = Math.floor(count);
  const half = count - whole === 0.5;
  if (half && unit === 'year') return whole ? `P${whole}Y6M` : 'P6M';
  if (half && unit === 'hour') return whole ? `PT${whole}H30M` : 'PT30M';
  if (half && unit === 'minute') return whole ? `PT${whole}M30S` : 'PT30S';
  if (half && unit === 'day') return `PT${whole * 24 + 12}H`;
  return `${prefix}${NUMBER_FORMAT(count)}${code[unit]}`;
}
