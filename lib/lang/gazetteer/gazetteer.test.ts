import { describe, expect, it } from 'vitest';
import type { Language, Script } from '../../model';
import {
  ACTORS,
  PATTERN_SOURCE_LIMIT,
  PLACES,
  actorById,
  findEntities,
  headOfState,
  patternStats,
  placeById,
  type EntityMention,
} from './index';
import type { Spellings } from './types';

const KEYS: ReadonlyArray<{ key: Exclude<keyof Spellings, 'uz'>; language: Language; script: Script }> = [
  { key: 'kk', language: 'kk', script: 'Cyrl' },
  { key: 'kkLatn', language: 'kk', script: 'Latn' },
  { key: 'ru', language: 'ru', script: 'Cyrl' },
  { key: 'en', language: 'en', script: 'Latn' },
];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function find(text: string, language: Language, script: Script = language === 'en' ? 'Latn' : 'Cyrl'): EntityMention[] {
  return findEntities(text, 0, text.length, language, script);
}

/** The mentions as `id|matched text|suffix`, for readable failures. */
function shown(text: string, language: Language, script?: Script): string[] {
  return find(text, language, script).map((e) => `${e.id}|${text.slice(e.start, e.end)}|${e.suffix}`);
}

describe('gazetteer tables', () => {
  const entries = [...ACTORS, ...PLACES];

  it('gives every entry its names in kk, ru and en and at least one spelling per language and script', () => {
    for (const e of entries) {
      for (const lang of ['kk', 'ru', 'en'] as const) expect(e.names[lang].trim(), `${e.id} name ${lang}`).not.toBe('');
      for (const { key } of KEYS) expect(e.spellings[key].length, `${e.id} spellings ${key}`).toBeGreaterThan(0);
    }
  });

  it('never gives a person a one- or two-letter stem (Chinese, Korean, Vietnamese names only in full)', () => {
    for (const a of ACTORS.filter((x) => x.kind === 'person')) {
      for (const { key } of KEYS)
        for (const s of a.spellings[key])
          expect(s.replace(/[^\p{L}]/gu, '').length, `${a.id}: ${s}`).toBeGreaterThan(2);
    }
    expect(actorById('xi-jinping')?.spellings.ru).toEqual(['Си Цзиньпин']);
  });

  it('has unique ids, among actors, among places and between the two', () => {
    const actorIds = ACTORS.map((a) => a.id);
    const placeIds = PLACES.map((p) => p.id);
    expect(new Set(actorIds).size).toBe(actorIds.length);
    expect(new Set(placeIds).size).toBe(placeIds.length);
    expect(actorIds.filter((id) => placeIds.includes(id))).toEqual([]);
  });

  it('keeps the ids other code and the fixtures use', () => {
    for (const id of [
      'tokayev',
      'mirziyoyev',
      'japarov',
      'rahmon',
      'berdimuhamedov',
      'aliyev',
      'putin',
      'xi-jinping',
      'erdogan',
      'nurtleu',
      'saidov',
      'bektenov',
      'lavrov',
      'guterres',
    ]) {
      expect(actorById(id)?.kind, id).toBe('person');
    }
    expect(actorById('berdimuhamedov')?.names.en).toMatch(/^Serdar/);
    expect(actorById('gurbanguly-berdimuhamedov')?.names.en).toMatch(/^Gurbanguly/);
    for (const id of [
      'kz-uz-supreme-interstate-council',
      'central-asia-consultative-meeting',
      'sco',
      'cis',
      'ots',
      'un',
      'csto',
      'brics',
    ])
      expect(actorById(id)?.kind, id).toBe('body');
  });

  it('gives every country a capital that is a city of that country', () => {
    const countries = ACTORS.filter((a) => a.kind === 'country');
    expect(countries.length).toBeGreaterThanOrEqual(50);
    for (const c of countries) {
      expect(c.country, c.id).toBe(c.id);
      expect(c.id, c.id).toMatch(/^[a-z]{2}$/);
      const capital = c.capital ? placeById(c.capital) : undefined;
      expect(capital, `${c.id} capital ${c.capital}`).toBeDefined();
      expect(capital?.kind).toBe('city');
      expect(capital?.country, `${c.id} capital's country`).toBe(c.id);
    }
  });

  it('refers only to entries that exist (countries of people and places, members, seats, term countries)', () => {
    const isCountry = (id: string) => actorById(id)?.kind === 'country';
    for (const a of ACTORS) {
      if (a.kind === 'person' && a.country)
        expect(isCountry(a.country) || a.country === 'eu', `${a.id} country ${a.country}`).toBe(true);
      for (const m of a.members ?? []) expect(isCountry(m), `${a.id} member ${m}`).toBe(true);
      if (a.seat) expect(placeById(a.seat), `${a.id} seat`).toBeDefined();
      if (a.occurrenceTitle) for (const t of Object.values(a.occurrenceTitle)) expect(t, a.id).toContain('{n}');
    }
    expect(actorById('eu')?.kind).toBe('body');
    for (const p of PLACES) if (p.country) expect(isCountry(p.country), `${p.id} country ${p.country}`).toBe(true);
  });

  it('writes terms of office as ISO dates, in order, for countries that exist', () => {
    for (const a of ACTORS) {
      if (a.kind !== 'person') expect(a.terms, a.id).toBeUndefined();
      for (const t of a.terms ?? []) {
        expect(t.from, a.id).toMatch(ISO_DAY);
        if (t.to !== undefined) {
          expect(t.to, a.id).toMatch(ISO_DAY);
          expect(t.from <= t.to, `${a.id} ${t.from}–${t.to}`).toBe(true);
        }
        expect(actorById(t.country)?.kind, `${a.id} term in ${t.country}`).toBe('country');
      }
    }
  });

  it('marks as head of state now exactly the people whose head-of-state term is open', () => {
    const heads = new Map<string, string>();
    for (const a of ACTORS) {
      if (!a.headOfState) continue;
      expect(heads.has(a.headOfState), `two heads of ${a.headOfState}`).toBe(false);
      heads.set(a.headOfState, a.id);
      expect(
        a.terms?.some((t) => t.role === 'head-of-state' && t.country === a.headOfState && t.to === undefined),
        a.id,
      ).toBe(true);
    }
    for (const a of ACTORS) {
      for (const t of a.terms ?? [])
        if (t.role === 'head-of-state' && t.to === undefined)
          expect(heads.get(t.country), `${a.id} open term`).toBe(a.id);
    }
    for (const country of heads.keys())
      expect(headOfState(country, '2025-12-31')?.id, country).toBe(headOfState(country)?.id);
  });

  it('keeps every pattern small enough for V8 to optimise', () => {
    for (const { language, script } of KEYS) {
      const stats = patternStats(language, script);
      expect(stats.sourceLength, `${language}-${script}`).toBeLessThan(PATTERN_SOURCE_LIMIT);
    }
  });
});

