import { EN_COUNT_LAST_WORDS } from '../numbers';
import { EN_UNIT, EN_UNIT_SINGULAR, EN_UNIT_WORDS, enDuration, enUnitFactor, endsInS, enUnitOf } from '../units';
import { SP, WORD_END, WORD_START, anyOf } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { APPROX, COUNT, countValue } from './fragments';
import { anchored } from './anchored-pattern';
import { isAsciiLetter, isDigitCode, isWordCode } from '../chars';

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

// The words between a count and its unit, as in the pattern (`five trading days`).
const MODIFIERS = new Set([
  'more',
  'additional',
  'full',
  'consecutive',
  'straight',
  'long',
  'short',
  'calendar',
  'trading',
  'business',
  'working',
]);
// The words a vague amount ends with (`a couple of`), beside the last words of a count.
const AMOUNT_LAST_WORDS = new Set([...EN_COUNT_LAST_WORDS, 'few', 'several', 'many', 'some', 'of', 'numerous']);

/** A digit or a letter (an ASCII letter is never asked about: the word was read back over them). */
function isWordCharBefore(c: number): boolean {
  return isDigitCode(c) || (c >= 128 && isWordCode(c));
}

/**
 * Whether the pattern's first alternative may end on the unit word at `at`: only there can a match start far before
 * the unit word (`about the past two and a half years`); elsewhere (`in recent years`, `years-long`) it starts at most
 * `the recent ` before it. It needs a hyphen right before (`five-year`, `several-year`), or spaces and a word that
 * ends a count or a vague amount, or a modifier (`five trading days`; then we look no further). A word with a digit
 * or a letter past ASCII at its end or start is let through (`2½`, `ſeven` read with the `iu` flags).
 */
function mayEndLongMatch(text: string, at: number): boolean {
  let j = at - 1;
  const c = text.charCodeAt(j);
  if (c === 45) return true;
  if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9 || text.charCodeAt(j - 1) === 0xa0))
    j--;
  const end = j;
  while (j > 0 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
  if (j === end) return j > 0;
  if (j > 0 && isWordCharBefore(text.charCodeAt(j - 1))) return true;
  const word = text.slice(j, end).toLowerCase();
  return AMOUNT_LAST_WORDS.has(word) || MODIFIERS.has(word);
}

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
    // A match starts at most 80 characters before its unit word, but that far only after a count (see mayEndLongMatch):
    // trying the pattern along 80 characters before every unit word made most of the tagger's attempts.
    { words: EN_UNIT_WORDS, reach: 11 },
    { words: EN_UNIT_WORDS, reach: 80, when: mayEndLongMatch },
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
