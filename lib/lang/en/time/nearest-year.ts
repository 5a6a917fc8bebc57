import { daysBetween, isoDate, isoParts, isRealDate, parseIsoDate } from './fast-calendar';
import type { Tense } from '../../../time/parser';
import { DAY_MS } from '../../../model';

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

/**
 * The year of a day and month stated without one: the nearest occurrence, weighed by tense. The tense is asked for
 * only when it changes the year: for most dates the three readings (past, future, none) pick the same one, and
 * reading the verbs around a date costs far more than weighing three candidates.
 */
export function nearestYearOfDayIn(month: number, day: number, referenceDate: string, tense: () => Tense): number {
  const parts = isoParts(referenceDate);
  const ref = parts ? parts.year : parseIsoDate(referenceDate).year;
  // Day numbers straight from the parts when every candidate is a four-digit year (what daysBetween would compute
  // from the dates written out), else through the dates.
  const direct = parts !== null && ref - 1 >= 1000 && ref + 1 <= 9999;
  // The candidate years and their distances from the reference date, in days (NaN: no such day that year).
  const deltas = [NaN, NaN, NaN];
  for (let k = 0; k < 3; k++) {
    const y = ref - 1 + k;
    if (!isRealDate(y, month, day) && !(month === 2 && day === 29)) continue;
    deltas[k] = direct
      ? Date.UTC(y, month - 1, Math.min(day, 28)) / DAY_MS - parts.days
      : daysBetween(referenceDate, isoDate(y, month, Math.min(day, 28)));
  }
  const past = bestYear(ref, deltas, 'past');
  return bestYear(ref, deltas, 'future') === past && bestYear(ref, deltas, null) === past
    ? past
    : bestYear(ref, deltas, tense());
}

/** The candidate year (`ref - 1 + k` for `deltas[k]`) that is nearest by `tense`'s weighing; the first on a tie. */
function bestYear(ref: number, deltas: readonly number[], tense: Tense): number {
  let best = ref;
  let bestScore = Infinity;
  for (let k = 0; k < 3; k++) {
    if (Number.isNaN(deltas[k]!)) continue;
    const score = weighted(deltas[k]!, tense);
    if (score < bestScore) {
      best = ref - 1 + k;
      bestScore = score;
    }
  }
  return best;
}

/** The year of a month named without one, the same way: its middle is compared with the reference date. */
export function nearestYearOfMonth(month: number, referenceDate: string, tense: () => Tense): number {
  const ref = parseIsoDate(referenceDate);
  if (month === ref.month) return ref.year;
  return nearestYearOfDayIn(month, 15, referenceDate, tense);
}
