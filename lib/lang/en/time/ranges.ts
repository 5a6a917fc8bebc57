import { SP } from '../pattern';

/** What joins the two ends of a range: a dash, `to`, `through`, `until`, `and` (after `between`). */
export const DASH_OR_TO = `(?:\\s*[-\u2013\u2014]\\s*|${SP}(?:to|through|thru|until|till)${SP})`;
