// `npm run corpus:synth -- --articles 10000 --out <dir> [--seed 1]`
//
// Writes a synthetic corpus with known truth, for benchmarks and for scoring the merge (never into seeds/). It is
// built the way news is: real-looking events first (visits, talks, calls, summits, briefings of the same president
// with the same counterparts, again and again over 2015–2025), then the articles that tell of them — announced days
// before, reported on the day or the next, recalled months or years later, in Kazakh, Russian and English — and
// now and then a sentence about an earlier event with the same counterpart. `synth-truth.json` beside the articles
// names the true event of every event sentence (its character span), so that clustering can be scored (B-cubed)
// with thousands of look-alike events years apart. Deterministic for a given seed.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { actorById, placeById } from '../lib/lang/gazetteer';

type Lang = 'kk' | 'ru' | 'en';
type SynthType = 'state-visit' | 'official-visit' | 'talks' | 'phone-call' | 'summit' | 'briefing';
type Form = 'announce' | 'today' | 'yesterday' | 'dated' | 'recap' | 'recall';

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

/** One real (synthetic) event: what the truth file calls it and what the articles are written from. */
export interface TrueEvent {
  id: string;
  type: SynthType;
  guest: string;
  /** A place id; null for a phone call. */
  city: string | null;
  body: string | null;
  start: string;
  end: string;
  /** Announced only: no article reports it (it lies past the corpus, or it was called off). */
  announcedOnly: boolean;
}

/** One event sentence of one article and the true event it tells of. */
export interface TruthMention {
  start: number;
  end: number;
  event: string;
}