describe('headOfState over time', () => {
  it.each([
    ['kz', '2018-06-01', 'nazarbayev'],
    ['kz', '2019-03-19', 'nazarbayev'],
    ['kz', '2019-03-20', 'tokayev'],
    ['kz', '2025-11-14', 'tokayev'],
    ['us', '2016-06-01', 'obama'],
    ['us', '2018-06-01', 'trump'],
    ['us', '2022-05-01', 'biden'],
    ['us', '2025-03-01', 'trump'],
    ['tm', '2021-06-01', 'gurbanguly-berdimuhamedov'],
    ['tm', '2023-06-01', 'berdimuhamedov'],
    ['uz', '2015-06-01', 'karimov'],
    ['uz', '2017-06-01', 'mirziyoyev'],
    ['kg', '2016-06-01', 'atambayev'],
    ['kg', '2019-06-01', 'jeenbekov'],
    ['kg', '2022-06-01', 'japarov'],
    ['ir', '2022-06-01', 'raisi'],
    ['de', '2016-06-01', 'gauck'],
    ['de', '2020-06-01', 'steinmeier'],
    ['va', '2020-06-01', 'pope-francis'],
    ['va', '2025-06-01', 'pope-leo-xiv'],
  ])('%s on %s: %s', (country, day, id) => {
    expect(headOfState(country, day)?.id).toBe(id);
  });

  it('takes a longer EDTF value by its first day, and knows nobody before anyone it has', () => {
    expect(headOfState('kz', '2018-06-01/2018-06-02')?.id).toBe('nazarbayev');
    expect(headOfState('kz', '1980-01-01')).toBeUndefined();
  });

  it('without a date, gives today’s head as before', () => {
    expect(headOfState('kz')?.id).toBe('tokayev');
    expect(headOfState('tm')?.id).toBe('berdimuhamedov');
    expect(headOfState('us')?.id).toBe('trump');
    expect(headOfState('fr')?.id).toBe('macron');
  });
});

