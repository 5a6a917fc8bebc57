import type { Span } from '../article/types';

export type TimeKind = 'date' | 'range' | 'month' | 'year' | 'decade' | 'relative' | 'vague' | 'duration' | 'set';

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
}

export interface TagOptions {
  /** ISO date of the article: the reference for relative expressions and implied years. */
  referenceDate: string;
}
