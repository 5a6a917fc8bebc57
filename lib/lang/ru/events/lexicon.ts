import type { LexiconTrigger } from '../../../events/lexicon-triggers';

// Russian noun endings for event words (визит, визита, визитом, визите; переговоры, переговоров, переговорах).
const N = '(?:а|у|ом|е|ы|ов|ам|ами|ах|и|ей|ю|я|ия|ии|ию|ием|иях)?';

/** Documents whose signing is an event (a declaration too: signing one is an agreement signing). */
const DOCS = 'соглашени|договор|меморандум|документ|протокол|деклараци|дорожн\\p{L}* карт';

export const RU_TRIGGERS: readonly LexiconTrigger[] = [
  {
    pattern: `визит${N}`,
    type: 'visit',
    modifiers: [
      [/неофициальн\p{L}*\s+$/iu, 'informal-visit'],
      [/государственн\p{L}*\s+$/iu, 'state-visit'],
      [/официальн\p{L}*\s+$/iu, 'official-visit'],
      [/рабоч\p{L}*\s+$/iu, 'working-visit'],
    ],
  },
  { pattern: `переговор${N}`, type: 'talks' },
  {
    pattern: `встреч(?:а|и|е|у|ей|ами|ах)|встретил(?:ся|ась|ись)|встрет(?:иться|ятся|ится)`,
    type: 'talks',
    needsPerson: true,
  },
  { pattern: `саммит${N}`, type: 'summit' },
  { pattern: `заседани(?:е|я|и|ю|ем|й)|сесси(?:я|и|ю|ей)`, type: 'council-session', needsBody: true },
  { pattern: `Генеральн(?:ой|ая|ую) Ассамбле(?:и|я|ю|ей)(?: ООН)?`, type: 'multilateral-meeting' },
  { pattern: `брифинг${N}`, type: 'briefing' },
  {
    pattern: `пресс-конференци(?:я|и|ю|ей)|заявлени(?:е|я|и|ем|ями|ях) для (?:прессы|СМИ|представителей СМИ)|пресс-подход\\p{L}*`,
    type: 'press-statement',
  },
  {
    pattern: `совместн(?:ое|ого|ым|ом) заявлени(?:е|я|и|ем)|(?:совместн(?:ое|ого|ым|ом) )?коммюнике`,
    type: 'joint-statement',
  },
  { pattern: `декларац(?:ия|ии|ию|ией)`, type: 'declaration' },
  {
    pattern:
      `(?:подпис(?:ал[аи]?|ать)|подпишут)\\s+(?:\\p{L}+\\s+){0,3}?(?:${DOCS})\\p{L}*|подписани(?:е|я|и|ем)\\s+(?:\\p{L}+\\s+){0,3}?(?:${DOCS})\\p{L}*` +
      `|подписан[аоы]?\\s+(?:[\\p{L}\\d]+\\s+){0,5}?(?:${DOCS})\\p{L}*|(?:${DOCS})\\p{L}*\\s+(?:[\\p{L}\\d,]+\\s+){0,4}?(?:был[аио]?\\s+|были\\s+)?подписан\\p{L}*`,
    type: 'agreement-signing',
  },
  {
    pattern: `телефонн(?:ый|ого|ом|ым) разговор${N}|(?:поговорил|побеседовал)(?:и|а)? по телефону`,
    type: 'phone-call',
  },
  { pattern: 'интервью', type: 'interview', needsPerson: true },
  { pattern: `бесед(?:а|ы|у|ой|е)`, type: 'talks', needsPerson: true },
  // A signing verb whose document is elsewhere in the sentence (`Декларация, которую президенты подписали вчера`).
  { pattern: `подписал(?:и|а)?|подписан[аоы]?`, type: 'agreement-signing', needsDocument: new RegExp(DOCS, 'iu') },
  {
    pattern: `обменялись\\s+(?:\\p{L}+\\s+){0,3}?документами|к подписанию\\s+(?:\\p{L}+\\s+){0,2}?(?:${DOCS})\\p{L}*|(?:${DOCS})\\p{L}*\\s+(?:\\p{L}+\\s+){0,4}?к подписанию`,
    type: 'agreement-signing',
  },
  // Adopted rather than signed (a summit's declaration, a package of documents).
  {
    pattern: `(?:принят[аоы]?|приня(?:ли|л|ла|ть))\\s+(?:[\\p{L}«»"]+\\s+){0,3}?(?:${DOCS}|коммюнике|заявлени)\\p{L}*|(?:${DOCS})\\p{L}*\\s+(?:[\\p{L}«»",]+\\s+){0,4}?(?:был[аио]?\\s+|были\\s+)?принят\\p{L}*`,
    type: 'agreement-signing',
  },
  { pattern: `ответил\\p{L}* на вопросы (?:журналистов|СМИ)`, type: 'press-statement' },
  { pattern: `съезд\\p{L}*`, type: 'forum', needsBody: true },
  { pattern: `поездк\\p{L}*`, type: 'visit', needsDestination: true },
  {
    pattern: `прибыл(?:а|и)?|приехал(?:а|и)?|прилетел(?:а|и)?|прибудет|прибудут|отправится|отправился`,
    type: 'visit',
    needsDestination: true,
  },
  { pattern: `форум${N}`, type: 'forum' },
];

/** Verbs and words that announce an event (future, plan) or report it (past). */
export const RU_ANNOUNCED =
  /(?<![\p{L}])(?:для участия|с целью|чтобы|договорил\p{L}* (?:о )?(?:встрет|провест|подпис|посет)\p{L}*|встретятся|подпишут|обсудят|сделают|выступит|выступят|откроется|откроются|начн[её]тся|отправится|направится|посетят|нанес[её]т|предстоит|предстоящ\p{L}*|запланирован\p{L}*|должн\p{L}* (?:состояться|пройти)|ожидается|ожидаются|состоится|состоятся|посетит|проведут|примут участие|пройд[её]т|проведут|проведет|будет|будут|планиру\p{L}*|ожида\p{L}*|намерен\p{L}*|посетит|совершит|прибудет|примет участие|предстоящ\p{L}*|накануне|в преддверии)(?![\p{L}])/giu;
export const RU_REPORTED =
  /(?<![\p{L}])(?:состоял(?:ся|ась|ись|ось)|прош(?:ел|ёл|ла|ли)|провел\p{L}*|провёл|подписал\p{L}*|совершил\p{L}*|прибыл\p{L}*|встретил\p{L}*|обсудил\p{L}*|принял\p{L}*|посетил\p{L}*|заявил\p{L}*|отметил\p{L}*)(?![\p{L}])/giu;
export const RU_DURING = /(?:в ходе|в рамках|во время|на полях)\s+(?:\p{L}+\s+){0,2}$/iu;
export const RU_INVITATION = /по приглашению\s+(?:[\p{L}-]+\s+){0,3}$/iu;
export const RU_CHAIRED = /под председательством|сопредседател/iu;
export const RU_COMMENTATOR =
  /(?:политолог|эксперт|аналитик|экономист|профессор|востоковед)\p{L}*\s+(?:[\p{L}.-]+\s+){0,2}$/iu;
