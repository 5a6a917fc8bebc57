import { actorById, placeById } from '../lang/gazetteer';
import type { EventType } from '../events/types';
import { numberToRoman } from '../events/ordinal';
import type { UiLocale } from './types';

/** Event type names in the three UI languages: used to compose titles in `lib`, and by the UI's legend. */
export const EVENT_TYPE_NAMES: Record<EventType, Record<UiLocale, string>> = {
  'state-visit': { kk: 'Мемлекеттік сапар', ru: 'Государственный визит', en: 'State visit' },
  'official-visit': { kk: 'Ресми сапар', ru: 'Официальный визит', en: 'Official visit' },
  'working-visit': { kk: 'Жұмыс сапары', ru: 'Рабочий визит', en: 'Working visit' },
  'informal-visit': { kk: 'Бейресми сапар', ru: 'Неофициальный визит', en: 'Informal visit' },
  visit: { kk: 'Сапар', ru: 'Визит', en: 'Visit' },
  talks: { kk: 'Келіссөздер', ru: 'Переговоры', en: 'Talks' },
  summit: { kk: 'Саммит', ru: 'Саммит', en: 'Summit' },
  'multilateral-meeting': { kk: 'Көпжақты кездесу', ru: 'Многосторонняя встреча', en: 'Multilateral meeting' },
  'council-session': { kk: 'Кеңес отырысы', ru: 'Заседание совета', en: 'Council session' },
  briefing: { kk: 'Брифинг', ru: 'Брифинг', en: 'Briefing' },
  'press-statement': { kk: 'Баспасөз мәлімдемесі', ru: 'Заявление для прессы', en: 'Press statement' },
  'joint-statement': { kk: 'Бірлескен мәлімдеме', ru: 'Совместное заявление', en: 'Joint statement' },
  declaration: { kk: 'Декларация', ru: 'Декларация', en: 'Declaration' },
  'agreement-signing': { kk: 'Келісімге қол қою', ru: 'Подписание соглашения', en: 'Agreement signing' },
  'phone-call': { kk: 'Телефон арқылы сөйлесу', ru: 'Телефонный разговор', en: 'Phone call' },
  interview: { kk: 'Сұхбат', ru: 'Интервью', en: 'Interview' },
  forum: { kk: 'Форум', ru: 'Форум', en: 'Forum' },
  other: { kk: 'Басқа оқиға', ru: 'Другое событие', en: 'Other event' },
};

const EN_ORDINALS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

function ordinalWord(n: number, locale: UiLocale, roman: boolean): string {
  if (roman) return numberToRoman(n);
  if (locale === 'en') return EN_ORDINALS[n] ?? `${n}th`;
  return locale === 'kk' ? `${n}-` : `${n}-е`;
}

export interface TitleInput {
  type: EventType;
  bodyId: string | null;
  ordinal: number | null;
  placeId: string | null;
  countries: string[];
}

/**
 * A title per UI language. A named occurrence of a body reads as its own name (`VII Consultative Meeting of the
 * Heads of State of Central Asia`); otherwise the type with its place, or its countries.
 */
export function eventTitles(input: TitleInput): Record<UiLocale, string> {
  const out = {} as Record<UiLocale, string>;
  const body = input.bodyId ? actorById(input.bodyId) : undefined;
  const place = input.placeId ? placeById(input.placeId) : undefined;
  for (const locale of ['kk', 'ru', 'en'] as const) {
    if (body?.occurrenceTitle && input.ordinal !== null) {
      const roman = body.meetingType === 'summit';
      const n = ordinalWord(input.ordinal, locale, roman);
      const title = body.occurrenceTitle[locale].replace('{n}', n).replace('- ', '-');
      out[locale] = title.charAt(0).toLocaleUpperCase(locale) + title.slice(1);
      continue;
    }
    const name = EVENT_TYPE_NAMES[input.type][locale];
    const where = body?.names[locale] ?? place?.names[locale] ?? input.countries.map((c) => actorById(c)?.names[locale] ?? c).join(' – ');
    out[locale] = where ? `${name}: ${where}` : name;
  }
  return out;
}
