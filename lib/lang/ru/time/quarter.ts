import { anyOf, foldRu } from '../pattern';
import { readNumeral } from '../read-numeral';
import { parseIsoDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { START, WHICH, prep, yearAfter } from './fragments';
import { relativeShift, statedYear } from './numbers';
import { openInterval } from './open-interval';

const ORDINAL = anyOf([
  'первом',
  'первого',
  'первый',
  'первому',
  'втором',
  'второго',
  'второй',
  'второму',
  'третьем',
  'третьего',
  'третий',
  'третьему',
  'четвёртом',
  'четвёртого',
  'четвёртый',
  'четвёртому',
]);

/**
 * A quarter or a half of a year: `в первом квартале`, `во втором квартале 2025 года`, `в I квартале`, `в прошлом
 * квартале`, `во втором полугодии`. EDTF writes quarters as 33-36 and halves as 40-41 (`2025-33`, `2025-41`).
 */
export const quarterParser: TimeParser = {
  name: 'parser/ru/Quarter',
  pattern: new RegExp(
    `${START}${prep('p')}(?:(?<ordinal>${ORDINAL})|(?<roman>IV|I{1,3})|(?<digit>[1-4])-?(?:м|го|й|ом)?|(?<which>${WHICH}))\\s+` +
      `(?<unit>квартал(?:а|у|е|ом)?|полугоди(?:е|я|ю|и|ем))(?![\\p{L}])${yearAfter('y')}?`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const half = foldRu(g.unit ?? '').startsWith('полугод');
    const ref = parseIsoDate(ctx.referenceDate);
    let n: number;
    let year = statedYear(g, 'y', ctx.referenceDate) ?? ref.year;
    if (g.which) {
      const current = half ? (ref.month <= 6 ? 1 : 2) : Math.ceil(ref.month / 3);
      const count = half ? 2 : 4;
      const shifted = current - 1 + relativeShift(g.which);
      year += Math.floor(shifted / count);
      n = (((shifted % count) + count) % count) + 1;
    } else {
      n = g.ordinal
        ? (readNumeral(g.ordinal)?.value ?? 0)
        : g.roman
          ? g.roman.length === 2
            ? 4
            : g.roman.length
          : Number(g.digit);
    }
    if (n < 1 || n > (half ? 2 : 4)) return null;
    const code = half ? 39 + n : 32 + n;
    const parts = { year: Boolean(g.y || g.yw || g.yrel), month: false, day: false };
    return { value: openInterval(`${year}-${code}`, g.p), kind: 'quarter', stated: parts };
  },
};
