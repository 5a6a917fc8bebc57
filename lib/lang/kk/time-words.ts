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
  previous: { cyrl: ['өткен', 'былтырғы'], latn: ['ötken'] },
  next: { cyrl: ['келесі', 'алдағы'], latn: ['kelesı', 'aldağy'] },
} as const;

/** Ordinal endings written after digits with a hyphen: 90-шы, 11-інші, 2020-сыншы, 2-нші. */
export const KK_DIGIT_ORDINAL_CYRL = '(?:-?(?:[ыі]?н?ш[ыі]|с[ыі]нш[ыі]))';
export const KK_DIGIT_ORDINAL_LATN = '(?:-?(?:[yı]?n?ş[yı]|s[yı]nş[yı]))';

/** Cardinal number words (for `бір ай бұрын`, `екі жыл`): value by stem. */
export const KK_CARDINALS: ReadonlyArray<readonly [string, number]> = [
  ['бір', 1], ['екі', 2], ['үш', 3], ['төрт', 4], ['бес', 5], ['алты', 6], ['жеті', 7], ['сегіз', 8],
  ['тоғыз', 9], ['он', 10], ['жиырма', 20], ['отыз', 30], ['қырық', 40], ['елу', 50],
];
