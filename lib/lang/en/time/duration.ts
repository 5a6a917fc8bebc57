import { EN_UNIT, EN_UNIT_SINGULAR, EN_UNIT_WORDS, enDuration, enUnitFactor, endsInS, enUnitOf } from '../units';
import { SP, WORD_END, WORD_START, anyOf } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { APPROX, COUNT, countValue } from './fragments';
import { anchored } from './anchored-pattern';

const NOTHING = { year: false, month: false, day: false };
const WHICH = anyOf([
  'past',
  'last',
  'next',
  'first',
  'coming',
  'previous',
  'following',
  'final',
  'latest',
  'remaining',
  'ensuing',
  'succeeding',
  'preceding',
  'initial',
  'same',
  'entire',
  'whole',
  'full',
]);
const VAGUE = anyOf(['a few', 'few', 'several', 'many', 'some', 'a couple of', 'numerous', 'a number of']);

function durationOf(n: number | null, unitWord: string): ParsedTime | null {
  const unit = enUnitOf(unitWord);
  if (!unit) return null;
  const count = n === null ? null : n * enUnitFactor(unitWord);
  const timex = enDuration(count, unit);
  return {
    value: count === null ? null : timex,
    kind: 'duration',
    stated: NOTHING,
    timex: { type: 'DURATION', value: timex },
  };
}

/**
 * A stretch of time: `five years`, `the past two months`, `about 18 months`, `two to three weeks`, `the next few
 * days`, `2 1/2 years`, `a three-year period`, `several years`, and the adjectival `five-year`, `two-day`,
 * `16-hour`, `decades-long`. The value is an ISO 8601 duration (`P5Y`); with no count, TIMEX3's `PXY` and no EDTF.
 * The preposition (`for`, `in`) stays out of the span, as TimeML marks it.
 */
export const durationParser: TimeParser = {
  name: 'parser/en/Duration',
  pattern: anchored(
    `${WORD_START}(?:${APPROX}${SP})?(?:(?:the|a|an|its|their|his|her)${SP})?(?:${WHICH}${SP})?` +
      `(?:(?<n>${COUNT})(?:${SP}(?:to|or)${SP}(?<n2>${COUNT})|\\s*[-\u2013]\\s*(?<n3>\\d+))?|(?<vague>${VAGUE}))${SP}` +
      `(?:(?:more|additional|full|consecutive|straight|long|short|calendar|trading|business|working)${SP})?(?<unit>${EN_UNIT})(?:${SP}or${SP}so)?${WORD_END}` +
      `|${WORD_START}(?:${APPROX}${SP})?(?<an>${COUNT})-(?<aunit>${EN_UNIT_SINGULAR})(?<old>-old)?(?:-long)?${WORD_END}` +
      `|${WORD_START}(?<pl>years|months|weeks|days|decades|centuries|hours|several-year)(?:-long)?(?<=-\\p{L}+)${WORD_END}` +
      `|${WORD_START}(?<single>year|month|week|day|hour)-long${WORD_END}` +
      // `for years`, `within weeks`, `in recent months`, `the coming weeks`: a stretch with no count.
      `|(?:(?<=(?:for|within|in|over)${SP})|${WORD_START}(?:the${SP})?(?:recent|coming)${SP})(?<bare>years|months|weeks|days|decades|centuries|quarters)${WORD_END}(?!${SP}(?:of|ago|before|after|earlier|later)${WORD_END})`,
    { words: EN_UNIT_WORDS, reach: 80 },
  ),
  extract(m, ctx): ParsedTime | null {
    const parsed = durationValue(m, ctx.sentence);
    // `over the past 30 years`: before `the`, `over` is the preposition, not the hedge (`over a week`); and in
    // `a five year low` the article belongs to the noun phrase, not to the duration (`a year` keeps its `a`).
    const outside = OUTSIDE.exec(m[0]);
    return parsed && outside ? { ...parsed, span: { start: outside[0].length, end: m[0].length } } : parsed;
  },
};

// Built once, not per match (a regex literal in a function is a new object each time it is reached).
const OUTSIDE =
  /^(?:(?:over|under|around|about)\s+(?=the\b)|an?\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|hundred)))/i;
const AGE_AFTER = /^\s+(?:old|of\s+age)\b/i;
const ONE = /^(?:a|an|one)$/i;

/** The duration a match stands for, or null when it is an age or not a stretch of time at all. */
function durationValue(m: RegExpExecArray, sentence: string): ParsedTime | null {
  const g = m.groups ?? {};
  // `52 years old`, `55 years of age`: an age.
  if (AGE_AFTER.test(sentence.slice(m.index + m[0].length))) return null;
  if (g.pl) return durationOf(null, g.pl === 'several-year' ? 'years' : g.pl);
  if (g.single) return durationOf(1, g.single);
  if (g.bare) return durationOf(null, g.bare);
  // `a 6-year-old`: an age, not a stretch of time anyone dates by.
  if (g.old) return null;
  if (g.aunit) {
    const n = countValue(g.an);
    return n === null || n <= 0 ? null : durationOf(n, g.aunit);
  }
  const unitWord = g.unit ?? '';
  const unit = enUnitOf(unitWord);
  if (g.vague) return durationOf(null, unitWord);
  // `two to three weeks`: TimeML takes the lower bound.
  const n = countValue(g.n);
  if (n === null || n <= 0) return null;
  // `a second time`, `a quarter of the shares`: one of these is rarely a stretch of time.
  if ((unit === 'second' || unit === 'quarter') && ONE.test(g.n ?? '')) return null;
  const plural = endsInS(unitWord);
  if (n === 1 && plural && !g.n2) return null;
  return durationOf(n, unitWord);
}
