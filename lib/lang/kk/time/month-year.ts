import { KK_AMBIGUOUS_MONTHS, kkMonthNumber } from '../months';
import { inflected } from '../morphology';
import type { KkScriptLexicon } from '../lexicon';
import { parseIsoDate, pad } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { monthStems } from './prefilter';
import { kkFragments, numberOf } from './fragments';

/** The year of a month named without one: this year's, moved by tense so that it is not on the wrong side of now. */
function yearOfMonth(month: number, referenceDate: string, tense: 'past' | 'future' | null): number {
  const ref = parseIsoDate(referenceDate);
  if (tense === 'future' && month < ref.month - 1) return ref.year + 1;
  if (tense === 'past' && month > ref.month) return ref.year - 1;
  return ref.year;
}

/**
 * A month without a day, or a range of months: `2025 жылғы қарашада`, `қараша айында` (the span is the month;
 * `айында` is the signal), `наурызда`, `қаңтар – мамыр`. A month word that is also an ordinary word (қазан "cauldron",
 * қараша "commoners", маусым "season"…) counts only with a year, `айы`, or another month beside it; an
 * unambiguous month alone (`қаңтар`) is weak and kept only in a list of months (see refiners.ts).
 */
export function monthYearParser(lex: KkScriptLexicon): TimeParser {
  const f = kkFragments(lex);
  const monthUnit = inflected(lex.words.month, lex.suffixes);
  const source =
    `(?<![\\p{L}\\p{N}])(?:${f.year('year')}\\s*-?\\s*${f.yearLink}\\s+)?(?<month>${f.month})` +
    `(?:${f.dash}(?<month2>${f.month}))?(?=(?<unit>\\s+${monthUnit})?)`;
  return {
    name: `parser/kk/MonthYear${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: monthStems(lex),
    extract(m, ctx): ParsedTime | null {
      const g = m.groups ?? {};
      const month = kkMonthNumber(g.month ?? '');
      if (month === null) return null;
      const month2 = g.month2 ? kkMonthNumber(g.month2) : null;
      const statedYear = numberOf(g.year);
      const signal = statedYear !== null || Boolean(g.unit) || month2 !== null;
      const monthWord = (g.month ?? '').toLocaleLowerCase('kk');
      const bare = monthWord.length === (lex.months[month - 1]?.length ?? 0);
      // `Наурызым` (a reserve), `әз-Наурызымыз` (the holiday, "our Nauryz"): a month takes no "my" or "our".
      if (
        /(?:[ыі]м|[ыі]м[ыі]з|[ыі]ң[ыі]з)(?:[дтнғгқк]\p{L}*)?$/u.test(
          monthWord.slice(lex.months[month - 1]?.length ?? 0),
        )
      )
        return null;
      // An ambiguous word in an inflected form alone (`қазанда` "in the cauldron") is out; bare, it may still be
      // a month in a list, which the refiner decides.
      if (
        !signal &&
        KK_AMBIGUOUS_MONTHS.has(month) &&
        !bare &&
        !/[дтн][ыі]ң$|[дт][ае]$|[ыі]?н[дт][ае]$|[dtn][yı]ñ$|[dt][ae]$|[yı]?n[dt][ae]$/u.test(monthWord)
      )
        return null;
      const year = statedYear ?? yearOfMonth(month, ctx.referenceDate, ctx.tense);
      const stated = { year: statedYear !== null, month: true, day: false };
      const value = `${year}-${pad(month)}`;
      if (month2 !== null && month2 !== month) {
        const year2 = month2 < month ? year + 1 : year;
        return { value: `${value}/${year2}-${pad(month2)}`, kind: 'range', stated };
      }
      const weak = !signal && (bare || KK_AMBIGUOUS_MONTHS.has(month));
      return { value, kind: 'month', stated, ...(weak ? { weak: true } : {}) };
    },
  };
}
