// `npm run corpus:synth -- --articles 10000 --out <dir> [--seed 1]`
// Writes a synthetic corpus for benchmarks only (never into seeds/): articles in Kazakh, Russian and English in the
// seed format, composed from templates over the gazetteer's heads of state and cities and the date forms the
// parser reads (day + month, ranges, relative words), spread over 2015–2025. Deterministic for a given seed.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PEOPLE } from '../lib/lang/gazetteer/people';
import { PLACES } from '../lib/lang/gazetteer/places';

type Lang = 'kk' | 'ru' | 'en';

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const KK_LOC = ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда', 'шілдеде', 'тамызда', 'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда'];
const RU_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const KK_FILLER = [
  'Тараптар сауда-экономикалық, инвестициялық және көлік-логистикалық салалардағы ынтымақтастықты талқылады.',
  'Мемлекет басшылары екі ел арасындағы стратегиялық әріптестіктің маңызын атап өтті.',
  'Кездесу барысында өңірлік қауіпсіздік мәселелері де қаралды.',
  'Делегациялар мәдени-гуманитарлық байланыстарды дамыту жөнінде пікір алмасты.',
];
const RU_FILLER = [
  'Стороны обсудили сотрудничество в торгово-экономической, инвестиционной и транспортно-логистической сферах.',
  'Главы государств отметили важность стратегического партнёрства двух стран.',
  'В ходе встречи были рассмотрены вопросы региональной безопасности.',
  'Делегации обменялись мнениями о развитии культурно-гуманитарных связей.',
];
const EN_FILLER = [
  'The sides discussed cooperation in trade, investment, transport and logistics.',
  'The heads of state stressed the importance of the strategic partnership between the two countries.',
  'Regional security issues were also considered during the meeting.',
  'The delegations exchanged views on developing cultural and humanitarian ties.',
];

/** Two different sentences of a list. */
function two(xs: readonly string[], pick: <T>(xs: readonly T[]) => T): string {
  const a = pick(xs);
  return `${a} ${pick(xs.filter((x) => x !== a))}`;
}

