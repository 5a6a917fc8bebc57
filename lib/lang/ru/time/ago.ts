import { anyOf } from '../pattern';
import { isClockUnit } from '../units';
import { addDays } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { AMOUNT, UNIT_ALONE, readAmount } from './amount';
import { START } from './fragments';
import { shiftedUnit } from './relative-unit';

// `примерно два года назад`, `почти через два года`, `ещё 2 года назад`, `чуть больше недели назад`.
const HEDGE = anyOf([
  'около',
  'почти',
  'примерно',
  'приблизительно',
  'более',
  'больше',
  'менее',
  'меньше',
  'чуть',
  'чуть более',
  'чуть больше',
  'немногим более',
  'свыше',
  'порядка',
  'не менее',
  'не более',
]);
const BEFORE = anyOf(['через', 'спустя', 'по прошествии']);
const AFTER = anyOf(['назад', 'тому назад', 'спустя', 'позже', 'позднее', 'ранее', 'раньше', 'вперёд']);
const PAST_WORDS = /(?:назад|ранее|раньше)$/iu;

/**
 * A point some time before or after the reference date: `два дня назад`, `через месяц`, `год назад`, `спустя
 * несколько дней`, `годом ранее`, `несколько лет назад`. With an exact count it is resolved (`через месяц` from
 * 2025-11-14 is `2025-12`); with a vague count (`несколько лет назад`) it is recognised with no value.
 * `спустя`/`позже`/`ранее` count from an event named in the text, not from the reference date: no value either.
 */
export const agoParser: TimeParser = {
  name: 'parser/ru/Ago',
  pattern: new RegExp(
    `${START}(?:(?:${HEDGE})\\s+)*(?:(?<before>${BEFORE})\\s+(?:(?:${HEDGE})\\s+)*)?(?:${AMOUNT}|${UNIT_ALONE})` +
      `(?:\\s+(?<after>${AFTER}))?(?![\\p{L}])`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    if (!g.before && !g.after) return null;
    if (g.before && g.after) return null;
    const parts = readAmount(m[0].replace(/^.*?(?:через|спустя|прошествии)\s+/iu, ''));
    const first = parts[0];
    if (!first || parts.length > 1) return null;
    const word = (g.before ?? g.after ?? '').toLocaleLowerCase('ru');
    const direction = PAST_WORDS.test(word) ? 'past' : 'future';
    const stated = { year: false, month: false, day: false };
    const clock = isClockUnit(first.unit);
    const kind = clock ? ('time' as const) : ('relative' as const);
    // Only `назад` and `через` count from the reference date; a hedge (`около`, `почти`) makes the point vague.
    const fromReference =
      /^(?:назад|тому назад|через)$/.test(word) &&
      !/^(?:около|почти|примерно|приблизительно|более|больше|менее|меньше|чуть|свыше|порядка|не)\s/iu.test(m[0]);
    if (first.amount === null || !Number.isInteger(first.amount) || !fromReference || clock) {
      return { value: null, kind: clock ? 'time' : 'vague', stated, direction };
    }
    const shift = direction === 'past' ? -first.amount : first.amount;
    const value =
      first.unit === 'day' ? addDays(ctx.referenceDate, shift) : shiftedUnit(ctx.referenceDate, first.unit, shift);
    return { value, kind: value === null ? 'vague' : kind, stated, direction };
  },
};
