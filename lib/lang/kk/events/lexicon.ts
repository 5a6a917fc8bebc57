import type { EventType } from '../../../model';

import type { TriggerEntry } from '../../../events/grammar';

export type { TriggerEntry } from '../../../events/grammar';

/**
 * Kazakh event words (stems; suffixes from morphology.ts), by the event type they denote. Multi-word stems match
 * with any spacing. The longest match wins, so `бірлескен мәлімдеме` beats `мәлімдеме`.
 */
export const KK_TRIGGERS: readonly TriggerEntry[] = [
  { stems: ['сапар', 'визит'], latn: ['sapar', 'vizit'], type: 'visit' },
  { stems: ['келіссөз'], latn: ['kelıssöz'], type: 'talks' },
  { stems: ['кездесу', 'кездесті', 'кездесіп'], latn: ['kezdesu', 'kezdestı'], type: 'talks', needsPerson: true },
  { stems: ['саммит'], latn: ['sammit'], type: 'summit' },
  { stems: ['отырыс', 'сессия'], latn: ['otyrys', 'sessiia'], type: 'council-session', needsBody: true },
  { stems: ['Бас Ассамблея'], latn: ['Bas Assambleia'], type: 'multilateral-meeting' },
  { stems: ['брифинг'], latn: ['brifing'], type: 'briefing' },
  {
    stems: [
      'баспасөз мәлімдеме',
      'баспасөз конференция',
      'баспасөзге мәлімдеме',
      'БАҚ өкілдеріне мәлімдеме',
      'БАҚ-қа мәлімдеме',
    ],
    latn: ['baspasöz mälımdeme', 'baspasöz konferensia', 'baspasözge mälımdeme'],
    type: 'press-statement',
  },
  {
    stems: ['бірлескен мәлімдеме', 'бірлескен коммюнике', 'коммюнике'],
    latn: ['bırlesken mälımdeme', 'kommiunike'],
    type: 'joint-statement',
  },
  { stems: ['декларация'], latn: ['deklarasia', 'deklarasiia', 'deklaratsiia'], type: 'declaration' },
  { stems: ['съезі', 'съезд'], latn: ['sezı', 'sezd'], type: 'forum', needsBody: true },
  {
    stems: verbForms(
      ['телефон арқылы сөйлес', 'телефонмен сөйлес', 'телефон арқылы әңгімелес'],
      ['ті', 'іп', 'кен', 'еді', 'у', ''],
    ),
    latn: verbForms(['telefon arqyly söiles', 'telefonmen söiles'], ['tı', 'ıp', 'ken', 'edı', 'u', '']),
    type: 'phone-call',
  },
  { stems: ['сұхбат'], latn: ['sūhbat'], type: 'interview', needsPerson: true },
  { stems: ['бейресми әңгіме', 'бейресми кешкі ас'], latn: ['beiresmi äñgıme'], type: 'talks', needsPerson: true },
  {
    stems: [
      'ақпарат құралдарына мәлімдеме',
      'ақпарат құралдары өкілдеріне мәлімдеме',
      'журналистердің сұрақтарына жауап',
      'журналистер сұрақтарына жауап',
    ],
    latn: ['aqparat qūraldaryna mälımdeme', 'jurnalisterdıñ sūraqtaryna jauap'],
    type: 'press-statement',
  },
  { stems: ['форум'], latn: ['forum'], type: 'forum' },
];

/** A verb stem with the endings it takes in news (past, converb, participle, present, verbal noun). */
function verbForms(stems: readonly string[], endings: readonly string[]): string[] {
  return stems.flatMap((s) => endings.map((e) => s + e));
}

