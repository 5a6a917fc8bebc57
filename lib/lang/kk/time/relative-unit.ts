import type { KkScriptLexicon } from '../lexicon';
import { inflected } from '../morphology';
import { addDays, isoWeek, parseIsoDate, pad } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { wordStems } from './prefilter';

type Unit = 'year' | 'month' | 'week';

/** The year, month or week `shift` units from the reference date, as EDTF. */
export function shiftedUnit(referenceDate: string, unit: Unit, shift: number): string {
  const ref = parseIsoDate(referenceDate);
  if (unit === 'year') return String(ref.year + shift);
  if (unit === 'week') return isoWeek(addDays(referenceDate, 7 * shift));
  const months = ref.year * 12 + (ref.month - 1) + shift;
  return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`;
}

/**
 * `биыл`, `былтыр`, and this / last / next year, month or week: `осы жылы`, `өткен аптада`, `келесі айда`,
 * `алдағы жылдары`.
 */
export function relativeUnitParser(lex: KkScriptLexicon): TimeParser {
  const w = lex.words;
  const unitOf = (word: string): Unit | null => {
    const lower = word.toLocaleLowerCase('kk');
    if (w.year.some((s) => lower.startsWith(s))) return 'year';
    if (w.month.some((s) => lower.startsWith(s))) return 'month';
    if (w.week.some((s) => lower.startsWith(s))) return 'week';
    return null;
  };
  const units = inflected([...w.year, ...w.month, ...w.week], lex.suffixes);
  const which = [...new Set([...w.thisOne, ...w.current, ...w.previous, ...w.next])];
  const source =
    `(?<single>${inflected([...w.thisYear, ...w.lastYear], lex.suffixes)})(?:\\s+(?<year>${inflected(w.year, lex.suffixes)}))?` +
    `|(?<![\\p{L}\\p{N}])(?<which>${which.join('|')})\\s+(?<unit>${units})`;
  return {
    name: `parser/kk/RelativeUnit${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: wordStems([...w.thisYear, ...w.lastYear, ...which]),
    extract(m, ctx): ParsedTime | null {
      const g = m.groups ?? {};
      const stated = { year: false, month: false, day: false };
      if (g.single) {
        const lower = g.single.toLocaleLowerCase('kk');
        const shift = w.lastYear.some((s) => lower.startsWith(s)) ? -1 : 0;
        return { value: shiftedUnit(ctx.referenceDate, 'year', shift), kind: 'relative', stated };
      }
      const unit = unitOf(g.unit ?? '');
      if (!unit) return null;
      const which = (g.which ?? '').toLocaleLowerCase('kk');
      const shift = w.previous.includes(which) ? -1 : w.next.includes(which) ? 1 : 0;
      // `осы жылдар` (these years) is vague: a plural unit names no one period.
      if (/[лдт][ае]р/u.test((g.unit ?? '').slice(2))) return { value: null, kind: 'vague', stated };
      return { value: shiftedUnit(ctx.referenceDate, unit, shift), kind: 'relative', stated };
    },
  };
}
