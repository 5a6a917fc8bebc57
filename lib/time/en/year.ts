import { NOT_YEAR_AFTER, NOT_YEAR_BEFORE } from '../../lang/en/not-dates';
import { SP, WORD_END, WORD_START } from '../../lang/en/pattern';
import type { ParsedTime, TimeParser } from '../parser';
import { YEAR, yearValue } from './fragments';
import { gated } from './gated';

const BEFORE = new RegExp(`(?:^|[^\\p{L}])${NOT_YEAR_BEFORE}\\.?\\s*$`, 'iu');
const AFTER = new RegExp(`^\\s*${NOT_YEAR_AFTER}${WORD_END}`, 'iu');
// An amount or a number in a list: `$2025`, `#1990`, `No. 1990`, `1,990`, `25.1990`, `1990%`, `1990-strong`.
const NUMERIC_BEFORE = /[$£€¥#№,.+\d]\s*$|\d\s*[-–]\s*$/;
const NUMERIC_AFTER = /^(?:[,.]\d|\s*%|-(?:strong|member|seat|page))/;

/**
 * A year in digits or words: `1998`, `fiscal 1989`, `the year 2000`, `mid-1996`, `early 1990`, `post-1959`,
 * `nineteen ninety-six`. Numbers that only look like years stay out: amounts, model numbers, counts, names of plans.
 */
export const yearParser: TimeParser = {
  name: 'parser/en/Year',
  pattern: gated(
    `${WORD_START}(?:(?:the${SP})?(?:early|late|mid|the${SP}end${SP}of|the${SP}beginning${SP}of|the${SP}start${SP}of|the${SP}middle${SP}of|the${SP}rest${SP}of|the${SP}first${SP}half${SP}of)${SP}|(?:mid|post|pre)-|(?:the${SP}year|fiscal(?:${SP}year)?|calendar(?:${SP}year)?|FY|the${SP}class${SP}of)${SP}?)?` +
      `(?<year>${YEAR})${WORD_END}`,
    /\d{4}|nineteen|two\s+thousand|fifteen|sixteen|seventeen|eighteen|ten|eleven|twelve|thirteen|fourteen/i,
  ),
  extract(m, ctx): ParsedTime | null {
    const year = yearValue(m.groups?.year);
    if (year === null || year < 1000 || year > 2199) return null;
    const before = ctx.sentence.slice(Math.max(0, m.index - 24), m.index);
    const after = ctx.sentence.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (m[0] === m.groups?.year && (BEFORE.test(before) || NUMERIC_BEFORE.test(before))) return null;
    if (AFTER.test(after) || NUMERIC_AFTER.test(after)) return null;
    return { value: String(year), kind: 'year', stated: { year: true, month: false, day: false } };
  },
};
