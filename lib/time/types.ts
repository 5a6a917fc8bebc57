import type { Span } from '../model';

export type TimeKind =
  | 'date'
  | 'range'
  | 'month'
  | 'year'
  | 'decade'
  | 'century'
  | 'season'
  | 'week'
  | 'quarter'
  | 'time'
  | 'relative'
  | 'vague'
  | 'duration'
  | 'set';

/** TimeML's view of the same expression, so that output can be scored by TempEval rules. */
export interface Timex {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3 value: `2025-11-16`, `199`, `P3Y`, `PRESENT_REF`, `XXXX-WXX-2`, `2025-SP`. */
  value: string;
}

/** Which parts of a date the text said itself, and which were implied (the year from the article date, say). */
export interface StatedParts {
  year: boolean;
  month: boolean;
  day: boolean;
}

export interface TimeMention extends Span {
  text: string;
  /** EDTF (ISO 8601-2) value, or null when the expression has no value of its own (`бірнеше жыл бұрын`). */
  value: string | null;
  kind: TimeKind;
  stated: StatedParts;
  /** Which parser produced it, e.g. `parser/kk/DayMonth`: makes a wrong date explainable in one look. */
  rule: string;
  /** For vague expressions: which way from the reference date they point. */
  direction?: 'past' | 'future';
  /** TIMEX3 type and value, when they differ from what `kind` and `value` imply (see timex.ts). */
  timex?: Timex;
}

export interface TagOptions {
  /** ISO date of the article: the reference for relative expressions and implied years. */
  referenceDate: string;
}
