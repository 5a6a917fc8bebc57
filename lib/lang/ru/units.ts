import { anyOf, foldRu } from './pattern';

export type RuUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'decade' | 'century' | 'season';

/** Unit nouns in every case and number. `сезон` (a sports season) counts time without a calendar value. */
const UNIT_FORMS: Record<RuUnit, readonly string[]> = {
  year: ['год', 'года', 'году', 'годом', 'годе', 'годы', 'годов', 'годам', 'годами', 'годах', 'лет', 'годик', 'годика'],
  month: ['месяц', 'месяца', 'месяцу', 'месяцем', 'месяце', 'месяцы', 'месяцев', 'месяцам', 'месяцами', 'месяцах'],
  week: ['неделя', 'недели', 'неделе', 'неделю', 'неделей', 'недель', 'неделям', 'неделями', 'неделях'],
  day: [
    'день',
    'дня',
    'дню',
    'днём',
    'дне',
    'дни',
    'дней',
    'дням',
    'днями',
    'днях',
    'сутки',
    'суток',
    'суткам',
    'сутками',
    'сутках',
  ],
  hour: ['час', 'часа', 'часу', 'часом', 'часе', 'часы', 'часов', 'часам', 'часами', 'часах'],
  minute: ['минута', 'минуты', 'минуте', 'минуту', 'минутой', 'минут', 'минутам', 'минутами', 'минутах'],
  second: ['секунда', 'секунды', 'секунде', 'секунду', 'секундой', 'секунд', 'секундам', 'секундами', 'секундах'],
  decade: [
    'десятилетие',
    'десятилетия',
    'десятилетию',
    'десятилетием',
    'десятилетии',
    'десятилетий',
    'десятилетиям',
    'десятилетиями',
    'десятилетиях',
    'десятилетка',
    'десятилетку',
    'десятилетки',
  ],
  century: [
    'век',
    'века',
    'веку',
    'веком',
    'веке',
    'веков',
    'векам',
    'веками',
    'веках',
    'столетие',
    'столетия',
    'столетию',
    'столетием',
    'столетии',
    'столетий',
    'столетиям',
    'столетиями',
    'столетиях',
  ],
  season: ['сезон', 'сезона', 'сезону', 'сезоном', 'сезоне', 'сезоны', 'сезонов', 'сезонам', 'сезонами', 'сезонах'],
};

// Half a unit in one word: `полгода`, `полугода`, `полчаса`, `полвека`.
const HALF_FORMS: Record<string, RuUnit> = {
  полгода: 'year',
  полугода: 'year',
  полугоду: 'year',
  полугодом: 'year',
  полмесяца: 'month',
  полнедели: 'week',
  полдня: 'day',
  полсуток: 'day',
  полчаса: 'hour',
  получаса: 'hour',
  полминуты: 'minute',
  полвека: 'century',
  полувека: 'century',
  полвеке: 'century',
};

const UNIT_OF = new Map<string, RuUnit>();
for (const [unit, list] of Object.entries(UNIT_FORMS) as Array<[RuUnit, readonly string[]]>) {
  for (const f of list) UNIT_OF.set(foldRu(f), unit);
}

/** Any unit noun (`года`, `лет`, `недель`, `суток`, `часов`, `веке`). */
export const RU_UNIT = anyOf(UNIT_OF.keys());
/** Unit nouns of calendar time only (no hours, minutes, seconds). */
export const RU_DATE_UNIT = anyOf(
  [...UNIT_OF].filter(([, u]) => !['hour', 'minute', 'second'].includes(u)).map(([f]) => f),
);
/**
 * Unit nouns that count one on their own, after `через`, `на`, `за`, `в течение`: the prepositional forms (`на дне`,
 * `в годе`, `на днях`) and `часы` (a watch) are left out, because alone they are rarely time.
 */
const PREPOSITIONAL = new Set([
  'годе',
  'месяце',
  'неделе',
  'дне',
  'часе',
  'минуте',
  'секунде',
  'веке',
  'сезоне',
  'десятилетии',
  'столетии',
  'сутках',
]);
export const RU_UNIT_ALONE = anyOf(
  [...UNIT_OF.keys()].filter((f) => !PREPOSITIONAL.has(f) && !/(?:ах|ях)$/.test(f) && f !== 'часы' && f !== 'лет'),
);
/** `полгода`, `полчаса`, … */
export const RU_HALF_UNIT = anyOf(Object.keys(HALF_FORMS));

/** The unit of a unit noun or of a `пол-` word, or null. */
export function ruUnitOf(word: string): RuUnit | null {
  const w = foldRu(word);
  return UNIT_OF.get(w) ?? HALF_FORMS[w] ?? null;
}

/** Units below a day are TIME in NEREL and TIMEX3 (`через несколько часов`, `семь часов`). */
export function isClockUnit(unit: RuUnit): boolean {
  return unit === 'hour' || unit === 'minute' || unit === 'second';
}

/** The ISO 8601 duration letter of a unit (`P3Y`, `P2W`, `PT5H`); decades and centuries count in years. */
export function isoDuration(amount: number, unit: RuUnit): string | null {
  const n = String(amount);
  switch (unit) {
    case 'year':
      return `P${n}Y`;
    case 'month':
      return `P${n}M`;
    case 'week':
      return `P${n}W`;
    case 'day':
      return `P${n}D`;
    case 'hour':
      return `PT${n}H`;
    case 'minute':
      return `PT${n}M`;
    case 'second':
      return `PT${n}S`;
    case 'decade':
      return `P${amount * 10}Y`;
    case 'century':
      return `P${amount * 100}Y`;
    case 'season':
      return null;
  }
}
