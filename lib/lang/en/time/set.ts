import { EN_MONTH_NAME, enMonthNumber } from '../months';
import { EN_SEASON, enSeasonCode } from '../seasons';
import { SP, WORD_END, WORD_START, fold } from '../pattern';
import { EN_WEEKDAY, enWeekdayNumber } from '../weekdays';
import { pad } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { DAY_PART, dayPartCode } from './day-parts';
import { anchored } from './anchored-pattern';

const NOTHING = { year: false, month: false, day: false };
const UNITS: Record<string, string> = {
  year: 'P1Y',
  month: 'P1M',
  week: 'P1W',
  day: 'P1D',
  quarter: 'P3M',
  hour: 'PT1H',
  minute: 'PT1M',
  decade: 'P10Y',
  weekend: 'P1W',
};
const ADVERBS: Record<string, string> = {
  annually: 'P1Y',
  yearly: 'P1Y',
  'year-round': 'P1Y',
  monthly: 'P1M',
  weekly: 'P1W',
  daily: 'P1D',
  nightly: 'P1D',
  hourly: 'PT1H',
  quarterly: 'P3M',
  biweekly: 'P2W',
  fortnightly: 'P2W',
  biannually: 'P6M',
  semiannually: 'P6M',
  'semi-annually': 'P6M',
};
const SEASON_CODES: Record<number, string> = { 21: 'SP', 22: 'SU', 23: 'FA', 24: 'WI' };

function set(value: string): ParsedTime {
  // An ISO 8601 repeating interval when the recurrence is a plain period; `each July` has no EDTF form.
  return {
    value: value.startsWith('P') ? `R/${value}` : null,
    kind: 'set',
    stated: NOTHING,
    timex: { type: 'SET', value },
  };
}

/**
 * Recurrences: `every year`, `each July`, `each Thursday`, `every other week`, `twice a year`, `$5 a year`, `per
 * month`, `annually`, `weekly`, `daily`. TIMEX3 writes the period (`P1Y`) or the recurring date (`XXXX-07`).
 */
export const setParser: TimeParser = {
  name: 'parser/en/Set',
  pattern: anchored(
    `${WORD_START}(?:(?:every|each)${SP}(?:other${SP})?(?:(?<unit>year|month|week|weekend|day|quarter|hour|minute|decade)|(?<month>${EN_MONTH_NAME})|(?<weekday>${EN_WEEKDAY})(?:${SP}(?<part>${DAY_PART}))?|(?<part2>${DAY_PART})|(?<season>${EN_SEASON}))` +
      `|(?<=(?:\\d|%|million|billion|trillion|dollars|cents|percent|times|twice|once|thrice)\\s{1,3})(?:an?|per)${SP}(?<perUnit>year|month|week|day|quarter|hour)` +
      `|(?<adverb>annually|yearly|monthly|weekly|daily|nightly|hourly|biweekly|fortnightly|biannually|semi-?annually))${WORD_END}`,
    {
      words: [
        'every',
        'each',
        'per',
        'annually',
        'yearly',
        'monthly',
        'weekly',
        'daily',
        'nightly',
        'hourly',
        'biweekly',
        'fortnightly',
        'biannually',
        'semi',
        'semiannually',
      ],
      reach: 0,
    },
    // `$5 a year`: the pattern starts at `a`, a few characters before the unit.
    { words: ['year', 'month', 'week', 'day', 'quarter', 'hour'], reach: 8 },
  ),
  extract(m): ParsedTime | null {
    const g = m.groups ?? {};
    if (g.adverb) return set(ADVERBS[fold(g.adverb)] ?? 'P1D');
    const unit = g.unit ?? g.perUnit;
    if (unit) return set(UNITS[fold(unit)] ?? 'P1Y');
    if (g.month) return set(`XXXX-${pad(enMonthNumber(g.month) ?? 1)}`);
    if (g.weekday) {
      const code = g.part ? dayPartCode(g.part) : null;
      return set(`XXXX-WXX-${enWeekdayNumber(g.weekday) ?? 1}${code ? `T${code}` : ''}`);
    }
    if (g.part2) return set(`TXX${dayPartCode(g.part2) ?? 'DT'}`.replace('TXX', 'XXXX-XX-XXT'));
    if (g.season) return set(`XXXX-${SEASON_CODES[enSeasonCode(g.season) ?? 22] ?? 'SU'}`);
    return null;
  },
};
