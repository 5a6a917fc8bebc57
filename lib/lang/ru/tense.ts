import { foldRu } from './pattern';

/**
 * Tense of a Russian clause, read from its verbs (for the year of `16 ноября` and the direction of `в пятницу`).
 * - past: the -л- forms (`прошёл`, `заявила`, `состоялось`, `встретились`);
 * - future: `будет`/`будут` + infinitive, and the present-tense forms of perfective verbs (`состоится`,
 *   `прибудет`, `подпишут`); a news sentence in the present about a dated event (`саммит проходит 16 ноября`) is
 *   about what is to come, so present forms count as future, except reporting verbs (`сообщает`, `заявляет`),
 *   which say when the report was made, not when the event is;
 * - modal words of plans: `планируется`, `ожидается`, `предстоит`, `намерен`, `собирается`.
 */
export type Tense = 'past' | 'future';

const FUTURE_WORDS = new Set([
  'будет',
  'будут',
  'буду',
  'будем',
  'будете',
  'состоится',
  'состоятся',
  'планируется',
  'планируют',
  'планирует',
  'ожидается',
  'ожидаются',
  'предстоит',
  'предстоят',
  'намерен',
  'намерена',
  'намерены',
  'собирается',
  'собираются',
  'запланирован',
  'запланирована',
  'запланировано',
  'запланированы',
  'намечен',
  'намечена',
  'намечено',
  'намечены',
  'предполагается',
  'должен',
  'должна',
  'должно',
  'должны',
  // Perfective presents common in diplomatic news: as sure a future as `будет`.
  'пройдет',
  'пройдут',
  'посетит',
  'посетят',
  'проведет',
  'проведут',
  'подпишет',
  'подпишут',
  'примет',
  'примут',
  'прибудет',
  'прибудут',
  'отправится',
  'совершит',
  'встретится',
  'встретятся',
  'откроется',
  'начнется',
  'обсудят',
]);

// Nouns and function words that end like a past-tense verb (-л, -ла, -ло, -ли).
const NOT_VERBS = new Set([
  'или',
  'если',
  'ли',
  'около',
  'мало',
  'было бы',
  'посол',
  'посла',
  'послу',
  'пол',
  'стол',
  'зал',
  'канал',
  'финал',
  'журнал',
  'генерал',
  'сигнал',
  'скандал',
  'материал',
  'капитал',
  'потенциал',
  'персонал',
  'трибунал',
  'арсенал',
  'интервал',
  'идеал',
  'портал',
  'ангел',
  'отдел',
  'раздел',
  'предел',
  'совет',
  'дела',
  'дело',
  'села',
  'село',
  'тела',
  'тело',
  'числа',
  'число',
  'начала',
  'начало',
  'правила',
  'правило',
  'недели',
  'цели',
  'модели',
  'роли',
  'доли',
  'воли',
  'земли',
  'мысли',
  'сопли',
  'пули',
  'короли',
  'автомобили',
  'стали',
  'дали',
  'шли',
  'масла',
  'весла',
  'михаил',
  'павел',
  'кирилл',
  'даниил',
  'гавриил',
  'рафаил',
  'исмаил',
  'самуил',
  'нил',
  'джамал',
  'камал',
  'крыла',
  'зла',
  'угла',
  'стекла',
  'смысл',
  'козел',
  'орел',
  'осел',
  'пепел',
  'уголь',
  'мол',
  'тыл',
  'пыл',
  // … and nouns that end like a present-tense verb (-ет, -ит, -ут, -ят).
  'визит',
  'саммит',
  'кредит',
  'лимит',
  'дефицит',
  'транзит',
  'аппетит',
  'бандит',
  'бюджет',
  'комитет',
  'кабинет',
  'предмет',
  'ответ',
  'пакет',
  'запрет',
  'секрет',
  'билет',
  'приоритет',
  'авторитет',
  'суверенитет',
  'университет',
  'паритет',
  'портрет',
  'интернет',
  'нет',
  'институт',
  'маршрут',
  'абсолют',
  'салют',
  'валют',
  'минут',
  'статут',
  'парашют',
  'объект',
  'проект',
  'аспект',
  'эффект',
  'контакт',
  'факт',
  'пакт',
  'акт',
  'может быть',
]);