interface Parts {
  date: Date;
  event: Date;
  guest: (typeof PEOPLE)[number];
  city: (typeof PLACES)[number];
  pick: <T>(xs: readonly T[]) => T;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const upper = (s: string) => s.toLocaleUpperCase('kk');

function kk({ date, event, guest, city, pick }: Parts): [string, string] {
  const d = event.getUTCDate();
  const m = event.getUTCMonth();
  const past = event <= date;
  const g = guest.names.kk;
  const c = city.names.kk;
  const templates = past
    ? [
        [`Қасым-Жомарт Тоқаев және ${g} келіссөздер өткізді`, `${d} ${KK_LOC[m]} ${c} қаласында Президент Қасым-Жомарт Тоқаев және ${g} келіссөздер өткізді.`],
        [`Мемлекет басшысы брифинг өткізді`, `${d} ${KK_LOC[m]} Президент Қасым-Жомарт Тоқаев ${c} қаласында брифинг өткізді.`],
        [`Қасым-Жомарт Тоқаев ${g} телефон арқылы сөйлесті`, `${d} ${KK_LOC[m]} Қасым-Жомарт Тоқаев пен ${g} телефон арқылы сөйлесті.`],
      ]
    : [
        [`${g} Қазақстанға мемлекеттік сапармен келеді`, `${d}-${d + 1} ${KK_MONTHS[m]} аралығында ${g} Қазақстанға мемлекеттік сапармен келеді.`],
        [`Қасым-Жомарт Тоқаев ${c} қаласында саммитке қатысады`, `${d} ${KK_LOC[m]} Президент Қасым-Жомарт Тоқаев ${c} қаласында өтетін саммитке қатысады.`],
      ];
  const [title, lead] = pick(templates);
  return [title!, `${upper(c)}. KAZINFORM – ${lead} ${two(KK_FILLER, pick)}`];
}

function ru({ date, event, guest, city, pick }: Parts): [string, string] {
  const d = event.getUTCDate();
  const m = event.getUTCMonth();
  const past = event <= date;
  const g = guest.names.ru;
  const c = city.names.ru;
  const templates = past
    ? [
        [`Касым-Жомарт Токаев и ${g} провели переговоры`, `${d} ${RU_GEN[m]} в городе ${c} Президент Касым-Жомарт Токаев и ${g} провели переговоры.`],
        [`Глава государства провёл брифинг`, `${d} ${RU_GEN[m]} Президент Касым-Жомарт Токаев провёл брифинг в городе ${c}.`],
        [`Касым-Жомарт Токаев и ${g} провели телефонный разговор`, `${d} ${RU_GEN[m]} Касым-Жомарт Токаев и ${g} провели телефонный разговор.`],
      ]
    : [
        [`${g} посетит Казахстан с государственным визитом`, `${d}-${d + 1} ${RU_GEN[m]} ${g} посетит Казахстан с государственным визитом.`],
        [`Касым-Жомарт Токаев примет участие в саммите`, `${d} ${RU_GEN[m]} Президент Касым-Жомарт Токаев примет участие в саммите в городе ${c}.`],
      ];
  const [title, lead] = pick(templates);
  return [title!, `${upper(city.names.ru)}. KAZINFORM – ${lead} ${two(RU_FILLER, pick)}`];
}

function en({ date, event, guest, city, pick }: Parts): [string, string] {
  const d = event.getUTCDate();
  const mo = EN_MONTHS[event.getUTCMonth()];
  const past = event <= date;
  const g = guest.names.en;
  const c = city.names.en;
  const templates = past
    ? [
        [`Tokayev and ${g} hold talks in ${c}`, `On ${mo} ${d}, President Kassym-Jomart Tokayev and ${g} held talks in ${c}.`],
        [`Head of State holds briefing`, `President Kassym-Jomart Tokayev held a briefing in ${c} on ${mo} ${d}.`],
        [`Tokayev and ${g} hold phone call`, `On ${mo} ${d}, Kassym-Jomart Tokayev and ${g} held a phone call.`],
      ]
    : [
        [`${g} to pay state visit to Kazakhstan`, `${g} will pay a state visit to Kazakhstan on ${mo} ${d}-${d + 1}.`],
        [`Tokayev to attend summit in ${c}`, `President Kassym-Jomart Tokayev will attend the summit in ${c} on ${mo} ${d}.`],
      ];
  const [title, lead] = pick(templates);
  return [title!, `${upper(city.names.en)}. KAZINFORM – ${lead} ${two(EN_FILLER, pick)}`];
}

const WRITERS: Record<Lang, (p: Parts) => [string, string]> = { kk, ru, en };

/** One synthetic article's file name and text. */
export function synthArticle(i: number, random: () => number): { fileName: string; text: string; lang: Lang } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const lang = pick(['kk', 'kk', 'ru', 'en'] as const);
  const start = Date.UTC(2015, 0, 1);
  const days = 11 * 365;
  const date = new Date(start + Math.floor(random() * days) * 86_400_000);
  // Events from a week before the article to three weeks after, day ≤ 27 so that d+1 stays in the month.
  const event = new Date(date.getTime() + Math.floor(random() * 28 - 7) * 86_400_000);
  event.setUTCDate(Math.min(event.getUTCDate(), 27));
  const guests = PEOPLE.filter((p) => p.headOfState && p.headOfState !== 'kz');
  const cities = PLACES.filter((p) => p.kind === 'city');
  const [title, body] = WRITERS[lang]({ date, event, guest: pick(guests), city: pick(cities), pick });
  return { fileName: `synth-${String(i).padStart(6, '0')}-${lang}.txt`, text: ` date ${iso(date)} ${title}\n${body}\n`, lang };
}

export function writeSynthCorpus(out: string, articles: number, seed = 1): { written: number; byLang: Record<Lang, number> } {
  mkdirSync(out, { recursive: true });
  for (const n of readdirSync(out)) if (n.startsWith('synth-') && n.endsWith('.txt')) rmSync(path.join(out, n));
  const random = rng(seed);
  const byLang: Record<Lang, number> = { kk: 0, ru: 0, en: 0 };
  for (let i = 0; i < articles; i++) {
    const a = synthArticle(i, random);
    writeFileSync(path.join(out, a.fileName), a.text);
    byLang[a.lang]++;
  }
  return { written: articles, byLang };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (name: string) => {
    const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return undefined;
    return args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  };
  const n = Number(get('articles') ?? 10000);
  const out = get('out');
  if (!out || !Number.isInteger(n) || n < 1) {
    console.error('usage: npm run corpus:synth -- --articles 10000 --out <dir> [--seed 1]');
    process.exit(2);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  if (path.resolve(out) === path.join(root, 'seeds')) {
    console.error('corpus:synth: refusing to write into seeds/ (the synthetic corpus is for benchmarks only)');
    process.exit(2);
  }
  const r = writeSynthCorpus(path.resolve(out), n, Number(get('seed') ?? 1));
  console.log(`wrote ${r.written} articles to ${path.resolve(out)} (kk ${r.byLang.kk}, ru ${r.byLang.ru}, en ${r.byLang.en})`);
}
