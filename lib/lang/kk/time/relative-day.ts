import type { KkScriptLexicon } from '../lexicon';
import { inflected } from '../morphology';
import { addDays } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { wordStems } from './prefilter';

/**
 * Days named from the reference date: `бүгін`, `бүгінгі` (today's), `кеше`, `кешегі`, `ертең`, `бүрсігүні`. `бүгінгі
 * таңда` ("these days") is not a day: it is left to the vague parser.
 */
export function relativeDayParser(lex: KkScriptLexicon): TimeParser {
  const offsets: Array<[readonly string[], number]> = [
    [lex.words.today, 0],
    [lex.words.yesterday, -1],
    [lex.words.tomorrow, 1],
    [lex.words.dayAfterTomorrow, 2],
  ];
  const all = offsets.flatMap(([stems]) => stems);
  const nowadays = lex.script === 'Latn' ? 'tañda|küngı' : 'таңда|күнгі';
  // `бүгінгі күні`, `бүгінгі күнге дейін`: the day word after an attributive belongs to the expression.
  const dayWord = inflected(lex.words.day, lex.suffixes);
  const source = `${inflected(all, lex.suffixes)}(?!\\s+(?:${nowadays}))(?:\\s+${dayWord})?`;
  return {
    name: `parser/kk/RelativeDay${lex.script === 'Latn' ? 'Latn' : ''}`,
    pattern: new RegExp(source, 'giu'),
    requires: wordStems(all),
    extract(m, ctx): ParsedTime | null {
      const w = m[0].toLocaleLowerCase('kk');
      const hit = offsets.find(([stems]) => stems.some((s) => w.startsWith(s)));
      if (!hit) return null;
      // `кешені`, `кешен` (a complex) and `кешке` (in the evening) start like `кеше` (yesterday).
      const first = w.split(/\s+/)[0] ?? '';
      if (lex.words.yesterday.some((s) => first.startsWith(s)) && !/^(?:кеше|кешегі|кешеден|keşe|keşegı)$/u.test(first))
        return null;
      if (w.includes(' ') && !/(?:гі|ғы|gı|ğy)$/u.test(first)) return null;
      return {
        value: addDays(ctx.referenceDate, hit[1]),
        kind: 'relative',
        stated: { year: false, month: false, day: false },
      };
    },
  };
}
