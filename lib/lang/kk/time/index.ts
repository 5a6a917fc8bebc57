import { KK_CYRL, KK_LATN } from '../lexicon';
import type { KkScriptLexicon } from '../lexicon';
import type { TimeLanguage, TimeParser } from '../../../time/parser';
import { agoParser } from './ago';
import { centuryParser } from './century';
import { dayMonthParser } from './day-month';
import { decadeParser } from './decade';
import { durationParser } from './duration';
import { monthDayParser } from './month-day';
import { monthYearParser } from './month-year';
import { attachPostpositions, composeWithYear, keepWeakMonthsInLists } from './refiners';
import { relativeDayParser } from './relative-day';
import { relativeUnitParser } from './relative-unit';
import { seasonParser } from './season';
import { setParser } from './set';
import { timeOfDayParser } from './time-of-day';
import { vagueParser } from './vague';
import { weekdayParser } from './weekday';
import { yearParser } from './year';
import { yearPartParser } from './year-part';

/**
 * The Kazakh configuration. Every parser runs; where two matches overlap the longer wins (see refine.ts), so order
 * here matters only between matches of equal length: the more specific parser comes first.
 */
function parsersFor(lex: KkScriptLexicon): TimeParser[] {
  return [
    dayMonthParser(lex),
    monthDayParser(lex),
    monthYearParser(lex),
    centuryParser(lex),
    decadeParser(lex),
    yearPartParser(lex),
    yearParser(lex),
    agoParser(lex),
    setParser(lex),
    durationParser(lex),
    seasonParser(lex),
    vagueParser(lex),
    relativeUnitParser(lex),
    relativeDayParser(lex),
    timeOfDayParser(lex),
    weekdayParser(lex),
  ];
}

/** Order matters: weak months are judged before years are joined to what follows, and postpositions come last. */
function refinersFor(lex: KkScriptLexicon): NonNullable<TimeLanguage['refiners']> {
  return [keepWeakMonthsInLists, composeWithYear, attachPostpositions(lex)];
}

export const KK_CYRL_PARSERS: readonly TimeParser[] = parsersFor(KK_CYRL);
export const KK_LATN_PARSERS: readonly TimeParser[] = parsersFor(KK_LATN);
export const KK_CYRL_REFINERS = refinersFor(KK_CYRL);
export const KK_LATN_REFINERS = refinersFor(KK_LATN);