/** `… келісімге қол қойды`: a document word, up to two words, then "put a signature". */
export const KK_SIGNING = {
  documents: [
    'келісім',
    'шарт',
    'меморандум',
    'құжат',
    'хаттама',
    'бағдарлама',
    'декларация',
    'жол картасы',
    'коммюнике',
  ],
  documentsLatn: [
    'kelısım',
    'şart',
    'memorandum',
    'qūjat',
    'deklarasia',
    'deklaratsiia',
    'deklarasiia',
    'hattama',
    'kommiunike',
  ],
  // `қол қойды`, and the verbal noun `қол қою` (й + у is written ю): `құжатқа қол қою жоспарлануда`.
  verb: 'қол\\s+қо[йю]',
  verbLatn: 'qol\\s+qoi',
  /** Adopted rather than signed: `Астана декларациясы қабылданды`, `құжаттар пакеті қабылданды`. */
  adopted: 'қабылдан',
  adoptedLatn: 'qabyldan',
};

/** Adjectives before `сапар` that say which kind of visit it is. */
export const KK_VISIT_KINDS: ReadonlyArray<readonly [string, EventType]> = [
  ['мемлекеттік', 'state-visit'],
  ['бейресми', 'informal-visit'],
  ['ресми', 'official-visit'],
  ['жұмыс', 'working-visit'],
  ['memlekettık', 'state-visit'],
  ['beiresmi', 'informal-visit'],
  ['resmi', 'official-visit'],
  ['jūmys', 'working-visit'],
];

/** Postpositions after an event word that make a following event part of it ("during the visit"). */
export const KK_DURING = /^(?:барысында|аясында|кезінде|шеңберінде|barysynda|aiasynda|kezınde|şeñberınde)/iu;
/** "On the eve of": the event is still to come. */
export const KK_EVE = /^(?:қарсаңында|qarsañynda)/iu;

/** Words for a head of state without a name: `Президент`, `Мемлекет басшысы`; plural forms mean both sides. */
export const KK_HEAD_SINGULAR =
  /^(?:президент(?:і|ы)?(?:нің|ның|не|на|мен|нен)?|мемлекет\s+басшы(?:сы)?(?:ның|на|мен)?|prezident(?:ı)?(?:nıñ|ne|men)?|memleket\s+basşysy)$/iu;
export const KK_HEADS_PLURAL =
  /(?<![\p{L}])(?:президенттер|мемлекет(?:тер)?\s+басшылар|(?:екі\s+)?ел\s+басшылар|көшбасшылар|prezidentter|memleket(?:ter)?\s+basşylar|(?:ekı\s+)?el\s+basşylar)/iu;
/** `шақыруымен`: at the invitation of (the host). `төрағалығымен`: chaired by. */
export const KK_INVITATION = /^\s*(?:шақыруымен|şaqyruymen)/iu;
export const KK_CHAIRED = /(?:төрағалығымен|törağalyğymen)/iu;

/** Nouns for a commentator: a person introduced this way is a source, not a participant (CAMEO is about actors). */
export const KK_COMMENTATOR =
  /(?:саясаттанушы|сарапшы|аналитик|маман|профессор|тарихшы|экономист|sarapşy|saiasattanuşy)/iu;

/** Ordinals before an event word: Roman numerals and Kazakh ordinal words / digits with an ordinal ending. */
export const KK_ORDINAL_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['бірінші', 1],
  ['екінші', 2],
  ['үшінші', 3],
  ['төртінші', 4],
  ['бесінші', 5],
  ['алтыншы', 6],
  ['жетінші', 7],
  ['сегізінші', 8],
  ['тоғызыншы', 9],
  ['оныншы', 10],
  ['bırınşı', 1],
  ['ekınşı', 2],
  ['üşınşı', 3],
  ['törtınşı', 4],
  ['besınşı', 5],
  ['altynşy', 6],
  ['jetınşı', 7],
  ['segızınşı', 8],
  ['toğyzynşy', 9],
  ['onynşy', 10],
];
/** Tens before an ordinal word: `жиырма бірінші` is the 21st. */
export const KK_TENS: Readonly<Record<string, number>> = {
  жиырма: 20,
  отыз: 30,
  qyryq: 40,
  қырық: 40,
  jiyrma: 20,
  otyz: 30,
};
