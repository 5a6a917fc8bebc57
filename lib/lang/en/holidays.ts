import { fold } from './pattern';

/** How to find a holiday's date in a year: a fixed day, the nth weekday of a month, or relative to Easter. */
export type HolidayRule =
  | { fixed: readonly [month: number, day: number] }
  | { nth: number; weekday: number; month: number }
  | { easter: number };

/** Holidays that news dates events by (US and international); the day itself, not the season around it. */
const HOLIDAYS: ReadonlyArray<readonly [readonly string[], HolidayRule]> = [
  [['new year’s day', "new year's day", 'new year’s', "new year's", 'new year day'], { fixed: [1, 1] }],
  [['new year’s eve', "new year's eve"], { fixed: [12, 31] }],
  [['christmas', 'christmas day'], { fixed: [12, 25] }],
  [['christmas eve'], { fixed: [12, 24] }],
  [['boxing day'], { fixed: [12, 26] }],
  [['valentine’s day', "valentine's day"], { fixed: [2, 14] }],
  [['independence day', 'the fourth of july', 'fourth of july', 'july fourth'], { fixed: [7, 4] }],
  [['halloween'], { fixed: [10, 31] }],
  [['veterans day', 'armistice day'], { fixed: [11, 11] }],
  [['thanksgiving', 'thanksgiving day'], { nth: 4, weekday: 4, month: 11 }],
  [['labor day'], { nth: 1, weekday: 1, month: 9 }],
  [['memorial day'], { nth: -1, weekday: 1, month: 5 }],
  [['martin luther king day', 'martin luther king jr. day'], { nth: 3, weekday: 1, month: 1 }],
  [['presidents day', 'presidents’ day', "presidents' day"], { nth: 3, weekday: 1, month: 2 }],
  [['election day'], { nth: 1, weekday: 2, month: 11 }],
  [['easter', 'easter sunday'], { easter: 0 }],
  [['good friday'], { easter: -2 }],
  [['easter monday'], { easter: 1 }],
];

const BY_NAME = new Map<string, HolidayRule>(
  HOLIDAYS.flatMap(([names, rule]) => names.map((n) => [fold(n), rule] as const)),
);

export const EN_HOLIDAY_NAMES: readonly string[] = [...BY_NAME.keys()];

export function enHolidayRule(name: string): HolidayRule | null {
  return BY_NAME.get(fold(name)) ?? null;
}
