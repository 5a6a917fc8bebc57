import { anyOf } from '../pattern';
import { readNumeral } from '../read-numeral';
import { isoDuration, type RuUnit } from '../units';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { START } from './fragments';

// The first part of a compound adjective of length: `пяти|летний`, `двух|недельной`, `трёх|дневный`, `15-|летний`.
const COUNT_PREFIX = anyOf([
  'одно',
  'двух',
  'трёх',
  'четырёх',
  'пяти',
  'шести',
  'семи',
  'восьми',
  'девяти',
  'десяти',
  'одиннадцати',
  'двенадцати',
  'тринадцати',
  'четырнадцати',
  'пятнадцати',
  'шестнадцати',
  'семнадцати',
  'восемнадцати',
  'девятнадцати',
  'двадцати',
  'двадцатипяти',
  'тридцати',
  'сорока',
  'пятидесяти',
  'шестидесяти',
  'семидесяти',
  'восьмидесяти',
  'девяноста',
  'ста',
  'двухсот',
  'трёхсот',
  'полу',
  'полутора',
]);
const UNIT_ADJECTIVE = '(?<unit>летн|годичн|дневн|суточн|недельн|месячн|часов|минутн)[\\p{L}]*';

// `N-летний` is mostly an age (`42-летний Азамат`, `87-летний писатель`); it is a length only before a word for a
// period or an activity that lasts: `15-летний опыт`, `пятилетний срок`, `37-летний период`, `40-летней службы`.
const PERIOD_NOUN =
  /^(?:опыт|контракт|срок|стаж(?:а|у|ем|е)?$|период|карантин|карьер|служб|запрет|заключени|пребывани|перерыв|план|программ|истори|правлени|моратори|гаранти|соглашени|договор|войн|конфликт|цикл|отсутстви|работ|деятельност|лечени|мандат|пауз|труд|правлен|руководств|сотрудничеств|противостояни|простой|отпуск|изгнани|эмиграци|ссылк|заточени|блокад|осад|оккупаци|строительств|ремонт|исследовани|эксперимент|перемири|тюремн|президентск|военн|трудов|творческ)/iu;

const UNITS: Record<string, RuUnit> = {
  летн: 'year',
  годичн: 'year',
  дневн: 'day',
  суточн: 'day',
  недельн: 'week',
  месячн: 'month',
  часов: 'hour',
  минутн: 'minute',
};

/**
 * A length written as one adjective: `пятилетний срок`, `15-летний опыт`, `трёхдневный траур`, `двухнедельной
 * задержки`, `шестимесячный контракт`, `13-часовую операцию`. NEREL counts them as DATE (TIME for hours); the
 * TIMEX3 value is the duration (`P5Y`).
 */
export const durationAdjectiveParser: TimeParser = {
  name: 'parser/ru/DurationAdjective',
  pattern: new RegExp(`${START}(?:(?<digits>\\d{1,3})-|(?<prefix>${COUNT_PREFIX}))${UNIT_ADJECTIVE}`, 'giu'),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const [next, after] =
      /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(ctx.sentence.slice(m.index + m[0].length))?.slice(1) ?? [];
    const unit = (g.unit ?? '').toLocaleLowerCase('ru');
    if (unit === 'летн' && !PERIOD_NOUN.test(next ?? '') && !PERIOD_NOUN.test(after ?? '')) return null;
    const clock = unit === 'часов' || unit === 'минутн';
    const amount = g.digits
      ? Number(g.digits)
      : g.prefix === 'полу'
        ? 0.5
        : (readNumeral(g.prefix ?? '')?.value ?? null);
    const value = amount === null ? null : isoDuration(amount, UNITS[unit] ?? 'year');
    const stated = { year: false, month: false, day: false };
    return {
      value,
      kind: clock ? 'time' : 'duration',
      stated,
      timex: { type: 'DURATION', value: value ?? (clock ? 'PTXH' : 'PXY') },
    };
  },
};
