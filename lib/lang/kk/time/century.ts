import type { KkScriptLexicon } from '../lexicon';
import { inflected } from '../morphology';
import { romanToNumber } from '../../roman';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { wordStems } from './prefilter';
import { kkFragments, numberOf } from './fragments';

/**
 * A century: `ХХІ ғасыр`, `21-ғасырда`, `жиырмасыншы ғасырдағы`, and a quarter of a year: `бірінші тоқсанда`,
 * `1-інші тоқсан`. EDTF: `20XX` for the 21st century, `2025-33` for the first quarter.
 */
export function centuryParser(lex: KkScriptLexicon): TimeParser {
  const f = kkFragments(lex);
  const latn = lex.script === 'Latn';
  const century = inflected(latn ? ['ğasyr'] : ['ғасыр'], lex.suffixes);
  const quarter = inflected(latn ? ['toqsan'] : ['тоқсан'], lex.suffixes);
  // Roman numerals in print mix Latin and Cyrillic look-alikes (Х, І).
  const roman = '(?<roman>[IVXХІ]{1,6})';
  const first = latn ? 'alğaşqy' : 'алғашқы';
  const source = `(?<![\\p{L}\\p{N}])(?:${roman}|(?<first>${first})|${f.count('n')})\\s*-?\\s*(?:(?<c>${century})|(?<q>${quarter}))`;
  return {
    name: `parser/kk/CenturyQuarter${latn ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: wordStems(latn ? ['ğasyr', 'toqsan'] : ['ғасыр', 'тоқсан']),
    extract(m, ctx): ParsedTime | null {
      const g = m.groups ?? {};
      const n = g.first ? 1 : g.roman ? romanToNumber(g.roman.replace(/Х/g, 'X').replace(/І/g, 'I')) : numberOf(g.n);
      if (n === null) return null;
      const stated = { year: false, month: false, day: false };
      if (g.c) {
        if (n < 1 || n > 22) return null;
        return { value: `${String(n - 1).padStart(2, '0')}XX`, kind: 'century', stated };
      }
      // A quarter needs an ordinal: `тоқсан` alone is also the number ninety.
      if ((!g.first && !/(?:ш[ыі]|nş[yı])$/iu.test(g.n ?? '')) || n < 1 || n > 4) return null;
      return { value: `${ctx.referenceDate.slice(0, 4)}-${32 + n}`, kind: 'quarter', stated };
    },
  };
}
