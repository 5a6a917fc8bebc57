/**
 * Which words count follows TimeML practice (TimeBank, AQUAINT): `now`, `currently`, `recently`, `the past`, `the
 * future` are marked; `soon`, `previously`, `eventually` and a bare `future` (adjective) are not.
 *
 * English time words with no date of their own, and which way they point: TIMEX3 gives them `PRESENT_REF`,
 * `PAST_REF` or `FUTURE_REF`. Multi-word forms first where one contains another.
 */
export const EN_PRESENT_WORDS = [
  'right now',
  'just now',
  'now',
  'currently',
  'at present',
  'at the moment',
  'at this moment',
  'these days',
  'nowadays',
  'the present',
  'the present day',
  'current',
];
export const EN_PAST_WORDS = [
  'recently',
  'more recently',
  'most recently',
  'until recently',
  'lately',
  'the past',
  'in the past',
  'formerly',
  'in recent years',
  'recent years',
  'the old days',
  'in years past',
];
export const EN_FUTURE_WORDS = [
  'the future',
  'the near future',
  'the near term',
  'the short term',
  'the long term',
  'a later date',
  'later date',
  'the years ahead',
  'the coming years',
  'the months ahead',
  'the weeks ahead',
  'the days ahead',
];
