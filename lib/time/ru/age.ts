/**
 * Whether `N лет` at `start` in `sentence` is someone's age (NEREL's AGE, not a date): `в возрасте 60 лет`, `ему
 * было 35 лет`, `исполнилось 65 лет`, `не младше 45 лет`, `Николай Глазков (40 лет)`, `в 20 лет` (at the age of).
 */
const AGE_BEFORE =
  /(?:возрасте|возраст|исполнил(?:ся|ось|ась|ись)?|исполня(?:ется|лось|лся)|исполнится|исполниться|исполнилось|ему|ей|было|был|была|будет|младше|старше|моложе|(?:ему|ей)\s+\S+)\s+(?:уже\s+|бы\s+|почти\s+|около\s+|всего\s+|лишь\s+|только\s+|не\s+|примерно\s+|ровно\s+)*$/iu;

export function isAge(sentence: string, start: number, end: number, text: string): boolean {
  const before = sentence.slice(Math.max(0, start - 40), start);
  if (!/(?:лет|год|года)$/iu.test(text)) return false;
  if (AGE_BEFORE.test(before)) return true;
  // `(40 лет)` right after a name, and `в 20 лет` meaning "at twenty".
  if (/\(\s*$/u.test(before) && /^\s*[),]/u.test(sentence.slice(end))) return true;
  if (/^в\s+\d/iu.test(text) && !/раз\s+$/iu.test(before)) return true;
  return false;
}
