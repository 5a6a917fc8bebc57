import { anyOf, fold, withoutFinal } from '../pattern';

/** Parts of the day with their TIMEX3 codes: `Friday morning` is `…TMO`. */
const PARTS = new Map<string, string>([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['overnight', 'NI'],
  ['mid-morning', 'MO'],
  ['midmorning', 'MO'],
  ['mid-afternoon', 'AF'],
  ['midafternoon', 'AF'],
  ['mid afternoon', 'AF'],
  ['mid-day', 'MI'],
  ['midday', 'MI'],
  ['daytime', 'DT'],
  ['nighttime', 'NI'],
]);

export const DAY_PART = anyOf(['morning', 'afternoon', 'evening', 'night']);

export function dayPartCode(word: string): string | null {
  return PARTS.get(withoutFinal(fold(word), 's')) ?? null;
}
