import { anyOf } from '../pattern';
import { wordTense } from '../tense';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { DASH, START } from './fragments';
import { openInterval } from './open-interval';

// Words that make a number after them a name, not a year: `Стратегия 2030`, `программа «Казахстан-2050»`.
const PLAN_WORDS = anyOf([
  'стратегия',
  'стратегии',
  'стратегию',
  'стратегией',
  'программа',
  'программы',
  'программе',
  'программу',
  'концепция',
  'концепции',
  'концепцию',
  'повестка',
  'повестки',
  'повестку',
  'видение',
  'видения',
  'план',
  'плана',
  'проект',
  'проекта',
  'казахстан',
  'номер',
  '№',
  // A document number (`резолюция 2026/30`, `решение № 2025/14`) is not a span of years.
  'резолюция',
  'резолюции',
  'резолюцию',
  'резолюцией',
  'решение',
  'решения',
  'постановление',
  'постановления',
  'указ',
  'указа',
  'приказ',
  'приказа',
  'документ',
  'документа',
]);
// What follows a count, not a year: units, currencies, percentages, people.
const COUNTED = anyOf([
  '%',
  'процент',
  'процента',
  'процентов',
  'рублей',
  'рубля',
  'долларов',
  'доллара',
  'евро',
  'тенге',
  'сум',
  'человек',
  'штук',
  'тонн',
  'км',
  'метров',
  'м',
  'кг',
  'раз',
  'голосов',
  'мест',
  'единиц',
  'баррелей',
  'гектаров',
]);

const PREPOSITION = anyOf(['в', 'во', 'с', 'со', 'до', 'к', 'по', 'от', 'после', 'между', 'вплоть до', 'c']);
const SMALL_WORDS = new Set(['и', 'или', 'в', 'во', 'на', 'по', 'до', 'с', 'со', 'а', 'но', 'к', 'от', 'из', 'за']);

/**
 * A year written as a number alone, where the context says it is a year: in parentheses (`Анна (1992)`,
 * `(2001—2003)`), after a preposition (`в 2004`, `с 2013`), in a list or range of years, or tied to a name by a
 * hyphen (`ЧМ-2018`, `Сочи-2014`). Numbers that count something (`2000 человек`), plan names (`Стратегия 2030`)
 * and parts of URLs or longer numbers are not years. A number after `в` and the like is taken with it.
 */
export const bareYearParser: TimeParser = {
  name: 'parser/ru/BareYear',
  pattern: new RegExp(
    `${START}(?:(?<p>${PREPOSITION})\\s+)?(?<![/.,:№])(?<!${PLAN_WORDS}[\\s-]?)(?<y1>1[5-9]\\d\\d|20\\d\\d)(?:-?(?:го|м|й)(?![\\p{L}]))?` +
      `(?:(?:${DASH}|/)(?<y2>\\d{4}|\\d{2})(?![\\p{N}]))?(?![\\p{N}]|[.,/:]\\d|\\s*-?\\s*(?:${COUNTED})(?![\\p{L}]))`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    // A lower-case word right after a number is what it counts (`2000 километров`), unless it is a verb
    // (`в 2008 участвовал`) or a small word of the sentence (`в 1958, 1962 и 1970`).
    // After a preposition (`в 1999 это было`), as a range (`2016/17 клуб`) or tied to a name the number is a
    // year anyway.
    const next = /^\s+(\p{Ll}+)/u.exec(ctx.sentence.slice(m.index + m[0].length))?.[1];
    const hyphenated = ctx.sentence[m.index - 1] === '-'; // `ЧМ-2018`, `Сочи-2014`
    if (!g.p && !g.y2 && !hyphenated && next && !SMALL_WORDS.has(next) && wordTense(next) === null) return null;
    const y1 = Number(g.y1);
    const stated = { year: true, month: false, day: false };
    if (!g.y2) return { value: openInterval(String(y1), g.p), kind: 'year', stated };
    const y2 = g.y2.length === 2 ? Math.floor(y1 / 100) * 100 + Number(g.y2) : Number(g.y2);
    if (y2 <= y1 || y2 - y1 > 200) return null;
    return { value: `${y1}/${y2}`, kind: 'range', stated };
  },
};
