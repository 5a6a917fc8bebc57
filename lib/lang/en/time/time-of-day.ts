import { SP, WORD_END, WORD_START } from '../pattern';
import { pad } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { anchored } from './anchored-pattern';

const NOTHING = { year: false, month: false, day: false };
const ZONE = `(?:${SP}(?:[ECMP][SD]T|GMT|UTC|BST|CET|local${SP}time))`;

/**
 * A clock time on the article date (a refiner moves it to a day named beside it): `10:35 a.m.`, `6 a.m`, `around
 * 7:15 p.m. EST`, `4 in the morning`, `noon`, `midnight`, `14:30 GMT`, `5 o'clock`.
 */
export const timeOfDayParser: TimeParser = {
  name: 'parser/en/TimeOfDay',
  pattern: anchored(
    `${WORD_START}(?:(?:about|around|approximately|shortly${SP}(?:before|after)|just${SP}(?:before|after))${SP})?(?:` +
      `(?<h>1[0-2]|0?[1-9])(?::(?<min>[0-5]\\d))?\\s?(?<ampm>[ap]\\.\\s?m\\b\\.?|[ap]m\\b)` +
      `|(?<h24>[01]?\\d|2[0-3]):(?<min24>[0-5]\\d)(?=${ZONE}|${SP}(?:hours|hrs|h)\\b)` +
      `|(?<hw>1[0-2]|0?[1-9])${SP}(?:o['’]clock${SP})?in${SP}the${SP}(?<part>morning|afternoon|evening)` +
      `|(?<hc>1[0-2]|0?[1-9])${SP}o['’]clock` +
      `|(?<noon>noon|midnight|midday|mid-day))${ZONE}?${WORD_END}`,
    { digits: 'clock', words: ['noon', 'midnight', 'midday', 'mid'], reach: 25 },
    // `o’clock`, `in the morning`: the pattern's own anchor was `o` or `in`, a few characters earlier.
    { words: ['clock', 'morning', 'afternoon', 'evening'], reach: 35 },
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    let hour: number;
    let minute = 0;
    if (g.noon) {
      const word = g.noon.toLowerCase();
      hour = word === 'midnight' ? 24 : 12;
    } else if (g.h24) {
      hour = Number(g.h24);
      minute = Number(g.min24);
    } else if (g.hw) {
      hour = (Number(g.hw) % 12) + ((g.part ?? '').toLowerCase() === 'morning' ? 0 : 12);
    } else if (g.hc) {
      hour = Number(g.hc);
    } else {
      hour = (Number(g.h) % 12) + (/^p/i.test(g.ampm ?? '') ? 12 : 0);
      minute = Number(g.min ?? 0);
    }
    const value = `${ctx.referenceDate}T${pad(hour)}:${pad(minute)}`;
    return { value: hour === 24 ? `${ctx.referenceDate}T24:00` : value, kind: 'time', stated: NOTHING };
  },
};
