import type { Anaphor } from './anaphora';
import type { StatedParts, TimeKind, TimeMention, Timex } from './types';

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
  /** TIMEX3 type/value when the default mapping from kind/value (timex.ts) is not right. */
  timex?: Timex;
  /** Weak evidence: the language's refiners decide whether it stays (a month named alone, kept in a list). */
  weak?: boolean;
  /** Trim the match to a sub-span (relative to the match start) when the pattern needed context around it. */
  span?: { start: number; end: number };
}

/**
 * One kind of expression in one language: a pattern and a function that turns a match into a value, or null to
 * reject it (a month word with no date signal, an impossible day). Order is set in the language's configuration.
 */
/** A language's parsers and how it reads tense (for the year of `14 November` and the direction of `Friday`). */
export interface TimeLanguage {
  parsers: readonly TimeParser[];
  /** Tense of the verb governing a word that ends at `from` in the sentence, if it can be read. */
  tenseAfter(sentence: string, from: number): Tense;
  /** Tense of the sentence's main verb. */
  sentenceTense(sentence: string): Tense;
  /**
   * Refiners run in order on the sentence's matches before overlaps are resolved (the longest match wins): they
   * join neighbours (`өткен жылдың` + `көктемінде`), extend spans (`… дейін`) or drop weak matches. Offsets of the
   * mentions they get and return are relative to `sentence`.
   */
  refiners?: ReadonlyArray<(mentions: TimeMention[], sentence: string) => TimeMention[]>;
  /** "The next day", «в тот же день»: days named by the date the text has just given, read over the whole article. */
  anaphora?: readonly Anaphor[];
}

export interface TimeParser {
  name: string;
  pattern: RegExp;
  /**
   * A cheap test a sentence must pass before `pattern` runs (a month stem, a digit): most sentences have no date,
   * and skipping the full pattern for them is what keeps ten thousand articles fast.
   */
  requires?: RegExp;
  extract(match: RegExpExecArray, ctx: ParseContext): ParsedTime | null;
}

export const NOTHING_STATED: StatedParts = { year: false, month: false, day: false };
export const ALL_STATED: StatedParts = { year: true, month: true, day: true };
