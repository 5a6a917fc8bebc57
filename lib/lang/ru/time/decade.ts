import { anyOf, foldRu } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { PART, START, prep } from './fragments';
import { openInterval } from './open-interval';

// Decades in words: `девяностые`, `в восьмидесятых годах`, `нулевых`, `двухтысячных`.
const DECADE_WORDS: Record<string, number> = {
  двадцат: 20,
  тридцат: 30,
  сороков: 40,
  пятидесят: 50,
  шестидесят: 60,
  семидесят: 70,
  восьмидесят: 80,
  девяност: 90,
  нулев: 0,
  двухтысячн: 0,
};
const PLURAL_ENDINGS = ['ые', 'ых', 'ым', 'ыми'];
const WORD = anyOf(Object.keys(DECADE_WORDS).flatMap((stem) => PLURAL_ENDINGS.map((e) => stem + e)));

/**
 * A decade: `в 1990-х годах`, `в 1960-е годы`, `90-х`, `в 90-ых годах`, `в конце 1980-х`, `70-х годов прошлого
 * века`, `в девяностые годы`. EDTF writes a decade as `199X`. A decade needs its plural ending (`-х`, `-е`) or
 * the plural `годы` after four digits: `1990 год` is a year, `к 40 годам` a sentence.
 */
export const decadeParser: TimeParser = {
  name: 'parser/ru/Decade',
  pattern: new RegExp(
    `${START}${prep('p')}(?<part>${PART})(?:(?:(?<digits>\\d{4}|\\d0)-?(?:х|ых|е|ые|ми)(?![\\p{L}])|(?<digits4>\\d{3}0)(?=\\s+год(?:ы|ов|ах|ами)(?![\\p{L}])))|(?<word>${WORD}))` +
      `(?:\\s+(?<years>год(?:ы|ов|ах|ами|ам)|гг(?![\\p{L}])))?(?<century>\\s+(?:прошлого|двадцатого|XX|ХХ)\\s+века|\\s+(?:${anyOf(['двадцатого', 'девятнадцатого', 'двадцать первого'])})\\s+века)?(?![\\p{L}])`,
    'giu',
  ),
  extract(m): ParsedTime | null {
    const g = m.groups ?? {};
    let decade: string;
    const digits = g.digits ?? g.digits4;
    if (digits) {
      if (!digits.endsWith('0')) return null;
      if (digits.length === 4) decade = `${digits.slice(0, 3)}X`;
      else decade = `${Number(digits) >= 30 || g.century ? '19' : '20'}${digits[0]}X`;
    } else {
      if (!g.years && !g.p && !g.part) return null; // `девяностые` alone may be anything plural
      const w = foldRu(g.word ?? '');
      const stem = Object.keys(DECADE_WORDS).find((s) => w.startsWith(s));
      const tens = stem === undefined ? null : DECADE_WORDS[stem];
      if (tens === undefined || tens === null) return null;
      decade = tens === 0 ? '200X' : `19${tens / 10}X`;
    }
    return { value: openInterval(decade, g.p), kind: 'decade', stated: { year: true, month: false, day: false } };
  },
};
