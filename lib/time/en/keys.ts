/** Key words for the gates (gated.ts) that several parsers share. */

export const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A year in digits has digits; in words, it starts with a teen or with `two thousand`. */
export const DIGITS_AND_TEENS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'teen', 'ten', 'eleven', 'twelve', 'two thousand'];
