import { anyOf } from '../pattern';
import { RU_TIME_WORDS } from '../time-words';
import { isClockUnit } from '../units';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { isAge } from './age';
import { AMOUNT, UNIT_ALONE, compoundLength, durationValue, isCountRange, isYearNumber, readAmount } from './amount';
import { START } from './fragments';

// Words before an amount that NEREL keeps in the span: `в течение двух недель`, `не более трёх лет`, `за последние
// 200 лет`, `на ближайшие два года`, `почти полвека`. Up to three of them stack.
const QUALIFIER = anyOf([
  'в течение',
  'в течении',
  'на протяжении',
  'в продолжение',
  'более',
  'менее',
  'не более',
  'не менее',
  'около',
  'почти',
  'свыше',
  'больше',
  'меньше',
  'до',
  'за',
  'на',
  'целых',
  'примерно',
  'приблизительно',
  'порядка',
  'немногим',
  'чуть',
  'более чем',
  'менее чем',
  'не меньше',
  'не больше',
  'от',
  'по истечении',
  'по прошествии',
  'не позднее',
  'не позже',
  'эти',
  'этих',
  'прошедшие',
  'прошедших',
  'минувшие',
  'минувших',
  'долгие',
  'долгих',
  'первые',
  'первых',
  'все',
  'всех',
  'весь',
  'целый',
  'целые',
  'последующие',
  'последующих',
  'каких-то',
  ...RU_TIME_WORDS.lastN,
  ...RU_TIME_WORDS.nextN,
]);
// With a unit alone (no count) only these make it an amount: `в течение года`, `на год`, `за неделю`.
const ALONE_QUALIFIER = anyOf([
  'в течение',
  'в течении',
  'на протяжении',
  'на',
  'за',
  'более',
  'больше',
  'почти',
  'около',
  'примерно',
  'целый',
  'целую',
  'менее',
  'меньше',
  'свыше',
  'до',
  'весь',
  'всю',
  'всё',
  ...RU_TIME_WORDS.lastN,
]);

/**
 * An amount of time: `три года`, `в течение двух недель`, `не более трёх лет`, `за 14 лет`, `несколько месяцев`,
 * `полтора года`, `на 3 года и 8 месяцев`, `в течение года`. The value is an ISO 8601 duration (`P3Y`); a vague
 * count (`несколько лет`) has none. Hours and minutes make a TIME (`семь часов`). Someone's age is not a duration.
 */
export const durationParser: TimeParser = {
  name: 'parser/ru/Duration',
  pattern: new RegExp(
    `${START}(?:(?:${QUALIFIER})\\s+)*(?:${AMOUNT})|${START}(?:(?:${QUALIFIER})\\s+)*(?:${ALONE_QUALIFIER})\\s+${UNIT_ALONE}`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const all = readAmount(m[0]);
    const parts = all.slice(0, compoundLength(all));
    const first = parts[0];
    if (!first) return null;
    const end = parts[parts.length - 1]!.end;
    const span = end < m[0].length ? { span: { start: 0, end } } : {};
    // `2016 года` is a year, not 2016 years (year.ts reads it).
    if (isYearNumber(first)) return null;
    if (isAge(ctx.sentence, m.index, m.index + m[0].length, m[0])) return null;
    // `отыграл три сезона` counts seasons played; `на протяжении трёх сезонов` is a length of time.
    if (parts.every((p) => p.unit === 'season') && !/^(?:в\s+течени[ея]|на\s+протяжении|за)\s/iu.test(m[0]))
      return null;
    const value = isCountRange(m[0]) ? null : durationValue(parts);
    const clock = parts.every((p) => isClockUnit(p.unit));
    const stated = { year: false, month: false, day: false };
    const timex = { type: 'DURATION' as const, value: value ?? (clock ? 'PTXH' : 'PXY') };
    return { value, kind: clock ? 'time' : 'duration', stated, timex, ...span };
  },
};