describe('findEntities', () => {
  it('finds every spelling of every entry as that entry, whole', () => {
    for (const { key, language, script } of KEYS) {
      for (const e of [...ACTORS, ...PLACES]) {
        for (const s of e.spellings[key]) {
          const full = find(s, language, script).filter((m) => m.start === 0 && m.end === s.length);
          expect(
            full.map((m) => m.id),
            `${key}: ${s}`,
          ).toContain(e.id);
          // Nobody else under the same spelling, but a city-state's name, which is its country and its city, and the
          // city a body's name carries.
          for (const m of full) {
            if (m.id === e.id || (m.kind === 'place' && 'seat' in e && e.seat === m.id)) continue;
            const countryAndCity = (a: string, b: string) =>
              actorById(a)?.kind === 'country' && placeById(b)?.country === a;
            expect(
              countryAndCity(e.id, m.id) || countryAndCity(m.id, e.id),
              `${key}: ${s} is ${e.id} and ${m.id}`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it.each<[Language, Script, string, string, string]>([
    ['kk', 'Cyrl', 'Тоқаев Макронмен кездесті.', 'macron', 'мен'],
    ['kk', 'Cyrl', 'Президент Шольцпен телефон арқылы сөйлесті.', 'scholz', 'пен'],
    ['kk', 'Cyrl', 'Лукашенко Астанаға келді.', 'lukashenko', ''],
    ['kk', 'Cyrl', 'Мемлекет басшысы Пашинянмен кездесті.', 'pashinyan', 'мен'],
    ['kk', 'Cyrl', 'Тоқаев Парижге барды.', 'paris', 'ге'],
    ['kk', 'Cyrl', 'Саммит Шушада өтті.', 'shusha', 'да'],
    ['kk', 'Cyrl', 'Форум Қостанайда өтеді.', 'kostanay', 'да'],
    ['kk', 'Cyrl', 'Оралда кездесу болды.', 'oral', 'да'],
    ['kk', 'Cyrl', 'Трамп пен Байден', 'biden', ''],
    ['kk', 'Cyrl', 'Мерцпен кездесу', 'merz', 'пен'],
    ['kk', 'Cyrl', 'Мелонимен келіссөз', 'meloni', 'мен'],
    ['kk', 'Cyrl', 'ҰҚШҰ-ның сессиясы', 'csto', 'ның'],
    ['kk', 'Cyrl', 'ЕАЭО саммиті', 'eaeu', ''],
    ['kk', 'Cyrl', 'Жоғары Еуразиялық экономикалық кеңестің отырысы', 'eaeu', 'тің'],
    ['kk', 'Cyrl', 'Түркі кеңесінің саммиті', 'ots', 'інің'],
    ['kk', 'Cyrl', 'Санкт-Петербургте', 'saint-petersburg', 'те'],
    ['kk', 'Cyrl', 'Нұр-Сұлтанда', 'astana', 'да'],
    ['kk', 'Latn', 'Toqaev Sankt-Peterburgte boldy.', 'saint-petersburg', 'te'],
    ['kk', 'Latn', 'Toqaev Makronmen kezdestı.', 'macron', 'men'],
    ['kk', 'Latn', 'Şavkat Mirziöevpen', 'mirziyoyev', 'pen'],
    ['kk', 'Latn', 'Mäskeuge bardy', 'moscow', 'ge'],
    ['kk', 'Latn', 'Täşkentte', 'tashkent', 'te'],
    ['kk', 'Latn', 'Päkıstanmen', 'pk', 'men'],
    ['kk', 'Latn', 'BIŞKEK. KAZINFORM', 'bishkek', ''],
    ['ru', 'Cyrl', 'Токаев встретился с Макроном.', 'macron', 'ом'],
    ['ru', 'Cyrl', 'Президент направил телеграмму Макрону.', 'macron', 'у'],
    ['ru', 'Cyrl', 'переговоры с Лукашенко', 'lukashenko', ''],
    ['ru', 'Cyrl', 'разговор с Пашиняном', 'pashinyan', 'ом'],
    ['ru', 'Cyrl', 'визит в Париж', 'paris', ''],
    ['ru', 'Cyrl', 'саммит в Париже', 'paris', 'е'],
    ['ru', 'Cyrl', 'форум в Шуше', 'shusha', 'е'],
    ['ru', 'Cyrl', 'встреча в Костанае', 'kostanay', 'е'],
    ['ru', 'Cyrl', 'в Уральске', 'oral', 'е'],
    ['ru', 'Cyrl', 'в Анкаре', 'ankara', 'е'],
    ['ru', 'Cyrl', 'в Казани', 'kazan', 'и'],
    ['ru', 'Cyrl', 'в Чолпон-Ате', 'cholpon-ata', 'е'],
    ['ru', 'Cyrl', 'прилетел в Казань', 'kazan', ''],
    ['ru', 'Cyrl', 'визит в Китай', 'cn', ''],
    ['ru', 'Cyrl', 'товарооборот Китая', 'cn', 'я'],
    ['ru', 'Cyrl', 'с Францией', 'fr', 'ей'],
    ['ru', 'Cyrl', 'с Беларусью', 'by', 'ю'],
    ['ru', 'Cyrl', 'с Шольцем', 'scholz', 'ем'],
    ['ru', 'Cyrl', 'с Борисом Джонсоном', 'boris-johnson', 'ом'],
    ['ru', 'Cyrl', 'с Шарлем Мишелем', 'charles-michel', 'ем'],
    ['ru', 'Cyrl', 'с Урсулой фон дер Ляйен', 'von-der-leyen', ''],
    ['ru', 'Cyrl', 'Мирзиеевым', 'mirziyoyev', 'ым'],
    ['ru', 'Cyrl', 'в Санкт-Петербурге', 'saint-petersburg', 'е'],
    ['ru', 'Cyrl', 'саммит ОДКБ', 'csto', ''],
    ['ru', 'Cyrl', 'заседание Организации Договора о коллективной безопасности', 'csto', ''],
    ['ru', 'Cyrl', 'ТАШКЕНТ. KAZINFORM', 'tashkent', ''],
    ['en', 'Latn', 'Tokayev held talks with Macron.', 'macron', ''],
    ['en', 'Latn', "Macron's visit", 'macron', "'s"],
    ['en', 'Latn', 'talks with Lukashenko and Pashinyan', 'pashinyan', ''],
    ['en', 'Latn', 'in St. Petersburg', 'saint-petersburg', ''],
    ['en', 'Latn', 'in Xi’an', 'xian', ''],
    ['en', 'Latn', 'the EAEU summit', 'eaeu', ''],
    ['en', 'Latn', 'the Supreme Eurasian Economic Council', 'eaeu', ''],
    ['en', 'Latn', 'the Turkic Council', 'ots', ''],
    ['en', 'Latn', 'the C5+1 summit', 'c5-plus-1', ''],
    ['en', 'Latn', 'with Ursula von der Leyen', 'von-der-leyen', ''],
  ])('%s-%s: %s → %s', (language, script, text, id, suffix) => {
    const hit = find(text, language, script).find((e) => e.id === id);
    expect(hit, shown(text, language, script).join(', ')).toBeDefined();
    expect(hit?.suffix).toBe(suffix);
  });

  it('tells Akylbek Japarov from Sadyr Japarov, and Gurbanguly from Serdar', () => {
    expect(find('Ақылбек Жапаровпен кездесті', 'kk').map((e) => e.id)).toEqual(['akylbek-japarov']);
    expect(find('Садыр Жапаровпен кездесті', 'kk').map((e) => e.id)).toEqual(['japarov']);
    expect(find('Жапаровпен кездесті', 'kk').map((e) => e.id)).toEqual(['japarov']);
    expect(find('с Акылбеком Жапаровым', 'ru').map((e) => e.id)).toEqual(['akylbek-japarov']);
    expect(find('Гурбангулы Бердымухамедов', 'ru').map((e) => e.id)).toEqual(['gurbanguly-berdimuhamedov']);
    expect(find('Сердар Бердымухамедов', 'ru').map((e) => e.id)).toEqual(['berdimuhamedov']);
    expect(find('Бердымухамедов', 'ru')).toEqual([]);
  });

  it('finds a summit format by its name in either order, and the country it names', () => {
    expect(shown('саммит «Центральная Азия – Китай»', 'ru')).toEqual([
      'central-asia-china|Центральная Азия – Китай|',
      'cn|Китай|',
    ]);
    expect(shown('«Қытай – Орталық Азия» саммиті', 'kk').map((s) => s.split('|')[0])).toEqual([
      'central-asia-china',
      'cn',
    ]);
    expect(find('the Central Asia-Japan summit', 'en').map((e) => e.id)).toEqual(['central-asia-japan', 'jp']);
    expect(find('«Орталық Азия + Жапония» диалогы', 'kk').map((e) => e.id)).toEqual(['central-asia-japan', 'jp']);
    expect(find('the EU–Central Asia summit', 'en').map((e) => e.id)).toEqual(['central-asia-eu']);
    expect(find('Қазақстан мен Қырғызстан Жоғары мемлекетаралық кеңесінің отырысы', 'kk').map((e) => e.id)).toEqual([
      'kz-kg-supreme-interstate-council',
      'kz',
      'kg',
    ]);
    expect(find('Жоғары мемлекетаралық кеңестің отырысы', 'kk').map((e) => e.id)).toEqual([
      'kz-uz-supreme-interstate-council',
    ]);
  });

  it('finds the Astana International Forum and the city its name carries', () => {
    expect(find('«Astana» halyqaralyq forumy bastalady', 'kk', 'Latn').map((e) => `${e.kind}:${e.id}`)).toEqual([
      'actor:astana-international-forum',
      'place:astana',
    ]);
  });

  it('finds a city-state as the country and the city', () => {
    expect(
      find('Тоқаев Сингапурға барды', 'kk')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['singapore', 'sg', 'tokayev'].sort());
  });
});

describe('the capital of a country', () => {
  it.each<[Language, Script, string, string, string, string]>([
    ['kk', 'Cyrl', 'Тоқаев Әзербайжан астанасында болды.', 'baku', 'Әзербайжан астанасында', 'нда'],
    ['kk', 'Cyrl', 'Президент Әзербайжан астанасына барды.', 'baku', 'Әзербайжан астанасына', 'на'],
    ['kk', 'Cyrl', 'Өзбекстан астанасы Ташкент', 'tashkent', 'Өзбекстан астанасы', ''],
    ['kk', 'Cyrl', 'Әзербайжанның астанасында', 'baku', 'Әзербайжанның астанасында', 'нда'],
    ['kk', 'Cyrl', 'Қытай елордасында', 'beijing', 'Қытай елордасында', 'нда'],
    ['kk', 'Latn', 'Toqaev Äzerbaijan astanasynda boldy.', 'baku', 'Äzerbaijan astanasynda', 'nda'],
    ['kk', 'Latn', 'Özbekstan astanasyna', 'tashkent', 'Özbekstan astanasyna', 'na'],
    ['ru', 'Cyrl', 'Переговоры прошли в столице Азербайджана.', 'baku', 'столице Азербайджана', 'е'],
    ['ru', 'Cyrl', 'Столица Узбекистана принимает саммит.', 'tashkent', 'Столица Узбекистана', 'а'],
    ['ru', 'Cyrl', 'Токаев прибыл в столицу Франции', 'paris', 'столицу Франции', 'у'],
    ['ru', 'Cyrl', 'в азербайджанской столице', 'baku', 'азербайджанской столице', 'е'],
    ['ru', 'Cyrl', 'в российскую столицу', 'moscow', 'российскую столицу', 'у'],
    ['en', 'Latn', "Tokayev arrived in Azerbaijan's capital.", 'baku', "Azerbaijan's capital", ''],
    ['en', 'Latn', 'Talks were held in the Azerbaijani capital.', 'baku', 'the Azerbaijani capital', ''],
    ['en', 'Latn', 'in the capital of Uzbekistan', 'tashkent', 'the capital of Uzbekistan', ''],
    ['en', 'Latn', 'The Kazakh capital hosted the summit.', 'astana', 'The Kazakh capital', ''],
  ])('%s-%s: %s', (language, script, text, id, phrase, suffix) => {
    const place = find(text, language, script).find((e) => e.kind === 'place' && e.id === id);
    expect(place, shown(text, language, script).join(', ')).toBeDefined();
    expect(text.slice(place!.start, place!.end)).toBe(phrase);
    expect(place!.suffix).toBe(suffix);
  });

  it('keeps the country named in the phrase as well', () => {
    expect(find('Әзербайжан астанасында', 'kk').map((e) => `${e.kind}:${e.id}`)).toEqual(['place:baku', 'actor:az']);
    expect(find('в столице Азербайджана', 'ru').map((e) => `${e.kind}:${e.id}`)).toEqual(['place:baku', 'actor:az']);
  });

  it('is not money: the capital market of a country is not its capital city', () => {
    expect(find("Kazakhstan's capital market grew", 'en').map((e) => e.id)).toEqual(['kz']);
  });
});

describe('common nouns are not names', () => {
  it.each<[Language, Script, string]>([
    ['kk', 'Cyrl', 'Делегация астанасында болды.'],
    ['kk', 'Cyrl', 'астанасында'],
    ['kk', 'Cyrl', 'Биылғы қазан айында өтеді.'],
    ['kk', 'Cyrl', 'президент, елорда, астана'],
    ['kk', 'Cyrl', 'сонымен қатар'],
    ['kk', 'Latn', 'astanasynda, qazan aiynda, prezident'],
    ['ru', 'Cyrl', 'столица, президент, в столице страны'],
    ['ru', 'Cyrl', 'турция, париж, казань'],
    ['ru', 'Cyrl', 'мамин подарок'],
    ['en', 'Latn', 'the capital, a president, the capital of the region'],
    ['en', 'Latn', 'turkey, china plates, polish the shoes, may be'],
  ])('%s-%s: %s', (language, script, text) => {
    expect(shown(text, language, script)).toEqual([]);
  });

  it('still finds names written in capitals and abbreviations', () => {
    expect(find('АСТАНА. KAZINFORM', 'kk').map((e) => e.id)).toEqual(['astana']);
    expect(find('АҚШ-тың', 'kk')[0]?.suffix).toBe('тың');
  });
});
