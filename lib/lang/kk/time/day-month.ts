import { kkMonthNumber } from '../months';
import type { KkScriptLexicon } from '../lexicon';
import { inferYear, isoDate, isRealDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { monthStems } from './prefilter';
import { kkFragments, numberOf } from './fragments';

/**
 * A day (or a range of days) and a month, with an optional year before or after:
 * `16 қарашада`, `14-15 қараша күндері`, `2025 жылғы 14 қарашада`, `11-інші мамыр`, `30 қараша – 2 желтоқсан`.
 */
export function dayMonthParser(lex: KkScriptLexicon): TimeParser {
  const f = kkFragments(lex);
  const year = `${f.year('year')}\\s*-?\\s*${f.yearLink}\\s+`;
  const source =
    `(?<![\\p{L}\\p{N}])(?:${year})?${f.day('d1')}` +
    `(?:\\s+(?<m1>${f.month}))?` + // a first month makes it a cross-month range
    `(?:${f.dash}${f.day('d2')})?` +
    `\\s+(?<m2>${f.month})` +
    `(?:\\s+${f.year('year2')}\\s*-?\\s*${f.yearWord})?` +
    `(?:\\s+${f.daysWord})?`;
  return {
    name: `parser/kk/DayMonth${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: monthStems(lex),
    extract(m, ctx): ParsedTime | null {
      const g = m.groups ?? {};
      const d1 = numberOf(g.d1) ?? NaN;
      const d2 = numberOf(g.d2);
      const month2 = kkMonthNumber(g.m2 ?? '');
      const month1 = g.m1 ? kkMonthNumber(g.m1) : month2;
      if (month1 === null || month2 === null) return null;
      // `14 қараша – 2 желтоқсан` needs both months; `14 қараша` with no second day is a plain date.
      if (g.m1 && d2 === null) return null;
      const statedYear = numberOf(g.year ?? g.year2);
      const y = statedYear ? statedYear : inferYear(month1, d1, ctx.referenceDate, ctx.tense);
      if (!isRealDate(y, month1, d1)) return null;
      const stated = { year: Boolean(statedYear), month: true, day: true };
      if (d2 === null) return { value: isoDate(y, month1, d1), kind: 'date', stated };
      const y2 = month2 < month1 ? y + 1 : y;
      if (!isRealDate(y2, month2, d2)) return null;
      const from = isoDate(y, month1, d1);
      const to = isoDate(y2, month2, d2);
      if (to <= from) return null;
      return { value: `${from}/${to}`, kind: 'range', stated };
    },
  };
}
