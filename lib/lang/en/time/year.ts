import { NOT_YEAR_AFTER, NOT_YEAR_BEFORE } from '../not-dates';
import { SP, WORD_END, WORD_START, anyOf } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { YEAR, yearValue } from './fragments';
import { anchored } from './anchored-pattern';

// Words that belong to a year: `early 1990`, `the end of 1994`, `mid-1996`, `post-1959`, `fiscal 1989`, `FY1990`.
const PREFIX = `(?:${anyOf([
  'early',
  'late',
  'mid',
  'the early',
  'the late',
  'the mid',
  'the end of',
  'the beginning of',
  'the start of',
  'the middle of',
  'the rest of',
  'the first half of',
  'the second half of',
  'post',
  'pre',
  'the year',
  'fiscal',
  'fiscal year',
  'calendar',
  'calendar year',
  'the class of',
])}|FY)`;
const BEFORE = new RegExp(`(?:^|[^\\p{L}])${NOT_YEAR_BEFORE}\\.?\\s*$`, 'iu');
const AFTER = new RegExp(`^\\s*${NOT_YEAR_AFTER}${WORD_END}`, 'iu');
// An amount or a number in a list: `$2025`, `#1990`, `No. 1990`, `1,990`, `25.1990`, `1990%`, `1990-strong`.
const NUMERIC_BEFORE = /[$£€¥#№,.+\d]\s*$|\d\s*[-–]\s*$/;
const NUMERIC_AFTER = /^(?:[,.]\d|\s*%|-(?:strong|member|seat|page))/;

/**
 * A year in digits or words, or a span of years: `1998`, `2026-2027`, `1990-91`, `fiscal 1989`, `the year 2000`, `mid-1996`, `early 1990`, `post-1959`,
 * `nineteen ninety-six`. Numbers that only look like years stay out: amounts, model numbers, counts, names of plans.
 */
export const yearParser: TimeParser = {
  name: 'parser/en/Year',
  pattern: anchored(
    `${WORD_START}(?:${PREFIX}(?:-|${SP}))?` +
      `(?<year>${YEAR})(?:\\s*[-–]\\s*(?<end>\\d{4}|\\d\\d)(?![-\\d]))?${WORD_END}`,
    {
      digits: 'year',
      words: [
        'ten',
        'eleven',
        'twelve',
        'thirteen',
        'fourteen',
        'fifteen',
        'sixteen',
        'seventeen',
        'eighteen',
        'nineteen',
      ],
      reach: 30,
    },
    // `two thousand`: found from its second word, which is rarer.
    { words: ['thousand'], reach: 40 },
  ),
  extract(m, ctx): ParsedTime | null {
    const year = yearValue(m.groups?.year);
    if (year === null || year < 1000 || year > 2199) return null;
    const before = ctx.sentence.slice(Math.max(0, m.index - 24), m.index);
    const after = ctx.sentence.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (m[0] === m.groups?.year && (BEFORE.test(before) || NUMERIC_BEFORE.test(before))) return null;
    if (AFTER.test(after) || NUMERIC_AFTER.test(after)) return null;
    const stated = { year: true, month: false, day: false };
    // `2026-2027`, `1990-91`: a span of years; the second year, if written short, shares the first one's century.
    const endText = m.groups?.end;
    if (endText) {
      const end = endText.length === 2 ? Math.floor(year / 100) * 100 + Number(endText) : Number(endText);
      if (end <= year || end - year > 50) return null;
      return { value: `${year}/${end}`, kind: 'range', stated };
    }
    return { value: String(year), kind: 'year', stated };
  },
};
