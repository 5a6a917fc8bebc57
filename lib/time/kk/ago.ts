import { KK_CARDINALS } from '../../lang/kk/time-words';
import type { KkScriptLexicon } from '../../lang/kk/lexicon';
import { inflected } from '../../lang/kk/morphology';
import { addDays } from '../calendar';
import type { ParsedTime, TimeParser } from '../parser';
import { shiftedUnit } from './relative-unit';

/**
 * `N жыл/ай/апта/күн бұрын` (N units ago) and `… кейін/соң` (later), N in digits or words. `бірнеше жыл бұрын`
 * ("several years ago") is recognised but gets no value: it is vague, and a made-up date would be a lie.
 */
export function agoParser(lex: KkScriptLexicon): TimeParser {
  const w = lex.words;
  const cardinals = lex.script === 'Cyrl' ? KK_CARDINALS.map(([word]) => word) : [];
  const units = inflected([...w.year, ...w.month, ...w.week, ...w.day], lex.suffixes);
  const source =
    `(?<![\\p{L}\\p{N}])(?:(?<digits>\\d{1,3})|(?<words>${[...cardinals].sort((a, b) => b.length - a.length).join('|')})|(?<several>${w.several.join('|')}))` +
    `\\s+(?<unit>${units})\\s+(?<dir>${[...w.ago, ...w.later].join('|')})(?![\\p{L}])`;
  return {
    name: `parser/kk/Ago${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    extract(m, ctx): ParsedTime | null {
      const g = m.groups ?? {};
      const stated = { year: false, month: false, day: false };
      const direction = w.ago.includes((g.dir ?? '').toLocaleLowerCase('kk')) ? 'past' : 'future';
      if (g.several) return { value: null, kind: 'vague', stated, direction };
      const n = g.digits ? Number(g.digits) : (KK_CARDINALS.find(([word]) => word === g.words?.toLocaleLowerCase('kk'))?.[1] ?? NaN);
      if (!Number.isFinite(n)) return null;
      const sign = direction === 'past' ? -1 : 1;
      const unit = (g.unit ?? '').toLocaleLowerCase('kk');
      if (w.day.some((s) => unit.startsWith(s))) return { value: addDays(ctx.referenceDate, sign * n), kind: 'relative', stated };
      if (w.week.some((s) => unit.startsWith(s))) return { value: shiftedUnit(ctx.referenceDate, 'week', sign * n), kind: 'relative', stated };
      if (w.month.some((s) => unit.startsWith(s))) return { value: shiftedUnit(ctx.referenceDate, 'month', sign * n), kind: 'relative', stated };
      return { value: shiftedUnit(ctx.referenceDate, 'year', sign * n), kind: 'relative', stated };
    },
  };
}
