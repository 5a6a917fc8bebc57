import { anyOf, lowerSpaced, SP, WORD_END, WORD_START } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { periodValue, type Period } from './period-value';
import { anchored } from './anchored-pattern';

const SHIFTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:last|the past|this past|the last|the previous|previous|past)$/, -1],
  [/^(?:next|the next|the coming|this coming|the following|coming)$/, 1],
];

// `earlier this year`, `the end of this week`, `mid-next year`.
const PART = anyOf([
  'earlier',
  'later',
  'early',
  'late',
  'mid',
  'the end of',
  'the beginning of',
  'the start of',
  'the middle of',
  'the rest of',
  'the balance of',
  'the remainder of',
  'the first half of',
  'the second half of',
  'at the end of',
  'around the end of',
  'at end of',
  'at the turn of',
  'around the turn of',
]);
const WHICH = anyOf([
  'this past',
  'this coming',
  'this',
  'last',
  'next',
  'past',
  'the past',
  'the last',
  'the previous',
  'the next',
  'the coming',
  'the following',
  'the current',
  'the same',
]);

/**
 * This, last and next year, month, week, weekend, quarter, half, decade, century: `this year`, `last week`,
 * `next month`, `earlier this year`, `late last year`, `the end of this week`, `the current fiscal year`,
 * `this year's`. Resolved against the article date.
 */
export const relativeUnitParser: TimeParser = {
  name: 'parser/en/RelativeUnit',
  pattern: anchored(
    `${WORD_START}(?:${PART}(?:-|${SP}))?(?<which>${WHICH})${SP}` +
      `(?:(?<fiscal>fiscal|calendar|financial|school|academic)${SP})?(?<unit>year|month|week|weekend|quarter|half|decade|century)(?:['’]s)?${WORD_END}`,
    { words: ['year', 'month', 'week', 'weekend', 'quarter', 'half', 'decade', 'century'], reach: 50 },
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const which = lowerSpaced(g.which);
    const unit = (g.unit ?? '').toLowerCase() as Period;
    const shift = SHIFTS.find(([re]) => re.test(which))?.[1] ?? 0;
    // `the past decade` and `the last century` are stretches of time that end now.
    if ((unit === 'decade' || unit === 'century') && shift < 0 && /past|last/.test(which)) {
      const value = unit === 'decade' ? 'P10Y' : 'P100Y';
      return {
        value,
        kind: 'duration',
        stated: { year: false, month: false, day: false },
        timex: { type: 'DURATION', value },
      };
    }
    return periodValue(ctx.referenceDate, unit, shift);
  },
};
