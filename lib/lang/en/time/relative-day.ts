import { lowerSpaced, SP, WORD_END, WORD_START } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { addDays } from './calendar-units';
import { DAY_PART, dayPartCode } from './day-parts';
import { anchored } from './anchored-pattern';

const NOTHING = { year: false, month: false, day: false };
const OFFSETS: Record<string, number> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};

/**
 * Days named relative to the article date: `today`, `yesterday`, `tomorrow`, `late yesterday`, `earlier today`,
 * `yesterday afternoon`, `the day before yesterday`; and parts of days: `this morning`, `last night`, `tonight`
 * (TIMEX3 times such as `2025-11-14TNI`).
 */
export const relativeDayParser: TimeParser = {
  name: 'parser/en/RelativeDay',
  pattern: anchored(
    `${WORD_START}(?:(?:early|late|earlier|later)${SP})?(?:` +
      `(?<day>today|tonight|yesterday|tomorrow|the${SP}day${SP}before${SP}yesterday|the${SP}day${SP}after${SP}tomorrow)(?:['’]s)?(?:${SP}(?<part>${DAY_PART}))?` +
      `|(?<which>this|last|tomorrow|yesterday)${SP}(?<part2>${DAY_PART}|overnight)` +
      `|(?<overnight>overnight))${WORD_END}`,
    {
      words: ['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'overnight'],
      reach: 30,
    },
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    if (g.overnight)
      return {
        value: addDays(ctx.referenceDate, -1),
        kind: 'time',
        stated: NOTHING,
        timex: { type: 'TIME', value: `${addDays(ctx.referenceDate, -1)}TNI` },
      };
    if (g.day) {
      const date = addDays(ctx.referenceDate, OFFSETS[lowerSpaced(g.day)] ?? 0);
      const code = g.part ? dayPartCode(g.part) : g.day.toLowerCase() === 'tonight' ? 'NI' : null;
      if (code)
        return { value: date, kind: 'time', stated: NOTHING, timex: { type: 'TIME', value: `${date}T${code}` } };
      return { value: date, kind: 'date', stated: NOTHING };
    }
    const which = (g.which ?? '').toLowerCase();
    const code = dayPartCode(g.part2 ?? '') ?? 'DT';
    // `last night` is the night before the article date; `this morning` its morning.
    const shift = which === 'yesterday' || (which === 'last' && code === 'NI') ? -1 : which === 'tomorrow' ? 1 : 0;
    if (which === 'last' && code !== 'NI') return null;
    const date = addDays(ctx.referenceDate, shift);
    return { value: date, kind: 'time', stated: NOTHING, timex: { type: 'TIME', value: `${date}T${code}` } };
  },
};
