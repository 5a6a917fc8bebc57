import { daysBetween, isoDate, isRealDate, parseIsoDate } from './fast-calendar';
import type { Tense } from '../../../time/parser';

/**
 * How much further a candidate on the wrong side of the reference date seems than it is. Tense moves the choice
 * but does not forbid the other side outright: `extended the offer to Nov. 20` (past verb, date ahead) is three weeks
 * away, not eleven months back. News mostly reports the past, so with no tense the future side is a little further.
 */
const AGAINST_TENSE = 4;
const NO_TENSE_FUTURE = 2;

function weighted(delta: number, tense: Tense): number {
  if (tense === 'past' && delta > 1) return delta * AGAINST_TENSE;
  if (tense === 'future' && delta < -1) return -delta * AGAINST_TENSE;
  if (tense === null && delta > 0) return delta * NO_TENSE_FUTURE;
  return Math.abs(delta);
}

/** The year of a day and month stated without one: the nearest occurrence, weighed by tense. */
export function nearestYearOfDay(month: number, day: number, referenceDate: string, tense: Tense): number {
  const ref = parseIsoDate(referenceDate).year;
  let best = ref;
  let bestScore = Infinity;
  for (const y of [ref - 1, ref, ref + 1]) {
    if (!isRealDate(y, month, day) && !(month === 2 && day === 29)) continue;
    const score = weighted(daysBetween(referenceDate, isoDate(y, month, Math.min(day, 28))), tense);
    if (score < bestScore) {
      best = y;
      bestScore = score;
    }
  }
  return best;
}

/** The year of a month named without one, the same way: its middle is compared with the reference date. */
export function nearestYearOfMonth(month: number, referenceDate: string, tense: Tense): number {
  const ref = parseIsoDate(referenceDate);
  if (month === ref.month) return ref.year;
  return nearestYearOfDay(month, 15, referenceDate, tense);
}
