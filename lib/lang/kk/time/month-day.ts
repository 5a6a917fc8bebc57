import { kkMonthNumber } from '../months';
import type { KkScriptLexicon } from '../lexicon';
import { inferYear, isoDate, isRealDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { monthStems } from './prefilter';
import { kkFragments, numberOf } from './fragments';

/**
 * The month first, in the genitive, then the day with a possessive: `наурыздың жиырма бесі`, `қыркүйектің 25-і`,
 * `қыркүйектің 25-і — 26-сына дейін` ("the 25th of March").
 */
export function monthDayParser(lex: KkScriptLexicon): TimeParser {
  const f = kkFragments(lex);
  const latn = lex.script === 'Latn';
  const months = lex.months.join('|');
  const genitive = latn ? '[dtn][yı]ñ' : '[дтн][ыі]ң';
  const dayNum = latn
    ? '(?<d1>\\d{1,2})(?:-?s?[yı])?'
    : `(?<d1>\\d{1,2}(?:-?с?[ыі])?|${'(?:(?:он|жиырма|отыз)\\s+)?(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз)с?[ыі]?'})`;
  const dayNum2 = dayNum.replace('?<d1>', '?<d2>');
  const source = `(?<![\\p{L}\\p{N}])(?<month>(?:${months})${genitive})\\s+${dayNum}(?:${f.dash}${dayNum2}[\\p{L}]*)?(?![\\p{L}\\p{N}])`;
  return {
    name: `parser/kk/MonthDay${latn ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: monthStems(lex),
    extract(m, ctx): ParsedTime | null {
      const g = m.groups ?? {};
      const month = kkMonthNumber(g.month ?? '');
      // The possessive is -сы/-сі after a vowel (алтысы), -ы/-і after a consonant (бесі): try both.
      const dayOf = (x?: string): number | null =>
        x === undefined
          ? null
          : (numberOf(x.replace(/-?[сs][ыіyı]$/u, '')) ?? numberOf(x.replace(/-?[ыіyı]$/u, '')) ?? numberOf(x));
      const d1 = dayOf(g.d1);
      if (month === null || d1 === null) return null;
      const y = inferYear(month, d1, ctx.referenceDate, ctx.tense);
      if (!isRealDate(y, month, d1)) return null;
      const stated = { year: false, month: true, day: true };
      const d2 = dayOf(g.d2);
      if (d2 !== null && d2 > d1 && isRealDate(y, month, d2))
        return { value: `${isoDate(y, month, d1)}/${isoDate(y, month, d2)}`, kind: 'range', stated };
      return { value: isoDate(y, month, d1), kind: 'date', stated };
    },
  };
}
