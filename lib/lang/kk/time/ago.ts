import type { KkScriptLexicon } from '../lexicon';
import { inflected } from '../morphology';
import { addDays } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { wordStems } from './prefilter';
import { kkFragments, numberOf } from './fragments';
import { shiftedUnit } from './relative-unit';

/**
 * `N жыл/ай/апта/күн бұрын` (N units ago) and `… кейін/соң` (later), N in digits or words. `бірнеше жыл бұрын`
 * ("several years ago") is recognised but gets no value: it is vague, and a made-up date would be a lie.
 */
export function agoParser(lex: KkScriptLexicon): TimeParser {
  const w = lex.words;
  const f = kkFragments(lex);
  // `жұма` is "Friday", and colloquially "week" in `үш жұма бұрын`.
  const weekWords = lex.script === 'Cyrl' ? ['жұма'] : ['jūma'];
  const units = inflected([...w.year, ...w.month, ...w.week, ...weekWords, ...w.day], `(?:[дт][ай]|${lex.suffixes})`);
  const source =
    `(?<![\\p{L}\\p{N}])(?:${f.count('n1')}(?:${f.dash}${f.count('n')})?|(?<several>${w.several.join('|')}))` +
    `\\s+(?<unit>${units})\\s+(?<dir>${[...w.ago, ...w.later].join('|')})[\\p{L}]*(?![\\p{L}])`;
  return {
    name: `parser/kk/Ago${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: wordStems([...w.ago, ...w.later]),
    extract(m, ctx): ParsedTime | null {
      const g = m.groups ?? {};
      const stated = { year: false, month: false, day: false };
      const direction = w.ago.some((a) => (g.dir ?? '').toLocaleLowerCase('kk').startsWith(a)) ? 'past' : 'future';
      if (g.several) return { value: null, kind: 'vague', stated, direction };
      const n = numberOf(g.n ?? g.n1);
      if (n === null || !Number.isInteger(n)) return null;
      const sign = direction === 'past' ? -1 : 1;
      const unit = (g.unit ?? '').toLocaleLowerCase('kk');
      if (w.day.some((s) => unit.startsWith(s)))
        return { value: addDays(ctx.referenceDate, sign * n), kind: 'relative', stated };
      if ([...w.week, ...weekWords].some((s) => unit.startsWith(s)))
        return { value: shiftedUnit(ctx.referenceDate, 'week', sign * n), kind: 'relative', stated };
      if (w.month.some((s) => unit.startsWith(s)))
        return { value: shiftedUnit(ctx.referenceDate, 'month', sign * n), kind: 'relative', stated };
      return { value: shiftedUnit(ctx.referenceDate, 'year', sign * n), kind: 'relative', stated };
    },
  };
}
