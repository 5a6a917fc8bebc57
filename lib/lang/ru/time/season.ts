import { RU_SEASON, ruSeasonCode } from '../seasons';
import { parseIsoDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { END, PART, START, WHICH, prep, yearAfter } from './fragments';
import { relativeShift, statedYear } from './numbers';
import { openInterval } from './open-interval';

/**
 * A season: `летом 2025 года`, `осенью прошлого года`, `этим летом`, `прошлой зимой`, `к осени`, `весной`. EDTF
 * season codes: 21 spring, 22 summer, 23 autumn, 24 winter (`2025-22`). Without a year, the season of the
 * reference year, moved a year by tense when it cannot be this year's.
 */
export const seasonParser: TimeParser = {
  name: 'parser/ru/Season',
  pattern: new RegExp(
    `${START}${prep('p')}(?<part>${PART})(?:(?<which>${WHICH})\\s+)?(?<season>${RU_SEASON})${END}${yearAfter('y')}?`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const code = ruSeasonCode(g.season ?? '');
    if (code === null) return null;
    const ref = parseIsoDate(ctx.referenceDate);
    const stated = statedYear(g, 'y', ctx.referenceDate);
    let year = stated ?? ref.year + (g.which ? relativeShift(g.which) : 0);
    // A season without a year or a `this/last/next`: a past clause in spring about autumn means last autumn.
    if (stated === null && !g.which) {
      const seasonStartMonth = { 21: 3, 22: 6, 23: 9, 24: 12 }[code] ?? 1;
      if (ctx.tense === 'past' && seasonStartMonth > ref.month) year -= 1;
      if (ctx.tense === 'future' && seasonStartMonth + 2 < ref.month) year += 1;
    }
    const parts = { year: stated !== null, month: false, day: false };
    return { value: openInterval(`${year}-${code}`, g.p), kind: 'season', stated: parts };
  },
};
