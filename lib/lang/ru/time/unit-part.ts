import { foldRu } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { END, START, prep } from './fragments';
import { openInterval } from './open-interval';
import { shiftedUnit } from './relative-unit';

const UNITS: Record<string, string> = {
  года: 'year',
  месяца: 'month',
  недели: 'week',
  века: 'century',
  сезона: 'season',
  дня: 'day',
};

/**
 * A part of the current unit, named without "this": `в начале года`, `до конца года`, `с начала года`, `к концу
 * месяца`, `в начале недели`, `в конце сезона`. News says "the year" for the year of the article; a season or a day
 * said this way has no value.
 */
export const unitPartParser: TimeParser = {
  name: 'parser/ru/UnitPart',
  pattern: new RegExp(
    `${START}${prep('p')}(?:самом\\s+|самого\\s+)?(?:начал[еау]|середин[еыу]|кон(?:це|ца|цу)|исход[еу])\\s+(?<unit>года|месяца|недели|века|сезона|дня)${END}`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const unit = UNITS[foldRu(m.groups?.unit ?? '')];
    if (!unit) return null;
    const stated = { year: false, month: false, day: false };
    const value = unit === 'season' || unit === 'day' ? null : shiftedUnit(ctx.referenceDate, unit, 0);
    if (value === null) return { value: null, kind: 'vague', stated };
    return { value: openInterval(value, m.groups?.p), kind: 'relative', stated };
  },
};