export interface SynthArticle {
  fileName: string;
  text: string;
  lang: Lang;
  truth: TruthMention[];
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
const addDays = (day: string, n: number) => iso(ms(day) + n * DAY_MS);

const GUESTS = [
  'mirziyoyev',
  'putin',
  'xi-jinping',
  'erdogan',
  'aliyev',
  'japarov',
  'rahmon',
  'berdimuhamedov',
] as const;
const GUEST_CAPITAL: Record<(typeof GUESTS)[number], string> = {
  mirziyoyev: 'tashkent',
  putin: 'moscow',
  'xi-jinping': 'beijing',
  erdogan: 'ankara',
  aliyev: 'baku',
  japarov: 'bishkek',
  rahmon: 'dushanbe',
  berdimuhamedov: 'ashgabat',
};
const SUMMIT_BODIES = ['sco', 'cis', 'ots'] as const;
const SUMMIT_CITIES = ['tashkent', 'bishkek', 'dushanbe', 'baku', 'moscow', 'samarkand', 'astana', 'gabala'];

const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const KK_LOC = [
  'қаңтарда',
  'ақпанда',
  'наурызда',
  'сәуірде',
  'мамырда',
  'маусымда',
  'шілдеде',
  'тамызда',
  'қыркүйекте',
  'қазанда',
  'қарашада',
  'желтоқсанда',
];
const RU_GEN = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const RU_PREP = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const KK_BODY: Record<string, string> = {
  sco: 'Шанхай ынтымақтастық ұйымының',
  cis: 'ТМД',
  ots: 'Түркі мемлекеттері ұйымының',
};
const RU_BODY: Record<string, string> = { sco: 'ШОС', cis: 'СНГ', ots: 'Организации тюркских государств' };
const EN_BODY: Record<string, string> = { sco: 'SCO', cis: 'CIS', ots: 'Organization of Turkic States' };

const KK_FILLER = [
  'Тараптар сауда-экономикалық, инвестициялық және көлік-логистикалық салалардағы ынтымақтастықты талқылады.',
  'Мемлекет басшылары екі ел арасындағы стратегиялық әріптестіктің маңызын атап өтті.',
  'Өңірлік қауіпсіздік мәселелері де қаралды.',
  'Делегациялар мәдени-гуманитарлық байланыстарды дамыту жөнінде пікір алмасты.',
];
const RU_FILLER = [
  'Стороны обсудили сотрудничество в торгово-экономической, инвестиционной и транспортно-логистической сферах.',
  'Главы государств отметили важность стратегического партнёрства двух стран.',
  'Также были рассмотрены вопросы региональной безопасности.',
  'Делегации обменялись мнениями о развитии культурно-гуманитарных связей.',
];
const EN_FILLER = [
  'The sides discussed cooperation in trade, investment, transport and logistics.',
  'The heads of state stressed the importance of the strategic partnership between the two countries.',
  'Regional security issues were also considered.',
  'The delegations exchanged views on developing cultural and humanitarian ties.',
];

interface Names {
  g: string;
  c: string;
  body: string;
  d: number;
  d2: number;
  m: number;
  y: number;
}

function names(e: TrueEvent, lang: Lang): Names {
  const person = actorById(e.guest);
  const place = e.city ? placeById(e.city) : undefined;
  const bodies = lang === 'kk' ? KK_BODY : lang === 'ru' ? RU_BODY : EN_BODY;
  const start = new Date(ms(e.start));
  return {
    g: person?.names[lang] ?? e.guest,
    c: place?.names[lang] ?? '',
    body: e.body ? (bodies[e.body] ?? '') : '',
    d: start.getUTCDate(),
    d2: new Date(ms(e.end)).getUTCDate(),
    m: start.getUTCMonth(),
    y: start.getUTCFullYear(),
  };
}

const KK_VISIT: Partial<Record<SynthType, string>> = { 'state-visit': 'мемлекеттік', 'official-visit': 'ресми' };
const RU_VISIT: Partial<Record<SynthType, string>> = {
  'state-visit': 'государственным',
  'official-visit': 'официальным',
};
const EN_VISIT: Partial<Record<SynthType, string>> = { 'state-visit': 'state', 'official-visit': 'official' };

/** The event sentence of one article about `e`, in the form `form`; null where the form does not fit the type. */
function kkSentence(e: TrueEvent, form: Form): string | null {
  const { g, c, body, d, d2, m, y } = names(e, 'kk');
  const when = {
    announce: `${d === d2 ? `${d} ${KK_LOC[m]}` : `${d}-${d2} ${KK_MONTHS[m]} күндері`}`,
    today: 'Бүгін',
    yesterday: 'Кеше',
    dated: `${d} ${KK_LOC[m]}`,
    recap: `${y} жылғы ${KK_LOC[m]}`,
    recall: 'Бұған дейін',
  }[form];
  const past = form !== 'announce';
  switch (e.type) {
    case 'state-visit':
    case 'official-visit':
      // A report gives the visit's days: the arrival and its length, or both days.
      if (form === 'today' || form === 'yesterday')
        return `${when} ${g} Қазақстанға екі күндік ${KK_VISIT[e.type]} сапармен келді.`;
      if (form === 'dated')
        return `${d}-${d2} ${KK_MONTHS[m]} күндері ${g} Қазақстанда ${KK_VISIT[e.type]} сапармен болды.`;
      return `${when} ${g} Қазақстанға ${KK_VISIT[e.type]} сапармен ${form === 'announce' ? 'келеді' : 'келген болатын'}.`;
    case 'talks':
      return `${when} ${c} қаласында Қасым-Жомарт Тоқаев пен ${g} ${past ? 'келіссөздер өткізді' : 'келіссөз жүргізеді'}.`;
    case 'phone-call':
      return form === 'announce' ? null : `${when} Қасым-Жомарт Тоқаев пен ${g} телефон арқылы сөйлесті.`;
    case 'summit':
      return `${when} Президент Қасым-Жомарт Тоқаев ${c} қаласында ${past ? `өткен ${body} саммитіне қатысты` : `өтетін ${body} саммитіне қатысады`}.`;
    case 'briefing':
      return form === 'announce' ? null : `${when} Қасым-Жомарт Тоқаев пен ${g} ${c} қаласында брифинг өткізді.`;
  }
}

function ruSentence(e: TrueEvent, form: Form): string | null {
  const { g, c, body, d, d2, m, y } = names(e, 'ru');
  const when = {
    announce: d === d2 ? `${d} ${RU_GEN[m]}` : `${d}-${d2} ${RU_GEN[m]}`,
    today: 'Сегодня',
    yesterday: 'Вчера',
    dated: `${d} ${RU_GEN[m]}`,
    recap: `В ${RU_PREP[m]} ${y} года`,
    recall: 'Ранее',
  }[form];
  const past = form !== 'announce';
  switch (e.type) {
    case 'state-visit':
    case 'official-visit':
      if (form === 'today' || form === 'yesterday')
        return `${when} ${g} прибыл в Казахстан с двухдневным ${RU_VISIT[e.type]} визитом.`;
      if (form === 'dated') return `${d}-${d2} ${RU_GEN[m]} ${g} посетил Казахстан с ${RU_VISIT[e.type]} визитом.`;
      return past
        ? `${when} ${g} посетил Казахстан с ${RU_VISIT[e.type]} визитом.`
        : `${when} ${g} посетит Казахстан с ${RU_VISIT[e.type]} визитом.`;
    case 'talks':
      return `${when} в городе ${c} Касым-Жомарт Токаев и ${g} ${past ? 'провели переговоры' : 'проведут переговоры'}.`;
    case 'phone-call':
      return form === 'announce' ? null : `${when} Касым-Жомарт Токаев и ${g} провели телефонный разговор.`;
    case 'summit':
      return `${when} Президент Касым-Жомарт Токаев ${past ? 'принял участие' : 'примет участие'} в саммите ${body} в городе ${c}.`;
    case 'briefing':
      return form === 'announce' ? null : `${when} Касым-Жомарт Токаев и ${g} провели брифинг в городе ${c}.`;
  }
}

function enSentence(e: TrueEvent, form: Form): string | null {
  const { g, c, body, d, d2, m, y } = names(e, 'en');
  const when = {
    announce: d === d2 ? `on ${EN_MONTHS[m]} ${d}` : `on ${EN_MONTHS[m]} ${d}-${d2}`,
    today: 'today',
    yesterday: 'yesterday',
    dated: `on ${EN_MONTHS[m]} ${d}`,
    recap: `in ${EN_MONTHS[m]} ${y}`,
    recall: 'earlier',
  }[form];
  const past = form !== 'announce';
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  switch (e.type) {
    case 'state-visit':
    case 'official-visit':
      if (form === 'today' || form === 'yesterday')
        return `${g} arrived in Kazakhstan ${when} for a two-day ${EN_VISIT[e.type]} visit.`;
      if (form === 'dated')
        return `${g} paid ${e.type === 'state-visit' ? 'a' : 'an'} ${EN_VISIT[e.type]} visit to Kazakhstan on ${EN_MONTHS[m]} ${d}-${d2}.`;
      return `${g} ${past ? 'paid' : 'will pay'} ${e.type === 'state-visit' ? 'a' : 'an'} ${EN_VISIT[e.type]} visit to Kazakhstan ${when}.`;
    case 'talks':
      return `${cap(when)}, President Kassym-Jomart Tokayev and ${g} ${past ? 'held talks' : 'will hold talks'} in ${c}.`;
    case 'phone-call':
      return form === 'announce' ? null : `${cap(when)}, Kassym-Jomart Tokayev and ${g} held a phone call.`;
    case 'summit':
      return `${cap(when)}, President Kassym-Jomart Tokayev ${past ? 'attended' : 'will attend'} the ${body} summit in ${c}.`;
    case 'briefing':
      return form === 'announce' ? null : `${cap(when)}, Kassym-Jomart Tokayev and ${g} held a briefing in ${c}.`;
  }
}

const SENTENCE: Record<Lang, (e: TrueEvent, f: Form) => string | null> = {
  kk: kkSentence,
  ru: ruSentence,
  en: enSentence,
};
const FILLER: Record<Lang, readonly string[]> = { kk: KK_FILLER, ru: RU_FILLER, en: EN_FILLER };
const TITLE_WORD: Record<Lang, string> = {
  kk: 'Мемлекет басшысының халықаралық байланыстары',
  ru: 'Международные контакты Главы государства',
  en: "The Head of State's international contacts",
};

function dateline(lang: Lang, placeId: string): string {
  const place = placeById(placeId);
  const name = (place?.names[lang] ?? 'Astana').toLocaleUpperCase(lang === 'en' ? 'en' : lang);
  return `${name}. KAZINFORM – `;
}

/** Writes the events and the articles that tell of them until `articles` articles exist. */
export function synthCorpus(articles: number, seed = 1): { articles: SynthArticle[]; events: TrueEvent[] } {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const chance = (p: number) => random() < p;
  // Eleven years (2015–2025) up to 10,000 articles; a larger archive reaches further back at the same density
  // (100,000 articles: 110 years), or the rule below (no twin meetings within days) could not be kept.
  const years = Math.max(11, Math.ceil((11 * articles) / 10_000));
  const first = ms(`${2026 - years}-01-01`);
  const span = years * 365;
  const events: TrueEvent[] = [];
  const out: SynthArticle[] = [];
  const byGuest = new Map<string, TrueEvent[]>();

  const write = (
    lang: Lang,
    date: string,
    sentence: string,
    about: TrueEvent,
    extra: Array<{ sentence: string; event: TrueEvent }>,
  ) => {
    const i = out.length;
    const title = TITLE_WORD[lang];
    const head = ` date ${date} ${title}\n`;
    const where =
      about.city && about.type !== 'summit' && about.city !== 'astana' && !about.type.endsWith('visit')
        ? about.city
        : 'astana';
    let body = dateline(lang, where);
    const truth: TruthMention[] = [];
    const put = (s: string, event: TrueEvent) => {
      const start = head.length + body.length;
      body += s;
      truth.push({ start, end: start + s.length, event: event.id });
    };
    put(sentence, about);
    const filler = FILLER[lang];
    const a = pick(filler);
    body += ` ${a} ${pick(filler.filter((x) => x !== a))}`;
    for (const x of extra) {
      body += '\n';
      put(x.sentence, x.event);
    }
    out.push({ fileName: `synth-${String(i).padStart(6, '0')}-${lang}.txt`, text: `${head}${body}\n`, lang, truth });
  };

  let n = 0;
  while (out.length < articles) {
    const type = pick([
      'state-visit',
      'official-visit',
      'talks',
      'talks',
      'phone-call',
      'phone-call',
      'summit',
      'briefing',
    ] as const);
    const guest = pick(GUESTS);
    const start = iso(first + Math.floor(random() * span) * DAY_MS);
    // The same counterpart does not meet the President twice the same way within a few days: such twins would be
    // one event to any reader, so the truth must not call them two.
    const taken = (byGuest.get(guest) ?? []).some(
      (x) => x.type === type && Math.abs(ms(x.start) - ms(start)) <= 3 * DAY_MS,
    );
    if (taken) continue;
    const long = type.endsWith('visit');
    const body = type === 'summit' ? pick(SUMMIT_BODIES) : null;
    const city =
      type === 'phone-call'
        ? null
        : type.endsWith('visit')
          ? 'astana'
          : type === 'summit'
            ? pick(SUMMIT_CITIES)
            : pick(['astana', GUEST_CAPITAL[guest]]);
    const e: TrueEvent = {
      id: `e${String(n++).padStart(6, '0')}`,
      type,
      guest,
      city,
      body,
      start,
      end: long ? addDays(start, 1) : start,
      announcedOnly: chance(0.06),
    };
    events.push(e);
    const lang = () => pick(['kk', 'kk', 'ru', 'en'] as const);
    const earlier = byGuest.get(guest) ?? [];
    const background = (l: Lang) => {
      // Now and then a sentence about an earlier event with the same counterpart: dated by month and year, or not at all.
      const before = earlier.filter((x) => !x.announcedOnly && x.end < e.start);
      if (before.length === 0 || !chance(0.3)) return [];
      const old = pick(before.slice(-6));
      const s = SENTENCE[l](old, chance(0.5) ? 'recap' : 'recall');
      return s ? [{ sentence: s, event: old }] : [];
    };
    if (e.announcedOnly || chance(0.5)) {
      const l = lang();
      const s = SENTENCE[l](e, 'announce');
      if (s) write(l, addDays(e.start, -(1 + Math.floor(random() * 12))), s, e, background(l));
    }
    if (!e.announcedOnly) {
      const reports = 1 + Number(chance(0.45)) + Number(chance(0.15));
      for (let r = 0; r < reports && out.length < articles; r++) {
        const l = lang();
        const form = pick(['today', 'yesterday', 'dated'] as const);
        const date =
          form === 'today'
            ? e.start
            : form === 'yesterday'
              ? addDays(e.start, 1)
              : addDays(e.end, Math.floor(random() * 3));
        const s = SENTENCE[l](e, form);
        if (s) write(l, date, s, e, background(l));
      }
      if (chance(0.25) && out.length < articles) {
        const l = lang();
        const later = addDays(e.end, 30 + Math.floor(random() * 700));
        const s = SENTENCE[l](e, 'recap');
        // A recap article is about something else that day: a phone call with another counterpart, and this event as background.
        const other = pick(GUESTS.filter((x) => x !== guest));
        const call: TrueEvent = {
          id: `e${String(n++).padStart(6, '0')}`,
          type: 'phone-call',
          guest: other,
          city: null,
          body: null,
          start: later,
          end: later,
          announcedOnly: false,
        };
        events.push(call);
        const lead = SENTENCE[l](call, 'today');
        if (s && lead) write(l, later, lead, call, [{ sentence: s, event: e }]);
      }
    }
    // In place (the array read above is this one): copying it made a large archive quadratic.
    if (!byGuest.has(guest)) byGuest.set(guest, earlier);
    earlier.push(e);
  }
  return { articles: out.slice(0, articles), events };
}

export function writeSynthCorpus(
  out: string,
  articles: number,
  seed = 1,
): { written: number; byLang: Record<Lang, number>; events: number } {
  mkdirSync(out, { recursive: true });
  for (const n of readdirSync(out))
    if (n.startsWith('synth-') && (n.endsWith('.txt') || n.endsWith('.json'))) rmSync(path.join(out, n));
  const corpus = synthCorpus(articles, seed);
  const byLang: Record<Lang, number> = { kk: 0, ru: 0, en: 0 };
  for (const a of corpus.articles) {
    writeFileSync(path.join(out, a.fileName), a.text);
    byLang[a.lang]++;
  }
  const truth = {
    events: corpus.events.map(({ id, type, start, end, guest, city, announcedOnly }) => ({
      id,
      type,
      when: start === end ? start : `${start}/${end}`,
      guest,
      city,
      status: announcedOnly ? 'announced' : 'reported',
    })),
    mentions: Object.fromEntries(corpus.articles.map((a) => [a.fileName, a.truth])),
  };
  writeFileSync(path.join(out, 'synth-truth.json'), JSON.stringify(truth));
  return { written: corpus.articles.length, byLang, events: corpus.events.length };
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
  console.log(
    `wrote ${r.written} articles about ${r.events} true events to ${path.resolve(out)} (kk ${r.byLang.kk}, ru ${r.byLang.ru}, en ${r.byLang.en}), truth in synth-truth.json`,
  );
}
