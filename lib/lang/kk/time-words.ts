/** Deictic and unit words of Kazakh time expressions, by meaning. Stems; suffixes come from morphology.ts. */
export const KK_TIME_WORDS = {
  today: { cyrl: ['бүгін'], latn: ['bügın'] },
  yesterday: { cyrl: ['кеше'], latn: ['keşe'] },
  tomorrow: { cyrl: ['ертең'], latn: ['erteñ'] },
  dayAfterTomorrow: { cyrl: ['бүрсігүні'], latn: ['bürsıgünı'] },
  thisYear: { cyrl: ['биыл'], latn: ['biyl'] },
  lastYear: { cyrl: ['былтыр'], latn: ['byltyr'] },
  year: { cyrl: ['жыл'], latn: ['jyl'] },
  month: { cyrl: ['ай'], latn: ['ai'] },
  week: { cyrl: ['апта'], latn: ['apta'] },
  day: { cyrl: ['күн'], latn: ['kün'] },
  ago: { cyrl: ['бұрын'], latn: ['būryn'] },
  later: { cyrl: ['кейін', 'соң'], latn: ['keiın', 'soñ'] },
  since: { cyrl: ['бастап', 'бері'], latn: ['bastap', 'berı'] },
  several: { cyrl: ['бірнеше', 'біраз', 'талай'], latn: ['bırneşe', 'bıraz', 'talai'] },
  /** "this / last / next / coming" before a unit word. */
  thisOne: { cyrl: ['осы', 'биылғы'], latn: ['osy'] },
  previous: { cyrl: ['өткен', 'былтырғы', 'соңғы'], latn: ['ötken', 'soñğy'] },
  next: { cyrl: ['келесі', 'алдағы', 'келер', 'ендігі'], latn: ['kelesı', 'aldağy', 'keler', 'endıgı'] },
  current: { cyrl: ['ағымдағы', 'биылғы', 'осы'], latn: ['ağymdağy', 'biylğy', 'osy'] },
  /** "The last / next N years": a stretch of time ending or starting now. */
  lastN: { cyrl: ['соңғы', 'өткен', 'кейінгі'], latn: ['soñğy', 'ötken', 'keiıngı'] },
  nextN: { cyrl: ['алдағы', 'келесі', 'келер'], latn: ['aldağy', 'kelesı', 'keler'] },
  dayUnit: { cyrl: ['тәулік'], latn: ['täulık'] },
  hour: { cyrl: ['сағат'], latn: ['sağat'] },
  minute: { cyrl: ['минут'], latn: ['minut'] },
  /** "every": жыл сайын, күн сайын; and the adverb "daily". */
  every: { cyrl: ['сайын'], latn: ['saiyn'] },
  daily: { cyrl: ['күнделікті', 'күнбе-күн', 'күн сайынғы'], latn: ['kündelıktı'] },
  /** After a span of time: throughout, within. */
  throughout: { cyrl: ['бойы', 'ішінде', 'ішінен', 'бойына', 'аралығында'], latn: ['boiy', 'ışınde', 'aralyğynda'] },
  /** After a time word, included in the expression: until, since, after, before. */
  until: { cyrl: ['дейін', 'дейінгі', 'шейін'], latn: ['deiın', 'deiıngı'] },
  sinceAfter: { cyrl: ['бері', 'бергі'], latn: ['berı'] },
  /** Parts of a year or month: start, end, middle. */
  part: {
    cyrl: ['басы', 'басын', 'соңы', 'соңын', 'аяғы', 'аяғын', 'ортасы', 'ортасын'],
    latn: ['basy', 'soñy', 'aiağy', 'ortasy'],
  },
  /** Age: N жасар, N жаста, N жасқа. */
  age: { cyrl: ['жас'], latn: ['jas'] },
} as const;

/** Weekdays, Monday first (ISO 8601 day numbers 1-7). `жұма` is also the Friday prayer: it needs `күні`. */
export const KK_WEEKDAYS_CYRL = ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'] as const;
export const KK_WEEKDAYS_LATN = ['düisenbı', 'seisenbı', 'särsenbı', 'beisenbı', 'jūma', 'senbı', 'jeksenbı'] as const;

/** Seasons and the season they are in EDTF (21 spring, 22 summer, 23 autumn, 24 winter). */
export const KK_SEASONS: ReadonlyArray<readonly [string, string, 21 | 22 | 23 | 24]> = [
  ['көктем', 'köktem', 21],
  ['жаз', 'jaz', 22],
  ['күз', 'küz', 23],
  ['қыс', 'qys', 24],
];

/** Times of day (TIMEX3 parts of day: MO morning, AF afternoon, EV evening, NI night, DT daytime). */
export const KK_DAY_PARTS: ReadonlyArray<readonly [string, string]> = [
  ['таңертең', 'MO'],
  ['таңғы', 'MO'],
  ['таң', 'MO'],
  ['түскі', 'MI'],
  ['түсте', 'MI'],
  ['түстен кейін', 'AF'],
  ['кешке', 'EV'],
  ['кешкі', 'EV'],
  ['кеш', 'EV'],
  ['түнде', 'NI'],
  ['түнгі', 'NI'],
  ['түні', 'NI'],
  ['күндіз', 'DT'],
  ['күндізгі', 'DT'],
  ['күндіз-түні', 'DT'],
];

/** Ordinal endings written after digits with a hyphen: 90-шы, 11-інші, 2020-сыншы, 2-нші. */
export const KK_DIGIT_ORDINAL_CYRL = '(?:-?(?:[ыі]?н?ш[ыі]|с[ыі]нш[ыі]))';
export const KK_DIGIT_ORDINAL_LATN = '(?:-?(?:[yı]?n?ş[yı]|s[yı]nş[yı]))';

/** Cardinal number words (for `бір ай бұрын`, `екі жыл`): value by stem. */
export const KK_CARDINALS: ReadonlyArray<readonly [string, number]> = [
  ['бір', 1],
  ['екі', 2],
  ['үш', 3],
  ['төрт', 4],
  ['бес', 5],
  ['алты', 6],
  ['жеті', 7],
  ['сегіз', 8],
  ['тоғыз', 9],
  ['он', 10],
  ['жиырма', 20],
  ['отыз', 30],
  ['қырық', 40],
  ['елу', 50],
];
