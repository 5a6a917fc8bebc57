/**
 * English time words with no date of their own, and which way they point: TIMEX3 gives them `PRESENT_REF`,
 * `PAST_REF` or `FUTURE_REF`. Multi-word forms first where one contains another.
 */
export const EN_PRESENT_WORDS = [
  'right now', 'just now', 'now', 'currently', 'presently', 'at present', 'at the moment', 'at this moment',
  'these days', 'nowadays', 'this time', 'today\u2019s', "today's", 'the present', 'the present day', 'current',
];
export const EN_PAST_WORDS = [
  'recently', 'more recently', 'most recently', 'until recently', 'lately', 'the past', 'in the past', 'previously',
  'formerly', 'earlier', 'once', 'recent', 'in recent years', 'recent years', 'the old days', 'in years past',
  'historically',
];
export const EN_FUTURE_WORDS = [
  'the future', 'future', 'soon', 'shortly', 'the near future', 'the near term', 'the short term', 'the long term',
  'the long run', 'the short run', 'a later date', 'later date', 'someday', 'eventually', 'in the years ahead',
  'the years ahead', 'in the coming years', 'the coming years', 'the months ahead', 'the weeks ahead', 'the days ahead',
  'down the road',
];
