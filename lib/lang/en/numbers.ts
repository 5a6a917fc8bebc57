import { anyOf, fold, SP, withoutFinal } from './pattern';

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
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
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_ONES = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ORDINAL_TENS = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];

const CARDINALS = new Map<string, number>();
const ORDINALS = new Map<string, number>();
ONES.forEach((w, i) => CARDINALS.set(w, i));
ORDINAL_ONES.forEach((w, i) => ORDINALS.set(w, i));
for (let t = 2; t < 10; t++) {
  CARDINALS.set(TENS[t] ?? '', t * 10);
  ORDINALS.set(ORDINAL_TENS[t] ?? '', t * 10);
  for (let u = 1; u < 10; u++) {
    CARDINALS.set(`${TENS[t]}-${ONES[u]}`, t * 10 + u);
    ORDINALS.set(`${TENS[t]}-${ORDINAL_ONES[u]}`, t * 10 + u);
  }
}

// Quantity words that stand for a number (`a year`, `a couple of years`, `a dozen years`).
const QUANTITIES: ReadonlyArray<readonly [string, number]> = [
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['a single', 1],
  ['a couple of', 2],
  ['a couple', 2],
  ['couple of', 2],
  ['a pair of', 2],
  ['a dozen', 12],
  ['half a', 0.5],
  ['half an', 0.5],
  ['a half', 0.5],
  ['a hundred', 100],
  ['one hundred', 100],
  ['a thousand', 1000],
];

/** 0-99 in words, `twenty-four` or `twenty four` (anyOf reads a hyphen as either). */
const WORD_NUMBER = anyOf(CARDINALS.keys());

/**
 * A count: digits (`3`, `1,000`, `2.5`, `2 1/2`), words (`three`, `twenty-four`, `two hundred`, `two and a half`) or
 * a quantity word (`a`, `a couple of`, `a dozen`). Used with the `i` flag.
 */
export const EN_COUNT =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d+)?(?![\\d,]))(?:${SP}1/2|\\s*½)?` +
  `|(?:${WORD_NUMBER})(?:${SP}(?:hundred|thousand))?(?:${SP}and${SP}a${SP}half)?` +
  `|${anyOf(QUANTITIES.map(([q]) => q))}`;

/**
 * The words a count in words can end with (`twenty-four`, `two hundred`, `two and a half`, `a couple of`): what the
 * duration reader looks for before a unit word to know whether a long match can end there.
 */
export const EN_COUNT_LAST_WORDS: ReadonlySet<string> = new Set(
  [...CARDINALS.keys(), ...QUANTITIES.map(([q]) => q), 'hundred', 'thousand', 'half'].map((w) =>
    w.split(/[- ]/).pop()!,
  ),
);

/** An ordinal day or century: `14th`, `21st`, `third`, `twenty-first`. */
export const EN_ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${anyOf(ORDINALS.keys())})`;

/** An ordinal in words only (`third`, `twenty-first`). */
export const EN_ORDINAL_WORD = anyOf(ORDINALS.keys());

// Built once: a regex literal in a function is a new object on every call, and counts are read for every duration.
const COUNT_JOINS = /[- ]+/g;
const COUNT_DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(1\/2|½))?$/;
const COMMAS = /,/g;
const AND_A_HALF = ' and a half';
const SCALED_COUNT = /^(.*?) (hundred|thousand)$/;

/** The value of a count (see `EN_COUNT`), or null. */
export function enCountValue(text: string): number | null {
  const folded = fold(text);
  // Most counts are one word or one number: nothing to join.
  const t =
    folded.includes('-') || folded.includes(' ')
      ? folded.replace(COUNT_JOINS, (s) => (s.includes('-') ? '-' : ' '))
      : folded;
  const digits = COUNT_DIGITS.exec(t);
  if (digits) {
    const number = digits[1] ?? '';
    return Number(number.includes(',') ? number.replace(COMMAS, '') : number) + (digits[2] ? 0.5 : 0);
  }
  const quantity = QUANTITIES.find(([q]) => q === t);
  if (quantity) return quantity[1];
  const half = t.endsWith(AND_A_HALF) ? 0.5 : 0;
  const rest = withoutFinal(t, AND_A_HALF);
  const scaled = SCALED_COUNT.exec(rest);
  const base = wordValue(scaled ? (scaled[1] ?? '') : rest);
  if (base === null) return null;
  return base * (scaled ? (scaled[2] === 'hundred' ? 100 : 1000) : 1) + half;
}

function wordValue(w: string): number | null {
  return CARDINALS.get(w) ?? CARDINALS.get(w.replace(' ', '-')) ?? null;
}

/** The value of an ordinal (`21st`, `twenty-first`), or null. */
export function enOrdinalValue(text: string): number | null {
  const t = fold(text).replace(/\s+/g, '-');
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  return ORDINALS.get(t) ?? null;
}

const YEAR_TENS = `(?:${TENS.filter(Boolean).join('|')})(?:[- ](?:${ONES.slice(1, 10).join('|')}))?`;

/**
 * A year spoken in words, as transcripts write it: `nineteen ninety-six`, `nineteen oh five`, `two thousand`,
 * `two thousand and one`.
 */
export const EN_YEAR_WORDS =
  `(?:(?:${ONES.slice(10).join('|')})${SP}(?:${YEAR_TENS}|${ONES.slice(10).join('|')}|oh${SP}(?:${ONES.slice(1, 10).join('|')}))` +
  `|two${SP}thousand(?:${SP}(?:and${SP})?(?:${YEAR_TENS}|${ONES.slice(1).join('|')}))?)`;

/** The year of `EN_YEAR_WORDS`, or null. */
export function enYearWordsValue(text: string): number | null {
  const t = fold(text);
  const millennium = /^two thousand(?: (?:and )?(.+))?$/.exec(t);
  if (millennium) return 2000 + (millennium[1] ? (wordValue(millennium[1]) ?? NaN) : 0);
  const [century, ...rest] = t.split(' ');
  const c = wordValue(century ?? '');
  const tail = rest.join(' ');
  const y = tail.startsWith('oh ') ? wordValue(tail.slice(3)) : wordValue(tail);
  if (c === null || y === null) return null;
  return c * 100 + y;
}
