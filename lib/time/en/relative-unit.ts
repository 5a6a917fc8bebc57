import { SP, WORD_END, WORD_START } from '../../lang/en/pattern';
import type { ParsedTime, TimeParser } from '../parser';
import { periodValue, type Period } from './period-value';
import { gated } from './gated';

const SHIFTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:last|the past|this past|the last|the previous|previous|past)$/, -1],
  [/^(?:next|the next|the coming|this coming|the following|coming)$/, 1],
];

/**
 * This, last and next year, month, week, weekend, quarter, half, decade, century: `this year`, `last week`,
 * `next month`, `earlier this year`, `late last year`, `the end of this week`, `the current fiscal year`,
 * `this year's`. Resolved against the article date.
 */
export const relativeUnitParser: TimeParser = {
  name: 'parser/en/RelativeUnit',
  pattern: gated(
    `${WORD_START}(?:(?:earlier|later|early|late|mid|the${SP}(?:end|beginning|start|middle|rest|balance|remainder|first${SP}half|second${SP}half)${SP}of|(?:at|around)${SP}(?:the${SP})?(?:end|turn)${SP}of)${SP}|mid-)?` +
      `(?<which>this${SP}past|this${SP}coming|this|last|next|past|the${SP}past|the${SP}last|the${SP}previous|the${SP}next|the${SP}coming|the${SP}following|the${SP}current|the${SP}same)${SP}` +
      `(?:(?<fiscal>fiscal|calendar|financial|school|academic)${SP})?(?<unit>year|month|week|weekend|quarter|half|decade|century)(?:['’]s)?${WORD_END}`,
    /year|month|week|quarter|half|decade|century/i,
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const which = (g.which ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = (g.unit ?? '').toLowerCase() as Period;
    const shift = SHIFTS.find(([re]) => re.test(which))?.[1] ?? 0;
    // `the past decade` and `the last century` are stretches of time that end now.
    if ((unit === 'decade' || unit === 'century') && shift < 0 && /past|last/.test(which)) {
      const value = unit === 'decade' ? 'P10Y' : 'P100Y';
      return { value, kind: 'duration', stated: { year: false, month: false, day: false }, timex: { type: 'DURATION', value } };
    }
    return periodValue(ctx.referenceDate, unit, shift);
  },
};
