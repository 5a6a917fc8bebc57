import { EN_UNIT, enUnitFactor, endsInS, enUnitOf } from '../units';
import { SP, WORD_END, WORD_START } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { APPROX, COUNT, countValue } from './fragments';
import { periodValue, type Period } from './period-value';
import { anchored } from './anchored-pattern';

const NOTHING = { year: false, month: false, day: false };

/**
 * A point some units before or after the article date: `two days ago`, `a year earlier`, `almost four years ago`,
 * `a week or so ago`, `three months from now`. `N days later` and `N days before` are left to the duration parser:
 * they count from an event in the story, not from the article date. The value has the unit's grain (`a year ago` is a year, `two days
 * ago` a day). With no count (`years ago`, `several weeks ago`) it is vague: recognised, no made-up date.
 */
export const agoParser: TimeParser = {
  name: 'parser/en/Ago',
  pattern: anchored(
    `${WORD_START}(?:${APPROX}${SP})?(?:(?<n>${COUNT})${SP}|(?<vague>(?:a${SP})?(?:few|several|many|some|couple(?:${SP}of)?)${SP}))?` +
      `(?<unit>${EN_UNIT})${SP}(?:or${SP}so${SP}|or${SP}more${SP})?(?<dir>ago|earlier|back|hence|from${SP}now|from${SP}today)${WORD_END}`,
    { words: ['ago', 'earlier', 'back', 'hence'], reach: 70 },
    // `from now`, `from today`: found from the second word.
    { words: ['now', 'today'], reach: 80 },
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const dirWord = (g.dir ?? '').toLowerCase();
    const direction = /ago|earlier|back/.test(dirWord) ? 'past' : 'future';
    const unit = enUnitOf(g.unit ?? '');
    if (!unit) return null;
    const plural = endsInS(g.unit ?? '');
    if (g.vague || (plural && !g.n)) return { value: null, kind: 'vague', stated: NOTHING, direction };
    const n = g.n ? countValue(g.n) : 1;
    if (n === null || !Number.isInteger(n)) return { value: null, kind: 'vague', stated: NOTHING, direction };
    const count = n * enUnitFactor(g.unit ?? '');
    const sign = direction === 'past' ? -1 : 1;
    const grain: Record<typeof unit, readonly [Period, number]> = {
      year: ['year', 1],
      decade: ['year', 10],
      century: ['year', 100],
      quarter: ['quarter', 1],
      month: ['month', 1],
      week: ['week', 1],
      day: ['day', 1],
      hour: ['day', 0],
      minute: ['day', 0],
      second: ['day', 0],
    };
    const [period, per] = grain[unit];
    return { ...periodValue(ctx.referenceDate, period, sign * count * per), kind: 'relative', direction };
  },
};

/** `year-earlier`, `year-ago` as adjectives (`year-earlier profit`): the year before the article's. */
export const yearAgoAdjectiveParser: TimeParser = {
  name: 'parser/en/YearAgoAdjective',
  pattern: anchored(`${WORD_START}(?:the${SP})?year-(?:earlier|ago)${WORD_END}(?!-)`, { words: ['year'], reach: 4 }),
  extract(_m, ctx): ParsedTime {
    return { ...periodValue(ctx.referenceDate, 'year', -1), kind: 'relative', direction: 'past' };
  },
};
