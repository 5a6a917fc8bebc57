import type { EventType } from '../events/types';
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
