import type { RuCase, RuGender } from '../ru/declension';
import { ruIn, ruPhrase, ruPlaceGender } from '../ru/declension';
import { kkGenitive } from '../kk/declension';
import type { ActorEntry, PlaceEntry } from './types';

/**
 * The forms a composed title needs, per gazetteer entry: a person's short name (the surname) in each language,
 * and the Russian cases. Derived from the names and spellings; the few the rules get wrong are listed here.
 */

type Lang = 'kk' | 'ru' | 'en';

/** Names in East Asian order (family name first, one unit): used whole and never declined (Си Цзиньпин). */
const WHOLE_NAME_COUNTRIES = new Set(['cn', 'kr', 'kp', 'vn']);

/** Women whose Russian first name does not end in -а/-я (Лиз Трасс, Каталин Новак): their surnames do not decline. */
const WOMEN = new Set([
  'borne',
  'truss',
  'novak',
  'leuthard',
  'keller-sutter',
  'kaljulaid',
  'murmu',
  'sakellaropoulou',
  'zourabichvili',
]);
/** Men whose Russian first name ends in -а/-я. */
const MEN_IN_A = new Set(['Папа', 'Мамука', 'Абдулла', 'Илья', 'Никита', 'Лука', 'Кокхир', 'Нурла']);

/** Bodies by their abbreviation in titles (ШОС, ТМД, SCO). */
const BODY_SHORT: Record<string, Record<Lang, string>> = {
  sco: { kk: 'ШЫҰ', ru: 'ШОС', en: 'SCO' },
  cis: { kk: 'ТМД', ru: 'СНГ', en: 'CIS' },
  ots: { kk: 'ТМҰ', ru: 'ОТГ', en: 'OTS' },
  un: { kk: 'БҰҰ', ru: 'ООН', en: 'UN' },
  csto: { kk: 'ҰҚШҰ', ru: 'ОДКБ', en: 'CSTO' },
  eaeu: { kk: 'ЕАЭО', ru: 'ЕАЭС', en: 'EAEU' },
  cica: { kk: 'АӨСШК', ru: 'СВМДА', en: 'CICA' },
  oic: { kk: 'ИЫҰ', ru: 'ОИС', en: 'OIC' },
  eu: { kk: 'ЕО', ru: 'ЕС', en: 'EU' },
  ifas: { kk: 'АҚХҚ', ru: 'МФСА', en: 'IFAS' },
};

/** Kazakh genitives the sound rules cannot know (abbreviations are read letter by letter). */
const KK_GENITIVE: Record<string, string> = {
  ТМД: 'ТМД-ның',
  ЕО: 'ЕО-ның',
  ЕАЭО: 'ЕАЭО-ның',
  АӨСШК: 'АӨСШК-нің',
  АҚХҚ: 'АҚХҚ-ның',
  G20: 'G20-ның',
  'C5+1': 'C5+1-дің',
};

/** Russian forms the rules get wrong, by id: the Emirates (plural), Republic of Korea (only the head declines). */
const RU_FORMS: Record<string, Partial<Record<RuCase, string>>> = {
  xian: { gen: 'Сианя', prep: 'Сиане', acc: 'Сиань', ins: 'Сианем' }, // masculine, unlike Казань
  ae: {
    gen: 'Объединённых Арабских Эмиратов',
    prep: 'Объединённых Арабских Эмиратах',
    acc: 'Объединённые Арабские Эмираты',
    ins: 'Объединёнными Арабскими Эмиратами',
  },
  kr: { gen: 'Республики Корея', prep: 'Республике Корея', acc: 'Республику Корея', ins: 'Республикой Корея' },
};

/** Places one is "on", not "in": на Каспии, на Южном Кавказе, на Байконуре, на Иссык-Куле. */
const RU_ON = new Set(['caspian', 'south-caucasus', 'baikonur', 'issyk-kul']);

const isRoman = (w: string) => /^[IVXLC]+$/.test(w);

/**
 * A person's short name: the longest spelling that ends their full name after a space (Тоқаев, фон дер Ляйен,
 * el-Sisi), else the full name (Акылбек Жапаров shares a surname, so his is never a spelling alone). East Asian
 * names, monarchs and popes are used whole.
 */
export function shortName(actor: ActorEntry, lang: Lang): string {
  if (actor.kind === 'body') return BODY_SHORT[actor.id]?.[lang] ?? actor.names[lang];
  const full = actor.names[lang];
  if (actor.kind !== 'person') return full;
  if (WHOLE_NAME_COUNTRIES.has(actor.country ?? '') || full.split(' ').some(isRoman)) return full;
  const tails = actor.spellings[lang].filter((s) => s !== full && full.endsWith(` ${s}`) && !/^\p{Lu}\./u.test(s));
  return tails.sort((a, b) => b.length - a.length)[0] ?? full;
}

/** Bodies that are a format of meeting named by its sides (C5+1, Central Asia – China): quoted, not declined. */
export function isFormatBody(actor: ActorEntry): boolean {
  return (
    actor.id === 'c5-plus-1' ||
    (actor.id.startsWith('central-asia-') && actor.id !== 'central-asia-consultative-meeting')
  );
}

/** Whether a body has an abbreviation in titles (ШОС summit) rather than only its long name. */
export function hasShortName(actor: ActorEntry): boolean {
  return actor.kind !== 'body' || actor.id in BODY_SHORT;
}

function personGender(actor: ActorEntry): RuGender {
  if (WOMEN.has(actor.id)) return 'f';
  const first = actor.names.ru.split(' ')[0] ?? '';
  return /[ая]$/u.test(first) && !MEN_IN_A.has(first) ? 'f' : 'm';
}

/** A person's, country's or body's Russian short name in a case: Токаева, Узбекистан (acc), Россией, ШОС. */
export function ruActor(actor: ActorEntry, c: RuCase): string {
  const override = RU_FORMS[actor.id]?.[c];
  if (override) return override;
  const name = shortName(actor, 'ru');
  if (actor.kind === 'person') {
    if (WHOLE_NAME_COUNTRIES.has(actor.country ?? '')) return name;
    return ruPhrase(name, c, { gender: personGender(actor), animate: true });
  }
  if (actor.kind === 'body' && hasShortName(actor)) return name;
  return ruPhrase(name, c, { gender: ruPlaceGender(name), animate: false });
}

/** A place's Russian name in a case: Ташкенте, Москву, Центральной Азии, Душанбе. */
export function ruPlace(place: PlaceEntry, c: RuCase): string {
  const override = RU_FORMS[place.id]?.[c];
  if (override) return override;
  return ruPhrase(place.names.ru, c, { gender: ruPlaceGender(place.names.ru), animate: false });
}

/** The Russian preposition for being at a place: в, во, на. */
export function ruPlacePreposition(place: PlaceEntry | ActorEntry, form: string): string {
  if (RU_ON.has(place.id)) return 'на';
  return ruIn(form);
}

/** A Kazakh genitive, with the overrides for abbreviations read letter by letter. */
export function kkGenitiveOf(name: string): string {
  return KK_GENITIVE[name] ?? kkGenitive(name);
}
