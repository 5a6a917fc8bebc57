import type { StatedParts, TimeKind } from './types';

export type Tense = 'past' | 'future' | null;

export interface ParseContext {
  /** ISO date the expression is anchored to (the article's date). */
  referenceDate: string;
  /** Tense of the clause the expression stands in: decides the year of `14 November` and the like. */
  tense: Tense;
  /** The whole sentence, for parsers that look at what follows (`бастап`, `бұрын`). */
  sentence: string;
}

export interface ParsedTime {
  value: string | null;
  kind: TimeKind;
  stated: StatedParts;
  direction?: 'past' | 'future';
  /** Trim the match to a sub-span (relative to the match start) when the pattern needed context around it. */
  span?: { start: number; end: number };
}

/**
 * One kind of expression in one language: a pattern and a function that turns a match into a value, or null to
 * reject it (a month word with no date signal, an impossible day). Order is set in the language's configuration.
 */
export interface TimeParser {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, ctx: ParseContext): ParsedTime | null;
}

export const NOTHING_STATED: StatedParts = { year: false, month: false, day: false };
export const ALL_STATED: StatedParts = { year: true, month: true, day: true };
