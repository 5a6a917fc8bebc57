import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EN_PARSERS } from './index';

const TEXT = [
  'On Friday, Oct. 13, 1989, the Dow fell 190 points; a year earlier it had risen.',
  'Third-quarter net rose from $3 million a year ago, the company said late yesterday.',
  'The summit opens 14-15 November 2025 and runs from 30 November to 2 December.',
  'For the past two months, and in recent years, trade grew 5% a year, every year since the 1990s.',
  'The offer expires at 5 p.m. EST Tuesday; talks resume next week, this summer or in the 21st century.',
  'Nineteen ninety-six was recently described as the year two thousand minus four, over the past decade.',
  'Since mid-1996, on Christmas Day and last Thanksgiving, markets closed early; the weekend was quiet.',
  'He knows now what today’s marketers may march to: the May 4th movement of the ’80s, 2026-2027.',
].join('\n');

// The anchored search must find exactly what the plain pattern finds, in the same order.
describe('anchored patterns match as their plain regular expressions do', () => {
  it.each(EN_PARSERS.map((p) => [p.name, p] as const))('%s', (_name, parser) => {
    const plain = new RegExp(parser.pattern.source, 'giu');
    const all = (re: RegExp) => {
      const out: string[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(TEXT); m; m = re.exec(TEXT)) out.push(`${m.index}:${m[0]}`);
      return out;
    };
    expect(all(parser.pattern)).toEqual(all(plain));
  });
});

// Random text made of the words the patterns react to, glued or spaced in odd ways: the search from trigger words
// must still find exactly what the plain patterns find.
const PIECES = [
  'the',
  'a',
  'last',
  'next',
  'past',
  'two',
  'twenty-four',
  '14',
  '1998',
  '1990s',
  "'80s",
  '’80s',
  '10:30',
  'a.m.',
  'pm',
  "o'clock",
  'years',
  'year',
  'months',
  'week',
  'weekend',
  'days',
  'quarter',
  'half',
  'period',
  'century',
  'ago',
  'earlier',
  'from',
  'now',
  'today',
  'yesterday',
  'morning',
  'Friday',
  'Fridays',
  'November',
  'Nov.',
  'Sept',
  'May',
  'of',
  'in',
  'for',
  'about',
  'more than',
  'every',
  'per',
  'annually',
  'Christmas',
  'New',
  'Year’s',
  'Day',
  'spring',
  'fall',
  'recently',
  'current',
  'future',
  'mid',
  'early',
  'end',
  'to',
  'and',
  '-',
  '–',
  ',',
  '.',
  ';',
  '(',
  '"',
  '$',
  '%',
  '\n',
  'nineteen',
  'ninety-six',
  'two thousand',
  'fiscal',
  'third',
  'this',
  'million',
  'noon',
  'Monday',
  'year-earlier',
  'few',
  'or so',
  'third-quarter',
  'five-year',
  'decades-long',
  '1/2',
  'FY1990',
  'pre-1990',
  '2026-2027',
  'é',
  '_',
  // Capitals: the patterns' first-character prefilter (first-chars.ts) must let them through. (Not `ſ` nor the Kelvin
  // sign, which Unicode case folding takes to `s` and `k`: the trigger scan reads ASCII letters only, see
  // anchored-pattern.ts.)
  'THE',
  'Last',
  'YEARS',
  'AGO',
  'Week',
  'NOV.',
];

/** Every English parser's anchored pattern finds in `t` exactly what its plain regular expression finds. */
function expectSameMatches(t: string): void {
  const all = (re: RegExp) => {
    const out: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) out.push(`${m.index}:${m[0]}`);
    return out;
  };
  for (const parser of EN_PARSERS)
    expect(all(parser.pattern), parser.name).toEqual(all(new RegExp(parser.pattern.source, 'giu')));
}

describe('anchored patterns on random text', () => {
  it('match as their plain regular expressions do', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', ' ', ' ', '', ', ', '\t', '  ')), {
        maxLength: 50,
      })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(
      fc.property(text, (t) => expectSameMatches(t)),
      { numRuns: 300 },
    );
  });
});

// A tab between a time and `a.m.`; a month glued to an ordinal word (no date, whichever way it is searched).
describe('anchored patterns, cases random text found', () => {
  it.each(['1/2\ta.m. ', 'Novemberthird ', 'Maythird-quarter ', 'the  weekend ', 'the  year-earlier '])('%j', (t) => {
    expectSameMatches(t);
  });
});
