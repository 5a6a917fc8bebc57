import type { KkScriptLexicon } from '../lexicon';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { wordStems } from './prefilter';

/**
 * Recurrence: `жыл сайын` (every year), `ай сайын`, `күн сайын`, `жыл сайынғы`, `күнделікті` (daily). The value is
 * an ISO 8601 repeating interval (`R/P1Y`).
 */
export function setParser(lex: KkScriptLexicon): TimeParser {
  const w = lex.words;
  const units = [...w.year, ...w.month, ...w.week, ...w.day, ...w.dayUnit].join('|');
  const every = w.every.join('|');
  const source = `(?<![\\p{L}\\p{N}])(?:(?<unit>${units})\\s+(?:${every})(?:[ғг][ыі])?|(?<daily>${w.daily.map((d) => d.replace(/ /g, '\\s+')).join('|')}))(?![\\p{L}])`;
  const unitCode = (word: string): string => {
    const lower = word.toLocaleLowerCase('kk');
    if (w.year.includes(lower)) return 'P1Y';
    if (w.month.includes(lower)) return 'P1M';
    if (w.week.includes(lower)) return 'P1W';
    return 'P1D';
  };
  return {
    name: `parser/kk/Set${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: wordStems([...w.every, ...w.daily]),
    extract(m): ParsedTime {
      const period = m.groups?.daily ? 'P1D' : unitCode(m.groups?.unit ?? '');
      return {
        value: `R/${period}`,
        kind: 'set',
        stated: { year: false, month: false, day: false },
        timex: { type: 'SET', value: period },
      };
    },
  };
}
