import type { ActorEntry } from './types';

/**
 * Countries as actors (ISO 3166 alpha-2 ids, lower case) with Wikidata ids. English spellings include the
 * demonym (`Kazakh and Uzbek presidents`), which English uses for "of Kazakhstan".
 */
export const COUNTRIES: readonly ActorEntry[] = [
  { id: 'kz', kind: 'country', country: 'kz', wikidata: 'Q232', names: { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' },
    spellings: { kk: ['Қазақстан', 'ҚР'], kkLatn: ['Qazaqstan'], ru: ['Казахстан', 'РК'], en: ['Kazakhstan', 'Kazakh', 'Kazakhstani'] } },
  { id: 'uz', kind: 'country', country: 'uz', wikidata: 'Q265', names: { kk: 'Өзбекстан', ru: 'Узбекистан', en: 'Uzbekistan' },
    spellings: { kk: ['Өзбекстан'], kkLatn: ['Özbekstan'], ru: ['Узбекистан'], en: ['Uzbekistan', 'Uzbek'] } },
  { id: 'kg', kind: 'country', country: 'kg', wikidata: 'Q813', names: { kk: 'Қырғызстан', ru: 'Кыргызстан', en: 'Kyrgyzstan' },
    spellings: { kk: ['Қырғызстан', 'Қырғыз Республикасы'], kkLatn: ['Qyrğyzstan'], ru: ['Кыргызстан', 'Киргизия'], en: ['Kyrgyzstan', 'Kyrgyz Republic', 'Kyrgyz'] } },
  { id: 'tj', kind: 'country', country: 'tj', wikidata: 'Q863', names: { kk: 'Тәжікстан', ru: 'Таджикистан', en: 'Tajikistan' },
    spellings: { kk: ['Тәжікстан'], kkLatn: ['Täjıkstan'], ru: ['Таджикистан'], en: ['Tajikistan', 'Tajik'] } },
  { id: 'tm', kind: 'country', country: 'tm', wikidata: 'Q874', names: { kk: 'Түрікменстан', ru: 'Туркменистан', en: 'Turkmenistan' },
    spellings: { kk: ['Түрікменстан'], kkLatn: ['Türıkmenstan'], ru: ['Туркменистан', 'Туркмения'], en: ['Turkmenistan', 'Turkmen'] } },
  { id: 'az', kind: 'country', country: 'az', wikidata: 'Q227', names: { kk: 'Әзербайжан', ru: 'Азербайджан', en: 'Azerbaijan' },
    spellings: { kk: ['Әзербайжан'], kkLatn: ['Äzerbaijan'], ru: ['Азербайджан'], en: ['Azerbaijan', 'Azerbaijani'] } },
  { id: 'ru', kind: 'country', country: 'ru', wikidata: 'Q159', names: { kk: 'Ресей', ru: 'Россия', en: 'Russia' },
    spellings: { kk: ['Ресей'], kkLatn: ['Resei'], ru: ['Росси', 'РФ'], en: ['Russia', 'Russian Federation', 'Russian'] } },
  { id: 'cn', kind: 'country', country: 'cn', wikidata: 'Q148', names: { kk: 'Қытай', ru: 'Китай', en: 'China' },
    spellings: { kk: ['Қытай', 'ҚХР'], kkLatn: ['Qytai'], ru: ['Китай', 'КНР'], en: ['China', "People's Republic of China", 'Chinese'] } },
  { id: 'tr', kind: 'country', country: 'tr', wikidata: 'Q43', names: { kk: 'Түркия', ru: 'Турция', en: 'Türkiye' },
    spellings: { kk: ['Түркия'], kkLatn: ['Türkiia'], ru: ['Турци'], en: ['Türkiye', 'Turkey', 'Turkish'] } },
  { id: 'us', kind: 'country', country: 'us', wikidata: 'Q30', names: { kk: 'АҚШ', ru: 'США', en: 'United States' },
    spellings: { kk: ['АҚШ', 'Америка Құрама Штаттары'], kkLatn: ['AQŞ'], ru: ['США'], en: ['United States', 'USA', 'U.S.', 'American'] } },
];
