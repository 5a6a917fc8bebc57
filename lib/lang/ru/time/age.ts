import { readNumeral } from '../read-numeral';

/**
 * Whether an amount of years at `start..end` in `sentence` is someone's age (NEREL's AGE, not a date). Age shows
 * in the words around the number:
 * - before it: `в возрасте 60 лет`, `ему было 35 лет`, `исполнилось 65 лет`, `не младше 45 лет`, `которому сейчас
 *   23 года`, `в свои 29 лет`, `по 37 лет`, `в 20 лет` (at twenty), `с пяти лет` (since the age of five);
 * - a person right before it: `Поленти 50 лет`, `Клэренс Картер, 49 лет,`, `(Faiz Khaleed), 26 лет`, `детям до
 *   12 лет`;
 * - after it: `на 75 году жизни`, `на 10 лет моложе`;
 * - the sentence is about age or retirement (`в возрасте от 7 до 14 лет`, `выход на пенсию … до 65 лет`).
 */
const AGE_WORDS_BEFORE =
  /(?:возрасте?|исполнил(?:ся|ось|ась|ись)?|исполня(?:ется|лось|лся)|исполнится|исполниться|исполнилось|ему|ей|им|мне|нам|которому|которой|которым|было|был|была|будет|младше|старше|моложе|в\s+свои|по|\p{Lu}\p{Ll}+\s+сейчас)\s+(?:(?:уже|бы|почти|около|всего|лишь|только|не|примерно|ровно|было|по|тогда|сейчас|от|\d+\s+(?:и|или)|\d+,)\s+)*$/iu;
const PERSON_NOUNS =
  /(?:детям|детей|дети|ребёнку|ребенку|лицам|лиц|девочк[аиуе]|мальчик[аиу]?|девушк[аиеу]|девушек|юнош[аиейу]|юношей|подросток|подростков|подросткам|супруг[аеу]|жен[аеу]|муж[ау]?|сын[уа]?|доч(?:ь|ери)|мужчин[аеуы]?|женщин[аеуы]?|граждан[аеу]?|кандидат[уа]|кандидатк[еиу]|пациент[уа]|пациентк[еиу]|жертв[аеуы]|категори(?:ях|и)|школьник(?:ам|ов|и)?|игрок(?:ов|ам|и)?|спортсмен(?:ов|ам|ы)?)\s+(?:(?:от|до|в|с)\s+)?(?:\d+\s+(?:(?:до|-)\s+)?)?$/iu;
const AFTER = /^\s*(?:жизни|от\s+роду|старше|младше|моложе)/iu;

// `сорок лет со дня гибели`: an anniversary counts years since an event, it is not an age.
const SINCE_EVENT = /^\s*(?:со\s+дня|с\s+момента|с\s+начала|с\s+тех|со\s+времени|с\s+того)/iu;

// Capitalised words that open a sentence before an amount and are not names: `Уже 5 лет`, `Прошло 3 года`.
const NOT_NAMES =
  /^(?:уже|всего|почти|около|более|менее|прошло|прошли|ещё|еще|спустя|через|последние|целых|лишь|только|за|на|до|вот|минуло|около|свыше|примерно|целые|долгих)$/iu;

// An amount that starts with one of these is a length of time however it is used: `ему в течение трёх лет
// запрещено`, `за свои первые пять лет`, `доплата к пенсии в течение двух лет`.
const DURATION_LEAD =
  /^(?:в\s+течени[ея]|на\s+протяжении|за|через|спустя|по\s+истечении|по\s+прошествии|последн|ближайш|следующ|первы[еx]|эти|прошедш|минувш)/iu;

export function isAge(sentence: string, start: number, end: number, text: string): boolean {
  if (!/(?:лет|год|году|года)(?![\p{L}])/iu.test(text) || DURATION_LEAD.test(text)) return false;
  const before = sentence.slice(Math.max(0, start - 60), start);
  const after = sentence.slice(end);
  if (AGE_WORDS_BEFORE.test(before) || PERSON_NOUNS.test(before) || AFTER.test(after)) return true;
  if (/возраст|пенси/iu.test(sentence.slice(Math.max(0, start - 60), end + 30))) return true;
  if (SINCE_EVENT.test(after)) return false;
  // `в 20 лет` (at twenty), `с 14 лет` (since fourteen); not `раз в 5 лет`, `срок в пять лет`, `с четырёх лет до …`.
  const atAge =
    /^(?:в|с)\s+(\S+)\s+\S+$/iu.exec(text)?.[1] ??
    (/(?:^|\s)(?:в|с)\s+$/iu.test(before) ? /^\S+/u.exec(text)?.[0] : undefined);
  if (
    atAge &&
    (/^\d+$/u.test(atAge) || readNumeral(atAge) !== null) &&
    !/(?:раз|срок\p{L}*)\s+в\s+$/iu.test(before) &&
    !/^\s*(?:до|по)\s/iu.test(after)
  )
    return true;
  // A name, then the age: `Поленти 50 лет`, `Картер, 49 лет,`, `(Faiz Khaleed), 26 лет`, `Бачелет — 54 года`.
  if (/\(\s*$/u.test(before) && /^\s*\)/u.test(after)) return true; // `Николай Глазков (40 лет)`
  if (/\)\s*[,—–]\s*$/u.test(before) && /^\s*[,.;)]/u.test(after)) return true;
  const named = /(?:^|(\S+)\s+)(\p{Lu}\p{Ll}+)\s*(?:,|—|–)?\s*$/u.exec(before);
  if (
    !named ||
    !/^[\d\p{L}]/u.test(text) ||
    (!/^(?:\d|\p{L}+\s+(?:лет|год))/u.test(text) && readNumeral(text.split(/\s+/)[0] ?? '') === null)
  )
    return false;
  // The name opens the sentence, or follows another name (`Клэренс Картер`) or a noun in the dative
  // (`активисту Мадуро`); `мэра Москвы 18 лет` is a place, not a person.
  const lead = named[1];
  if (lead === undefined ? NOT_NAMES.test(named[2] ?? '') : !/^\p{Lu}/u.test(lead) && !/[ую]$/u.test(lead))
    return false;
  return /^\s*(?:[,.;)]|$|\p{Lu}|и\s|он\s|она\s)/u.test(after) || /[,—–]\s*$/u.test(before);
}
