import { EN_SEASON, enSeasonCode } from '../seasons';
import { anyOf, lowerSpaced, SP, WORD_END, WORD_START } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { YEAR, yearValue } from './fragments';
import { anchored } from './anchored-pattern';

// The month each season begins in (northern hemisphere, as the news this reads is written).
const START_MONTH: Record<number, number> = { 21: 3, 22: 6, 23: 9, 24: 12 };
const PREPOSITION_BEFORE =
  /(?:^|\W)(?:in|during|by|until|till|through|since|over|throughout|before|after|this|last|next|early|late|mid)\s+(?:the\s+)?$/i;

const WHICH = anyOf(['last', 'next', 'this past', 'this coming', 'this', 'past', 'coming', 'early', 'late', 'mid']);

/**
 * A season: `last fall`, `this summer`, `the winter of 1994`, `spring 1999`, `this past spring`, `early summer`.
 * `fall` and `spring` are also verbs and nouns, so a season needs a modifier, a year or a preposition before it.
 */
export const seasonParser: TimeParser = {
  name: 'parser/en/Season',
  pattern: anchored(
    `${WORD_START}(?:(?:the${SP})?(?<which>${WHICH})(?:-|${SP}))?(?:the${SP})?` +
      `(?<season>${EN_SEASON})(?:${SP}(?:of${SP})?(?<year>${YEAR})|(?:['’]s))?${WORD_END}`,
    { words: ['spring', 'summer', 'fall', 'autumn', 'winter'], reach: 25 },
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const code = enSeasonCode(g.season ?? '');
    if (code === null) return null;
    const stated = yearValue(g.year);
    const which = lowerSpaced(g.which);
    const before = ctx.sentence.slice(Math.max(0, m.index - 30), m.index);
    if (stated === null && !which && !/^the/i.test(m[0]) && !PREPOSITION_BEFORE.test(before)) return null;
    const refYear = Number(ctx.referenceDate.slice(0, 4));
    const refMonth = Number(ctx.referenceDate.slice(5, 7));
    const start = START_MONTH[code] ?? 1;
    let year = stated ?? refYear;
    if (stated === null && /last|past/.test(which)) year = start < refMonth - 2 ? refYear : refYear - 1;
    else if (stated === null && /next|coming/.test(which)) year = start > refMonth ? refYear : refYear + 1;
    return { value: `${year}-${code}`, kind: 'season', stated: { year: stated !== null, month: false, day: false } };
  },
};