// Verbs of saying and reporting: their tense is the report's, not the event's.
const REPORTING =
  /^(?:сообща|заявля|говор|пиш|отмеча|счита|подчеркива|уточня|добавля|рассказыва|пишет|передает|информиру|напомина|полага|утвержда|указыва|объявля)/;

const PAST = /(?:[аеиоуыяё]л|[аеиоуыяё]ла|[аеиоуыяё]ло|[аеиоуыяё]ли|ш[её]л|шла|шло|шли|[аеиоуыяё]л(?:ся|ась|ось|ись))$/;
// 3rd person present: -ет/-ёт/-ит, -ут/-ют, -ат/-ят (after a hushing consonant for -ат: `держат`, not `депутат`).
const PRESENT = /(?:[её]т|ит|[уюя]т|[жшчщ]ат|[еёи]тся|[уюя]тся|[жшчщ]атся)$/;

/**
 * The tense of one word, or null if it is not a finite verb form we recognise. A capitalised word is a name
 * (`Михаил`, `Павел`) unless it opens the sentence.
 */
export function wordTense(word: string, opensSentence = false): Tense | null {
  const w = foldRu(word);
  if (FUTURE_WORDS.has(w)) return 'future';
  if (w.length < 3 || NOT_VERBS.has(w)) return null;
  if (!opensSentence && /^\p{Lu}/u.test(word)) return null;
  if (PAST.test(w)) return 'past';
  if (PRESENT.test(w) && w.length > 4 && !REPORTING.test(w)) return 'future';
  return null;
}

const WORD = /[\p{L}-]+/gu;

interface VerbAt {
  index: number;
  /** Which clause of the sentence it stands in (clauses are separated by `;`). */
  clause: number;
  tense: Tense;
  /** Past forms and words of plans are sure; a present form may be a noun or a reporting verb. */
  sure: boolean;
}

// Every match in a sentence asks for its tense: read the sentence's verbs once, not once per match.
let cachedSentence = '';
let cachedVerbs: VerbAt[] = [];
let cachedBreaks: number[] = [];

/** Number of clause breaks before `index`. */
function clauseAt(index: number): number {
  let n = 0;
  while (n < cachedBreaks.length && (cachedBreaks[n] ?? Infinity) < index) n++;
  return n;
}

function verbsOf(sentence: string): VerbAt[] {
  if (sentence === cachedSentence) return cachedVerbs;
  cachedSentence = sentence;
  cachedBreaks = [...sentence.matchAll(/;/g)].map((b) => b.index);
  const found: VerbAt[] = [];
  let first = true;
  for (const m of sentence.matchAll(WORD)) {
    const opens = first && !/[\p{N}]/u.test(sentence.slice(0, m.index));
    first = false;
    const tense = wordTense(m[0], opens);
    if (tense)
      found.push({
        index: m.index,
        clause: clauseAt(m.index),
        tense,
        sure: tense === 'past' || FUTURE_WORDS.has(foldRu(m[0])),
      });
  }
  cachedVerbs = found;
  return found;
}

/**
 * The tense of the verb governing a word that ends at `from`: Russian word order is free, so the nearest verb
 * in the same clause (no `;` between them), sure forms before unsure ones.
 */
export function tenseAfter(sentence: string, from = 0): Tense | null {
  const all = verbsOf(sentence);
  const clause = clauseAt(from);
  const verbs = all.filter((v) => v.clause === clause);
  const byDistance = (a: VerbAt, b: VerbAt) => Math.abs(a.index - from) - Math.abs(b.index - from);
  const sure = verbs.filter((v) => v.sure).sort(byDistance)[0];
  return (sure ?? [...verbs].sort(byDistance)[0])?.tense ?? null;
}

/** The tense of the sentence: its first sure verb form, else its first present form. */
export function sentenceTense(sentence: string): Tense | null {
  const verbs = verbsOf(sentence);
  return (verbs.find((v) => v.sure) ?? verbs[0])?.tense ?? null;
}
