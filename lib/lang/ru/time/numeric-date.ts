import { isoDate, isRealDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { START, prep } from './fragments';
import { openInterval } from './open-interval';

/**
 * A date in digits: `05.11.2019`, `5.11.2019 г.`, `24/06/2016`, `от 22.04.2018`. Day first, as Russian writes it.
 * Two-digit years are not read (`5.11.19` may be anything).
 */
export const numericDateParser: TimeParser = {
  name: 'parser/ru/NumericDate',
  pattern: new RegExp(
    `${START}${prep('p')}(?<d>[12]\\d|3[01]|0?[1-9])(?<sep>[./])(?<m>1[0-2]|0?[1-9])\\k<sep>(?<y>(?:1[89]|20)\\d\\d)(?:\\s*(?:года|г(?![\\p{L}])))?(?![\\p{N}]|[./]\\d)`,
    'giu',
  ),
  extract(m): ParsedTime | null {
    const g = m.groups ?? {};
    const [y, mo, d] = [Number(g.y), Number(g.m), Number(g.d)];
    if (!isRealDate(y, mo, d)) return null;
    return {
      value: openInterval(isoDate(y, mo, d), g.p),
      kind: 'date',
      stated: { year: true, month: true, day: true },
    };
  },
};
