import { KK_AMBIGUOUS_MONTHS, kkMonthNumber } from '../../lang/kk/months';
import { inflected } from '../../lang/kk/morphology';
import type { KkScriptLexicon } from '../../lang/kk/lexicon';
import { parseIsoDate, pad } from '../calendar';
import type { ParsedTime, TimeParser } from '../parser';
import { kkFragments } from './fragments';

/**
 * A month without a day: `2025 жылғы қарашада`, `қараша айында`, `наурызда`. A month word that is also an ordinary
 * word (қазан, қараша…) counts only with a year or `айы` beside it; `осы қараша халық` is not November.
 */
export function monthYearParser(lex: KkScriptLexicon): TimeParser {
  const f = kkFragments(lex);
  const monthUnit = inflected(lex.words.month, lex.suffixes);
  const source =
    `(?<![\\p{L}\\p{N}])(?:(?<year>\\d{4})\\s*-?\\s*${f.yearWord}\\s+)?(?<month>${f.month})` +
    `(?:\\s+(?<unit>${monthUnit}))?`;
  return {
    name: `parser/kk/MonthYear${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    extract(m, ctx): ParsedTime | null {
      const g = m.groups ?? {};
      const month = kkMonthNumber(g.month ?? '');
      if (month === null) return null;
      const monthWord = (g.month ?? '').toLocaleLowerCase('kk');
      const inflectedAlone = monthWord.length > (lex.months[month - 1]?.length ?? 0);
      if (!g.year && !g.unit && (KK_AMBIGUOUS_MONTHS.has(month) || !inflectedAlone)) return null;
      const ref = parseIsoDate(ctx.referenceDate);
      let year = g.year ? Number(g.year) : ref.year;
      if (!g.year) {
        // The same month nearest the reference date, in the direction of the tense.
        if (ctx.tense === 'future' && month < ref.month - 1) year += 1;
        if (ctx.tense === 'past' && month > ref.month) year -= 1;
      }
      return { value: `${year}-${pad(month)}`, kind: 'month', stated: { year: Boolean(g.year), month: true, day: false } };
    },
  };
}
