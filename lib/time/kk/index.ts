import { KK_CYRL, KK_LATN } from '../../lang/kk/lexicon';
import type { KkScriptLexicon } from '../../lang/kk/lexicon';
import type { TimeParser } from '../parser';
import { agoParser } from './ago';
import { dayMonthParser } from './day-month';
import { decadeParser } from './decade';
import { monthYearParser } from './month-year';
import { relativeDayParser } from './relative-day';
import { relativeUnitParser } from './relative-unit';
import { vagueParser } from './vague';
import { yearParser } from './year';

/**
 * The Kazakh configuration. Every parser runs; where two matches overlap the longer wins (see refine.ts), so order
 * here matters only between matches of equal length: the more specific parser comes first.
 */
function parsersFor(lex: KkScriptLexicon): TimeParser[] {
  return [
    dayMonthParser(lex),
    monthYearParser(lex),
    decadeParser(lex),
    yearParser(lex),
    agoParser(lex),
    vagueParser(lex),
    relativeUnitParser(lex),
    relativeDayParser(lex),
  ];
}

export const KK_CYRL_PARSERS: readonly TimeParser[] = parsersFor(KK_CYRL);
export const KK_LATN_PARSERS: readonly TimeParser[] = parsersFor(KK_LATN);
