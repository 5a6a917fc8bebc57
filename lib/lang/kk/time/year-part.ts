import type { KkScriptLexicon } from '../lexicon';
import { inflected } from '../morphology';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { wordStems } from './prefilter';
import { kkFragments, numberOf } from './fragments';
import { shiftedUnit } from './relative-unit';

/**
 * The start, middle or end of a year or month: `жыл басынан бері`, `жыл соңына дейін`, `биылғы жылдың соңына`,
 * `келесі айдың соңында`, `2020 жылдың басында`. Its value is the year or month it is part of.
 */
export function yearPartParser(lex: KkScriptLexicon): TimeParser {
  const f = kkFragments(lex);
  const w = lex.words;
  const which = [...w.thisOne, ...w.previous, ...w.next, ...w.current];
  const units = inflected([...w.year, ...w.month], lex.suffixes);
  const part = lex.script === 'Latn' ? '(?:bas|soñ|aiağ|orta)[\\p{L}]*' : '(?:бас|соң|аяғ|аяқ|орта)(?:ы|сы)[\\p{L}]*';
  const source = `(?<![\\p{L}\\p{N}])(?:(?<which>${which.join('|')})\\s+|${f.year('year')}\\s*-?\\s*)?(?<unit>${units})\\s+(?<part>${part})`;
  return {
    name: `parser/kk/YearPart${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: wordStems([...lex.words.year, ...lex.words.month]),
    extract(m, ctx): ParsedTime | null {
      const g = m.groups ?? {};
      const isMonth =
        w.month.some((s) => (g.unit ?? '').toLocaleLowerCase('kk').startsWith(s)) &&
        !w.year.some((s) => (g.unit ?? '').toLocaleLowerCase('kk').startsWith(s));
      const which = (g.which ?? '').toLocaleLowerCase('kk');
      const shift = w.previous.includes(which) ? -1 : w.next.includes(which) ? 1 : 0;
      const year = numberOf(g.year);
      const stated = { year: year !== null, month: false, day: false };
      if (year !== null) return { value: String(year), kind: 'year', stated };
      return { value: shiftedUnit(ctx.referenceDate, isMonth ? 'month' : 'year', shift), kind: 'relative', stated };
    },
  };
}
