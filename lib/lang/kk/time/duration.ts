import type { KkScriptLexicon } from '../lexicon';
import { inflected } from '../morphology';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { kkFragments, numberOf } from './fragments';

type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN';

/**
 * A stretch of time: `5 жыл`, `үш ай`, `2 аптаның ішінде`, `соңғы 10 жылда`, `алдағы бес жылда`, `2 – 3 жылда`,
 * `тәулік бойы`, `бірнеше жылдан бері`, and an age (`3 жасар`, `20 жаста`). The value is an ISO 8601 duration
 * (`P5Y`); `бірнеше` (several) has none.
 */
export function durationParser(lex: KkScriptLexicon): TimeParser {
  const f = kkFragments(lex);
  const w = lex.words;
  // -дық/-дік: `үш жылдық` (three-year) is a duration too.
  // -дай/-дей: about (`жылдай`); -лық/-лік: lasting (`айлық`).
  const suffixes =
    lex.script === 'Latn' ? `(?:[dtl][yı]q|[dt][ae]i|${lex.suffixes})` : `(?:[дтл][ыі][қк]|[дт][ае]й|${lex.suffixes})`;
  const unitWords = [...w.year, ...w.month, ...w.week, ...w.day, ...w.dayUnit, ...w.hour, ...w.minute];
  const units = inflected(unitWords, suffixes);
  // An age needs its ending (`3 жасар`, `20 жаста`): a bare `он бес жас` is "fifteen young people".
  const age = inflected(
    w.age,
    lex.script === 'Latn' ? '(?:ar|er|ta|te|tan|qa|yn[dt]a)' : '(?:ар|ер|та|те|тан|тен|қа|ке|ында|ына|ынан|тағы)',
  );
  const which = [...w.lastN, ...w.nextN].join('|');
  const several = w.several.join('|');
  const approx = lex.script === 'Latn' ? '(?:tura|şamamen)\\s+' : '(?:тура|шамамен|шамасы|жарты|бір\\s+жарым)\\s+';
  const particle = lex.script === 'Latn' ? '(?:-?aq|-?ek|\\s+şaqty)?' : '(?:-?ақ|-?ек|\\s+шақты)?';
  // `тәулік бойы`, `күні бойы`, `жылдар бойы`: a unit with "throughout" and no count.
  const half = lex.script === 'Latn' ? 'jarty' : 'жарты';
  const throughout = `(?<half>${half})\\s+(?<halfUnit>${units})|(?<bare>${inflected([...w.dayUnit, ...w.day, ...w.year, ...w.month, ...w.week, ...(lex.script === 'Latn' ? ['ğasyr'] : ['ғасыр'])], lex.suffixes)})\\s+(?:${w.throughout[0]})`;
  const source =
    `(?<![\\p{L}\\p{N}])(?:(?<which>${which})\\s+)?(?<approx>${approx})?(?:(?:${f.count('n')}(?:${f.dash}${f.count('n2')})?${particle}|(?<several>${several}))` +
    `\\s+(?:(?<unit>${units})|(?<age>${age}))|${throughout})`;
  const unitOf = (word: string): Unit | null => {
    const lower = word.toLocaleLowerCase('kk');
    const is = (stems: readonly string[]) => stems.some((s) => lower.startsWith(s));
    if (is(w.year)) return 'Y';
    if (is(w.week)) return 'W';
    if (is(w.dayUnit) || is(w.day)) return 'D';
    if (is(w.hour)) return 'H';
    if (is(w.minute)) return 'MIN';
    if (is(w.month)) return 'M';
    return null;
  };
  return {
    name: `parser/kk/Duration${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    extract(m, ctx): ParsedTime | null {
      const g = m.groups ?? {};
      const stated = { year: false, month: false, day: false };
      if (g.half) {
        const halfUnit = unitOf(g.halfUnit ?? '');
        const value = halfUnit === 'Y' ? 'P6M' : halfUnit === 'M' ? 'P15D' : halfUnit === 'D' ? 'PT12H' : null;
        return value ? { value, kind: 'duration', stated, timex: { type: 'DURATION', value } } : null;
      }
      if (g.bare) {
        const bareUnit = unitOf(g.bare);
        const value = bareUnit === 'D' && !/[лдт][ае]р/u.test(g.bare) ? 'P1D' : null;
        return { value, kind: 'duration', stated, timex: { type: 'DURATION', value: value ?? 'PXY' } };
      }
      const unitWord = (g.unit ?? '').toLocaleLowerCase('kk');
      // `айлық есептік көрсеткіш` is a money unit (the monthly calculation index), `75 жылдығы` an anniversary,
      // and `айта` the verb "say": none is a stretch of time.
      if (/^(?:айт|ait)/u.test(unitWord) || /[дт][ыі][ғг][ыі]/u.test(unitWord)) return null;
      if (
        /^(?:айлық|ailyq)/u.test(unitWord) &&
        /^\s+(?:есептік|көрсеткіш|esepık)/iu.test(ctx.sentence.slice(m.index + m[0].length))
      )
        return null;
      const unit = g.age ? 'Y' : unitOf(g.unit ?? '');
      if (!unit) return null;
      if (g.several)
        return {
          value: null,
          kind: 'duration',
          stated,
          timex: { type: 'DURATION', value: `PX${unit === 'MIN' ? 'M' : unit}` },
        };
      let n = numberOf(g.n2 ?? g.n);
      if (n === null || n <= 0) return null;
      if (g.approx && /жарты|jarty/iu.test(g.approx)) n /= 2;
      if (g.approx && /жарым/iu.test(g.approx)) n = 1.5;
      const value = unit === 'H' ? `PT${n}H` : unit === 'MIN' ? `PT${n}M` : `P${n}${unit}`;
      return { value, kind: 'duration', stated, timex: { type: 'DURATION', value } };
    },
  };
}
